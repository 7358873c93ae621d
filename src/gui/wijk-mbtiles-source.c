/* wijk-mbtiles-source.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-map"

#include "config.h"

#include <glib/gi18n.h>
#include <sqlite3.h>

#include "wijk-mbtiles-source.h"

/* Raster tiles from a local MBTiles file (an SQLite database, e.g. exported
 * from QGIS), for a basemap that needs no network. Rows are numbered as in
 * TMS, from the south: tile_row = 2^z − 1 − y. */

struct _WijkMbtilesSource
{
  ShumateDataSource  parent_instance;

  char              *path;
  sqlite3           *db;
  sqlite3_stmt      *select_tile;
  char              *name;
  char              *attribution;
  guint              min_zoom;
  guint              max_zoom;
};

G_DEFINE_FINAL_TYPE (WijkMbtilesSource, wijk_mbtiles_source, SHUMATE_TYPE_DATA_SOURCE)

G_DEFINE_QUARK (wijk-mbtiles-source-error-quark, wijk_mbtiles_source_error)

typedef struct
{
  int     x;
  int     y;
  int     zoom;
  GBytes *bytes;
} TileRequest;

static void
tile_request_free (TileRequest *request)
{
  g_clear_pointer (&request->bytes, g_bytes_unref);
  g_free (request);
}

static GBytes *
read_tile (WijkMbtilesSource  *self,
           int                 x,
           int                 y,
           int                 zoom,
           GError            **error)
{
  GBytes *bytes = NULL;
  int rc;

  if (zoom < 0 || zoom > 30 || x < 0 || y < 0 || x >= (1 << zoom) || y >= (1 << zoom))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   "No tile %d/%d/%d", zoom, x, y);
      return NULL;
    }

  sqlite3_bind_int (self->select_tile, 1, zoom);
  sqlite3_bind_int (self->select_tile, 2, x);
  sqlite3_bind_int (self->select_tile, 3, (1 << zoom) - 1 - y);

  rc = sqlite3_step (self->select_tile);
  if (rc == SQLITE_ROW)
    bytes = g_bytes_new (sqlite3_column_blob (self->select_tile, 0),
                         (gsize) sqlite3_column_bytes (self->select_tile, 0));
  else if (rc == SQLITE_DONE)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                 "No tile %d/%d/%d in %s", zoom, x, y, self->path);
  else
    g_set_error (error, WIJK_MBTILES_SOURCE_ERROR, WIJK_MBTILES_SOURCE_ERROR_OPEN,
                 _("Cannot read the basemap “%s”: %s"), self->path, sqlite3_errmsg (self->db));

  sqlite3_reset (self->select_tile);
  sqlite3_clear_bindings (self->select_tile);
  return bytes;
}

/* libshumate 1.0 builds a raster tile only from ::received-data, so the
 * data goes out through the signal, on the main thread, before the task
 * returns. */
static gboolean
deliver_tile (gpointer user_data)
{
  GTask *task = user_data;
  WijkMbtilesSource *self = g_task_get_source_object (task);
  TileRequest *request = g_task_get_task_data (task);

  if (g_task_return_error_if_cancelled (task))
    return G_SOURCE_REMOVE;

  g_signal_emit_by_name (self, "received-data", request->x, request->y, request->zoom,
                         request->bytes);
  g_task_return_pointer (task, g_bytes_ref (request->bytes), (GDestroyNotify) g_bytes_unref);
  return G_SOURCE_REMOVE;
}

static void
wijk_mbtiles_source_get_tile_data_async (ShumateDataSource   *source,
                                         int                  x,
                                         int                  y,
                                         int                  zoom,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data)
{
  WijkMbtilesSource *self = WIJK_MBTILES_SOURCE (source);
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);
  g_autoptr(GSource) idle = NULL;
  g_autoptr(GError) error = NULL;
  TileRequest *request;

  g_task_set_source_tag (task, wijk_mbtiles_source_get_tile_data_async);

  request = g_new0 (TileRequest, 1);
  request->x = x;
  request->y = y;
  request->zoom = zoom;
  request->bytes = read_tile (self, x, y, zoom, &error);
  g_task_set_task_data (task, request, (GDestroyNotify) tile_request_free);

  if (request->bytes == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  idle = g_idle_source_new ();
  g_task_attach_source (task, idle, deliver_tile);
}

