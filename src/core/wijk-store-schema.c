/* wijk-store-schema.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "wijk-store-private.h"

/* The schema's history. A new file runs version 1 and then every
 * migration, so a migrated file and a new one are the same. Migrations only
 * go forward, each in its own transaction; tests/core/test-migrations.c
 * builds a file of every old version and opens it.
 *
 * Every table has an explicit PRIMARY KEY (SQLite sessions, which record
 * the undo history and the changes exchanged between copies, ignore tables
 * without one). Rows that can be created on more than one laptop have
 * globally unique ids. Children of an action go with it (ON DELETE
 * CASCADE); an organisation still referred to cannot be deleted. The store
 * also deletes and clears dependent rows itself before a delete, so that
 * the recorded changes are explicit. */

static const char schema_v1[] =
  "CREATE TABLE workshop ("
  "  id INTEGER PRIMARY KEY CHECK (id = 1),"
  "  uuid TEXT NOT NULL,"
  "  name TEXT NOT NULL,"
  "  site TEXT,"
  "  language TEXT,"
  "  currency TEXT,"
  "  baseline_year INTEGER NOT NULL DEFAULT 0,"
  "  target_year INTEGER NOT NULL DEFAULT 0,"
  "  baseline_t_co2_per_year REAL NOT NULL DEFAULT 0,"
  "  target_t_co2_per_year REAL NOT NULL DEFAULT 0,"
  "  discount_rate REAL NOT NULL DEFAULT 0.04"
  ");"
  "CREATE TABLE factors ("
  "  name TEXT PRIMARY KEY NOT NULL,"
  "  value REAL NOT NULL DEFAULT 0,"
  "  tiers TEXT,"
  "  unit TEXT,"
  "  source TEXT,"
  "  year TEXT,"
  "  confidence TEXT,"
  "  note TEXT"
  ");"
  "CREATE TABLE organisations ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  name TEXT NOT NULL,"
  "  kind TEXT NOT NULL,"
  "  employees INTEGER NOT NULL DEFAULT 0,"
  "  baseline_mwh_per_year REAL NOT NULL DEFAULT 0,"
  "  baseline_t_co2_per_year REAL NOT NULL DEFAULT 0,"
  "  colour TEXT"
  ");"
  "CREATE TABLE plots ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  name TEXT,"
  "  kind TEXT NOT NULL,"
  "  owner_org TEXT REFERENCES organisations (id) ON DELETE SET NULL,"
  "  geometry TEXT NOT NULL"
  ");"
  "CREATE INDEX plots_owner_org ON plots (owner_org);"
  "CREATE TABLE purchase_groups ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  type TEXT NOT NULL,"
  "  name TEXT"
  ");"
  "CREATE TABLE actions ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  type TEXT NOT NULL,"
  "  theme TEXT NOT NULL,"
  "  title TEXT,"
  "  description TEXT,"
  "  status TEXT NOT NULL DEFAULT 'idea',"
  "  start_year INTEGER NOT NULL DEFAULT 0,"
  "  purchase_group TEXT REFERENCES purchase_groups (id) ON DELETE SET NULL,"
  "  location TEXT"
  ");"
  "CREATE INDEX actions_purchase_group ON actions (purchase_group);"
  "CREATE TABLE action_params ("
  "  action_id TEXT NOT NULL REFERENCES actions (id) ON DELETE CASCADE,"
  "  name TEXT NOT NULL,"
  "  value REAL NOT NULL,"
  "  PRIMARY KEY (action_id, name)"
  ");"
  "CREATE TABLE action_owners ("
  "  action_id TEXT NOT NULL REFERENCES actions (id) ON DELETE CASCADE,"
  "  org_id TEXT NOT NULL REFERENCES organisations (id),"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  role TEXT NOT NULL,"
  "  cost_share REAL NOT NULL DEFAULT 0,"
  "  benefit_share REAL NOT NULL DEFAULT 0,"
  "  PRIMARY KEY (action_id, org_id)"
  ");"
  "CREATE INDEX action_owners_org_id ON action_owners (org_id);"
  "CREATE TABLE financing ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  action_id TEXT NOT NULL REFERENCES actions (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  kind TEXT NOT NULL,"
  "  org_id TEXT REFERENCES organisations (id),"
  "  label TEXT,"
  "  amount_eur REAL NOT NULL DEFAULT 0,"
  "  share_of_capex REAL NOT NULL DEFAULT 0,"
  "  rate REAL NOT NULL DEFAULT 0,"
  "  years INTEGER NOT NULL DEFAULT 0,"
  "  savings_share REAL NOT NULL DEFAULT 0"
  ");"
  "CREATE INDEX financing_action_id ON financing (action_id);"
  "CREATE INDEX financing_org_id ON financing (org_id);"
  "CREATE TABLE comments ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  action_id TEXT REFERENCES actions (id) ON DELETE CASCADE,"
  "  author TEXT,"
  "  text TEXT NOT NULL,"
  "  created INTEGER NOT NULL DEFAULT 0"
  ");"
  "CREATE INDEX comments_action_id ON comments (action_id);"
  "CREATE TABLE approvals ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  action_id TEXT NOT NULL REFERENCES actions (id) ON DELETE CASCADE,"
  "  org_id TEXT NOT NULL REFERENCES organisations (id),"
  "  approved INTEGER NOT NULL DEFAULT 0,"
  "  note TEXT,"
  "  created INTEGER NOT NULL DEFAULT 0"
  ");"
  "CREATE INDEX approvals_action_id ON approvals (action_id);"
  "CREATE INDEX approvals_org_id ON approvals (org_id);"
  "CREATE TABLE signatures ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  org_id TEXT NOT NULL REFERENCES organisations (id),"
  "  signer_name TEXT NOT NULL,"
  "  signer_role TEXT,"
  "  signed_at INTEGER NOT NULL DEFAULT 0,"
  "  drawing TEXT"
  ");"
  "CREATE INDEX signatures_org_id ON signatures (org_id);"
  /* The undo history: one row per committed edit, holding its changeset.
   * Steps of one group share grp (the seq of the group's first step). The
   * redo side is small and looked up through the partial index, which
   * costs an edit nothing. */
  "CREATE TABLE undo_steps ("
  "  seq INTEGER PRIMARY KEY,"
  "  grp INTEGER NOT NULL,"
  "  redo INTEGER NOT NULL DEFAULT 0,"
  "  label TEXT NOT NULL,"
  "  changeset BLOB NOT NULL"
  ");"
  "CREATE INDEX undo_steps_redo ON undo_steps (seq) WHERE redo = 1;";

