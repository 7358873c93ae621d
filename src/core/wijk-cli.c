/* wijk-cli.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-cli"

#include "config.h"

#include <gio/gunixinputstream.h>
#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "wijk-bundled.h"
#include "wijk-cli.h"
#include "wijk-impact.h"
#include "wijk-results-json.h"
#include "wijk-store.h"
#include "wijk-workshop-json.h"

#define SQLITE_MAGIC "SQLite format 3"

static gboolean
read_input (const char  *path,
            char       **contents,
            gsize       *length,
            GError     **error)
{
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GOutputStream) memory = NULL;

  if (g_strcmp0 (path, "-") != 0)
    return g_file_get_contents (path, contents, length, error);

  stream = g_unix_input_stream_new (0, FALSE);
  memory = g_memory_output_stream_new_resizable ();
  if (g_output_stream_splice (memory, stream, G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                              NULL, error) < 0)
    return FALSE;

  *length = g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (memory));
  *contents = g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (memory));
  *contents = g_realloc (*contents, *length + 1);
  (*contents)[*length] = '\0';
  return TRUE;
}

static gboolean
is_workshop_file (const char *path)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  char header[sizeof SQLITE_MAGIC] = { 0 };
  gsize n_read = 0;

  if (g_strcmp0 (path, "-") == 0)
    return FALSE;

  file = g_file_new_for_commandline_arg (path);
  stream = g_file_read (file, NULL, NULL);
  if (stream == NULL)
    return g_str_has_suffix (path, ".wijkpact");

  g_input_stream_read_all (G_INPUT_STREAM (stream), header, sizeof header, &n_read, NULL, NULL);
  return n_read == sizeof header && memcmp (header, SQLITE_MAGIC, sizeof header) == 0;
}

/* A workshop from a .wijkpact file, a workshop JSON file ("-" is standard
 * input) or, with no path, the bundled Haasrode workshop. */
static WijkWorkshop *
load_workshop (const char  *path,
               GError     **error)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (path == NULL)
    return wijk_bundled_load_haasrode (error);

  if (is_workshop_file (path))
    {
      g_autoptr(WijkStore) store = wijk_store_open (path, error);

      if (store == NULL)
        return NULL;
      return wijk_workshop_copy (wijk_store_get_workshop (store));
    }

  if (!read_input (path, &contents, &length, error))
    return NULL;

  return wijk_workshop_json_load (contents, length, error);
}

static gboolean
write_output (const char  *path,
              const char  *text,
              GError     **error)
{
  if (g_strcmp0 (path, "-") == 0)
    {
      if (fputs (text, stdout) < 0 || fflush (stdout) != 0)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                       _("Could not write to standard output"));
          return FALSE;
        }
      return TRUE;
    }

  return g_file_set_contents (path, text, -1, error);
}

static int
fail (const char   *path,
      const GError *error)
{
  /* Translators: the first %s is a file name, the second an error message */
  g_printerr (_("wijkpact: %s: %s\n"), path ? path : "-", error->message);
  return 1;
}

static int
run_calc (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WijkWorkshop) workshop = load_workshop (path, &error);
  g_autoptr(WijkImpact) impact = NULL;
  g_autofree char *json = NULL;

  if (workshop == NULL)
    return fail (path, error);

  impact = wijk_impact_new (workshop);
  json = wijk_results_to_json (impact, workshop);
  if (!write_output ("-", json, &error))
    return fail ("-", error);
  return 0;
}

static int
run_export_json (const char *out,
                 const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WijkWorkshop) workshop = load_workshop (path, &error);
  g_autofree char *json = NULL;

  if (workshop == NULL)
    return fail (path, error);

  json = wijk_workshop_json_dump (workshop);
  if (!write_output (out, json, &error))
    return fail (out, error);
  return 0;
}

static int
run_import_json (const char *in,
                 const char *out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WijkWorkshop) workshop = NULL;
  g_autoptr(WijkStore) store = NULL;

  if (out == NULL)
    {
      g_printerr (_("wijkpact: --import-json needs the workshop file to create, "
                    "e.g. wijkpact --import-json park.json park.wijkpact\n"));
      return 2;
    }

  workshop = load_workshop (in, &error);
  if (workshop == NULL)
    return fail (in, error);

  store = wijk_store_create (out, workshop, &error);
  if (store == NULL)
    return fail (out, error);
  return 0;
}

void
wijk_cli_add_main_options (GApplication *app)
{
  const GOptionEntry entries[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Print the version and exit"), NULL },
    { "calc", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Print the impact results of FILE (workshop JSON or .wijkpact) as JSON"), NULL },
    { "export-json", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Write FILE (or the bundled workshop) as workshop JSON to OUT (- for standard output)"),
      N_("OUT") },
    { "import-json", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Create the workshop file FILE from the workshop JSON file IN"), N_("IN") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[FILE…]") },
    { NULL }
  };

  g_application_add_main_option_entries (app, entries);
  g_application_set_option_context_summary (app,
    _("Draft a Green District Contract with the stakeholders of a business park."));
}

/* Files named on the command line without a command are opened in windows:
 * the application takes them with wijk_cli_steal_files() when it activates,
 * or hands them to the running instance. */
static int
open_files (GApplication *app,
            const char  **paths)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; paths[i] != NULL; i++)
    g_ptr_array_add (files, g_file_new_for_commandline_arg (paths[i]));

  if (!g_application_register (app, NULL, &error))
    {
      g_printerr ("wijkpact: %s\n", error->message);
      return 1;
    }

  if (g_application_get_is_remote (app))
    {
      g_application_open (app, (GFile **) files->pdata, files->len, "");
      return 0;
    }

  g_object_set_data_full (G_OBJECT (app), "wijk-cli-files",
                          g_ptr_array_ref (files), (GDestroyNotify) g_ptr_array_unref);
  return -1;
}

GPtrArray *
wijk_cli_steal_files (GApplication *app)
{
  return g_object_steal_data (G_OBJECT (app), "wijk-cli-files");
}

int
wijk_cli_handle_local_options (GApplication *app,
                               GVariantDict *options)
{
  g_autofree const char **remaining = NULL;
  const char *export_out = NULL;
  const char *import_in = NULL;
  const char *file = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return 0;
    }

  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &remaining);
  if (remaining != NULL)
    file = remaining[0];

  if (g_variant_dict_contains (options, "calc"))
    {
      if (file == NULL)
        {
          g_printerr (_("wijkpact: --calc needs a workshop file, "
                        "e.g. wijkpact --calc park.json\n"));
          return 2;
        }
      return run_calc (file);
    }

  if (g_variant_dict_lookup (options, "export-json", "^&ay", &export_out))
    return run_export_json (export_out, file);

  if (g_variant_dict_lookup (options, "import-json", "^&ay", &import_in))
    return run_import_json (import_in, file);

  if (remaining != NULL && remaining[0] != NULL)
    return open_files (app, remaining);

  return -1;
}
