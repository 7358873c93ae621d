/* test-tile-downloader.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <utime.h>

#include "gui-test-util.h"
#include "wijk-tile-downloader.h"

/* The OpenStreetMap tile downloader, against a tile server of the test's
 * own on 127.0.0.1 (plain GIO, in threads): Wijkpact's user agent,
 * ::received-data for every tile (which libshumate 1.0 needs), the file
 * cache, revalidation of an old tile by its ETag, and an old tile when the
 * server fails. */

#define ETAG "\"tile-v1\""

/* The server runs in its own threads (GThreadedSocketService), so what it
 * records is behind a lock. Each connection is counted from its arrival (on
 * the main thread) to the end of its thread, so that tear-down can end the
 * connections and wait for their threads before it frees the fixture. */
typedef struct
{
  char                   *dir;
  char                   *cache_dir;
  GSocketService         *server;
  char                   *url_template;
  GBytes                 *tile;
  GMutex                  lock;
  GCond                   idle;
  GPtrArray              *connections;
  guint                   requests;
  guint                   not_modified;
  char                   *user_agent;
  char                   *path;
  gboolean                fail;
} Fixture;

static char *
read_line (GDataInputStream *data)
{
  char *line = g_data_input_stream_read_line (data, NULL, NULL, NULL);

  if (line != NULL)
    g_strchomp (line);  /* the \r */
  return line;
}

/* One request: its method line and headers; the answer depends on the
 * fixture and on If-None-Match. */
static gboolean
serve_one (Fixture          *fixture,
           GDataInputStream *data,
           GOutputStream    *out)
{
  g_autofree char *request = read_line (data);
  g_autofree char *user_agent = NULL;
  g_autofree char *if_none_match = NULL;
  g_auto(GStrv) parts = NULL;
  g_autoptr(GString) response = g_string_new (NULL);
  gsize size;
  const char *body = g_bytes_get_data (fixture->tile, &size);
  gboolean send_body = FALSE;

  if (request == NULL || *request == '\0')
    return FALSE;
  parts = g_strsplit (request, " ", 3);

  for (;;)
    {
      g_autofree char *header = read_line (data);

      if (header == NULL)
        return FALSE;
      if (*header == '\0')
        break;
      if (g_ascii_strncasecmp (header, "User-Agent:", 11) == 0)
        user_agent = g_strdup (g_strstrip (header + 11));
      else if (g_ascii_strncasecmp (header, "If-None-Match:", 14) == 0)
        if_none_match = g_strdup (g_strstrip (header + 14));
    }

  g_mutex_lock (&fixture->lock);
  fixture->requests++;
  g_free (fixture->user_agent);
  fixture->user_agent = g_steal_pointer (&user_agent);
  g_free (fixture->path);
  fixture->path = g_strdup (parts[1]);
  if (fixture->fail)
    g_string_append (response, "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n\r\n");
  else if (g_strcmp0 (if_none_match, ETAG) == 0)
    {
      fixture->not_modified++;
      g_string_append (response, "HTTP/1.1 304 Not Modified\r\nETag: " ETAG "\r\n\r\n");
    }
  else
    {
      g_string_append_printf (response, "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n"
                                        "Content-Length: %" G_GSIZE_FORMAT "\r\n"
                                        "ETag: " ETAG "\r\n\r\n", size);
      send_body = TRUE;
    }
  g_mutex_unlock (&fixture->lock);

  return g_output_stream_write_all (out, response->str, response->len, NULL, NULL, NULL)
         && (!send_body || g_output_stream_write_all (out, body, size, NULL, NULL, NULL));
}

static gboolean
on_incoming (GSocketService    *service,
             GSocketConnection *connection,
             GObject           *source,
             gpointer           user_data)
{
  Fixture *fixture = user_data;

  g_mutex_lock (&fixture->lock);
  g_ptr_array_add (fixture->connections, g_object_ref (connection));
  g_mutex_unlock (&fixture->lock);

  return FALSE;  /* the threaded service's own handler starts the thread */
}

