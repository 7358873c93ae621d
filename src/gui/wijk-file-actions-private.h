/* wijk-file-actions-private.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wijk-file-actions.h"

G_BEGIN_DECLS

/* What the file menu's actions (wijk-file-actions.c) and the work they
 * lead to (wijk-file-operations.c) share. */
gboolean      wijk_file_actions_is_workshop_json (GFile               *file);
WijkWorkshop *wijk_file_actions_load_json        (GFile               *file,
                                                  GError             **error);
gboolean      wijk_file_actions_create_from      (WijkWindow          *window,
                                                  const WijkWorkshop  *workshop,
                                                  GFile               *target,
                                                  GError             **error);

/* The file's name to show in a heading. */
static inline char *
dup_display_basename (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);

  return g_filename_display_name (name);
}

/* A dialog headed, e.g., "Cannot Import “plots.geojson”". */
#define show_file_error(window, format, file, error) \
  G_STMT_START { \
    g_autofree char *_name = dup_display_basename (file); \
    g_autofree char *_heading = g_strdup_printf (format, _name); \
    wijk_file_actions_show_error (window, _heading, error); \
  } G_STMT_END

G_END_DECLS