/* Version 2: group purchase members can be merely interested; scenarios.
 * Changesets recorded before name fewer columns and cannot be applied to
 * the new tables, so the history is dropped. */
static const char migration_v2[] =
  "ALTER TABLE actions ADD COLUMN purchase_status TEXT NOT NULL DEFAULT 'committed';"
  "CREATE TABLE scenarios ("
  "  id TEXT PRIMARY KEY NOT NULL,"
  "  name TEXT NOT NULL,"
  "  description TEXT,"
  "  actions TEXT,"
  "  created INTEGER NOT NULL DEFAULT 0"
  ");"
  "DELETE FROM undo_steps;"
  "PRAGMA user_version = 2;";

/* Version 3: figures and geometries flagged as illustrative or
 * approximate. */
static const char migration_v3[] =
  "ALTER TABLE workshop ADD COLUMN illustrative INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE organisations ADD COLUMN illustrative INTEGER NOT NULL DEFAULT 0;"
  "ALTER TABLE plots ADD COLUMN approximate INTEGER NOT NULL DEFAULT 0;"
  "DELETE FROM undo_steps;"
  "PRAGMA user_version = 3;";

/* migrations[i] takes a file from version i + 1 to i + 2. */
static const char * const migrations[] = { migration_v2, migration_v3 };

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) + 1 == WIJK_STORE_SCHEMA_VERSION);

