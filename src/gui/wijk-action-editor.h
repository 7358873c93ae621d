/* wijk-action-editor.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "wijk-store.h"

G_BEGIN_DECLS

#define WIJK_TYPE_ACTION_EDITOR (wijk_action_editor_get_type ())

G_DECLARE_FINAL_TYPE (WijkActionEditor, wijk_action_editor, WIJK, ACTION_EDITOR, GtkWidget)

/* Edits one action of a store: title, description, status, start year, the
 * type's parameters, co-owners with their shares, financing lines and
 * comments. Every change is one committed store edit; a slider drag is one
 * undo step. It follows the store's "changed" signal. Errors are reported
 * with the "error" signal (a translated message) for the window to show as
 * a toast. */
GtkWidget  *wijk_action_editor_new           (WijkStore        *store);
WijkStore  *wijk_action_editor_get_store     (WijkActionEditor *self);
void        wijk_action_editor_set_store     (WijkActionEditor *self,
                                              WijkStore        *store);
const char *wijk_action_editor_get_action_id (WijkActionEditor *self);
void        wijk_action_editor_set_action_id (WijkActionEditor *self,
                                              const char       *id);
const char *wijk_action_editor_get_author    (WijkActionEditor *self);
void        wijk_action_editor_set_author    (WijkActionEditor *self,
                                              const char       *author);

G_END_DECLS
