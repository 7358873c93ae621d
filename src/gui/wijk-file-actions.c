/* wijk-file-actions.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-file-actions"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "wijk-file-actions-private.h"

typedef void (*ChosenFunc) (WijkWindow *window,
                            GFile      *file,
                            gpointer    data);

/* A file chooser on its way, and what to do with the file it gives. */
typedef struct
{
  GtkFileChooserNative *chooser;
  WijkWindow           *window;   /* weak */
  GApplication         *app;      /* held while the chooser is up */
  ChosenFunc            chosen;
  gpointer              data;
  GDestroyNotify        destroy;
} Choice;

static void
choice_free (Choice *choice)
{
  if (choice->window != NULL)
    g_object_remove_weak_pointer (G_OBJECT (choice->window), (gpointer *) &choice->window);
  if (choice->destroy != NULL)
    choice->destroy (choice->data);
  g_clear_object (&choice->chooser);
  if (choice->app != NULL)
    g_application_release (choice->app);
  g_free (choice);
}

static void
choice_response (GtkNativeDialog *dialog,
                 int              response,
                 gpointer         user_data)
{
  Choice *choice = user_data;
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT && choice->window != NULL)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  if (file != NULL)
    choice->chosen (choice->window, file, choice->data);

  choice_free (choice);
}

/* Asks for a file over @window; @chosen gets it unless the user cancels.
 * @filters is a %NULL-terminated array whose filters the chooser takes. */
static void
choose_file (WijkWindow            *window,
             const char            *title,
             GtkFileChooserAction   action,
             const char            *accept_label,
             GtkFileFilter        **filters,
             GFile                 *folder,
             const char            *name,
             ChosenFunc             chosen,
             gpointer               data,
             GDestroyNotify         destroy)
{
  Choice *choice = g_new0 (Choice, 1);
  GApplication *app = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (window)));

  choice->chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (window), action,
                                                 accept_label, _("_Cancel"));
  choice->window = window;
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &choice->window);
  choice->chosen = chosen;
  choice->data = data;
  choice->destroy = destroy;

  for (guint i = 0; filters[i] != NULL; i++)
    {
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (choice->chooser), filters[i]);
      g_object_unref (filters[i]);
    }
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (choice->chooser), folder, NULL);
  if (name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (choice->chooser), name);

  /* The application stays up while the chooser is, even if the window
   * closes. */
  if (app != NULL)
    {
      choice->app = app;
      g_application_hold (app);
    }

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (choice->chooser), TRUE);
  g_signal_connect (choice->chooser, "response", G_CALLBACK (choice_response), choice);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (choice->chooser));
}

static GtkFileFilter *
new_filter (const char *name,
            const char *mime_type,
            ...)
{
  GtkFileFilter *filter = gtk_file_filter_new ();
  const char *suffix;
  va_list args;

  gtk_file_filter_set_name (filter, name);
  if (mime_type != NULL)
    gtk_file_filter_add_mime_type (filter, mime_type);

  va_start (args, mime_type);
  while ((suffix = va_arg (args, const char *)) != NULL)
    gtk_file_filter_add_suffix (filter, suffix);
  va_end (args);

  return filter;
}

static GtkFileFilter *
workshop_filter (void)
{
  return new_filter (_("Wijkpact Workshops"), "application/x-wijkpact", "wijkpact", NULL);
}

static GtkFileFilter *
json_filter (void)
{
  return new_filter (_("Workshop JSON"), "application/json", "json", NULL);
}

/* The folder of the workshop shown, where copies and exports go first. */
static GFile *
dup_workshop_folder (WijkWindow *window)
{
  WijkStore *store = wijk_window_get_store (window);
  g_autoptr(GFile) file = NULL;

  if (store == NULL)
    return NULL;

  file = g_file_new_for_path (wijk_store_get_path (store));
  return g_file_get_parent (file);
}

/* The workshop's file name without its extension, e.g. "Haasrode". */
static char *
dup_workshop_stem (WijkWindow *window)
{
  WijkStore *store = wijk_window_get_store (window);
  g_autofree char *base = NULL;
  char *dot;

  if (store == NULL)
    return g_strdup (_("Workshop"));

  base = g_path_get_basename (wijk_store_get_path (store));
  dot = strrchr (base, '.');
  if (dot != NULL && dot != base)
    *dot = '\0';
  return g_steal_pointer (&base);
}

