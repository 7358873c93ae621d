/* test-map-drafting.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "gui-test-util.h"
#include "wijk-application.h"
#include "wijk-bundled.h"
#include "wijk-items.h"
#include "wijk-map-drafting.h"
#include "wijk-map-view-private.h"
#include "wijk-new-action-dialog-private.h"
#include "wijk-window.h"

/* Drafting on the map: a new action where the map was clicked, dragging a
 * marker, drawing an area corner by corner or from a plot, each one undo
 * step, checked in the model and in the file after reopening it.
 *
 * The test park (gui-test-util.h) has the plot "p1" of Acme, 4.717–4.724 E
 * × 50.844–50.848 N, a solar PV action "a1" at (4.733 E, 50.854 N) and a
 * bike action "a2" at (4.733 E, 50.846 N). */

#define NBSP "\xc2\xa0"

typedef struct
{
  char              *dir;
  char              *path;
  WijkStore         *store;
  WijkWorkshopModel *model;
  GtkWindow         *window;
  WijkMapView       *map;
  GPtrArray         *activated;
} Fixture;

static void
on_action_activated (WijkMapView *map,
                     const char  *action_id,
                     Fixture     *fixture)
{
  g_ptr_array_add (fixture->activated, g_strdup (action_id));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  GtkWidget *overlay = adw_toast_overlay_new ();

  fixture->store = gui_test_create_store (&fixture->dir);
  fixture->path = g_strdup (wijk_store_get_path (fixture->store));
  fixture->model = wijk_workshop_model_new (fixture->store);
  fixture->activated = g_ptr_array_new_with_free_func (g_free);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 800, 600);
  fixture->map = WIJK_MAP_VIEW (wijk_map_view_new ());
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (fixture->map));
  gtk_window_set_child (fixture->window, overlay);
  wijk_map_view_set_model (fixture->map, fixture->model);
  g_signal_connect (fixture->map, "action-activated", G_CALLBACK (on_action_activated), fixture);
  gtk_window_present (fixture->window);

  g_assert_true (gui_test_wait (gui_test_widget_has_size, fixture->map, 10));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->map));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  gui_test_spin (0.05);
  g_clear_object (&fixture->store);
  g_assert_finalize_object (fixture->model);
  gui_test_remove_tree (fixture->dir);
  g_ptr_array_unref (fixture->activated);
  g_free (fixture->path);
  g_free (fixture->dir);
}

/* Closes the file (the store holds it exclusively) and opens it again:
 * what was drafted must be in the file, not only in memory. */
static void
reopen (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  wijk_map_view_set_model (fixture->map, NULL);
  g_assert_finalize_object (fixture->model);
  g_assert_finalize_object (fixture->store);

  fixture->store = wijk_store_open (fixture->path, &error);
  g_assert_no_error (error);
  fixture->model = wijk_workshop_model_new (fixture->store);
  wijk_map_view_set_model (fixture->map, fixture->model);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->map));
}

static const WijkAction *
find_action (Fixture    *fixture,
             const char *id)
{
  return wijk_workshop_find_action (wijk_store_get_workshop (fixture->store), id);
}

/* Where a position is drawn, in the map view's coordinates (the gestures'). */
static void
location_to_view (Fixture *fixture,
                  double   lat,
                  double   lon,
                  double  *x,
                  double  *y)
{
  GtkWidget *layer = GTK_WIDGET (wijk_map_view_get_action_layer (fixture->map));
  graphene_point_t point;

  shumate_viewport_location_to_widget_coords (wijk_map_view_get_viewport (fixture->map),
                                              layer, lat, lon, x, y);
  g_assert_true (gtk_widget_compute_point (layer, GTK_WIDGET (fixture->map),
                                           &GRAPHENE_POINT_INIT (*x, *y), &point));
  *x = point.x;
  *y = point.y;
}

static void
view_to_location (Fixture *fixture,
                  double   x,
                  double   y,
                  double  *lat,
                  double  *lon)
{
  GtkWidget *layer = GTK_WIDGET (wijk_map_view_get_action_layer (fixture->map));
  graphene_point_t point;

  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (fixture->map), layer,
                                           &GRAPHENE_POINT_INIT (x, y), &point));
  shumate_viewport_widget_coords_to_location (wijk_map_view_get_viewport (fixture->map), layer,
                                              point.x, point.y, lat, lon);
}

static void
click_map (WijkMapView *map,
           int          n_press,
           double       x,
           double       y)
{
  GtkGesture *gesture = wijk_map_view_get_click_gesture (map);

  g_signal_emit_by_name (gesture, "pressed", n_press, x, y);
  g_signal_emit_by_name (gesture, "released", n_press, x, y);
}

static void
click (Fixture *fixture,
       int      n_press,
       double   x,
       double   y)
{
  click_map (fixture->map, n_press, x, y);
}

/* What GtkGestureClick reports when the map was panned: the press, and
 * the release where the pan ended. */
static void
pan (Fixture *fixture,
     double   x,
     double   y)
{
  GtkGesture *gesture = wijk_map_view_get_click_gesture (fixture->map);

  g_signal_emit_by_name (gesture, "pressed", 1, x, y);
  g_signal_emit_by_name (gesture, "released", 1, x + 60, y + 40);
}

static guint
count_undo_steps (WijkStore *store)
{
  g_autoptr(GError) error = NULL;
  guint n = 0;

  while (wijk_store_can_undo (store))
    {
      g_assert_true (wijk_store_undo (store, &error));
      g_assert_no_error (error);
      n++;
    }
  for (guint i = 0; i < n; i++)
    {
      g_assert_true (wijk_store_redo (store, &error));
      g_assert_no_error (error);
    }
  return n;
}

static void
assert_undo_label (WijkStore  *store,
                   const char *label)
{
  g_autofree char *undo = wijk_store_dup_undo_label (store);

  g_assert_cmpstr (undo, ==, label);
}

/* Drafting */

