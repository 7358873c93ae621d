/* wijk-mbtiles-source.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <shumate/shumate.h>

G_BEGIN_DECLS

#define WIJK_MBTILES_SOURCE_ERROR (wijk_mbtiles_source_error_quark ())

typedef enum
{
  WIJK_MBTILES_SOURCE_ERROR_OPEN,      /* cannot open or read the file */
  WIJK_MBTILES_SOURCE_ERROR_INVALID,   /* not an MBTiles file of raster tiles */
} WijkMbtilesSourceError;

#define WIJK_TYPE_MBTILES_SOURCE (wijk_mbtiles_source_get_type ())

G_DECLARE_FINAL_TYPE (WijkMbtilesSource, wijk_mbtiles_source, WIJK, MBTILES_SOURCE, ShumateDataSource)

GQuark             wijk_mbtiles_source_error_quark     (void);

WijkMbtilesSource *wijk_mbtiles_source_new             (const char        *path,
                                                        GError           **error);
const char        *wijk_mbtiles_source_get_path        (WijkMbtilesSource *self);
const char        *wijk_mbtiles_source_get_name        (WijkMbtilesSource *self);
const char        *wijk_mbtiles_source_get_attribution (WijkMbtilesSource *self);
guint              wijk_mbtiles_source_get_min_zoom    (WijkMbtilesSource *self);
guint              wijk_mbtiles_source_get_max_zoom    (WijkMbtilesSource *self);
ShumateMapSource  *wijk_mbtiles_source_new_map_source  (WijkMbtilesSource *self);

G_END_DECLS
