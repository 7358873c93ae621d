/* wijk-store-private.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "wijk-store.h"

G_BEGIN_DECLS


G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

/* Statements the edits run again and again, prepared once per connection. */
typedef enum
{
  WIJK_STMT_BEGIN,
  WIJK_STMT_COMMIT,
  WIJK_STMT_ROLLBACK,
  WIJK_STMT_PUT_WORKSHOP,
  WIJK_STMT_PUT_FACTOR,
  WIJK_STMT_PUT_ORGANISATION,
  WIJK_STMT_DELETE_ORGANISATION,
  WIJK_STMT_PUT_PLOT,
  WIJK_STMT_DELETE_PLOT,
  WIJK_STMT_CLEAR_PLOT_OWNER,
  WIJK_STMT_PUT_PURCHASE_GROUP,
  WIJK_STMT_DELETE_PURCHASE_GROUP,
  WIJK_STMT_CLEAR_PURCHASE_GROUP,
  WIJK_STMT_PUT_ACTION,
  WIJK_STMT_DELETE_ACTION,
  WIJK_STMT_PUT_PARAM,
  WIJK_STMT_DELETE_PARAM,
  WIJK_STMT_DELETE_PARAMS,
  WIJK_STMT_PUT_OWNER,
  WIJK_STMT_DELETE_OWNER,
  WIJK_STMT_DELETE_OWNERS,
  WIJK_STMT_PUT_FINANCING,
  WIJK_STMT_DELETE_FINANCING,
  WIJK_STMT_DELETE_FINANCINGS,
  WIJK_STMT_PUT_COMMENT,
  WIJK_STMT_DELETE_COMMENT,
  WIJK_STMT_DELETE_ACTION_COMMENTS,
  WIJK_STMT_PUT_APPROVAL,
  WIJK_STMT_DELETE_ACTION_APPROVALS,
  WIJK_STMT_PUT_SIGNATURE,
  WIJK_STMT_PUT_SCENARIO,
  WIJK_STMT_DELETE_SCENARIO,
  WIJK_STMT_UNDO_PUSH,
  WIJK_STMT_UNDO_CLEAR_REDO,
  WIJK_N_STMTS
} WijkStmt;

typedef struct
{
  sqlite3      *db;
  const char   *path;
  sqlite3_stmt *stmts[WIJK_N_STMTS];
} WijkStmtCache;

/* wijk-store-write.c: the statement cache */
void          wijk_stmt_cache_clear        (WijkStmtCache       *cache);
sqlite3_stmt *wijk_stmt_cache_get          (WijkStmtCache       *cache,
                                            WijkStmt             id,
                                            GError             **error);
gboolean      wijk_stmt_run                (WijkStmtCache       *cache,
                                            sqlite3_stmt        *stmt,
                                            GError             **error);

/* wijk-store-util.c */
void          wijk_store_set_sqlite_error  (GError             **error,
                                            sqlite3             *db,
                                            int                  rc,
                                            const char          *path);
gboolean      wijk_store_exec              (sqlite3             *db,
                                            const char          *path,
                                            const char          *sql,
                                            GError             **error);
void          wijk_bind_text               (sqlite3_stmt        *stmt,
                                            int                  index,
                                            const char          *text);
char         *wijk_tiers_to_json           (const GArray        *tiers);
GArray       *wijk_tiers_from_json         (const char          *text,
                                            GError             **error);

/* wijk-store-schema.c */
gboolean      wijk_store_schema_create     (sqlite3             *db,
                                            const char          *path,
                                            GError             **error);
gboolean      wijk_store_schema_migrate    (sqlite3             *db,
                                            const char          *path,
                                            gint64               from_version,
                                            GError             **error);
gboolean      wijk_store_check_header      (const char          *path,
                                            GError             **error);
sqlite3      *wijk_store_open_db           (const char          *path,
                                            gboolean             create,
                                            GError             **error);
gboolean      wijk_store_check_db          (sqlite3             *db,
                                            const char          *path,
                                            gint64              *version,
                                            GError             **error);
gboolean      wijk_store_activate_db       (sqlite3             *db,
                                            const char          *path,
                                            gint64               version,
                                            GError             **error);

/* wijk-store-read.c */
WijkWorkshop *wijk_store_read_workshop     (sqlite3             *db,
                                            const char          *path,
                                            GError             **error);

/* wijk-store-write.c: each writes the rows of one record inside the
 * caller's transaction. @old is the record as it was (or %NULL), to remove
 * children that are gone. */
gboolean      wijk_store_write_info        (WijkStmtCache       *cache,
                                            const WijkWorkshop  *info,
                                            GError             **error);
gboolean      wijk_store_write_factor      (WijkStmtCache       *cache,
                                            const WijkFactor    *factor,
                                            GError             **error);
gboolean      wijk_store_write_organisation (WijkStmtCache      *cache,
                                            const WijkOrganisation *org,
                                            GError             **error);
