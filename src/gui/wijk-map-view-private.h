/* wijk-map-view-private.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "wijk-catalog.h"
#include "wijk-drawing-layer.h"
#include "wijk-map-view.h"

G_BEGIN_DECLS

/* The map view is five files: the widget with its layers and basemap
 * (wijk-map-view.c), what the pointer does on it (wijk-map-view-input.c),
 * what the keys do on it (wijk-map-view-keys.c), drafting and moving
 * actions with the bars over the map (wijk-map-view-drafting.c) and
 * drawing areas (wijk-map-view-drawing.c). */

struct _WijkMapView
{
  GtkWidget          parent_instance;

  GtkOverlay        *overlay;
  ShumateSimpleMap  *map;
  GtkWidget         *approximate_chip;
  GtkGesture        *click_gesture;
  GtkGesture        *drag_gesture;
  GtkEventController *key_controller;
  GtkEventController *focus_controller;

  /* "New action here" */
  GtkPopover        *here_popover;
  GtkLabel          *here_plot_label;
  GtkLabel          *here_owner_label;
  double             here_latitude;
  double             here_longitude;

  /* The bar over the map while an area is drawn, and the one under the
   * map that offers to draw the selected action's area. */
  GtkWidget         *drawing_bar;
  GtkLabel          *drawing_title;
  GtkLabel          *drawing_hint;
  GtkLabel          *drawing_measure;
  GtkWidget         *area_bar;
  GtkButton         *draw_area_button;

  WijkPlotLayer     *plot_layer;
  WijkActionLayer   *action_layer;
  WijkDrawingLayer  *drawing_layer;
  ShumateMapSource  *map_source;
  WijkBasemap        basemap;

  WijkWorkshopModel *model;

  /* The view follows the window's size and shows the whole site until
   * the user moves or zooms the map. */
  gboolean           fit_pending;
  gboolean           auto_fit;
  gboolean           fitting;
  int                fitted_width;
  int                fitted_height;

  /* Where the last press was: a release far from it ended a pan, not a
   * click; a marker dragged from it beyond the map is not moved. */
  double             press_x;
  double             press_y;

  /* A marker being dragged: where it was, in the action layer. */
  char              *drag_action;
  double             drag_marker_x;
  double             drag_marker_y;
  gboolean           drag_moved;

  /* The action whose marker the arrow keys are moving: while set, a
   * press amends its "Move action" step rather than adding one. */
  char              *nudge_action;
  guint              nudge_timeout_id;
  gboolean           nudge_writing;
  /* The area action already told that the arrow keys do not move it. */
  char              *nudge_refused;

  /* The action whose area is being drawn, or NULL. */
  char              *drawing_action;
  gboolean           picking_plot;

  /* The last message shown in a toast, for the tests. */
  char              *message;
};

enum {
  WIJK_MAP_VIEW_PROP_0,
  WIJK_MAP_VIEW_PROP_MODEL,
  WIJK_MAP_VIEW_PROP_SELECTED_ACTION,
  WIJK_MAP_VIEW_PROP_DRAWING_ACTION,
  WIJK_MAP_VIEW_PROP_PICKING_PLOT,
  WIJK_MAP_VIEW_N_PROPS
};

enum {
  WIJK_MAP_VIEW_ACTION_ACTIVATED,
  WIJK_MAP_VIEW_N_SIGNALS
};

extern GParamSpec *wijk_map_view_properties[WIJK_MAP_VIEW_N_PROPS];
extern guint wijk_map_view_signals[WIJK_MAP_VIEW_N_SIGNALS];

/* wijk-map-view-input.c */
void            wijk_map_view_input_class_init    (GtkWidgetClass      *widget_class);
gboolean        wijk_map_view_to_layer            (WijkMapView         *self,
                                                   double               x,
                                                   double               y,
                                                   double              *layer_x,
                                                   double              *layer_y);
void            wijk_map_view_update_cursor       (WijkMapView         *self,
                                                   double               x,
                                                   double               y);
gboolean        wijk_map_view_cancel_drag         (WijkMapView         *self);

/* wijk-map-view-keys.c */
void            wijk_map_view_keys_class_init     (GtkWidgetClass      *widget_class);
void            wijk_map_view_keys_dispose        (WijkMapView         *self);
void            wijk_map_view_end_nudge           (WijkMapView         *self);
void            wijk_map_view_keys_model_changed  (WijkMapView         *self);
gboolean        wijk_map_view_nudge               (WijkMapView         *self,
                                                   double               dx,
                                                   double               dy);
void            wijk_map_view_pan                 (WijkMapView         *self,
                                                   double               dx,
                                                   double               dy);

/* wijk-map-view-drafting.c */
WijkStore      *wijk_map_view_get_store           (WijkMapView         *self);
const WijkAction *wijk_map_view_find_action       (WijkMapView         *self,
                                                   const char          *action_id);
const WijkActionType *wijk_map_view_area_type_of  (const WijkAction    *action);
void            wijk_map_view_notify              (WijkMapView         *self,
                                                   guint                prop_id);
void            wijk_map_view_show_toast          (WijkMapView         *self,
                                                   const char          *message,
                                                   gboolean             undoable);
void            wijk_map_view_drafting_class_init (GtkWidgetClass      *widget_class);
void            wijk_map_view_drafting_init       (WijkMapView         *self);
void            wijk_map_view_drafting_dispose    (WijkMapView         *self);
void            wijk_map_view_update_drafting     (WijkMapView         *self);
void            wijk_map_view_show_here_popover   (WijkMapView         *self,
                                                   double               latitude,
                                                   double               longitude);

/* wijk-map-view-drawing.c */
void            wijk_map_view_stop_drawing        (WijkMapView         *self);
void            wijk_map_view_update_drawing_bar  (WijkMapView         *self);
void            wijk_map_view_drawing_click       (WijkMapView         *self,
                                                   int                  n_press,
                                                   double               layer_x,
                                                   double               layer_y);
void            wijk_map_view_drawing_motion      (WijkMapView         *self,
                                                   gboolean             inside,
                                                   double               layer_x,
                                                   double               layer_y);
void            wijk_map_view_show_message        (WijkMapView         *self,
                                                   const char          *message);

/* For the tests: the gestures and controllers, to emit their signals, and
 * the last toast. */
GtkGesture     *wijk_map_view_get_click_gesture   (WijkMapView         *self);
GtkGesture     *wijk_map_view_get_drag_gesture    (WijkMapView         *self);
GtkEventController *wijk_map_view_get_key_controller (WijkMapView      *self);
GtkEventController *wijk_map_view_get_focus_controller (WijkMapView    *self);
GtkPopover     *wijk_map_view_get_here_popover    (WijkMapView         *self);
WijkDrawingLayer *wijk_map_view_get_drawing_layer (WijkMapView         *self);
const char     *wijk_map_view_get_last_message    (WijkMapView         *self);

G_END_DECLS
