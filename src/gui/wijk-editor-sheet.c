/* wijk-editor-sheet.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-editor-sheet"

#include "config.h"

#include <glib/gi18n.h>

#include "wijk-action-list.h"
#include "wijk-editor-sheet.h"
#include "wijk-map-view.h"

struct _WijkEditorSheet
{
  GtkWidget parent_instance;

  GtkWidget *box;
  GtkButton *back_button;
  GtkButton *delete_button;
  WijkActionEditor *editor;

  WijkWindow *window;                 /* weak */
  WijkOrganisationsView *organisations;
};

G_DEFINE_FINAL_TYPE (WijkEditorSheet, wijk_editor_sheet, GTK_TYPE_WIDGET)

static WijkStore *
get_store (WijkEditorSheet *self)
{
  return self->window != NULL ? wijk_window_get_store (self->window) : NULL;
}

static GtkStack *
get_stack (WijkEditorSheet *self)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self));

  return GTK_IS_STACK (parent) ? GTK_STACK (parent) : NULL;
}

static void
show_page (WijkEditorSheet *self,
           const char      *name)
{
  GtkStack *stack = get_stack (self);

  if (stack != NULL)
    gtk_stack_set_visible_child_name (stack, name);
}

static void
add_toast (WijkEditorSheet *self,
           AdwToast        *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), g_object_ref (toast));
}

static void
show_error (WijkEditorSheet *self,
            const char      *message)
{
  g_autoptr(AdwToast) toast = adw_toast_new (message);

  add_toast (self, toast);
}

/* Opening an action */

/**
 * wijk_editor_sheet_edit:
 * @self: a #WijkEditorSheet
 * @action_id: (nullable): the action to edit
 *
 * Shows the sheet with @action_id, selected on the map and in the list.
 */
void
wijk_editor_sheet_edit (WijkEditorSheet *self,
                        const char      *action_id)
{
  g_return_if_fail (WIJK_IS_EDITOR_SHEET (self));

  wijk_action_editor_set_action_id (self->editor, action_id);
  if (self->window != NULL && action_id != NULL)
    wijk_map_view_set_selected_action (WIJK_MAP_VIEW (wijk_window_get_map_view (self->window)),
                                       action_id);
  show_page (self, "editor");
}

static void
edit_action_cb (WijkEditorSheet *self,
                const char      *action_id)
{
  wijk_editor_sheet_edit (self, action_id);
}

static gboolean
is_shown (WijkEditorSheet *self)
{
  GtkStack *stack = get_stack (self);

  return stack != NULL && gtk_stack_get_visible_child (stack) == GTK_WIDGET (self);
}

/* While the sheet is open, choosing another action (a marker on the map, a
 * row of the list) edits that one. */
