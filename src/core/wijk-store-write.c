/* wijk-store-write.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wijk-catalog.h"
#include "wijk-geometry.h"
#include "wijk-store-private.h"

/* Writes are upserts ("INSERT … ON CONFLICT DO UPDATE"), never REPLACE: a
 * REPLACE deletes the row first, which would cascade to the action's
 * children and record a delete and an insert instead of the few columns
 * that changed. */
static const char * const stmt_sql[WIJK_N_STMTS] = {
  [WIJK_STMT_BEGIN] = "BEGIN IMMEDIATE",
  [WIJK_STMT_COMMIT] = "COMMIT",
  [WIJK_STMT_ROLLBACK] = "ROLLBACK",
  [WIJK_STMT_PUT_WORKSHOP] =
    "INSERT INTO workshop (id, uuid, name, site, language, currency, baseline_year,"
    " target_year, baseline_t_co2_per_year, target_t_co2_per_year, discount_rate,"
    " illustrative) VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"
    " ON CONFLICT (id) DO UPDATE SET name = excluded.name, site = excluded.site,"
    " language = excluded.language, currency = excluded.currency,"
    " baseline_year = excluded.baseline_year, target_year = excluded.target_year,"
    " baseline_t_co2_per_year = excluded.baseline_t_co2_per_year,"
    " target_t_co2_per_year = excluded.target_t_co2_per_year,"
    " discount_rate = excluded.discount_rate, illustrative = excluded.illustrative",
  [WIJK_STMT_PUT_FACTOR] =
    "INSERT INTO factors (name, value, tiers, unit, source, year, confidence, note)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
    " ON CONFLICT (name) DO UPDATE SET value = excluded.value, tiers = excluded.tiers,"
    " unit = excluded.unit, source = excluded.source, year = excluded.year,"
    " confidence = excluded.confidence, note = excluded.note",
  [WIJK_STMT_PUT_ORGANISATION] =
    "INSERT INTO organisations (id, name, kind, employees, baseline_mwh_per_year,"
    " baseline_t_co2_per_year, colour, illustrative) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
    " ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind,"
    " employees = excluded.employees, baseline_mwh_per_year = excluded.baseline_mwh_per_year,"
    " baseline_t_co2_per_year = excluded.baseline_t_co2_per_year,"
    " colour = excluded.colour, illustrative = excluded.illustrative",
  [WIJK_STMT_DELETE_ORGANISATION] = "DELETE FROM organisations WHERE id = ?1",
  [WIJK_STMT_PUT_PLOT] =
    "INSERT INTO plots (id, name, kind, owner_org, geometry, approximate)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
    " ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind,"
    " owner_org = excluded.owner_org, geometry = excluded.geometry,"
    " approximate = excluded.approximate",
  [WIJK_STMT_DELETE_PLOT] = "DELETE FROM plots WHERE id = ?1",
  [WIJK_STMT_CLEAR_PLOT_OWNER] = "UPDATE plots SET owner_org = NULL WHERE owner_org = ?1",
  [WIJK_STMT_PUT_PURCHASE_GROUP] =
    "INSERT INTO purchase_groups (id, type, name) VALUES (?1, ?2, ?3)"
    " ON CONFLICT (id) DO UPDATE SET type = excluded.type, name = excluded.name",
  [WIJK_STMT_DELETE_PURCHASE_GROUP] = "DELETE FROM purchase_groups WHERE id = ?1",
  [WIJK_STMT_CLEAR_PURCHASE_GROUP] =
    "UPDATE actions SET purchase_group = NULL WHERE purchase_group = ?1",
  [WIJK_STMT_PUT_ACTION] =
    "INSERT INTO actions (id, type, theme, title, description, status, start_year,"
    " purchase_group, purchase_status, location)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"
    " ON CONFLICT (id) DO UPDATE SET type = excluded.type, theme = excluded.theme,"
    " title = excluded.title, description = excluded.description,"
    " status = excluded.status, start_year = excluded.start_year,"
    " purchase_group = excluded.purchase_group,"
    " purchase_status = excluded.purchase_status, location = excluded.location",
  [WIJK_STMT_DELETE_ACTION] = "DELETE FROM actions WHERE id = ?1",
  [WIJK_STMT_PUT_PARAM] =
    "INSERT INTO action_params (action_id, name, value) VALUES (?1, ?2, ?3)"
    " ON CONFLICT (action_id, name) DO UPDATE SET value = excluded.value",
  [WIJK_STMT_DELETE_PARAM] = "DELETE FROM action_params WHERE action_id = ?1 AND name = ?2",
  [WIJK_STMT_DELETE_PARAMS] = "DELETE FROM action_params WHERE action_id = ?1",
  [WIJK_STMT_PUT_OWNER] =
    "INSERT INTO action_owners (action_id, org_id, position, role, cost_share, benefit_share)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
    " ON CONFLICT (action_id, org_id) DO UPDATE SET position = excluded.position,"
    " role = excluded.role, cost_share = excluded.cost_share,"
    " benefit_share = excluded.benefit_share",
  [WIJK_STMT_DELETE_OWNER] = "DELETE FROM action_owners WHERE action_id = ?1 AND org_id = ?2",
  [WIJK_STMT_DELETE_OWNERS] = "DELETE FROM action_owners WHERE action_id = ?1",
  [WIJK_STMT_PUT_FINANCING] =
    "INSERT INTO financing (id, action_id, position, kind, org_id, label, amount_eur,"
    " share_of_capex, rate, years, savings_share)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"
    " ON CONFLICT (id) DO UPDATE SET action_id = excluded.action_id,"
    " position = excluded.position, kind = excluded.kind, org_id = excluded.org_id,"
    " label = excluded.label, amount_eur = excluded.amount_eur,"
    " share_of_capex = excluded.share_of_capex, rate = excluded.rate,"
    " years = excluded.years, savings_share = excluded.savings_share",
  [WIJK_STMT_DELETE_FINANCING] = "DELETE FROM financing WHERE id = ?1",
  [WIJK_STMT_DELETE_FINANCINGS] = "DELETE FROM financing WHERE action_id = ?1",
  [WIJK_STMT_PUT_COMMENT] =
    "INSERT INTO comments (id, action_id, author, text, created) VALUES (?1, ?2, ?3, ?4, ?5)"
    " ON CONFLICT (id) DO UPDATE SET action_id = excluded.action_id,"
    " author = excluded.author, text = excluded.text, created = excluded.created",
  [WIJK_STMT_DELETE_COMMENT] = "DELETE FROM comments WHERE id = ?1",
  [WIJK_STMT_DELETE_ACTION_COMMENTS] = "DELETE FROM comments WHERE action_id = ?1",
  [WIJK_STMT_PUT_APPROVAL] =
    "INSERT INTO approvals (id, action_id, org_id, approved, note, created)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
    " ON CONFLICT (id) DO UPDATE SET action_id = excluded.action_id,"
    " org_id = excluded.org_id, approved = excluded.approved, note = excluded.note,"
    " created = excluded.created",
  [WIJK_STMT_DELETE_ACTION_APPROVALS] = "DELETE FROM approvals WHERE action_id = ?1",
  [WIJK_STMT_PUT_SIGNATURE] =
    "INSERT INTO signatures (id, org_id, signer_name, signer_role, signed_at, drawing)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
    " ON CONFLICT (id) DO UPDATE SET org_id = excluded.org_id,"
    " signer_name = excluded.signer_name, signer_role = excluded.signer_role,"
    " signed_at = excluded.signed_at, drawing = excluded.drawing",
  [WIJK_STMT_PUT_SCENARIO] =
    "INSERT INTO scenarios (id, name, description, actions, created)"
    " VALUES (?1, ?2, ?3, ?4, ?5)"
    " ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
    " description = excluded.description, actions = excluded.actions,"
    " created = excluded.created",
  [WIJK_STMT_DELETE_SCENARIO] = "DELETE FROM scenarios WHERE id = ?1",
  [WIJK_STMT_UNDO_PUSH] =
    "INSERT INTO undo_steps (seq, grp, redo, label, changeset) VALUES (?1, ?2, 0, ?3, ?4)",
  [WIJK_STMT_UNDO_CLEAR_REDO] = "DELETE FROM undo_steps WHERE redo = 1",
};

