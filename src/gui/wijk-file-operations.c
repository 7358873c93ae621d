/* wijk-file-operations.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-file-actions"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "wijk-file-actions-private.h"
#include "wijk-geojson.h"
#include "wijk-workshop-json.h"

/* The work behind the file menu, once a file is chosen: opening, saving a
 * copy, the imports and the export. */

/* The first bytes of every SQLite database, the terminating nul included. */
#define SQLITE_MAGIC "SQLite format 3"

/* A path, with the home folder written as "~", for toasts. */
static char *
dup_display_path (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *name = NULL;
  const char *home = g_get_home_dir ();

  if (path == NULL)
    return g_file_get_parse_name (file);

  name = g_filename_display_name (path);
  if (home != NULL && g_str_has_prefix (name, home) && name[strlen (home)] == G_DIR_SEPARATOR)
    return g_strconcat ("~", name + strlen (home), NULL);
  return g_steal_pointer (&name);
}

static char *
dup_local_path (GFile   *file,
                GError **error)
{
  char *path = g_file_get_path (file);

  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("“%s” is not a local file; only files on this computer can be used"), uri);
    }
  return path;
}

static void
add_to_recent (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);

  gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
}

static void
add_toast (WijkWindow *window,
           const char *title,
           GFile      *open_file)
{
  AdwToast *toast = adw_toast_new (title);
  GtkWidget *content;

  /* A copy can be opened from its toast. */
  if (open_file != NULL)
    {
      g_autofree char *uri = g_file_get_uri (open_file);

      adw_toast_set_button_label (toast, _("_Open"));
      adw_toast_set_action_name (toast, "app.open-uri");
      adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
    }

  adw_toast_set_timeout (toast, 5);
  content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
  if (ADW_IS_TOAST_OVERLAY (content))
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (content), toast);
  else
    {
      wijk_window_add_toast (window, title);
      g_object_unref (toast);
    }
}

/**
 * wijk_file_actions_show_error:
 * @window: the window the dialog belongs to
 * @heading: what failed, e.g. "Cannot Import “plots.geojson”"
 * @error: why: its message is the dialog's body
 *
 * Shows a dialog that says what went wrong.
 */
void
wijk_file_actions_show_error (WijkWindow   *window,
                              const char   *heading,
                              const GError *error)
{
  AdwMessageDialog *dialog;

  g_return_if_fail (WIJK_IS_WINDOW (window));
  g_return_if_fail (heading != NULL);
  g_return_if_fail (error != NULL);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (window), heading,
                                                       error->message));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The file chooser asked before replacing a file; the store never does.
 * The workshop that is open is never the one replaced. */
static gboolean
clear_target (WijkWindow  *window,
              const char  *path,
              GError     **error)
{
  WijkStore *store = wijk_window_get_store (window);
  g_autofree char *name = g_filename_display_name (path);
  int saved_errno;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return TRUE;

  if (store != NULL)
    {
      g_autoptr(GFile) target = g_file_new_for_path (path);
      g_autoptr(GFile) open = g_file_new_for_path (wijk_store_get_path (store));

      if (g_file_equal (target, open))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                       _("“%s” is the workshop that is open; choose another name"), name);
          return FALSE;
        }
    }

  if (g_unlink (path) == 0)
    return TRUE;

  saved_errno = errno;
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("Cannot replace “%s”: %s"), name, g_strerror (saved_errno));
  return FALSE;
}

static gboolean
is_sqlite_file (GFile *file)
{
  g_autoptr(GFileInputStream) stream = g_file_read (file, NULL, NULL);
  char header[sizeof SQLITE_MAGIC] = { 0 };
  gsize n_read = 0;

  if (stream == NULL)
    return FALSE;

  g_input_stream_read_all (G_INPUT_STREAM (stream), header, sizeof header, &n_read, NULL, NULL);
  return n_read == sizeof header && memcmp (header, SQLITE_MAGIC, sizeof header) == 0;
}

