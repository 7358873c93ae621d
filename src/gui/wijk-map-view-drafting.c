/* wijk-map-view-drafting.c
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
#include "wijk-new-action-dialog.h"

/* Drafting on the map. A click away from the actions offers "New Action
 * Here…", which opens the new-action dialog; the action it creates goes
 * where the map was clicked, led by the owner of the plot there, and opens
 * in the editor. An action whose type is an area (depaving, a green roof,
 * solar panels on a roof) then has its area drawn: click the corners, or
 * use a plot's outline. The area's size fills the action's area parameter.
 *
 * While an area is drawn, a bar over the map says what to do, shows the
 * size so far and has Cancel and Done; Escape, Enter and Backspace do the
 * same from the keyboard. When an area action is selected, a bar under
 * the map offers to draw (or redraw) its area. */

/* Two clicks closer than this, in pixels, make one corner. */
#define SAME_CORNER_DISTANCE 4

static WijkStore *
get_store (WijkMapView *self)
{
  return self->model != NULL ? wijk_workshop_model_get_store (self->model) : NULL;
}

static const WijkAction *
find_action (WijkMapView *self,
             const char  *action_id)
{
  WijkStore *store = get_store (self);

  if (store == NULL || action_id == NULL)
    return NULL;
  return wijk_workshop_find_action (wijk_store_get_workshop (store), action_id);
}

static const WijkActionType *
area_type_of (const WijkAction *action)
{
  const WijkActionType *type = action != NULL ? wijk_catalog_lookup (action->type) : NULL;

  return type != NULL && type->area_param >= 0 ? type : NULL;
}

static void
notify (WijkMapView *self,
        guint        prop_id)
{
  g_object_notify_by_pspec (G_OBJECT (self), wijk_map_view_properties[prop_id]);
}

/* Shows @message in a toast of the window's toast overlay, with "Undo"
 * when @undoable. */
static void
show_toast (WijkMapView *self,
            const char  *message,
            gboolean     undoable)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  AdwToast *toast;

  g_free (self->message);
  self->message = g_strdup (message);
  g_debug ("%s", message);

  if (overlay == NULL)
    return;

  toast = adw_toast_new (message);
  if (undoable)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undo");
    }
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

void
wijk_map_view_show_message (WijkMapView *self,
                            const char  *message)
{
  show_toast (self, message, FALSE);
}

/* New action here */

static const WijkPlot *
plot_at (WijkMapView *self,
         double       latitude,
         double       longitude)
{
  WijkStore *store = get_store (self);

  if (store == NULL)
    return NULL;
  return wijk_map_drafting_find_plot_at (wijk_store_get_workshop (store), latitude, longitude);
}

static void
set_label (GtkLabel   *label,
           const char *text)
{
  gtk_label_set_label (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
}

void
wijk_map_view_show_here_popover (WijkMapView *self,
                                 double       latitude,
                                 double       longitude)
{
  ShumateViewport *viewport = shumate_simple_map_get_viewport (self->map);
  const WijkPlot *plot = plot_at (self, latitude, longitude);
  const WijkOrganisation *owner = NULL;
  double x, y;

  if (plot != NULL && plot->owner_org != NULL)
    owner = wijk_workshop_find_organisation (wijk_store_get_workshop (get_store (self)),
                                             plot->owner_org);

  self->here_latitude = latitude;
  self->here_longitude = longitude;
  set_label (self->here_plot_label, plot != NULL ? plot->name : NULL);
  set_label (self->here_owner_label, owner != NULL ? owner->name : NULL);

  shumate_viewport_location_to_widget_coords (viewport, GTK_WIDGET (self), latitude, longitude,
                                              &x, &y);
  gtk_popover_set_pointing_to (self->here_popover,
                               &(GdkRectangle) { (int) round (x), (int) round (y), 1, 1 });
  gtk_popover_popup (self->here_popover);
}

static void
draft_here_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  WijkMapView *self = WIJK_MAP_VIEW (widget);

  gtk_popover_popdown (self->here_popover);
  wijk_map_view_draft_at (self, self->here_latitude, self->here_longitude);
}

typedef struct
{
  double latitude;
  double longitude;
} DraftPlace;

static void
dialog_create_cb (WijkMapView         *self,
                  const char          *type_id,
                  WijkNewActionDialog *dialog)
{
  DraftPlace *place = g_object_get_data (G_OBJECT (dialog), "wijk-draft-place");
  g_autofree char *title = wijk_new_action_dialog_dup_title (dialog);
  g_autofree char *id = NULL;
  g_autoptr(GError) error = NULL;

  id = wijk_map_view_draft_action (self, type_id, title, place->latitude, place->longitude,
                                   &error);
  if (id == NULL)
    wijk_map_view_show_message (self, error->message);
}

