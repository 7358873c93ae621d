/* wijk-store.c
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
#include <sys/stat.h>
#include <unistd.h>

#include "wijk-catalog.h"
#include "wijk-store-private.h"
#include "wijk-validate.h"

/**
 * WijkStore:
 *
 * One workshop file (`.wijkpact`, PRODUCT.md §2) and its content in memory.
 *
 * Every edit is validated, written in its own committed transaction (WAL,
 * synchronous=NORMAL: a crash loses nothing that was committed) and recorded
 * in the file's undo history. The file is held exclusively while the store
 * is open. The schema, its migrations and the checks made when opening an
 * untrusted file are in wijk-store-schema.c; reading in wijk-store-read.c;
 * writing in wijk-store-write.c; the undo history in wijk-store-undo.c; the
 * edits of records in wijk-store-edit.c.
 */

G_DEFINE_FINAL_TYPE (WijkStore, wijk_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (wijk-store-error-quark, wijk_store_error)

enum {
  PROP_0,
  PROP_PATH,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
wijk_store_finalize (GObject *object)
{
  WijkStore *self = WIJK_STORE (object);
  int rc;

  wijk_undo_clear (&self->undo);
  wijk_stmt_cache_clear (&self->cache);
  rc = sqlite3_close (self->db);
  if (rc != SQLITE_OK)
    g_critical ("Cannot close %s: %s", self->path, sqlite3_errstr (rc));
  g_clear_pointer (&self->workshop, wijk_workshop_free);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (wijk_store_parent_class)->finalize (object);
}

static void
wijk_store_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  WijkStore *self = WIJK_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, self->undo.can_undo);
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, self->undo.can_redo);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wijk_store_class_init (WijkStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = wijk_store_finalize;
  object_class->get_property = wijk_store_get_property;

  /**
   * WijkStore:path:
   *
   * The file the store reads and writes.
   */
  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * WijkStore:can-undo:
   *
   * Whether there is an edit to undo.
   */
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * WijkStore:can-redo:
   *
   * Whether there is an undone edit to redo.
   */
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * WijkStore::changed:
   * @self: the store
   * @change: a #WijkStoreChange, what changed
   * @id: (nullable): the id (factor: name) of the record that changed, or
   *   %NULL when more than one may have
   *
   * Emitted after each committed edit, undo and redo, once the workshop
   * returned by wijk_store_get_workshop() shows the change.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT, G_TYPE_STRING);
}

static void
wijk_store_init (WijkStore *self)
{
}

/* Opening and creating */

/* Which of the files SQLite keeps beside a database were there before we
 * opened it. */
typedef struct
{
  gboolean had_wal;
  gboolean had_shm;
} Companions;

static gboolean
companion_exists (const char *path,
                  const char *suffix)
{
  g_autofree char *name = g_strconcat (path, suffix, NULL);
  GStatBuf st;

  return g_lstat (name, &st) == 0;
}

static void
remove_empty_companion (const char *path,
                        const char *suffix)
{
  g_autofree char *name = g_strconcat (path, suffix, NULL);
  GStatBuf st;

  if (g_lstat (name, &st) == 0 && S_ISREG (st.st_mode) && st.st_size == 0)
    g_unlink (name);
}

/* For refusals: close without writing anything back into the file (no
 * checkpoint), and take away the empty WAL that reading a WAL-mode file
 * creates. A WAL that was there before (a crash's) stays as it was. */
