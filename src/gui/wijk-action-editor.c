/* wijk-action-editor.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-action-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "wijk-action-editor-private.h"
#include "wijk-widget-style.h"

G_DEFINE_FINAL_TYPE (WijkActionEditor, wijk_action_editor, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_ACTION_ID,
  PROP_AUTHOR,
  N_PROPS
};

enum {
  ERROR,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Reading and writing the model */

const WijkAction *
wijk_action_editor_peek_action (WijkActionEditor *self)
{
  const WijkWorkshop *ws;

  if (self->store == NULL || self->action_id == NULL)
    return NULL;
  ws = wijk_store_get_workshop (self->store);
  return ws != NULL ? wijk_workshop_find_action (ws, self->action_id) : NULL;
}

WijkAction *
wijk_action_editor_dup_action (WijkActionEditor *self)
{
  const WijkAction *action = wijk_action_editor_peek_action (self);

  return action != NULL ? wijk_action_copy (action) : NULL;
}

void
wijk_action_editor_report_error (WijkActionEditor *self,
                                 const GError     *error)
{
  g_debug ("Edit refused: %s", error->message);
  g_signal_emit (self, signals[ERROR], 0, error->message);
}

/* Puts @action back; on refusal reports why and shows the model again, so
 * no control keeps showing a value that is not in the file. */
gboolean
wijk_action_editor_commit (WijkActionEditor *self,
                           const WijkAction *action)
{
  g_autoptr(GError) error = NULL;

  if (wijk_store_put_action (self->store, action, &error))
    return TRUE;
  wijk_action_editor_report_error (self, error);
  wijk_action_editor_sync (self);
  return FALSE;
}

void
wijk_action_editor_close_group (WijkActionEditor *self)
{
  g_autoptr(GError) error = NULL;

  if (!self->group_open)
    return;
  self->group_open = FALSE;
  if (self->store != NULL && !wijk_store_end_group (self->store, &error))
    wijk_action_editor_report_error (self, error);
}


static void
sync_header (WijkActionEditor     *self,
             const WijkAction     *action,
             const WijkActionType *type)
{
  if (type != NULL)
    {
      wijk_swatch_set_colour (self->type_swatch, wijk_theme_get_colour (type->theme));
      wijk_swatch_set_icon_name (self->type_swatch, wijk_theme_get_icon_name (type->theme));
      gtk_label_set_label (self->type_label, wijk_action_type_get_name (type));
      gtk_label_set_label (self->theme_label, wijk_theme_get_label (type->theme));
    }
  else
    {
      wijk_swatch_set_colour (self->type_swatch, NULL);
      wijk_swatch_set_icon_name (self->type_swatch, NULL);
      gtk_label_set_label (self->type_label, action->type);
      gtk_label_set_label (self->theme_label, _("Unknown action type"));
    }
}

/* Lists of rows */

void
wijk_action_editor_remove_rows (AdwPreferencesGroup *group,
                                GPtrArray           *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
}

void
wijk_action_editor_show_placeholder (AdwPreferencesGroup *group,
                                     GtkWidget           *placeholder,
                                     gboolean             shown)
{
  gboolean is_shown = gtk_widget_get_parent (placeholder) != NULL;

  if (shown && !is_shown)
    adw_preferences_group_add (group, placeholder);
  else if (!shown && is_shown)
    adw_preferences_group_remove (group, placeholder);
}

/* Refresh */