static GBytes *
wijk_mbtiles_source_get_tile_data_finish (ShumateDataSource  *source,
                                          GAsyncResult       *result,
                                          GError            **error)
{
  g_return_val_if_fail (g_task_is_valid (result, source), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
wijk_mbtiles_source_finalize (GObject *object)
{
  WijkMbtilesSource *self = WIJK_MBTILES_SOURCE (object);

  g_clear_pointer (&self->select_tile, sqlite3_finalize);
  g_clear_pointer (&self->db, sqlite3_close);
  g_free (self->path);
  g_free (self->name);
  g_free (self->attribution);

  G_OBJECT_CLASS (wijk_mbtiles_source_parent_class)->finalize (object);
}

static void
wijk_mbtiles_source_class_init (WijkMbtilesSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ShumateDataSourceClass *source_class = SHUMATE_DATA_SOURCE_CLASS (klass);

  object_class->finalize = wijk_mbtiles_source_finalize;

  source_class->get_tile_data_async = wijk_mbtiles_source_get_tile_data_async;
  source_class->get_tile_data_finish = wijk_mbtiles_source_get_tile_data_finish;
}

static void
wijk_mbtiles_source_init (WijkMbtilesSource *self)
{
}

/* Attribution in MBTiles metadata is often HTML; the map shows plain text. */
static char *
strip_markup (const char *html)
{
  GString *text = g_string_new (NULL);
  gboolean in_tag = FALSE;

  for (const char *p = html; *p != '\0'; p++)
    {
      if (*p == '<')
        in_tag = TRUE;
      else if (*p == '>')
        in_tag = FALSE;
      else if (!in_tag)
        g_string_append_c (text, *p);
    }

  return g_strstrip (g_string_free (text, FALSE));
}

static void
replace_str (char **field,
             char  *value)
{
  g_free (*field);
  *field = value;
}

static gboolean
read_metadata (WijkMbtilesSource  *self,
               GError            **error)
{
  g_autofree char *format = NULL;
  int min_zoom = -1;
  int max_zoom = -1;
  sqlite3_stmt *stmt = NULL;

  /* The metadata table is optional in practice; the tiles are not. */
  if (sqlite3_prepare_v2 (self->db, "SELECT name, value FROM metadata", -1, &stmt, NULL) == SQLITE_OK)
    {
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          const char *name = (const char *) sqlite3_column_text (stmt, 0);
          const char *value = (const char *) sqlite3_column_text (stmt, 1);

          if (name == NULL || value == NULL)
            continue;
          if (g_str_equal (name, "name"))
            replace_str (&self->name, g_strdup (value));
          else if (g_str_equal (name, "attribution"))
            replace_str (&self->attribution, strip_markup (value));
          else if (g_str_equal (name, "format"))
            replace_str (&format, g_strdup (value));
          else if (g_str_equal (name, "minzoom"))
            min_zoom = (int) g_ascii_strtoll (value, NULL, 10);
          else if (g_str_equal (name, "maxzoom"))
            max_zoom = (int) g_ascii_strtoll (value, NULL, 10);
        }
      sqlite3_finalize (stmt);
    }

  if (format != NULL && !g_str_equal (format, "png") && !g_str_equal (format, "jpg")
      && !g_str_equal (format, "jpeg") && !g_str_equal (format, "webp"))
    {
      g_set_error (error, WIJK_MBTILES_SOURCE_ERROR, WIJK_MBTILES_SOURCE_ERROR_INVALID,
                   _("The basemap “%s” holds tiles of format “%s”; only raster tiles (PNG, JPEG) can be shown"),
                   self->path, format);
      return FALSE;
    }

  if (min_zoom < 0 || max_zoom < 0 || min_zoom > max_zoom || max_zoom > 30)
    {
      if (sqlite3_prepare_v2 (self->db, "SELECT min(zoom_level), max(zoom_level) FROM tiles",
                              -1, &stmt, NULL) != SQLITE_OK
          || sqlite3_step (stmt) != SQLITE_ROW
          || sqlite3_column_type (stmt, 0) == SQLITE_NULL)
        {
          g_set_error (error, WIJK_MBTILES_SOURCE_ERROR, WIJK_MBTILES_SOURCE_ERROR_INVALID,
                       _("The basemap “%s” holds no tiles"), self->path);
          sqlite3_finalize (stmt);
          return FALSE;
        }
      min_zoom = sqlite3_column_int (stmt, 0);
      max_zoom = sqlite3_column_int (stmt, 1);
      sqlite3_finalize (stmt);
    }

  self->min_zoom = (guint) CLAMP (min_zoom, 0, 30);
  self->max_zoom = (guint) CLAMP (max_zoom, (int) self->min_zoom, 30);
  if (self->name == NULL)
    self->name = g_path_get_basename (self->path);
  return TRUE;
}

static gboolean
open_database (WijkMbtilesSource  *self,
               GError            **error)
{
  int rc;

  rc = sqlite3_open_v2 (self->path, &self->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOFOLLOW, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, WIJK_MBTILES_SOURCE_ERROR, WIJK_MBTILES_SOURCE_ERROR_OPEN,
                   _("Cannot open the basemap “%s”: %s"), self->path, sqlite3_errstr (rc));
      return FALSE;
    }

  /* A file from elsewhere: it may not run code or write anything. */
  sqlite3_db_config (self->db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
  sqlite3_db_config (self->db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, NULL);
  sqlite3_exec (self->db, "PRAGMA trusted_schema = OFF", NULL, NULL, NULL);

  rc = sqlite3_prepare_v2 (self->db,
                           "SELECT tile_data FROM tiles"
                           " WHERE zoom_level = ?1 AND tile_column = ?2 AND tile_row = ?3",
                           -1, &self->select_tile, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, WIJK_MBTILES_SOURCE_ERROR, WIJK_MBTILES_SOURCE_ERROR_INVALID,
                   _("“%s” is not an MBTiles basemap: %s"), self->path, sqlite3_errmsg (self->db));
      return FALSE;
    }

  return TRUE;
}

