/* wijk-chart-render.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

#include "wijk-workshop.h"

G_BEGIN_DECLS

/**
 * WijkChartStyle:
 * @foreground: RGBA of text and axes
 * @track: RGBA of the empty part of a bar
 * @accent: RGBA of the filled part of the progress bar
 * @font: a Pango font description for the labels, e.g. "Cantarell 10"
 * @font_options: (nullable): how to render the labels' glyphs (hinting,
 *   antialiasing); %NULL for the surface's own. A widget passes its own
 *   (pango_cairo_context_get_font_options()), so that the chart's text
 *   shares the glyphs its labels have loaded already.
 *
 * How a chart looks on its surface: the impact panel passes its theme's
 * colours and font, the PDF export the document's. The theme bars always
 * use the theme colours (wijk_theme_get_colour()).
 */
typedef struct
{
  double      foreground[4];
  double      track[4];
  double      accent[4];
  const char *font;
  const cairo_font_options_t *font_options;
} WijkChartStyle;

/**
 * WijkChartUnit:
 * @WIJK_CHART_UNIT_TONNES_PER_YEAR: values are t CO2e per year
 * @WIJK_CHART_UNIT_MONEY: values are euros
 *
 * What the values of a bar chart are, for their labels.
 */
typedef enum
{
  WIJK_CHART_UNIT_TONNES_PER_YEAR,
  WIJK_CHART_UNIT_MONEY,
} WijkChartUnit;

void wijk_chart_style_init_default (WijkChartStyle       *style);

void wijk_chart_render_progress    (cairo_t              *cr,
                                    double                width,
                                    double                height,
                                    double                reduced,
                                    double                target,
                                    const WijkChartStyle *style);

void wijk_chart_render_themes      (cairo_t              *cr,
                                    double                width,
                                    double                height,
                                    const double          values[WIJK_N_THEMES],
                                    WijkChartUnit         unit,
                                    const WijkChartStyle *style);

double wijk_chart_themes_get_natural_height (const WijkChartStyle *style);

G_END_DECLS