void
wijk_stmt_cache_clear (WijkStmtCache *cache)
{
  for (guint i = 0; i < WIJK_N_STMTS; i++)
    g_clear_pointer (&cache->stmts[i], sqlite3_finalize);
}

/* Returns the statement, prepared on first use, reset and unbound. */
sqlite3_stmt *
wijk_stmt_cache_get (WijkStmtCache  *cache,
                     WijkStmt        id,
                     GError        **error)
{
  g_assert (id < WIJK_N_STMTS);

  if (cache->stmts[id] == NULL)
    {
      int rc = sqlite3_prepare_v3 (cache->db, stmt_sql[id], -1, SQLITE_PREPARE_PERSISTENT,
                                   &cache->stmts[id], NULL);

      if (rc != SQLITE_OK)
        {
          wijk_store_set_sqlite_error (error, cache->db, rc, cache->path);
          return NULL;
        }
    }
  return cache->stmts[id];
}

/* Steps @stmt to the end, then resets and unbinds it for the next use. */
gboolean
wijk_stmt_run (WijkStmtCache  *cache,
               sqlite3_stmt   *stmt,
               GError        **error)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    ;
  if (rc != SQLITE_DONE)
    wijk_store_set_sqlite_error (error, cache->db, rc, cache->path);
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  return rc == SQLITE_DONE;
}

