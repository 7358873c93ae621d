/* wijk-chart-view.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "wijk-chart-render.h"

G_BEGIN_DECLS

/**
 * WijkChartKind:
 * @WIJK_CHART_KIND_PROGRESS: progress to the target
 * @WIJK_CHART_KIND_THEMES: a bar per theme
 *
 * Which chart of wijk-chart-render a #WijkChartView shows.
 */
typedef enum
{
  WIJK_CHART_KIND_PROGRESS,
  WIJK_CHART_KIND_THEMES,
} WijkChartKind;

#define WIJK_TYPE_CHART_KIND (wijk_chart_kind_get_type ())
GType wijk_chart_kind_get_type (void);

#define WIJK_TYPE_CHART_VIEW (wijk_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (WijkChartView, wijk_chart_view, WIJK, CHART_VIEW, GtkWidget)

GtkWidget     *wijk_chart_view_new              (WijkChartKind  kind);
WijkChartKind  wijk_chart_view_get_kind         (WijkChartView *self);
void           wijk_chart_view_set_kind         (WijkChartView *self,
                                                 WijkChartKind  kind);
void           wijk_chart_view_set_progress     (WijkChartView *self,
                                                 double         reduced,
                                                 double         target);
void           wijk_chart_view_set_theme_values (WijkChartView *self,
                                                 const double   values[WIJK_N_THEMES],
                                                 WijkChartUnit  unit);
void           wijk_chart_view_get_theme_values (WijkChartView *self,
                                                 double         values[WIJK_N_THEMES]);

G_END_DECLS
