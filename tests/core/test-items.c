/* test-items.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "wijk-catalog.h"
#include "wijk-geometry.h"
#include "wijk-items.h"

/* The list models of a workshop: one item per record, with the derived
 * properties the views show, brought up to date in place on every edit,
 * undo and redo. */

typedef struct
{
  char              *dir;
  char              *path;
  WijkStore         *store;
  WijkWorkshopModel *model;
  guint              items_changed;
  guint              last_position;
  guint              last_removed;
  guint              last_added;
  guint              model_changed;
} Fixture;

static WijkGeometry *
square (double lon,
        double lat)
{
  WijkLonLat ring[] = {
    { lon, lat }, { lon + 0.001, lat }, { lon + 0.001, lat + 0.001 }, { lon, lat + 0.001 },
  };

  return wijk_geometry_new_polygon (ring, G_N_ELEMENTS (ring));
}

static WijkOrganisation *
new_org (const char *id,
         const char *name,
         const char *colour)
{
  WijkOrganisation *org = wijk_organisation_new (id);

  org->name = g_strdup (name);
  org->kind = WIJK_ORG_KIND_COMPANY;
  org->colour = g_strdup (colour);
  return org;
}

static WijkAction *
new_action (const char *id,
            const char *type_id,
            const char *title,
            const char *lead)
{
  const WijkActionType *type = wijk_catalog_lookup (type_id);
  WijkAction *action = wijk_action_new (id, type_id);
  WijkOwner *owner;

  g_assert_nonnull (type);
  wijk_action_type_set_defaults (type, action);
  action->title = g_strdup (title);
  action->status = WIJK_STATUS_DRAFT;
  action->location = wijk_geometry_new_point (4.727, 50.850);

  owner = wijk_owner_new (lead);
  owner->role = WIJK_ROLE_LEAD;
  owner->cost_share = 1;
  owner->benefit_share = 1;
  g_ptr_array_add (action->owners, owner);
  return action;
}

static WijkWorkshop *
new_workshop (void)
{
  WijkWorkshop *ws = wijk_workshop_new ();
  WijkPlot *plot;

  /* wijk_workshop_new() gives a uuid, English, euros and a 4 % rate. */
  ws->name = g_strdup ("Test park");
  ws->baseline_year = 2024;
  ws->target_year = 2030;
  ws->discount_rate = 0.04;

  g_ptr_array_add (ws->organisations, new_org ("acme", "Acme", "#0072b2"));
  g_ptr_array_add (ws->organisations, new_org ("city", "The city", "#d55e00"));

  plot = wijk_plot_new ("site");
  g_free (plot->kind);
  plot->kind = g_strdup ("outline");
  plot->geometry = square (4.72, 50.84);
  g_ptr_array_add (ws->plots, plot);

  plot = wijk_plot_new ("p1");
  plot->name = g_strdup ("Plot one");
  plot->owner_org = g_strdup ("acme");
  plot->geometry = square (4.725, 50.845);
  g_ptr_array_add (ws->plots, plot);

  g_ptr_array_add (ws->actions, new_action ("a1", "solar_pv", "Solar on the hall", "acme"));
  g_ptr_array_add (ws->actions, new_action ("a2", "bike_shift", "Bikes for all", "city"));
  return ws;
}

static void
on_items_changed (GListModel *list,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Fixture    *fixture)
{
  fixture->items_changed++;
  fixture->last_position = position;
  fixture->last_removed = removed;
  fixture->last_added = added;
}

