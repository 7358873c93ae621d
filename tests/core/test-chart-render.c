/* test-chart-render.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "wijk-chart-render.h"

#define WIDTH 400
#define HEIGHT 210

typedef struct
{
  cairo_surface_t *surface;
  cairo_t *cr;
  WijkChartStyle style;
} Canvas;

/* A white canvas with a style whose colours are opaque, so that a pixel
 * either has a bar's colour exactly or does not. */
static void
canvas_init (Canvas *canvas)
{
  static const WijkChartStyle style = {
    .foreground = { 0, 0, 0, 1 },
    .track = { 0.5, 0.5, 0.5, 1 },     /* #808080 */
    .accent = { 1, 0, 0, 1 },          /* #ff0000 */
    .font = "Sans 10",
  };

  canvas->surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  canvas->cr = cairo_create (canvas->surface);
  canvas->style = style;
  cairo_set_source_rgb (canvas->cr, 1, 1, 1);
  cairo_paint (canvas->cr);
}

static void
canvas_clear (Canvas *canvas)
{
  cairo_destroy (canvas->cr);
  cairo_surface_destroy (canvas->surface);
}

static guint32
pixel_at (Canvas *canvas,
          int     x,
          int     y)
{
  const guchar *data;
  int stride;

  cairo_surface_flush (canvas->surface);
  data = cairo_image_surface_get_data (canvas->surface);
  stride = cairo_image_surface_get_stride (canvas->surface);
  return *(const guint32 *) (data + y * stride + x * 4) & 0xffffff;
}

static guint32
hex_rgb (const char *hex)
{
  return (guint32) g_ascii_strtoull (hex + 1, NULL, 16);
}

/* How many pixels of the rectangle (x0, y0)–(x1, y1) have @rgb. */
static guint
count_pixels (Canvas  *canvas,
              guint32  rgb,
              int      x0,
              int      y0,
              int      x1,
              int      y1)
{
  guint n = 0;

  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++)
      n += pixel_at (canvas, x, y) == rgb;
  return n;
}

static void
test_progress_half (void)
{
  Canvas canvas;

  canvas_init (&canvas);
  /* 3,150 of 6,300 t reached: the fill ends at 0.5 · 400 = 200 px. The bar
   * is at most 14 px thick, at the top; its middle row is y = 5. */
  wijk_chart_render_progress (canvas.cr, WIDTH, 40, 3150, 6300, &canvas.style);

  g_assert_cmphex (pixel_at (&canvas, 100, 5), ==, 0xff0000);
  g_assert_cmphex (pixel_at (&canvas, 195, 5), ==, 0xff0000);
  g_assert_cmphex (pixel_at (&canvas, 205, 5), ==, 0x808080);
  g_assert_cmphex (pixel_at (&canvas, 300, 5), ==, 0x808080);
  /* Below the bar and its labels nothing is drawn. */
  g_assert_cmpuint (count_pixels (&canvas, 0xffffff, 0, 41, WIDTH, HEIGHT), ==,
                    WIDTH * (HEIGHT - 41));
  canvas_clear (&canvas);
}

static void
test_progress_beyond_target (void)
{
  Canvas canvas;

  canvas_init (&canvas);
  /* 7,000 of 6,300 t: more than the target, the bar is full. */
  wijk_chart_render_progress (canvas.cr, WIDTH, 12, 7000, 6300, &canvas.style);
  g_assert_cmpuint (count_pixels (&canvas, 0x808080, 0, 0, WIDTH, 12), ==, 0);
  g_assert_cmphex (pixel_at (&canvas, 390, 6), ==, 0xff0000);
  canvas_clear (&canvas);
}