static void
import_target_chosen (WijkWindow *window,
                      GFile      *target,
                      gpointer    data)
{
  g_autoptr(GError) error = NULL;

  if (!wijk_file_actions_create_from (window, data, target, &error))
    show_file_error (window, _("Cannot Create “%s”"), target, error);
}

/* Reads the JSON first, so that a bad file is refused before asking where
 * its workshop goes: next to it, by default. */
static gboolean
begin_json_import (WijkWindow *window,
                   GFile      *json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WijkWorkshop) workshop = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;
  GtkFileFilter *filters[] = { NULL, NULL };
  char *dot;

  workshop = wijk_file_actions_load_json (json, &error);
  if (workshop == NULL)
    {
      show_file_error (window, _("Cannot Import “%s”"), json, error);
      return FALSE;
    }

  folder = g_file_get_parent (json);
  base = g_file_get_basename (json);
  dot = strrchr (base, '.');
  if (dot != NULL && dot != base)
    *dot = '\0';
  name = g_strconcat (base, ".wijkpact", NULL);
  filters[0] = workshop_filter ();
  choose_file (window, _("Save the Imported Workshop"), GTK_FILE_CHOOSER_ACTION_SAVE,
               _("_Save"), filters, folder, name, import_target_chosen,
               g_steal_pointer (&workshop), (GDestroyNotify) wijk_workshop_free);
  return TRUE;
}

/**
 * wijk_file_actions_open:
 * @window: the window to show the workshop in
 * @file: a workshop file, or Workshop JSON (`*.json`) to import
 *
 * Shows the workshop in @file in @window instead of the one shown, or a
 * dialog that says why it cannot; then the workshop shown stays. Workshop
 * JSON is read and a workshop file for it is asked for.
 *
 * Returns: whether the file was opened or, for JSON, read
 */
gboolean
wijk_file_actions_open (WijkWindow *window,
                        GFile      *file)
{
  g_return_val_if_fail (WIJK_IS_WINDOW (window), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (wijk_file_actions_is_workshop_json (file))
    return begin_json_import (window, file);

  return wijk_window_open_file (window, file);
}

/* The window's actions */

static void
save_as_chosen (WijkWindow *window,
                GFile      *file,
                gpointer    data)
{
  g_autoptr(GError) error = NULL;

  if (!wijk_file_actions_save_as (window, file, &error))
    show_file_error (window, _("Cannot Save a Copy as “%s”"), file, error);
}

static void
save_as_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  WijkWindow *window = user_data;
  g_autoptr(GFile) folder = dup_workshop_folder (window);
  g_autofree char *stem = dup_workshop_stem (window);
  g_autofree char *name = NULL;
  GtkFileFilter *filters[] = { workshop_filter (), NULL };

  /* Translators: the file name proposed for a copy; %s is the workshop's. */
  name = g_strdup_printf (_("%s (copy).wijkpact"), stem);
  choose_file (window, _("Save a Copy"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), filters,
               folder, name, save_as_chosen, NULL, NULL);
}

static void
export_json_chosen (WijkWindow *window,
                    GFile      *file,
                    gpointer    data)
{
  g_autoptr(GError) error = NULL;

  if (!wijk_file_actions_export_json (window, file, &error))
    show_file_error (window, _("Cannot Export to “%s”"), file, error);
}

static void
export_json_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  WijkWindow *window = user_data;
  g_autoptr(GFile) folder = dup_workshop_folder (window);
  g_autofree char *stem = dup_workshop_stem (window);
  g_autofree char *name = g_strconcat (stem, ".json", NULL);
  GtkFileFilter *filters[] = { json_filter (), NULL };

  choose_file (window, _("Export Workshop JSON"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
               filters, folder, name, export_json_chosen, NULL, NULL);
}

static void
import_plots_chosen (WijkWindow *window,
                     GFile      *file,
                     gpointer    data)
{
  g_autoptr(GError) error = NULL;

  if (!wijk_file_actions_import_plots (window, file, NULL, &error))
    show_file_error (window, _("Cannot Import Plots from “%s”"), file, error);
}

static void
import_plots_activated (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  WijkWindow *window = user_data;
  g_autoptr(GFile) folder = dup_workshop_folder (window);
  GtkFileFilter *filters[] = {
    new_filter (_("GeoJSON"), "application/geo+json", "geojson", "json", NULL),
    NULL
  };

  choose_file (window, _("Import Plots from GeoJSON"), GTK_FILE_CHOOSER_ACTION_OPEN,
               _("_Import"), filters, folder, NULL, import_plots_chosen, NULL, NULL);
}

