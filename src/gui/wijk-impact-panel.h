/* wijk-impact-panel.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "wijk-impact.h"
#include "wijk-store.h"

G_BEGIN_DECLS

/**
 * WijkImpactFigure:
 *
 * The headline figures of the impact panel, each with its explanation.
 */
typedef enum
{
  WIJK_IMPACT_FIGURE_REDUCTION,    /* t CO2e/yr reduced */
  WIJK_IMPACT_FIGURE_TARGET,       /* share of the target reached */
  WIJK_IMPACT_FIGURE_BASELINE,     /* share of the baseline */
  WIJK_IMPACT_FIGURE_CAPEX,        /* € invested */
  WIJK_IMPACT_FIGURE_SAVINGS,      /* € net savings per year */
  WIJK_N_IMPACT_FIGURES
} WijkImpactFigure;

#define WIJK_TYPE_IMPACT_PANEL (wijk_impact_panel_get_type ())

G_DECLARE_FINAL_TYPE (WijkImpactPanel, wijk_impact_panel, WIJK, IMPACT_PANEL, AdwBin)

GtkWidget        *wijk_impact_panel_new                 (void);
WijkStore        *wijk_impact_panel_get_store           (WijkImpactPanel  *self);
void              wijk_impact_panel_set_store           (WijkImpactPanel  *self,
                                                         WijkStore        *store);
const WijkImpact *wijk_impact_panel_get_impact          (WijkImpactPanel  *self);
const char       *wijk_impact_panel_get_figure_text     (WijkImpactPanel  *self,
                                                         WijkImpactFigure  figure);
char             *wijk_impact_panel_dup_explanation     (WijkImpactPanel  *self,
                                                         WijkImpactFigure  figure);
void              wijk_impact_panel_show_explanation    (WijkImpactPanel  *self,
                                                         WijkImpactFigure  figure);

G_END_DECLS