static void
test_draft_on_plot (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  const WijkAction *action;
  const WijkOwner *lead;

  g_assert_false (wijk_store_can_undo (fixture->store));

  /* On Acme's plot: Acme leads, with all the cost and all the benefit. */
  id = wijk_map_view_draft_action (fixture->map, "bike_shift", "Bike sheds", 50.846, 4.7205,
                                   &error);
  g_assert_no_error (error);
  g_assert_nonnull (id);

  action = find_action (fixture, id);
  g_assert_nonnull (action);
  g_assert_cmpstr (action->type, ==, "bike_shift");
  g_assert_cmpstr (action->title, ==, "Bike sheds");
  g_assert_cmpint (action->status, ==, WIJK_STATUS_IDEA);
  g_assert_cmpint (action->location->kind, ==, WIJK_GEOMETRY_POINT);
  g_assert_cmpfloat (action->location->point.lat, ==, 50.846);
  g_assert_cmpfloat (action->location->point.lon, ==, 4.7205);
  g_assert_cmpuint (action->owners->len, ==, 1);
  lead = g_ptr_array_index (action->owners, 0);
  g_assert_cmpstr (lead->org_id, ==, "acme");
  g_assert_cmpint (lead->role, ==, WIJK_ROLE_LEAD);
  g_assert_cmpfloat (lead->cost_share, ==, 1.0);
  g_assert_cmpfloat (lead->benefit_share, ==, 1.0);
  /* The catalogue's defaults. */
  g_assert_cmpfloat (action->params[0],
                     ==, wijk_catalog_lookup ("bike_shift")->params[0].default_value);

  /* Selected, and opened for editing; not an area, so nothing is drawn. */
  g_assert_cmpstr (wijk_map_view_get_selected_action (fixture->map), ==, id);
  g_assert_cmpuint (fixture->activated->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (fixture->activated, 0), ==, id);
  g_assert_null (wijk_map_view_get_drawing_action (fixture->map));

  /* One undo step, named after the gesture. */
  g_assert_cmpuint (count_undo_steps (fixture->store), ==, 1);
  assert_undo_label (fixture->store, "Add action");

  /* In the file. */
  reopen (fixture);
  action = find_action (fixture, id);
  g_assert_nonnull (action);
  g_assert_cmpstr (action->title, ==, "Bike sheds");
  g_assert_cmpfloat (action->location->point.lon, ==, 4.7205);
  g_assert_cmpstr (((WijkOwner *) g_ptr_array_index (action->owners, 0))->org_id, ==, "acme");

  /* Undo survives the restart and takes the whole draft away; redo. */
  g_assert_true (wijk_store_undo (fixture->store, &error));
  g_assert_no_error (error);
  g_assert_null (find_action (fixture, id));
  g_assert_null (wijk_map_view_get_selected_action (fixture->map));
  g_assert_true (wijk_store_redo (fixture->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (find_action (fixture, id)->owners->len, ==, 1);
}

static void
test_draft_off_plot (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *missing = NULL;
  const WijkAction *action;

  /* Between the plots: no owner; an empty title is the type's name. */
  id = wijk_map_view_draft_action (fixture->map, "ev_charging", "", 50.852, 4.730, &error);
  g_assert_no_error (error);
  action = find_action (fixture, id);
  g_assert_cmpstr (action->title, ==, "Charge points");
  g_assert_cmpuint (action->owners->len, ==, 0);
  g_assert_cmpfloat (action->location->point.lat, ==, 50.852);

  missing = wijk_map_view_draft_action (fixture->map, "no_such_type", NULL, 50.852, 4.730,
                                        &error);
  g_assert_null (missing);
  g_assert_error (error, WIJK_STORE_ERROR, WIJK_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "no_such_type"));
  g_assert_cmpuint (count_undo_steps (fixture->store), ==, 1);
}

static gboolean
dialog_shown (gpointer data)
{
  GtkWindow *window = gui_test_find_toplevel (WIJK_TYPE_NEW_ACTION_DIALOG);

  *(WijkNewActionDialog **) data = window != NULL ? WIJK_NEW_ACTION_DIALOG (window) : NULL;
  return window != NULL;
}

/* The whole path a click takes: the popover, the dialog, the action where
 * the map was clicked. */
static void
test_draft_through_popover (Fixture       *fixture,
                            gconstpointer  data)
{
  WijkNewActionDialog *dialog = NULL;
  GtkPopover *popover = wijk_map_view_get_here_popover (fixture->map);
  const WijkWorkshop *ws;
  const WijkAction *action = NULL;
  double x, y, lat, lon;

  /* Panning the map is no click. */
  location_to_view (fixture, 50.8465, 4.7195, &x, &y);
  pan (fixture, x, y);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));

  /* A click on Acme's plot, away from the actions. */
  view_to_location (fixture, x, y, &lat, &lon);
  click (fixture, 1, x, y);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  g_assert_cmpstr (gtk_label_get_label (fixture->map->here_plot_label), ==, "Acme campus");
  /* "Acme campus" names its owner already. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (fixture->map->here_owner_label)));
  g_assert_null (wijk_map_view_get_selected_action (fixture->map));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->map), "map.draft-here", NULL));
  g_assert_true (gui_test_wait (dialog_shown, &dialog, 5));
  g_assert_true (wijk_new_action_dialog_select_type (dialog, "shuttle"));
  gtk_editable_set_text (GTK_EDITABLE (wijk_new_action_dialog_get_title_row (dialog)),
                         "Shuttle to the station");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.create", NULL));

  ws = wijk_store_get_workshop (fixture->store);
  g_assert_cmpuint (ws->actions->len, ==, 3);
  for (guint i = 0; i < ws->actions->len; i++)
    if (g_str_equal (((WijkAction *) g_ptr_array_index (ws->actions, i))->type, "shuttle"))
      action = g_ptr_array_index (ws->actions, i);
  g_assert_nonnull (action);
  g_assert_cmpstr (action->title, ==, "Shuttle to the station");
  g_assert_cmpfloat_with_epsilon (action->location->point.lat, lat, 1e-9);
  g_assert_cmpfloat_with_epsilon (action->location->point.lon, lon, 1e-9);
  g_assert_cmpstr (((WijkOwner *) g_ptr_array_index (action->owners, 0))->org_id, ==, "acme");
  g_assert_cmpstr (wijk_map_view_get_selected_action (fixture->map), ==, action->id);
  g_assert_cmpuint (fixture->activated->len, ==, 1);

  /* A click on a marker opens its action instead. */
  location_to_view (fixture, 50.846, 4.733, &x, &y);
  click (fixture, 1, x, y);
  g_assert_cmpstr (wijk_map_view_get_selected_action (fixture->map), ==, "a2");
  g_assert_cmpstr (g_ptr_array_index (fixture->activated, 1), ==, "a2");
}

/* Moving */

static void
drag (Fixture *fixture,
      double   x,
      double   y,
      double   dx,
      double   dy)
{
  GtkGesture *gesture = wijk_map_view_get_drag_gesture (fixture->map);

  g_signal_emit_by_name (gesture, "drag-begin", x, y);
  g_signal_emit_by_name (gesture, "drag-update", dx / 2, dy / 2);
  g_signal_emit_by_name (gesture, "drag-update", dx, dy);
  g_signal_emit_by_name (gesture, "drag-end", dx, dy);
}

