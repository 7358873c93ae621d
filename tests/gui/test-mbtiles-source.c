/* test-mbtiles-source.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "gui-test-util.h"
#include "wijk-map-view.h"
#include "wijk-mbtiles-source.h"

/* A local MBTiles basemap: tiles by XYZ address from TMS rows, delivered
 * through ::received-data (which libshumate 1.0 needs), and drawn under
 * the park's layers. The test makes its own one-tile file. */

/* The tile under 50.850 N, 4.727 E at zoom 15 (n = 2^15 = 32 768):
 * x = ⌊(4.727 + 180)/360 × n⌋ = ⌊16 814.26⌋ = 16 814;
 * y = ⌊(1 − ln(tan φ + sec φ)/π)/2 × n⌋ with tan 50.85° = 1.22831 and
 * sec 50.85° = 1.58390, ln 2.81221 = 1.03397, so
 * ⌊(1 − 0.329124)/2 × 32 768⌋ = ⌊10 991.65⌋ = 10 991. */
#define TILE_ZOOM 15
#define TILE_X 16814
#define TILE_Y 10991
#define TILE_COLOUR_R 0xcc
#define TILE_COLOUR_G 0x33
#define TILE_COLOUR_B 0x66

typedef struct
{
  char  *dir;
  char  *path;
  GBytes *png;
} Fixture;

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static GBytes *
make_png (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 256, 256);
  cairo_t *cr = cairo_create (surface);
  GByteArray *png = g_byte_array_new ();

  cairo_set_source_rgb (cr, TILE_COLOUR_R / 255., TILE_COLOUR_G / 255., TILE_COLOUR_B / 255.);
  cairo_paint (cr);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png_stream (surface, append_bytes, png), ==,
                   CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (png);
}

