/* wijk-window.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-window"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "wijk-action-list.h"
#include "wijk-catalog.h"
#include "wijk-editor-sheet.h"
#include "wijk-file-actions.h"
#include "wijk-impact-panel.h"
#include "wijk-map-view.h"
#include "wijk-window.h"

/* The main window: the action list, the map and the figures of one
 * workshop file. */

struct _WijkWindow
{
  AdwApplicationWindow  parent_instance;

  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
  GtkWidget            *undo_button;
  GtkWidget            *redo_button;
  GtkMenuButton        *menu_button;
  GMenu                *primary_menu;
  GtkStack             *main_stack;
  AdwFlap              *sidebar_flap;
  AdwFlap              *figures_flap;
  GtkStack             *sidebar_stack;
  WijkActionList       *action_list;
  WijkMapView          *map_view;
  GtkBox               *impact_slot;
  WijkImpactPanel      *impact_panel;
  WijkEditorSheet      *editor_sheet;

  WijkWorkshopModel    *model;
  GSettings            *settings;
};

enum {
  PROP_0,
  PROP_MODEL,
  N_PROPS
};

enum {
  EDIT_ACTION,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (WijkWindow, wijk_window, ADW_TYPE_APPLICATION_WINDOW)

static void
update_title (WijkWindow *self)
{
  const char *name = self->model != NULL ? wijk_workshop_model_get_name (self->model) : NULL;
  g_autofree char *title = NULL;

  if (name != NULL && *name != '\0')
    /* Translators: the window title, "<workshop name> — Wijkpact". */
    title = g_strdup_printf (_("%s — Wijkpact"), name);
  else
    title = g_strdup ("Wijkpact");

  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->window_title, title);
}

static void
update_history (WijkWindow *self)
{
  WijkStore *store = wijk_window_get_store (self);
  gboolean can_undo = store != NULL && wijk_store_can_undo (store);
  gboolean can_redo = store != NULL && wijk_store_can_redo (store);
  g_autofree char *undo_label = can_undo ? wijk_store_dup_undo_label (store) : NULL;
  g_autofree char *redo_label = can_redo ? wijk_store_dup_redo_label (store) : NULL;
  g_autofree char *undo_tip = NULL;
  g_autofree char *redo_tip = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", can_undo);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", can_redo);

  /* Translators: the tooltip of the undo button, e.g. "Undo “Move action”". */
  undo_tip = undo_label != NULL ? g_strdup_printf (_("Undo “%s”"), undo_label) : g_strdup (_("Undo"));
  /* Translators: the tooltip of the redo button, e.g. "Redo “Move action”". */
  redo_tip = redo_label != NULL ? g_strdup_printf (_("Redo “%s”"), redo_label) : g_strdup (_("Redo"));
  gtk_widget_set_tooltip_text (self->undo_button, undo_tip);
  gtk_widget_set_tooltip_text (self->redo_button, redo_tip);
}

static void
on_model_changed (WijkWindow *self)
{
  update_history (self);
}

static void
update_actions (WijkWindow *self)
{
  gboolean open = self->model != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-action", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-in", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-out", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-reset", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.organisations", open);
  update_history (self);
}

static void
history_step (WijkWindow *self,
              gboolean    redo)
{
  WijkStore *store = wijk_window_get_store (self);
  g_autoptr(GError) error = NULL;

  if (store == NULL)
    return;

  if (!(redo ? wijk_store_redo (store, &error) : wijk_store_undo (store, &error)))
    wijk_window_add_toast (self, error->message);
}

static void
undo_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  history_step (WIJK_WINDOW (widget), FALSE);
}

static void
redo_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  history_step (WIJK_WINDOW (widget), TRUE);
}

static void
new_action_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  WijkWindow *self = WIJK_WINDOW (widget);
  ShumateViewport *viewport = wijk_map_view_get_viewport (self->map_view);

  /* The map drafts it, at its centre: the same dialog as "New Action
   * Here…" on the map. */
  wijk_map_view_draft_at (self->map_view,
                          shumate_location_get_latitude (SHUMATE_LOCATION (viewport)),
                          shumate_location_get_longitude (SHUMATE_LOCATION (viewport)));
}

static void
search_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  WijkWindow *self = WIJK_WINDOW (widget);

  adw_flap_set_reveal_flap (self->sidebar_flap, TRUE);
  gtk_stack_set_visible_child_name (self->sidebar_stack, "actions");
  wijk_action_list_focus_search (self->action_list);
}