static void
test_move_marker (Fixture       *fixture,
                  gconstpointer  data)
{
  WijkActionLayer *layer = wijk_map_view_get_action_layer (fixture->map);
  GtkGesture *gesture = wijk_map_view_get_drag_gesture (fixture->map);
  g_autoptr(GError) error = NULL;
  const WijkAction *action;
  double x, y, mx, my, lat, lon;

  location_to_view (fixture, 50.846, 4.733, &x, &y);
  view_to_location (fixture, x + 40, y - 30, &lat, &lon);

  /* While dragged, the marker follows the pointer and the file waits. */
  g_signal_emit_by_name (gesture, "drag-begin", x + 3, y + 2);
  g_assert_cmpstr (wijk_map_view_get_selected_action (fixture->map), ==, "a2");
  g_signal_emit_by_name (gesture, "drag-update", 40.0, -30.0);
  g_assert_true (wijk_action_layer_get_marker_position (layer, "a2", &mx, &my));
  location_to_view (fixture, 50.846, 4.733, &x, &y);
  g_assert_cmpfloat_with_epsilon (mx, x + 40, 1e-3);
  g_assert_cmpfloat_with_epsilon (my, y - 30, 1e-3);
  g_assert_cmpfloat (find_action (fixture, "a2")->location->point.lat, ==, 50.846);
  g_assert_false (wijk_store_can_undo (fixture->store));

  /* Dropped: the marker's centre, not the pointer's grip on it, lands
   * 40 px east and 30 px north, as one undo step. */
  g_signal_emit_by_name (gesture, "drag-end", 40.0, -30.0);
  action = find_action (fixture, "a2");
  g_assert_cmpfloat_with_epsilon (action->location->point.lat, lat, 1e-9);
  g_assert_cmpfloat_with_epsilon (action->location->point.lon, lon, 1e-9);
  g_assert_cmpuint (count_undo_steps (fixture->store), ==, 1);
  assert_undo_label (fixture->store, "Move action");
  /* A drag is not a click: the action did not open. */
  g_assert_cmpuint (fixture->activated->len, ==, 0);

  reopen (fixture);
  action = find_action (fixture, "a2");
  g_assert_cmpfloat_with_epsilon (action->location->point.lat, lat, 1e-9);

  g_assert_true (wijk_store_undo (fixture->store, &error));
  g_assert_no_error (error);
  action = find_action (fixture, "a2");
  g_assert_cmpfloat (action->location->point.lat, ==, 50.846);
  g_assert_cmpfloat (action->location->point.lon, ==, 4.733);
  g_assert_true (wijk_store_redo (fixture->store, &error));
  g_assert_cmpfloat_with_epsilon (find_action (fixture, "a2")->location->point.lon, lon, 1e-9);

  /* A press that does not move (less than 4 px) is a click: it opens the
   * action and changes nothing. */
  location_to_view (fixture, 50.854, 4.733, &x, &y);
  drag (fixture, x, y, 2, 1);
  g_assert_cmpstr (wijk_map_view_get_selected_action (fixture->map), ==, "a1");
  g_assert_cmpuint (fixture->activated->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (fixture->activated, 0), ==, "a1");
  g_assert_cmpfloat (find_action (fixture, "a1")->location->point.lat, ==, 50.854);
  g_assert_cmpuint (count_undo_steps (fixture->store), ==, 1);

  /* Dropped beside the map, a marker goes back where it was. */
  location_to_view (fixture, 50.854, 4.733, &x, &y);
  drag (fixture, x, y, 2000, 0);
  g_assert_cmpfloat (find_action (fixture, "a1")->location->point.lon, ==, 4.733);
  g_assert_cmpuint (count_undo_steps (fixture->store), ==, 1);

  /* A press away from the markers is the map's: it pans, nothing moves. */
  location_to_view (fixture, 50.852, 4.730, &x, &y);
  drag (fixture, x, y, 50, 50);
  g_assert_cmpuint (count_undo_steps (fixture->store), ==, 1);
}

/* Drawing areas */

/* The triangle with its right angle at (4.7300 E, 50.8450 N), legs of
 * Δλ = 0.0015° east and Δφ = 0.0010° north. On the sphere of R =
 * 6,371,008.8 m its area is R² Δλ ∫₀^Δφ (1 − t/Δφ) cos(φ₀ + t) dt
 * ≈ ½ R² Δλ Δφ cos(φ₀ + Δφ/3)
 * = ½ × 4.0589753e13 m² × 2.6179939e-5 × 1.7453293e-5 × cos 50.8453333°
 * = ½ × 18,546.519 m² × 0.6314160 = 5,855.28 m². */
#define TRIANGLE_M2 5855.28

static void
draw_triangle (Fixture *fixture)
{
  g_assert_true (wijk_map_view_add_vertex (fixture->map, 50.845, 4.730));
  g_assert_true (wijk_map_view_add_vertex (fixture->map, 50.845, 4.7315));
  g_assert_true (wijk_map_view_add_vertex (fixture->map, 50.846, 4.730));
}

static char *
put_depaving (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  char *id;

  id = wijk_map_view_draft_action (fixture->map, "depaving", "Open up the car park", 50.852,
                                   4.728, &error);
  g_assert_no_error (error);
  return id;
}