static void
on_model_changed (WijkWorkshopModel *model,
                  guint              change,
                  Fixture           *fixture)
{
  fixture->model_changed++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WijkWorkshop) ws = new_workshop ();

  fixture->dir = g_dir_make_tmp ("wijk-items-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "test.wijkpact", NULL);

  fixture->store = wijk_store_create (fixture->path, ws, &error);
  g_assert_no_error (error);
  fixture->model = wijk_workshop_model_new (fixture->store);

  g_signal_connect (wijk_workshop_model_get_actions (fixture->model), "items-changed",
                    G_CALLBACK (on_items_changed), fixture);
  g_signal_connect (fixture->model, "changed", G_CALLBACK (on_model_changed), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&fixture->store);
  g_assert_finalize_object (fixture->model);

  dir = g_dir_open (fixture->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (fixture->dir, name, NULL);

      g_assert_cmpint (g_unlink (file), ==, 0);
    }
  g_assert_cmpint (g_rmdir (fixture->dir), ==, 0);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static WijkActionItem *
action_at (Fixture *fixture,
           guint    position)
{
  GListModel *actions = wijk_workshop_model_get_actions (fixture->model);
  g_autoptr(WijkActionItem) item = g_list_model_get_item (actions, position);

  /* The list keeps its own reference. */
  return item;
}

static void
test_items_initial (Fixture       *fixture,
                    gconstpointer  data)
{
  WijkActionItem *solar = wijk_workshop_model_find_action (fixture->model, "a1");
  WijkOrganisationItem *acme = wijk_workshop_model_find_organisation (fixture->model, "acme");
  WijkPlotItem *plot = wijk_workshop_model_find_plot (fixture->model, "p1");
  g_autofree char *colour = NULL;
  g_autofree char *theme_label = NULL;
  guint theme, status, n_plots, n_actions;

  g_assert_cmpuint (g_list_model_get_n_items (wijk_workshop_model_get_actions (fixture->model)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (wijk_workshop_model_get_organisations (fixture->model)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (wijk_workshop_model_get_plots (fixture->model)), ==, 2);
  g_assert_cmpstr (wijk_workshop_model_get_name (fixture->model), ==, "Test park");
  g_assert_false (wijk_workshop_model_get_approximate (fixture->model));
  g_assert_null (wijk_workshop_model_find_action (fixture->model, "nope"));

  /* The store's order, and the derived properties of each action. */
  g_assert_true (action_at (fixture, 0) == solar);
  g_assert_cmpstr (wijk_action_item_get_title (solar), ==, "Solar on the hall");
  g_assert_cmpstr (wijk_action_item_get_type_id (solar), ==, "solar_pv");
  g_assert_cmpint (wijk_action_item_get_theme (solar), ==, WIJK_THEME_RENEWABLE_ENERGY);
  g_assert_cmpstr (wijk_action_item_get_lead_org_id (solar), ==, "acme");
  g_assert_cmpstr (wijk_action_item_get_lead_org_name (solar), ==, "Acme");
  g_object_get (solar, "theme", &theme, "status", &status, "colour", &colour,
                "theme-label", &theme_label, NULL);
  g_assert_cmpuint (theme, ==, WIJK_THEME_RENEWABLE_ENERGY);
  g_assert_cmpuint (status, ==, WIJK_STATUS_DRAFT);
  g_assert_cmpstr (colour, ==, wijk_theme_get_colour (WIJK_THEME_RENEWABLE_ENERGY));
  g_assert_cmpstr (theme_label, ==, wijk_theme_get_label (WIJK_THEME_RENEWABLE_ENERGY));
  g_assert_cmpint (wijk_action_item_get_theme (action_at (fixture, 1)), ==, WIJK_THEME_MOBILITY);

  /* A plot takes its owner's colour; an organisation counts its plots
   * and the actions it is an owner of. */
  g_assert_cmpstr (wijk_plot_item_get_colour (plot), ==, "#0072b2");
  g_assert_cmpstr (wijk_plot_item_get_kind (plot), ==, "plot");
  g_object_get (acme, "n-plots", &n_plots, "n-actions", &n_actions, NULL);
  g_assert_cmpuint (n_plots, ==, 1);
  g_assert_cmpuint (n_actions, ==, 1);
  g_assert_null (wijk_plot_item_get_colour (wijk_workshop_model_find_plot (fixture->model, "site")));
}

typedef struct
{
  guint title;
  guint status;
  guint other;
} Notified;

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           Notified   *notified)
{
  if (g_str_equal (pspec->name, "title"))
    notified->title++;
  else if (g_str_equal (pspec->name, "status") || g_str_equal (pspec->name, "status-label"))
    notified->status++;
  else
    notified->other++;
}

static void
test_items_edit_in_place (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  WijkActionItem *solar = wijk_workshop_model_find_action (fixture->model, "a1");
  const WijkAction *stored = wijk_store_get_workshop (fixture->store)->actions->pdata[0];
  g_autoptr(WijkAction) edited = wijk_action_copy (stored);
  Notified notified = { 0 };

  g_signal_connect (solar, "notify", G_CALLBACK (on_notify), &notified);

  g_free (edited->title);
  edited->title = g_strdup ("Solar on every roof");
  g_assert_true (wijk_store_put_action (fixture->store, edited, &error));
  g_assert_no_error (error);

  /* The same object, with only the title notified; the list itself did
   * not change, so a selection of it survives. */
  g_assert_true (wijk_workshop_model_find_action (fixture->model, "a1") == solar);
  g_assert_cmpstr (wijk_action_item_get_title (solar), ==, "Solar on every roof");
  g_assert_cmpstr (wijk_action_item_get_action (solar)->title, ==, "Solar on every roof");
  g_assert_cmpuint (notified.title, ==, 1);
  g_assert_cmpuint (notified.status, ==, 0);
  g_assert_cmpuint (notified.other, ==, 0);
  g_assert_cmpuint (fixture->items_changed, ==, 0);
  g_assert_cmpuint (fixture->model_changed, ==, 1);

  edited->status = WIJK_STATUS_AGREED;
  g_assert_true (wijk_store_put_action (fixture->store, edited, &error));
  g_assert_no_error (error);
  g_assert_cmpint (wijk_action_item_get_status (solar), ==, WIJK_STATUS_AGREED);
  g_assert_cmpuint (notified.status, ==, 2);  /* "status" and "status-label" */
  g_assert_cmpuint (notified.title, ==, 1);

  g_signal_handlers_disconnect_by_func (solar, on_notify, &notified);
}

static void
test_items_delete_undo_redo (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  WijkActionItem *solar = wijk_workshop_model_find_action (fixture->model, "a1");
  WijkActionItem *bikes = wijk_workshop_model_find_action (fixture->model, "a2");
  GListModel *actions = wijk_workshop_model_get_actions (fixture->model);

  g_assert_true (wijk_store_delete_action (fixture->store, "a2", &error));
  g_assert_no_error (error);

  /* One removal at position 1; the other item stays. */
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 1);
  g_assert_cmpuint (fixture->items_changed, ==, 1);
  g_assert_cmpuint (fixture->last_position, ==, 1);
  g_assert_cmpuint (fixture->last_removed, ==, 1);
  g_assert_cmpuint (fixture->last_added, ==, 0);
  g_assert_true (action_at (fixture, 0) == solar);
  g_assert_null (wijk_workshop_model_find_action (fixture->model, "a2"));

  g_assert_true (wijk_store_undo (fixture->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 2);
  g_assert_true (wijk_workshop_model_find_action (fixture->model, "a1") == solar);
  bikes = wijk_workshop_model_find_action (fixture->model, "a2");
  g_assert_nonnull (bikes);
  g_assert_cmpstr (wijk_action_item_get_title (bikes), ==, "Bikes for all");
  g_assert_cmpstr (wijk_action_item_get_lead_org_name (bikes), ==, "The city");

  g_assert_true (wijk_store_redo (fixture->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 1);
  g_assert_true (action_at (fixture, 0) == solar);
}

static void
test_items_organisation_follows (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WijkOrganisation) acme = new_org ("acme", "Acme Europe", "#009e73");
  WijkActionItem *solar = wijk_workshop_model_find_action (fixture->model, "a1");
  WijkPlotItem *plot = wijk_workshop_model_find_plot (fixture->model, "p1");
  g_autofree char *owner_name = NULL;

  g_assert_true (wijk_store_put_organisation (fixture->store, acme, &error));
  g_assert_no_error (error);

  /* A renamed or recoloured organisation shows in its actions and plots. */
  g_assert_cmpstr (wijk_action_item_get_lead_org_name (solar), ==, "Acme Europe");
  g_assert_cmpstr (wijk_plot_item_get_colour (plot), ==, "#009e73");
  g_object_get (plot, "owner-name", &owner_name, NULL);
  g_assert_cmpstr (owner_name, ==, "Acme Europe");
  g_assert_cmpstr (wijk_organisation_item_get_name (
                     wijk_workshop_model_find_organisation (fixture->model, "acme")),
                   ==, "Acme Europe");
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_items_approximate (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const WijkPlot *stored = wijk_plot_item_get_plot (wijk_workshop_model_find_plot (fixture->model,
                                                                                   "p1"));
  g_autoptr(WijkPlot) plot = wijk_plot_copy (stored);
  guint notified = 0;

  g_signal_connect (fixture->model, "notify::approximate", G_CALLBACK (count_notify), &notified);

  plot->approximate = TRUE;
  g_assert_true (wijk_store_put_plot (fixture->store, plot, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (notified, ==, 1);
  g_assert_true (wijk_workshop_model_get_approximate (fixture->model));
  g_signal_handlers_disconnect_by_func (fixture->model, count_notify, &notified);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/wijk/items/initial", test_items_initial);
  ADD ("/wijk/items/edit-in-place", test_items_edit_in_place);
  ADD ("/wijk/items/delete-undo-redo", test_items_delete_undo_redo);
  ADD ("/wijk/items/organisation-follows", test_items_organisation_follows);
  ADD ("/wijk/items/approximate", test_items_approximate);

#undef ADD

  return g_test_run ();
}
