/* wijk-map-view-input.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-map"

#include "config.h"

#include <math.h>

#include "wijk-map-view-private.h"

/* What the pointer does on the map. A click on a marker or an area selects
 * the action and opens it; a press on a marker that moves drags it, and
 * Escape before the release puts it back; a click elsewhere offers "New
 * Action Here". While an area is drawn, clicks place its corners instead
 * (wijk-map-view-drafting.c). Presses on the controls above the map (zoom
 * buttons, the bars) are theirs. A press on the map gives it the focus,
 * so that the keys then work on it (wijk-map-view-keys.c). */

/* How far a marker must move before a press becomes a drag, in pixels. */
#define DRAG_THRESHOLD 4

/* How far from its press a release still ends a click, in pixels. */
#define CLICK_DISTANCE 6

gboolean
wijk_map_view_to_layer (WijkMapView *self,
                        double       x,
                        double       y,
                        double      *layer_x,
                        double      *layer_y)
{
  graphene_point_t point;

  /* The layers all cover the map, so one stands for them all. */
  if (!gtk_widget_compute_point (GTK_WIDGET (self), GTK_WIDGET (self->action_layer),
                                 &GRAPHENE_POINT_INIT (x, y), &point))
    return FALSE;

  *layer_x = point.x;
  *layer_y = point.y;
  return TRUE;
}

static GtkWidget *
map_widget (WijkMapView *self)
{
  return GTK_WIDGET (shumate_simple_map_get_map (self->map));
}

/* Whether the position is on the map itself rather than on a control
 * over it. */
static gboolean
on_map (WijkMapView *self,
        double       x,
        double       y)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self), x, y, GTK_PICK_DEFAULT);

  return picked != NULL
         && (picked == map_widget (self) || gtk_widget_is_ancestor (picked, map_widget (self)));
}

static WijkActionItem *
action_at (WijkMapView *self,
           double       x,
           double       y)
{
  double lx, ly;

  if (!wijk_map_view_to_layer (self, x, y, &lx, &ly))
    return NULL;
  return wijk_action_layer_get_action_at (self->action_layer, lx, ly);
}

static void
activate_action (WijkMapView *self,
                 const char  *action_id)
{
  wijk_map_view_set_selected_action (self, action_id);
  g_signal_emit (self, wijk_map_view_signals[WIJK_MAP_VIEW_ACTION_ACTIVATED], 0, action_id);
}

/* libshumate 1.0 zooms in on a double-click whatever its
 * "zoom-on-double-click" says. On the map a second click is ours: it
 * finishes an area, and otherwise does what one click does. */
