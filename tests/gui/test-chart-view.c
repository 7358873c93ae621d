/* test-chart-view.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "gui-test-util.h"
#include "wijk-chart-view.h"

/* How many pixels of @widget, as drawn, have the colour @rgb (0xRRGGBB). */
static guint
count_colour (GtkWidget *widget,
              guint32    rgb)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree guchar *data = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  guint n = 0;

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    return 0;
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  data = g_malloc ((gsize) width * height * 4);
  /* CAIRO_FORMAT_ARGB32: one native-endian 0xAARRGGBB word a pixel. */
  gdk_texture_download (texture, data, (gsize) width * 4);
  for (int i = 0; i < width * height; i++)
    n += (((const guint32 *) data)[i] & 0xffffff) == rgb;
  return n;
}

static guint32
hex_rgb (const char *hex)
{
  return (guint32) g_ascii_strtoull (hex + 1, NULL, 16);
}

static GtkWidget *
show_in_window (GtkWidget *chart,
                int        width,
                int        height)
{
  GtkWidget *window = gtk_window_new ();

  gtk_widget_set_size_request (chart, width, height);
  gtk_window_set_child (GTK_WINDOW (window), chart);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);
  return window;
}

static void
test_kind (void)
{
  GtkWidget *chart = g_object_ref_sink (wijk_chart_view_new (WIJK_CHART_KIND_THEMES));
  WijkChartKind kind;

  g_assert_cmpint (wijk_chart_view_get_kind (WIJK_CHART_VIEW (chart)), ==,
                   WIJK_CHART_KIND_THEMES);
  wijk_chart_view_set_kind (WIJK_CHART_VIEW (chart), WIJK_CHART_KIND_PROGRESS);
  g_object_get (chart, "kind", &kind, NULL);
  g_assert_cmpint (kind, ==, WIJK_CHART_KIND_PROGRESS);
  g_assert_finalize_object (chart);
}

static void
test_theme_values (void)
{
  GtkWidget *chart = wijk_chart_view_new (WIJK_CHART_KIND_THEMES);
  GtkWidget *window;
  double values[WIJK_N_THEMES] = { 0 };
  double copy[WIJK_N_THEMES];
  guint32 energy = hex_rgb (wijk_theme_get_colour (WIJK_THEME_RENEWABLE_ENERGY));
  guint32 mobility = hex_rgb (wijk_theme_get_colour (WIJK_THEME_MOBILITY));

  window = show_in_window (chart, 300, 210);

  /* Nothing yet: no bar of any theme colour. */
  for (guint i = 0; i < WIJK_N_THEMES; i++)
    g_assert_cmpuint (count_colour (chart, hex_rgb (wijk_theme_get_colour (i))), ==, 0);

  values[WIJK_THEME_RENEWABLE_ENERGY] = 33.75;
  wijk_chart_view_set_theme_values (WIJK_CHART_VIEW (chart), values,
                                    WIJK_CHART_UNIT_TONNES_PER_YEAR);
  wijk_chart_view_get_theme_values (WIJK_CHART_VIEW (chart), copy);
  g_assert_cmpmem (copy, sizeof copy, values, sizeof values);
  gtk_test_widget_wait_for_draw (window);

  /* The only value is the largest: its bar fills the bar area, in the
   * energy colour; mobility has none. */
  g_assert_cmpuint (count_colour (chart, energy), >, 200);
  g_assert_cmpuint (count_colour (chart, mobility), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_progress (void)
{
  GtkWidget *chart = wijk_chart_view_new (WIJK_CHART_KIND_PROGRESS);
  GtkWidget *window;
  GdkRGBA accent;
  guint32 accent_rgb;
  guint half;
  guint full;

  window = show_in_window (chart, 200, 10);
G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  g_assert_true (gtk_style_context_lookup_color (gtk_widget_get_style_context (chart),
                                                 "accent_bg_color", &accent));
G_GNUC_END_IGNORE_DEPRECATIONS
  accent_rgb = ((guint32) lround (accent.red * 255) << 16)
               | ((guint32) lround (accent.green * 255) << 8)
               | (guint32) lround (accent.blue * 255);

  /* No target: an empty track, no accent. */
  g_assert_cmpuint (count_colour (chart, accent_rgb), ==, 0);

  /* 3,150 of 6,300 t is half the bar; 6,300 of 6,300 all of it: about
   * twice as many accent pixels (± the rounded ends). */
  wijk_chart_view_set_progress (WIJK_CHART_VIEW (chart), 3150, 6300);
  gtk_test_widget_wait_for_draw (window);
  half = count_colour (chart, accent_rgb);
  wijk_chart_view_set_progress (WIJK_CHART_VIEW (chart), 6300, 6300);
  gtk_test_widget_wait_for_draw (window);
  full = count_colour (chart, accent_rgb);
  g_assert_cmpuint (half, >, 200);
  g_assert_cmpfloat (fabs (full - 2.0 * half), <, 0.1 * full);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  if (!gui_test_init (&argc, &argv))
    return 0;
  setlocale (LC_NUMERIC, "C.UTF-8");
  setlocale (LC_MONETARY, "C.UTF-8");

  g_test_add_func ("/wijk/chart-view/kind", test_kind);
  g_test_add_func ("/wijk/chart-view/theme-values", test_theme_values);
  g_test_add_func ("/wijk/chart-view/progress", test_progress);

  return g_test_run ();
}