static void
toggle_sidebar_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  WijkWindow *self = WIJK_WINDOW (widget);

  adw_flap_set_reveal_flap (self->sidebar_flap, !adw_flap_get_reveal_flap (self->sidebar_flap));
}

static void
toggle_figures_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  WijkWindow *self = WIJK_WINDOW (widget);

  adw_flap_set_reveal_flap (self->figures_flap, !adw_flap_get_reveal_flap (self->figures_flap));
}

static void
zoom_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  WijkWindow *self = WIJK_WINDOW (widget);

  if (g_str_equal (action_name, "win.zoom-in"))
    wijk_map_view_zoom_in (self->map_view);
  else if (g_str_equal (action_name, "win.zoom-out"))
    wijk_map_view_zoom_out (self->map_view);
  else
    wijk_map_view_show_site (self->map_view);
}

/* The action editor and the organisations open in the sidebar, beside the
 * map and the figures. They are built the first time one is shown: the
 * first frame does not need them. */
static WijkEditorSheet *
ensure_editor_sheet (WijkWindow *self)
{
  if (self->editor_sheet == NULL)
    {
      self->editor_sheet = WIJK_EDITOR_SHEET (wijk_editor_sheet_new ());
      gtk_stack_add_named (self->sidebar_stack, GTK_WIDGET (self->editor_sheet), "editor");
      wijk_editor_sheet_attach (self->editor_sheet, self);
    }

  return self->editor_sheet;
}

static void
on_action_activated (WijkWindow *self,
                     const char *action_id)
{
  ensure_editor_sheet (self);
  g_signal_emit (self, signals[EDIT_ACTION], 0, action_id);
}

static void
organisations_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  WijkWindow *self = WIJK_WINDOW (widget);

  ensure_editor_sheet (self);
  adw_flap_set_reveal_flap (self->sidebar_flap, TRUE);
  gtk_stack_set_visible_child_name (self->sidebar_stack, "organisations");
}

static GtkWidget *
new_pill_button (const char *label,
                 const char *action_name)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_widget_add_css_class (button, "pill");
  return button;
}

/* The page shown without a workshop is built the first time it is shown:
 * a window normally starts with one. */
static void
show_empty_page (WijkWindow *self)
{
  if (gtk_stack_get_child_by_name (self->main_stack, "empty") == NULL)
    {
      GtkWidget *page = adw_status_page_new ();
      GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *new_button = new_pill_button (_("_New Workshop…"), "app.new");

      adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), "io.github.wijkpact.Wijkpact-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (page), _("No Workshop Open"));
      adw_status_page_set_description (ADW_STATUS_PAGE (page),
                                       _("Start a new workshop or open one from a file."));
      gtk_widget_add_css_class (new_button, "suggested-action");
      gtk_widget_set_halign (buttons, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (buttons), new_button);
      gtk_box_append (GTK_BOX (buttons), new_pill_button (_("_Open…"), "app.open"));
      adw_status_page_set_child (ADW_STATUS_PAGE (page), buttons);
      gtk_stack_add_named (self->main_stack, page, "empty");
    }

  gtk_stack_set_visible_child_name (self->main_stack, "empty");
}

/* A window shown before it has a workshop shows the empty page. */
static void
on_map (WijkWindow *self)
{
  if (self->model == NULL)
    show_empty_page (self);
}

static void
on_list_selection_changed (WijkWindow *self)
{
  wijk_map_view_show_action (self->map_view,
                             wijk_action_list_get_selected_action (self->action_list));
}

/* The basemap follows the preferences; offline wins over OpenStreetMap. */
static void
apply_basemap (WijkWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_settings_get_string (self->settings, "mbtiles-path");
  WijkBasemap basemap = g_settings_get_enum (self->settings, "tile-source");

  if (basemap == WIJK_BASEMAP_OSM && g_settings_get_boolean (self->settings, "offline"))
    basemap = WIJK_BASEMAP_NONE;
  if (basemap == WIJK_BASEMAP_MBTILES && *path == '\0')
    basemap = WIJK_BASEMAP_NONE;

  if (basemap == wijk_map_view_get_basemap (self->map_view) && basemap != WIJK_BASEMAP_MBTILES)
    return;

  if (!wijk_map_view_set_basemap (self->map_view, basemap, path, &error))
    {
      wijk_window_add_toast (self, error->message);
      wijk_map_view_set_basemap (self->map_view, WIJK_BASEMAP_NONE, NULL, NULL);
    }
}