/* Workshop JSON is imported into a new workshop file; anything else is
 * opened as a workshop file, which says what is wrong if it is not one. */
gboolean
wijk_file_actions_is_workshop_json (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *folded = g_utf8_casefold (name, -1);

  return g_str_has_suffix (folded, ".json") && !is_sqlite_file (file);
}

WijkWorkshop *
wijk_file_actions_load_json (GFile   *file,
                             GError **error)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, error))
    return NULL;

  return wijk_workshop_json_load (contents, length, error);
}

/* Creating from a workshop */

gboolean
wijk_file_actions_create_from (WijkWindow          *window,
                               const WijkWorkshop  *workshop,
                               GFile               *target,
                               GError             **error)
{
  g_autofree char *path = NULL;
  g_autoptr(WijkStore) store = NULL;

  path = dup_local_path (target, error);
  if (path == NULL || !clear_target (window, path, error))
    return FALSE;

  store = wijk_store_create (path, workshop, error);
  if (store == NULL)
    return FALSE;

  wijk_window_set_store (window, store);
  add_to_recent (target);
  return TRUE;
}

/**
 * wijk_file_actions_import_json:
 * @window: the window to show the new workshop in
 * @json: a Workshop JSON file
 * @target: the workshop file to create; an existing file there is replaced
 * @error: return location for an error that names what is wrong
 *
 * Reads @json into a new workshop file, @target, and shows it in @window.
 * On error the workshop shown stays and nothing is written.
 *
 * Returns: whether the workshop was imported
 */
