/* wijk-widget-style.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Loads ui/wijk-widgets.css for the default display, once per process;
 * the editor widgets call it from their init so they look right in a
 * test window as in the application. */
void wijk_widget_style_ensure (void);

G_END_DECLS
