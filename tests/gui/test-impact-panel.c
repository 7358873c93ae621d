/* test-impact-panel.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "gui-test-util.h"
#include "wijk-catalog.h"
#include "wijk-impact-panel-private.h"
#include "wijk-resources.h"
#include "wijk-store.h"

/* The test environment runs in C.UTF-8: no digit grouping, a point for
 * decimals, the euro sign first. Between a number and its unit is a
 * no-break space. */
#define NBSP "\xc2\xa0"

typedef struct
{
  char *dir;
  char *path;
  WijkStore *store;
  GtkWidget *window;
  WijkImpactPanel *panel;
} Fixture;

static WijkAction *
new_action (const char *id,
            const char *type_id,
            const char *org_id)
{
  const WijkActionType *type = wijk_catalog_lookup (type_id);
  WijkAction *action = wijk_action_new (id, type_id);
  WijkOwner *owner = wijk_owner_new (org_id);

  g_assert_nonnull (type);
  wijk_action_type_set_defaults (type, action);
  owner->role = WIJK_ROLE_LEAD;
  owner->cost_share = 1;
  owner->benefit_share = 1;
  g_ptr_array_add (action->owners, owner);
  return action;
}

static void
set_param (WijkAction *action,
           const char *name,
           double      value)
{
  gint index = wijk_action_type_find_param (wijk_catalog_lookup (action->type), name);

  g_assert_cmpint (index, >=, 0);
  action->params[index] = value;
}

/*
 * The workshop of these tests, with the default factors:
 *
 * a1 solar_pv, 250 kWp, self-consumption 0.7 (PRODUCT.md §3's example):
 *   CO2 = 250 · 900 kWh/kWp · 0.15 kg/kWh / 1000 = 33.75 t/yr
 *   capex = 250 · 780 €/kWp (tier from 100 kWp) = €195,000
 *   net savings = 250 · 900 · (0.7 · 0.22 + 0.3 · 0.05) − 250 · 15
 *               = 225,000 · 0.169 − 3,750 = €34,275/yr
 * a2 trees, 120 trees:
 *   CO2 = 120 · 22 kg / 1000 = 2.64 t/yr; capex = 120 · €600 = €72,000;
 *   no savings
 *
 * Park: 33.75 + 2.64 = 36.39 t/yr; capex €267,000; net savings €34,275/yr;
 * of the target 36.39 / 6,300 = 0.58 %; of the baseline 36.39 / 30,000
 * = 0.12 %.
 */