static void
test_progress_no_target (void)
{
  Canvas canvas;

  canvas_init (&canvas);
  /* No target (0 or undefined): an empty track, no fill, no crash. */
  wijk_chart_render_progress (canvas.cr, WIDTH, 12, 500, 0, &canvas.style);
  wijk_chart_render_progress (canvas.cr, WIDTH, 12, NAN, NAN, &canvas.style);
  g_assert_cmpuint (count_pixels (&canvas, 0xff0000, 0, 0, WIDTH, HEIGHT), ==, 0);
  g_assert_cmphex (pixel_at (&canvas, 200, 6), ==, 0x808080);
  canvas_clear (&canvas);
}

static void
test_themes_one_bar (void)
{
  Canvas canvas;
  double values[WIJK_N_THEMES] = { 0 };
  guint32 mobility = hex_rgb (wijk_theme_get_colour (WIJK_THEME_MOBILITY));
  int row = HEIGHT / WIJK_N_THEMES;   /* 30 px a row, mobility first */

  values[WIJK_THEME_MOBILITY] = 120;
  canvas_init (&canvas);
  wijk_chart_render_themes (canvas.cr, WIDTH, HEIGHT, values,
                            WIJK_CHART_UNIT_TONNES_PER_YEAR, &canvas.style);

  /* The largest value's bar fills the bar area: many pixels of the
   * mobility colour in the first row, none in the others. */
  g_assert_cmpuint (count_pixels (&canvas, mobility, 0, 0, WIDTH, row), >, 1000);
  g_assert_cmpuint (count_pixels (&canvas, mobility, 0, row, WIDTH, HEIGHT), ==, 0);
  for (guint i = 0; i < WIJK_N_THEMES; i++)
    {
      if (i != WIJK_THEME_MOBILITY)
        g_assert_cmpuint (count_pixels (&canvas, hex_rgb (wijk_theme_get_colour (i)),
                                        0, 0, WIDTH, HEIGHT), ==, 0);
    }
  canvas_clear (&canvas);
}

static void
test_themes_proportional (void)
{
  Canvas canvas;
  double values[WIJK_N_THEMES] = { 0 };
  guint32 energy = hex_rgb (wijk_theme_get_colour (WIJK_THEME_RENEWABLE_ENERGY));
  guint32 green = hex_rgb (wijk_theme_get_colour (WIJK_THEME_GREEN_SPACE));
  int row = HEIGHT / WIJK_N_THEMES;
  guint energy_len;
  guint green_len;

  values[WIJK_THEME_RENEWABLE_ENERGY] = 200;
  values[WIJK_THEME_GREEN_SPACE] = 50;
  canvas_init (&canvas);
  wijk_chart_render_themes (canvas.cr, WIDTH, HEIGHT, values,
                            WIJK_CHART_UNIT_MONEY, &canvas.style);

  /* Bar lengths measured along each row's middle line: 50 is a quarter of
   * 200, so the green bar is a quarter of the energy bar (± 2 px of edge
   * antialiasing). */
  energy_len = count_pixels (&canvas, energy, 0, row * WIJK_THEME_RENEWABLE_ENERGY + row / 2,
                             WIDTH, row * WIJK_THEME_RENEWABLE_ENERGY + row / 2 + 1);
  green_len = count_pixels (&canvas, green, 0, row * WIJK_THEME_GREEN_SPACE + row / 2,
                            WIDTH, row * WIJK_THEME_GREEN_SPACE + row / 2 + 1);
  g_assert_cmpuint (energy_len, >, 100);
  g_assert_cmpfloat (fabs (green_len - energy_len / 4.0), <=, 2.0);
  canvas_clear (&canvas);
}

static void
test_themes_empty (void)
{
  Canvas canvas;
  double values[WIJK_N_THEMES] = { 0 };

  values[WIJK_THEME_CIRCULARITY] = NAN;
  canvas_init (&canvas);
  wijk_chart_render_themes (canvas.cr, WIDTH, HEIGHT, values,
                            WIJK_CHART_UNIT_TONNES_PER_YEAR, &canvas.style);

  /* No value, no bar: no pixel of any theme colour. The names are drawn,
   * so the canvas is not blank. */
  for (guint i = 0; i < WIJK_N_THEMES; i++)
    g_assert_cmpuint (count_pixels (&canvas, hex_rgb (wijk_theme_get_colour (i)),
                                    0, 0, WIDTH, HEIGHT), ==, 0);
  g_assert_cmpuint (count_pixels (&canvas, 0xffffff, 0, 0, WIDTH, HEIGHT), <,
                    WIDTH * HEIGHT);
  canvas_clear (&canvas);
}

