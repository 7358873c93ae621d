/* wijk-map-view-drawing.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-map"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "wijk-format.h"
#include "wijk-geometry.h"
#include "wijk-map-drafting.h"
#include "wijk-map-paint.h"
#include "wijk-map-view-private.h"

/* Drawing an action's area on the map. Clicks place its corners (the
 * drawing layer shows them, the edge to the pointer and the size); a click
 * on the first corner, a double-click, Enter or Done closes it; Backspace
 * takes the last corner back; Escape or Cancel leaves the action as it
 * was. "Use a Plot" takes the outline of the plot clicked instead. The
 * area then becomes the action's location and fills its area parameter,
 * as one undo step. */

/* A click closer than this to a corner, in pixels, places no new one. */
#define SAME_CORNER_DISTANCE 4

static char *
format_measure (WijkMapView *self)
{
  const WijkAction *action = wijk_map_view_find_action (self, self->drawing_action);
  const WijkActionType *type = wijk_map_view_area_type_of (action);
  guint n = wijk_drawing_layer_get_n_vertices (self->drawing_layer);
  double area = wijk_drawing_layer_get_preview_area_m2 (self->drawing_layer);
  g_autofree char *area_text = NULL;
  g_autofree char *value_text = NULL;
  const WijkParamSpec *spec;
  double value;

  /* Before the first corner, the hint says it all. */
  if (n == 0 || type == NULL)
    return g_strdup ("");
  if (area <= 0)
    /* Translators: how many corners of an area have been placed so far. */
    return g_strdup_printf (ngettext ("%u corner", "%u corners", n), n);

  /* Translators: the unit of an area drawn on the map, square metres. */
  area_text = wijk_format_quantity (round (area), _("m²"));
  if (type->area_factor == WIJK_FACTOR_NONE)
    return g_steal_pointer (&area_text);

  spec = &type->params[type->area_param];
  value = wijk_action_type_param_from_area (type, wijk_workshop_model_get_workshop (self->model),
                                            area);
  value_text = wijk_map_drafting_format_value (spec, value);
  /* Translators: a roof's area and the peak power it holds, "1,200 m² → 180 kWp". */
  return g_strdup_printf (_("%s → %s"), area_text, value_text);
}

static const char *
drawing_hint (WijkMapView *self)
{
  guint n = wijk_drawing_layer_get_n_vertices (self->drawing_layer);

  if (self->picking_plot)
    return _("Click a plot to take its outline as the area.");
  if (n == 0)
    return _("Click the map at each corner of the area, or use a plot’s outline.");
  if (n < 3)
    return _("Click the next corner. Backspace removes the last one.");
  return _("Click the next corner. To finish, click the first corner, double-click or "
           "press Enter.");
}

void
wijk_map_view_stop_drawing (WijkMapView *self)
{
  if (self->drawing_action == NULL)
    return;

  g_clear_pointer (&self->drawing_action, g_free);
  self->picking_plot = FALSE;
  wijk_drawing_layer_clear (self->drawing_layer);
  wijk_action_layer_set_hidden (self->action_layer, NULL);
  wijk_plot_layer_set_picked_plot (self->plot_layer, NULL);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (shumate_simple_map_get_map (self->map)), "grab");

  wijk_map_view_update_drafting (self);
  wijk_map_view_notify (self, WIJK_MAP_VIEW_PROP_PICKING_PLOT);
  wijk_map_view_notify (self, WIJK_MAP_VIEW_PROP_DRAWING_ACTION);
}

/**
 * wijk_map_view_start_drawing:
 * @self: a map view
 * @action_id: an action whose type is drawn as an area
 *
 * Starts drawing the action's area: clicks on the map place its corners
 * until it is finished (wijk_map_view_finish_drawing()), taken from a plot
 * (wijk_map_view_use_plot()) or cancelled.
 *
 * Returns: %FALSE when the action is not there or not an area
 */
