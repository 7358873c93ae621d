/* wijk-preferences-window.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define WIJK_TYPE_PREFERENCES_WINDOW (wijk_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (WijkPreferencesWindow, wijk_preferences_window, WIJK, PREFERENCES_WINDOW, AdwPreferencesWindow)

GtkWidget *wijk_preferences_window_new (GSettings *settings);

G_END_DECLS