static void
restore_size (WijkWindow *self)
{
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static gboolean
wijk_window_close_request (GtkWindow *window)
{
  WijkWindow *self = WIJK_WINDOW (window);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));

  return GTK_WINDOW_CLASS (wijk_window_parent_class)->close_request (window);
}

/* The main menu's popover (some eighty widgets) is built the first time
 * it opens, not at start-up; the recent files are read each time. */
static void
on_menu_popup (GtkMenuButton *button,
               gpointer       user_data)
{
  WijkWindow *self = WIJK_WINDOW (user_data);
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (gtk_menu_button_get_menu_model (button) == NULL)
    {
      if (WIJK_IS_APPLICATION (app))
        g_menu_insert_section (self->primary_menu, 1, NULL,
                               wijk_application_get_recent_menu (WIJK_APPLICATION (app)));
      gtk_menu_button_set_menu_model (button, G_MENU_MODEL (self->primary_menu));
    }
  if (WIJK_IS_APPLICATION (app))
    wijk_application_update_recent_menu (WIJK_APPLICATION (app));
}

static void
wijk_window_constructed (GObject *object)
{
  WijkWindow *self = WIJK_WINDOW (object);
  GtkApplication *app;

  G_OBJECT_CLASS (wijk_window_parent_class)->constructed (object);

  app = gtk_window_get_application (GTK_WINDOW (self));
  if (WIJK_IS_APPLICATION (app))
    self->settings = g_object_ref (wijk_application_get_settings (WIJK_APPLICATION (app)));
  else
    self->settings = g_settings_new ("io.github.wijkpact.Wijkpact");

  wijk_file_actions_add_to_window (self);
  gtk_menu_button_set_create_popup_func (self->menu_button, on_menu_popup, self, NULL);

  restore_size (self);
  g_signal_connect_object (self->settings, "changed::tile-source",
                           G_CALLBACK (apply_basemap), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::offline",
                           G_CALLBACK (apply_basemap), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::mbtiles-path",
                           G_CALLBACK (apply_basemap), self, G_CONNECT_SWAPPED);
  apply_basemap (self);
}

static void
wijk_window_dispose (GObject *object)
{
  WijkWindow *self = WIJK_WINDOW (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, on_model_changed, self);
  g_clear_object (&self->model);
  gtk_widget_dispose_template (GTK_WIDGET (self), WIJK_TYPE_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (wijk_window_parent_class)->dispose (object);
}

static void
wijk_window_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  WijkWindow *self = WIJK_WINDOW (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wijk_window_class_init (WijkWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = wijk_window_constructed;
  object_class->dispose = wijk_window_dispose;
  object_class->get_property = wijk_window_get_property;

  window_class->close_request = wijk_window_close_request;

  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, WIJK_TYPE_WORKSHOP_MODEL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * WijkWindow::edit-action:
   * @self: the window
   * @action_id: the action
   *
   * An action's row was activated in the list; the action editor opens it.
   */
  signals[EDIT_ACTION] =
    g_signal_new ("edit-action", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (WIJK_TYPE_ACTION_LIST);
  g_type_ensure (WIJK_TYPE_MAP_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/wijkpact/Wijkpact/wijk-window.ui");
  gtk_widget_class_bind_template_child (widget_class, WijkWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, WijkWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, WijkWindow, undo_button);
  gtk_widget_class_bind_template_child (widget_class, WijkWindow, redo_button);
  gtk_widget_class_bind_template_child (widget_class, WijkWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, WijkWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, WijkWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, WijkWindow, sidebar_flap);
  gtk_widget_class_bind_template_child (widget_class, WijkWindow, figures_flap);
  gtk_widget_class_bind_template_child (widget_class, WijkWindow, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, WijkWindow, action_list);
  gtk_widget_class_bind_template_child (widget_class, WijkWindow, map_view);
  gtk_widget_class_bind_template_child (widget_class, WijkWindow, impact_slot);
  gtk_widget_class_bind_template_callback (widget_class, on_action_activated);

  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_activated);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_activated);
  gtk_widget_class_install_action (widget_class, "win.new-action", NULL, new_action_activated);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_activated);
  gtk_widget_class_install_action (widget_class, "win.toggle-sidebar", NULL,
                                   toggle_sidebar_activated);
  gtk_widget_class_install_action (widget_class, "win.toggle-figures", NULL,
                                   toggle_figures_activated);
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_activated);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_activated);
  gtk_widget_class_install_action (widget_class, "win.zoom-reset", NULL, zoom_activated);
  gtk_widget_class_install_action (widget_class, "win.organisations", NULL,
                                   organisations_activated);
}

