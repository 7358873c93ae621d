/* wijk-application.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-application"

#include "config.h"

#include <glib/gi18n.h>

#include "wijk-application.h"
#include "wijk-cli.h"
#include "wijk-map-paint.h"
#include "wijk-preferences-window.h"
#include "wijk-resources.h"
#include "wijk-window.h"
#include "wijk-workshop.h"

#define SCHEMA_ID "io.github.wijkpact.Wijkpact"
#define RESOURCE_BASE_PATH "/io/github/wijkpact/Wijkpact"
#define DEFAULT_FILE_NAME "Haasrode Research Park.wijkpact"

struct _WijkApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
};

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

      wijk_window_open_file (window, files[i]);
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
  return wijk_cli_handle_local_options (app, options);
}

/* Each theme's colour as a CSS class, so that icons and badges in lists
 * take the same colour as the map's markers. A badge's icon is white, or
 * dark on a light colour (the yellow of densification). */
static void
install_theme_css (void)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();
  g_autoptr(GString) css = g_string_new (NULL);

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

  /* Above the application's other style sheets, which may colour theme
   * icons too: a badge's icon must keep its own colour. */
  gtk_css_provider_load_from_data (provider, css->str, (gssize) css->len);
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
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

  G_APPLICATION_CLASS (wijk_application_parent_class)->startup (app);

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), accels[i].action,
                                           accels[i].accels);

  install_theme_css ();
}

static void
wijk_application_finalize (GObject *object)
{
  WijkApplication *self = WIJK_APPLICATION (object);

  g_clear_object (&self->settings);

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

static void
shortcuts_activated (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  if (window != NULL)
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

static GtkFileFilter *
new_workshop_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Wijkpact workshops"));
  gtk_file_filter_add_mime_type (filter, "application/x-wijkpact");
  gtk_file_filter_add_suffix (filter, "wijkpact");
  return filter;
}

static void
open_response (GtkNativeDialog *dialog,
               int              response,
               gpointer         user_data)
{
  WijkApplication *self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      open_files (self, &file, 1);
    }

  g_object_unref (dialog);
  g_application_release (G_APPLICATION (self));
}

static void
open_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  WijkApplication *self = user_data;
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = new_workshop_filter ();

  dialog = gtk_file_chooser_native_new (_("Open Workshop"),
                                        gtk_application_get_active_window (GTK_APPLICATION (self)),
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (open_response), self);
  g_application_hold (G_APPLICATION (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
new_response (GtkNativeDialog *dialog,
              int              response,
              gpointer         user_data)
{
  WijkApplication *self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      WijkWindow *window = find_empty_window (self);

      if (window == NULL)
        window = WIJK_WINDOW (new_window (self));

      wijk_window_create_file (window, file);
      gtk_window_present (GTK_WINDOW (window));
    }

  g_object_unref (dialog);
  g_application_release (G_APPLICATION (self));
}

static void
new_activated (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  WijkApplication *self = user_data;
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = new_workshop_filter ();

  dialog = gtk_file_chooser_native_new (_("New Workshop"),
                                        gtk_application_get_active_window (GTK_APPLICATION (self)),
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("C_reate"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  /* Translators: the file name a new workshop is proposed under. */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), _("New workshop.wijkpact"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (new_response), self);
  g_application_hold (G_APPLICATION (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
wijk_application_init (WijkApplication *self)
{
  static const GActionEntry app_actions[] = {
    { "about", about_activated },
    { "shortcuts", shortcuts_activated },
    { "preferences", preferences_activated },
    { "quit", quit_activated },
    { "new", new_activated },
    { "open", open_activated },
  };

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);

  wijk_cli_add_main_options (G_APPLICATION (self));
}
