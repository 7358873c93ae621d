/* gui-test-util.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the window and map tests share: a display check, a small workshop
 * file in a temporary directory, waiting for a condition with a timeout,
 * and reading back the pixels a widget draws.
 */

#pragma once

#include <adwaita.h>
#include <glib/gstdio.h>

#include "wijk-catalog.h"
#include "wijk-geometry.h"
#include "wijk-resources.h"
#include "wijk-store.h"

/* Initialises GTK and libadwaita; returns FALSE (after printing a TAP skip
 * plan) when there is no display to run on. */
static inline gboolean
gui_test_init (int    *argc,
               char ***argv)
{
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display (meson test runs each GUI test on an Xvfb of its own)\n");
      return FALSE;
    }

  gtk_test_init (argc, argv, NULL);
  adw_init ();
  /* The same light colours on every machine. */
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_resources_register (wijk_get_resource ());
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    "/io/github/wijkpact/Wijkpact/icons");
  return TRUE;
}

/* Runs the main loop until condition (user_data) is TRUE or seconds pass. */
static inline gboolean
gui_test_wait (gboolean (*condition) (gpointer),
               gpointer   user_data,
               double     seconds)
{
  gint64 end = g_get_monotonic_time () + (gint64) (seconds * G_USEC_PER_SEC);

  while (!condition (user_data))
    {
      if (g_get_monotonic_time () > end)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }

  return TRUE;
}

/* The first visible toplevel of the given type (a dialog, the about
 * window…), or %NULL. */
static inline GtkWindow *
gui_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

/* For gui_test_wait(): whether the widget (user_data) is mapped and laid
 * out with a width. */
static inline gboolean
gui_test_widget_has_size (gpointer user_data)
{
  GtkWidget *widget = user_data;

  return gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0;
}

/* Iterates the main loop for a while, e.g. to let a frame be drawn. */
static inline void
gui_test_spin (double seconds)
{
  gint64 end = g_get_monotonic_time () + (gint64) (seconds * G_USEC_PER_SEC);

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static inline void
gui_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        gui_test_remove_tree (child);
      else
        g_assert_cmpint (g_unlink (child), ==, 0);
    }
  g_assert_cmpint (g_rmdir (path), ==, 0);
}

static inline WijkGeometry *
gui_test_rectangle (double lon0,
                    double lat0,
                    double lon1,
                    double lat1)
{
  WijkLonLat ring[] = { { lon0, lat0 }, { lon1, lat0 }, { lon1, lat1 }, { lon0, lat1 } };

  return wijk_geometry_new_polygon (ring, G_N_ELEMENTS (ring));
}

/* A park around 50.850 N, 4.727 E: its outline, one street, one plot of
 * "acme" (#0072b2) in its south-west, a solar PV action "a1" (a point in
 * the north-east) and a bike action "a2" (a point in the south-east). */
static inline WijkWorkshop *
gui_test_workshop (void)
{
  WijkWorkshop *ws = wijk_workshop_new ();
  WijkOrganisation *org = wijk_organisation_new ("acme");
  WijkPlot *plot;
  WijkAction *action;
  WijkOwner *owner;
  WijkLonLat street[] = { { 4.716, 50.850 }, { 4.738, 50.850 } };
  GArray *line;
  GPtrArray *part;

  /* wijk_workshop_new() gives a uuid, English, euros and a 4 % rate. */
  ws->name = g_strdup ("Test park");
  ws->baseline_year = 2024;
  ws->target_year = 2030;

  org->name = g_strdup ("Acme");
  org->colour = g_strdup ("#0072b2");
  g_ptr_array_add (ws->organisations, org);

  plot = wijk_plot_new ("site");
  g_free (plot->kind);
  plot->kind = g_strdup ("outline");
  plot->geometry = gui_test_rectangle (4.715, 50.843, 4.739, 50.857);
  g_ptr_array_add (ws->plots, plot);

  plot = wijk_plot_new ("street");
  plot->name = g_strdup ("Teststraat");
  g_free (plot->kind);
  plot->kind = g_strdup ("street");
  plot->geometry = wijk_geometry_new (WIJK_GEOMETRY_LINE_STRING);
  line = g_array_new (FALSE, FALSE, sizeof (WijkLonLat));
  g_array_append_vals (line, street, G_N_ELEMENTS (street));
  part = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_ptr_array_add (part, line);
  g_ptr_array_add (plot->geometry->parts, part);
  g_ptr_array_add (ws->plots, plot);

  plot = wijk_plot_new ("p1");
  plot->name = g_strdup ("Acme campus");
  plot->owner_org = g_strdup ("acme");
  plot->geometry = gui_test_rectangle (4.717, 50.844, 4.724, 50.848);
  g_ptr_array_add (ws->plots, plot);

  action = wijk_action_new ("a1", "solar_pv");
  wijk_action_type_set_defaults (wijk_catalog_lookup ("solar_pv"), action);
  action->title = g_strdup ("Solar on the hall");
  action->location = wijk_geometry_new_point (4.733, 50.854);
  owner = wijk_owner_new ("acme");
  owner->cost_share = 1;
  owner->benefit_share = 1;
  g_ptr_array_add (action->owners, owner);
  g_ptr_array_add (ws->actions, action);

  action = wijk_action_new ("a2", "bike_shift");
  wijk_action_type_set_defaults (wijk_catalog_lookup ("bike_shift"), action);
  action->title = g_strdup ("Bikes for all");
  action->location = wijk_geometry_new_point (4.733, 50.846);
  g_ptr_array_add (ws->actions, action);

  return ws;
}

