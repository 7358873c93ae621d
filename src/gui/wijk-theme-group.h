/* wijk-theme-group.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "wijk-workshop.h"

G_BEGIN_DECLS

#define WIJK_TYPE_THEME_GROUP (wijk_theme_group_get_type ())

G_DECLARE_FINAL_TYPE (WijkThemeGroup, wijk_theme_group, WIJK, THEME_GROUP, GObject)

WijkThemeGroup *wijk_theme_group_new         (WijkTheme       theme,
                                              GListModel     *actions,
                                              GtkFilter      *filter);
WijkTheme       wijk_theme_group_get_theme   (WijkThemeGroup *self);
GListModel     *wijk_theme_group_get_model   (WijkThemeGroup *self);
guint           wijk_theme_group_get_n_items (WijkThemeGroup *self);

G_END_DECLS
