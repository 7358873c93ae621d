/* test-bundled.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "wijk-bundled.h"
#include "wijk-catalog.h"
#include "wijk-geometry.h"
#include "wijk-validate.h"
#include "wijk-workshop-json.h"

static WijkWorkshop *
load (void)
{
  g_autoptr(GError) error = NULL;
  WijkWorkshop *ws = wijk_bundled_load_haasrode (&error);

  g_assert_no_error (error);
  g_assert_nonnull (ws);
  return ws;
}

static const WijkPlot *
find_kind (const WijkWorkshop *ws,
           const char         *kind)
{
  for (guint i = 0; i < ws->plots->len; i++)
    {
      const WijkPlot *plot = g_ptr_array_index (ws->plots, i);

      if (g_str_equal (plot->kind, kind))
        return plot;
    }
  return NULL;
}

/* Every position of @street lies in the park or within 50 m of its edge. */
static void
assert_inside_or_along (const WijkPlot *outline,
                        const WijkPlot *street)
{
  GPtrArray *part = g_ptr_array_index (street->geometry->parts, 0);
  GArray *line = g_ptr_array_index (part, 0);

  for (guint i = 0; i < line->len; i++)
    {
      WijkLonLat pos = g_array_index (line, WijkLonLat, i);

      if (wijk_geometry_distance_to_m (outline->geometry, pos.lon, pos.lat) > 50)
        g_error ("street “%s” leaves the park at %g, %g", street->name, pos.lon, pos.lat);
    }
}

static void
test_settings (void)
{
  g_autoptr(WijkWorkshop) ws = load ();
  g_autoptr(WijkWorkshop) other = load ();
  g_autoptr(GError) error = NULL;

  g_assert_true (wijk_validate_workshop (ws, &error));
  g_assert_no_error (error);

  g_assert_cmpstr (ws->name, ==, "Haasrode Research Park");
  g_assert_nonnull (ws->site);
  g_assert_cmpfloat (ws->target_t_co2_per_year, ==, 6300);
  g_assert_cmpfloat (ws->baseline_t_co2_per_year, ==, 30000);
  g_assert_cmpint (ws->baseline_year, ==, 2024);
  g_assert_cmpint (ws->target_year, ==, 2030);
  g_assert_cmpfloat (ws->discount_rate, ==, 0.04);
  g_assert_true (ws->illustrative);
  /* Every workshop made from the bundled one is a workshop of its own. */
  g_assert_true (g_uuid_string_is_valid (ws->uuid));
  g_assert_cmpstr (ws->uuid, !=, other->uuid);
  /* The sources of the baseline and the target travel with the data. */
  g_assert_cmpuint (ws->comments->len, >=, 2);
}

static void
test_factors_are_the_defaults (void)
{
  g_autoptr(WijkWorkshop) ws = load ();
  g_autoptr(GPtrArray) defaults = wijk_catalog_dup_default_factors ();

  g_assert_cmpuint (ws->factors->len, ==, defaults->len);
  for (guint i = 0; i < defaults->len; i++)
    {
      const WijkFactor *standard = g_ptr_array_index (defaults, i);
      const WijkFactor *factor = wijk_workshop_find_factor (ws, standard->name);

      g_assert_nonnull (factor);
      g_assert_cmpfloat (factor->value, ==, standard->value);
      g_assert_cmpstr (factor->source, ==, standard->source);
      g_assert_true ((factor->tiers == NULL) == (standard->tiers == NULL));
    }
}

static void
test_organisations (void)
{
  static const char * const names[] = {
    "Siemens", "Sony", "Nikon", "imec", "UZ Leuven", "KU Leuven", "Stad Leuven",
    "C-Valley Leuven", "Terumo", "Materialise", "NXP", "Easics", "SEW-Eurodrive", "UCLL",
  };
  g_autoptr(WijkWorkshop) ws = load ();
  g_autoptr(GHashTable) colours = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint n = 0; n < G_N_ELEMENTS (names); n++)
    {
      gboolean found = FALSE;

      for (guint i = 0; i < ws->organisations->len; i++)
        {
          const WijkOrganisation *org = g_ptr_array_index (ws->organisations, i);

          found |= g_str_has_prefix (org->name, names[n]);
        }
      if (!found)
        g_error ("no organisation named “%s”", names[n]);
    }

  /* Colours tell organisations apart: each a different one. Figures given
   * for an organisation are flagged as illustrative. */
  for (guint i = 0; i < ws->organisations->len; i++)
    {
      const WijkOrganisation *org = g_ptr_array_index (ws->organisations, i);

      g_assert_nonnull (org->colour);
      g_assert_true (g_hash_table_add (colours, org->colour));
      if (org->employees > 0 || org->baseline_t_co2_per_year > 0)
        g_assert_true (org->illustrative);
    }
  g_assert_cmpint (wijk_workshop_find_organisation (ws, "ucll")->kind, ==, WIJK_ORG_KIND_SCHOOL);
  g_assert_cmpint (wijk_workshop_find_organisation (ws, "cvalley")->kind, ==,
                   WIJK_ORG_KIND_ASSOCIATION);
  g_assert_cmpint (wijk_workshop_find_organisation (ws, "leuven")->kind, ==,
                   WIJK_ORG_KIND_PUBLIC);
}