gboolean
wijk_map_view_start_drawing (WijkMapView *self,
                             const char  *action_id)
{
  static const GdkRGBA grey = { 0.5, 0.5, 0.5, 1 };
  const WijkActionType *type;
  GdkRGBA colour;

  g_return_val_if_fail (WIJK_IS_MAP_VIEW (self), FALSE);
  g_return_val_if_fail (action_id != NULL, FALSE);

  type = wijk_map_view_area_type_of (wijk_map_view_find_action (self, action_id));
  if (type == NULL)
    return FALSE;

  wijk_map_view_stop_drawing (self);
  gtk_popover_popdown (self->here_popover);
  self->drawing_action = g_strdup (action_id);
  wijk_map_paint_parse_colour (wijk_theme_get_colour (type->theme), &grey, &colour);
  wijk_drawing_layer_set_colour (self->drawing_layer, &colour);
  wijk_action_layer_set_hidden (self->action_layer, action_id);
  wijk_map_view_set_selected_action (self, action_id);

  gtk_widget_grab_focus (GTK_WIDGET (self));

  wijk_map_view_update_drafting (self);
  wijk_map_view_notify (self, WIJK_MAP_VIEW_PROP_DRAWING_ACTION);
  return TRUE;
}

const char *
wijk_map_view_get_drawing_action (WijkMapView *self)
{
  g_return_val_if_fail (WIJK_IS_MAP_VIEW (self), NULL);
  return self->drawing_action;
}

gboolean
wijk_map_view_get_picking_plot (WijkMapView *self)
{
  g_return_val_if_fail (WIJK_IS_MAP_VIEW (self), FALSE);
  return self->picking_plot;
}

/**
 * wijk_map_view_set_picking_plot:
 * @self: a map view
 * @picking: whether the next click takes a plot's outline
 *
 * While an area is drawn, switches between placing corners and taking
 * the outline of the plot clicked. Outside drawing it does nothing.
 */
void
wijk_map_view_set_picking_plot (WijkMapView *self,
                                gboolean     picking)
{
  g_return_if_fail (WIJK_IS_MAP_VIEW (self));

  picking = picking && self->drawing_action != NULL;
  if (self->picking_plot == picking)
    return;

  self->picking_plot = picking;
  if (!picking)
    wijk_plot_layer_set_picked_plot (self->plot_layer, NULL);
  wijk_map_view_update_drafting (self);
  wijk_map_view_notify (self, WIJK_MAP_VIEW_PROP_PICKING_PLOT);
}

static void
set_hint_error (WijkMapView *self,
                const char  *message)
{
  gtk_label_set_label (self->drawing_hint, message);
  gtk_widget_remove_css_class (GTK_WIDGET (self->drawing_hint), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->drawing_hint), "error");
}

/**
 * wijk_map_view_add_vertex:
 * @self: a map view
 * @latitude: the corner
 * @longitude: the corner
 *
 * Places the next corner of the area being drawn.
 *
 * Returns: %FALSE when nothing is drawn or the new edge would cross
 *   another, which leaves the area as it was
 */
gboolean
wijk_map_view_add_vertex (WijkMapView *self,
                          double       latitude,
                          double       longitude)
{
  g_return_val_if_fail (WIJK_IS_MAP_VIEW (self), FALSE);

  if (self->drawing_action == NULL)
    return FALSE;

  if (!wijk_drawing_layer_add_vertex (self->drawing_layer, longitude, latitude))
    {
      wijk_map_view_update_drafting (self);
      set_hint_error (self, _("The edges of an area cannot cross. Click somewhere else."));
      return FALSE;
    }

  wijk_map_view_update_drafting (self);
  return TRUE;
}

/**
 * wijk_map_view_remove_last_vertex:
 * @self: a map view
 *
 * Returns: %FALSE when there was no corner to remove
 */
gboolean
wijk_map_view_remove_last_vertex (WijkMapView *self)
{
  gboolean removed;

  g_return_val_if_fail (WIJK_IS_MAP_VIEW (self), FALSE);

  if (self->drawing_action == NULL)
    return FALSE;
  removed = wijk_drawing_layer_remove_last_vertex (self->drawing_layer);
  wijk_map_view_update_drafting (self);
  return removed;
}