gboolean
wijk_store_delete_by_id (WijkStmtCache  *cache,
                         WijkStmt        stmt_id,
                         const char     *id,
                         GError        **error)
{
  sqlite3_stmt *stmt = wijk_stmt_cache_get (cache, stmt_id, error);

  if (stmt == NULL)
    return FALSE;
  wijk_bind_text (stmt, 1, id);
  return wijk_stmt_run (cache, stmt, error);
}

static void
bind_geometry (sqlite3_stmt       *stmt,
               int                 index,
               const WijkGeometry *geometry)
{
  if (geometry == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, wijk_geometry_to_geojson (geometry), -1, g_free);
}

gboolean
wijk_store_write_info (WijkStmtCache       *cache,
                       const WijkWorkshop  *info,
                       GError             **error)
{
  sqlite3_stmt *stmt = wijk_stmt_cache_get (cache, WIJK_STMT_PUT_WORKSHOP, error);

  if (stmt == NULL)
    return FALSE;
  wijk_bind_text (stmt, 1, info->uuid);
  wijk_bind_text (stmt, 2, info->name);
  wijk_bind_text (stmt, 3, info->site);
  wijk_bind_text (stmt, 4, info->language);
  wijk_bind_text (stmt, 5, info->currency);
  sqlite3_bind_int64 (stmt, 6, info->baseline_year);
  sqlite3_bind_int64 (stmt, 7, info->target_year);
  sqlite3_bind_double (stmt, 8, info->baseline_t_co2_per_year);
  sqlite3_bind_double (stmt, 9, info->target_t_co2_per_year);
  sqlite3_bind_double (stmt, 10, info->discount_rate);
  sqlite3_bind_int (stmt, 11, info->illustrative ? 1 : 0);
  return wijk_stmt_run (cache, stmt, error);
}

gboolean
wijk_store_write_factor (WijkStmtCache     *cache,
                         const WijkFactor  *factor,
                         GError           **error)
{
  sqlite3_stmt *stmt = wijk_stmt_cache_get (cache, WIJK_STMT_PUT_FACTOR, error);

  if (stmt == NULL)
    return FALSE;
  wijk_bind_text (stmt, 1, factor->name);
  sqlite3_bind_double (stmt, 2, factor->value);
  if (factor->tiers != NULL)
    sqlite3_bind_text (stmt, 3, wijk_tiers_to_json (factor->tiers), -1, g_free);
  wijk_bind_text (stmt, 4, factor->unit);
  wijk_bind_text (stmt, 5, factor->source);
  wijk_bind_text (stmt, 6, factor->year);
  wijk_bind_text (stmt, 7, factor->confidence);
  wijk_bind_text (stmt, 8, factor->note);
  return wijk_stmt_run (cache, stmt, error);
}

gboolean
wijk_store_write_organisation (WijkStmtCache           *cache,
                               const WijkOrganisation  *org,
                               GError                 **error)
{
  sqlite3_stmt *stmt = wijk_stmt_cache_get (cache, WIJK_STMT_PUT_ORGANISATION, error);

  if (stmt == NULL)
    return FALSE;
  wijk_bind_text (stmt, 1, org->id);
  wijk_bind_text (stmt, 2, org->name);
  wijk_bind_text (stmt, 3, wijk_org_kind_to_string (org->kind));
  sqlite3_bind_int64 (stmt, 4, org->employees);
  sqlite3_bind_double (stmt, 5, org->baseline_mwh_per_year);
  sqlite3_bind_double (stmt, 6, org->baseline_t_co2_per_year);
  wijk_bind_text (stmt, 7, org->colour);
  sqlite3_bind_int (stmt, 8, org->illustrative ? 1 : 0);
  return wijk_stmt_run (cache, stmt, error);
}