gboolean
wijk_store_schema_create (sqlite3     *db,
                          const char  *path,
                          GError     **error)
{
  /* 1464420939 is WIJK_STORE_APPLICATION_ID, 0x57494A4B, "WIJK". */
  if (!wijk_store_exec (db, path, "PRAGMA application_id = 1464420939;"
                                  "PRAGMA user_version = 1;", error) ||
      !wijk_store_exec (db, path, schema_v1, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (migrations); i++)
    if (!wijk_store_exec (db, path, migrations[i], error))
      return FALSE;
  return TRUE;
}

gboolean
wijk_store_schema_migrate (sqlite3     *db,
                           const char  *path,
                           gint64       from_version,
                           GError     **error)
{
  g_assert (from_version >= 1 && from_version <= WIJK_STORE_SCHEMA_VERSION);

  for (gint64 v = from_version; v < WIJK_STORE_SCHEMA_VERSION; v++)
    {
      if (!wijk_store_exec (db, path, "BEGIN IMMEDIATE", error))
        return FALSE;
      if (!wijk_store_exec (db, path, migrations[v - 1], error) ||
          !wijk_store_exec (db, path, "COMMIT", error))
        {
          sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
          g_prefix_error (error, _("Cannot upgrade the workshop to version %d: "),
                          (int) v + 1);
          return FALSE;
        }
      g_debug ("Upgraded %s to schema version %d", path, (int) v + 1);
    }
  return TRUE;
}

/* Opening */

static void
set_not_a_workshop (GError     **error,
                    const char  *path,
                    const char  *why)
{
  g_autofree char *name = g_filename_display_name (path);

  g_set_error (error, WIJK_STORE_ERROR, WIJK_STORE_ERROR_NOT_A_WORKSHOP,
               /* Translators: the second %s says why, e.g. “it is empty” */
               _("“%s” is not a Wijkpact workshop: %s"), name, why);
}

static guint32
read_be32 (const guint8 *bytes)
{
  return ((guint32) bytes[0] << 24) | ((guint32) bytes[1] << 16) |
         ((guint32) bytes[2] << 8) | (guint32) bytes[3];
}

static gboolean
set_errno_error (GError     **error,
                 const char  *path,
                 int          saved_errno)
{
  g_autofree char *name = g_filename_display_name (path);

  g_set_error (error, WIJK_STORE_ERROR, WIJK_STORE_ERROR_IO,
               _("Cannot open “%s”: %s"), name, g_strerror (saved_errno));
  return FALSE;
}

/*
 * Looks at the first 100 bytes (the SQLite header) with a plain read before
 * SQLite touches the file: a file that is empty, is not SQLite, belongs to
 * another program or to a newer Wijkpact is refused without ever being
 * opened as a database, so nothing can be written to it or beside it.
 * The application id is written when the file is created, before it turns
 * to WAL mode, so the main file always carries it.
 */
gboolean
wijk_store_check_header (const char  *path,
                         GError     **error)
{
  guint8 header[100];
  GStatBuf st;
  gssize n_read = 0;
  int fd;

  if (g_lstat (path, &st) != 0)
    return set_errno_error (error, path, errno);
  if (S_ISLNK (st.st_mode))
    return set_errno_error (error, path, ELOOP);
  if (!S_ISREG (st.st_mode))
    {
      set_not_a_workshop (error, path, _("it is not a regular file"));
      return FALSE;
    }

  fd = g_open (path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC, 0);
  if (fd < 0)
    return set_errno_error (error, path, errno);
  while (n_read < (gssize) sizeof header)
    {
      gssize n = read (fd, header + n_read, sizeof header - n_read);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved_errno = errno;

          close (fd);
          return set_errno_error (error, path, saved_errno);
        }
      if (n == 0)
        break;
      n_read += n;
    }
  close (fd);

  if (n_read == 0)
    {
      set_not_a_workshop (error, path, _("the file is empty"));
      return FALSE;
    }
  if (n_read < (gssize) sizeof header || memcmp (header, "SQLite format 3", 16) != 0)
    {
      set_not_a_workshop (error, path, _("it is not an SQLite database"));
      return FALSE;
    }
  if (read_be32 (header + 68) != WIJK_STORE_APPLICATION_ID)
    {
      set_not_a_workshop (error, path, _("it is a database of another program"));
      return FALSE;
    }
  if (read_be32 (header + 60) > WIJK_STORE_SCHEMA_VERSION)
    {
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, WIJK_STORE_ERROR, WIJK_STORE_ERROR_TOO_NEW,
                   _("“%s” was written by a newer version of Wijkpact (file format %u, "
                     "this version reads up to %d)"),
                   name, read_be32 (header + 60), WIJK_STORE_SCHEMA_VERSION);
      return FALSE;
    }
  return TRUE;
}

/*
 * Opens a connection configured for untrusted input: defensive mode, no
 * triggers, views, extensions or schema functions, cell size checks,
 * foreign keys on, no waiting for locks. None of the pragmas here reads the
 * file. Exclusive locking: the file is held for as long as the store is
 * open, so a second program (or window) gets "locked" instead of writing
 * beside us, and the WAL index lives in memory (no -shm file).
 */
