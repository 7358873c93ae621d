/* wijk-action-editor-fields.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-action-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "wijk-action-editor-private.h"
#include "wijk-validate.h"
#include "wijk-widget-style.h"

/* Title and description: committed on Enter, when the focus leaves and
 * after a pause in typing */

static char *
dup_description_text (WijkActionEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->description_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
commit_title (WijkActionEditor *self)
{
  g_autoptr(WijkAction) action = NULL;
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row)));

  if (self->syncing > 0 || (action = wijk_action_editor_dup_action (self)) == NULL)
    return;
  if (g_strcmp0 (action->title != NULL ? action->title : "", text) == 0)
    return;

  g_free (action->title);
  action->title = text[0] != '\0' ? g_strdup (text) : NULL;
  if (wijk_action_editor_commit (self, action))
    wijk_set_str (&self->synced_title, text);
}

static void
commit_description (WijkActionEditor *self)
{
  g_autoptr(WijkAction) action = NULL;
  g_autofree char *text = NULL;

  if (self->syncing > 0 || (action = wijk_action_editor_dup_action (self)) == NULL)
    return;
  text = dup_description_text (self);
  if (g_strcmp0 (action->description != NULL ? action->description : "", text) == 0)
    return;

  g_free (action->description);
  action->description = text[0] != '\0' ? g_strdup (text) : NULL;
  if (wijk_action_editor_commit (self, action))
    wijk_set_str (&self->synced_description, text);
}

void
wijk_action_editor_commit_pending_text (WijkActionEditor *self)
{
  g_clear_handle_id (&self->text_commit_source, g_source_remove);
  commit_title (self);
  commit_description (self);
  wijk_action_editor_commit_pending_financing (self);
}

static gboolean
text_commit_timeout (gpointer data)
{
  WijkActionEditor *self = data;

  self->text_commit_source = 0;
  wijk_action_editor_commit_pending_text (self);
  return G_SOURCE_REMOVE;
}

/* Text is committed when the user pauses too, not only when the focus
 * leaves: a click on the map does not take the focus, and a crash must
 * not lose a paragraph. */
static void
text_changed_cb (WijkActionEditor *self)
{
  if (self->syncing > 0)
    return;
  g_clear_handle_id (&self->text_commit_source, g_source_remove);
  self->text_commit_source = g_timeout_add (WIJK_TEXT_COMMIT_DELAY_MS, text_commit_timeout, self);
}

static void
title_activated_cb (WijkActionEditor *self)
{
  commit_title (self);
}

void
wijk_action_editor_sync_text (WijkActionEditor *self,
                              const WijkAction *action)
{
  const char *title = action->title != NULL ? action->title : "";
  const char *description = action->description != NULL ? action->description : "";
  g_autofree char *shown = dup_description_text (self);

  /* Text the user is still typing is not overwritten. */
  if (!wijk_widget_has_unsaved_text (self->title_focus,
                         gtk_editable_get_text (GTK_EDITABLE (self->title_row)),
                         self->synced_title))
    {
      if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->title_row)), title) != 0)
        gtk_editable_set_text (GTK_EDITABLE (self->title_row), title);
      wijk_set_str (&self->synced_title, title);
    }
  if (!wijk_widget_has_unsaved_text (self->description_focus, shown, self->synced_description))
    {
      if (g_strcmp0 (shown, description) != 0)
        gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->description_view),
                                  description, -1);
      wijk_set_str (&self->synced_description, description);
    }
}

/* Status */

void
wijk_action_editor_show_status_error (WijkActionEditor *self,
                                      const char       *message)
{
  if (message != NULL)
    gtk_label_set_label (self->status_error_label, message);
  gtk_revealer_set_reveal_child (self->status_error_revealer, message != NULL);
}

static void
status_selected_cb (WijkActionEditor *self)
{
  g_autoptr(WijkAction) action = NULL;
  g_autoptr(GError) error = NULL;
  guint status = adw_combo_row_get_selected (self->status_row);

  if (self->syncing > 0 || status >= WIJK_N_STATUSES ||
      (action = wijk_action_editor_dup_action (self)) == NULL)
    return;
  if (action->status == (WijkStatus) status)
    return;

  action->status = status;
  if (status >= WIJK_STATUS_AGREED && !wijk_validate_shares (action, &error))
    {
      g_autofree char *message = NULL;

      /* Translators: %s is the status (“Agreed”), the second %s says why */
      message = g_strdup_printf (_("The action cannot be “%s” yet: %s"),
                                 wijk_status_get_label (status), error->message);
      wijk_action_editor_show_status_error (self, message);
      wijk_action_editor_sync (self);
      return;
    }
  if (wijk_action_editor_commit (self, action))
    wijk_action_editor_show_status_error (self, NULL);
}