/**
 * wijk_mbtiles_source_new:
 * @path: an MBTiles file
 * @error: return location for a #WIJK_MBTILES_SOURCE_ERROR
 *
 * Opens @path read-only and reads its metadata.
 *
 * Returns: (transfer full) (nullable): the source, or %NULL on error
 */
WijkMbtilesSource *
wijk_mbtiles_source_new (const char  *path,
                         GError     **error)
{
  g_autoptr(WijkMbtilesSource) self = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (WIJK_TYPE_MBTILES_SOURCE, NULL);
  self->path = g_strdup (path);

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, WIJK_MBTILES_SOURCE_ERROR, WIJK_MBTILES_SOURCE_ERROR_OPEN,
                   _("The basemap “%s” does not exist"), path);
      return NULL;
    }

  if (!open_database (self, error) || !read_metadata (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

const char *
wijk_mbtiles_source_get_path (WijkMbtilesSource *self)
{
  g_return_val_if_fail (WIJK_IS_MBTILES_SOURCE (self), NULL);
  return self->path;
}

const char *
wijk_mbtiles_source_get_name (WijkMbtilesSource *self)
{
  g_return_val_if_fail (WIJK_IS_MBTILES_SOURCE (self), NULL);
  return self->name;
}

const char *
wijk_mbtiles_source_get_attribution (WijkMbtilesSource *self)
{
  g_return_val_if_fail (WIJK_IS_MBTILES_SOURCE (self), NULL);
  return self->attribution;
}

guint
wijk_mbtiles_source_get_min_zoom (WijkMbtilesSource *self)
{
  g_return_val_if_fail (WIJK_IS_MBTILES_SOURCE (self), 0);
  return self->min_zoom;
}

guint
wijk_mbtiles_source_get_max_zoom (WijkMbtilesSource *self)
{
  g_return_val_if_fail (WIJK_IS_MBTILES_SOURCE (self), 0);
  return self->max_zoom;
}

/**
 * wijk_mbtiles_source_new_map_source:
 * @self: an MBTiles source
 *
 * Returns: (transfer full): a raster map source drawing @self's tiles
 */
ShumateMapSource *
wijk_mbtiles_source_new_map_source (WijkMbtilesSource *self)
{
  g_return_val_if_fail (WIJK_IS_MBTILES_SOURCE (self), NULL);

  return SHUMATE_MAP_SOURCE (shumate_raster_renderer_new_full ("wijk-mbtiles",
                                                               self->name,
                                                               self->attribution,
                                                               NULL,
                                                               self->min_zoom,
                                                               self->max_zoom,
                                                               256,
                                                               SHUMATE_MAP_PROJECTION_MERCATOR,
                                                               SHUMATE_DATA_SOURCE (self)));
}