static gboolean
on_run (GThreadedSocketService *service,
        GSocketConnection      *connection,
        GObject                *source,
        gpointer                user_data)
{
  Fixture *fixture = user_data;
  g_autoptr(GDataInputStream) data =
    g_data_input_stream_new (g_io_stream_get_input_stream (G_IO_STREAM (connection)));
  GOutputStream *out = g_io_stream_get_output_stream (G_IO_STREAM (connection));

  /* Until the client closes the connection it keeps alive. */
  while (serve_one (fixture, data, out))
    ;

  g_mutex_lock (&fixture->lock);
  g_ptr_array_remove (fixture->connections, connection);
  g_cond_signal (&fixture->idle);
  g_mutex_unlock (&fixture->lock);

  return TRUE;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) address = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;

  fixture->dir = g_dir_make_tmp ("wijk-tiles-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->cache_dir = g_build_filename (fixture->dir, "cache", NULL);
  fixture->tile = g_bytes_new_static ("\x89PNG pretend tile", 17);
  g_mutex_init (&fixture->lock);
  g_cond_init (&fixture->idle);
  fixture->connections = g_ptr_array_new_with_free_func (g_object_unref);

  /* No thread limit: a limited service stops accepting when it is full and
   * starts again by itself when a connection ends, which can happen after
   * fixture_tear_down() closed the listener ("Listener is already closed"). */
  fixture->server = g_threaded_socket_service_new (-1);
  g_signal_connect (fixture->server, "incoming", G_CALLBACK (on_incoming), fixture);
  g_signal_connect (fixture->server, "run", G_CALLBACK (on_run), fixture);
  g_assert_true (g_socket_listener_add_address (G_SOCKET_LISTENER (fixture->server), address,
                                                G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP,
                                                NULL, &bound, &error));
  g_assert_no_error (error);
  g_socket_service_start (fixture->server);

  fixture->url_template =
    g_strdup_printf ("http://127.0.0.1:%u/tiles/{z}/{x}/{y}.png",
                     g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound)));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  g_socket_service_stop (fixture->server);
  g_socket_listener_close (G_SOCKET_LISTENER (fixture->server));

  /* End the connections still open (a shut-down socket wakes the thread
   * that reads from it) and wait until their threads are done with the
   * fixture. */
  g_mutex_lock (&fixture->lock);
  for (guint i = 0; i < fixture->connections->len; i++)
    g_socket_shutdown (g_socket_connection_get_socket (g_ptr_array_index (fixture->connections, i)),
                       TRUE, TRUE, NULL);
  while (fixture->connections->len > 0)
    {
      if (!g_cond_wait_until (&fixture->idle, &fixture->lock, end))
        break;
    }
  g_assert_cmpuint (fixture->connections->len, ==, 0);
  g_mutex_unlock (&fixture->lock);

  g_clear_object (&fixture->server);
  g_ptr_array_unref (fixture->connections);
  g_cond_clear (&fixture->idle);
  g_mutex_clear (&fixture->lock);
  gui_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->cache_dir);
  g_free (fixture->url_template);
  g_free (fixture->user_agent);
  g_free (fixture->path);
  g_bytes_unref (fixture->tile);
}

typedef struct
{
  guint   received;
  GBytes *received_bytes;
  GBytes *result;
  GError *error;
  gboolean done;
} Fetch;

static void
fetch_clear (Fetch *fetch)
{
  g_clear_pointer (&fetch->received_bytes, g_bytes_unref);
  g_clear_pointer (&fetch->result, g_bytes_unref);
  g_clear_error (&fetch->error);
  memset (fetch, 0, sizeof *fetch);
}

static void
on_received_data (ShumateDataSource *source,
                  int                x,
                  int                y,
                  int                zoom,
                  GBytes            *bytes,
                  Fetch             *fetch)
{
  g_assert_cmpint (x, ==, 8408);
  g_assert_cmpint (y, ==, 5495);
  g_assert_cmpint (zoom, ==, 14);
  fetch->received++;
  g_clear_pointer (&fetch->received_bytes, g_bytes_unref);
  fetch->received_bytes = g_bytes_ref (bytes);
}

static void
on_fetched (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Fetch *fetch = user_data;

  fetch->result = shumate_data_source_get_tile_data_finish (SHUMATE_DATA_SOURCE (source), result,
                                                            &fetch->error);
  fetch->done = TRUE;
}

static gboolean
fetch_done (gpointer user_data)
{
  return ((Fetch *) user_data)->done;
}

/* The tile 14/8408/5495, which covers the park. */
static void
fetch_tile (WijkTileDownloader *downloader,
            Fetch              *fetch)
{
  gulong handler = g_signal_connect (downloader, "received-data", G_CALLBACK (on_received_data),
                                     fetch);

  shumate_data_source_get_tile_data_async (SHUMATE_DATA_SOURCE (downloader), 8408, 5495, 14, NULL,
                                           on_fetched, fetch);
  g_assert_true (gui_test_wait (fetch_done, fetch, 10));
  g_signal_handler_disconnect (downloader, handler);
}

/* The cached tile's files, made a fortnight old. */
static void
age_cache (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      struct utimbuf old;

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        {
          age_cache (child);
          continue;
        }

      old.actime = old.modtime = time (NULL) - 14 * 24 * 3600;
      g_assert_cmpint (g_utime (child, &old), ==, 0);
    }
}

typedef struct
{
  GBytes  *bytes;
  char    *etag;
  gboolean done;
} CacheRead;

static void
on_cache_read (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  CacheRead *read = user_data;

  read->bytes = shumate_file_cache_get_tile_finish (SHUMATE_FILE_CACHE (source), &read->etag,
                                                    NULL, result, NULL);
  read->done = TRUE;
}