static void
test_map (void)
{
  static const char * const streets[] = {
    "Interleuvenlaan", "Technologielaan", "Ambachtenlaan", "Geldenaaksebaan",
  };
  g_autoptr(WijkWorkshop) ws = load ();
  const WijkPlot *outline = find_kind (ws, "outline");
  const WijkPlot *ucll = wijk_workshop_find_plot (ws, "plot-ucll");
  const WijkPlot *materialise = wijk_workshop_find_plot (ws, "plot-materialise");
  g_autoptr(GPtrArray) plots = g_ptr_array_new ();
  guint n_streets = 0;
  double area;

  g_assert_nonnull (outline);
  g_assert_true (outline->approximate);
  /* reference-data gives about 190 ha for the park and an outline good to
   * about ±500 m, so anything between 100 and 400 ha is plausible; a wrong
   * unit would be off by a factor of 10⁴. */
  area = wijk_geometry_area_m2 (outline->geometry) / 1e4;
  g_assert_cmpfloat (area, >, 100);
  g_assert_cmpfloat (area, <, 400);

  for (guint i = 0; i < ws->plots->len; i++)
    {
      const WijkPlot *plot = g_ptr_array_index (ws->plots, i);
      WijkLonLat centroid;

      g_assert_true (plot->approximate);
      if (g_str_equal (plot->kind, "street"))
        {
          n_streets += g_strv_contains (streets, plot->name);
          assert_inside_or_along (outline, plot);
          continue;
        }
      if (!g_str_equal (plot->kind, "plot"))
        continue;

      g_assert_nonnull (plot->owner_org);
      g_assert_nonnull (wijk_workshop_find_organisation (ws, plot->owner_org));
      g_assert_true (wijk_geometry_centroid (plot->geometry, &centroid));
      if (!wijk_geometry_contains (outline->geometry, centroid.lon, centroid.lat))
        g_error ("plot “%s” lies outside the park", plot->id);
      g_ptr_array_add (plots, (gpointer) plot);
    }
  g_assert_cmpuint (plots->len, >=, 12);
  g_assert_cmpuint (n_streets, ==, G_N_ELEMENTS (streets));

  /* No two plots overlap: their bounding boxes (the plots are boxes) share
   * at most an edge. */
  for (guint i = 0; i < plots->len; i++)
    for (guint j = i + 1; j < plots->len; j++)
      {
        const WijkPlot *a = g_ptr_array_index (plots, i);
        const WijkPlot *b = g_ptr_array_index (plots, j);
        WijkLonLat amin, amax, bmin, bmax;

        wijk_geometry_bounds (a->geometry, &amin, &amax);
        wijk_geometry_bounds (b->geometry, &bmin, &bmax);
        if (amin.lon < bmax.lon && bmin.lon < amax.lon &&
            amin.lat < bmax.lat && bmin.lat < amax.lat)
          g_error ("plots “%s” and “%s” overlap", a->id, b->id);
      }

  /* Addresses from reference-data: UCLL's campus at 50.8463 N, 4.7275 E;
   * Materialise at Technologielaan 15, near Technologielaan 3 (50.8541 N,
   * 4.7273 E). */
  g_assert_cmpstr (ucll->owner_org, ==, "ucll");
  g_assert_true (wijk_geometry_contains (ucll->geometry, 4.7275, 50.8463));
  g_assert_cmpstr (materialise->owner_org, ==, "materialise");
  g_assert_cmpfloat (wijk_geometry_distance_to_m (materialise->geometry, 4.7273, 50.8541), <, 300);
}

static void
test_actions (void)
{
  g_autoptr(WijkWorkshop) ws = load ();
  const WijkPlot *outline = find_kind (ws, "outline");
  gboolean themes[WIJK_N_THEMES] = { FALSE, };
  guint n_ideas = 0, n_themes = 0;

  for (guint i = 0; i < ws->actions->len; i++)
    {
      const WijkAction *action = g_ptr_array_index (ws->actions, i);
      const WijkActionType *type = wijk_catalog_lookup (action->type);
      WijkLonLat where;

      g_assert_nonnull (type);
      g_assert_nonnull (action->title);
      g_assert_cmpuint (action->owners->len, >=, 1);
      g_assert_nonnull (action->location);
      g_assert_true (wijk_geometry_centroid (action->location, &where));
      if (!wijk_geometry_contains (outline->geometry, where.lon, where.lat))
        g_error ("action “%s” lies outside the park", action->id);

      if (action->status == WIJK_STATUS_IDEA)
        {
          n_ideas++;
          themes[type->theme] = TRUE;
        }
    }
  for (guint t = 0; t < WIJK_N_THEMES; t++)
    n_themes += themes[t];

  g_assert_cmpuint (n_ideas, >=, 5);
  g_assert_cmpuint (n_themes, >=, 4);
  g_assert_nonnull (wijk_workshop_find_purchase_group (ws, "pv-haasrode"));
}

static void
test_export_round_trip (void)
{
  g_autoptr(WijkWorkshop) ws = load ();
  g_autoptr(WijkWorkshop) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = wijk_workshop_json_dump (ws);
  g_autofree char *second = NULL;

  back = wijk_workshop_json_load (first, strlen (first), &error);
  g_assert_no_error (error);
  second = wijk_workshop_json_dump (back);
  g_assert_cmpstr (first, ==, second);
  g_assert_cmpuint (back->plots->len, ==, ws->plots->len);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/wijk/bundled/settings", test_settings);
  g_test_add_func ("/wijk/bundled/factors-are-the-defaults", test_factors_are_the_defaults);
  g_test_add_func ("/wijk/bundled/organisations", test_organisations);
  g_test_add_func ("/wijk/bundled/map", test_map);
  g_test_add_func ("/wijk/bundled/actions", test_actions);
  g_test_add_func ("/wijk/bundled/export-round-trip", test_export_round_trip);

  return g_test_run ();
}