/* Grey levels other than the background's and the text's in a column. */
static guint
count_grey (Canvas *canvas,
            int     x0,
            int     x1)
{
  guint n = 0;

  for (int y = 0; y < HEIGHT; y++)
    for (int x = x0; x < x1; x++)
      {
        guint32 rgb = pixel_at (canvas, x, y);

        n += rgb != 0xffffff && rgb != 0x000000;
      }
  return n;
}

static void
test_font_options (void)
{
  Canvas canvas;
  double values[WIJK_N_THEMES] = { 0 };
  cairo_font_options_t *options = cairo_font_options_create ();

  /* The theme names, in the left third, in black on white: antialiased
   * by default (grey edges), in pure black and white when the style's font
   * options say so, which shows that they are used. */
  canvas_init (&canvas);
  wijk_chart_render_themes (canvas.cr, WIDTH, HEIGHT, values,
                            WIJK_CHART_UNIT_TONNES_PER_YEAR, &canvas.style);
  g_assert_cmpuint (count_grey (&canvas, 0, WIDTH / 3), >, 0);
  canvas_clear (&canvas);

  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_NONE);
  canvas_init (&canvas);
  canvas.style.font_options = options;
  wijk_chart_render_themes (canvas.cr, WIDTH, HEIGHT, values,
                            WIJK_CHART_UNIT_TONNES_PER_YEAR, &canvas.style);
  g_assert_cmpuint (count_grey (&canvas, 0, WIDTH / 3), ==, 0);
  g_assert_cmpuint (count_pixels (&canvas, 0x000000, 0, 0, WIDTH / 3, HEIGHT), >, 0);
  canvas_clear (&canvas);
  cairo_font_options_destroy (options);
}

static void
test_degenerate_sizes (void)
{
  Canvas canvas;
  double values[WIJK_N_THEMES] = { 1, 2, 3, 4, 5, 6, 7 };

  canvas_init (&canvas);
  wijk_chart_render_themes (canvas.cr, 0, 0, values, WIJK_CHART_UNIT_MONEY, NULL);
  wijk_chart_render_themes (canvas.cr, NAN, 10, values, WIJK_CHART_UNIT_MONEY, NULL);
  wijk_chart_render_progress (canvas.cr, -5, 10, 1, 2, NULL);
  wijk_chart_render_themes (canvas.cr, 3, 3, values, WIJK_CHART_UNIT_MONEY, NULL);
  g_assert_cmpfloat (wijk_chart_themes_get_natural_height (NULL), >, WIJK_N_THEMES * 10);
  g_assert_cmpint (cairo_status (canvas.cr), ==, CAIRO_STATUS_SUCCESS);
  canvas_clear (&canvas);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/wijk/chart-render/progress/half", test_progress_half);
  g_test_add_func ("/wijk/chart-render/progress/beyond-target", test_progress_beyond_target);
  g_test_add_func ("/wijk/chart-render/progress/no-target", test_progress_no_target);
  g_test_add_func ("/wijk/chart-render/themes/one-bar", test_themes_one_bar);
  g_test_add_func ("/wijk/chart-render/themes/proportional", test_themes_proportional);
  g_test_add_func ("/wijk/chart-render/themes/empty", test_themes_empty);
  g_test_add_func ("/wijk/chart-render/themes/font-options", test_font_options);
  g_test_add_func ("/wijk/chart-render/degenerate-sizes", test_degenerate_sizes);

  return g_test_run ();
}
