/* wijk-cli.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-cli"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "wijk-cli.h"

void
wijk_cli_add_main_options (GApplication *app)
{
  const GOptionEntry entries[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Print the version and exit"), NULL },
    { NULL }
  };

  g_application_add_main_option_entries (app, entries);
}

int
wijk_cli_handle_local_options (GApplication *app,
                               GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return 0;
    }

  return -1;
}

GPtrArray *
wijk_cli_steal_files (GApplication *app)
{
  return g_object_steal_data (G_OBJECT (app), "wijk-cli-files");
}