static void
update_window_actions (WijkWindow *window)
{
  static const char * const names[] = { "save-as", "export-json", "import-plots" };
  gboolean open = wijk_window_get_store (window) != NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GAction *action = g_action_map_lookup_action (G_ACTION_MAP (window), names[i]);

      g_simple_action_set_enabled (G_SIMPLE_ACTION (action), open);
    }
}

/**
 * wijk_file_actions_add_to_window:
 * @window: a window
 *
 * Adds win.save-as, win.export-json and win.import-plots, enabled while
 * the window shows a workshop.
 */
void
wijk_file_actions_add_to_window (WijkWindow *window)
{
  static const GActionEntry entries[] = {
    { "save-as", save_as_activated, NULL, NULL, NULL, { 0, } },
    { "export-json", export_json_activated, NULL, NULL, NULL, { 0, } },
    { "import-plots", import_plots_activated, NULL, NULL, NULL, { 0, } },
  };

  g_return_if_fail (WIJK_IS_WINDOW (window));

  g_action_map_add_action_entries (G_ACTION_MAP (window), entries, G_N_ELEMENTS (entries), window);
  g_signal_connect (window, "notify::model", G_CALLBACK (update_window_actions), NULL);
  update_window_actions (window);
}

/* The application's actions */

/* The window a file goes to: the active one, or a new one. */
static WijkWindow *
target_window (WijkApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (!WIJK_IS_WINDOW (window))
    {
      window = GTK_WINDOW (wijk_window_new (app));
      gtk_window_present (window);
    }

  return WIJK_WINDOW (window);
}

static void
open_chosen (WijkWindow *window,
             GFile      *file,
             gpointer    data)
{
  wijk_file_actions_open (window, file);
}

static void
open_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  WijkWindow *window = target_window (user_data);
  GtkFileFilter *filters[] = {
    new_filter (_("All Supported Files"), NULL, "wijkpact", "json", NULL),
    workshop_filter (),
    json_filter (),
    NULL
  };

  choose_file (window, _("Open Workshop"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), filters,
               NULL, NULL, open_chosen, NULL, NULL);
}

static void
import_json_chosen (WijkWindow *window,
                    GFile      *file,
                    gpointer    data)
{
  begin_json_import (window, file);
}

static void
import_json_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  WijkWindow *window = target_window (user_data);
  GtkFileFilter *filters[] = { json_filter (), NULL };

  choose_file (window, _("Import Workshop JSON"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"),
               filters, NULL, NULL, import_json_chosen, NULL, NULL);
}

static void
new_chosen (WijkWindow *window,
            GFile      *file,
            gpointer    data)
{
  if (wijk_window_create_file (window, file))
    gtk_window_present (GTK_WINDOW (window));
}

static void
new_activated (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  WijkWindow *window = target_window (user_data);
  g_autoptr(GFile) folder = dup_workshop_folder (window);
  GtkFileFilter *filters[] = { workshop_filter (), NULL };

  choose_file (window, _("New Workshop"), GTK_FILE_CHOOSER_ACTION_SAVE, _("C_reate"), filters,
               folder,
               /* Translators: the file name a new workshop is proposed under. */
               _("New workshop.wijkpact"), new_chosen, NULL, NULL);
}

static void
open_uri_activated (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  wijk_file_actions_open (target_window (user_data), file);
}

/**
 * wijk_file_actions_add_to_application:
 * @app: the application
 *
 * Adds app.new, app.open, app.import-json and app.open-uri. Each works in
 * the active window, which shows the chosen workshop instead of its own.
 */
void
wijk_file_actions_add_to_application (WijkApplication *app)
{
  static const GActionEntry entries[] = {
    { "new", new_activated, NULL, NULL, NULL, { 0, } },
    { "open", open_activated, NULL, NULL, NULL, { 0, } },
    { "import-json", import_json_activated, NULL, NULL, NULL, { 0, } },
    { "open-uri", open_uri_activated, "s", NULL, NULL, { 0, } },
  };

  g_return_if_fail (WIJK_IS_APPLICATION (app));

  g_action_map_add_action_entries (G_ACTION_MAP (app), entries, G_N_ELEMENTS (entries), app);
}