/**
 * wijk_map_view_draft_at:
 * @self: a map view
 * @latitude: where the new action goes
 * @longitude: where the new action goes
 *
 * Opens the new-action dialog; the action it creates goes to the position
 * (see wijk_map_view_draft_action()). The window's "+ Action" drafts at the
 * centre of the map.
 */
void
wijk_map_view_draft_at (WijkMapView *self,
                        double       latitude,
                        double       longitude)
{
  GtkRoot *root;
  WijkNewActionDialog *dialog;
  DraftPlace *place;

  g_return_if_fail (WIJK_IS_MAP_VIEW (self));

  if (get_store (self) == NULL)
    return;

  root = gtk_widget_get_root (GTK_WIDGET (self));
  dialog = wijk_new_action_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);
  place = g_new (DraftPlace, 1);
  place->latitude = latitude;
  place->longitude = longitude;
  g_object_set_data_full (G_OBJECT (dialog), "wijk-draft-place", place, g_free);
  g_signal_connect_object (dialog, "create", G_CALLBACK (dialog_create_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * wijk_map_view_draft_action:
 * @self: a map view
 * @type_id: the catalogue type of the new action
 * @title: (nullable): its title, %NULL or empty for the type's name
 * @latitude: where it goes
 * @longitude: where it goes
 * @error: return location for a #WIJK_STORE_ERROR
 *
 * Creates an action at the position, as one undo step: the type's
 * defaults, the status "idea", and on a plot that an organisation owns
 * that organisation as its lead with all the cost and all the benefit.
 * The action is selected and #WijkMapView::action-activated is emitted, so
 * that it opens in the editor; for a type drawn as an area, drawing its
 * area begins.
 *
 * Returns: (transfer full) (nullable): the new action's id
 */
char *
wijk_map_view_draft_action (WijkMapView  *self,
                            const char   *type_id,
                            const char   *title,
                            double        latitude,
                            double        longitude,
                            GError      **error)
{
  const WijkActionType *type;
  const WijkPlot *plot;
  g_autoptr(WijkAction) action = NULL;
  g_autofree char *id = NULL;

  g_return_val_if_fail (WIJK_IS_MAP_VIEW (self), NULL);
  g_return_val_if_fail (type_id != NULL, NULL);
  g_return_val_if_fail (get_store (self) != NULL, NULL);

  type = wijk_catalog_lookup (type_id);
  if (type == NULL)
    {
      g_set_error (error, WIJK_STORE_ERROR, WIJK_STORE_ERROR_INVALID,
                   _("There is no action type “%s” in the catalogue"), type_id);
      return NULL;
    }

  id = wijk_new_id ();
  action = wijk_action_new (id, type->id);
  wijk_action_type_set_defaults (type, action);
  action->title = g_strdup (title != NULL && *title != '\0' ? title
                                                          : wijk_action_type_get_name (type));
  action->status = WIJK_STATUS_IDEA;

  plot = plot_at (self, latitude, longitude);
  if (!wijk_map_drafting_place (get_store (self), action, latitude, longitude,
                                plot != NULL ? plot->id : NULL, error))
    return NULL;

  wijk_map_view_set_selected_action (self, id);
  g_signal_emit (self, wijk_map_view_signals[WIJK_MAP_VIEW_ACTION_ACTIVATED], 0, id);
  if (type->area_param >= 0)
    wijk_map_view_start_drawing (self, id);
  return g_steal_pointer (&id);
}

/**
 * wijk_map_view_move_action:
 * @self: a map view
 * @action_id: an action
 * @latitude: where its marker goes
 * @longitude: where its marker goes
 * @error: return location for a #WIJK_STORE_ERROR
 *
 * What dropping a dragged marker does: one undo step, see
 * wijk_map_drafting_move().
 *
 * Returns: whether the action moved
 */
gboolean
wijk_map_view_move_action (WijkMapView  *self,
                           const char   *action_id,
                           double        latitude,
                           double        longitude,
                           GError      **error)
{
  g_return_val_if_fail (WIJK_IS_MAP_VIEW (self), FALSE);
  g_return_val_if_fail (action_id != NULL, FALSE);
  g_return_val_if_fail (get_store (self) != NULL, FALSE);

  return wijk_map_drafting_move (get_store (self), action_id, latitude, longitude, error);
}

/* Drawing an area */

static char *format_measure (WijkMapView *self);

static void
stop_drawing (WijkMapView *self)
{
  if (self->drawing_action == NULL)
    return;

  g_clear_pointer (&self->drawing_action, g_free);
  self->picking_plot = FALSE;
  wijk_drawing_layer_clear (self->drawing_layer);
  wijk_action_layer_set_hidden (self->action_layer, NULL);
  wijk_plot_layer_set_picked_plot (self->plot_layer, NULL);
  shumate_map_set_zoom_on_double_click (shumate_simple_map_get_map (self->map), TRUE);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (shumate_simple_map_get_map (self->map)), "grab");

  wijk_map_view_update_drafting (self);
  notify (self, WIJK_MAP_VIEW_PROP_PICKING_PLOT);
  notify (self, WIJK_MAP_VIEW_PROP_DRAWING_ACTION);
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
  const WijkAction *action;
  GdkRGBA colour;
  static const GdkRGBA grey = { 0.5, 0.5, 0.5, 1 };

  g_return_val_if_fail (WIJK_IS_MAP_VIEW (self), FALSE);
  g_return_val_if_fail (action_id != NULL, FALSE);

  action = find_action (self, action_id);
  if (area_type_of (action) == NULL)
    return FALSE;

  stop_drawing (self);
  gtk_popover_popdown (self->here_popover);
  self->drawing_action = g_strdup (action_id);
  wijk_map_paint_parse_colour (wijk_theme_get_colour (area_type_of (action)->theme), &grey,
                               &colour);
  wijk_drawing_layer_set_colour (self->drawing_layer, &colour);
  wijk_action_layer_set_hidden (self->action_layer, action_id);
  wijk_map_view_set_selected_action (self, action_id);

  /* A double-click finishes the area instead of zooming in. */
  shumate_map_set_zoom_on_double_click (shumate_simple_map_get_map (self->map), FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self));

  wijk_map_view_update_drafting (self);
  notify (self, WIJK_MAP_VIEW_PROP_DRAWING_ACTION);
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
  notify (self, WIJK_MAP_VIEW_PROP_PICKING_PLOT);
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
  const WijkActionType *type = area_type_of (find_action (self, id));
  g_autofree char *message = NULL;
  double value;

  if (type == NULL)
    {
      g_set_error (error, WIJK_STORE_ERROR, WIJK_STORE_ERROR_NOT_FOUND,
                   _("There is no action “%s” in this workshop"), id);
      return FALSE;
    }
  if (!wijk_map_drafting_set_area (get_store (self), id, area, &value, error))
    return FALSE;

  stop_drawing (self);
  wijk_map_view_set_selected_action (self, id);
  message = wijk_map_drafting_describe_area (type, wijk_geometry_area_m2 (area), value);
  show_toast (self, message, TRUE);
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

  store = get_store (self);
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

  stop_drawing (self);
}