static void
close_untouched (sqlite3          *db,
                 const char       *path,
                 const Companions *before)
{
  sqlite3_db_config (db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
  sqlite3_close (db);
  if (!before->had_wal)
    remove_empty_companion (path, "-wal");
  if (!before->had_shm)
    remove_empty_companion (path, "-shm");
}

/**
 * wijk_store_open:
 * @path: a workshop file
 * @error: return location for a #WIJK_STORE_ERROR
 *
 * Opens a workshop file, which may come from anyone. A file that is empty,
 * not SQLite or of another program gets %WIJK_STORE_ERROR_NOT_A_WORKSHOP; a
 * damaged one %WIJK_STORE_ERROR_CORRUPT; one held by another program
 * %WIJK_STORE_ERROR_LOCKED; one of a newer file format
 * %WIJK_STORE_ERROR_TOO_NEW; one holding invalid values
 * %WIJK_STORE_ERROR_INVALID. Those files are not modified. An older file
 * format is upgraded in place.
 *
 * Returns: (transfer full) (nullable): the store, or %NULL on error
 */
WijkStore *
wijk_store_open (const char  *path,
                 GError     **error)
{
  g_autoptr(WijkWorkshop) ws = NULL;
  Companions before;
  WijkStore *self;
  sqlite3 *db;
  gint64 version = 0;

  g_return_val_if_fail (path != NULL, NULL);

  if (!wijk_store_check_header (path, error))
    return NULL;
  before.had_wal = companion_exists (path, "-wal");
  before.had_shm = companion_exists (path, "-shm");
  db = wijk_store_open_db (path, FALSE, error);
  if (db == NULL)
    return NULL;

  /* A file of the current format is read (and so validated) before
   * anything is written; an older one must be upgraded first. */
  if (!wijk_store_check_db (db, path, &version, error) ||
      (version == WIJK_STORE_SCHEMA_VERSION &&
       (ws = wijk_store_read_workshop (db, path, error)) == NULL))
    {
      close_untouched (db, path, &before);
      return NULL;
    }
  /* From here on the file is known to be ours: a failure (an upgrade that
   * did not go through, values of an upgraded file) closes it normally,
   * which folds back whatever was committed. */
  if (!wijk_store_activate_db (db, path, version, error) ||
      (ws == NULL && (ws = wijk_store_read_workshop (db, path, error)) == NULL))
    {
      sqlite3_close (db);
      return NULL;
    }

  self = g_object_new (WIJK_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  self->db = db;
  self->cache.db = db;
  self->cache.path = self->path;
  self->workshop = g_steal_pointer (&ws);
  if (!wijk_undo_load (&self->undo, db, path, error))
    {
      g_object_unref (self);
      return NULL;
    }
  return self;
}

static WijkWorkshop *
new_default_workshop (void)
{
  WijkWorkshop *ws = wijk_workshop_new ();

  ws->name = g_strdup (_("Untitled workshop"));
  g_ptr_array_unref (ws->factors);
  ws->factors = wijk_catalog_dup_default_factors ();
  return ws;
}

static void
remove_file_and_journals (const char *path)
{
  static const char * const suffixes[] = { "", "-journal", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (path, suffixes[i], NULL);

      g_unlink (name);
    }
}

static gboolean
claim_new_file (const char  *path,
                GError     **error)
{
  g_autofree char *name = g_filename_display_name (path);
  GStatBuf st;
  int fd;

  if (g_lstat (path, &st) == 0)
    {
      g_set_error (error, WIJK_STORE_ERROR, WIJK_STORE_ERROR_EXISTS,
                   _("“%s” already exists"), name);
      return FALSE;
    }
  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, WIJK_STORE_ERROR,
                   saved_errno == EEXIST ? WIJK_STORE_ERROR_EXISTS : WIJK_STORE_ERROR_IO,
                   _("Cannot create “%s”: %s"), name, g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);
  return TRUE;
}

/* Schema and content in one transaction with a rollback journal, so the
 * header with the application id is in the main file; then WAL. */
static gboolean
write_new_file (const char          *path,
                const WijkWorkshop  *initial,
                GError             **error)
{
  WijkStmtCache cache = { NULL, path, { NULL, } };
  gboolean ok;

  cache.db = wijk_store_open_db (path, FALSE, error);
  if (cache.db == NULL)
    return FALSE;

  ok = wijk_store_exec (cache.db, path, "PRAGMA locking_mode = NORMAL; BEGIN IMMEDIATE", error);
  if (ok)
    {
      ok = wijk_store_schema_create (cache.db, path, error) &&
           wijk_store_write_workshop (&cache, initial, error) &&
           wijk_store_exec (cache.db, path, "COMMIT", error);
      if (!ok)
        sqlite3_exec (cache.db, "ROLLBACK", NULL, NULL, NULL);
    }
  ok = ok && wijk_store_exec (cache.db, path, "PRAGMA journal_mode = WAL", error);

  wijk_stmt_cache_clear (&cache);
  sqlite3_close (cache.db);
  return ok;
}

/**
 * wijk_store_create:
 * @path: where to create the workshop file; nothing may be there
 * @initial: (nullable): the workshop to start with, or %NULL for an empty
 *   one named "Untitled workshop" with the catalogue's default factors
 * @error: return location for a #WIJK_STORE_ERROR
 *
 * Creates a new workshop file with a fresh undo history (the creation is not
 * a step of it) and opens it. @initial must pass wijk_validate_workshop().
 *
 * Returns: (transfer full) (nullable): the store, or %NULL on error
 *   (%WIJK_STORE_ERROR_EXISTS when @path exists)
 */
WijkStore *
wijk_store_create (const char          *path,
                   const WijkWorkshop  *initial,
                   GError             **error)
{
  g_autoptr(WijkWorkshop) empty = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  if (initial == NULL)
    initial = empty = new_default_workshop ();
  if (!wijk_validate_workshop (initial, &local_error))
    {
      wijk_store_refuse_invalid (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (!claim_new_file (path, error))
    return NULL;
  if (!write_new_file (path, initial, error))
    {
      remove_file_and_journals (path);
      return NULL;
    }
  return wijk_store_open (path, error);
}

/**
 * wijk_store_save_as:
 * @self: a store
 * @path: where to write the copy; nothing may be there
 * @error: return location for a #WIJK_STORE_ERROR
 *
 * Writes a consistent copy of the file, undo history included, to @path
 * (VACUUM INTO). The store stays on its own file.
 *
 * Returns: whether the copy was written
 */
gboolean
wijk_store_save_as (WijkStore   *self,
                    const char  *path,
                    GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *name = NULL;
  GStatBuf st;
  int rc;

  g_return_val_if_fail (WIJK_IS_STORE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (self->undo.session == NULL, FALSE);

  name = g_filename_display_name (path);
  if (g_lstat (path, &st) == 0)
    {
      g_set_error (error, WIJK_STORE_ERROR, WIJK_STORE_ERROR_EXISTS,
                   _("“%s” already exists"), name);
      return FALSE;
    }

  rc = sqlite3_prepare_v2 (self->db, "VACUUM INTO ?1", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, path, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
    }
  if (rc != SQLITE_DONE)
    {
      g_set_error (error, WIJK_STORE_ERROR, WIJK_STORE_ERROR_IO,
                   _("Cannot write a copy to “%s” (%s)"), name, sqlite3_errmsg (self->db));
      remove_file_and_journals (path);
      return FALSE;
    }
  return TRUE;
}

/**
 * wijk_store_get_path:
 * @self: a store
 *
 * Returns: the file the store reads and writes
 */
const char *
wijk_store_get_path (WijkStore *self)
{
  g_return_val_if_fail (WIJK_IS_STORE (self), NULL);
  return self->path;
}

/**
 * wijk_store_get_workshop:
 * @self: a store
 *
 * Returns: (transfer none): the workshop as it is in the file; valid until
 *   the next edit, undo or redo
 */
const WijkWorkshop *
wijk_store_get_workshop (WijkStore *self)
{
  g_return_val_if_fail (WIJK_IS_STORE (self), NULL);
  return self->workshop;
}

/* The frame of an edit */

gboolean
wijk_store_refuse_invalid (GError **error,
                           GError  *validate_error)
{
  g_set_error_literal (error, WIJK_STORE_ERROR, WIJK_STORE_ERROR_INVALID,
                       validate_error->message);
  g_error_free (validate_error);
  return FALSE;
}

static void
rollback (WijkStore *self)
{
  sqlite3_stmt *stmt;

  wijk_undo_abandon_edit (&self->undo);
  if (sqlite3_get_autocommit (self->db))
    return;
  stmt = wijk_stmt_cache_get (&self->cache, WIJK_STMT_ROLLBACK, NULL);
  if (stmt == NULL || !wijk_stmt_run (&self->cache, stmt, NULL))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

gboolean
wijk_store_edit_begin (WijkStore  *self,
                       GError    **error)
{
  sqlite3_stmt *stmt = wijk_stmt_cache_get (&self->cache, WIJK_STMT_BEGIN, error);

  g_return_val_if_fail (self->undo.session == NULL, FALSE);

  if (stmt == NULL || !wijk_stmt_run (&self->cache, stmt, error))
    return FALSE;
  if (!wijk_undo_start_edit (&self->undo, self->db, self->path, error))
    {
      rollback (self);
      return FALSE;
    }
  self->could_undo = self->undo.can_undo;
  self->could_redo = self->undo.can_redo;
  return TRUE;
}

gboolean
wijk_store_edit_finish (WijkStore   *self,
                        gboolean     ok,
                        const char  *label,
                        GError     **error)
{
  sqlite3_stmt *stmt;
  gboolean recorded = FALSE;

  ok = ok &&
       wijk_undo_record_edit (&self->undo, &self->cache, label, &recorded, error) &&
       (stmt = wijk_stmt_cache_get (&self->cache, WIJK_STMT_COMMIT, error)) != NULL &&
       wijk_stmt_run (&self->cache, stmt, error);
  if (!ok)
    {
      rollback (self);
      return FALSE;
    }
  wijk_undo_edit_committed (&self->undo, label, recorded);
  return TRUE;
}

static void
notify_undo_state (WijkStore *self,
                   gboolean   could_undo,
                   gboolean   could_redo)
{
  if (could_undo != self->undo.can_undo)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (could_redo != self->undo.can_redo)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

void
wijk_store_edit_done (WijkStore       *self,
                      WijkStoreChange  change,
                      const char      *id)
{
  g_signal_emit (self, signals[CHANGED], 0, (int) change, id);
  notify_undo_state (self, self->could_undo, self->could_redo);
}

/* Groups, undo and redo */

/**
 * wijk_store_begin_group:
 * @self: a store
 * @label: what the user did, e.g. "Draw action", shown as "Undo Draw action"
 *
 * Starts a group: the edits until the matching wijk_store_end_group() are
 * one undo step (each is still committed at once). Groups nest; the
 * outermost label counts.
 */
void
wijk_store_begin_group (WijkStore  *self,
                        const char *label)
{
  g_return_if_fail (WIJK_IS_STORE (self));
  g_return_if_fail (label != NULL);

  wijk_undo_begin_group (&self->undo, label);
}

/**
 * wijk_store_end_group:
 * @self: a store
 * @error: return location for a #WIJK_STORE_ERROR
 *
 * Ends the group begun by the matching wijk_store_begin_group().
 *
 * Returns: %TRUE
 */
gboolean
wijk_store_end_group (WijkStore  *self,
                      GError    **error)
{
  g_return_val_if_fail (WIJK_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->undo.group_depth > 0, FALSE);

  wijk_undo_end_group (&self->undo);
  return TRUE;
}

gboolean
wijk_store_can_undo (WijkStore *self)
{
  g_return_val_if_fail (WIJK_IS_STORE (self), FALSE);
  return self->undo.can_undo;
}

gboolean
wijk_store_can_redo (WijkStore *self)
{
  g_return_val_if_fail (WIJK_IS_STORE (self), FALSE);
  return self->undo.can_redo;
}

/**
 * wijk_store_dup_undo_label:
 * @self: a store
 *
 * Returns: (transfer full) (nullable): the label of the step
 *   wijk_store_undo() would undo, or %NULL
 */
char *
wijk_store_dup_undo_label (WijkStore *self)
{
  g_return_val_if_fail (WIJK_IS_STORE (self), NULL);
  return g_strdup (self->undo.undo_label);
}

/**
 * wijk_store_dup_redo_label:
 * @self: a store
 *
 * Returns: (transfer full) (nullable): the label of the step
 *   wijk_store_redo() would redo, or %NULL
 */
char *
wijk_store_dup_redo_label (WijkStore *self)
{
  g_return_val_if_fail (WIJK_IS_STORE (self), NULL);
  return g_strdup (self->undo.redo_label);
}

static gboolean
undo_or_redo (WijkStore  *self,
              gboolean    redo,
              GError    **error)
{
  g_autoptr(WijkWorkshop) ws = NULL;
  gboolean could_undo = self->undo.can_undo;
  gboolean could_redo = self->undo.can_redo;

  g_return_val_if_fail (self->undo.group_depth == 0, FALSE);

  if (!wijk_undo_step (&self->undo, self->db, self->path, redo, error))
    return FALSE;
  ws = wijk_store_read_workshop (self->db, self->path, error);
  if (ws == NULL)
    return FALSE;

  wijk_workshop_free (self->workshop);
  self->workshop = g_steal_pointer (&ws);
  g_signal_emit (self, signals[CHANGED], 0, (int) WIJK_STORE_CHANGE_ALL, NULL);
  notify_undo_state (self, could_undo, could_redo);
  return TRUE;
}

/**
 * wijk_store_undo:
 * @self: a store
 * @error: return location for a #WIJK_STORE_ERROR
 *
 * Undoes the newest step (a whole group) in one transaction. When the
 * history does not match the rows (%WIJK_STORE_ERROR_CONFLICT), nothing is
 * changed.
 *
 * Returns: whether a step was undone
 */
gboolean
wijk_store_undo (WijkStore  *self,
                 GError    **error)
{
  g_return_val_if_fail (WIJK_IS_STORE (self), FALSE);
  return undo_or_redo (self, FALSE, error);
}

/**
 * wijk_store_redo:
 * @self: a store
 * @error: return location for a #WIJK_STORE_ERROR
 *
 * Redoes the step undone last, as wijk_store_undo() undoes.
 *
 * Returns: whether a step was redone
 */
gboolean
wijk_store_redo (WijkStore  *self,
                 GError    **error)
{
  g_return_val_if_fail (WIJK_IS_STORE (self), FALSE);
  return undo_or_redo (self, TRUE, error);
}