static gboolean
cache_read_done (gpointer user_data)
{
  return ((CacheRead *) user_data)->done;
}

/* Whether the cache holds the whole tile and its ETag. A file cache writes
 * a new tile's file in place and records the ETag after it, so the file's
 * existence alone does not say the tile is stored; a second cache on the
 * same folder reads what the downloader's has stored. */
static gboolean
cache_holds_tile (gpointer user_data)
{
  Fixture *fixture = user_data;
  g_autoptr(ShumateFileCache) cache =
    shumate_file_cache_new_full (100 * 1000 * 1000, "test-tiles", fixture->cache_dir);
  CacheRead read = { 0 };
  gboolean holds;

  shumate_file_cache_get_tile_async (cache, 8408, 5495, 14, NULL, on_cache_read, &read);
  g_assert_true (gui_test_wait (cache_read_done, &read, 10));
  holds = read.bytes != NULL && g_bytes_equal (read.bytes, fixture->tile)
          && g_strcmp0 (read.etag, ETAG) == 0;
  g_clear_pointer (&read.bytes, g_bytes_unref);
  g_free (read.etag);
  return holds;
}

static void
test_tile_downloader_fetch (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(WijkTileDownloader) downloader = NULL;
  g_autoptr(WijkTileDownloader) again = NULL;
  g_autofree char *expected_agent = g_strdup_printf ("Wijkpact/%s (+https://github.com/wijkpact/wijkpact)",
                                                     PACKAGE_VERSION);
  Fetch fetch = { 0 };

  downloader = wijk_tile_downloader_new (fixture->url_template, "test-tiles", fixture->cache_dir);
  g_assert_cmpstr (wijk_tile_downloader_get_user_agent (downloader), ==, expected_agent);

  /* Nothing is written before a tile is wanted. */
  g_assert_false (g_file_test (fixture->cache_dir, G_FILE_TEST_EXISTS));

  /* From the server, with Wijkpact's user agent, at the template's path. */
  fetch_tile (downloader, &fetch);
  g_assert_no_error (fetch.error);
  g_assert_cmpuint (fixture->requests, ==, 1);
  g_assert_cmpstr (fixture->user_agent, ==, expected_agent);
  g_assert_cmpstr (fixture->path, ==, "/tiles/14/8408/5495.png");
  g_assert_cmpuint (fetch.received, ==, 1);
  g_assert_true (g_bytes_equal (fetch.received_bytes, fixture->tile));
  g_assert_true (g_bytes_equal (fetch.result, fixture->tile));
  fetch_clear (&fetch);
  g_assert_true (gui_test_wait (cache_holds_tile, fixture, 10));

  /* A week's fresh tile comes from the cache alone, even in a new
   * downloader (a new start of the application). */
  again = wijk_tile_downloader_new (fixture->url_template, "test-tiles", fixture->cache_dir);
  fetch_tile (again, &fetch);
  g_assert_no_error (fetch.error);
  g_assert_cmpuint (fixture->requests, ==, 1);
  g_assert_cmpuint (fetch.received, ==, 1);
  g_assert_true (g_bytes_equal (fetch.result, fixture->tile));
  fetch_clear (&fetch);

  /* An old one is revalidated: the server says 304 and the cached tile
   * is used. */
  age_cache (fixture->cache_dir);
  fetch_tile (again, &fetch);
  g_assert_no_error (fetch.error);
  g_assert_cmpuint (fixture->requests, ==, 2);
  g_assert_cmpuint (fixture->not_modified, ==, 1);
  g_assert_true (g_bytes_equal (fetch.result, fixture->tile));
  fetch_clear (&fetch);

  /* When the server fails, an old tile is still shown. */
  age_cache (fixture->cache_dir);
  fixture->fail = TRUE;
  fetch_tile (again, &fetch);
  g_assert_no_error (fetch.error);
  g_assert_cmpuint (fixture->requests, ==, 3);
  g_assert_true (g_bytes_equal (fetch.result, fixture->tile));
  fetch_clear (&fetch);
}

static void
test_tile_downloader_failure (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(WijkTileDownloader) downloader = NULL;
  Fetch fetch = { 0 };

  /* No cached tile and a failing server: an error, and no tile. */
  fixture->fail = TRUE;
  downloader = wijk_tile_downloader_new (fixture->url_template, "test-tiles", fixture->cache_dir);
  fetch_tile (downloader, &fetch);
  g_assert_error (fetch.error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_assert_null (fetch.result);
  g_assert_cmpuint (fetch.received, ==, 0);
  g_assert_cmpuint (fixture->requests, ==, 1);
  fetch_clear (&fetch);
}

int
main (int   argc,
      char *argv[])
{
  /* No display needed: a data source is a plain GObject. */
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/wijk/tile-downloader/fetch-cache-revalidate", test_tile_downloader_fetch);
  ADD ("/wijk/tile-downloader/failure", test_tile_downloader_failure);

#undef ADD

  return g_test_run ();
}