static void
wijk_window_init (WijkWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The live impact panel fills the figures' side of the window. */
  self->impact_panel = WIJK_IMPACT_PANEL (wijk_impact_panel_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->impact_panel), TRUE);
  gtk_box_append (self->impact_slot, GTK_WIDGET (self->impact_panel));

  /* The action editor and the organisations are built when first shown
   * (ensure_editor_sheet), not at start-up. */

  g_object_bind_property (self->map_view, "selected-action",
                          self->action_list, "selected-action",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->action_list, "notify::selected-action",
                           G_CALLBACK (on_list_selection_changed), self, G_CONNECT_SWAPPED);

  g_signal_connect (self, "map", G_CALLBACK (on_map), NULL);
  update_actions (self);
}

/**
 * wijk_window_new:
 * @application: the application
 *
 * Returns: (transfer none): a new window, without a workshop
 */
WijkWindow *
wijk_window_new (WijkApplication *application)
{
  g_return_val_if_fail (WIJK_IS_APPLICATION (application), NULL);

  return g_object_new (WIJK_TYPE_WINDOW, "application", application, NULL);
}

/**
 * wijk_window_get_store:
 * @self: a window
 *
 * Returns: (transfer none) (nullable): the workshop the window shows
 */
WijkStore *
wijk_window_get_store (WijkWindow *self)
{
  g_return_val_if_fail (WIJK_IS_WINDOW (self), NULL);

  return self->model != NULL ? wijk_workshop_model_get_store (self->model) : NULL;
}

/**
 * wijk_window_get_model:
 * @self: a window
 *
 * Returns: (transfer none) (nullable): the lists of the workshop shown
 */
WijkWorkshopModel *
wijk_window_get_model (WijkWindow *self)
{
  g_return_val_if_fail (WIJK_IS_WINDOW (self), NULL);
  return self->model;
}

/**
 * wijk_window_set_store:
 * @self: a window
 * @store: (nullable): the workshop to show
 */
void
wijk_window_set_store (WijkWindow *self,
                       WijkStore  *store)
{
  g_autoptr(WijkWorkshopModel) model = NULL;

  g_return_if_fail (WIJK_IS_WINDOW (self));
  g_return_if_fail (store == NULL || WIJK_IS_STORE (store));

  if (wijk_window_get_store (self) == store)
    return;

  if (self->model != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->model, update_title, self);
      g_signal_handlers_disconnect_by_func (self->model, on_model_changed, self);
    }

  if (store != NULL)
    model = wijk_workshop_model_new (store);
  g_set_object (&self->model, model);

  wijk_action_list_set_model (self->action_list, model);
  wijk_map_view_set_model (self->map_view, model);
  wijk_impact_panel_set_store (self->impact_panel, store);

  if (model != NULL)
    {
      g_signal_connect_object (model, "notify::name", G_CALLBACK (update_title), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (model, "changed", G_CALLBACK (on_model_changed), self,
                               G_CONNECT_SWAPPED);
    }

  if (model != NULL)
    gtk_stack_set_visible_child_name (self->main_stack, "workshop");
  else if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    show_empty_page (self);
  update_title (self);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

static void
show_open_error (WijkWindow   *self,
                 const char   *path,
                 const GError *error)
{
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree char *heading = NULL;
  AdwMessageDialog *dialog;

  /* Translators: the heading of the dialog when a file cannot be opened. */
  heading = g_strdup_printf (_("Cannot Open “%s”"), name);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading,
                                                       error->message));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_to_recent (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);

  gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
}

/**
 * wijk_window_open_file:
 * @self: a window
 * @file: a workshop file
 *
 * Shows the workshop in @file, or a dialog that says why it cannot.
 *
 * Returns: whether the file was opened
 */
gboolean
wijk_window_open_file (WijkWindow *self,
                       GFile      *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WijkStore) store = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (WIJK_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("“%s” is not a local file; only files on this computer can be opened"), uri);
      show_open_error (self, uri, error);
      return FALSE;
    }

  store = wijk_store_open (path, &error);
  if (store == NULL)
    {
      show_open_error (self, path, error);
      return FALSE;
    }

  wijk_window_set_store (self, store);
  add_to_recent (file);
  return TRUE;
}

