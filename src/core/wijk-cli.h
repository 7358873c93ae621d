/* wijk-cli.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The command line of wijkpact without a window (--version, --calc,
 * --export-json, --import-json…). The application calls the first from its
 * init and the second from its handle-local-options; the second returns an
 * exit status, or -1 when the application should go on and open a window. */
void  wijk_cli_add_main_options      (GApplication *app);
int   wijk_cli_handle_local_options  (GApplication *app,
                                      GVariantDict *options);

/* The files named on the command line for the application to open (a
 * #GPtrArray of #GFile), or %NULL; the caller owns the array. */
GPtrArray *wijk_cli_steal_files         (GApplication *app);

G_END_DECLS
