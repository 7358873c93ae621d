/* wijk-swatch.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define WIJK_TYPE_SWATCH (wijk_swatch_get_type ())

G_DECLARE_FINAL_TYPE (WijkSwatch, wijk_swatch, WIJK, SWATCH, GtkWidget)

GtkWidget  *wijk_swatch_new           (const char *colour,
                                       const char *icon_name);
const char *wijk_swatch_get_colour    (WijkSwatch *self);
void        wijk_swatch_set_colour    (WijkSwatch *self,
                                       const char *colour);
const char *wijk_swatch_get_icon_name (WijkSwatch *self);
void        wijk_swatch_set_icon_name (WijkSwatch *self,
                                       const char *icon_name);
int         wijk_swatch_get_size      (WijkSwatch *self);
void        wijk_swatch_set_size      (WijkSwatch *self,
                                       int         size);

G_END_DECLS