gboolean
wijk_store_write_plot (WijkStmtCache   *cache,
                       const WijkPlot  *plot,
                       GError         **error)
{
  sqlite3_stmt *stmt = wijk_stmt_cache_get (cache, WIJK_STMT_PUT_PLOT, error);

  if (stmt == NULL)
    return FALSE;
  wijk_bind_text (stmt, 1, plot->id);
  wijk_bind_text (stmt, 2, plot->name);
  wijk_bind_text (stmt, 3, plot->kind);
  wijk_bind_text (stmt, 4, plot->owner_org);
  bind_geometry (stmt, 5, plot->geometry);
  sqlite3_bind_int (stmt, 6, plot->approximate ? 1 : 0);
  return wijk_stmt_run (cache, stmt, error);
}

gboolean
wijk_store_write_purchase_group (WijkStmtCache            *cache,
                                 const WijkPurchaseGroup  *group,
                                 GError                  **error)
{
  sqlite3_stmt *stmt = wijk_stmt_cache_get (cache, WIJK_STMT_PUT_PURCHASE_GROUP, error);

  if (stmt == NULL)
    return FALSE;
  wijk_bind_text (stmt, 1, group->id);
  wijk_bind_text (stmt, 2, group->type);
  wijk_bind_text (stmt, 3, group->name);
  return wijk_stmt_run (cache, stmt, error);
}

gboolean
wijk_store_write_param (WijkStmtCache  *cache,
                        const char     *action_id,
                        const char     *name,
                        double          value,
                        GError        **error)
{
  sqlite3_stmt *stmt = wijk_stmt_cache_get (cache, WIJK_STMT_PUT_PARAM, error);

  if (stmt == NULL)
    return FALSE;
  wijk_bind_text (stmt, 1, action_id);
  wijk_bind_text (stmt, 2, name);
  sqlite3_bind_double (stmt, 3, value);
  return wijk_stmt_run (cache, stmt, error);
}

static gboolean
delete_pair (WijkStmtCache  *cache,
             WijkStmt        stmt_id,
             const char     *first,
             const char     *second,
             GError        **error)
{
  sqlite3_stmt *stmt = wijk_stmt_cache_get (cache, stmt_id, error);

  if (stmt == NULL)
    return FALSE;
  wijk_bind_text (stmt, 1, first);
  wijk_bind_text (stmt, 2, second);
  return wijk_stmt_run (cache, stmt, error);
}

static gboolean
write_params (WijkStmtCache     *cache,
              const WijkAction  *action,
              const WijkAction  *old,
              GError           **error)
{
  const WijkActionType *type = wijk_catalog_lookup (action->type);
  const WijkActionType *old_type = old != NULL ? wijk_catalog_lookup (old->type) : NULL;

  g_assert (type != NULL);

  /* Parameters of the old type that the new one does not have. */
  if (old_type != NULL && old_type != type)
    {
      for (guint i = 0; i < old_type->n_params; i++)
        if (wijk_action_type_find_param (type, old_type->params[i].name) < 0 &&
            !delete_pair (cache, WIJK_STMT_DELETE_PARAM, action->id,
                          old_type->params[i].name, error))
          return FALSE;
    }

  for (guint i = 0; i < type->n_params; i++)
    if (!wijk_store_write_param (cache, action->id, type->params[i].name,
                                 action->params[i], error))
      return FALSE;
  return TRUE;
}

static gboolean
has_owner (const WijkAction *action,
           const char       *org_id)
{
  for (guint i = 0; i < action->owners->len; i++)
    if (g_str_equal (((WijkOwner *) g_ptr_array_index (action->owners, i))->org_id, org_id))
      return TRUE;
  return FALSE;
}

