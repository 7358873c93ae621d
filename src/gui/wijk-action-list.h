/* wijk-action-list.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "wijk-items.h"

G_BEGIN_DECLS

#define WIJK_TYPE_ACTION_LIST (wijk_action_list_get_type ())

G_DECLARE_FINAL_TYPE (WijkActionList, wijk_action_list, WIJK, ACTION_LIST, GtkWidget)

GtkWidget         *wijk_action_list_new                 (void);
WijkWorkshopModel *wijk_action_list_get_model           (WijkActionList    *self);
void               wijk_action_list_set_model           (WijkActionList    *self,
                                                         WijkWorkshopModel *model);
const char        *wijk_action_list_get_selected_action (WijkActionList    *self);
void               wijk_action_list_set_selected_action (WijkActionList    *self,
                                                         const char        *action_id);
void               wijk_action_list_focus_search        (WijkActionList    *self);
GtkListView       *wijk_action_list_get_list_view       (WijkActionList    *self);
guint              wijk_action_list_get_n_shown         (WijkActionList    *self);

G_END_DECLS