/* Start year: 0 in the model means "not set", shown as an empty field */

static int
start_year_input_cb (WijkActionEditor *self,
                     double           *new_value)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->start_year_spin));

  if (self->start_year_unset && text[0] == '\0')
    {
      *new_value = gtk_adjustment_get_value (self->start_year_adjustment);
      return TRUE;
    }
  return FALSE;
}

static gboolean
start_year_output_cb (WijkActionEditor *self)
{
  if (!self->start_year_unset)
    return FALSE;
  gtk_editable_set_text (GTK_EDITABLE (self->start_year_spin), "");
  return TRUE;
}

static void
commit_start_year (WijkActionEditor *self)
{
  g_autoptr(WijkAction) action = NULL;

  if (self->syncing > 0 || (action = wijk_action_editor_dup_action (self)) == NULL)
    return;
  self->start_year_unset = FALSE;
  action->start_year = gtk_spin_button_get_value_as_int (self->start_year_spin);
  if (action->start_year != wijk_action_editor_peek_action (self)->start_year)
    wijk_action_editor_commit (self, action);
}

static void
start_year_changed_cb (WijkActionEditor *self)
{
  commit_start_year (self);
}

static void
start_year_activate_cb (WijkActionEditor *self)
{
  /* Typing the year the empty field stands on changes no value. */
  if (self->start_year_unset &&
      gtk_editable_get_text (GTK_EDITABLE (self->start_year_spin))[0] != '\0')
    commit_start_year (self);
}

void
wijk_action_editor_sync_start_year (WijkActionEditor *self,
                                    const WijkAction *action)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *text = NULL;
  int year = action->start_year;

  self->start_year_unset = year == 0;
  if (year == 0)
    year = g_date_time_get_year (now);
  gtk_spin_button_set_value (self->start_year_spin, year);
  /* The text too: the value may not have changed, the "unset" state has. */
  text = self->start_year_unset ? g_strdup ("") : g_strdup_printf ("%d", year);
  adw_action_row_set_subtitle (self->start_year_row, self->start_year_unset ? _("Not planned yet")
                                                                            : NULL);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->start_year_spin)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->start_year_spin), text);
}

static void
focus_leave_cb (WijkActionEditor   *self,
                GtkEventController *controller)
{
  if (controller == self->title_focus)
    commit_title (self);
  else
    commit_description (self);
}

static GtkEventController *
watch_focus (WijkActionEditor *self,
             GtkWidget        *widget)
{
  GtkEventController *controller = gtk_event_controller_focus_new ();

  g_signal_connect_object (controller, "leave", G_CALLBACK (focus_leave_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (widget, controller);
  return controller;
}


void
wijk_action_editor_init_fields (WijkActionEditor *self)
{
  for (guint i = 0; i < WIJK_N_STATUSES; i++)
    gtk_string_list_append (self->statuses, wijk_status_get_label (i));
  gtk_adjustment_set_lower (self->start_year_adjustment, WIJK_YEAR_MIN);
  gtk_adjustment_set_upper (self->start_year_adjustment, WIJK_YEAR_MAX);

  /* GtkSpinButton has no "activate" of its own in GTK 4.8: its text has. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->start_year_spin));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TEXT (child))
      g_signal_connect_object (child, "activate", G_CALLBACK (start_year_activate_cb), self,
                               G_CONNECT_SWAPPED | G_CONNECT_AFTER);

  g_signal_connect_object (self->title_row, "changed", G_CALLBACK (text_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_text_view_get_buffer (self->description_view), "changed",
                           G_CALLBACK (text_changed_cb), self, G_CONNECT_SWAPPED);
  self->title_focus = watch_focus (self, GTK_WIDGET (self->title_row));
  self->description_focus = watch_focus (self, GTK_WIDGET (self->description_view));
}

void
wijk_action_editor_class_init_fields (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, title_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, status_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, start_year_input_cb);
  gtk_widget_class_bind_template_callback (widget_class, start_year_output_cb);
  gtk_widget_class_bind_template_callback (widget_class, start_year_changed_cb);
}
