/* wijk-geojson.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "wijk-json-text.h"
#include "wijk-workshop.h"

G_BEGIN_DECLS

/**
 * wijk_geojson_load_features:
 * @text: GeoJSON text (need not be nul-terminated)
 * @len: the length of @text in bytes
 * @ws: (nullable): the workshop the features will join, for their owners
 *   and to keep their ids unique; %NULL for none
 * @kind: what the features are: "plot" or "outline" (each feature a Polygon
 *   or MultiPolygon) or "street" (each a LineString)
 * @error: return location for a #WIJK_JSON_ERROR
 *
 * Reads a GeoJSON FeatureCollection (RFC 7946) in WGS 84 longitude and
 * latitude. Each feature's properties give its `name` (required), `owner`
 * (optional: the id of an organisation of @ws), `id` (optional, a string or
 * an integer: a new unique id when absent) and `approximate` (optional,
 * true or false); other properties are ignored, as are members GeoJSON
 * allows beside the required ones. A "crs" member other than WGS 84 is
 * refused, since the coordinates would not be longitude and latitude.
 *
 * Errors name the feature, e.g. `features[3].geometry: a plot needs a
 * Polygon or MultiPolygon, not a Point` or `features[0].properties.owner:
 * no organisation “sony”`.
 *
 * Returns: (transfer full) (element-type WijkPlot) (nullable): the plots in
 *   the order of the features, or %NULL on error
 */
GPtrArray *wijk_geojson_load_features (const char          *text,
                                       gsize                len,
                                       const WijkWorkshop  *ws,
                                       const char          *kind,
                                       GError             **error);

/**
 * wijk_geojson_load_plots:
 * @text: GeoJSON text (need not be nul-terminated)
 * @len: the length of @text in bytes
 * @ws: (nullable): the workshop the plots will join
 * @error: return location for a #WIJK_JSON_ERROR
 *
 * Imports plots: wijk_geojson_load_features() with the kind "plot", so a
 * FeatureCollection of Polygon and MultiPolygon features with the
 * properties `name`, `owner` and `id`.
 *
 * Returns: (transfer full) (element-type WijkPlot) (nullable): the plots,
 *   or %NULL on error
 */
GPtrArray *wijk_geojson_load_plots    (const char          *text,
                                       gsize                len,
                                       const WijkWorkshop  *ws,
                                       GError             **error);

/**
 * wijk_geojson_dump_plots:
 * @plots: (element-type WijkPlot): plots, outlines or streets
 *
 * The plots as a GeoJSON FeatureCollection with the properties `id`,
 * `name`, `kind`, `owner` (when set) and `approximate`, which
 * wijk_geojson_load_features() reads back (for QGIS and other GIS tools).
 *
 * Returns: (transfer full): the GeoJSON text, 2-space indented
 */
char      *wijk_geojson_dump_plots    (const GPtrArray     *plots);

G_END_DECLS
