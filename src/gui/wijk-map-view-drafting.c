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
#include <string.h>

#include "wijk-map-drafting.h"
#include "wijk-map-view-private.h"
#include "wijk-new-action-dialog.h"

/* Drafting on the map. A click away from the actions offers "New Action
 * Here…", which opens the new-action dialog; the action it creates goes
 * where the map was clicked, led by the owner of the plot there, and opens
 * in the editor. An action whose type is an area (depaving, a green roof,
 * solar panels on a roof) then has its area drawn (wijk-map-view-drawing.c).
 *
 * Over the map, a bar guides the drawing of an area; when an area action
 * is selected, another offers to draw (or redraw) its area or take a
 * plot's outline. The approximate-geometry chip gives way to them. */

WijkStore *
wijk_map_view_get_store (WijkMapView *self)
{
  return self->model != NULL ? wijk_workshop_model_get_store (self->model) : NULL;
}

const WijkAction *
wijk_map_view_find_action (WijkMapView *self,
                           const char  *action_id)
{
  WijkStore *store = wijk_map_view_get_store (self);

  if (store == NULL || action_id == NULL)
    return NULL;
  return wijk_workshop_find_action (wijk_store_get_workshop (store), action_id);
}

const WijkActionType *
wijk_map_view_area_type_of (const WijkAction *action)
{
  const WijkActionType *type = action != NULL ? wijk_catalog_lookup (action->type) : NULL;

  return type != NULL && type->area_param >= 0 ? type : NULL;
}

void
wijk_map_view_notify (WijkMapView *self,
                      guint        prop_id)
{
  g_object_notify_by_pspec (G_OBJECT (self), wijk_map_view_properties[prop_id]);
}

/* Shows @message in a toast of the window's toast overlay, with "Undo"
 * when @undoable. */
void
wijk_map_view_show_toast (WijkMapView *self,
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
  wijk_map_view_show_toast (self, message, FALSE);
}

/* New action here */

static const WijkPlot *
plot_at (WijkMapView *self,
         double       latitude,
         double       longitude)
{
  WijkStore *store = wijk_map_view_get_store (self);

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
    owner = wijk_workshop_find_organisation (wijk_workshop_model_get_workshop (self->model),
                                             plot->owner_org);

  /* "Siemens campus" says whose it is already. */
  if (owner != NULL && owner->name != NULL && plot->name != NULL
      && strstr (plot->name, owner->name) != NULL)
    owner = NULL;

  self->here_latitude = latitude;
  self->here_longitude = longitude;
  set_label (self->here_plot_label, plot != NULL ? plot->name : NULL);
  set_label (self->here_owner_label, owner != NULL ? owner->name : NULL);

  /* A popover pointing off its window has no monitor to go to. */
  shumate_viewport_location_to_widget_coords (viewport, GTK_WIDGET (self), latitude, longitude,
                                              &x, &y);
  x = CLAMP (x, 0, gtk_widget_get_width (GTK_WIDGET (self)) - 1);
  y = CLAMP (y, 0, gtk_widget_get_height (GTK_WIDGET (self)) - 1);
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

  if (wijk_map_view_get_store (self) == NULL)
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
  g_return_val_if_fail (wijk_map_view_get_store (self) != NULL, NULL);

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
  if (!wijk_map_drafting_place (wijk_map_view_get_store (self), action, latitude, longitude,
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
  g_return_val_if_fail (wijk_map_view_get_store (self) != NULL, FALSE);

  return wijk_map_drafting_move (wijk_map_view_get_store (self), action_id, latitude, longitude,
                                 error);
}

/* The bars and the actions */

static void
update_area_bar (WijkMapView *self)
{
  const WijkAction *selected = wijk_map_view_find_action (self,
                                                          wijk_map_view_get_selected_action (self));
  gboolean shown = self->drawing_action == NULL && wijk_map_view_area_type_of (selected) != NULL;
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
  guint n_vertices = wijk_drawing_layer_get_n_vertices (self->drawing_layer);
  const WijkAction *selected;
  gboolean drawing;
  gboolean area_selected;

  /* An action undone or deleted while its area was drawn. */
  if (self->drawing_action != NULL
      && wijk_map_view_find_action (self, self->drawing_action) == NULL)
    {
      wijk_map_view_stop_drawing (self);
      return;
    }

  drawing = self->drawing_action != NULL;
  selected = wijk_map_view_find_action (self, wijk_map_view_get_selected_action (self));
  area_selected = wijk_map_view_area_type_of (selected) != NULL;

  wijk_map_view_update_drawing_bar (self);
  update_area_bar (self);
  /* The bars take the top of the map; the chip gives way. */
  gtk_widget_set_visible (self->approximate_chip,
                          !drawing && !gtk_widget_get_visible (self->area_bar)
                          && self->model != NULL
                          && wijk_workshop_model_get_approximate (self->model));

  gtk_widget_action_set_enabled (widget, "map.draft-here",
                                 wijk_map_view_get_store (self) != NULL && !drawing);
  gtk_widget_action_set_enabled (widget, "map.draw-area", !drawing && area_selected);
  gtk_widget_action_set_enabled (widget, "map.pick-plot", !drawing && area_selected);
  gtk_widget_action_set_enabled (widget, "map.cancel-drawing", drawing);
  gtk_widget_action_set_enabled (widget, "map.remove-vertex",
                                 drawing && n_vertices > 0);
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
