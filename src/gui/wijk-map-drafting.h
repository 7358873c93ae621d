/* wijk-map-drafting.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wijk-catalog.h"
#include "wijk-store.h"

G_BEGIN_DECLS

/* The edits the map makes: placing a new action where the map was
 * clicked, moving one, giving one a drawn area. Each is one committed edit
 * and one undo step. */

const WijkPlot *wijk_map_drafting_find_plot_at (const WijkWorkshop   *workshop,
                                                double                latitude,
                                                double                longitude);
gboolean        wijk_map_drafting_place        (WijkStore            *store,
                                                WijkAction           *action,
                                                double                latitude,
                                                double                longitude,
                                                const char           *plot_id,
                                                GError              **error);
gboolean        wijk_map_drafting_move         (WijkStore            *store,
                                                const char           *action_id,
                                                double                latitude,
                                                double                longitude,
                                                GError              **error);
gboolean        wijk_map_drafting_set_area     (WijkStore            *store,
                                                const char           *action_id,
                                                const WijkGeometry   *area,
                                                double               *value,
                                                GError              **error);
gboolean        wijk_map_drafting_is_area_type (const char           *type_id);
char           *wijk_map_drafting_describe_area (const WijkActionType *type,
                                                 double                area_m2,
                                                 double                value);
char           *wijk_map_drafting_format_value  (const WijkParamSpec  *spec,
                                                 double                value);

G_END_DECLS