static void
on_click_pressed (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  WijkMapView     *self)
{
  self->press_x = x;
  self->press_y = y;
  if (!on_map (self, x, y))
    return;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (n_press >= 2)
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
on_click_released (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   WijkMapView     *self)
{
  ShumateViewport *viewport = shumate_simple_map_get_viewport (self->map);
  WijkActionItem *action;
  double lx, ly, lat, lon;

  /* GtkGestureClick reports the release of a press that became a drag,
   * here the map's panning, too. */
  if (self->model == NULL || hypot (x - self->press_x, y - self->press_y) > CLICK_DISTANCE
      || !on_map (self, x, y) || !wijk_map_view_to_layer (self, x, y, &lx, &ly))
    return;

  if (self->drawing_action != NULL)
    {
      wijk_map_view_drawing_click (self, n_press, lx, ly);
      return;
    }

  if (n_press != 1)
    return;

  action = wijk_action_layer_get_action_at (self->action_layer, lx, ly);
  if (action != NULL)
    {
      activate_action (self, wijk_action_item_get_id (action));
      return;
    }

  wijk_map_view_set_selected_action (self, NULL);
  shumate_viewport_widget_coords_to_location (viewport, GTK_WIDGET (self->action_layer), lx, ly,
                                              &lat, &lon);
  wijk_map_view_show_here_popover (self, lat, lon);
}

static void
on_drag_begin (GtkGestureDrag *gesture,
               double          x,
               double          y,
               WijkMapView    *self)
{
  WijkActionItem *item = NULL;
  const char *id;
  double lx, ly;

  if (self->model != NULL && self->drawing_action == NULL && on_map (self, x, y)
      && wijk_map_view_to_layer (self, x, y, &lx, &ly))
    item = wijk_action_layer_get_marker_at (self->action_layer, lx, ly);

  /* Anything but a marker: the map pans, or the click gesture has it. */
  if (item == NULL)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  /* Escape reaches the map only while it has the focus. */
  gtk_widget_grab_focus (GTK_WIDGET (self));
  self->press_x = x;
  self->press_y = y;
  id = wijk_action_item_get_id (item);
  g_free (self->drag_action);
  self->drag_action = g_strdup (id);
  self->drag_moved = FALSE;
  if (!wijk_action_layer_get_marker_position (self->action_layer, id, &self->drag_marker_x,
                                              &self->drag_marker_y))
    {
      self->drag_marker_x = lx;
      self->drag_marker_y = ly;
    }
  wijk_map_view_set_selected_action (self, id);
}

static void
on_drag_update (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                WijkMapView    *self)
{
  if (self->drag_action == NULL)
    return;
  if (!self->drag_moved && hypot (dx, dy) < DRAG_THRESHOLD)
    return;

  self->drag_moved = TRUE;
  wijk_action_layer_set_drag (self->action_layer, self->drag_action, dx, dy);
  gtk_widget_set_cursor_from_name (map_widget (self), "grabbing");
}

static void
on_drag_end (GtkGestureDrag *gesture,
             double          dx,
             double          dy,
             WijkMapView    *self)
{
  ShumateViewport *viewport = shumate_simple_map_get_viewport (self->map);
  g_autofree char *id = g_steal_pointer (&self->drag_action);
  g_autoptr(GError) error = NULL;
  double lat, lon;

  if (id == NULL)
    return;

  wijk_action_layer_set_drag (self->action_layer, NULL, 0, 0);
  gtk_widget_set_cursor_from_name (map_widget (self), "pointer");

  /* A press that did not move is a click: it opens the action. */
  if (!self->drag_moved)
    {
      activate_action (self, id);
      return;
    }

  /* Dropped beside the map (on the list, the figures): nothing moves. */
  if (!gtk_widget_contains (GTK_WIDGET (self), self->press_x + dx, self->press_y + dy))
    return;

  shumate_viewport_widget_coords_to_location (viewport, GTK_WIDGET (self->action_layer),
                                              self->drag_marker_x + dx, self->drag_marker_y + dy,
                                              &lat, &lon);
  if (!wijk_map_view_move_action (self, id, lat, lon, &error))
    wijk_map_view_show_message (self, error->message);
}

/**
 * wijk_map_view_cancel_drag:
 * @self: a map view
 *
 * What Escape does while a marker is dragged: the marker goes back where
 * it was, and nothing is written. The rest of the press is neither a drag
 * nor a click nor a pan.
 *
 * Returns: whether a marker was being dragged
 */
gboolean
wijk_map_view_cancel_drag (WijkMapView *self)
{
  if (self->drag_action == NULL)
    return FALSE;

  g_clear_pointer (&self->drag_action, g_free);
  wijk_action_layer_set_drag (self->action_layer, NULL, 0, 0);
  gtk_widget_set_cursor_from_name (map_widget (self), "grab");
  /* Both emit "cancel" (and the drag "drag-end"), which find no drag. */
  gtk_event_controller_reset (GTK_EVENT_CONTROLLER (self->drag_gesture));
  gtk_event_controller_reset (GTK_EVENT_CONTROLLER (self->click_gesture));
  return TRUE;
}

static void
on_drag_cancel (GtkGesture       *gesture,
                GdkEventSequence *sequence,
                WijkMapView      *self)
{
  g_clear_pointer (&self->drag_action, g_free);
  wijk_action_layer_set_drag (self->action_layer, NULL, 0, 0);
}

/* The map's own widget shows its cursor over ours; it shows "grabbing"
 * while it pans, which is left alone. */
void
wijk_map_view_update_cursor (WijkMapView *self,
                             double       x,
                             double       y)
{
  GdkCursor *current = gtk_widget_get_cursor (map_widget (self));
  const char *name = "grab";
  double lx, ly;

  if (self->drag_action != NULL)
    return;
  if (self->drawing_action == NULL && current != NULL
      && g_strcmp0 (gdk_cursor_get_name (current), "grabbing") == 0)
    return;

  if (!wijk_map_view_to_layer (self, x, y, &lx, &ly))
    return;

  if (self->drawing_action != NULL && self->picking_plot)
    name = wijk_plot_layer_get_picked_plot (self->plot_layer) != NULL ? "pointer" : "not-allowed";
  else if (self->drawing_action != NULL)
    {
      ShumateViewport *viewport = shumate_simple_map_get_viewport (self->map);
      double lat, lon;

      shumate_viewport_widget_coords_to_location (viewport, GTK_WIDGET (self->action_layer),
                                                  lx, ly, &lat, &lon);
      if (wijk_drawing_layer_hits_first_vertex (self->drawing_layer, lx, ly))
        name = "pointer";
      else if (wijk_drawing_layer_would_cross (self->drawing_layer, lon, lat))
        name = "not-allowed";
      else
        name = "crosshair";
    }
  else if (wijk_action_layer_get_action_at (self->action_layer, lx, ly) != NULL)
    name = "pointer";

  gtk_widget_set_cursor_from_name (map_widget (self), name);
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           WijkMapView              *self)
{
  double lx, ly;

  if (self->drawing_action != NULL && wijk_map_view_to_layer (self, x, y, &lx, &ly))
    wijk_map_view_drawing_motion (self, on_map (self, x, y), lx, ly);
  wijk_map_view_update_cursor (self, x, y);
}

static void
on_leave (GtkEventControllerMotion *controller,
          WijkMapView              *self)
{
  if (self->drawing_action != NULL)
    wijk_map_view_drawing_motion (self, FALSE, 0, 0);
}

static gboolean
on_query_tooltip (WijkMapView *self,
                  int          x,
                  int          y,
                  gboolean     keyboard,
                  GtkTooltip  *tooltip)
{
  WijkActionItem *action;
  g_autofree char *markup = NULL;

  if (keyboard || self->drawing_action != NULL || self->drag_action != NULL || !on_map (self, x, y))
    return FALSE;

  action = action_at (self, x, y);
  if (action == NULL)
    return FALSE;

  markup = g_markup_printf_escaped ("<b>%s</b>\n%s · %s",
                                    wijk_action_item_get_title (action),
                                    wijk_action_item_get_type_name (action),
                                    wijk_status_get_label (wijk_action_item_get_status (action)));
  gtk_tooltip_set_markup (tooltip, markup);
  return TRUE;
}

void
wijk_map_view_input_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_click_pressed);
  gtk_widget_class_bind_template_callback (widget_class, on_click_released);
  gtk_widget_class_bind_template_callback (widget_class, on_drag_begin);
  gtk_widget_class_bind_template_callback (widget_class, on_drag_update);
  gtk_widget_class_bind_template_callback (widget_class, on_drag_end);
  gtk_widget_class_bind_template_callback (widget_class, on_drag_cancel);
  gtk_widget_class_bind_template_callback (widget_class, on_motion);
  gtk_widget_class_bind_template_callback (widget_class, on_leave);
  gtk_widget_class_bind_template_callback (widget_class, on_query_tooltip);
}

GtkGesture *
wijk_map_view_get_click_gesture (WijkMapView *self)
{
  g_return_val_if_fail (WIJK_IS_MAP_VIEW (self), NULL);
  return self->click_gesture;
}

GtkGesture *
wijk_map_view_get_drag_gesture (WijkMapView *self)
{
  g_return_val_if_fail (WIJK_IS_MAP_VIEW (self), NULL);
  return self->drag_gesture;
}