static WijkWorkshop *
build_workshop (void)
{
  WijkWorkshop *workshop = wijk_workshop_new ();
  WijkOrganisation *org = wijk_organisation_new ("siemens");
  WijkAction *pv = new_action ("a1", "solar_pv", "siemens");
  WijkAction *trees = new_action ("a2", "trees", "siemens");

  g_free (workshop->name);
  workshop->name = g_strdup ("Test park");
  workshop->discount_rate = 0.04;
  workshop->baseline_t_co2_per_year = 30000;
  workshop->target_t_co2_per_year = 6300;
  workshop->target_year = 2030;
  workshop->illustrative = TRUE;
  org->name = g_strdup ("Siemens");
  org->kind = WIJK_ORG_KIND_COMPANY;
  org->colour = g_strdup ("#0072b2");
  g_ptr_array_add (workshop->organisations, org);

  set_param (pv, "kwp", 250);
  set_param (pv, "self_consumption", 0.7);
  set_param (trees, "trees", 120);
  g_ptr_array_add (workshop->actions, pv);
  g_ptr_array_add (workshop->actions, trees);
  return workshop;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WijkWorkshop) workshop = build_workshop ();

  fixture->dir = g_dir_make_tmp ("wijk-impact-panel-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "test.wijkpact", NULL);
  fixture->store = wijk_store_create (fixture->path, workshop, &error);
  g_assert_no_error (error);

  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 320, 900);
  fixture->panel = WIJK_IMPACT_PANEL (wijk_impact_panel_new ());
  gtk_window_set_child (GTK_WINDOW (fixture->window), GTK_WIDGET (fixture->panel));
  gtk_window_present (GTK_WINDOW (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (fixture->path, "-shm", NULL);

  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_assert_finalize_object (fixture->store);
  g_remove (fixture->path);
  g_remove (wal);
  g_remove (shm);
  g_assert_cmpint (g_rmdir (fixture->dir), ==, 0);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static void
assert_figure (WijkImpactPanel  *panel,
               WijkImpactFigure  figure,
               const char       *expected)
{
  g_assert_cmpstr (wijk_impact_panel_get_figure_text (panel, figure), ==, expected);
}

static void
test_no_store (Fixture       *fixture,
               gconstpointer  data)
{
  /* Without a workshop every figure is undefined. */
  g_assert_null (wijk_impact_panel_get_impact (fixture->panel));
  for (guint i = 0; i < WIJK_N_IMPACT_FIGURES; i++)
    assert_figure (fixture->panel, i, "—");
  g_assert_false (wijk_impact_panel_get_illustrative_shown (fixture->panel));
}

static void
test_figures (Fixture       *fixture,
              gconstpointer  data)
{
  wijk_impact_panel_set_store (fixture->panel, fixture->store);
  g_assert_true (wijk_impact_panel_get_store (fixture->panel) == fixture->store);

  /* 36.39 t/yr shows one decimal; 0.58 % of the target with none rounds
   * to 1 %; 0.12 % of the baseline with one is 0.1 %; €267,000 is
   * "€267 k" (three figures), €34,275 is "€34.3 k". */
  assert_figure (fixture->panel, WIJK_IMPACT_FIGURE_REDUCTION, "36.4" NBSP "t" NBSP "CO₂e/yr");
  assert_figure (fixture->panel, WIJK_IMPACT_FIGURE_TARGET, "1%");
  assert_figure (fixture->panel, WIJK_IMPACT_FIGURE_BASELINE, "0.1%");
  assert_figure (fixture->panel, WIJK_IMPACT_FIGURE_CAPEX, "€267" NBSP "k");
  assert_figure (fixture->panel, WIJK_IMPACT_FIGURE_SAVINGS, "€34.3" NBSP "k");

  /* Per theme: energy 33.75 t and €195,000; green space 2.64 t and
   * €72,000; mobility nothing. */
  g_assert_cmpstr (wijk_impact_panel_get_theme_text (fixture->panel,
                                                     WIJK_THEME_RENEWABLE_ENERGY, FALSE),
                   ==, "33.8");
  g_assert_cmpstr (wijk_impact_panel_get_theme_text (fixture->panel,
                                                     WIJK_THEME_RENEWABLE_ENERGY, TRUE),
                   ==, "€195" NBSP "k");
  g_assert_cmpstr (wijk_impact_panel_get_theme_text (fixture->panel,
                                                     WIJK_THEME_GREEN_SPACE, FALSE),
                   ==, "2.6");
  g_assert_cmpstr (wijk_impact_panel_get_theme_text (fixture->panel,
                                                     WIJK_THEME_GREEN_SPACE, TRUE),
                   ==, "€72.0" NBSP "k");
  g_assert_cmpstr (wijk_impact_panel_get_theme_text (fixture->panel,
                                                     WIJK_THEME_MOBILITY, FALSE),
                   ==, "0");

  g_assert_true (wijk_impact_panel_get_illustrative_shown (fixture->panel));
}

static void
test_explanations (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *reduction = NULL;
  g_autofree char *target = NULL;
  g_autofree char *savings = NULL;
  g_autofree char *capex = NULL;

  wijk_impact_panel_set_store (fixture->panel, fixture->store);

  /* The calculation module's explanations, the formulas filled in with the
   * values used: the themes' sums 33.75 + 2.64 = 36.39 t/yr; 36.39 / 6,300
   * = 0.578 % → "0.58%" with two decimals; €195,000 + €72,000 = €267,000;
   * net savings 34,275 (energy) + 0 (green space). */
  reduction = wijk_impact_panel_dup_explanation (fixture->panel, WIJK_IMPACT_FIGURE_REDUCTION);
  g_assert_nonnull (strstr (reduction, "33.75" NBSP "t"));
  g_assert_nonnull (strstr (reduction, "2.64" NBSP "t"));
  g_assert_nonnull (strstr (reduction, "= 36.39" NBSP "t"));
  target = wijk_impact_panel_dup_explanation (fixture->panel, WIJK_IMPACT_FIGURE_TARGET);
  g_assert_nonnull (strstr (target, "36.39" NBSP "t"));
  g_assert_nonnull (strstr (target, "6300" NBSP "t"));
  g_assert_nonnull (strstr (target, "= 0.58%"));
  savings = wijk_impact_panel_dup_explanation (fixture->panel, WIJK_IMPACT_FIGURE_SAVINGS);
  g_assert_nonnull (strstr (savings, "= 34275"));
  capex = wijk_impact_panel_dup_explanation (fixture->panel, WIJK_IMPACT_FIGURE_CAPEX);
  g_assert_nonnull (strstr (capex, "€195000"));
  g_assert_nonnull (strstr (capex, "€72000"));
  g_assert_nonnull (strstr (capex, "= €267000"));

  /* A click opens the popover, made then (none before), filled with the
   * same text under a title. */
  g_assert_cmpstr (wijk_impact_panel_get_explanation_text (fixture->panel,
                                                           WIJK_IMPACT_FIGURE_TARGET), ==, "");
  wijk_impact_panel_show_explanation (fixture->panel, WIJK_IMPACT_FIGURE_TARGET);
  g_assert_nonnull (strstr (wijk_impact_panel_get_explanation_text (fixture->panel,
                                                                    WIJK_IMPACT_FIGURE_TARGET),
                            "= 0.58%"));
}

/* How many pixels of @widget, as drawn, have the colour "#rrggbb". */
static guint
count_colour (GtkWidget  *widget,
              const char *hex)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree guchar *data = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  guint32 rgb = (guint32) g_ascii_strtoull (hex + 1, NULL, 16);
  guint n = 0;

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  data = g_malloc ((gsize) width * height * 4);
  gdk_texture_download (texture, data, (gsize) width * 4);
  /* gdk_texture_download() writes CAIRO_FORMAT_ARGB32: 0xAARRGGBB words. */
  for (int i = 0; i < width * height; i++)
    n += (((const guint32 *) data)[i] & 0xffffff) == rgb;
  return n;
}

static void
test_charts_drawn (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkWidget *themes = GTK_WIDGET (wijk_impact_panel_get_chart (fixture->panel,
                                                               WIJK_CHART_KIND_THEMES));
  const char *energy = wijk_theme_get_colour (WIJK_THEME_RENEWABLE_ENERGY);
  const char *mobility = wijk_theme_get_colour (WIJK_THEME_MOBILITY);

  wijk_impact_panel_set_store (fixture->panel, fixture->store);
  gtk_test_widget_wait_for_draw (fixture->window);

  /* The energy bar (33.75 t, the largest) is drawn in the theme's colour;
   * mobility has no actions, so no bar of its colour. */
  g_assert_cmpint (gtk_widget_get_width (themes), >, 100);
  g_assert_cmpuint (count_colour (themes, energy), >, 200);
  g_assert_cmpuint (count_colour (themes, mobility), ==, 0);
}

static void
test_follows_edits (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint n_full;
  guint n_incremental;
  guint n_full_after;
  guint n_incremental_after;
  double values[WIJK_N_THEMES];

  wijk_impact_panel_set_store (fixture->panel, fixture->store);
  wijk_impact_panel_get_recalculations (fixture->panel, &n_full, &n_incremental);

  /* 130 trees: 130 · 22 / 1000 = 2.86 t; 33.75 + 2.86 = 36.61 t/yr. */
  g_assert_true (wijk_store_set_action_param (fixture->store, "a2", "trees", 130, &error));
  g_assert_no_error (error);
  assert_figure (fixture->panel, WIJK_IMPACT_FIGURE_REDUCTION, "36.6" NBSP "t" NBSP "CO₂e/yr");
  wijk_impact_panel_get_recalculations (fixture->panel, &n_full_after, &n_incremental_after);
  /* One action changed, and the store names it: recalculated incrementally. */
  g_assert_cmpuint (n_full_after, ==, n_full);
  g_assert_cmpuint (n_incremental_after, ==, n_incremental + 1);

  wijk_chart_view_get_theme_values (wijk_impact_panel_get_chart (fixture->panel,
                                                                 WIJK_CHART_KIND_THEMES),
                                    values);
  g_assert_cmpfloat_with_epsilon (values[WIJK_THEME_RENEWABLE_ENERGY], 33.75, 1e-9);
  g_assert_cmpfloat_with_epsilon (values[WIJK_THEME_GREEN_SPACE], 2.86, 1e-9);
  g_assert_cmpfloat_with_epsilon (values[WIJK_THEME_MOBILITY], 0, 1e-9);

  /* Without the PV action: 2.86 t/yr, €78,000 of trees, no savings. */
  g_assert_true (wijk_store_delete_action (fixture->store, "a1", &error));
  g_assert_no_error (error);
  assert_figure (fixture->panel, WIJK_IMPACT_FIGURE_REDUCTION, "2.9" NBSP "t" NBSP "CO₂e/yr");
  assert_figure (fixture->panel, WIJK_IMPACT_FIGURE_CAPEX, "€78.0" NBSP "k");
  assert_figure (fixture->panel, WIJK_IMPACT_FIGURE_SAVINGS, "€0");

  /* Undo brings it back. */
  g_assert_true (wijk_store_undo (fixture->store, &error));
  g_assert_no_error (error);
  assert_figure (fixture->panel, WIJK_IMPACT_FIGURE_REDUCTION, "36.6" NBSP "t" NBSP "CO₂e/yr");

  /* Detached from the store, the panel no longer follows it. */
  wijk_impact_panel_set_store (fixture->panel, NULL);
  assert_figure (fixture->panel, WIJK_IMPACT_FIGURE_REDUCTION, "—");
  g_assert_true (wijk_store_set_action_param (fixture->store, "a2", "trees", 10, &error));
  assert_figure (fixture->panel, WIJK_IMPACT_FIGURE_REDUCTION, "—");
}

int
main (int   argc,
      char *argv[])
{
  if (!gui_test_init (&argc, &argv))
    return 0;
  /* gtk_test_init() switches to en_US.UTF-8 where that is installed; the
   * figures here are written for C.UTF-8 on every machine. */
  setlocale (LC_NUMERIC, "C.UTF-8");
  setlocale (LC_MONETARY, "C.UTF-8");

#define ADD(path, func) \
  g_test_add ("/wijk/impact-panel/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("no-store", test_no_store);
  ADD ("figures", test_figures);
  ADD ("explanations", test_explanations);
  ADD ("follows-edits", test_follows_edits);
  ADD ("charts-drawn", test_charts_drawn);

  return g_test_run ();
}