gboolean
wijk_file_actions_import_json (WijkWindow  *window,
                               GFile       *json,
                               GFile       *target,
                               GError     **error)
{
  g_autoptr(WijkWorkshop) workshop = NULL;

  g_return_val_if_fail (WIJK_IS_WINDOW (window), FALSE);
  g_return_val_if_fail (G_IS_FILE (json), FALSE);
  g_return_val_if_fail (G_IS_FILE (target), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  workshop = wijk_file_actions_load_json (json, error);
  if (workshop == NULL)
    return FALSE;

  return wijk_file_actions_create_from (window, workshop, target, error);
}

/* Save a copy */

/**
 * wijk_file_actions_save_as:
 * @window: a window with a workshop
 * @file: where to write the copy; an existing file there is replaced,
 *   unless it is the workshop itself
 * @error: return location for an error that names what is wrong
 *
 * Writes a consistent copy of the workshop, its undo history included, to
 * @file. The window stays on its own file; a toast says where the copy is
 * and offers to open it.
 *
 * Returns: whether the copy was written
 */
gboolean
wijk_file_actions_save_as (WijkWindow  *window,
                           GFile       *file,
                           GError     **error)
{
  WijkStore *store;
  g_autofree char *path = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *template = NULL;
  g_autofree char *where = NULL;
  g_autofree char *title = NULL;
  int fd;
  int saved_errno;

  g_return_val_if_fail (WIJK_IS_WINDOW (window), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  store = wijk_window_get_store (window);
  g_return_val_if_fail (store != NULL, FALSE);

  path = dup_local_path (file, error);
  if (path == NULL)
    return FALSE;

  /* The copy is written beside its place and then renamed over it, so
   * that a file it replaces is lost only once the copy is whole. */
  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  template = g_strdup_printf ("%s%c.%s-XXXXXX", dir, G_DIR_SEPARATOR, base);
  fd = g_mkstemp (template);
  if (fd < 0)
    {
      g_autofree char *name = g_filename_display_name (dir);

      saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Cannot write in the folder “%s”: %s"), name, g_strerror (saved_errno));
      return FALSE;
    }
  g_close (fd, NULL);
  g_unlink (template);

  if (!clear_target (window, path, error))
    return FALSE;

  if (!wijk_store_save_as (store, template, error))
    return FALSE;

  if (g_rename (template, path) != 0)
    {
      g_autofree char *name = g_filename_display_name (path);

      saved_errno = errno;
      g_unlink (template);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Cannot write a copy to “%s”: %s"), name, g_strerror (saved_errno));
      return FALSE;
    }

  add_to_recent (file);
  where = dup_display_path (file);
  /* Translators: a toast; %s is where the copy is, e.g. "~/Documents/Park copy.wijkpact". */
  title = g_strdup_printf (_("Copy saved as %s"), where);
  add_toast (window, title, file);
  return TRUE;
}

/* Export */

/**
 * wijk_file_actions_export_json:
 * @window: a window with a workshop
 * @file: the Workshop JSON file to write (replaced if it exists)
 * @error: return location for an error that names what is wrong
 *
 * Writes the workshop as Workshop JSON (docs/workshop-json.md).
 *
 * Returns: whether the file was written
 */
gboolean
wijk_file_actions_export_json (WijkWindow  *window,
                               GFile       *file,
                               GError     **error)
{
  WijkStore *store;
  g_autofree char *json = NULL;
  g_autofree char *where = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (WIJK_IS_WINDOW (window), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  store = wijk_window_get_store (window);
  g_return_val_if_fail (store != NULL, FALSE);

  json = wijk_workshop_json_dump (wijk_store_get_workshop (store));
  if (!g_file_replace_contents (file, json, strlen (json), NULL, FALSE,
                                G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, error))
    return FALSE;

  where = dup_display_path (file);
  /* Translators: a toast; %s is a file, e.g. "~/Documents/Park.json". */
  title = g_strdup_printf (_("Exported to %s"), where);
  add_toast (window, title, NULL);
  return TRUE;
}

/* Import plots */

/**
 * wijk_file_actions_import_plots:
 * @window: a window with a workshop
 * @geojson: a GeoJSON FeatureCollection of plots
 * @n_imported: (out) (optional): how many plots were added
 * @error: return location for an error that names what is wrong
 *
 * Adds the plots in @geojson to the workshop as one step to undo. Nothing
 * is added when one of them is refused.
 *
 * Returns: whether the plots were added
 */
gboolean
wijk_file_actions_import_plots (WijkWindow  *window,
                                GFile       *geojson,
                                guint       *n_imported,
                                GError     **error)
{
  WijkStore *store;
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  g_autoptr(GPtrArray) plots = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length = 0;
  guint n = 0;

  g_return_val_if_fail (WIJK_IS_WINDOW (window), FALSE);
  g_return_val_if_fail (G_IS_FILE (geojson), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  store = wijk_window_get_store (window);
  g_return_val_if_fail (store != NULL, FALSE);

  if (n_imported != NULL)
    *n_imported = 0;

  if (!g_file_load_contents (geojson, NULL, &contents, &length, NULL, error))
    return FALSE;

  plots = wijk_geojson_load_plots (contents, length, wijk_store_get_workshop (store), error);
  if (plots == NULL)
    return FALSE;

  name = g_file_get_parse_name (geojson);
  if (plots->len == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("“%s” holds no plots"), name);
      return FALSE;
    }

  wijk_store_begin_group (store, _("Import plots"));
  for (n = 0; n < plots->len; n++)
    {
      if (!wijk_store_put_plot (store, g_ptr_array_index (plots, n), &local_error))
        break;
    }
  wijk_store_end_group (store, NULL);

  if (local_error != NULL)
    {
      /* The plots added before the refused one go again. */
      if (n > 0)
        wijk_store_undo (store, NULL);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (n_imported != NULL)
    *n_imported = plots->len;

  g_clear_pointer (&name, g_free);
  name = g_file_get_basename (geojson);
  /* Translators: a toast; %s is a file name. */
  title = g_strdup_printf (ngettext ("Imported %u plot from “%s”",
                                     "Imported %u plots from “%s”", plots->len),
                           plots->len, name);
  add_toast (window, title, NULL);
  return TRUE;
}
