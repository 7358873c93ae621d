/* wijk-map-view.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>
#include <shumate/shumate.h>

#include "wijk-action-layer.h"
#include "wijk-items.h"
#include "wijk-plot-layer.h"

G_BEGIN_DECLS

/**
 * WijkBasemap:
 * @WIJK_BASEMAP_NONE: no tiles: the park's own layers on a plain ground
 * @WIJK_BASEMAP_OSM: OpenStreetMap tiles from the network
 * @WIJK_BASEMAP_MBTILES: tiles from a local MBTiles file
 *
 * What the map draws under the park's layers (the GSettings key
 * "tile-source" has the same values).
 */
typedef enum
{
  WIJK_BASEMAP_NONE,
  WIJK_BASEMAP_OSM,
  WIJK_BASEMAP_MBTILES,
} WijkBasemap;

#define WIJK_MAP_VIEW_DEFAULT_LATITUDE 50.850
#define WIJK_MAP_VIEW_DEFAULT_LONGITUDE 4.727
#define WIJK_MAP_VIEW_DEFAULT_ZOOM 15
#define WIJK_MAP_VIEW_MIN_ZOOM 12
#define WIJK_MAP_VIEW_MAX_ZOOM 19

#define WIJK_TYPE_MAP_VIEW (wijk_map_view_get_type ())

G_DECLARE_FINAL_TYPE (WijkMapView, wijk_map_view, WIJK, MAP_VIEW, GtkWidget)

GtkWidget         *wijk_map_view_new                 (void);
WijkWorkshopModel *wijk_map_view_get_model           (WijkMapView       *self);
void               wijk_map_view_set_model           (WijkMapView       *self,
                                                      WijkWorkshopModel *model);
const char        *wijk_map_view_get_selected_action (WijkMapView       *self);
void               wijk_map_view_set_selected_action (WijkMapView       *self,
                                                      const char        *action_id);
WijkBasemap        wijk_map_view_get_basemap         (WijkMapView       *self);
gboolean           wijk_map_view_set_basemap         (WijkMapView       *self,
                                                      WijkBasemap        basemap,
                                                      const char        *mbtiles_path,
                                                      GError           **error);
void               wijk_map_view_show_site           (WijkMapView       *self);
void               wijk_map_view_zoom_in             (WijkMapView       *self);
void               wijk_map_view_zoom_out            (WijkMapView       *self);
void               wijk_map_view_show_action         (WijkMapView       *self,
                                                      const char        *action_id);
ShumateViewport   *wijk_map_view_get_viewport        (WijkMapView       *self);
ShumateSimpleMap  *wijk_map_view_get_map             (WijkMapView       *self);
WijkPlotLayer     *wijk_map_view_get_plot_layer      (WijkMapView       *self);
WijkActionLayer   *wijk_map_view_get_action_layer    (WijkMapView       *self);

/* Drafting on the map: a new action where the map was clicked, moving an
 * action, drawing an area action's polygon. Each change is one undo step. */
void               wijk_map_view_draft_at            (WijkMapView       *self,
                                                      double             latitude,
                                                      double             longitude);
char              *wijk_map_view_draft_action        (WijkMapView       *self,
                                                      const char        *type_id,
                                                      const char        *title,
                                                      double             latitude,
                                                      double             longitude,
                                                      GError           **error);
gboolean           wijk_map_view_move_action         (WijkMapView       *self,
                                                      const char        *action_id,
                                                      double             latitude,
                                                      double             longitude,
                                                      GError           **error);
gboolean           wijk_map_view_start_drawing       (WijkMapView       *self,
                                                      const char        *action_id);
const char        *wijk_map_view_get_drawing_action  (WijkMapView       *self);
gboolean           wijk_map_view_get_picking_plot    (WijkMapView       *self);
void               wijk_map_view_set_picking_plot    (WijkMapView       *self,
                                                      gboolean           picking);
gboolean           wijk_map_view_add_vertex          (WijkMapView       *self,
                                                      double             latitude,
                                                      double             longitude);
gboolean           wijk_map_view_remove_last_vertex  (WijkMapView       *self);
gboolean           wijk_map_view_finish_drawing      (WijkMapView       *self,
                                                      GError           **error);
gboolean           wijk_map_view_use_plot            (WijkMapView       *self,
                                                      const char        *plot_id,
                                                      GError           **error);
void               wijk_map_view_cancel_drawing      (WijkMapView       *self);

G_END_DECLS