void
wijk_action_editor_sync (WijkActionEditor *self)
{
  const WijkWorkshop *ws = self->store != NULL ? wijk_store_get_workshop (self->store) : NULL;
  const WijkAction *action = wijk_action_editor_peek_action (self);
  const WijkActionType *type;

  if (action == NULL)
    {
      wijk_action_editor_close_group (self);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  self->syncing++;
  type = wijk_catalog_lookup (action->type);
  sync_header (self, action, type);
  wijk_action_editor_sync_text (self, action);
  if ((guint) action->status < WIJK_N_STATUSES)
    adw_combo_row_set_selected (self->status_row, action->status);
  wijk_action_editor_sync_start_year (self, action);
  wijk_action_editor_sync_params (self, action, type);
  wijk_action_editor_sync_owners (self, ws, action);
  wijk_action_editor_sync_financing (self, ws, action);
  wijk_action_editor_sync_comments (self, ws, action);
  gtk_stack_set_visible_child_name (self->stack, "editor");
  self->syncing--;
}

static void
store_changed_cb (WijkActionEditor *self)
{
  wijk_action_editor_sync (self);
}

/* GObject */

static GtkWidget *
placeholder_row_new (const char *title)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_add_css_class (row, "dim-label");
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return g_object_ref_sink (row);
}

static void
wijk_action_editor_unmap (GtkWidget *widget)
{
  WijkActionEditor *self = WIJK_ACTION_EDITOR (widget);

  /* Hiding the editor keeps what was typed. */
  wijk_action_editor_commit_pending_text (self);
  wijk_action_editor_close_group (self);
  GTK_WIDGET_CLASS (wijk_action_editor_parent_class)->unmap (widget);
}

static void
wijk_action_editor_dispose (GObject *object)
{
  WijkActionEditor *self = WIJK_ACTION_EDITOR (object);
  GtkWidget *child;

  g_clear_handle_id (&self->text_commit_source, g_source_remove);
  wijk_action_editor_close_group (self);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), WIJK_TYPE_ACTION_EDITOR);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->owners_placeholder);
  g_clear_object (&self->financing_placeholder);

  G_OBJECT_CLASS (wijk_action_editor_parent_class)->dispose (object);
}

static void
wijk_action_editor_finalize (GObject *object)
{
  WijkActionEditor *self = WIJK_ACTION_EDITOR (object);

  g_clear_pointer (&self->action_id, g_free);
  g_clear_pointer (&self->author, g_free);
  g_clear_pointer (&self->param_spins, g_ptr_array_unref);
  g_clear_pointer (&self->param_rows, g_ptr_array_unref);
  g_clear_pointer (&self->owner_rows, g_ptr_array_unref);
  g_clear_pointer (&self->financing_rows, g_ptr_array_unref);
  g_clear_pointer (&self->comment_rows, g_ptr_array_unref);
  g_clear_pointer (&self->comments_key, g_free);
  g_clear_pointer (&self->synced_title, g_free);
  g_clear_pointer (&self->synced_description, g_free);

  G_OBJECT_CLASS (wijk_action_editor_parent_class)->finalize (object);
}

