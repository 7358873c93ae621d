/* wijk-new-action-dialog.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "wijk-catalog.h"

G_BEGIN_DECLS

#define WIJK_TYPE_NEW_ACTION_DIALOG (wijk_new_action_dialog_get_type ())

G_DECLARE_FINAL_TYPE (WijkNewActionDialog, wijk_new_action_dialog, WIJK, NEW_ACTION_DIALOG, AdwWindow)

/* Chooses the type of a new action: a theme, then one of the catalogue's
 * types (grouped by theme, with names and descriptions), and a title. On
 * "Create" it emits "create" with the type id and closes; the caller makes
 * the action, e.g. with wijk_new_action_dialog_dup_action(), places it
 * where the map was clicked and puts it into the store. */
WijkNewActionDialog  *wijk_new_action_dialog_new           (GtkWindow           *parent);
void                  wijk_new_action_dialog_set_area_only (WijkNewActionDialog *self,
                                                            gboolean             area_only);
gboolean              wijk_new_action_dialog_get_area_only (WijkNewActionDialog *self);
gboolean              wijk_new_action_dialog_select_type   (WijkNewActionDialog *self,
                                                            const char          *type_id);
const WijkActionType *wijk_new_action_dialog_get_action_type (WijkNewActionDialog *self);
char                 *wijk_new_action_dialog_dup_title     (WijkNewActionDialog *self);
WijkAction           *wijk_new_action_dialog_dup_action    (WijkNewActionDialog *self);

G_END_DECLS
