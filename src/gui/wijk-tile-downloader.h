/* wijk-tile-downloader.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <shumate/shumate.h>

G_BEGIN_DECLS

#define WIJK_TYPE_TILE_DOWNLOADER (wijk_tile_downloader_get_type ())

G_DECLARE_FINAL_TYPE (WijkTileDownloader, wijk_tile_downloader, WIJK, TILE_DOWNLOADER, ShumateDataSource)

WijkTileDownloader *wijk_tile_downloader_new            (const char         *url_template,
                                                         const char         *cache_key,
                                                         const char         *cache_dir);
const char         *wijk_tile_downloader_get_user_agent (WijkTileDownloader *self);
ShumateFileCache   *wijk_tile_downloader_get_cache      (WijkTileDownloader *self);

G_END_DECLS
