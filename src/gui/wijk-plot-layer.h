/* wijk-plot-layer.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <shumate/shumate.h>

#include "wijk-items.h"

G_BEGIN_DECLS

#define WIJK_TYPE_PLOT_LAYER (wijk_plot_layer_get_type ())

G_DECLARE_FINAL_TYPE (WijkPlotLayer, wijk_plot_layer, WIJK, PLOT_LAYER, ShumateLayer)

WijkPlotLayer     *wijk_plot_layer_new                (ShumateViewport   *viewport);
WijkWorkshopModel *wijk_plot_layer_get_model          (WijkPlotLayer     *self);
void               wijk_plot_layer_set_model          (WijkPlotLayer     *self,
                                                       WijkWorkshopModel *model);
gboolean           wijk_plot_layer_get_basemap        (WijkPlotLayer     *self);
void               wijk_plot_layer_set_basemap        (WijkPlotLayer     *self,
                                                       gboolean           basemap);
const char        *wijk_plot_layer_get_highlight_org  (WijkPlotLayer     *self);
void               wijk_plot_layer_set_highlight_org  (WijkPlotLayer     *self,
                                                       const char        *org_id);
const char        *wijk_plot_layer_get_picked_plot    (WijkPlotLayer     *self);
void               wijk_plot_layer_set_picked_plot    (WijkPlotLayer     *self,
                                                       const char        *plot_id);
WijkPlotItem      *wijk_plot_layer_get_plot_at        (WijkPlotLayer     *self,
                                                       double             x,
                                                       double             y);

G_END_DECLS