static void
test_draw_polygon (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *expected = NULL;
  WijkDrawingLayer *drawing = wijk_map_view_get_drawing_layer (fixture->map);
  const WijkAction *action;
  const GArray *ring;

  /* An area type begins to be drawn as soon as it is drafted. */
  id = put_depaving (fixture);
  g_assert_cmpstr (wijk_map_view_get_drawing_action (fixture->map), ==, id);
  g_assert_true (gtk_widget_get_visible (fixture->map->drawing_bar));
  g_assert_false (gtk_widget_get_visible (fixture->map->area_bar));
  g_assert_cmpfloat (find_action (fixture, id)->params[0], ==, 1000);

  /* Two corners are no area yet. */
  g_assert_true (wijk_map_view_add_vertex (fixture->map, 50.845, 4.730));
  g_assert_true (wijk_map_view_add_vertex (fixture->map, 50.845, 4.7315));
  g_assert_false (wijk_map_view_finish_drawing (fixture->map, &error));
  g_assert_error (error, WIJK_STORE_ERROR, WIJK_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpstr (gtk_label_get_label (fixture->map->drawing_measure), ==, "2 corners");

  g_assert_true (wijk_map_view_add_vertex (fixture->map, 50.846, 4.730));
  g_assert_cmpfloat_with_epsilon (wijk_drawing_layer_get_area_m2 (drawing), TRIANGLE_M2, 0.5);
  /* The bar shows the area live, rounded to whole m². */
  g_assert_cmpstr (gtk_label_get_label (fixture->map->drawing_measure), ==, "5,855" NBSP "m²");

  g_assert_true (wijk_map_view_finish_drawing (fixture->map, &error));
  g_assert_no_error (error);
  g_assert_null (wijk_map_view_get_drawing_action (fixture->map));
  g_assert_false (gtk_widget_get_visible (fixture->map->drawing_bar));
  g_assert_cmpuint (wijk_drawing_layer_get_n_vertices (drawing), ==, 0);
  /* Now the selected depaving offers to redraw its area. */
  g_assert_cmpstr (wijk_map_view_get_selected_action (fixture->map), ==, id);
  g_assert_true (gtk_widget_get_visible (fixture->map->area_bar));

  /* Depaving's area parameter is the area itself, in m². */
  action = find_action (fixture, id);
  g_assert_cmpfloat_with_epsilon (action->params[0], TRIANGLE_M2, 0.5);
  g_assert_cmpint (action->location->kind, ==, WIJK_GEOMETRY_POLYGON);
  ring = g_ptr_array_index ((GPtrArray *) g_ptr_array_index (action->location->parts, 0), 0);
  g_assert_cmpuint (ring->len, ==, 4);
  g_assert_cmpfloat (g_array_index (ring, WijkLonLat, 3).lon, ==, 4.730);
  expected = g_strdup_printf ("Area unsealed: %s" NBSP "m²", "5,855");
  g_assert_cmpstr (wijk_map_view_get_last_message (fixture->map), ==, expected);

  /* Draft and area: two undo steps, the last one the area. */
  g_assert_cmpuint (count_undo_steps (fixture->store), ==, 2);
  assert_undo_label (fixture->store, "Draw area");

  reopen (fixture);
  action = find_action (fixture, id);
  g_assert_cmpfloat_with_epsilon (action->params[0], TRIANGLE_M2, 0.5);
  g_assert_cmpint (action->location->kind, ==, WIJK_GEOMETRY_POLYGON);

  /* One undo gives back the point and the default area, one redo the
   * drawn area. */
  g_assert_true (wijk_store_undo (fixture->store, &error));
  g_assert_no_error (error);
  action = find_action (fixture, id);
  g_assert_cmpint (action->location->kind, ==, WIJK_GEOMETRY_POINT);
  g_assert_cmpfloat (action->params[0], ==, 1000);
  g_assert_true (wijk_store_redo (fixture->store, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (find_action (fixture, id)->params[0], TRIANGLE_M2, 0.5);
}

/* A flat roof of Δλ = 0.0005° × Δφ = 0.0003°, 4.7250–4.7255 E ×
 * 50.8480–50.8483 N. The area between two parallels on the sphere is
 * R² Δλ (sin φ₂ − sin φ₁) = 4.0589753e13 m² × 8.7266463e-6
 * × (0.77547701 − 0.77547370) = 4.0589753e13 × 8.7266463e-6 × 3.3058866e-6
 * = 1,170.99 m²; × pv_kwp_per_m2 = 0.15 kWp/m²: 175.65 kWp. */
#define ROOF_M2 1170.99
#define ROOF_KWP 175.65

static void
test_draw_solar_roof (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const WijkAction *action;
  g_autofree char *expected = NULL;

  /* Drawn for an existing action, from the bar under the map. */
  wijk_map_view_set_selected_action (fixture->map, "a1");
  g_assert_true (gtk_widget_get_visible (fixture->map->area_bar));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->map), "map.draw-area", NULL));
  g_assert_cmpstr (wijk_map_view_get_drawing_action (fixture->map), ==, "a1");
  g_assert_cmpstr (gtk_label_get_label (fixture->map->drawing_title), ==,
                   "Area of “Solar on the hall”");

  g_assert_true (wijk_map_view_add_vertex (fixture->map, 50.8480, 4.7250));
  g_assert_true (wijk_map_view_add_vertex (fixture->map, 50.8480, 4.7255));
  g_assert_true (wijk_map_view_add_vertex (fixture->map, 50.8483, 4.7255));
  g_assert_true (wijk_map_view_add_vertex (fixture->map, 50.8483, 4.7250));
  /* While drawing, the bar suggests the kWp already. */
  g_assert_cmpstr (gtk_label_get_label (fixture->map->drawing_measure), ==,
                   "1,171" NBSP "m² → 176" NBSP "kWp");

  /* Enter closes the area. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->map), "map.finish-drawing",
                                             NULL));
  action = find_action (fixture, "a1");
  g_assert_cmpfloat_with_epsilon (action->params[0], ROOF_KWP, 0.01);
  g_assert_cmpfloat_with_epsilon (action->params[0],
                                  wijk_geometry_area_m2 (action->location) * 0.15, 1e-9);
  g_assert_cmpfloat_with_epsilon (wijk_geometry_area_m2 (action->location), ROOF_M2, 0.01);
  /* The share used on site is left alone. */
  g_assert_cmpfloat (action->params[1], ==, 0.7);
  expected = g_strdup_printf ("Roof of 1,171" NBSP "m² → 176" NBSP "kWp suggested");
  g_assert_cmpstr (wijk_map_view_get_last_message (fixture->map), ==, expected);
  g_assert_cmpuint (count_undo_steps (fixture->store), ==, 1);

  reopen (fixture);
  action = find_action (fixture, "a1");
  g_assert_cmpfloat_with_epsilon (action->params[0], ROOF_KWP, 0.01);

  g_assert_true (wijk_store_undo (fixture->store, &error));
  g_assert_no_error (error);
  action = find_action (fixture, "a1");
  g_assert_cmpint (action->location->kind, ==, WIJK_GEOMETRY_POINT);
  g_assert_cmpfloat (action->params[0], ==, 100);
  g_assert_true (wijk_store_redo (fixture->store, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (find_action (fixture, "a1")->params[0], ROOF_KWP, 0.01);
}

/* Plot p1, 4.717–4.724 E × 50.844–50.848 N: R² Δλ (sin φ₂ − sin φ₁) =
 * 4.0589753e13 m² × 1.2217305e-4 × (0.77547370 − 0.77542962)
 * = 4,958,973,843 m² × 4.4080e-5 = 218,594 m². */
#define PLOT_M2 218594.1

static void
test_use_plot (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = put_depaving (fixture);
  const WijkAction *action;
  const WijkPlot *plot;
  double x, y;

  g_assert_true (wijk_map_view_start_drawing (fixture->map, id));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->map), "map.picking-plot",
                                             NULL));
  g_assert_true (wijk_map_view_get_picking_plot (fixture->map));

  /* A click beside the plots takes nothing. */
  location_to_view (fixture, 50.852, 4.730, &x, &y);
  click (fixture, 1, x, y);
  g_assert_cmpstr (wijk_map_view_get_drawing_action (fixture->map), ==, id);

  location_to_view (fixture, 50.846, 4.7205, &x, &y);
  click (fixture, 1, x, y);
  g_assert_null (wijk_map_view_get_drawing_action (fixture->map));
  g_assert_false (wijk_map_view_get_picking_plot (fixture->map));

  action = find_action (fixture, id);
  plot = wijk_workshop_find_plot (wijk_store_get_workshop (fixture->store), "p1");
  g_assert_true (wijk_geometry_equal (action->location, plot->geometry));
  g_assert_cmpfloat_with_epsilon (action->params[0], PLOT_M2, 0.5);
  g_assert_cmpuint (count_undo_steps (fixture->store), ==, 2);

  /* Only an area can be used. */
  g_assert_true (wijk_map_view_start_drawing (fixture->map, id));
  g_assert_false (wijk_map_view_use_plot (fixture->map, "street", &error));
  g_assert_error (error, WIJK_STORE_ERROR, WIJK_STORE_ERROR_INVALID);
  g_assert_cmpstr (wijk_map_view_get_drawing_action (fixture->map), ==, id);
}

/* The kinds of action drafted: a point with the type's name, an area on
 * a plot that takes the plot's outline, a point on a plot. */
