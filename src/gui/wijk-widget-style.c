/* wijk-widget-style.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-widget-style"

#include "config.h"

#include "wijk-map-paint.h"
#include "wijk-widget-style.h"
#include "wijk-workshop.h"

static void
add_provider (GdkDisplay *display,
              const char *css,
              guint       priority)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

  gtk_css_provider_load_from_data (provider, css, -1);
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider), priority);
}

/* The style sheets of the widgets, one after the other. */
static char *
widget_css (void)
{
  static const char *const sheets[] = {
    "/io/github/wijkpact/Wijkpact/wijk-widgets.css",
    "/io/github/wijkpact/Wijkpact/wijk-impact-panel.css",
  };
  GString *css = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (sheets); i++)
    {
      g_autoptr(GBytes) bytes = g_resources_lookup_data (sheets[i], 0, NULL);

      if (bytes != NULL)
        g_string_append_len (css, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      g_string_append_c (css, '\n');
    }
  return g_string_free (css, FALSE);
}

/* Each theme's colour as a CSS class, so that icons and badges take the
 * colour of the map's markers (wijk_theme_get_colour()). A badge's icon is
 * white, or dark on a light colour (the yellow of densification). */
static char *
theme_css (void)
{
  GString *css = g_string_new (NULL);

  for (guint theme = 0; theme < WIJK_N_THEMES; theme++)
    {
      const char *name = wijk_theme_to_string (theme);
      const char *colour = wijk_theme_get_colour (theme);
      GdkRGBA rgba = { 0.5, 0.5, 0.5, 1 };

      gdk_rgba_parse (&rgba, colour);
      g_string_append_printf (css, ".wijk-theme-%s { color: %s; }\n", name, colour);
      g_string_append_printf (css, ".wijk-theme-%s.wijk-badge { background-color: %s; color: %s; }\n",
                              name, colour,
                              wijk_map_paint_luminance (&rgba) > 0.5 ? "#1e1e1e" : "#ffffff");
    }
  return g_string_free (css, FALSE);
}

/**
 * wijk_widget_style_ensure:
 *
 * Gives the default display the widgets' style sheets and the theme colour
 * classes, once: the application and each widget call it, so that a widget
 * looks the same in a test window as in the application.
 */
void
wijk_widget_style_ensure (void)
{
  GdkDisplay *display = gdk_display_get_default ();
  g_autofree char *widgets = NULL;
  g_autofree char *themes = NULL;

  if (display == NULL || g_object_get_data (G_OBJECT (display), "wijk-widget-style") != NULL)
    return;

  widgets = widget_css ();
  themes = theme_css ();
  add_provider (display, widgets, GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  /* Above the application's own style sheet, which may colour theme icons
   * too: a badge's icon must keep its own colour. */
  add_provider (display, themes, GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
  g_object_set_data (G_OBJECT (display), "wijk-widget-style", GINT_TO_POINTER (TRUE));
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

gboolean
wijk_widget_has_unsaved_text (GtkEventController *focus,
                              const char         *text,
                              const char         *synced)
{
  g_return_val_if_fail (GTK_IS_EVENT_CONTROLLER_FOCUS (focus), FALSE);

  return gtk_event_controller_focus_contains_focus (GTK_EVENT_CONTROLLER_FOCUS (focus))
         && g_strcmp0 (text, synced != NULL ? synced : "") != 0;
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
