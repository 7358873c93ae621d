/* wijk-store-undo.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "wijk-store-private.h"

/* The undo history lives in the file, in the table undo_steps: each
 * committed edit is recorded by an SQLite session on the data tables and
 * its changeset stored, in the same transaction, with a label and a group.
 * Undo applies the inverted changesets of the newest group, newest first,
 * and marks them redo; redo applies them again, oldest first. A new edit
 * drops the redo side. So the history survives a restart or a crash
 * exactly as far as the edits it describes. */

/* The tables a changeset may touch; anything else in a changeset read from
 * a file is refused. */
static const char * const data_tables[] = {
  "workshop", "factors", "organisations", "plots", "purchase_groups", "actions",
  "action_params", "action_owners", "financing", "comments", "approvals", "signatures",
  "scenarios",
};

static gboolean
is_data_table (const char *table)
{
  for (guint i = 0; i < G_N_ELEMENTS (data_tables); i++)
    if (g_strcmp0 (table, data_tables[i]) == 0)
      return TRUE;
  return FALSE;
}

static int
session_table_filter (void       *data,
                      const char *table)
{
  return is_data_table (table);
}

void
wijk_undo_clear (WijkUndo *undo)
{
  g_clear_pointer (&undo->session, sqlite3session_delete);
  g_clear_pointer (&undo->group_label, g_free);
  g_clear_pointer (&undo->undo_label, g_free);
  g_clear_pointer (&undo->redo_label, g_free);
  undo->group_depth = 0;
  undo->group_seq = 0;
}

static gboolean
top_label (sqlite3     *db,
           const char  *path,
           const char  *sql,
           char       **label,
           GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_clear_pointer (label, g_free);
  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      const char *text = (const char *) sqlite3_column_text (stmt, 0);

      *label = g_utf8_make_valid (text != NULL ? text : "", -1);
      return TRUE;
    }
  if (rc != SQLITE_DONE)
    {
      wijk_store_set_sqlite_error (error, db, rc, path);
      return FALSE;
    }
  return TRUE;
}

/* Reads where the history stands: next seq, top of each side. */
gboolean
wijk_undo_load (WijkUndo    *undo,
                sqlite3     *db,
                const char  *path,
                GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, "SELECT ifnull (max (seq), 0) + 1 FROM undo_steps", -1,
                           &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      wijk_store_set_sqlite_error (error, db, rc, path);
      return FALSE;
    }
  undo->next_seq = sqlite3_column_int64 (stmt, 0);

  if (!top_label (db, path,
                  "SELECT label FROM undo_steps WHERE redo = 0 ORDER BY seq DESC LIMIT 1",
                  &undo->undo_label, error) ||
      !top_label (db, path,
                  "SELECT label FROM undo_steps WHERE redo = 1 ORDER BY seq LIMIT 1",
                  &undo->redo_label, error))
    return FALSE;

  undo->can_undo = undo->undo_label != NULL;
  undo->can_redo = undo->redo_label != NULL;
  return TRUE;
}

void
wijk_undo_begin_group (WijkUndo   *undo,
                       const char *label)
{
  if (undo->group_depth++ == 0)
    {
      undo->group_label = g_strdup (label);
      undo->group_seq = 0;
    }
}

void
wijk_undo_end_group (WijkUndo *undo)
{
  g_assert (undo->group_depth > 0);

  if (--undo->group_depth == 0)
    {
      g_clear_pointer (&undo->group_label, g_free);
      undo->group_seq = 0;
    }
}

/* Called inside the edit's transaction, before any change. */
gboolean
wijk_undo_start_edit (WijkUndo    *undo,
                      sqlite3     *db,
                      const char  *path,
                      GError     **error)
{
  int rc;

  g_assert (undo->session == NULL);

  rc = sqlite3session_create (db, "main", &undo->session);
  if (rc == SQLITE_OK)
    {
      sqlite3session_table_filter (undo->session, session_table_filter, NULL);
      rc = sqlite3session_attach (undo->session, NULL);
    }
  if (rc != SQLITE_OK)
    {
      wijk_store_set_sqlite_error (error, db, rc, path);
      g_clear_pointer (&undo->session, sqlite3session_delete);
      return FALSE;
    }
  return TRUE;
}

static const char *
step_label (WijkUndo   *undo,
            const char *label)
{
  return undo->group_depth > 0 && undo->group_label != NULL ? undo->group_label : label;
}

/* Called inside the edit's transaction, after the changes: stores the
 * changeset as a new step. An edit that changed nothing records nothing. */