static void
test_draft_kinds (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *bikes = NULL;
  g_autofree char *roof = NULL;
  g_autofree char *chargers = NULL;
  const WijkPlot *plot = wijk_workshop_find_plot (wijk_store_get_workshop (fixture->store), "p1");
  const WijkAction *action;

  /* Beside the plots, with no title: the catalogue's name, at the point. */
  bikes = wijk_map_view_draft_action (fixture->map, "bike_shift", NULL, 50.851, 4.725, &error);
  g_assert_no_error (error);
  action = find_action (fixture, bikes);
  g_assert_nonnull (action);
  g_assert_cmpstr (action->title, ==, "Cycling to work");
  g_assert_cmpint (action->location->kind, ==, WIJK_GEOMETRY_POINT);
  g_assert_cmpfloat (action->location->point.lat, ==, 50.851);
  g_assert_cmpfloat (action->location->point.lon, ==, 4.725);
  g_assert_cmpuint (action->owners->len, ==, 0);

  /* Solar panels on Acme's plot: Acme leads, and the roof is drawn or,
   * here, taken from the plot. Its PLOT_M2 hold pv_kwp_per_m2 = 0.15
   * kWp/m² × 218,594.1 m² = 32,789.1 kWp. */
  roof = wijk_map_view_draft_action (fixture->map, "solar_pv", "PV on the Acme roof", 50.846,
                                     4.7205, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (wijk_map_view_get_drawing_action (fixture->map), ==, roof);
  g_assert_true (wijk_map_view_use_plot (fixture->map, "p1", &error));
  g_assert_no_error (error);
  action = find_action (fixture, roof);
  g_assert_cmpint (action->location->kind, ==, WIJK_GEOMETRY_POLYGON);
  g_assert_true (wijk_geometry_equal (action->location, plot->geometry));
  g_assert_cmpfloat_with_epsilon (action->params[0], 32789.1, 0.1);
  g_assert_cmpstr (((WijkOwner *) g_ptr_array_index (action->owners, 0))->org_id, ==, "acme");

  /* On the plot, a type that is not an area stays a point, and is not
   * drawn; Acme leads it too. */
  chargers = wijk_map_view_draft_action (fixture->map, "ev_charging", NULL, 50.846, 4.7205,
                                         &error);
  g_assert_no_error (error);
  action = find_action (fixture, chargers);
  g_assert_cmpstr (action->title, ==, "Charge points");
  g_assert_cmpint (action->location->kind, ==, WIJK_GEOMETRY_POINT);
  g_assert_cmpfloat (action->location->point.lat, ==, 50.846);
  g_assert_cmpfloat (action->location->point.lon, ==, 4.7205);
  g_assert_null (wijk_map_view_get_drawing_action (fixture->map));
  g_assert_cmpuint (action->owners->len, ==, 1);
  g_assert_cmpstr (((WijkOwner *) g_ptr_array_index (action->owners, 0))->org_id, ==, "acme");
  g_assert_cmpint (((WijkOwner *) g_ptr_array_index (action->owners, 0))->role,
                   ==, WIJK_ROLE_LEAD);

  /* Three drafts and one area. */
  g_assert_cmpuint (count_undo_steps (fixture->store), ==, 4);
}

/* Corners placed with clicks, Backspace, a refused crossing, Escape and a
 * double-click. */
static void
test_draw_with_clicks (Fixture       *fixture,
                       gconstpointer  data)
{
  WijkDrawingLayer *drawing = wijk_map_view_get_drawing_layer (fixture->map);
  g_autoptr(GError) error = NULL;
  g_autofree char *id = put_depaving (fixture);
  const WijkLonLat *corner;
  double x0, y0, lat, lon;

  /* Not an area: bikes are not drawn. */
  g_assert_false (wijk_map_view_start_drawing (fixture->map, "a2"));
  g_assert_cmpstr (wijk_map_view_get_drawing_action (fixture->map), ==, id);

  location_to_view (fixture, 50.849, 4.726, &x0, &y0);
  click (fixture, 1, x0, y0);
  /* A second click on the same spot is no new corner. */
  click (fixture, 1, x0 + 1, y0);
  click (fixture, 1, x0 + 100, y0);
  /* Nor is one on the first corner before there is an area to close. */
  click (fixture, 1, x0, y0 + 1);
  g_assert_cmpuint (wijk_drawing_layer_get_n_vertices (drawing), ==, 2);
  click (fixture, 1, x0 + 100, y0 + 80);
  /* The map may be panned while drawing: that places no corner. */
  pan (fixture, x0 + 20, y0 + 20);
  g_assert_cmpuint (wijk_drawing_layer_get_n_vertices (drawing), ==, 3);
  corner = wijk_drawing_layer_get_vertex (drawing, 0);
  view_to_location (fixture, x0, y0, &lat, &lon);
  g_assert_cmpfloat_with_epsilon (corner->lat, lat, 1e-9);
  g_assert_cmpfloat_with_epsilon (corner->lon, lon, 1e-9);

  /* A corner whose edge crosses the first edge is refused and said so. */
  click (fixture, 1, x0 + 50, y0 - 40);
  g_assert_cmpuint (wijk_drawing_layer_get_n_vertices (drawing), ==, 3);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (fixture->map->drawing_hint), "error"));

  /* Backspace takes the last corner back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->map), "map.remove-vertex",
                                             NULL));
  g_assert_cmpuint (wijk_drawing_layer_get_n_vertices (drawing), ==, 2);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (fixture->map->drawing_hint), "error"));

  /* Escape: nothing changes. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->map), "map.cancel-drawing",
                                             NULL));
  g_assert_null (wijk_map_view_get_drawing_action (fixture->map));
  g_assert_cmpuint (count_undo_steps (fixture->store), ==, 1);
  g_assert_cmpint (find_action (fixture, id)->location->kind, ==, WIJK_GEOMETRY_POINT);

  /* Again; a click on the first corner closes the area. */
  g_assert_true (wijk_map_view_start_drawing (fixture->map, id));
  click (fixture, 1, x0, y0);
  click (fixture, 1, x0 + 100, y0);
  click (fixture, 1, x0 + 100, y0 + 80);
  click (fixture, 1, x0 + 3, y0 - 2);
  g_assert_null (wijk_map_view_get_drawing_action (fixture->map));
  g_assert_cmpint (find_action (fixture, id)->location->kind, ==, WIJK_GEOMETRY_POLYGON);
  g_assert_cmpuint (count_undo_steps (fixture->store), ==, 2);

  /* And a double-click on the last corner closes it too. */
  wijk_map_view_set_selected_action (fixture->map, id);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->map), "map.draw-area", NULL));
  g_assert_cmpstr (wijk_map_view_get_drawing_action (fixture->map), ==, id);
  click (fixture, 1, x0, y0);
  click (fixture, 1, x0 + 100, y0);
  click (fixture, 1, x0, y0 + 80);
  click (fixture, 2, x0, y0 + 80);
  g_assert_null (wijk_map_view_get_drawing_action (fixture->map));
  g_assert_cmpuint (count_undo_steps (fixture->store), ==, 3);
  g_assert_no_error (error);
}

/* Undoing the draft while its area is drawn ends the drawing. */
static void
test_undo_while_drawing (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = put_depaving (fixture);

  draw_triangle (fixture);
  g_assert_true (wijk_store_undo (fixture->store, &error));
  g_assert_no_error (error);
  g_assert_null (find_action (fixture, id));
  g_assert_null (wijk_map_view_get_drawing_action (fixture->map));
  g_assert_false (gtk_widget_get_visible (fixture->map->drawing_bar));
}

/* An area action dragged by its marker moves whole, its size unchanged. */
static void
test_move_area (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = put_depaving (fixture);
  WijkLonLat before, after;
  double area;

  draw_triangle (fixture);
  g_assert_true (wijk_map_view_finish_drawing (fixture->map, &error));
  g_assert_true (wijk_geometry_centroid (find_action (fixture, id)->location, &before));
  area = find_action (fixture, id)->params[0];

  g_assert_true (wijk_map_view_move_action (fixture->map, id, before.lat + 0.002,
                                            before.lon - 0.003, &error));
  g_assert_no_error (error);
  g_assert_true (wijk_geometry_centroid (find_action (fixture, id)->location, &after));
  g_assert_cmpfloat_with_epsilon (after.lat, before.lat + 0.002, 1e-9);
  g_assert_cmpfloat_with_epsilon (after.lon, before.lon - 0.003, 1e-9);
  g_assert_cmpfloat (find_action (fixture, id)->params[0], ==, area);
  /* 0.002° further north the same shape covers cos 50.8473°/cos 50.8453°
   * = 0.999957 of the area: the parameter is the drawn one, unchanged. */
  g_assert_cmpfloat_with_epsilon (wijk_geometry_area_m2 (find_action (fixture, id)->location),
                                  TRIANGLE_M2 * 0.999957, 0.5);
  assert_undo_label (fixture->store, "Move action");
}

/* What the drawing shows: the fill in the theme's colour inside the
 * corners, white corner handles. */
static void
test_drawing_pixels (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *id = put_depaving (fixture);
  g_autoptr(GuiTestPixels) before = NULL;
  g_autoptr(GuiTestPixels) pixels = NULL;
  int ground[3], inside[3], handle[3];
  double x, y;

  /* Close enough for the triangle to fill much of the map. */
  shumate_viewport_set_zoom_level (wijk_map_view_get_viewport (fixture->map), 18);
  shumate_location_set_location (SHUMATE_LOCATION (wijk_map_view_get_viewport (fixture->map)),
                                 50.84533, 4.7305);
  location_to_view (fixture, 50.84525, 4.73035, &x, &y);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->map));
  before = gui_test_render (GTK_WIDGET (fixture->map));
  gui_test_pixel (before, x, y, ground);

  /* Under load a frame may come before the layer has drawn: look again
   * for a while. */
  draw_triangle (fixture);
  for (int tries = 0; tries < 50; tries++)
    {
      g_clear_pointer (&pixels, gui_test_pixels_free);
      gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->map));
      pixels = gui_test_render (GTK_WIDGET (fixture->map));
      gui_test_pixel (pixels, x, y, inside);
      if (inside[0] - inside[2] > ground[0] - ground[2] + 20)
        break;
      gui_test_spin (0.05);
    }
  /* Adaptation's #D55E00 at 25 % over the ground: redder, less blue. */
  g_assert_cmpint (inside[0] - inside[2], >, ground[0] - ground[2] + 20);

  location_to_view (fixture, 50.845, 4.7315, &x, &y);
  gui_test_pixel (pixels, x, y, handle);
  gui_test_assert_colour (handle, (int[]) { 255, 255, 255 }, 2);
  wijk_map_view_cancel_drawing (fixture->map);
}