static void
exec_sql (sqlite3    *db,
          const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

/* One tile at (TILE_X, TILE_Y, TILE_ZOOM) in XYZ terms, stored in its TMS
 * row 2^z − 1 − y. */
static void
write_mbtiles (const char *path,
               GBytes     *png,
               int         x,
               int         y)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gsize size;
  const void *data = g_bytes_get_data (png, &size);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  exec_sql (db, "CREATE TABLE metadata (name TEXT, value TEXT);"
                "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER,"
                "  tile_row INTEGER, tile_data BLOB);"
                "INSERT INTO metadata VALUES ('name', 'Test basemap');"
                "INSERT INTO metadata VALUES ('format', 'png');"
                "INSERT INTO metadata VALUES ('minzoom', '15');"
                "INSERT INTO metadata VALUES ('maxzoom', '15');"
                "INSERT INTO metadata VALUES ('attribution',"
                "  '<a href=\"https://example.org\">© Test data</a>');");
  g_assert_cmpint (sqlite3_prepare_v2 (db, "INSERT INTO tiles VALUES (?, ?, ?, ?)", -1, &stmt,
                                       NULL), ==, SQLITE_OK);
  sqlite3_bind_int (stmt, 1, TILE_ZOOM);
  sqlite3_bind_int (stmt, 2, x);
  sqlite3_bind_int (stmt, 3, (1 << TILE_ZOOM) - 1 - y);
  sqlite3_bind_blob (stmt, 4, data, (int) size, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("wijk-mbtiles-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "basemap.mbtiles", NULL);
  fixture->png = make_png ();
  write_mbtiles (fixture->path, fixture->png, TILE_X, TILE_Y);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gui_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
  g_bytes_unref (fixture->png);
}

typedef struct
{
  guint   received;
  int     x, y, zoom;
  GBytes *bytes;
  GBytes *result;
  GError *error;
  gboolean done;
} Request;

static void
on_received_data (ShumateDataSource *source,
                  int                x,
                  int                y,
                  int                zoom,
                  GBytes            *bytes,
                  Request           *request)
{
  request->received++;
  request->x = x;
  request->y = y;
  request->zoom = zoom;
  g_clear_pointer (&request->bytes, g_bytes_unref);
  request->bytes = g_bytes_ref (bytes);
}

static void
on_tile_data (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Request *request = user_data;

  request->result = shumate_data_source_get_tile_data_finish (SHUMATE_DATA_SOURCE (source),
                                                              result, &request->error);
  request->done = TRUE;
}

static gboolean
request_done (gpointer user_data)
{
  return ((Request *) user_data)->done;
}

static void
request_clear (Request *request)
{
  g_clear_pointer (&request->bytes, g_bytes_unref);
  g_clear_pointer (&request->result, g_bytes_unref);
  g_clear_error (&request->error);
}

static void
fetch (WijkMbtilesSource *source,
       int                x,
       int                y,
       int                zoom,
       Request           *request)
{
  gulong handler = g_signal_connect (source, "received-data", G_CALLBACK (on_received_data),
                                     request);

  shumate_data_source_get_tile_data_async (SHUMATE_DATA_SOURCE (source), x, y, zoom, NULL,
                                           on_tile_data, request);
  g_assert_true (gui_test_wait (request_done, request, 5));
  g_signal_handler_disconnect (source, handler);
}

static void
test_mbtiles_metadata (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WijkMbtilesSource) source = wijk_mbtiles_source_new (fixture->path, &error);
  g_autoptr(ShumateMapSource) map_source = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (wijk_mbtiles_source_get_name (source), ==, "Test basemap");
  g_assert_cmpstr (wijk_mbtiles_source_get_attribution (source), ==, "© Test data");
  g_assert_cmpuint (wijk_mbtiles_source_get_min_zoom (source), ==, 15);
  g_assert_cmpuint (wijk_mbtiles_source_get_max_zoom (source), ==, 15);

  map_source = wijk_mbtiles_source_new_map_source (source);
  g_assert_cmpstr (shumate_map_source_get_license (map_source), ==, "© Test data");
  g_assert_cmpuint (shumate_map_source_get_max_zoom_level (map_source), ==, 15);
}

static void
test_mbtiles_tile (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WijkMbtilesSource) source = wijk_mbtiles_source_new (fixture->path, &error);
  Request request = { 0 };

  g_assert_no_error (error);

  /* The tile, by its XYZ address, once through the signal and once as the
   * result. */
  fetch (source, TILE_X, TILE_Y, TILE_ZOOM, &request);
  g_assert_no_error (request.error);
  g_assert_cmpuint (request.received, ==, 1);
  g_assert_cmpint (request.x, ==, TILE_X);
  g_assert_cmpint (request.y, ==, TILE_Y);
  g_assert_cmpint (request.zoom, ==, TILE_ZOOM);
  g_assert_true (g_bytes_equal (request.bytes, fixture->png));
  g_assert_true (g_bytes_equal (request.result, fixture->png));
  request_clear (&request);

  /* The same row number read as XYZ (no flip) is another, missing tile. */
  memset (&request, 0, sizeof request);
  fetch (source, TILE_X, (1 << TILE_ZOOM) - 1 - TILE_Y, TILE_ZOOM, &request);
  g_assert_error (request.error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpuint (request.received, ==, 0);
  g_assert_null (request.result);
  request_clear (&request);
}

static void
test_mbtiles_not_mbtiles (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *other = g_build_filename (fixture->dir, "other.mbtiles", NULL);
  g_autofree char *missing = g_build_filename (fixture->dir, "missing.mbtiles", NULL);
  g_autoptr(WijkMbtilesSource) source = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (other, &db), ==, SQLITE_OK);
  exec_sql (db, "CREATE TABLE things (a INTEGER)");
  sqlite3_close (db);

  source = wijk_mbtiles_source_new (other, &error);
  g_assert_null (source);
  g_assert_error (error, WIJK_MBTILES_SOURCE_ERROR, WIJK_MBTILES_SOURCE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, other));
  g_clear_error (&error);

  source = wijk_mbtiles_source_new (missing, &error);
  g_assert_null (source);
  g_assert_error (error, WIJK_MBTILES_SOURCE_ERROR, WIJK_MBTILES_SOURCE_ERROR_OPEN);
  g_clear_error (&error);

  /* Vector tiles cannot be shown by libshumate 1.0 as Debian builds it. */
  g_assert_cmpint (sqlite3_open (other, &db), ==, SQLITE_OK);
  exec_sql (db, "CREATE TABLE metadata (name TEXT, value TEXT);"
                "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER,"
                "  tile_row INTEGER, tile_data BLOB);"
                "INSERT INTO metadata VALUES ('format', 'pbf');");
  sqlite3_close (db);
  source = wijk_mbtiles_source_new (other, &error);
  g_assert_null (source);
  g_assert_error (error, WIJK_MBTILES_SOURCE_ERROR, WIJK_MBTILES_SOURCE_ERROR_INVALID);
}

