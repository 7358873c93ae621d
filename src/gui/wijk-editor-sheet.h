/* wijk-editor-sheet.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "wijk-action-editor.h"
#include "wijk-organisations-view.h"
#include "wijk-window.h"

G_BEGIN_DECLS

#define WIJK_TYPE_EDITOR_SHEET (wijk_editor_sheet_get_type ())

G_DECLARE_FINAL_TYPE (WijkEditorSheet, wijk_editor_sheet, WIJK, EDITOR_SHEET, GtkWidget)

/* The action editor as a page of the window's sidebar (a back button, the
 * editor, a delete button), beside the map and the figures. Drafting a new
 * action is the map's (wijk_map_view_draft_at()); the action it creates
 * opens here.
 *
 * wijk_editor_sheet_attach() connects it to a window: it follows the
 * window's store and opens on the window's "edit-action". The sheet must be
 * a page of a #GtkStack (the sidebar); attach also adds the organisations
 * view as a page of that stack, shown by the window action
 * "win.organisations" ("win.actions" goes back to the list), and
 * highlights the selected organisation's plots on the map. */
GtkWidget             *wijk_editor_sheet_new                   (void);
void                   wijk_editor_sheet_attach                (WijkEditorSheet *self,
                                                                WijkWindow      *window);
WijkActionEditor      *wijk_editor_sheet_get_editor            (WijkEditorSheet *self);
WijkOrganisationsView *wijk_editor_sheet_get_organisations_view (WijkEditorSheet *self);
void                   wijk_editor_sheet_edit                  (WijkEditorSheet *self,
                                                                const char      *action_id);

G_END_DECLS