gboolean
wijk_undo_record_edit (WijkUndo       *undo,
                       WijkStmtCache  *cache,
                       const char     *label,
                       gboolean       *recorded,
                       GError        **error)
{
  sqlite3_stmt *stmt;
  void *changeset = NULL;
  int n_bytes = 0;
  int rc;

  g_assert (undo->session != NULL);

  *recorded = FALSE;
  rc = sqlite3session_changeset (undo->session, &n_bytes, &changeset);
  g_clear_pointer (&undo->session, sqlite3session_delete);
  if (rc != SQLITE_OK)
    {
      wijk_store_set_sqlite_error (error, cache->db, rc, cache->path);
      return FALSE;
    }
  if (n_bytes == 0)
    {
      sqlite3_free (changeset);
      return TRUE;
    }

  if (undo->can_redo)
    {
      stmt = wijk_stmt_cache_get (cache, WIJK_STMT_UNDO_CLEAR_REDO, error);
      if (stmt == NULL || !wijk_stmt_run (cache, stmt, error))
        {
          sqlite3_free (changeset);
          return FALSE;
        }
    }

  stmt = wijk_stmt_cache_get (cache, WIJK_STMT_UNDO_PUSH, error);
  if (stmt == NULL)
    {
      sqlite3_free (changeset);
      return FALSE;
    }
  sqlite3_bind_int64 (stmt, 1, undo->next_seq);
  sqlite3_bind_int64 (stmt, 2, undo->group_seq != 0 ? undo->group_seq : undo->next_seq);
  sqlite3_bind_text (stmt, 3, step_label (undo, label), -1, SQLITE_TRANSIENT);
  sqlite3_bind_blob (stmt, 4, changeset, n_bytes, sqlite3_free);
  if (!wijk_stmt_run (cache, stmt, error))
    return FALSE;

  *recorded = TRUE;
  return TRUE;
}

/* After the COMMIT of an edit: the history's state follows the file. */
void
wijk_undo_edit_committed (WijkUndo   *undo,
                          const char *label,
                          gboolean    recorded)
{
  if (!recorded)
    return;

  if (undo->group_depth > 0 && undo->group_seq == 0)
    undo->group_seq = undo->next_seq;
  undo->next_seq++;
  undo->can_undo = TRUE;
  undo->can_redo = FALSE;
  g_free (undo->undo_label);
  undo->undo_label = g_strdup (step_label (undo, label));
  g_clear_pointer (&undo->redo_label, g_free);
}

void
wijk_undo_abandon_edit (WijkUndo *undo)
{
  g_clear_pointer (&undo->session, sqlite3session_delete);
}

/* Applying */

typedef struct
{
  int   kind;
  char *table;
} Conflict;

static gboolean
values_equal (sqlite3_value *a,
              sqlite3_value *b)
{
  int type = sqlite3_value_type (a);

  if (type != sqlite3_value_type (b))
    return FALSE;
  switch (type)
    {
    case SQLITE_NULL:
      return TRUE;
    case SQLITE_INTEGER:
      return sqlite3_value_int64 (a) == sqlite3_value_int64 (b);
    case SQLITE_FLOAT:
      return sqlite3_value_double (a) == sqlite3_value_double (b);
    default:
      return sqlite3_value_bytes (a) == sqlite3_value_bytes (b) &&
             memcmp (sqlite3_value_blob (a), sqlite3_value_blob (b),
                     sqlite3_value_bytes (a)) == 0;
    }
}

/* Whether the row in the file already holds the values an UPDATE sets. */
static gboolean
update_already_applied (sqlite3_changeset_iter *iter,
                        int                     n_cols)
{
  for (int i = 0; i < n_cols; i++)
    {
      sqlite3_value *new_value = NULL;
      sqlite3_value *current = NULL;

      if (sqlite3changeset_new (iter, i, &new_value) != SQLITE_OK)
        return FALSE;
      if (new_value == NULL)
        continue;
      if (sqlite3changeset_conflict (iter, i, &current) != SQLITE_OK || current == NULL ||
          !values_equal (new_value, current))
        return FALSE;
    }
  return TRUE;
}

/*
 * The only differences between the history and the rows that are expected
 * come from the schema's own ON DELETE actions, which already did part of
 * a step: a child row deleted with its action, a reference set to NULL with
 * the row it named. Those parts are skipped; anything else aborts the whole
 * undo or redo.
 */
static int
on_conflict (void                   *data,
             int                     kind,
             sqlite3_changeset_iter *iter)
{
  Conflict *conflict = data;
  const char *table = NULL;
  int n_cols = 0, op = 0, indirect = 0;

  if (kind == SQLITE_CHANGESET_FOREIGN_KEY)
    {
      conflict->kind = kind;
      return SQLITE_CHANGESET_ABORT;
    }

  sqlite3changeset_op (iter, &table, &n_cols, &op, &indirect);
  if (kind == SQLITE_CHANGESET_NOTFOUND && op == SQLITE_DELETE)
    return SQLITE_CHANGESET_OMIT;
  if (kind == SQLITE_CHANGESET_DATA && op == SQLITE_UPDATE &&
      update_already_applied (iter, n_cols))
    return SQLITE_CHANGESET_OMIT;

  conflict->kind = kind;
  g_free (conflict->table);
  conflict->table = g_strdup (table);
  return SQLITE_CHANGESET_ABORT;
}

static int
apply_filter (void       *data,
              const char *table)
{
  return is_data_table (table);
}

