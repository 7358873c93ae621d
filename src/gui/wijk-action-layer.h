/* wijk-action-layer.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <shumate/shumate.h>

#include "wijk-items.h"

G_BEGIN_DECLS

#define WIJK_TYPE_ACTION_LAYER (wijk_action_layer_get_type ())

G_DECLARE_FINAL_TYPE (WijkActionLayer, wijk_action_layer, WIJK, ACTION_LAYER, ShumateLayer)

WijkActionLayer   *wijk_action_layer_new                 (ShumateViewport   *viewport);
WijkWorkshopModel *wijk_action_layer_get_model           (WijkActionLayer   *self);
void               wijk_action_layer_set_model           (WijkActionLayer   *self,
                                                          WijkWorkshopModel *model);
const char        *wijk_action_layer_get_selected        (WijkActionLayer   *self);
void               wijk_action_layer_set_selected        (WijkActionLayer   *self,
                                                          const char        *action_id);
WijkActionItem    *wijk_action_layer_get_action_at       (WijkActionLayer   *self,
                                                          double             x,
                                                          double             y);
gboolean           wijk_action_layer_get_marker_position (WijkActionLayer   *self,
                                                          const char        *action_id,
                                                          double            *x,
                                                          double            *y);
WijkActionItem    *wijk_action_layer_get_marker_at       (WijkActionLayer   *self,
                                                          double             x,
                                                          double             y);
void               wijk_action_layer_set_drag            (WijkActionLayer   *self,
                                                          const char        *action_id,
                                                          double             dx,
                                                          double             dy);
void               wijk_action_layer_set_hidden          (WijkActionLayer   *self,
                                                          const char        *action_id);

G_END_DECLS