static WijkWorkshop *
new_workshop (GFile *file)
{
  g_autoptr(WijkWorkshop) workshop = wijk_workshop_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *basename = g_file_get_basename (file);
  char *dot = strrchr (basename, '.');

  if (dot != NULL && dot != basename)
    *dot = '\0';

  /* wijk_workshop_new() gives a uuid, English, euros and a 4 % rate. */
  workshop->name = g_strdup (basename);
  workshop->baseline_year = g_date_time_get_year (now);
  workshop->target_year = g_date_time_get_year (now) + 6;
  g_ptr_array_extend_and_steal (workshop->factors, wijk_catalog_dup_default_factors ());
  return g_steal_pointer (&workshop);
}

/**
 * wijk_window_create_file:
 * @self: a window
 * @file: where to create a new, empty workshop
 *
 * Returns: whether the file was created and opened
 */
gboolean
wijk_window_create_file (WijkWindow *self,
                         GFile      *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WijkStore) store = NULL;
  g_autoptr(WijkWorkshop) workshop = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (WIJK_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    return FALSE;

  /* The file chooser asked before replacing a file; the store never does. */
  if (g_file_test (path, G_FILE_TEST_EXISTS) && g_unlink (path) != 0)
    {
      int saved_errno = errno;

      g_set_error (&error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Cannot replace “%s”: %s"), path, g_strerror (saved_errno));
      show_open_error (self, path, error);
      return FALSE;
    }

  workshop = new_workshop (file);
  store = wijk_store_create (path, workshop, &error);
  if (store == NULL)
    {
      show_open_error (self, path, error);
      return FALSE;
    }

  wijk_window_set_store (self, store);
  add_to_recent (file);
  return TRUE;
}

/**
 * wijk_window_open_default:
 * @self: a window
 *
 * Opens the workshop the application starts with: the bundled Haasrode
 * workshop, in the user's data folder.
 *
 * Returns: whether it was opened
 */
gboolean
wijk_window_open_default (WijkWindow *self)
{
  g_autofree char *path = wijk_application_dup_default_path ();
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(GError) error = NULL;
  g_autoptr(WijkStore) store = NULL;

  g_return_val_if_fail (WIJK_IS_WINDOW (self), FALSE);

  store = wijk_application_open_default_store (WIJK_IS_APPLICATION (app) ? WIJK_APPLICATION (app)
                                                                          : NULL,
                                               &error);
  if (store == NULL)
    {
      show_open_error (self, path, error);
      return FALSE;
    }

  wijk_window_set_store (self, store);
  return TRUE;
}

/**
 * wijk_window_add_toast:
 * @self: a window
 * @title: the message
 */
void
wijk_window_add_toast (WijkWindow *self,
                       const char *title)
{
  g_return_if_fail (WIJK_IS_WINDOW (self));
  g_return_if_fail (title != NULL);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

static void
on_first_frame (GdkFrameClock *clock,
                WijkWindow    *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_frame, self);
  g_print ("FIRST_FRAME %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  fflush (stdout);
  g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
}

static void
on_mapped (WijkWindow *self)
{
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (self)), "after-paint",
                    G_CALLBACK (on_first_frame), self);
}

/**
 * wijk_window_quit_after_first_frame:
 * @self: a window
 *
 * For the start-up benchmark: prints `FIRST_FRAME <monotonic µs>` once the
 * window's first frame is painted, then quits the application.
 */
void
wijk_window_quit_after_first_frame (WijkWindow *self)
{
  g_return_if_fail (WIJK_IS_WINDOW (self));

  g_signal_connect (self, "map", G_CALLBACK (on_mapped), NULL);
}

GtkBox *
wijk_window_get_impact_slot (WijkWindow *self)
{
  g_return_val_if_fail (WIJK_IS_WINDOW (self), NULL);
  return self->impact_slot;
}

GtkWidget *
wijk_window_get_map_view (WijkWindow *self)
{
  g_return_val_if_fail (WIJK_IS_WINDOW (self), NULL);
  return GTK_WIDGET (self->map_view);
}

GtkWidget *
wijk_window_get_action_list (WijkWindow *self)
{
  g_return_val_if_fail (WIJK_IS_WINDOW (self), NULL);
  return GTK_WIDGET (self->action_list);
}

/**
 * wijk_window_get_editor_sheet:
 * @self: a window
 *
 * The sidebar's action editor and organisations (a #WijkEditorSheet),
 * built now if they have not been shown yet.
 *
 * Returns: (transfer none): the editor sheet
 */
GtkWidget *
wijk_window_get_editor_sheet (WijkWindow *self)
{
  g_return_val_if_fail (WIJK_IS_WINDOW (self), NULL);
  return GTK_WIDGET (ensure_editor_sheet (self));
}