static void
wijk_action_editor_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  WijkActionEditor *self = WIJK_ACTION_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_ACTION_ID:
      g_value_set_string (value, self->action_id);
      break;
    case PROP_AUTHOR:
      g_value_set_string (value, self->author);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wijk_action_editor_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  WijkActionEditor *self = WIJK_ACTION_EDITOR (object);

  switch (prop_id)
    {
    case PROP_STORE:
      wijk_action_editor_set_store (self, g_value_get_object (value));
      break;
    case PROP_ACTION_ID:
      wijk_action_editor_set_action_id (self, g_value_get_string (value));
      break;
    case PROP_AUTHOR:
      wijk_action_editor_set_author (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wijk_action_editor_class_init (WijkActionEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wijk_action_editor_dispose;
  object_class->finalize = wijk_action_editor_finalize;
  object_class->get_property = wijk_action_editor_get_property;
  object_class->set_property = wijk_action_editor_set_property;
  widget_class->unmap = wijk_action_editor_unmap;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, WIJK_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACTION_ID] =
    g_param_spec_string ("action-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AUTHOR] =
    g_param_spec_string ("author", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * WijkActionEditor::error:
   * @message: what went wrong, translated
   *
   * An edit was refused; the window shows @message as a toast.
   */
  signals[ERROR] = g_signal_new ("error", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (WIJK_TYPE_SWATCH);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/wijkpact/Wijkpact/wijk-action-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, WijkActionEditor, stack);
  gtk_widget_class_bind_template_child (widget_class, WijkActionEditor, type_swatch);
  gtk_widget_class_bind_template_child (widget_class, WijkActionEditor, type_label);
  gtk_widget_class_bind_template_child (widget_class, WijkActionEditor, theme_label);
  gtk_widget_class_bind_template_child (widget_class, WijkActionEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, WijkActionEditor, status_row);
  gtk_widget_class_bind_template_child (widget_class, WijkActionEditor, statuses);
  gtk_widget_class_bind_template_child (widget_class, WijkActionEditor, start_year_row);
  gtk_widget_class_bind_template_child (widget_class, WijkActionEditor, start_year_spin);
  gtk_widget_class_bind_template_child (widget_class, WijkActionEditor, start_year_adjustment);
  gtk_widget_class_bind_template_child (widget_class, WijkActionEditor, status_error_revealer);
  gtk_widget_class_bind_template_child (widget_class, WijkActionEditor, status_error_label);
  gtk_widget_class_bind_template_child (widget_class, WijkActionEditor, description_view);
  gtk_widget_class_bind_template_child (widget_class, WijkActionEditor, params_group);
  gtk_widget_class_bind_template_child (widget_class, WijkActionEditor, owners_group);
  gtk_widget_class_bind_template_child (widget_class, WijkActionEditor, split_button);
  gtk_widget_class_bind_template_child (widget_class, WijkActionEditor, add_owner_button);
  gtk_widget_class_bind_template_child (widget_class, WijkActionEditor, shares_revealer);
  gtk_widget_class_bind_template_child (widget_class, WijkActionEditor, shares_label);
  gtk_widget_class_bind_template_child (widget_class, WijkActionEditor, financing_group);
  gtk_widget_class_bind_template_child (widget_class, WijkActionEditor, add_financing_button);
  gtk_widget_class_bind_template_child (widget_class, WijkActionEditor, comments_group);
  gtk_widget_class_bind_template_child (widget_class, WijkActionEditor, comment_row);
  gtk_widget_class_bind_template_child (widget_class, WijkActionEditor, add_comment_button);
  wijk_action_editor_class_init_fields (widget_class);
  gtk_widget_class_bind_template_callback_full (widget_class, "comment_activated_cb",
                                                G_CALLBACK (wijk_action_editor_comment_activated));

  gtk_widget_class_install_action (widget_class, "editor.add-owner", "s",
                                   wijk_action_editor_add_owner_action);
  gtk_widget_class_install_action (widget_class, "editor.split-equally", NULL,
                                   wijk_action_editor_split_equally_action);
  gtk_widget_class_install_action (widget_class, "editor.add-financing", NULL,
                                   wijk_action_editor_add_financing_action);
  gtk_widget_class_install_action (widget_class, "editor.add-comment", NULL,
                                   wijk_action_editor_add_comment_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "actioneditor");
}

static void
label_control (GtkWidget  *widget,
               const char *label)
{
  wijk_widget_set_accessible_label (widget, label);
}

static void
wijk_action_editor_init (WijkActionEditor *self)
{
  const char *real_name = g_get_real_name ();
  GtkWidget *menu_toggle;

  wijk_widget_style_ensure ();
  gtk_widget_init_template (GTK_WIDGET (self));
  wijk_widget_scroll_only_when_focused_within (GTK_WIDGET (self));

  self->param_spins = g_ptr_array_new ();
  self->param_rows = g_ptr_array_new ();
  self->owner_rows = g_ptr_array_new ();
  self->financing_rows = g_ptr_array_new ();
  self->comment_rows = g_ptr_array_new ();
  self->owners_placeholder = placeholder_row_new (_("No co-owners yet"));
  self->financing_placeholder = placeholder_row_new (_("No financing lines yet"));
  self->author = g_strdup (g_strcmp0 (real_name, "Unknown") != 0 ? real_name
                                                                : g_get_user_name ());

  wijk_action_editor_init_fields (self);

  /* Accessible names: the end-to-end tests find the controls by them. */
  label_control (GTK_WIDGET (self->title_row), _("Title"));
  label_control (GTK_WIDGET (self->status_row), _("Status"));
  label_control (GTK_WIDGET (self->start_year_spin), _("Start year"));
  label_control (GTK_WIDGET (self->description_view), _("Description"));
  label_control (GTK_WIDGET (self->split_button), _("Split equally"));
  label_control (GTK_WIDGET (self->add_owner_button), _("Add co-owner"));
  menu_toggle = gtk_widget_get_first_child (GTK_WIDGET (self->add_owner_button));
  if (menu_toggle != NULL)
    label_control (menu_toggle, _("Add co-owner"));
  label_control (GTK_WIDGET (self->add_financing_button), _("Add financing line"));
  label_control (GTK_WIDGET (self->comment_row), _("Comment"));
  label_control (GTK_WIDGET (self->add_comment_button), _("Add comment"));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.split-equally", FALSE);
}

/**
 * wijk_action_editor_new:
 * @store: the store whose actions it edits
 *
 * Returns: (transfer floating): a new editor showing no action
 */
GtkWidget *
wijk_action_editor_new (WijkStore *store)
{
  g_return_val_if_fail (store == NULL || WIJK_IS_STORE (store), NULL);

  return g_object_new (WIJK_TYPE_ACTION_EDITOR, "store", store, NULL);
}

WijkStore *
wijk_action_editor_get_store (WijkActionEditor *self)
{
  g_return_val_if_fail (WIJK_IS_ACTION_EDITOR (self), NULL);
  return self->store;
}

/**
 * wijk_action_editor_set_store:
 * @self: a #WijkActionEditor
 * @store: (nullable): the store, e.g. after the window opened another file
 *
 * Follows @store from now on. The action id stays: when @store has no
 * such action, the editor shows that no action is selected.
 */
void
wijk_action_editor_set_store (WijkActionEditor *self,
                              WijkStore        *store)
{
  g_return_if_fail (WIJK_IS_ACTION_EDITOR (self));
  g_return_if_fail (store == NULL || WIJK_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    {
      wijk_action_editor_commit_pending_text (self);
      wijk_action_editor_close_group (self);
      g_signal_handlers_disconnect_by_data (self->store, self);
    }
  g_set_object (&self->store, store);
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self,
                             G_CONNECT_SWAPPED);
  wijk_action_editor_sync (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

const char *
wijk_action_editor_get_action_id (WijkActionEditor *self)
{
  g_return_val_if_fail (WIJK_IS_ACTION_EDITOR (self), NULL);
  return self->action_id;
}

/**
 * wijk_action_editor_set_action_id:
 * @self: a #WijkActionEditor
 * @id: (nullable): the action to edit, %NULL for none
 *
 * Shows the action @id. What was typed into the previous action's title or
 * description is committed first.
 */
void
wijk_action_editor_set_action_id (WijkActionEditor *self,
                                  const char       *id)
{
  GtkAdjustment *vadjustment;

  g_return_if_fail (WIJK_IS_ACTION_EDITOR (self));

  if (g_strcmp0 (self->action_id, id) == 0)
    return;

  wijk_action_editor_commit_pending_text (self);
  wijk_action_editor_close_group (self);
  wijk_set_str (&self->action_id, id);

  /* Forget what the previous action showed. */
  self->syncing++;
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), "");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->description_view), "", -1);
  gtk_editable_set_text (GTK_EDITABLE (self->comment_row), "");
  wijk_set_str (&self->synced_title, "");
  wijk_set_str (&self->synced_description, "");
  self->syncing--;
  wijk_action_editor_show_status_error (self, NULL);

  vadjustment = gtk_scrolled_window_get_vadjustment (
      GTK_SCROLLED_WINDOW (gtk_stack_get_child_by_name (self->stack, "editor")));
  gtk_adjustment_set_value (vadjustment, 0);

  wijk_action_editor_sync (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTION_ID]);
}