static gboolean
same_as_last_corner (WijkMapView *self,
                     double       layer_x,
                     double       layer_y)
{
  ShumateViewport *viewport = shumate_simple_map_get_viewport (self->map);
  guint n = wijk_drawing_layer_get_n_vertices (self->drawing_layer);
  const WijkLonLat *last;
  double x, y;

  if (n == 0)
    return FALSE;
  last = wijk_drawing_layer_get_vertex (self->drawing_layer, n - 1);
  shumate_viewport_location_to_widget_coords (viewport, GTK_WIDGET (self->action_layer),
                                              last->lat, last->lon, &x, &y);
  return hypot (layer_x - x, layer_y - y) < SAME_CORNER_DISTANCE;
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

  if (same_as_last_corner (self, layer_x, layer_y))
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

/* The bars and the actions */

static char *
format_measure (WijkMapView *self)
{
  const WijkActionType *type = area_type_of (find_action (self, self->drawing_action));
  guint n = wijk_drawing_layer_get_n_vertices (self->drawing_layer);
  double area = wijk_drawing_layer_get_preview_area_m2 (self->drawing_layer);
  g_autofree char *area_text = NULL;
  g_autofree char *value_text = NULL;
  const WijkParamSpec *spec;
  double value;

  if (area <= 0 || type == NULL)
    /* Translators: how many corners of an area have been placed so far. */
    return g_strdup_printf (ngettext ("%u corner", "%u corners", n), n);

  /* Translators: the unit of an area drawn on the map, square metres. */
  area_text = wijk_format_quantity (round (area), _("m²"));
  if (type->area_factor == WIJK_FACTOR_NONE)
    return g_steal_pointer (&area_text);

  spec = &type->params[type->area_param];
  value = wijk_action_type_param_from_area (type, wijk_store_get_workshop (get_store (self)), area);
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

static void
update_drawing_bar (WijkMapView *self)
{
  const WijkAction *action = find_action (self, self->drawing_action);
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

static void
update_area_bar (WijkMapView *self)
{
  const WijkAction *selected = find_action (self, wijk_map_view_get_selected_action (self));
  gboolean shown = self->drawing_action == NULL && area_type_of (selected) != NULL;
  GtkWidget *content = gtk_button_get_child (self->draw_area_button);

  gtk_widget_set_visible (self->area_bar, shown);
  if (shown && ADW_IS_BUTTON_CONTENT (content))
    adw_button_content_set_label (ADW_BUTTON_CONTENT (content),
                                  selected->location != NULL
                                  && selected->location->kind != WIJK_GEOMETRY_POINT
                                  ? _("Re_draw Area") : _("_Draw Area"));
}

/**
 * wijk_map_view_update_drafting:
 * @self: a map view
 *
 * Brings the drafting controls up to date with the model, the selection
 * and the area being drawn.
 */
void
wijk_map_view_update_drafting (WijkMapView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean drawing;
  gboolean area_selected;

  /* An action undone or deleted while its area was drawn. */
  if (self->drawing_action != NULL && find_action (self, self->drawing_action) == NULL)
    {
      stop_drawing (self);
      return;
    }

  drawing = self->drawing_action != NULL;
  area_selected = area_type_of (find_action (self, wijk_map_view_get_selected_action (self))) != NULL;

  update_drawing_bar (self);
  update_area_bar (self);
  /* The bars take the top of the map; the chip gives way. */
  gtk_widget_set_visible (self->approximate_chip,
                          !drawing && !gtk_widget_get_visible (self->area_bar)
                          && self->model != NULL
                          && wijk_workshop_model_get_approximate (self->model));

  gtk_widget_action_set_enabled (widget, "map.draft-here", get_store (self) != NULL && !drawing);
  gtk_widget_action_set_enabled (widget, "map.draw-area", !drawing && area_selected);
  gtk_widget_action_set_enabled (widget, "map.pick-plot", !drawing && area_selected);
  gtk_widget_action_set_enabled (widget, "map.cancel-drawing", drawing);
  gtk_widget_action_set_enabled (widget, "map.remove-vertex",
                                 drawing && wijk_drawing_layer_get_n_vertices (self->drawing_layer) > 0);
  gtk_widget_action_set_enabled (widget, "map.finish-drawing",
                                 drawing && wijk_drawing_layer_can_close (self->drawing_layer));
}

static void
draw_area_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  WijkMapView *self = WIJK_MAP_VIEW (widget);
  const char *selected = wijk_map_view_get_selected_action (self);

  if (selected != NULL && wijk_map_view_start_drawing (self, selected)
      && g_str_equal (action_name, "map.pick-plot"))
    wijk_map_view_set_picking_plot (self, TRUE);
}

static void
drawing_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  WijkMapView *self = WIJK_MAP_VIEW (widget);
  g_autoptr(GError) error = NULL;

  if (g_str_equal (action_name, "map.cancel-drawing"))
    wijk_map_view_cancel_drawing (self);
  else if (g_str_equal (action_name, "map.remove-vertex"))
    wijk_map_view_remove_last_vertex (self);
  else if (!wijk_map_view_finish_drawing (self, &error))
    wijk_map_view_show_message (self, error->message);
}

void
wijk_map_view_drafting_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "map.draft-here", NULL, draft_here_activated);
  gtk_widget_class_install_action (widget_class, "map.draw-area", NULL, draw_area_activated);
  gtk_widget_class_install_action (widget_class, "map.pick-plot", NULL, draw_area_activated);
  gtk_widget_class_install_property_action (widget_class, "map.picking-plot", "picking-plot");
  gtk_widget_class_install_action (widget_class, "map.cancel-drawing", NULL, drawing_activated);
  gtk_widget_class_install_action (widget_class, "map.remove-vertex", NULL, drawing_activated);
  gtk_widget_class_install_action (widget_class, "map.finish-drawing", NULL, drawing_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0,
                                       "map.cancel-drawing", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_BackSpace, 0,
                                       "map.remove-vertex", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0,
                                       "map.finish-drawing", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0,
                                       "map.finish-drawing", NULL);
}

void
wijk_map_view_drafting_init (WijkMapView *self)
{
  wijk_map_view_update_drafting (self);
}

void
wijk_map_view_drafting_dispose (WijkMapView *self)
{
  g_clear_pointer (&self->drawing_action, g_free);
  g_clear_pointer (&self->drag_action, g_free);
  g_clear_pointer (&self->message, g_free);
}

GtkPopover *
wijk_map_view_get_here_popover (WijkMapView *self)
{
  g_return_val_if_fail (WIJK_IS_MAP_VIEW (self), NULL);
  return self->here_popover;
}

WijkDrawingLayer *
wijk_map_view_get_drawing_layer (WijkMapView *self)
{
  g_return_val_if_fail (WIJK_IS_MAP_VIEW (self), NULL);
  return self->drawing_layer;
}

const char *
wijk_map_view_get_last_message (WijkMapView *self)
{
  g_return_val_if_fail (WIJK_IS_MAP_VIEW (self), NULL);
  return self->message;
}