static gboolean
apply_changeset (sqlite3     *db,
                 const char  *path,
                 GBytes      *changeset,
                 gboolean     invert,
                 GError     **error)
{
  g_autofree char *name = NULL;
  Conflict conflict = { 0, NULL };
  void *inverted = NULL;
  gsize n_bytes;
  const void *bytes = g_bytes_get_data (changeset, &n_bytes);
  int n_inverted = 0;
  int rc = SQLITE_OK;

  if (n_bytes > G_MAXINT)
    rc = SQLITE_TOOBIG;
  else if (invert)
    rc = sqlite3changeset_invert ((int) n_bytes, bytes, &n_inverted, &inverted);
  if (rc == SQLITE_OK)
    rc = sqlite3changeset_apply_v2 (db,
                                    invert ? n_inverted : (int) n_bytes,
                                    invert ? inverted : (void *) bytes,
                                    apply_filter, on_conflict, &conflict, NULL, NULL,
                                    SQLITE_CHANGESETAPPLY_NOSAVEPOINT);
  sqlite3_free (inverted);
  if (rc == SQLITE_OK)
    return TRUE;

  name = g_filename_display_name (path);
  if (conflict.kind != 0)
    g_set_error (error, WIJK_STORE_ERROR, WIJK_STORE_ERROR_CONFLICT,
                 _("“%s”: the undo history does not match the workshop (table %s, "
                   "conflict %d); nothing was changed"),
                 name, conflict.table != NULL ? conflict.table : "?", conflict.kind);
  else
    g_set_error (error, WIJK_STORE_ERROR, WIJK_STORE_ERROR_CORRUPT,
                 _("“%s”: a step of the undo history is damaged (%s); nothing was changed"),
                 name, sqlite3_errstr (rc));
  g_free (conflict.table);
  return FALSE;
}

/* The steps of the group on top of one side, in the order to apply them:
 * newest first for undo, oldest first for redo. */
static GPtrArray *
collect_group (sqlite3     *db,
               const char  *path,
               gboolean     redo,
               gint64      *first_seq,
               gint64      *last_seq,
               GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) steps = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  const char *sql = redo
    ? "SELECT seq, grp, changeset FROM undo_steps WHERE redo = 1 ORDER BY seq"
    : "SELECT seq, grp, changeset FROM undo_steps WHERE redo = 0 ORDER BY seq DESC";
  gint64 group = 0;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  while (stmt != NULL && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 seq = sqlite3_column_int64 (stmt, 0);

      if (steps->len == 0)
        group = sqlite3_column_int64 (stmt, 1);
      else if (sqlite3_column_int64 (stmt, 1) != group)
        break;
      g_ptr_array_add (steps, g_bytes_new (sqlite3_column_blob (stmt, 2),
                                           sqlite3_column_bytes (stmt, 2)));
      *first_seq = steps->len == 1 ? seq : MIN (*first_seq, seq);
      *last_seq = steps->len == 1 ? seq : MAX (*last_seq, seq);
    }
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      wijk_store_set_sqlite_error (error, db, rc, path);
      return NULL;
    }
  return g_steal_pointer (&steps);
}

static gboolean
move_steps (sqlite3     *db,
            const char  *path,
            gint64       first_seq,
            gint64       last_seq,
            gboolean     to_redo,
            GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, "UPDATE undo_steps SET redo = ?1 WHERE seq BETWEEN ?2 AND ?3",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_int (stmt, 1, to_redo ? 1 : 0);
      sqlite3_bind_int64 (stmt, 2, first_seq);
      sqlite3_bind_int64 (stmt, 3, last_seq);
      rc = sqlite3_step (stmt);
    }
  if (rc != SQLITE_DONE)
    {
      wijk_store_set_sqlite_error (error, db, rc, path);
      return FALSE;
    }
  return TRUE;
}

static gboolean
apply_group (sqlite3     *db,
             const char  *path,
             gboolean     redo,
             GError     **error)
{
  g_autoptr(GPtrArray) steps = NULL;
  gint64 first_seq = 0, last_seq = 0;

  steps = collect_group (db, path, redo, &first_seq, &last_seq, error);
  if (steps == NULL)
    return FALSE;
  if (steps->len == 0)
    {
      g_set_error_literal (error, WIJK_STORE_ERROR, WIJK_STORE_ERROR_NOTHING_TO_UNDO,
                           redo ? _("There is nothing to redo") : _("There is nothing to undo"));
      return FALSE;
    }

  for (guint i = 0; i < steps->len; i++)
    if (!apply_changeset (db, path, g_ptr_array_index (steps, i), !redo, error))
      return FALSE;
  return move_steps (db, path, first_seq, last_seq, !redo, error);
}

/* Undoes (or redoes) one group in one transaction: all of it or nothing. */
gboolean
wijk_undo_step (WijkUndo    *undo,
                sqlite3     *db,
                const char  *path,
                gboolean     redo,
                GError     **error)
{
  g_assert (undo->session == NULL && undo->group_depth == 0);

  if (!wijk_store_exec (db, path, "BEGIN IMMEDIATE", error))
    return FALSE;
  if (!apply_group (db, path, redo, error) ||
      !wijk_store_exec (db, path, "COMMIT", error))
    {
      sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }
  return wijk_undo_load (undo, db, path, error);
}
