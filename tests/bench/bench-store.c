/* bench-store.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A typical edit — one action parameter changed, validated, committed with
 * its undo step and applied to the workshop in memory — against a bare
 * one-row SQLite commit (WAL, synchronous=NORMAL) to a file in the same
 * directory, measured in the same run, one of each in turn so that both see
 * the same disk and the same moment. Budget (PRODUCT.md §7): the edit's
 * median at most 3 times the bare commit's. */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <stdio.h>

#include "bench-util.h"
#include "wijk-catalog.h"
#include "wijk-store.h"

#define N_EDITS 1000
#define N_WARM_UP 100
#define N_ACTIONS 200
#define N_ORGS 20
#define BUDGET_RATIO 3.0

/* A park of realistic size: organisations, and solar_pv actions each
 * owned by two of them. */
static WijkWorkshop *
build_workshop (void)
{
  WijkWorkshop *ws = wijk_workshop_new ();

  ws->name = g_strdup ("Benchmark park");
  ws->baseline_t_co2_per_year = 30000;
  ws->target_t_co2_per_year = 6300;
  g_ptr_array_unref (ws->factors);
  ws->factors = wijk_catalog_dup_default_factors ();

  for (guint o = 0; o < N_ORGS; o++)
    {
      WijkOrganisation *org = wijk_organisation_new (NULL);

      org->id = g_strdup_printf ("org-%02u", o);
      org->name = g_strdup_printf ("Organisation %u", o);
      g_ptr_array_add (ws->organisations, org);
    }
  for (guint i = 0; i < N_ACTIONS; i++)
    {
      g_autofree char *id = g_strdup_printf ("action-%03u", i);
      WijkAction *action = wijk_action_new (id, "solar_pv");

      wijk_action_type_set_defaults (wijk_catalog_lookup ("solar_pv"), action);
      action->title = g_strdup_printf ("Solar panels %u", i);
      for (guint k = 0; k < 2; k++)
        {
          WijkOwner *owner = wijk_owner_new (NULL);

          owner->org_id = g_strdup_printf ("org-%02u", (i + k) % N_ORGS);
          owner->cost_share = owner->benefit_share = 0.5;
          g_ptr_array_add (action->owners, owner);
        }
      g_ptr_array_add (ws->actions, action);
    }
  return ws;
}

static sqlite3 *
open_bare (const char *path)
{
  sqlite3 *db = NULL;

  if (sqlite3_open (path, &db) != SQLITE_OK ||
      sqlite3_exec (db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
                        "CREATE TABLE t (id INTEGER PRIMARY KEY, v REAL NOT NULL);",
                    NULL, NULL, NULL) != SQLITE_OK)
    g_error ("Cannot create %s: %s", path, sqlite3_errmsg (db));
  return db;
}

/* One row inserted in its own (autocommit) transaction. */
static double
bare_commit (sqlite3      *db,
             sqlite3_stmt *insert,
             double        value)
{
  double start = bench_now_us ();

  sqlite3_bind_double (insert, 1, value);
  if (sqlite3_step (insert) != SQLITE_DONE)
    g_error ("bare commit: %s", sqlite3_errmsg (db));
  sqlite3_reset (insert);
  return bench_now_us () - start;
}

static double
store_edit (WijkStore *store,
            guint      i)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = g_strdup_printf ("action-%03u", i % N_ACTIONS);
  double start, elapsed;

  /* 100 + i, so every edit changes the value */
  start = bench_now_us ();
  if (!wijk_store_set_action_param (store, id, "kwp", 100 + i, &error))
    g_error ("edit %u: %s", i, error->message);
  elapsed = bench_now_us () - start;
  return elapsed;
}

static void
remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (path, name, NULL);

      g_unlink (file);
    }
  g_rmdir (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WijkWorkshop) ws = build_workshop ();
  g_autofree char *dir = NULL;
  g_autofree char *store_path = NULL;
  g_autofree char *bare_path = NULL;
  g_autofree double *edits = g_new (double, N_EDITS);
  g_autofree double *bare = g_new (double, N_EDITS);
  double edit_median, edit_p99, bare_median, bare_p99, budget;
  sqlite3_stmt *insert = NULL;
  WijkStore *store;
  sqlite3 *db;
  gboolean ok;

  /* Both files in one directory: $WIJK_BENCH_DIR, or a new one in the
   * temporary directory. */
  if (g_getenv ("WIJK_BENCH_DIR") != NULL)
    {
      dir = g_build_filename (g_getenv ("WIJK_BENCH_DIR"), "wijk-bench-store-XXXXXX", NULL);
      if (g_mkdtemp (dir) == NULL)
        g_clear_pointer (&dir, g_free);
    }
  else
    dir = g_dir_make_tmp ("wijk-bench-store-XXXXXX", &error);
  if (dir == NULL)
    g_error ("Cannot make a directory: %s", error != NULL ? error->message : "?");
  store_path = g_build_filename (dir, "bench.wijkpact", NULL);
  bare_path = g_build_filename (dir, "bare.sqlite", NULL);

  store = wijk_store_create (store_path, ws, &error);
  if (store == NULL)
    g_error ("%s", error->message);
  db = open_bare (bare_path);
  if (sqlite3_prepare_v2 (db, "INSERT INTO t (v) VALUES (?1)", -1, &insert, NULL) != SQLITE_OK)
    g_error ("%s", sqlite3_errmsg (db));

  for (guint i = 0; i < N_WARM_UP; i++)
    {
      bare_commit (db, insert, i);
      store_edit (store, i);
    }
  for (guint i = 0; i < N_EDITS; i++)
    {
      bare[i] = bare_commit (db, insert, i);
      edits[i] = store_edit (store, N_WARM_UP + i);
    }

  sqlite3_finalize (insert);
  sqlite3_close (db);
  g_object_unref (store);
  remove_dir (dir);

  bench_percentiles (edits, N_EDITS, &edit_median, &edit_p99);
  bench_percentiles (bare, N_EDITS, &bare_median, &bare_p99);
  budget = BUDGET_RATIO * bare_median;
  ok = edit_median <= budget;

  printf ("bench-store: %u edits of one action parameter (%u actions), each committed\n",
          N_EDITS, N_ACTIONS);
  printf ("%-30s median %8.1f µs  p99 %8.1f µs\n", "bare one-row WAL commit",
          bare_median, bare_p99);
  printf ("%-30s median %8.1f µs  p99 %8.1f µs  budget (median) %.1f µs = %.0f × bare  %s\n",
          "wijk_store_set_action_param", edit_median, edit_p99, budget, BUDGET_RATIO,
          ok ? "ok" : "MISSED");
  printf ("ratio of medians: %.2f\n", edit_median / bare_median);
  return ok ? 0 : 1;
}