sqlite3 *
wijk_store_open_db (const char  *path,
                    gboolean     create,
                    GError     **error)
{
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_PRIVATECACHE;
  sqlite3 *db = NULL;
  int rc;

  if (create)
    flags |= SQLITE_OPEN_CREATE;

  rc = sqlite3_open_v2 (path, &db, flags, NULL);
  if (rc != SQLITE_OK)
    {
      wijk_store_set_sqlite_error (error, db, rc, path);
      sqlite3_close (db);
      return NULL;
    }

  sqlite3_db_config (db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
  sqlite3_db_config (db, SQLITE_DBCONFIG_ENABLE_FKEY, 1, NULL);
  sqlite3_busy_timeout (db, 0);

  if (!wijk_store_exec (db, path,
                        "PRAGMA trusted_schema = OFF;"
                        "PRAGMA cell_size_check = ON;"
                        "PRAGMA foreign_keys = ON;"
                        "PRAGMA locking_mode = EXCLUSIVE;", error))
    {
      sqlite3_close (db);
      return NULL;
    }
  return db;
}

static gboolean
query_int (sqlite3     *db,
           const char  *path,
           const char  *sql,
           gint64      *value,
           GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      wijk_store_set_sqlite_error (error, db, rc, path);
      return FALSE;
    }
  *value = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

/* Any row but "ok", or any error, is damage (TECH-NOTES: a corrupt page
 * gave rows and then SQLITE_CORRUPT). */
static gboolean
quick_check (sqlite3     *db,
             const char  *path,
             GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *name = g_filename_display_name (path);
  int rc;

  rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &stmt, NULL);
  while (stmt != NULL && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *row = (const char *) sqlite3_column_text (stmt, 0);

      if (g_strcmp0 (row, "ok") != 0)
        {
          g_set_error (error, WIJK_STORE_ERROR, WIJK_STORE_ERROR_CORRUPT,
                       _("“%s” is damaged: %s"), name, row != NULL ? row : "?");
          return FALSE;
        }
    }
  if (rc != SQLITE_DONE)
    {
      if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
        wijk_store_set_sqlite_error (error, db, rc, path);
      else
        g_set_error (error, WIJK_STORE_ERROR, WIJK_STORE_ERROR_CORRUPT,
                     _("“%s” is damaged (%s)"), name, sqlite3_errmsg (db));
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_versions (sqlite3     *db,
                const char  *path,
                gint64      *version,
                GError     **error)
{
  g_autofree char *name = g_filename_display_name (path);
  gint64 application_id;

  if (!query_int (db, path, "PRAGMA application_id", &application_id, error) ||
      !query_int (db, path, "PRAGMA user_version", version, error))
    return FALSE;

  if (application_id != WIJK_STORE_APPLICATION_ID)
    {
      set_not_a_workshop (error, path, _("it is a database of another program"));
      return FALSE;
    }
  if (*version > WIJK_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, WIJK_STORE_ERROR, WIJK_STORE_ERROR_TOO_NEW,
                   _("“%s” was written by a newer version of Wijkpact (file format %d, "
                     "this version reads up to %d)"),
                   name, (int) MIN (*version, G_MAXINT), WIJK_STORE_SCHEMA_VERSION);
      return FALSE;
    }
  if (*version < 1)
    {
      g_set_error (error, WIJK_STORE_ERROR, WIJK_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged: it has no file format version"), name);
      return FALSE;
    }
  return TRUE;
}

/*
 * Checks a connection from wijk_store_open_db() before anything is written:
 * application id, version, quick_check.
 */
gboolean
wijk_store_check_db (sqlite3     *db,
                     const char  *path,
                     gint64      *version,
                     GError     **error)
{
  return check_versions (db, path, version, error) &&
         quick_check (db, path, error);
}

/*
 * After the checks: turns on WAL, takes the write lock (an error if another
 * program has the file) and upgrades a file of an older format.
 */
gboolean
wijk_store_activate_db (sqlite3     *db,
                        const char  *path,
                        gint64       version,
                        GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, "PRAGMA journal_mode = WAL", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      wijk_store_set_sqlite_error (error, db, rc, path);
      return FALSE;
    }
  if (g_ascii_strcasecmp ((const char *) sqlite3_column_text (stmt, 0), "wal") != 0)
    {
      wijk_store_set_sqlite_error (error, db, SQLITE_BUSY, path);
      return FALSE;
    }
  g_clear_pointer (&stmt, sqlite3_finalize);

  if (!wijk_store_exec (db, path, "PRAGMA synchronous = NORMAL;"
                                  "BEGIN IMMEDIATE; COMMIT;", error))
    return FALSE;

  if (version < WIJK_STORE_SCHEMA_VERSION &&
      !wijk_store_schema_migrate (db, path, version, error))
    return FALSE;
  return TRUE;
}