static void
selection_changed_cb (WijkEditorSheet *self,
                      GParamSpec      *pspec,
                      WijkActionList  *list)
{
  const char *id = wijk_action_list_get_selected_action (list);

  if (id != NULL && is_shown (self))
    wijk_action_editor_set_action_id (self->editor, id);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  show_page (WIJK_EDITOR_SHEET (widget), "actions");
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  WijkEditorSheet *self = WIJK_EDITOR_SHEET (widget);
  g_autofree char *id = g_strdup (wijk_action_editor_get_action_id (self->editor));
  g_autoptr(GError) error = NULL;
  g_autoptr(AdwToast) toast = NULL;
  WijkStore *store = get_store (self);

  if (store == NULL || id == NULL)
    return;
  if (!wijk_store_delete_action (store, id, &error))
    {
      show_error (self, error->message);
      return;
    }
  toast = adw_toast_new (_("Action deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  add_toast (self, toast);
  show_page (self, "actions");
}

static void
editor_error_cb (WijkEditorSheet *self,
                 const char      *message)
{
  show_error (self, message);
}

/* Organisations */

/* The plots of the chosen organisation stand out while its page is up. */
static void
update_highlight (WijkEditorSheet *self)
{
  GtkStack *stack = get_stack (self);
  GtkWidget *page = stack != NULL ? gtk_stack_get_visible_child (stack) : NULL;
  gboolean shown = page != NULL && gtk_widget_is_ancestor (GTK_WIDGET (self->organisations), page);
  const char *org_id = wijk_organisations_view_get_selected_id (self->organisations);
  WijkMapView *map_view;

  if (self->window == NULL)
    return;
  map_view = WIJK_MAP_VIEW (wijk_window_get_map_view (self->window));
  wijk_plot_layer_set_highlight_org (wijk_map_view_get_plot_layer (map_view),
                                     shown ? org_id : NULL);
}

static void
organisations_toast_cb (WijkEditorSheet *self,
                        AdwToast        *toast)
{
  add_toast (self, toast);
}

static void
organisations_action_activated_cb (WijkEditorSheet *self,
                                   const char      *action_id)
{
  wijk_editor_sheet_edit (self, action_id);
}

/* Back from an organisation's editor to the list, from the list to the
 * actions. */
static void
organisations_back_cb (WijkEditorSheet *self)
{
  if (!wijk_organisations_view_navigate_back (self->organisations))
    show_page (self, "actions");
}

/* The organisations view under a bar that leads back to the actions. */
static GtkWidget *
build_organisations_page (WijkEditorSheet *self)
{
  GtkWidget *page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *back = gtk_button_new_from_icon_name ("go-previous-symbolic");
  GtkWidget *title = gtk_label_new (_("Organisations"));

  gtk_widget_set_margin_start (bar, 6);
  gtk_widget_set_margin_end (bar, 6);
  gtk_widget_set_margin_top (bar, 6);
  gtk_widget_set_margin_bottom (bar, 6);
  gtk_widget_add_css_class (back, "flat");
  g_signal_connect_object (back, "clicked", G_CALLBACK (organisations_back_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_set_tooltip_text (back, _("Back"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (back), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Back from the organisations"), -1);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_box_append (GTK_BOX (bar), back);
  gtk_box_append (GTK_BOX (bar), title);
  gtk_box_append (GTK_BOX (page), bar);
  gtk_box_append (GTK_BOX (page), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_widget_set_vexpand (GTK_WIDGET (self->organisations), TRUE);
  wijk_organisations_view_set_show_back_bar (self->organisations, FALSE);
  gtk_box_append (GTK_BOX (page), GTK_WIDGET (self->organisations));
  return page;
}


static void
show_organisations_activated (GSimpleAction *action,
                              GVariant      *parameter,
                              gpointer       data)
{
  WijkEditorSheet *self = data;

  show_page (self, "organisations");
}

static void
show_actions_activated (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       data)
{
  WijkEditorSheet *self = data;

  show_page (self, "actions");
}

static void
model_changed_cb (WijkEditorSheet *self)
{
  WijkWorkshopModel *model = wijk_window_get_model (self->window);

  wijk_action_editor_set_store (self->editor, wijk_window_get_store (self->window));
  if (self->organisations != NULL)
    wijk_organisations_view_set_model (self->organisations, model);
}

/**
 * wijk_editor_sheet_attach:
 * @self: a #WijkEditorSheet, already a page of the window's sidebar stack
 * @window: the window
 *
 * Connects the sheet to @window (see the overview above).
 */
void
wijk_editor_sheet_attach (WijkEditorSheet *self,
                          WijkWindow      *window)
{
  const GActionEntry entries[] = {
    { "organisations", show_organisations_activated, NULL, NULL, NULL, { 0, } },
    { "actions", show_actions_activated, NULL, NULL, NULL, { 0, } },
  };
  GtkStack *stack;

  g_return_if_fail (WIJK_IS_EDITOR_SHEET (self));
  g_return_if_fail (WIJK_IS_WINDOW (window));
  g_return_if_fail (self->window == NULL);

  stack = get_stack (self);
  g_return_if_fail (stack != NULL);

  self->window = window;
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &self->window);

  g_signal_connect_object (window, "edit-action", G_CALLBACK (edit_action_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (window, "notify::model", G_CALLBACK (model_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (wijk_window_get_action_list (window), "notify::selected-action",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);

  self->organisations = WIJK_ORGANISATIONS_VIEW (wijk_organisations_view_new (NULL));
  gtk_stack_add_titled (stack, build_organisations_page (self), "organisations",
                        _("Organisations"));
  g_signal_connect_object (self->organisations, "organisation-selected",
                           G_CALLBACK (update_highlight), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->organisations, "toast", G_CALLBACK (organisations_toast_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->organisations, "error", G_CALLBACK (editor_error_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->organisations, "action-activated",
                           G_CALLBACK (organisations_action_activated_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (stack, "notify::visible-child", G_CALLBACK (update_highlight),
                           self, G_CONNECT_SWAPPED);
  g_action_map_add_action_entries (G_ACTION_MAP (window), entries, G_N_ELEMENTS (entries), self);

  model_changed_cb (self);
}

/* GObject */

static void
wijk_editor_sheet_dispose (GObject *object)
{
  WijkEditorSheet *self = WIJK_EDITOR_SHEET (object);

  if (self->window != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->window), (gpointer *) &self->window);
      self->window = NULL;
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), WIJK_TYPE_EDITOR_SHEET);

  G_OBJECT_CLASS (wijk_editor_sheet_parent_class)->dispose (object);
}

static void
wijk_editor_sheet_class_init (WijkEditorSheetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wijk_editor_sheet_dispose;

  g_type_ensure (WIJK_TYPE_ACTION_EDITOR);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/wijkpact/Wijkpact/wijk-editor-sheet.ui");
  gtk_widget_class_bind_template_child (widget_class, WijkEditorSheet, box);
  gtk_widget_class_bind_template_child (widget_class, WijkEditorSheet, back_button);
  gtk_widget_class_bind_template_child (widget_class, WijkEditorSheet, delete_button);
  gtk_widget_class_bind_template_child (widget_class, WijkEditorSheet, editor);

  gtk_widget_class_install_action (widget_class, "sheet.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "sheet.delete", NULL, delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "sheet.back", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
wijk_editor_sheet_init (WijkEditorSheet *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (self->editor, "error", G_CALLBACK (editor_error_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->back_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Back to the actions"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->delete_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Delete action"), -1);
}

GtkWidget *
wijk_editor_sheet_new (void)
{
  return g_object_new (WIJK_TYPE_EDITOR_SHEET, NULL);
}

WijkActionEditor *
wijk_editor_sheet_get_editor (WijkEditorSheet *self)
{
  g_return_val_if_fail (WIJK_IS_EDITOR_SHEET (self), NULL);
  return self->editor;
}

WijkOrganisationsView *
wijk_editor_sheet_get_organisations_view (WijkEditorSheet *self)
{
  g_return_val_if_fail (WIJK_IS_EDITOR_SHEET (self), NULL);
  return self->organisations;
}