/* Puts the area into the store and says what it did. */
static gboolean
apply_area (WijkMapView         *self,
            const WijkGeometry  *area,
            GError             **error)
{
  g_autofree char *id = g_strdup (self->drawing_action);
  const WijkActionType *type = wijk_map_view_area_type_of (wijk_map_view_find_action (self, id));
  g_autofree char *message = NULL;
  double area_m2 = wijk_geometry_area_m2 (area);
  double value;

  if (type == NULL)
    {
      g_set_error (error, WIJK_STORE_ERROR, WIJK_STORE_ERROR_NOT_FOUND,
                   _("There is no action “%s” in this workshop"), id);
      return FALSE;
    }
  if (!wijk_map_drafting_set_area (wijk_map_view_get_store (self), id, area, &value, error))
    return FALSE;

  wijk_map_view_stop_drawing (self);
  wijk_map_view_set_selected_action (self, id);
  message = wijk_map_drafting_describe_area (type, area_m2, value);
  wijk_map_view_show_toast (self, message, TRUE);
  return TRUE;
}

/**
 * wijk_map_view_finish_drawing:
 * @self: a map view
 * @error: return location for a #WIJK_STORE_ERROR
 *
 * Closes the area drawn: it becomes the action's location and its size
 * fills the action's area parameter, as one undo step (see
 * wijk_map_drafting_set_area()); a toast says what it became.
 *
 * Returns: %FALSE when nothing is drawn, the corners do not make an area
 *   yet, or the store refused the change (drawing then goes on)
 */
gboolean
wijk_map_view_finish_drawing (WijkMapView  *self,
                              GError      **error)
{
  g_autoptr(WijkGeometry) polygon = NULL;

  g_return_val_if_fail (WIJK_IS_MAP_VIEW (self), FALSE);

  if (self->drawing_action == NULL)
    {
      g_set_error_literal (error, WIJK_STORE_ERROR, WIJK_STORE_ERROR_INVALID,
                           _("No area is being drawn"));
      return FALSE;
    }

  polygon = wijk_drawing_layer_dup_polygon (self->drawing_layer);
  if (polygon == NULL)
    {
      g_set_error (error, WIJK_STORE_ERROR, WIJK_STORE_ERROR_INVALID,
                   _("An area needs at least three corners and edges that do not cross; "
                     "it has %u corners"),
                   wijk_drawing_layer_get_n_vertices (self->drawing_layer));
      return FALSE;
    }

  return apply_area (self, polygon, error);
}

/**
 * wijk_map_view_use_plot:
 * @self: a map view
 * @plot_id: a plot
 * @error: return location for a #WIJK_STORE_ERROR
 *
 * Finishes the area being drawn with the outline of the plot, e.g. a roof
 * or a car park: one undo step, as wijk_map_view_finish_drawing().
 *
 * Returns: whether the action took the plot's outline
 */
gboolean
wijk_map_view_use_plot (WijkMapView  *self,
                        const char   *plot_id,
                        GError      **error)
{
  const WijkPlot *plot = NULL;
  WijkStore *store;

  g_return_val_if_fail (WIJK_IS_MAP_VIEW (self), FALSE);
  g_return_val_if_fail (plot_id != NULL, FALSE);

  store = wijk_map_view_get_store (self);
  if (store != NULL)
    plot = wijk_workshop_find_plot (wijk_store_get_workshop (store), plot_id);

  if (self->drawing_action == NULL || plot == NULL || plot->geometry == NULL
      || (plot->geometry->kind != WIJK_GEOMETRY_POLYGON
          && plot->geometry->kind != WIJK_GEOMETRY_MULTI_POLYGON))
    {
      g_set_error (error, WIJK_STORE_ERROR, WIJK_STORE_ERROR_INVALID,
                   _("The plot “%s” has no outline to use as an area"), plot_id);
      return FALSE;
    }

  return apply_area (self, plot->geometry, error);
}

/**
 * wijk_map_view_cancel_drawing:
 * @self: a map view
 *
 * Stops drawing and leaves the action as it was.
 */
