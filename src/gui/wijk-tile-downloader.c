/* wijk-tile-downloader.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-map"

#include "config.h"

#include <libsoup/soup.h>

#include "wijk-tile-downloader.h"

/* Raster tiles from a tile server, kept in libshumate's file cache.
 *
 * libshumate's own downloader, as Debian builds it (1.0.3 with libsoup 3),
 * sends "libshumate/1.0.3" whatever shumate_set_user_agent() says, while
 * the OpenStreetMap tile usage policy asks each application to name itself.
 * This one sends Wijkpact's user agent, opens at most two connections to
 * the server, keeps tiles for a week and revalidates them with their ETag
 * after that. A tile that cannot be fetched is served from the cache even
 * when it is old. */

#define USER_AGENT "Wijkpact/" PACKAGE_VERSION " (+https://github.com/wijkpact/wijkpact)"
#define CACHE_SIZE_LIMIT (100 * 1000 * 1000)
#define FRESH_FOR (7 * G_TIME_SPAN_DAY)
#define MAX_CONNECTIONS 2
#define TIMEOUT_SECONDS 20

struct _WijkTileDownloader
{
  ShumateDataSource  parent_instance;

  char              *url_template;
  char              *cache_key;
  char              *cache_dir;
  SoupSession       *session;
  ShumateFileCache  *cache;
};

G_DEFINE_FINAL_TYPE (WijkTileDownloader, wijk_tile_downloader, SHUMATE_TYPE_DATA_SOURCE)

typedef struct
{
  int          x;
  int          y;
  int          zoom;
  GBytes      *cached;
  char        *etag;
  GDateTime   *modified;
  SoupMessage *message;
} TileFetch;

static void
tile_fetch_free (TileFetch *fetch)
{
  g_clear_pointer (&fetch->cached, g_bytes_unref);
  g_clear_pointer (&fetch->etag, g_free);
  g_clear_pointer (&fetch->modified, g_date_time_unref);
  g_clear_object (&fetch->message);
  g_free (fetch);
}

static char *
tile_uri (WijkTileDownloader *self,
          int                 x,
          int                 y,
          int                 zoom)
{
  g_autoptr(GString) uri = g_string_new (self->url_template);
  char number[16];

  g_snprintf (number, sizeof number, "%d", x);
  g_string_replace (uri, "{x}", number, 0);
  g_snprintf (number, sizeof number, "%d", y);
  g_string_replace (uri, "{y}", number, 0);
  g_snprintf (number, sizeof number, "%d", zoom);
  g_string_replace (uri, "{z}", number, 0);
  return g_string_free (g_steal_pointer (&uri), FALSE);
}

static gboolean
is_fresh (GDateTime *modified)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return modified != NULL && g_date_time_difference (now, modified) < FRESH_FOR;
}

static void
deliver (GTask  *task,
         GBytes *bytes)
{
  WijkTileDownloader *self = g_task_get_source_object (task);
  TileFetch *fetch = g_task_get_task_data (task);

  /* libshumate 1.0 builds the tile from this signal, not from the result. */
  g_signal_emit_by_name (self, "received-data", fetch->x, fetch->y, fetch->zoom, bytes);
  g_task_return_pointer (task, g_bytes_ref (bytes), (GDestroyNotify) g_bytes_unref);
}

static void
on_stored (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!shumate_file_cache_store_tile_finish (SHUMATE_FILE_CACHE (source), result, &error))
    g_debug ("Cannot cache a tile: %s", error->message);
}

static void
on_downloaded (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  WijkTileDownloader *self = g_task_get_source_object (task);
  TileFetch *fetch = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  SoupStatus status;

  bytes = soup_session_send_and_read_finish (SOUP_SESSION (source), result, &error);
  status = soup_message_get_status (fetch->message);

  if (bytes != NULL && status == SOUP_STATUS_NOT_MODIFIED && fetch->cached != NULL)
    {
      shumate_file_cache_mark_up_to_date (self->cache, fetch->x, fetch->y, fetch->zoom);
      deliver (task, fetch->cached);
      return;
    }

  if (bytes != NULL && SOUP_STATUS_IS_SUCCESSFUL (status))
    {
      const char *etag = soup_message_headers_get_one (soup_message_get_response_headers (fetch->message),
                                                       "ETag");

      shumate_file_cache_store_tile_async (self->cache, fetch->x, fetch->y, fetch->zoom, bytes,
                                           etag, NULL, on_stored, NULL);
      deliver (task, bytes);
      return;
    }

  /* An old tile is better than none. */
  if (fetch->cached != NULL && !g_task_return_error_if_cancelled (task))
    {
      deliver (task, fetch->cached);
      return;
    }

  if (error != NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_FAILED,
                             "Tile %d/%d/%d: HTTP %u %s", fetch->zoom, fetch->x, fetch->y,
                             status, soup_message_get_reason_phrase (fetch->message));
}

