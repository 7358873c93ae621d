/* wijk-offline-source.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-map"

#include "config.h"

#include <glib/gi18n.h>

#include "wijk-offline-source.h"

/* The map source of the offline map: Web Mercator with 256-pixel tiles, so
 * that the viewport can place the park's own layers, and no tiles at all.
 * Nothing is read, written or downloaded. */

#define MIN_ZOOM 0
#define MAX_ZOOM 20

struct _WijkOfflineSource
{
  ShumateMapSource parent_instance;
};

G_DEFINE_FINAL_TYPE (WijkOfflineSource, wijk_offline_source, SHUMATE_TYPE_MAP_SOURCE)

static void
wijk_offline_source_fill_tile_async (ShumateMapSource    *source,
                                     ShumateTile         *tile,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (source, cancellable, callback, user_data);

  g_task_set_source_tag (task, wijk_offline_source_fill_tile_async);
  shumate_tile_set_state (tile, SHUMATE_STATE_DONE);
  g_task_return_boolean (task, TRUE);
}

static gboolean
wijk_offline_source_fill_tile_finish (ShumateMapSource  *source,
                                      GAsyncResult      *result,
                                      GError           **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
wijk_offline_source_class_init (WijkOfflineSourceClass *klass)
{
  ShumateMapSourceClass *source_class = SHUMATE_MAP_SOURCE_CLASS (klass);

  source_class->fill_tile_async = wijk_offline_source_fill_tile_async;
  source_class->fill_tile_finish = wijk_offline_source_fill_tile_finish;
}

static void
wijk_offline_source_init (WijkOfflineSource *self)
{
  ShumateMapSource *source = SHUMATE_MAP_SOURCE (self);

  shumate_map_source_set_id (source, "wijk-offline");
  shumate_map_source_set_name (source, _("No basemap"));
  shumate_map_source_set_min_zoom_level (source, MIN_ZOOM);
  shumate_map_source_set_max_zoom_level (source, MAX_ZOOM);
  shumate_map_source_set_tile_size (source, 256);
  shumate_map_source_set_projection (source, SHUMATE_MAP_PROJECTION_MERCATOR);
}

/**
 * wijk_offline_source_new:
 *
 * Returns: (transfer full): a map source that draws nothing
 */
ShumateMapSource *
wijk_offline_source_new (void)
{
  return g_object_new (WIJK_TYPE_OFFLINE_SOURCE, NULL);
}