typedef struct
{
  WijkMapView *map;
  double       x;
  double       y;
} PixelWait;

static gboolean
tile_drawn (gpointer user_data)
{
  PixelWait *wait = user_data;
  g_autoptr(GuiTestPixels) pixels = gui_test_render (GTK_WIDGET (wait->map));
  int rgb[3];

  if (!gui_test_pixel_try (pixels, wait->x, wait->y, rgb))
    return FALSE;
  return ABS (rgb[0] - TILE_COLOUR_R) <= 2 && ABS (rgb[1] - TILE_COLOUR_G) <= 2
         && ABS (rgb[2] - TILE_COLOUR_B) <= 2;
}

/* The basemap under the map: the tile's colour shows where no layer
 * covers it, outside the site's outline. */
static void
test_mbtiles_basemap (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "centre.mbtiles", NULL);
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  WijkMapView *map = WIJK_MAP_VIEW (wijk_map_view_new ());
  ShumateViewport *viewport = wijk_map_view_get_viewport (map);
  ShumateMapSource *reference;
  PixelWait wait = { map, 0, 0 };
  int x, y;

  gtk_window_set_default_size (window, 320, 240);
  gtk_window_set_child (window, GTK_WIDGET (map));
  gtk_window_present (window);
  g_assert_true (gui_test_wait (gui_test_widget_has_size, map, 10));

  /* The tile worked out above is the one under the view's centre. */
  reference = shumate_viewport_get_reference_map_source (viewport);
  x = (int) (shumate_map_source_get_x (reference, TILE_ZOOM, WIJK_MAP_VIEW_DEFAULT_LONGITUDE) / 256);
  y = (int) (shumate_map_source_get_y (reference, TILE_ZOOM, WIJK_MAP_VIEW_DEFAULT_LATITUDE) / 256);
  g_assert_cmpint (x, ==, TILE_X);
  g_assert_cmpint (y, ==, TILE_Y);
  write_mbtiles (path, fixture->png, TILE_X, TILE_Y);

  g_assert_true (wijk_map_view_set_basemap (map, WIJK_BASEMAP_MBTILES, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (wijk_map_view_get_basemap (map), ==, WIJK_BASEMAP_MBTILES);
  shumate_viewport_set_zoom_level (viewport, TILE_ZOOM);
  shumate_location_set_location (SHUMATE_LOCATION (viewport), WIJK_MAP_VIEW_DEFAULT_LATITUDE,
                                 WIJK_MAP_VIEW_DEFAULT_LONGITUDE);

  /* The centre pixel lies in that tile. */
  wait.x = gtk_widget_get_width (GTK_WIDGET (map)) / 2.;
  wait.y = gtk_widget_get_height (GTK_WIDGET (map)) / 2.;
  g_assert_true (gui_test_wait (tile_drawn, &wait, 10));

  /* A broken file leaves the basemap as it was. */
  g_assert_false (wijk_map_view_set_basemap (map, WIJK_BASEMAP_MBTILES, "/nonexistent.mbtiles",
                                             &error));
  g_assert_error (error, WIJK_MBTILES_SOURCE_ERROR, WIJK_MBTILES_SOURCE_ERROR_OPEN);
  g_assert_cmpint (wijk_map_view_get_basemap (map), ==, WIJK_BASEMAP_MBTILES);

  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  if (!gui_test_init (&argc, &argv))
    return 0;

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/wijk/mbtiles-source/metadata", test_mbtiles_metadata);
  ADD ("/wijk/mbtiles-source/tile", test_mbtiles_tile);
  ADD ("/wijk/mbtiles-source/not-mbtiles", test_mbtiles_not_mbtiles);
  ADD ("/wijk/mbtiles-source/basemap", test_mbtiles_basemap);

#undef ADD

  return g_test_run ();
}
