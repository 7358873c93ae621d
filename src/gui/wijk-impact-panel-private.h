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