/* The keys */

static gboolean
press_key (Fixture         *fixture,
           guint            keyval,
           GdkModifierType  state)
{
  gboolean handled = FALSE;

  g_signal_emit_by_name (wijk_map_view_get_key_controller (fixture->map), "key-pressed", keyval,
                         0, state, &handled);
  return handled;
}

/* Zoom 16, centred on the bike action a2 at (4.733 E, 50.846 N), the map
 * focused. At zoom 16 the world is 256 × 2^16 = 16,777,216 px wide. */
static void
focus_on_a2 (Fixture *fixture)
{
  ShumateViewport *viewport = wijk_map_view_get_viewport (fixture->map);

  shumate_viewport_set_zoom_level (viewport, 16);
  shumate_location_set_location (SHUMATE_LOCATION (viewport), 50.846, 4.733);
  gtk_widget_grab_focus (GTK_WIDGET (fixture->map));
  g_assert_true (gtk_widget_is_focus (GTK_WIDGET (fixture->map)));
}

static void
assert_a2_at (Fixture *fixture,
              double   lat,
              double   lon)
{
  const WijkAction *action = find_action (fixture, "a2");

  g_assert_cmpint (action->location->kind, ==, WIJK_GEOMETRY_POINT);
  g_assert_cmpfloat_with_epsilon (action->location->point.lat, lat, 1e-9);
  g_assert_cmpfloat_with_epsilon (action->location->point.lon, lon, 1e-9);
}

/* Escape while a marker is dragged: it goes back, nothing is written. */
static void
test_escape_drag (Fixture       *fixture,
                  gconstpointer  data)
{
  WijkActionLayer *layer = wijk_map_view_get_action_layer (fixture->map);
  GtkGesture *gesture = wijk_map_view_get_drag_gesture (fixture->map);
  double x, y, mx, my;

  /* With no marker held, Escape is left to others (it stops drawing). */
  g_assert_false (press_key (fixture, GDK_KEY_Escape, 0));

  location_to_view (fixture, 50.846, 4.733, &x, &y);
  g_signal_emit_by_name (gesture, "drag-begin", x, y);
  g_assert_true (gtk_widget_is_focus (GTK_WIDGET (fixture->map)));
  g_signal_emit_by_name (gesture, "drag-update", 40.0, -30.0);
  g_assert_true (wijk_action_layer_get_marker_position (layer, "a2", &mx, &my));
  g_assert_cmpfloat_with_epsilon (mx, x + 40, 1e-3);

  g_assert_true (press_key (fixture, GDK_KEY_Escape, 0));
  location_to_view (fixture, 50.846, 4.733, &x, &y);
  g_assert_true (wijk_action_layer_get_marker_position (layer, "a2", &mx, &my));
  g_assert_cmpfloat_with_epsilon (mx, x, 1e-3);
  g_assert_cmpfloat_with_epsilon (my, y, 1e-3);

  /* What the gesture may still report changes nothing either. */
  g_signal_emit_by_name (gesture, "drag-update", 60.0, -30.0);
  g_signal_emit_by_name (gesture, "drag-end", 60.0, -30.0);
  g_assert_true (wijk_action_layer_get_marker_position (layer, "a2", &mx, &my));
  g_assert_cmpfloat_with_epsilon (mx, x, 1e-3);
  g_assert_cmpfloat (find_action (fixture, "a2")->location->point.lat, ==, 50.846);
  g_assert_cmpfloat (find_action (fixture, "a2")->location->point.lon, ==, 4.733);
  g_assert_false (wijk_store_can_undo (fixture->store));
  g_assert_cmpuint (fixture->activated->len, ==, 0);
}

/* Right, Right, Up and Shift+Up move a2 20 px east and 11 px north.
 *
 * Δλ = 20 px × 360° / 16,777,216 px = 4.2915344e-4°: 4.73342915344° E.
 *
 * Web Mercator's y grows with −ψ, ψ = ln tan(45° + φ/2); a pixel is
 * 2π / 16,777,216 of ψ. At φ = 50.846°, ψ = ln tan 70.423° = 1.03385957;
 * 11 px north add Δψ = 11 × 2π / 16,777,216 = 4.1195773e-6, and
 * φ' = 2 atan e^(ψ + Δψ) − 90° = 50.84614903351°, Δφ = 1.4903351e-4°
 * (to first order Δψ cos φ = 4.1195773e-6 × 0.63140693 rad
 * = 1.4903375e-4°). */
#define NUDGED_LAT 50.84614903351
#define NUDGED_LON 4.73342915344

/* And 10 px is 10 × 360° / 16,777,216 = 2.1457672e-4° of longitude. */
#define TEN_PX_LON 2.1457672e-4