gboolean      wijk_store_write_plot        (WijkStmtCache       *cache,
                                            const WijkPlot      *plot,
                                            GError             **error);
gboolean      wijk_store_write_purchase_group (WijkStmtCache    *cache,
                                            const WijkPurchaseGroup *group,
                                            GError             **error);
gboolean      wijk_store_write_action      (WijkStmtCache       *cache,
                                            const WijkAction    *action,
                                            const WijkAction    *old,
                                            GError             **error);
gboolean      wijk_store_write_param       (WijkStmtCache       *cache,
                                            const char          *action_id,
                                            const char          *name,
                                            double               value,
                                            GError             **error);
gboolean      wijk_store_write_comment     (WijkStmtCache       *cache,
                                            const WijkComment   *comment,
                                            GError             **error);
gboolean      wijk_store_write_approval    (WijkStmtCache       *cache,
                                            const WijkApproval  *approval,
                                            GError             **error);
gboolean      wijk_store_write_signature   (WijkStmtCache       *cache,
                                            const WijkSignature *signature,
                                            GError             **error);
gboolean      wijk_store_write_scenario    (WijkStmtCache       *cache,
                                            const WijkScenario  *scenario,
                                            GError             **error);
gboolean      wijk_store_write_workshop    (WijkStmtCache       *cache,
                                            const WijkWorkshop  *ws,
                                            GError             **error);
gboolean      wijk_store_delete_by_id      (WijkStmtCache       *cache,
                                            WijkStmt             stmt_id,
                                            const char          *id,
                                            GError             **error);

/* wijk-store-undo.c: the undo history of one connection. */
typedef struct
{
  sqlite3_session *session;   /* records the edit in progress */
  guint            group_depth;
  char            *group_label;
  gint64           group_seq;  /* seq of the group's first step, 0 before it */
  gint64           next_seq;
  gboolean         can_undo;
  gboolean         can_redo;
  char            *undo_label;
  char            *redo_label;
} WijkUndo;

gboolean      wijk_undo_load               (WijkUndo            *undo,
                                            sqlite3             *db,
                                            const char          *path,
                                            GError             **error);
void          wijk_undo_clear              (WijkUndo            *undo);
gboolean      wijk_undo_start_edit         (WijkUndo            *undo,
                                            sqlite3             *db,
                                            const char          *path,
                                            GError             **error);
gboolean      wijk_undo_record_edit        (WijkUndo            *undo,
                                            WijkStmtCache       *cache,
                                            const char          *label,
                                            gboolean            *recorded,
                                            GError             **error);
void          wijk_undo_edit_committed     (WijkUndo            *undo,
                                            const char          *label,
                                            gboolean             recorded);
void          wijk_undo_abandon_edit       (WijkUndo            *undo);
void          wijk_undo_begin_group        (WijkUndo            *undo,
                                            const char          *label);
void          wijk_undo_end_group          (WijkUndo            *undo);
gboolean      wijk_undo_step               (WijkUndo            *undo,
                                            sqlite3             *db,
                                            const char          *path,
                                            gboolean             redo,
                                            GError             **error);

/* The store object, shared by wijk-store.c and wijk-store-edit.c. */
struct _WijkStore
{
  GObject        parent_instance;

  char          *path;
  sqlite3       *db;
  WijkStmtCache  cache;
  WijkUndo       undo;
  WijkWorkshop  *workshop;   /* the file's content, kept in step */

  /* The undo state before the edit in progress, to notify changes. */
  gboolean       could_undo;
  gboolean       could_redo;
};

/* wijk-store.c: the frame of every edit. begin opens the transaction and
 * starts recording; finish commits and records the undo step when @ok, or
 * rolls everything back; done (after the cache is updated) tells the
 * listeners. */
gboolean      wijk_store_edit_begin        (WijkStore           *self,
                                            GError             **error);
gboolean      wijk_store_edit_finish       (WijkStore           *self,
                                            gboolean             ok,
                                            const char          *label,
                                            GError             **error);
void          wijk_store_edit_done         (WijkStore           *self,
                                            WijkStoreChange      change,
                                            const char          *id);
gboolean      wijk_store_refuse_invalid    (GError             **error,
                                            GError              *validate_error);

/* wijk-store-edit.c: shared by the edits */
void          wijk_store_replace_or_append (GPtrArray           *array,
                                            gpointer             old,
                                            gpointer             item);
gboolean      wijk_store_set_not_found     (GError             **error,
                                            const char          *what,
                                            const char          *id);
const char   *wijk_store_action_name       (const WijkAction    *action);

/* wijk-store-edit-records.c: the deletion of a record nothing else refers to */
gboolean      wijk_store_delete_record     (WijkStore           *self,
                                            WijkStmt             stmt,
                                            GPtrArray           *records,
                                            const char          *id,
                                            const char          *what,
                                            const char          *label,
                                            WijkStoreChange      change,
                                            GError             **error);

G_END_DECLS