static gboolean
write_owners (WijkStmtCache     *cache,
              const WijkAction  *action,
              const WijkAction  *old,
              GError           **error)
{
  sqlite3_stmt *stmt;

  for (guint i = 0; old != NULL && i < old->owners->len; i++)
    {
      const WijkOwner *owner = g_ptr_array_index (old->owners, i);

      if (!has_owner (action, owner->org_id) &&
          !delete_pair (cache, WIJK_STMT_DELETE_OWNER, action->id, owner->org_id, error))
        return FALSE;
    }

  for (guint i = 0; i < action->owners->len; i++)
    {
      const WijkOwner *owner = g_ptr_array_index (action->owners, i);

      if ((stmt = wijk_stmt_cache_get (cache, WIJK_STMT_PUT_OWNER, error)) == NULL)
        return FALSE;
      wijk_bind_text (stmt, 1, action->id);
      wijk_bind_text (stmt, 2, owner->org_id);
      sqlite3_bind_int (stmt, 3, (int) i);
      wijk_bind_text (stmt, 4, wijk_role_to_string (owner->role));
      sqlite3_bind_double (stmt, 5, owner->cost_share);
      sqlite3_bind_double (stmt, 6, owner->benefit_share);
      if (!wijk_stmt_run (cache, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
has_financing (const WijkAction *action,
               const char       *id)
{
  for (guint i = 0; i < action->financing->len; i++)
    if (g_str_equal (((WijkFinancing *) g_ptr_array_index (action->financing, i))->id, id))
      return TRUE;
  return FALSE;
}

static gboolean
write_financing (WijkStmtCache     *cache,
                 const WijkAction  *action,
                 const WijkAction  *old,
                 GError           **error)
{
  sqlite3_stmt *stmt;

  for (guint i = 0; old != NULL && i < old->financing->len; i++)
    {
      const WijkFinancing *line = g_ptr_array_index (old->financing, i);

      if (!has_financing (action, line->id) &&
          !wijk_store_delete_by_id (cache, WIJK_STMT_DELETE_FINANCING, line->id, error))
        return FALSE;
    }

  for (guint i = 0; i < action->financing->len; i++)
    {
      const WijkFinancing *line = g_ptr_array_index (action->financing, i);

      if ((stmt = wijk_stmt_cache_get (cache, WIJK_STMT_PUT_FINANCING, error)) == NULL)
        return FALSE;
      wijk_bind_text (stmt, 1, line->id);
      wijk_bind_text (stmt, 2, action->id);
      sqlite3_bind_int (stmt, 3, (int) i);
      wijk_bind_text (stmt, 4, wijk_financing_kind_to_string (line->kind));
      wijk_bind_text (stmt, 5, line->org_id);
      wijk_bind_text (stmt, 6, line->label);
      sqlite3_bind_double (stmt, 7, line->amount_eur);
      sqlite3_bind_double (stmt, 8, line->share_of_capex);
      sqlite3_bind_double (stmt, 9, line->rate);
      sqlite3_bind_int (stmt, 10, line->years);
      sqlite3_bind_double (stmt, 11, line->savings_share);
      if (!wijk_stmt_run (cache, stmt, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
wijk_store_write_action (WijkStmtCache     *cache,
                         const WijkAction  *action,
                         const WijkAction  *old,
                         GError           **error)
{
  const WijkActionType *type = wijk_catalog_lookup (action->type);
  sqlite3_stmt *stmt = wijk_stmt_cache_get (cache, WIJK_STMT_PUT_ACTION, error);

  g_assert (type != NULL);

  if (stmt == NULL)
    return FALSE;
  wijk_bind_text (stmt, 1, action->id);
  wijk_bind_text (stmt, 2, action->type);
  wijk_bind_text (stmt, 3, wijk_theme_to_string (type->theme));
  wijk_bind_text (stmt, 4, action->title);
  wijk_bind_text (stmt, 5, action->description);
  wijk_bind_text (stmt, 6, wijk_status_to_string (action->status));
  sqlite3_bind_int (stmt, 7, action->start_year);
  wijk_bind_text (stmt, 8, action->purchase_group);
  wijk_bind_text (stmt, 9, wijk_purchase_status_to_string (action->purchase_status));
  bind_geometry (stmt, 10, action->location);
  if (!wijk_stmt_run (cache, stmt, error))
    return FALSE;

  return write_params (cache, action, old, error) &&
         write_owners (cache, action, old, error) &&
         write_financing (cache, action, old, error);
}

gboolean
wijk_store_write_comment (WijkStmtCache      *cache,
                          const WijkComment  *comment,
                          GError            **error)
{
  sqlite3_stmt *stmt = wijk_stmt_cache_get (cache, WIJK_STMT_PUT_COMMENT, error);

  if (stmt == NULL)
    return FALSE;
  wijk_bind_text (stmt, 1, comment->id);
  wijk_bind_text (stmt, 2, comment->action_id);
  wijk_bind_text (stmt, 3, comment->author);
  wijk_bind_text (stmt, 4, comment->text);
  sqlite3_bind_int64 (stmt, 5, comment->created);
  return wijk_stmt_run (cache, stmt, error);
}

gboolean
wijk_store_write_approval (WijkStmtCache       *cache,
                           const WijkApproval  *approval,
                           GError             **error)
{
  sqlite3_stmt *stmt = wijk_stmt_cache_get (cache, WIJK_STMT_PUT_APPROVAL, error);

  if (stmt == NULL)
    return FALSE;
  wijk_bind_text (stmt, 1, approval->id);
  wijk_bind_text (stmt, 2, approval->action_id);
  wijk_bind_text (stmt, 3, approval->org_id);
  sqlite3_bind_int (stmt, 4, approval->approved ? 1 : 0);
  wijk_bind_text (stmt, 5, approval->note);
  sqlite3_bind_int64 (stmt, 6, approval->created);
  return wijk_stmt_run (cache, stmt, error);
}

gboolean
wijk_store_write_signature (WijkStmtCache        *cache,
                            const WijkSignature  *signature,
                            GError              **error)
{
  sqlite3_stmt *stmt = wijk_stmt_cache_get (cache, WIJK_STMT_PUT_SIGNATURE, error);

  if (stmt == NULL)
    return FALSE;
  wijk_bind_text (stmt, 1, signature->id);
  wijk_bind_text (stmt, 2, signature->org_id);
  wijk_bind_text (stmt, 3, signature->signer_name);
  wijk_bind_text (stmt, 4, signature->signer_role);
  sqlite3_bind_int64 (stmt, 5, signature->signed_at);
  wijk_bind_text (stmt, 6, signature->drawing);
  return wijk_stmt_run (cache, stmt, error);
}

gboolean
wijk_store_write_scenario (WijkStmtCache       *cache,
                           const WijkScenario  *scenario,
                           GError             **error)
{
  sqlite3_stmt *stmt = wijk_stmt_cache_get (cache, WIJK_STMT_PUT_SCENARIO, error);

  if (stmt == NULL)
    return FALSE;
  wijk_bind_text (stmt, 1, scenario->id);
  wijk_bind_text (stmt, 2, scenario->name);
  wijk_bind_text (stmt, 3, scenario->description);
  wijk_bind_text (stmt, 4, scenario->actions_json);
  sqlite3_bind_int64 (stmt, 5, scenario->created);
  return wijk_stmt_run (cache, stmt, error);
}

#define WRITE_EACH(array, call)                                       \
  G_STMT_START {                                                      \
    for (guint i_ = 0; i_ < (array)->len; i_++)                       \
      {                                                               \
        gconstpointer item = g_ptr_array_index ((array), i_);         \
        if (!(call))                                                  \
          return FALSE;                                               \
      }                                                               \
  } G_STMT_END

/* The whole workshop into an empty file, inside the caller's transaction,
 * referenced rows before those that refer to them. */
gboolean
wijk_store_write_workshop (WijkStmtCache       *cache,
                           const WijkWorkshop  *ws,
                           GError             **error)
{
  if (!wijk_store_write_info (cache, ws, error))
    return FALSE;
  WRITE_EACH (ws->factors, wijk_store_write_factor (cache, item, error));
  WRITE_EACH (ws->organisations, wijk_store_write_organisation (cache, item, error));
  WRITE_EACH (ws->plots, wijk_store_write_plot (cache, item, error));
  WRITE_EACH (ws->purchase_groups, wijk_store_write_purchase_group (cache, item, error));
  WRITE_EACH (ws->actions, wijk_store_write_action (cache, item, NULL, error));
  WRITE_EACH (ws->comments, wijk_store_write_comment (cache, item, error));
  WRITE_EACH (ws->approvals, wijk_store_write_approval (cache, item, error));
  WRITE_EACH (ws->signatures, wijk_store_write_signature (cache, item, error));
  WRITE_EACH (ws->scenarios, wijk_store_write_scenario (cache, item, error));
  return TRUE;
}

#undef WRITE_EACH