void
wijk_map_view_cancel_drawing (WijkMapView *self)
{
  g_return_if_fail (WIJK_IS_MAP_VIEW (self));

  wijk_map_view_stop_drawing (self);
}

/* A second click on a corner, e.g. the first of a double-click, or on
 * the first corner before there is an area to close. */
static gboolean
on_a_corner (WijkMapView *self,
             double       layer_x,
             double       layer_y)
{
  ShumateViewport *viewport = shumate_simple_map_get_viewport (self->map);
  guint n = wijk_drawing_layer_get_n_vertices (self->drawing_layer);

  for (guint i = 0; i < n; i++)
    {
      const WijkLonLat *corner = wijk_drawing_layer_get_vertex (self->drawing_layer, i);
      double x, y;

      shumate_viewport_location_to_widget_coords (viewport, GTK_WIDGET (self->action_layer),
                                                  corner->lat, corner->lon, &x, &y);
      if (hypot (layer_x - x, layer_y - y) < SAME_CORNER_DISTANCE)
        return TRUE;
    }
  return FALSE;
}

void
wijk_map_view_drawing_click (WijkMapView *self,
                             int          n_press,
                             double       layer_x,
                             double       layer_y)
{
  ShumateViewport *viewport = shumate_simple_map_get_viewport (self->map);
  g_autoptr(GError) error = NULL;
  WijkPlotItem *plot;
  double lat, lon;

  if (self->picking_plot)
    {
      plot = wijk_plot_layer_get_plot_at (self->plot_layer, layer_x, layer_y);
      if (plot == NULL)
        set_hint_error (self, _("There is no plot there. Click inside a plot’s outline."));
      else if (!wijk_map_view_use_plot (self, wijk_plot_item_get_id (plot), &error))
        wijk_map_view_show_message (self, error->message);
      return;
    }

  /* The first corner closes the area; so does a double-click, whose first
   * click placed the last corner. */
  if (wijk_drawing_layer_hits_first_vertex (self->drawing_layer, layer_x, layer_y)
      || (n_press >= 2 && wijk_drawing_layer_can_close (self->drawing_layer)))
    {
      if (!wijk_map_view_finish_drawing (self, &error))
        wijk_map_view_show_message (self, error->message);
      return;
    }

  if (on_a_corner (self, layer_x, layer_y))
    return;

  shumate_viewport_widget_coords_to_location (viewport, GTK_WIDGET (self->action_layer),
                                              layer_x, layer_y, &lat, &lon);
  wijk_map_view_add_vertex (self, lat, lon);
}

void
wijk_map_view_drawing_motion (WijkMapView *self,
                              gboolean     inside,
                              double       layer_x,
                              double       layer_y)
{
  WijkPlotItem *plot = NULL;
  g_autofree char *measure = NULL;

  wijk_drawing_layer_set_pointer (self->drawing_layer, inside, layer_x, layer_y);
  measure = format_measure (self);
  gtk_label_set_label (self->drawing_measure, measure);

  if (self->picking_plot && inside)
    plot = wijk_plot_layer_get_plot_at (self->plot_layer, layer_x, layer_y);
  wijk_plot_layer_set_picked_plot (self->plot_layer,
                                   plot != NULL ? wijk_plot_item_get_id (plot) : NULL);
}

void
wijk_map_view_update_drawing_bar (WijkMapView *self)
{
  const WijkAction *action = wijk_map_view_find_action (self, self->drawing_action);
  g_autofree char *title = NULL;
  g_autofree char *measure = NULL;

  gtk_widget_set_visible (self->drawing_bar, action != NULL);
  if (action == NULL)
    return;

  /* Translators: over the map while an action's area is drawn. */
  title = g_strdup_printf (_("Area of “%s”"), action->title);
  gtk_label_set_label (self->drawing_title, title);
  gtk_label_set_label (self->drawing_hint, drawing_hint (self));
  gtk_widget_remove_css_class (GTK_WIDGET (self->drawing_hint), "error");
  gtk_widget_add_css_class (GTK_WIDGET (self->drawing_hint), "dim-label");
  measure = format_measure (self);
  gtk_label_set_label (self->drawing_measure, measure);
}

