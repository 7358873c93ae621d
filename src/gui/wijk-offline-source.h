/* wijk-offline-source.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <shumate/shumate.h>

G_BEGIN_DECLS

#define WIJK_TYPE_OFFLINE_SOURCE (wijk_offline_source_get_type ())

G_DECLARE_FINAL_TYPE (WijkOfflineSource, wijk_offline_source, WIJK, OFFLINE_SOURCE, ShumateMapSource)

ShumateMapSource *wijk_offline_source_new (void);

G_END_DECLS
