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

G_END_DECLS
