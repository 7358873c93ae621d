/* wijk-map-view-keys.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-map"

#include "config.h"

#include <glib/gi18n.h>

#include "wijk-map-drafting.h"
#include "wijk-map-view-private.h"

/* What the keys do on the map when the map itself has the focus (a click
 * on it gives it the focus; Tab reaches it too). libshumate 1.0 has no
 * keys of its own.
 *
 * The arrow keys move the selected action's marker by NUDGE_STEP pixels
 * at the current zoom, by NUDGE_FINE_STEP with Shift. With no action
 * selected, while an area is drawn, or when the selected action is an
 * area, they move the map by PAN_STEP pixels instead: an area is moved by
 * dragging its marker, which shows the whole outline as it goes (a toast
 * says so the first time). Escape drops a marker that the pointer is
 * dragging back where it was (wijk-map-view-input.c).
 *
 * Every press is written to the workshop at once, so that the figures and
 * the file never lag behind the marker. Presses that follow one another
 * amend one "Move action" undo step, as the letters of a word typed make
 * one step in a text editor: Ctrl+Z takes back the whole keyboard move,
 * also in the middle of it. The step closes on Enter, when the focus
 * leaves the map, when another action is selected, when anything else
 * changes the workshop (an edit, an undo), or after NUDGE_PAUSE_MS without
 * a press. Amending undoes the open step and writes the marker's new
 * place as a new one, which is right only while that step is the last in
 * the history: the closing rules keep it so. */

/* How far one press moves the marker, in pixels of the map. */
#define NUDGE_STEP 10
#define NUDGE_FINE_STEP 1

/* How far one press moves the map, in pixels (as libshumate 1.2 does). */
#define PAN_STEP 25

/* How long after the last press the move becomes a step of its own. */
#define NUDGE_PAUSE_MS 1000

void
wijk_map_view_end_nudge (WijkMapView *self)
{
  g_clear_handle_id (&self->nudge_timeout_id, g_source_remove);
  g_clear_pointer (&self->nudge_action, g_free);
}

static void
nudge_paused (gpointer user_data)
{
  WijkMapView *self = user_data;

  self->nudge_timeout_id = 0;
  wijk_map_view_end_nudge (self);
}

/* Someone else's edit, an undo or a redo: the open step is no longer the
 * last one, and must not be amended. */
void
wijk_map_view_keys_model_changed (WijkMapView *self)
{
  if (!self->nudge_writing)
    wijk_map_view_end_nudge (self);
}

static gboolean
is_at (const WijkAction *action,
       double            latitude,
       double            longitude)
{
  return action != NULL && action->location != NULL
         && action->location->kind == WIJK_GEOMETRY_POINT
         && action->location->point.lat == latitude && action->location->point.lon == longitude;
}

/* Writes the marker's new place, as a new step or amending the open one;
 * @recorded says whether a step holds the move now. */
static gboolean
write_nudge (WijkMapView  *self,
             const char   *action_id,
             double        latitude,
             double        longitude,
             gboolean     *recorded,
             GError      **error)
{
  WijkStore *store = wijk_map_view_get_store (self);
  gboolean amend = g_strcmp0 (self->nudge_action, action_id) == 0 && wijk_store_can_undo (store);

  *recorded = FALSE;
  if (amend && !wijk_store_undo (store, error))
    return FALSE;

  /* Back where the keys began (or not moved at all): no step. */
  if (is_at (wijk_map_view_find_action (self, action_id), latitude, longitude))
    return TRUE;

  if (!wijk_map_drafting_move (store, action_id, latitude, longitude, error))
    return FALSE;

  /* A step that recorded nothing would leave the undone one to redo. */
  *recorded = !wijk_store_can_redo (store);
  return TRUE;
}

static void
refuse_area (WijkMapView *self,
             const char  *action_id)
{
  if (g_strcmp0 (self->nudge_refused, action_id) == 0)
    return;

  g_free (self->nudge_refused);
  self->nudge_refused = g_strdup (action_id);
  wijk_map_view_show_message (self, _("The arrow keys move the map: an area moves when its "
                                      "marker is dragged"));
}

/**
 * wijk_map_view_nudge:
 * @self: a map view
 * @dx: how far to move the selected marker, in pixels of the map
 * @dy: how far to move the selected marker, in pixels of the map
 *
 * What an arrow key does to the selected action: its point moves by the
 * screen distance, converted to latitude and longitude at the current
 * zoom, amending the open keyboard move's undo step or beginning one.
 *
 * Returns: %FALSE when no action at a point is selected (the keys then
 *   move the map)
 */