const char *
wijk_action_editor_get_author (WijkActionEditor *self)
{
  g_return_val_if_fail (WIJK_IS_ACTION_EDITOR (self), NULL);
  return self->author;
}

/**
 * wijk_action_editor_set_author:
 * @self: a #WijkActionEditor
 * @author: who writes the comments added in the editor: an organisation id
 *   in review mode, a person's name otherwise
 */
void
wijk_action_editor_set_author (WijkActionEditor *self,
                               const char       *author)
{
  g_return_if_fail (WIJK_IS_ACTION_EDITOR (self));

  if (g_strcmp0 (self->author, author) == 0)
    return;
  wijk_set_str (&self->author, author);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTHOR]);
}

/* For the tests */

GtkSpinButton *
wijk_action_editor_get_param_spin (WijkActionEditor *self,
                                   const char       *name)
{
  gint index;

  g_return_val_if_fail (WIJK_IS_ACTION_EDITOR (self), NULL);

  if (self->param_type == NULL)
    return NULL;
  index = wijk_action_type_find_param (self->param_type, name);
  return index >= 0 ? g_ptr_array_index (self->param_spins, index) : NULL;
}

WijkOwnerRow *
wijk_action_editor_get_owner_row (WijkActionEditor *self,
                                  const char       *org_id)
{
  g_return_val_if_fail (WIJK_IS_ACTION_EDITOR (self), NULL);

  for (guint i = 0; i < self->owner_rows->len; i++)
    {
      WijkOwnerRow *row = g_ptr_array_index (self->owner_rows, i);

      if (g_strcmp0 (wijk_owner_row_get_org_id (row), org_id) == 0)
        return row;
    }
  return NULL;
}