static void
test_nudge_marker (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  focus_on_a2 (fixture);
  wijk_map_view_set_selected_action (fixture->map, "a2");

  /* Each press is in the workshop at once, the presses one step. */
  g_assert_true (press_key (fixture, GDK_KEY_Right, 0));
  assert_a2_at (fixture, 50.846, 4.733 + TEN_PX_LON);
  g_assert_true (press_key (fixture, GDK_KEY_Right, 0));
  g_assert_true (press_key (fixture, GDK_KEY_Up, 0));
  g_assert_true (press_key (fixture, GDK_KEY_Up, GDK_SHIFT_MASK));
  assert_a2_at (fixture, NUDGED_LAT, NUDGED_LON);
  assert_undo_label (fixture->store, "Move action");
  g_assert_false (wijk_store_can_redo (fixture->store));
  g_assert_cmpuint (count_undo_steps (fixture->store), ==, 1);
  /* Moving is not opening. */
  g_assert_cmpuint (fixture->activated->len, ==, 0);

  reopen (fixture);
  assert_a2_at (fixture, NUDGED_LAT, NUDGED_LON);

  /* One undo puts it back, one redo moves it again. */
  g_assert_true (wijk_store_undo (fixture->store, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (find_action (fixture, "a2")->location->point.lat, ==, 50.846);
  g_assert_cmpfloat (find_action (fixture, "a2")->location->point.lon, ==, 4.733);
  g_assert_false (wijk_store_can_undo (fixture->store));
  g_assert_true (wijk_store_redo (fixture->store, &error));
  g_assert_no_error (error);
  assert_a2_at (fixture, NUDGED_LAT, NUDGED_LON);
}

/* What closes a keyboard move's step: Enter, the focus leaving the map, a
 * pause, an undo. */
static void
test_nudge_steps (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkEventController *focus = wijk_map_view_get_focus_controller (fixture->map);
  g_autoptr(GError) error = NULL;
  double lon;

  focus_on_a2 (fixture);
  wijk_map_view_set_selected_action (fixture->map, "a2");

  /* Two presses, Enter, a press: two steps. */
  g_assert_true (press_key (fixture, GDK_KEY_Left, 0));
  g_assert_true (press_key (fixture, GDK_KEY_Left, 0));
  g_assert_true (press_key (fixture, GDK_KEY_Return, 0));
  g_assert_true (press_key (fixture, GDK_KEY_KP_Left, 0));
  assert_a2_at (fixture, 50.846, 4.733 - 3 * TEN_PX_LON);
  g_assert_cmpuint (count_undo_steps (fixture->store), ==, 2);
  /* With no move open, Enter is left to others. */
  g_assert_false (press_key (fixture, GDK_KEY_Return, 0));

  /* The focus leaves, comes back: another step. */
  g_assert_true (press_key (fixture, GDK_KEY_Right, 0));
  g_signal_emit_by_name (focus, "leave");
  g_assert_true (press_key (fixture, GDK_KEY_Right, 0));
  assert_a2_at (fixture, 50.846, 4.733 - TEN_PX_LON);
  g_assert_cmpuint (count_undo_steps (fixture->store), ==, 4);

  /* A pause of over a second: another. */
  g_assert_true (press_key (fixture, GDK_KEY_Right, 0));
  gui_test_spin (1.2);
  g_assert_true (press_key (fixture, GDK_KEY_Right, 0));
  assert_a2_at (fixture, 50.846, 4.733 + TEN_PX_LON);
  g_assert_cmpuint (count_undo_steps (fixture->store), ==, 6);

  /* Ctrl+Z in the middle of a move takes back what was moved so far; the
   * next press is a step of its own and leaves the step before alone. */
  g_assert_true (press_key (fixture, GDK_KEY_Down, 0));
  g_assert_true (press_key (fixture, GDK_KEY_Down, 0));
  g_assert_true (wijk_store_undo (fixture->store, &error));
  g_assert_no_error (error);
  assert_a2_at (fixture, 50.846, 4.733 + TEN_PX_LON);
  g_assert_true (press_key (fixture, GDK_KEY_Right, 0));
  assert_a2_at (fixture, 50.846, 4.733 + 2 * TEN_PX_LON);
  g_assert_cmpuint (count_undo_steps (fixture->store), ==, 7);

  /* There and back again within one move: no step at all. */
  g_assert_true (press_key (fixture, GDK_KEY_Right, 0));
  g_assert_true (press_key (fixture, GDK_KEY_Left, 0));
  lon = find_action (fixture, "a2")->location->point.lon;
  g_assert_cmpfloat_with_epsilon (lon, 4.733 + 2 * TEN_PX_LON, 1e-9);
  g_assert_cmpuint (count_undo_steps (fixture->store), ==, 7);
}

/* With no action selected, or an area, the arrows move the map. */
static void
test_arrows_pan (Fixture       *fixture,
                 gconstpointer  data)
{
  ShumateViewport *viewport = wijk_map_view_get_viewport (fixture->map);
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  double lat, lon;

  focus_on_a2 (fixture);
  wijk_map_view_set_selected_action (fixture->map, NULL);

  /* 25 px east: 25 × 360° / 16,777,216 = 5.3644180e-4°. */
  g_assert_true (press_key (fixture, GDK_KEY_Right, 0));
  g_assert_cmpfloat_with_epsilon (shumate_location_get_longitude (SHUMATE_LOCATION (viewport)),
                                  4.733 + 5.3644180e-4, 1e-9);
  g_assert_cmpfloat_with_epsilon (shumate_location_get_latitude (SHUMATE_LOCATION (viewport)),
                                  50.846, 1e-9);
  /* 25 px south, Shift or not: Δψ = −25 × 2π / 16,777,216 = −9.3626757e-6,
   * φ' = 2 atan e^(1.03385957 − 9.3626757e-6) − 90° = 50.846° − 3.3871430e-4°
   * (to first order Δψ cos φ = −3.3871307e-4°). */
  g_assert_true (press_key (fixture, GDK_KEY_Down, GDK_SHIFT_MASK));
  lat = shumate_location_get_latitude (SHUMATE_LOCATION (viewport));
  g_assert_cmpfloat_with_epsilon (lat, 50.846 - 3.3871430e-4, 1e-9);
  g_assert_false (wijk_store_can_undo (fixture->store));

  /* Not with Ctrl, which is the window's. */
  g_assert_false (press_key (fixture, GDK_KEY_Right, GDK_CONTROL_MASK));

  /* An area stays put, and says once how it moves. */
  id = wijk_map_view_draft_action (fixture->map, "depaving", NULL, 50.845, 4.730, &error);
  g_assert_no_error (error);
  draw_triangle (fixture);
  g_assert_true (wijk_map_view_finish_drawing (fixture->map, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (wijk_map_view_get_selected_action (fixture->map), ==, id);
  gtk_widget_grab_focus (GTK_WIDGET (fixture->map));
  lon = shumate_location_get_longitude (SHUMATE_LOCATION (viewport));
  g_assert_true (press_key (fixture, GDK_KEY_Left, 0));
  g_assert_cmpfloat_with_epsilon (shumate_location_get_longitude (SHUMATE_LOCATION (viewport)),
                                  lon - 5.3644180e-4, 1e-9);
  g_assert_cmpstr (wijk_map_view_get_last_message (fixture->map), ==,
                   "The arrow keys move the map: an area moves when its marker is dragged");
  wijk_map_view_show_message (fixture->map, "");
  g_assert_true (press_key (fixture, GDK_KEY_Left, 0));
  g_assert_cmpstr (wijk_map_view_get_last_message (fixture->map), ==, "");

  /* The bars' buttons inside the map keep the arrows for the focus. */
  g_assert_true (gtk_widget_get_visible (fixture->map->area_bar));
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (fixture->map->draw_area_button)));
  g_assert_false (press_key (fixture, GDK_KEY_Left, 0));

  /* The draft and its area; no move. */
  g_assert_cmpuint (count_undo_steps (fixture->store), ==, 2);
}

/* In the window */

static WijkApplication *app;

typedef struct
{
  char       *dir;
  WijkStore  *store;
  WijkWindow *window;
} WindowFixture;

static void
window_set_up (WindowFixture *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WijkWorkshop) ws = NULL;
  g_autofree char *path = NULL;

  if (data != NULL)
    {
      ws = wijk_bundled_load_haasrode (&error);
      g_assert_no_error (error);
      f->dir = g_dir_make_tmp ("wijk-gui-test-XXXXXX", &error);
      g_assert_no_error (error);
      path = g_build_filename (f->dir, "haasrode.wijkpact", NULL);
      f->store = wijk_store_create (path, ws, &error);
      g_assert_no_error (error);
    }
  else
    {
      f->store = gui_test_create_store (&f->dir);
    }

  f->window = wijk_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 720);
  wijk_window_set_store (f->window, f->store);
  gtk_window_present (GTK_WINDOW (f->window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
}

static void
window_tear_down (WindowFixture *f,
                  gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  gui_test_spin (0.1);
  g_assert_finalize_object (f->store);
  gui_test_remove_tree (f->dir);
  g_free (f->dir);
}

static void
on_edit_action (WijkWindow *window,
                const char *action_id,
                char      **edited)
{
  g_free (*edited);
  *edited = g_strdup (action_id);
}

/* "+ Action" drafts at the map's centre; the new action opens in the
 * editor, and a depaving is then drawn. */
static void
test_window_new_action (WindowFixture *f,
                        gconstpointer  data)
{
  WijkMapView *map = WIJK_MAP_VIEW (wijk_window_get_map_view (f->window));
  ShumateViewport *viewport = wijk_map_view_get_viewport (map);
  WijkNewActionDialog *dialog = NULL;
  g_autofree char *edited = NULL;
  const WijkAction *action;

  g_signal_connect (f->window, "edit-action", G_CALLBACK (on_edit_action), &edited);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-action", NULL));
  g_assert_true (gui_test_wait (dialog_shown, &dialog, 5));
  g_assert_true (wijk_new_action_dialog_select_type (dialog, "depaving"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.create", NULL));

  g_assert_nonnull (edited);
  action = wijk_workshop_find_action (wijk_store_get_workshop (f->store), edited);
  g_assert_nonnull (action);
  g_assert_cmpstr (action->type, ==, "depaving");
  g_assert_cmpfloat_with_epsilon (action->location->point.lat,
                                  shumate_location_get_latitude (SHUMATE_LOCATION (viewport)),
                                  1e-9);
  g_assert_cmpfloat_with_epsilon (action->location->point.lon,
                                  shumate_location_get_longitude (SHUMATE_LOCATION (viewport)),
                                  1e-9);
  g_assert_cmpstr (wijk_map_view_get_drawing_action (map), ==, edited);

  /* The map's keys while drawing. */
  g_assert_true (wijk_map_view_add_vertex (map, 50.845, 4.730));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (map), "map.remove-vertex", NULL));
  g_assert_cmpuint (wijk_drawing_layer_get_n_vertices (wijk_map_view_get_drawing_layer (map)),
                    ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (map), "map.cancel-drawing", NULL));
  g_assert_null (wijk_map_view_get_drawing_action (map));
}

/* The screenshots, with WIJK_TEST_SCREENSHOT_DIR: a roof being drawn on
 * Terumo's plot, then the solar panels it holds. */
static void
save_screenshot (GtkWidget  *widget,
                 const char *name)
{
  const char *dir = g_getenv ("WIJK_TEST_SCREENSHOT_DIR");
  g_autoptr(GuiTestPixels) pixels = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file = NULL;

  if (dir == NULL)
    return;

  gui_test_spin (0.5);
  gtk_test_widget_wait_for_draw (widget);
  pixels = gui_test_render (widget);
  bytes = g_bytes_new (pixels->data, (gsize) pixels->height * pixels->stride);
  texture = gdk_memory_texture_new (pixels->width, pixels->height, GDK_MEMORY_DEFAULT, bytes,
                                    pixels->stride);
  file = g_strdup_printf ("%s/%s.png", dir, name);
  g_assert_true (gdk_texture_save_to_png (texture, file));
}

static void
test_window_draw_roof (WindowFixture *f,
                       gconstpointer  data)
{
  static const WijkLonLat roof[] = {
    { 4.7336, 50.8528 }, { 4.7354, 50.8528 }, { 4.7354, 50.8535 }, { 4.7346, 50.8535 },
    { 4.7346, 50.8541 },
  };
  WijkMapView *map = WIJK_MAP_VIEW (wijk_window_get_map_view (f->window));
  WijkDrawingLayer *drawing = wijk_map_view_get_drawing_layer (map);
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  const WijkAction *action;
  double x, y;

  id = wijk_map_view_draft_action (map, "solar_pv", "Solar panels on Terumo’s hall", 50.8535,
                                   4.7345, &error);
  g_assert_no_error (error);
  action = wijk_workshop_find_action (wijk_store_get_workshop (f->store), id);
  g_assert_cmpstr (((WijkOwner *) g_ptr_array_index (action->owners, 0))->org_id, ==, "terumo");

  /* Close up, as one draws a roof. */
  shumate_viewport_set_zoom_level (wijk_map_view_get_viewport (map), 17);
  shumate_location_set_location (SHUMATE_LOCATION (wijk_map_view_get_viewport (map)),
                                 50.8533, 4.7345);
  for (guint i = 0; i < G_N_ELEMENTS (roof); i++)
    g_assert_true (wijk_map_view_add_vertex (map, roof[i].lat, roof[i].lon));
  /* The pointer on the last corner: the map and the bar show the area
   * it would close. */
  shumate_viewport_location_to_widget_coords (wijk_map_view_get_viewport (map),
                                              GTK_WIDGET (drawing), 50.8541, 4.7336, &x, &y);
  wijk_map_view_drawing_motion (map, TRUE, x, y);
  g_assert_cmpfloat (wijk_drawing_layer_get_preview_area_m2 (drawing), >,
                     wijk_drawing_layer_get_area_m2 (drawing));
  save_screenshot (GTK_WIDGET (f->window), "map-drawing");

  g_assert_true (wijk_map_view_add_vertex (map, 50.8541, 4.7336));
  g_assert_true (wijk_map_view_finish_drawing (map, &error));
  g_assert_no_error (error);
  action = wijk_workshop_find_action (wijk_store_get_workshop (f->store), id);
  g_assert_cmpfloat_with_epsilon (action->params[0],
                                  wijk_geometry_area_m2 (action->location) * 0.15, 1e-9);
  save_screenshot (GTK_WIDGET (f->window), "map-drafted");

  /* A click on Terumo's plot beside the roof offers a new action there. */
  shumate_viewport_location_to_widget_coords (wijk_map_view_get_viewport (map),
                                              GTK_WIDGET (map), 50.8530, 4.7357, &x, &y);
  click_map (map, 1, x, y);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (wijk_map_view_get_here_popover (map))));
  g_assert_cmpstr (gtk_label_get_label (map->here_plot_label), ==, "Terumo");
  save_screenshot (GTK_WIDGET (wijk_map_view_get_here_popover (map)), "map-new-action-here");

  /* The city's car park does not: the popover says whose it is. */
  gtk_popover_popdown (wijk_map_view_get_here_popover (map));
  wijk_map_view_show_site (map);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (map));
  wijk_map_view_show_here_popover (map, 50.846, 4.7185);
  g_assert_cmpstr (gtk_label_get_label (map->here_plot_label), ==, "Car park (city)");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (map->here_owner_label)));
  g_assert_cmpstr (gtk_label_get_label (map->here_owner_label), ==, "Stad Leuven");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  if (!gui_test_init (&argc, &argv))
    return 0;

  app = wijk_application_new ("io.github.wijkpact.TestMapDrafting", G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

#define ADD(path, func) \
  g_test_add ("/wijk/map-drafting/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("draft-on-plot", test_draft_on_plot);
  ADD ("draft-off-plot", test_draft_off_plot);
  ADD ("draft-through-popover", test_draft_through_popover);
  ADD ("move-marker", test_move_marker);
  ADD ("escape-drag", test_escape_drag);
  ADD ("nudge-marker", test_nudge_marker);
  ADD ("nudge-steps", test_nudge_steps);
  ADD ("arrows-pan", test_arrows_pan);
  ADD ("draw-polygon", test_draw_polygon);
  ADD ("draw-solar-roof", test_draw_solar_roof);
  ADD ("use-plot", test_use_plot);
  ADD ("draft-kinds", test_draft_kinds);
  ADD ("draw-with-clicks", test_draw_with_clicks);
  ADD ("undo-while-drawing", test_undo_while_drawing);
  ADD ("move-area", test_move_area);
  ADD ("drawing-pixels", test_drawing_pixels);

#undef ADD

  g_test_add ("/wijk/map-drafting/window/new-action", WindowFixture, NULL, window_set_up,
              test_window_new_action, window_tear_down);
  g_test_add ("/wijk/map-drafting/window/draw-roof", WindowFixture, "haasrode", window_set_up,
              test_window_draw_roof, window_tear_down);

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
