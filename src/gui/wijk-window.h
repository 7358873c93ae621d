/* wijk-window.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "wijk-application.h"
#include "wijk-items.h"
#include "wijk-store.h"

G_BEGIN_DECLS

#define WIJK_TYPE_WINDOW (wijk_window_get_type ())

G_DECLARE_FINAL_TYPE (WijkWindow, wijk_window, WIJK, WINDOW, AdwApplicationWindow)

WijkWindow         *wijk_window_new                    (WijkApplication *application);
WijkStore          *wijk_window_get_store              (WijkWindow      *self);
WijkWorkshopModel  *wijk_window_get_model              (WijkWindow      *self);
void                wijk_window_set_store              (WijkWindow      *self,
                                                        WijkStore       *store);
gboolean            wijk_window_open_file              (WijkWindow      *self,
                                                        GFile           *file);
gboolean            wijk_window_create_file            (WijkWindow      *self,
                                                        GFile           *file);
gboolean            wijk_window_open_default           (WijkWindow      *self);
void                wijk_window_add_toast              (WijkWindow      *self,
                                                        const char      *title);
void                wijk_window_quit_after_first_frame (WijkWindow      *self);

/* The placeholders other views fill in. */
GtkBox             *wijk_window_get_impact_slot        (WijkWindow      *self);
GtkWidget          *wijk_window_get_map_view           (WijkWindow      *self);
GtkWidget          *wijk_window_get_action_list        (WijkWindow      *self);
GtkWidget          *wijk_window_get_editor_sheet       (WijkWindow      *self);

G_END_DECLS
