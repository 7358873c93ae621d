/* wijk-chart-render.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The charts of the impact panel, drawn with cairo and Pango only, so that
 * the panel (through GtkSnapshot), the contract PDF and the tests draw the
 * very same picture. */

#define G_LOG_DOMAIN "wijk-chart"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "wijk-chart-render.h"
#include "wijk-format.h"

#define DEFAULT_FONT "Sans 10"
#define LABEL_GAP 6.0
#define MAX_BAR_THICKNESS 14.0

/**
 * wijk_chart_style_init_default:
 * @style: (out caller-allocates): the style to fill
 *
 * Fills @style for a printed page: near-black text, a light grey track
 * and a dark blue accent.
 */
void
wijk_chart_style_init_default (WijkChartStyle *style)
{
  static const WijkChartStyle defaults = {
    .foreground = { 0.12, 0.12, 0.12, 1.0 },
    .track = { 0.87, 0.87, 0.87, 1.0 },
    .accent = { 0.208, 0.518, 0.894, 1.0 },
    .font = DEFAULT_FONT,
  };

  g_return_if_fail (style != NULL);
  *style = defaults;
}

static const WijkChartStyle *
style_or_default (const WijkChartStyle *style,
                  WijkChartStyle       *fallback)
{
  if (style != NULL)
    return style;
  wijk_chart_style_init_default (fallback);
  return fallback;
}

static void
set_source (cairo_t      *cr,
            const double  rgba[4])
{
  cairo_set_source_rgba (cr, rgba[0], rgba[1], rgba[2], rgba[3]);
}

/* "#rrggbb" as from wijk_theme_get_colour(). */
static void
set_source_hex (cairo_t    *cr,
                const char *hex)
{
  guint value = 0;

  g_assert (hex != NULL && hex[0] == '#');
  value = (guint) g_ascii_strtoull (hex + 1, NULL, 16);
  cairo_set_source_rgb (cr,
                        ((value >> 16) & 0xff) / 255.0,
                        ((value >> 8) & 0xff) / 255.0,
                        (value & 0xff) / 255.0);
}

static PangoLayout *
create_layout (cairo_t              *cr,
               const WijkChartStyle *style,
               const char           *text)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font;

  if (style->font_options != NULL)
    {
      pango_cairo_context_set_font_options (pango_layout_get_context (layout),
                                            style->font_options);
      pango_layout_context_changed (layout);
    }

  font = pango_font_description_from_string (style->font != NULL ? style->font
                                                                  : DEFAULT_FONT);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static double
layout_width (PangoLayout *layout)
{
  int width;

  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);
  return height;
}

/* Draws @layout with its left edge at @x, vertically centred on @cy. */
static void
show_layout (cairo_t     *cr,
             PangoLayout *layout,
             double       x,
             double       cy)
{
  cairo_move_to (cr, x, cy - layout_height (layout) / 2);
  pango_cairo_show_layout (cr, layout);
}

static double
line_height (cairo_t              *cr,
             const WijkChartStyle *style)
{
  g_autoptr(PangoLayout) layout = create_layout (cr, style, "0");

  return layout_height (layout);
}

