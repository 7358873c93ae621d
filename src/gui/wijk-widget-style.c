/* wijk-widget-style.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-widget-style"

#include "config.h"

#include "wijk-widget-style.h"

void
wijk_widget_style_ensure (void)
{
  static GdkDisplay *loaded_for = NULL;
  GdkDisplay *display = gdk_display_get_default ();
  g_autoptr(GtkCssProvider) provider = NULL;

  if (display == NULL || display == loaded_for)
    return;

  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, "/io/github/wijkpact/Wijkpact/wijk-widgets.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  loaded_for = display;
}

void
wijk_widget_set_accessible_label (GtkWidget  *widget,
                                  const char *label)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (label != NULL);

  gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
set_scroll_phase (GtkWidget           *widget,
                  GtkPropagationPhase  phase)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_SCROLL (controller))
        gtk_event_controller_set_propagation_phase (controller, phase);
    }
}

static void
focus_entered (GtkEventController *focus)
{
  set_scroll_phase (gtk_event_controller_get_widget (focus), GTK_PHASE_BUBBLE);
}

static void
focus_left (GtkEventController *focus)
{
  set_scroll_phase (gtk_event_controller_get_widget (focus), GTK_PHASE_NONE);
}

/**
 * wijk_widget_scroll_only_when_focused:
 * @widget: a slider or spin button
 *
 * Lets @widget's value change with the scroll wheel only while the focus is
 * in it. Otherwise a slider or spin button that passes under the pointer
 * while the user scrolls the editor would take the scroll and change a
 * share or a parameter nobody meant to touch; the scroll goes on to the
 * scrolled window instead.
 */
void
wijk_widget_scroll_only_when_focused (GtkWidget *widget)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_return_if_fail (GTK_IS_WIDGET (widget));

  g_signal_connect (focus, "enter", G_CALLBACK (focus_entered), NULL);
  g_signal_connect (focus, "leave", G_CALLBACK (focus_left), NULL);
  gtk_widget_add_controller (widget, focus);
  set_scroll_phase (widget, GTK_PHASE_NONE);
}

/**
 * wijk_widget_scroll_only_when_focused_within:
 * @root: a widget
 *
 * wijk_widget_scroll_only_when_focused() for every slider (GtkScale, not
 * the ranges inside scrollbars) and spin button
 * in @root, @root included.
 */
void
wijk_widget_scroll_only_when_focused_within (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (GTK_IS_SCALE (root) || GTK_IS_SPIN_BUTTON (root))
    {
      wijk_widget_scroll_only_when_focused (root);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    wijk_widget_scroll_only_when_focused_within (child);
}
