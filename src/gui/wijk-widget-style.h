/* wijk-widget-style.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Helpers shared by the editor widgets. */

/* How long after the last keystroke typed text is committed as an edit,
 * when neither Enter nor a change of focus commits it first. */
#define WIJK_TEXT_COMMIT_DELAY_MS 2000

/* Loads the widgets' style sheets (ui/wijk-widgets.css,
 * ui/wijk-impact-panel.css) and the theme colour classes for the default
 * display, once; the application and the widgets call it, so that a widget
 * looks right in a test window as in the application. */
void wijk_widget_style_ensure              (void);

/* Gives @widget the accessible name @label, and only that: the rows of
 * libadwaita label their controls with the row's title too, which GTK 4.8
 * joins to the label ("Parameter kwp Peak power"); the end-to-end tests
 * find controls by their exact names. */
void wijk_widget_set_accessible_label      (GtkWidget  *widget,
                                            const char *label);

/* Whether text shown in an entry is still being typed: the focus is in it
 * (@focus, a GtkEventControllerFocus on it) and @text differs from
 * @synced, what the model held when it was last shown. A refresh caused
 * by another edit leaves such text alone. */
gboolean wijk_widget_has_unsaved_text      (GtkEventController *focus,
                                            const char         *text,
                                            const char         *synced);

/* The scroll wheel changes @widget (a slider, a spin button) only while
 * the focus is in it; otherwise it scrolls what @widget is in. */
void wijk_widget_scroll_only_when_focused  (GtkWidget  *widget);
/* The same for every slider and spin button in @root. */
void wijk_widget_scroll_only_when_focused_within (GtkWidget *root);

G_END_DECLS
