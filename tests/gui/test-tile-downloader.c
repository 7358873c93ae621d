/* test-tile-downloader.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libsoup/soup.h>
#include <string.h>
#include <utime.h>

#include "gui-test-util.h"
#include "wijk-tile-downloader.h"

/* The OpenStreetMap tile downloader, against a tile server of the test's
 * own on 127.0.0.1: Wijkpact's user agent, ::received-data for every tile
 * (which libshumate 1.0 needs), the file cache, revalidation of an old tile
 * by its ETag, and an old tile when the server fails. */

#define ETAG "\"tile-v1\""

typedef struct
{
  char       *dir;
  char       *cache_dir;
  SoupServer *server;
  char       *url_template;
  GBytes     *tile;
  guint       requests;
  guint       not_modified;
  char       *user_agent;
  char       *path;
  gboolean    fail;
} Fixture;

static void
handle_request (SoupServer        *server,
                SoupServerMessage *message,
                const char        *path,
                GHashTable        *query,
                gpointer           user_data)
{
  Fixture *fixture = user_data;
  SoupMessageHeaders *request = soup_server_message_get_request_headers (message);
  const char *if_none_match = soup_message_headers_get_one (request, "If-None-Match");
  gsize size;
  const char *data = g_bytes_get_data (fixture->tile, &size);

  fixture->requests++;
  g_free (fixture->user_agent);
  fixture->user_agent = g_strdup (soup_message_headers_get_one (request, "User-Agent"));
  g_free (fixture->path);
  fixture->path = g_strdup (path);

  if (fixture->fail)
    {
      soup_server_message_set_status (message, SOUP_STATUS_SERVICE_UNAVAILABLE, NULL);
      return;
    }

  if (g_strcmp0 (if_none_match, ETAG) == 0)
    {
      fixture->not_modified++;
      soup_server_message_set_status (message, SOUP_STATUS_NOT_MODIFIED, NULL);
      return;
    }

  soup_message_headers_append (soup_server_message_get_response_headers (message), "ETag", ETAG);
  soup_server_message_set_status (message, SOUP_STATUS_OK, NULL);
  soup_server_message_set_response (message, "image/png", SOUP_MEMORY_COPY, data, size);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GSList *uris;
  g_autofree char *base = NULL;

  fixture->dir = g_dir_make_tmp ("wijk-tiles-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->cache_dir = g_build_filename (fixture->dir, "cache", NULL);
  fixture->tile = g_bytes_new_static ("\x89PNG pretend tile", 17);

  fixture->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (fixture->server, NULL, handle_request, fixture, NULL);
  g_assert_true (soup_server_listen_local (fixture->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY,
                                           &error));
  g_assert_no_error (error);

  uris = soup_server_get_uris (fixture->server);
  g_assert_nonnull (uris);
  base = g_uri_to_string (uris->data);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
  fixture->url_template = g_strconcat (base, "tiles/{z}/{x}/{y}.png", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->server);
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

static gboolean
cache_written (gpointer user_data)
{
  Fixture *fixture = user_data;
  g_autofree char *tile = g_build_filename (fixture->cache_dir, "test-tiles", "14", "8408",
                                            "5495.png", NULL);

  return g_file_test (tile, G_FILE_TEST_IS_REGULAR);
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
  g_assert_true (gui_test_wait (cache_written, fixture, 10));

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