gboolean
wijk_map_view_nudge (WijkMapView *self,
                     double       dx,
                     double       dy)
{
  const char *selected = wijk_map_view_get_selected_action (self);
  const WijkAction *action = wijk_map_view_find_action (self, selected);
  ShumateViewport *viewport = shumate_simple_map_get_viewport (self->map);
  g_autofree char *id = NULL;
  g_autoptr(GError) error = NULL;
  gboolean recorded = FALSE;
  gboolean ok;
  double x, y, lat, lon;

  if (action == NULL || action->location == NULL || self->drawing_action != NULL
      || self->drag_action != NULL)
    return FALSE;

  if (action->location->kind != WIJK_GEOMETRY_POINT)
    {
      refuse_area (self, selected);
      return FALSE;
    }

  if (!wijk_action_layer_get_marker_position (self->action_layer, selected, &x, &y))
    return FALSE;

  shumate_viewport_widget_coords_to_location (viewport, GTK_WIDGET (self->action_layer),
                                              x + dx, y + dy, &lat, &lon);

  /* The selection's string does not outlive what the undo may change. */
  id = g_strdup (selected);
  self->nudge_writing = TRUE;
  ok = write_nudge (self, id, lat, lon, &recorded, &error);
  self->nudge_writing = FALSE;

  wijk_map_view_end_nudge (self);
  if (!ok)
    {
      wijk_map_view_show_message (self, error->message);
      return TRUE;
    }

  if (recorded)
    {
      self->nudge_action = g_strdup (id);
      self->nudge_timeout_id = g_timeout_add_once (NUDGE_PAUSE_MS, nudge_paused, self);
    }
  wijk_map_view_show_action (self, id);
  return TRUE;
}

/**
 * wijk_map_view_pan:
 * @self: a map view
 * @dx: how far to move the view, in pixels
 * @dy: how far to move the view, in pixels
 *
 * Moves the view: a positive @dx shows what lies east of it.
 */
void
wijk_map_view_pan (WijkMapView *self,
                   double       dx,
                   double       dy)
{
  ShumateViewport *viewport = shumate_simple_map_get_viewport (self->map);
  GtkWidget *layer = GTK_WIDGET (self->action_layer);
  double lat, lon;

  shumate_viewport_widget_coords_to_location (viewport, layer,
                                              gtk_widget_get_width (layer) / 2.0 + dx,
                                              gtk_widget_get_height (layer) / 2.0 + dy,
                                              &lat, &lon);
  shumate_location_set_location (SHUMATE_LOCATION (viewport), lat, lon);
}

static gboolean
arrow_direction (guint  keyval,
                 int   *dx,
                 int   *dy)
{
  *dx = 0;
  *dy = 0;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      *dx = -1;
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      *dx = 1;
      return TRUE;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      *dy = -1;
      return TRUE;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      *dy = 1;
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
is_enter (guint keyval)
{
  return keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_ISO_Enter;
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                WijkMapView           *self)
{
  int dx, dy;
  double step;

  if (keyval == GDK_KEY_Escape && wijk_map_view_cancel_drag (self))
    return TRUE;

  if (is_enter (keyval) && self->nudge_action != NULL)
    {
      wijk_map_view_end_nudge (self);
      return TRUE;
    }

  /* Inside the map, the bars' buttons keep the arrows for the focus. */
  if (!arrow_direction (keyval, &dx, &dy) || !gtk_widget_is_focus (GTK_WIDGET (self))
      || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK | GDK_META_MASK)) != 0)
    return FALSE;

  /* A marker held by the pointer stays where the pointer has it. */
  if (self->drag_action != NULL)
    return TRUE;

  step = (state & GDK_SHIFT_MASK) != 0 ? NUDGE_FINE_STEP : NUDGE_STEP;
  if (!wijk_map_view_nudge (self, dx * step, dy * step))
    wijk_map_view_pan (self, dx * PAN_STEP, dy * PAN_STEP);
  return TRUE;
}

static void
on_focus_leave (GtkEventControllerFocus *controller,
                WijkMapView             *self)
{
  wijk_map_view_end_nudge (self);
}

void
wijk_map_view_keys_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, WijkMapView, key_controller);
  gtk_widget_class_bind_template_child (widget_class, WijkMapView, focus_controller);
  gtk_widget_class_bind_template_callback (widget_class, on_key_pressed);
  gtk_widget_class_bind_template_callback (widget_class, on_focus_leave);
}

void
wijk_map_view_keys_dispose (WijkMapView *self)
{
  wijk_map_view_end_nudge (self);
  g_clear_pointer (&self->nudge_refused, g_free);
}

GtkEventController *
wijk_map_view_get_key_controller (WijkMapView *self)
{
  g_return_val_if_fail (WIJK_IS_MAP_VIEW (self), NULL);
  return self->key_controller;
}

GtkEventController *
wijk_map_view_get_focus_controller (WijkMapView *self)
{
  g_return_val_if_fail (WIJK_IS_MAP_VIEW (self), NULL);
  return self->focus_controller;
}