static void
rounded_bar (cairo_t *cr,
             double   x,
             double   y,
             double   width,
             double   height)
{
  double radius = MIN (height / 2, width / 2);

  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static gboolean
usable_size (double width,
             double height)
{
  return isfinite (width) && isfinite (height) && width >= 1 && height >= 1;
}

/**
 * wijk_chart_render_progress:
 * @cr: where to draw, with the origin at the chart's top left corner
 * @width: the chart's width in user units
 * @height: the chart's height in user units
 * @reduced: the park's yearly reduction, t CO2e/yr
 * @target: the workshop's target reduction, t CO2e/yr
 * @style: (nullable): colours and font, or %NULL for the printed defaults
 *
 * Draws the progress to the target: a bar filled by @reduced / @target
 * (full when the target is reached), with the reduction and the target
 * written under it when @height leaves room for a line of text. Without a
 * positive target the bar stays empty.
 */
void
wijk_chart_render_progress (cairo_t              *cr,
                            double                width,
                            double                height,
                            double                reduced,
                            double                target,
                            const WijkChartStyle *style)
{
  WijkChartStyle fallback;
  double text_height;
  double bar_height;
  double fraction = 0;
  gboolean labels;

  g_return_if_fail (cr != NULL);

  if (!usable_size (width, height))
    return;
  style = style_or_default (style, &fallback);

  cairo_save (cr);
  text_height = line_height (cr, style);
  labels = height >= text_height + LABEL_GAP + 6;
  bar_height = labels ? MIN (height - text_height - LABEL_GAP, MAX_BAR_THICKNESS) : height;

  if (isfinite (target) && target > 0 && isfinite (reduced) && reduced > 0)
    fraction = MIN (reduced / target, 1.0);

  rounded_bar (cr, 0, 0, width, bar_height);
  set_source (cr, style->track);
  cairo_fill_preserve (cr);
  if (fraction > 0)
    {
      cairo_clip (cr);
      cairo_rectangle (cr, 0, 0, width * fraction, bar_height);
      set_source (cr, style->accent);
      cairo_fill (cr);
      cairo_reset_clip (cr);
    }
  cairo_new_path (cr);

  if (labels)
    {
      g_autofree char *reduced_text = wijk_format_tonnes_per_year (reduced);
      g_autofree char *target_value = wijk_format_tonnes_per_year (target);
      /* Translators: under the progress-to-target bar, at its right end;
       * %s is the target reduction, e.g. "6,300 t CO₂e/yr". */
      g_autofree char *target_text = g_strdup_printf (_("target %s"), target_value);
      g_autoptr(PangoLayout) left = create_layout (cr, style, reduced_text);
      g_autoptr(PangoLayout) right = create_layout (cr, style, target_text);
      double cy = bar_height + LABEL_GAP + text_height / 2;

      set_source (cr, style->foreground);
      show_layout (cr, left, 0, cy);
      /* The target goes right-aligned, unless the two would overlap. */
      if (layout_width (left) + LABEL_GAP + layout_width (right) <= width)
        show_layout (cr, right, width - layout_width (right), cy);
    }
  cairo_restore (cr);
}

static char *
format_value (double        value,
              WijkChartUnit unit)
{
  switch (unit)
    {
    case WIJK_CHART_UNIT_MONEY:
      return wijk_format_money_short (value);
    case WIJK_CHART_UNIT_TONNES_PER_YEAR:
    default:
      /* The unit once in the chart's heading, not on every row: the rows
       * of a narrow panel need the room for their bars. */
      return wijk_format_quantity (value, NULL);
    }
}

/**
 * wijk_chart_themes_get_natural_height:
 * @style: (nullable): colours and font, or %NULL for the printed defaults
 *
 * Returns: the height at which wijk_chart_render_themes() gives each theme
 *   a comfortable row, in user units
 */
double
wijk_chart_themes_get_natural_height (const WijkChartStyle *style)
{
  WijkChartStyle fallback;
  cairo_surface_t *surface;
  cairo_t *cr;
  double height;

  style = style_or_default (style, &fallback);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  height = ceil (line_height (cr, style) * 1.6) * WIJK_N_THEMES;
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return height;
}

/**
 * wijk_chart_render_themes:
 * @cr: where to draw, with the origin at the chart's top left corner
 * @width: the chart's width in user units
 * @height: the chart's height in user units
 * @values: one value per #WijkTheme
 * @unit: what the values are, for their labels
 * @style: (nullable): colours and font, or %NULL for the printed defaults
 *
 * Draws a horizontal bar chart with one row per theme, in the order of
 * #WijkTheme: the theme's name, a bar in the theme's colour whose length is
 * the value against the largest one, and the value (tonnes as a bare
 * number: the chart's caller names the unit in a heading; money in the
 * short form, "€8.2 M"). A theme whose value is
 * zero (or not finite) gets its row without a bar. Negative values grow to
 * the left of a zero line.
 */
void
wijk_chart_render_themes (cairo_t              *cr,
                          double                width,
                          double                height,
                          const double          values[WIJK_N_THEMES],
                          WijkChartUnit         unit,
                          const WijkChartStyle *style)
{
  WijkChartStyle fallback;
  PangoLayout *names[WIJK_N_THEMES];
  PangoLayout *figures[WIJK_N_THEMES];
  double name_width = 0;
  double figure_width = 0;
  double max_positive = 0;
  double max_negative = 0;
  double row_height;
  double bar_x;
  double bar_width;
  double zero_x;
  double scale;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (values != NULL);

  if (!usable_size (width, height))
    return;
  style = style_or_default (style, &fallback);

  cairo_save (cr);
  for (guint i = 0; i < WIJK_N_THEMES; i++)
    {
      g_autofree char *figure = format_value (isfinite (values[i]) ? values[i] : 0, unit);

      names[i] = create_layout (cr, style, wijk_theme_get_label (i));
      figures[i] = create_layout (cr, style, figure);
      name_width = MAX (name_width, layout_width (names[i]));
      figure_width = MAX (figure_width, layout_width (figures[i]));
      if (isfinite (values[i]))
        {
          max_positive = MAX (max_positive, values[i]);
          max_negative = MAX (max_negative, -values[i]);
        }
    }

  /* Long theme names are cut with an ellipsis rather than squeezing the
   * bars to nothing. */
  name_width = MIN (name_width, width * 0.5);
  row_height = height / WIJK_N_THEMES;
  bar_x = name_width + LABEL_GAP;
  bar_width = MAX (width - bar_x - LABEL_GAP - figure_width, 0);
  scale = max_positive + max_negative > 0 ? bar_width / (max_positive + max_negative) : 0;
  zero_x = bar_x + max_negative * scale;

  for (guint i = 0; i < WIJK_N_THEMES; i++)
    {
      double cy = row_height * (i + 0.5);
      double thickness = MIN (row_height * 0.6, MAX_BAR_THICKNESS);
      double value = isfinite (values[i]) ? values[i] : 0;
      double length = fabs (value) * scale;

      pango_layout_set_width (names[i], (int) (name_width * PANGO_SCALE));
      pango_layout_set_ellipsize (names[i], PANGO_ELLIPSIZE_END);
      set_source (cr, style->foreground);
      show_layout (cr, names[i], 0, cy);

      if (length > 0)
        {
          double x = value < 0 ? zero_x - length : zero_x;

          cairo_rectangle (cr, x, cy - thickness / 2, length, thickness);
          set_source_hex (cr, wijk_theme_get_colour (i));
          cairo_fill (cr);
        }

      set_source (cr, style->foreground);
      show_layout (cr, figures[i],
                   value < 0 || length == 0 ? zero_x + LABEL_GAP : zero_x + length + LABEL_GAP,
                   cy);
      g_object_unref (names[i]);
      g_object_unref (figures[i]);
    }
  cairo_restore (cr);
}
