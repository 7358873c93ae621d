/* wijk-application.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-application"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "wijk-application.h"
#include "wijk-bundled.h"
#include "wijk-cli.h"
#include "wijk-file-actions.h"
#include "wijk-preferences-window.h"
#include "wijk-resources.h"
#include "wijk-widget-style.h"
#include "wijk-window.h"
#include "wijk-workshop.h"

#define SCHEMA_ID "io.github.wijkpact.Wijkpact"
#define RESOURCE_BASE_PATH "/io/github/wijkpact/Wijkpact"
#define DEFAULT_FILE_NAME "Haasrode Research Park.wijkpact"

struct _WijkApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  GMenu          *recent_menu;

  /* The default workshop, opened in a thread while GTK starts. */
  gboolean        prefetch_default;
  GThread        *default_loader;
};

typedef struct
{
  WijkStore *store;
  GError    *error;
} DefaultStore;

G_DEFINE_FINAL_TYPE (WijkApplication, wijk_application, ADW_TYPE_APPLICATION)

WijkApplication *
wijk_application_new (const char        *app_id,
                      GApplicationFlags  flags)
{
  g_return_val_if_fail (app_id != NULL, NULL);

  return g_object_new (WIJK_TYPE_APPLICATION,
                       "application-id", app_id,
                       "flags", flags,
                       "resource-base-path", RESOURCE_BASE_PATH,
                       NULL);
}

/**
 * wijk_application_dup_default_path:
 *
 * Where the workshop opened when none is named lives: the bundled Haasrode
 * workshop, copied into the user's data folder on the first start.
 *
 * Returns: (transfer full): the path
 */
char *
wijk_application_dup_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "wijkpact", DEFAULT_FILE_NAME, NULL);
}

/* The default workshop file, created from the bundled Haasrode workshop on
 * the first start. An existing file is never replaced. */
static WijkStore *
open_default_store (GError **error)
{
  g_autofree char *path = wijk_application_dup_default_path ();
  g_autofree char *folder = NULL;
  g_autoptr(WijkWorkshop) workshop = NULL;

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    return wijk_store_open (path, error);

  folder = g_path_get_dirname (path);
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Cannot create the folder “%s”: %s"), folder, g_strerror (saved_errno));
      return NULL;
    }

  workshop = wijk_bundled_load_haasrode (error);
  if (workshop == NULL)
    return NULL;

  return wijk_store_create (path, workshop, error);
}

static gpointer
load_default_store (gpointer data)
{
  DefaultStore *result = g_new0 (DefaultStore, 1);

  result->store = open_default_store (&result->error);
  return result;
}

/* Waits for the workshop opened in the background, if any. */
static DefaultStore *
join_default_loader (WijkApplication *self)
{
  if (self->default_loader == NULL)
    return NULL;

  return g_thread_join (g_steal_pointer (&self->default_loader));
}

/**
 * wijk_application_open_default_store:
 * @self: (nullable): the application
 * @error: return location for an error that names what is wrong
 *
 * The store of the workshop a window shows when none is named (see
 * wijk_application_dup_default_path()). The application opens it in a
 * thread while GTK starts, since reading it does not need the window; this
 * waits for that, or opens it now.
 *
 * Returns: (transfer full) (nullable): the store
 */