WijkFinancingRow *
wijk_action_editor_get_financing_row (WijkActionEditor *self,
                                      guint             index)
{
  g_return_val_if_fail (WIJK_IS_ACTION_EDITOR (self), NULL);
  return index < self->financing_rows->len ? g_ptr_array_index (self->financing_rows, index)
                                           : NULL;
}

GtkRevealer *
wijk_action_editor_get_shares_warning (WijkActionEditor *self)
{
  g_return_val_if_fail (WIJK_IS_ACTION_EDITOR (self), NULL);
  return self->shares_revealer;
}

GtkLabel *
wijk_action_editor_get_shares_label (WijkActionEditor *self)
{
  g_return_val_if_fail (WIJK_IS_ACTION_EDITOR (self), NULL);
  return self->shares_label;
}

GtkRevealer *
wijk_action_editor_get_status_error (WijkActionEditor *self)
{
  g_return_val_if_fail (WIJK_IS_ACTION_EDITOR (self), NULL);
  return self->status_error_revealer;
}

AdwEntryRow *
wijk_action_editor_get_title_row (WijkActionEditor *self)
{
  g_return_val_if_fail (WIJK_IS_ACTION_EDITOR (self), NULL);
  return self->title_row;
}

AdwComboRow *
wijk_action_editor_get_status_row (WijkActionEditor *self)
{
  g_return_val_if_fail (WIJK_IS_ACTION_EDITOR (self), NULL);
  return self->status_row;
}

GtkSpinButton *
wijk_action_editor_get_start_year_spin (WijkActionEditor *self)
{
  g_return_val_if_fail (WIJK_IS_ACTION_EDITOR (self), NULL);
  return self->start_year_spin;
}

GtkTextView *
wijk_action_editor_get_description_view (WijkActionEditor *self)
{
  g_return_val_if_fail (WIJK_IS_ACTION_EDITOR (self), NULL);
  return self->description_view;
}

AdwEntryRow *
wijk_action_editor_get_comment_row (WijkActionEditor *self)
{
  g_return_val_if_fail (WIJK_IS_ACTION_EDITOR (self), NULL);
  return self->comment_row;
}

guint
wijk_action_editor_get_n_comment_rows (WijkActionEditor *self)
{
  g_return_val_if_fail (WIJK_IS_ACTION_EDITOR (self), 0);
  return self->comment_rows->len;
}