static void
download (GTask *task)
{
  WijkTileDownloader *self = g_task_get_source_object (task);
  TileFetch *fetch = g_task_get_task_data (task);
  g_autofree char *uri = tile_uri (self, fetch->x, fetch->y, fetch->zoom);

  fetch->message = soup_message_new (SOUP_METHOD_GET, uri);
  if (fetch->message == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                               "Not a tile address: %s", uri);
      return;
    }

  if (fetch->cached != NULL && fetch->etag != NULL)
    soup_message_headers_append (soup_message_get_request_headers (fetch->message),
                                 "If-None-Match", fetch->etag);

  if (self->session == NULL)
    self->session = soup_session_new_with_options ("user-agent", USER_AGENT,
                                                   "max-conns-per-host", MAX_CONNECTIONS,
                                                   "timeout", TIMEOUT_SECONDS,
                                                   NULL);

  soup_session_send_and_read_async (self->session, fetch->message, G_PRIORITY_DEFAULT,
                                    g_task_get_cancellable (task), on_downloaded,
                                    g_object_ref (task));
}

static void
on_cache_read (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  TileFetch *fetch = g_task_get_task_data (task);

  fetch->cached = shumate_file_cache_get_tile_finish (SHUMATE_FILE_CACHE (source), &fetch->etag,
                                                      &fetch->modified, result, NULL);

  if (g_task_return_error_if_cancelled (task))
    return;

  if (fetch->cached != NULL && is_fresh (fetch->modified))
    deliver (task, fetch->cached);
  else
    download (task);
}

/* The cache makes its folder and database when it is created: only once a
 * tile is wanted. */
static ShumateFileCache *
ensure_cache (WijkTileDownloader *self)
{
  if (self->cache == NULL)
    self->cache = shumate_file_cache_new_full (CACHE_SIZE_LIMIT, self->cache_key, self->cache_dir);

  return self->cache;
}

static void
wijk_tile_downloader_get_tile_data_async (ShumateDataSource   *source,
                                          int                  x,
                                          int                  y,
                                          int                  zoom,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data)
{
  WijkTileDownloader *self = WIJK_TILE_DOWNLOADER (source);
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);
  TileFetch *fetch = g_new0 (TileFetch, 1);

  g_task_set_source_tag (task, wijk_tile_downloader_get_tile_data_async);
  fetch->x = x;
  fetch->y = y;
  fetch->zoom = zoom;
  g_task_set_task_data (task, fetch, (GDestroyNotify) tile_fetch_free);

  shumate_file_cache_get_tile_async (ensure_cache (self), x, y, zoom, cancellable, on_cache_read,
                                     g_steal_pointer (&task));
}

static GBytes *
wijk_tile_downloader_get_tile_data_finish (ShumateDataSource  *source,
                                           GAsyncResult       *result,
                                           GError            **error)
{
  g_return_val_if_fail (g_task_is_valid (result, source), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
wijk_tile_downloader_dispose (GObject *object)
{
  WijkTileDownloader *self = WIJK_TILE_DOWNLOADER (object);

  g_clear_object (&self->session);
  g_clear_object (&self->cache);

  G_OBJECT_CLASS (wijk_tile_downloader_parent_class)->dispose (object);
}

static void
wijk_tile_downloader_finalize (GObject *object)
{
  WijkTileDownloader *self = WIJK_TILE_DOWNLOADER (object);

  g_free (self->url_template);
  g_free (self->cache_key);
  g_free (self->cache_dir);

  G_OBJECT_CLASS (wijk_tile_downloader_parent_class)->finalize (object);
}

static void
wijk_tile_downloader_class_init (WijkTileDownloaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ShumateDataSourceClass *source_class = SHUMATE_DATA_SOURCE_CLASS (klass);

  object_class->dispose = wijk_tile_downloader_dispose;
  object_class->finalize = wijk_tile_downloader_finalize;

  source_class->get_tile_data_async = wijk_tile_downloader_get_tile_data_async;
  source_class->get_tile_data_finish = wijk_tile_downloader_get_tile_data_finish;
}

static void
wijk_tile_downloader_init (WijkTileDownloader *self)
{
}

/**
 * wijk_tile_downloader_new:
 * @url_template: the tiles' address with `{z}`, `{x}` and `{y}`
 * @cache_key: the name of the tiles' folder in the cache
 * @cache_dir: (nullable): the cache's folder, by default libshumate's in
 *   the user's cache folder
 *
 * Nothing is downloaded, and the cache is not touched, until a tile is
 * asked for.
 *
 * Returns: (transfer full): a new downloader
 */
WijkTileDownloader *
wijk_tile_downloader_new (const char *url_template,
                          const char *cache_key,
                          const char *cache_dir)
{
  WijkTileDownloader *self;

  g_return_val_if_fail (url_template != NULL, NULL);
  g_return_val_if_fail (cache_key != NULL, NULL);

  self = g_object_new (WIJK_TYPE_TILE_DOWNLOADER, NULL);
  self->url_template = g_strdup (url_template);
  self->cache_key = g_strdup (cache_key);
  self->cache_dir = g_strdup (cache_dir);
  return self;
}

const char *
wijk_tile_downloader_get_user_agent (WijkTileDownloader *self)
{
  g_return_val_if_fail (WIJK_IS_TILE_DOWNLOADER (self), NULL);
  return USER_AGENT;
}

/**
 * wijk_tile_downloader_get_cache:
 * @self: a downloader
 *
 * Returns: (transfer none): the tile cache
 */
ShumateFileCache *
wijk_tile_downloader_get_cache (WijkTileDownloader *self)
{
  g_return_val_if_fail (WIJK_IS_TILE_DOWNLOADER (self), NULL);
  return ensure_cache (self);
}