WijkStore *
wijk_application_open_default_store (WijkApplication  *self,
                                     GError          **error)
{
  DefaultStore *result;
  WijkStore *store;

  g_return_val_if_fail (self == NULL || WIJK_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  result = self != NULL ? join_default_loader (self) : NULL;
  if (result == NULL)
    return open_default_store (error);

  store = g_steal_pointer (&result->store);
  if (store == NULL)
    g_propagate_error (error, g_steal_pointer (&result->error));
  g_free (result);
  return store;
}

static void
drop_default_store (WijkApplication *self)
{
  DefaultStore *result = join_default_loader (self);

  if (result != NULL)
    {
      g_clear_object (&result->store);
      g_clear_error (&result->error);
      g_free (result);
    }
}

/**
 * wijk_application_get_settings:
 * @self: the application
 *
 * Returns: (transfer none): the application's settings
 */
GSettings *
wijk_application_get_settings (WijkApplication *self)
{
  g_return_val_if_fail (WIJK_IS_APPLICATION (self), NULL);

  if (self->settings == NULL)
    self->settings = g_settings_new (SCHEMA_ID);

  return self->settings;
}

#define N_RECENT 5

/**
 * wijk_application_get_recent_menu:
 * @self: the application
 *
 * The workshops opened last, as a menu section of "app.open-uri" items
 * that wijk_application_update_recent_menu() fills.
 *
 * Returns: (transfer none): the menu
 */
GMenuModel *
wijk_application_get_recent_menu (WijkApplication *self)
{
  g_return_val_if_fail (WIJK_IS_APPLICATION (self), NULL);

  if (self->recent_menu == NULL)
    self->recent_menu = g_menu_new ();

  return G_MENU_MODEL (self->recent_menu);
}

static int
compare_recent (gconstpointer a,
                gconstpointer b)
{
  GtkRecentInfo *x = *(GtkRecentInfo **) a;
  GtkRecentInfo *y = *(GtkRecentInfo **) b;

  /* Newest first. */
  return g_date_time_compare (gtk_recent_info_get_modified (y), gtk_recent_info_get_modified (x));
}

static gboolean
is_recent_workshop (GtkRecentInfo *info)
{
  return g_str_has_suffix (gtk_recent_info_get_uri (info), ".wijkpact")
         && gtk_recent_info_is_local (info)
         && gtk_recent_info_exists (info);
}

/**
 * wijk_application_update_recent_menu:
 * @self: the application
 *
 * Fills the recent menu with the workshop files the recent manager knows
 * of, newest first. The menu calls it as it opens, so that the recent
 * manager is not read while the application starts.
 */
void
wijk_application_update_recent_menu (WijkApplication *self)
{
  g_autoptr(GPtrArray) infos = g_ptr_array_new_with_free_func ((GDestroyNotify) gtk_recent_info_unref);
  GList *items;

  g_return_if_fail (WIJK_IS_APPLICATION (self));

  items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  for (GList *l = items; l != NULL; l = l->next)
    {
      if (is_recent_workshop (l->data))
        g_ptr_array_add (infos, l->data);
      else
        gtk_recent_info_unref (l->data);
    }
  g_list_free (items);
  g_ptr_array_sort (infos, compare_recent);

  wijk_application_get_recent_menu (self);
  g_menu_remove_all (self->recent_menu);
  for (guint i = 0; i < infos->len && i < N_RECENT; i++)
    {
      GtkRecentInfo *info = g_ptr_array_index (infos, i);
      g_auto(GStrv) parts = g_strsplit (gtk_recent_info_get_display_name (info), "_", -1);
      g_autofree char *label = g_strjoinv ("__", parts);   /* no mnemonics in file names */
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target (item, "app.open-uri", "s", gtk_recent_info_get_uri (info));
      g_menu_append_item (self->recent_menu, item);
    }
}

static GtkWindow *
new_window (WijkApplication *self)
{
  GtkWindow *window = GTK_WINDOW (wijk_window_new (self));

  /* The start-up benchmark (tests/bench/bench-startup.c) times the first
   * frame of the real window. */
  if (g_getenv ("WIJK_BENCH_FIRST_FRAME") != NULL)
    wijk_window_quit_after_first_frame (WIJK_WINDOW (window));

  return window;
}

/* A window that has no workshop yet, to reuse for the next file. */
static WijkWindow *
find_empty_window (WijkApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    {
      if (WIJK_IS_WINDOW (l->data) && wijk_window_get_store (l->data) == NULL)
        return l->data;
    }

  return NULL;
}

static void
open_files (WijkApplication  *self,
            GFile           **files,
            guint             n_files)
{
  for (guint i = 0; i < n_files; i++)
    {
      WijkWindow *window = find_empty_window (self);

      if (window == NULL)
        window = WIJK_WINDOW (new_window (self));

      wijk_file_actions_open (window, files[i]);
      gtk_window_present (GTK_WINDOW (window));
    }
}

static void
wijk_application_activate (GApplication *app)
{
  WijkApplication *self = WIJK_APPLICATION (app);
  g_autoptr(GPtrArray) files = wijk_cli_steal_files (app);
  GtkWindow *window;

  if (files != NULL && files->len > 0)
    {
      open_files (self, (GFile **) files->pdata, files->len);
      return;
    }

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (window == NULL)
    {
      window = new_window (self);
      wijk_window_open_default (WIJK_WINDOW (window));
    }

  gtk_window_present (window);
}

static void
wijk_application_open (GApplication  *app,
                       GFile        **files,
                       int            n_files,
                       const char    *hint)
{
  open_files (WIJK_APPLICATION (app), files, (guint) n_files);
}

static int
wijk_application_handle_local_options (GApplication *app,
                                       GVariantDict *options)
{
  WijkApplication *self = WIJK_APPLICATION (app);

  /* Files named on the command line are opened instead of the default. */
  self->prefetch_default = !g_variant_dict_contains (options, G_OPTION_REMAINING);
  return wijk_cli_handle_local_options (app, options);
}

static void
wijk_application_startup (GApplication *app)
{
  static const struct {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.new", { "<Control>n", NULL } },
    { "app.open", { "<Control>o", NULL } },
    { "app.shortcuts", { "<Control>question", NULL } },
    { "win.save-as", { "<Control><Shift>s", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "win.undo", { "<Control>z", NULL } },
    { "win.redo", { "<Control><Shift>z", "<Control>y", NULL } },
    { "win.new-action", { "<Control>plus", "<Control>KP_Add", NULL } },
    { "win.search", { "<Control>f", NULL } },
    { "win.toggle-sidebar", { "F9", NULL } },
    { "win.toggle-figures", { "<Shift>F9", NULL } },
    { "win.zoom-in", { "<Control>equal", NULL } },
    { "win.zoom-out", { "<Control>minus", NULL } },
    { "win.zoom-reset", { "<Control>0", NULL } },
    { "window.close", { "<Control>w", NULL } },
  };

  /* GTK takes some 200 ms to start: time enough to read the workshop the
   * window will show on the other core. */
  if (WIJK_APPLICATION (app)->prefetch_default)
    WIJK_APPLICATION (app)->default_loader = g_thread_new ("wijk-open-default",
                                                           load_default_store, NULL);

  G_APPLICATION_CLASS (wijk_application_parent_class)->startup (app);

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), accels[i].action,
                                           accels[i].accels);

  wijk_widget_style_ensure ();
}

