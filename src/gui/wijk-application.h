/* wijk-application.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "wijk-store.h"

G_BEGIN_DECLS

#define WIJK_TYPE_APPLICATION (wijk_application_get_type ())

G_DECLARE_FINAL_TYPE (WijkApplication, wijk_application, WIJK, APPLICATION, AdwApplication)

WijkApplication *wijk_application_new                  (const char        *app_id,
                                                        GApplicationFlags  flags);
char            *wijk_application_dup_default_path     (void);
WijkStore       *wijk_application_open_default_store   (WijkApplication  *self,
                                                        GError          **error);
GSettings       *wijk_application_get_settings         (WijkApplication   *self);
GMenuModel      *wijk_application_get_recent_menu      (WijkApplication   *self);
void             wijk_application_update_recent_menu   (WijkApplication   *self);

G_END_DECLS
