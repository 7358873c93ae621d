/* wijk-file-actions.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "wijk-application.h"
#include "wijk-window.h"

G_BEGIN_DECLS

/* The file menu: New, Open, Open Recent, Save As, the imports and the
 * export. There is no Save: every edit is committed to the file at once.
 *
 * wijk_file_actions_add_to_application() adds app.new, app.open,
 * app.import-json and app.open-uri (a URI); wijk_file_actions_add_to_window()
 * adds win.save-as, win.export-json and win.import-plots to a window. Each
 * asks for a file with a #GtkFileChooserNative, then calls the function
 * below that does the work, which the tests call directly. Errors are shown
 * in a dialog that names what is wrong; the workshop shown stays open. */
void      wijk_file_actions_add_to_application (WijkApplication  *app);
void      wijk_file_actions_add_to_window      (WijkWindow       *window);

gboolean  wijk_file_actions_open               (WijkWindow       *window,
                                                GFile            *file);
gboolean  wijk_file_actions_save_as            (WijkWindow       *window,
                                                GFile            *file,
                                                GError          **error);
gboolean  wijk_file_actions_export_json        (WijkWindow       *window,
                                                GFile            *file,
                                                GError          **error);
gboolean  wijk_file_actions_import_json        (WijkWindow       *window,
                                                GFile            *json,
                                                GFile            *target,
                                                GError          **error);
gboolean  wijk_file_actions_import_plots       (WijkWindow       *window,
                                                GFile            *geojson,
                                                guint            *n_imported,
                                                GError          **error);
void      wijk_file_actions_show_error         (WijkWindow       *window,
                                                const char       *heading,
                                                const GError     *error);

G_END_DECLS