static void
wijk_application_shutdown (GApplication *app)
{
  drop_default_store (WIJK_APPLICATION (app));

  G_APPLICATION_CLASS (wijk_application_parent_class)->shutdown (app);
}

static void
wijk_application_finalize (GObject *object)
{
  WijkApplication *self = WIJK_APPLICATION (object);

  drop_default_store (self);

  g_clear_object (&self->settings);
  g_clear_object (&self->recent_menu);

  G_OBJECT_CLASS (wijk_application_parent_class)->finalize (object);
}

static void
wijk_application_class_init (WijkApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = wijk_application_finalize;

  app_class->activate = wijk_application_activate;
  app_class->open = wijk_application_open;
  app_class->startup = wijk_application_startup;
  app_class->shutdown = wijk_application_shutdown;
  app_class->handle_local_options = wijk_application_handle_local_options;

  /* Keeps the compiled-in resources (templates, icons, style) linked from
   * the static library; they register themselves. */
  (void) wijk_get_resource ();
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkApplication *app = user_data;
  const char *developers[] = { "The Wijkpact authors", NULL };
  const char *translators = _("translator-credits");
  AdwAboutWindow *about;

  about = ADW_ABOUT_WINDOW (adw_about_window_new ());
  g_object_set (about,
                "transient-for", gtk_application_get_active_window (app),
                "modal", TRUE,
                "application-name", "Wijkpact",
                "application-icon", APP_ID,
                "version", PACKAGE_VERSION,
                "comments", _("Draft a green district contract with the companies of a business park: "
                              "actions on a map, their climate impact and who pays and gains."),
                "developer-name", _("The Wijkpact authors"),
                "developers", developers,
                "copyright", _("© 2026 The Wijkpact authors"),
                "license-type", GTK_LICENSE_GPL_3_0,
                "website", "https://github.com/wijkpact/wijkpact",
                "issue-url", "https://github.com/wijkpact/wijkpact/issues",
                NULL);

  /* Only a translation names its translators. */
  if (g_strcmp0 (translators, "translator-credits") != 0)
    adw_about_window_set_translator_credits (about, translators);

  gtk_window_present (GTK_WINDOW (about));
}

/* The shortcuts window is built the first time it is asked for, not with
 * every window (GtkApplication would load gtk/help-overlay.ui at once). */
static void
shortcuts_activated (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  GtkApplicationWindow *app_window;

  if (!GTK_IS_APPLICATION_WINDOW (window))
    return;

  app_window = GTK_APPLICATION_WINDOW (window);
  if (gtk_application_window_get_help_overlay (app_window) == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource (RESOURCE_BASE_PATH "/help-overlay.ui");

      gtk_application_window_set_help_overlay (app_window,
        GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay")));
    }

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
}

static void
preferences_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  WijkApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWindow *preferences;

  preferences = GTK_WINDOW (wijk_preferences_window_new (wijk_application_get_settings (self)));
  gtk_window_set_transient_for (preferences, parent);
  gtk_window_present (preferences);
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GtkApplication *app = user_data;
  GList *windows = gtk_application_get_windows (app);

  /* Closing each window saves its size; the application ends with the last. */
  while (windows != NULL)
    {
      GList *next = windows->next;

      gtk_window_close (windows->data);
      windows = next;
    }

  g_application_quit (G_APPLICATION (app));
}

static void
wijk_application_init (WijkApplication *self)
{
  static const GActionEntry app_actions[] = {
    { "about", about_activated },
    { "shortcuts", shortcuts_activated },
    { "preferences", preferences_activated },
    { "quit", quit_activated },
  };

  /* Unless the command line names files (handle-local-options). */
  self->prefetch_default = TRUE;

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  wijk_file_actions_add_to_application (self);

  wijk_cli_add_main_options (G_APPLICATION (self));
}
