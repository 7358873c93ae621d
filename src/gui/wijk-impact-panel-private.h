/* wijk-impact-panel-private.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wijk-chart-view.h"
#include "wijk-impact-panel.h"

G_BEGIN_DECLS

/* A theme's row of the breakdown under the chart. */
typedef struct
{
  GtkWidget *icon;
  GtkWidget *name;
  GtkWidget *tonnes;
  GtkWidget *capex;
} WijkImpactThemeRow;

/* The panel recalculates and shows the figures (wijk-impact-panel.c); its
 * explanations, one popover per headline figure, live in
 * wijk-impact-panel-explain.c. */
struct _WijkImpactPanel
{
  AdwBin parent_instance;

  WijkStore *store;
  WijkImpact *impact;
  guint n_full;
  guint n_incremental;

  GtkWidget *illustrative_note;
  GtkButton *buttons[WIJK_N_IMPACT_FIGURES];
  GtkLabel *values[WIJK_N_IMPACT_FIGURES];
  GtkPopover *popovers[WIJK_N_IMPACT_FIGURES];
  GtkLabel *explanations[WIJK_N_IMPACT_FIGURES];
  GtkLabel *target_caption;
  WijkChartView *progress_chart;
  WijkChartView *themes_chart;
  GtkGrid *theme_grid;
  WijkImpactThemeRow theme_rows[WIJK_N_THEMES];
};

const WijkWorkshop *wijk_impact_panel_get_workshop         (WijkImpactPanel  *self);
const char         *wijk_impact_panel_get_figure_title     (WijkImpactFigure  figure);
void                wijk_impact_panel_build_popovers       (WijkImpactPanel  *self);
void                wijk_impact_panel_refresh_explanations (WijkImpactPanel  *self);
void                wijk_impact_panel_clear_popovers       (WijkImpactPanel  *self);

/* What the panel shows, for its tests. */
void           wijk_impact_panel_get_recalculations     (WijkImpactPanel *self,
                                                         guint           *n_full,
                                                         guint           *n_incremental);
const char    *wijk_impact_panel_get_theme_text         (WijkImpactPanel *self,
                                                         WijkTheme        theme,
                                                         gboolean         capex);
const char    *wijk_impact_panel_get_explanation_text   (WijkImpactPanel *self,
                                                         WijkImpactFigure figure);
gboolean       wijk_impact_panel_get_illustrative_shown (WijkImpactPanel *self);
WijkChartView *wijk_impact_panel_get_chart              (WijkImpactPanel *self,
                                                         WijkChartKind    kind);

G_END_DECLS
