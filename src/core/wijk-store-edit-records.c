/* wijk-store-edit-records.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wijk-catalog.h"
#include "wijk-store-private.h"
#include "wijk-validate.h"

/* The edits of comments, approvals, signatures and scenarios, as those
 * of wijk-store-edit.c. */

/* Comments, approvals, signatures, scenarios */

static gpointer
find_by_id (GPtrArray  *records,
            const char *id)
{
  for (guint i = 0; i < records->len; i++)
    if (g_strcmp0 (*(char **) g_ptr_array_index (records, i), id) == 0)
      return g_ptr_array_index (records, i);
  return NULL;
}

/* The common part of the last few puts: @ok is the validation's verdict. */
static gboolean
put_record (WijkStore        *self,
            gboolean          valid,
            GError           *validate_error,
            gboolean        (*write) (WijkStmtCache *, gconstpointer, GError **),
            gconstpointer     record,
            GPtrArray        *records,
            gpointer        (*copy) (gconstpointer),
            const char       *label,
            WijkStoreChange   change,
            GError          **error)
{
  const char *id = *(char * const *) record;

  if (!valid)
    return wijk_store_refuse_invalid (error, validate_error);

  if (!wijk_store_edit_begin (self, error) ||
      !wijk_store_edit_finish (self, write (&self->cache, record, error), label, error))
    return FALSE;

  wijk_store_replace_or_append (records, find_by_id (records, id), copy (record));
  wijk_store_edit_done (self, change, id);
  return TRUE;
}

#define PUT_RECORD(self, validate_call, write, record, records, copy, label, change, error) \
  G_STMT_START {                                                                         \
    GError *validate_error_ = NULL;                                                      \
    gboolean valid_ = (validate_call);                                                   \
    return put_record ((self), valid_, validate_error_,                                  \
                       (gboolean (*) (WijkStmtCache *, gconstpointer, GError **)) (write), \
                       (record), (records), (gpointer (*) (gconstpointer)) (copy),       \
                       (label), (change), (error));                                      \
  } G_STMT_END

/**
 * wijk_store_put_comment:
 * @self: a store
 * @comment: a comment, added or replacing the one of its id
 * @error: return location for a #WIJK_STORE_ERROR
 *
 * Returns: whether the comment was written
 */
gboolean
wijk_store_put_comment (WijkStore          *self,
                        const WijkComment  *comment,
                        GError            **error)
{
  g_return_val_if_fail (WIJK_IS_STORE (self), FALSE);
  g_return_val_if_fail (comment != NULL, FALSE);

  PUT_RECORD (self, wijk_validate_comment (self->workshop, comment, &validate_error_),
              wijk_store_write_comment, comment, self->workshop->comments, wijk_comment_copy,
              _("Comment"), WIJK_STORE_CHANGE_COMMENTS, error);
}

/**
 * wijk_store_put_approval:
 * @self: a store
 * @approval: an approval, added or replacing the one of its id
 * @error: return location for a #WIJK_STORE_ERROR
 *
 * Returns: whether the approval was written
 */
gboolean
wijk_store_put_approval (WijkStore           *self,
                         const WijkApproval  *approval,
                         GError             **error)
{
  g_return_val_if_fail (WIJK_IS_STORE (self), FALSE);
  g_return_val_if_fail (approval != NULL, FALSE);

  PUT_RECORD (self, wijk_validate_approval (self->workshop, approval, &validate_error_),
              wijk_store_write_approval, approval, self->workshop->approvals,
              wijk_approval_copy, _("Approve"), WIJK_STORE_CHANGE_APPROVALS, error);
}

/**
 * wijk_store_put_signature:
 * @self: a store
 * @signature: a signature, added or replacing the one of its id
 * @error: return location for a #WIJK_STORE_ERROR
 *
 * Returns: whether the signature was written
 */
gboolean
wijk_store_put_signature (WijkStore            *self,
                          const WijkSignature  *signature,
                          GError              **error)
{
  g_return_val_if_fail (WIJK_IS_STORE (self), FALSE);
  g_return_val_if_fail (signature != NULL, FALSE);

  PUT_RECORD (self, wijk_validate_signature (self->workshop, signature, &validate_error_),
              wijk_store_write_signature, signature, self->workshop->signatures,
              wijk_signature_copy, _("Sign"), WIJK_STORE_CHANGE_SIGNATURES, error);
}

/**
 * wijk_store_put_scenario:
 * @self: a store
 * @scenario: a scenario, added or replacing the one of its id
 * @error: return location for a #WIJK_STORE_ERROR
 *
 * Returns: whether the scenario was written
 */
gboolean
wijk_store_put_scenario (WijkStore           *self,
                         const WijkScenario  *scenario,
                         GError             **error)
{
  g_return_val_if_fail (WIJK_IS_STORE (self), FALSE);
  g_return_val_if_fail (scenario != NULL, FALSE);

  PUT_RECORD (self, wijk_validate_scenario (scenario, &validate_error_),
              wijk_store_write_scenario, scenario, self->workshop->scenarios,
              wijk_scenario_copy, _("Save scenario"), WIJK_STORE_CHANGE_SCENARIOS, error);
}

#undef PUT_RECORD

/* Deletes the record @id (owned by the caller, not by the record) of
 * @records with @stmt, as one edit undone as @label; @what names the kind
 * of record when there is none with @id. */
gboolean
wijk_store_delete_record (WijkStore        *self,
                          WijkStmt          stmt,
                          GPtrArray        *records,
                          const char       *id,
                          const char       *what,
                          const char       *label,
                          WijkStoreChange   change,
                          GError          **error)
{
  gpointer record = find_by_id (records, id);
  /* The caller's id may live in the cached record this removes. */
  g_autofree char *id_copy = NULL;

  if (record == NULL)
    return wijk_store_set_not_found (error, what, id);

  if (!wijk_store_edit_begin (self, error) ||
      !wijk_store_edit_finish (self, wijk_store_delete_by_id (&self->cache, stmt, id, error),
                               label, error))
    return FALSE;

  id_copy = g_strdup (id);
  g_ptr_array_remove (records, record);
  wijk_store_edit_done (self, change, id_copy);
  return TRUE;
}

/**
 * wijk_store_delete_comment:
 * @self: a store
 * @id: the comment's id
 * @error: return location for a #WIJK_STORE_ERROR
 *
 * Returns: whether the comment was deleted
 */
gboolean
wijk_store_delete_comment (WijkStore   *self,
                           const char  *id,
                           GError     **error)
{
  g_return_val_if_fail (WIJK_IS_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  return wijk_store_delete_record (self, WIJK_STMT_DELETE_COMMENT, self->workshop->comments,
                                   id, _("comment"), _("Delete comment"),
                                   WIJK_STORE_CHANGE_COMMENTS, error);
}

/**
 * wijk_store_delete_scenario:
 * @self: a store
 * @id: the scenario's id
 * @error: return location for a #WIJK_STORE_ERROR
 *
 * Returns: whether the scenario was deleted
 */
gboolean
wijk_store_delete_scenario (WijkStore   *self,
                            const char  *id,
                            GError     **error)
{
  g_return_val_if_fail (WIJK_IS_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  return wijk_store_delete_record (self, WIJK_STMT_DELETE_SCENARIO, self->workshop->scenarios,
                                   id, _("scenario"), _("Delete scenario"),
                                   WIJK_STORE_CHANGE_SCENARIOS, error);
}