/* Creates the test workshop in a new temporary directory. */
static inline WijkStore *
gui_test_create_store (char **dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WijkWorkshop) ws = gui_test_workshop ();
  g_autofree char *path = NULL;
  WijkStore *store;

  *dir = g_dir_make_tmp ("wijk-gui-test-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (*dir, "test.wijkpact", NULL);
  store = wijk_store_create (path, ws, &error);
  g_assert_no_error (error);
  return store;
}

typedef struct
{
  int     width;
  int     height;
  gsize   stride;
  guchar *data;   /* GDK_MEMORY_DEFAULT: premultiplied B, G, R, A bytes */
} GuiTestPixels;

static inline void
gui_test_pixels_free (GuiTestPixels *pixels)
{
  g_free (pixels->data);
  g_free (pixels);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GuiTestPixels, gui_test_pixels_free)

/* What @widget draws now, rendered by its window's renderer. */
static inline GuiTestPixels *
gui_test_render (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderNode *node;
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GuiTestPixels *pixels = g_new0 (GuiTestPixels, 1);

  pixels->width = gtk_widget_get_width (widget);
  pixels->height = gtk_widget_get_height (widget);
  g_assert_cmpint (pixels->width, >, 0);
  g_assert_cmpint (pixels->height, >, 0);

  pixels->stride = (gsize) pixels->width * 4;
  pixels->data = g_malloc0 ((gsize) pixels->height * pixels->stride);

  /* A widget that draws nothing yet gives no node: all transparent. */
  gdk_paintable_snapshot (paintable, snapshot, pixels->width, pixels->height);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node == NULL)
    return pixels;

  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node,
                                         &GRAPHENE_RECT_INIT (0, 0, pixels->width, pixels->height));
  gsk_render_node_unref (node);
  gdk_texture_download (texture, pixels->data, pixels->stride);
  return pixels;
}

/* The colour at (x, y), 0–255 per channel; FALSE unless it is opaque. */
static inline gboolean
gui_test_pixel_try (const GuiTestPixels *pixels,
                    double               x,
                    double               y,
                    int                  rgb[3])
{
  int px = (int) x, py = (int) y;
  const guchar *p;

  g_assert_cmpint (px, >=, 0);
  g_assert_cmpint (py, >=, 0);
  g_assert_cmpint (px, <, pixels->width);
  g_assert_cmpint (py, <, pixels->height);

  p = pixels->data + (gsize) py * pixels->stride + (gsize) px * 4;
  rgb[0] = p[2];
  rgb[1] = p[1];
  rgb[2] = p[0];
  return p[3] == 255;
}

static inline void
gui_test_pixel (const GuiTestPixels *pixels,
                double               x,
                double               y,
                int                  rgb[3])
{
  g_assert_true (gui_test_pixel_try (pixels, x, y, rgb));
}

static inline void
gui_test_assert_colour (const int   rgb[3],
                        const int   expected[3],
                        int         tolerance)
{
  for (int i = 0; i < 3; i++)
    {
      if (ABS (rgb[i] - expected[i]) > tolerance)
        g_error ("colour (%d, %d, %d) is not (%d, %d, %d) ± %d",
                 rgb[0], rgb[1], rgb[2], expected[0], expected[1], expected[2], tolerance);
    }
}
