/* wijk-new-action-dialog-private.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wijk-new-action-dialog.h"

G_BEGIN_DECLS

/* The dialog's controls, for the widget tests. */
GtkWidget   *wijk_new_action_dialog_get_theme_group  (WijkNewActionDialog *self,
                                                      WijkTheme            theme);
GtkWidget   *wijk_new_action_dialog_get_type_check   (WijkNewActionDialog *self,
                                                      const char          *type_id);
AdwComboRow *wijk_new_action_dialog_get_theme_row    (WijkNewActionDialog *self);
AdwEntryRow *wijk_new_action_dialog_get_title_row    (WijkNewActionDialog *self);
GtkWidget   *wijk_new_action_dialog_get_create_button (WijkNewActionDialog *self);

G_END_DECLS
