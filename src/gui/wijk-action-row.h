/* wijk-action-row.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define WIJK_TYPE_ACTION_ROW (wijk_action_row_get_type ())

G_DECLARE_FINAL_TYPE (WijkActionRow, wijk_action_row, WIJK, ACTION_ROW, GtkWidget)

GtkWidget *wijk_action_row_new      (void);
GObject   *wijk_action_row_get_item (WijkActionRow *self);
void       wijk_action_row_set_item (WijkActionRow *self,
                                     GObject       *item);

G_END_DECLS
