/* wijk-store-read.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "wijk-catalog.h"
#include "wijk-geometry.h"
#include "wijk-store-private.h"
#include "wijk-validate.h"

/* Reading the workshop from a file that may come from anyone: every value
 * is checked for its type, range and enumeration before it reaches the
 * model, and the model is then validated as a whole. A refusal names the
 * table, the row and the column. */

typedef struct
{
  sqlite3      *db;
  const char   *path;
  const char   *table;
  sqlite3_stmt *stmt;
  char         *row_id;   /* for messages, set from column 0 */
  WijkAction   *parent;   /* the last action a child row named */
} Row;

static gboolean
bad_value (Row         *r,
           int          col,
           const char  *why,
           GError     **error)
{
  g_autofree char *name = g_filename_display_name (r->path);

  g_set_error (error, WIJK_STORE_ERROR, WIJK_STORE_ERROR_INVALID,
               _("“%s” holds an invalid value in table %s, row “%s”, column %s: %s"),
               name, r->table, r->row_id != NULL ? r->row_id : "?",
               sqlite3_column_name (r->stmt, col), why);
  return FALSE;
}

static gboolean
get_text (Row         *r,
          int          col,
          gboolean     nullable,
          char       **out,
          GError     **error)
{
  const char *text;
  int len;

  g_clear_pointer (out, g_free);
  switch (sqlite3_column_type (r->stmt, col))
    {
    case SQLITE_NULL:
      return nullable || bad_value (r, col, _("it is empty"), error);
    case SQLITE_TEXT:
      text = (const char *) sqlite3_column_text (r->stmt, col);
      len = sqlite3_column_bytes (r->stmt, col);
      if (text == NULL || (int) strlen (text) != len || !g_utf8_validate (text, len, NULL))
        return bad_value (r, col, _("it is not valid UTF-8 text"), error);
      *out = g_strndup (text, len);
      return TRUE;
    default:
      return bad_value (r, col, _("it is not text"), error);
    }
}

static gboolean
get_double (Row         *r,
            int          col,
            double      *out,
            GError     **error)
{
  int type = sqlite3_column_type (r->stmt, col);

  if (type != SQLITE_FLOAT && type != SQLITE_INTEGER)
    return bad_value (r, col, _("it is not a number"), error);
  *out = sqlite3_column_double (r->stmt, col);
  if (!isfinite (*out))
    return bad_value (r, col, _("it is not a finite number"), error);
  return TRUE;
}

static gboolean
get_int (Row         *r,
         int          col,
         gint64       min,
         gint64       max,
         gint64      *out,
         GError     **error)
{
  if (sqlite3_column_type (r->stmt, col) != SQLITE_INTEGER)
    return bad_value (r, col, _("it is not a whole number"), error);
  *out = sqlite3_column_int64 (r->stmt, col);
  if (*out < min || *out > max)
    {
      g_autofree char *why = g_strdup_printf (_("%lld is out of range"), (long long) *out);

      return bad_value (r, col, why, error);
    }
  return TRUE;
}

static gboolean
get_bool (Row         *r,
          int          col,
          gboolean    *out,
          GError     **error)
{
  gint64 value;

  if (!get_int (r, col, 0, 1, &value, error))
    return FALSE;
  *out = value != 0;
  return TRUE;
}

static gboolean
get_gint (Row         *r,
          int          col,
          gint        *out,
          GError     **error)
{
  gint64 value;

  if (!get_int (r, col, G_MININT, G_MAXINT, &value, error))
    return FALSE;
  *out = (gint) value;
  return TRUE;
}

static gboolean
unknown_value (Row         *r,
               int          col,
               const char  *value,
               GError     **error)
{
  g_autofree char *why = g_strdup_printf (_("“%s” is not a known value"), value);

  return bad_value (r, col, why, error);
}

/* Reads an enumeration column with one of the wijk_*_from_string()
 * functions of wijk-workshop.h. */
#define GET_ENUM(r, col, from_string, out, error)                            \
  G_STMT_START {                                                             \
    g_autofree char *str_ = NULL;                                            \
    if (!get_text ((r), (col), FALSE, &str_, (error)))                       \
      return FALSE;                                                          \
    if (!from_string (str_, (out)))                                          \
      return unknown_value ((r), (col), str_, (error));                      \
  } G_STMT_END

static gboolean
get_geometry (Row            *r,
              int             col,
              gboolean        nullable,
              WijkGeometry  **out,
              GError        **error)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) local_error = NULL;

  *out = NULL;
  if (!get_text (r, col, nullable, &text, error))
    return FALSE;
  if (text == NULL)
    return TRUE;
  *out = wijk_geometry_from_geojson (text, &local_error);
  if (*out == NULL)
    return bad_value (r, col, local_error->message, error);
  return TRUE;
}

/* Runs @sql and calls @read_row for each row; @read_row may use r->row_id,
 * which holds column 0 as text. */
typedef gboolean (*ReadRowFunc) (Row          *r,
                                 WijkWorkshop *ws,
                                 GError      **error);

static gboolean
read_table (sqlite3       *db,
            const char    *path,
            const char    *table,
            const char    *sql,
            ReadRowFunc    read_row,
            WijkWorkshop  *ws,
            GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  Row r = { db, path, table, NULL, NULL, NULL };
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, WIJK_STORE_ERROR, WIJK_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged: cannot read table %s (%s)"),
                   name, table, sqlite3_errmsg (db));
      return FALSE;
    }
  r.stmt = stmt;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gboolean ok;

      /* Without sqlite3_column_text() on other types, which would convert
       * the value and change what sqlite3_column_type() says. */
      if (sqlite3_column_type (stmt, 0) == SQLITE_TEXT)
        r.row_id = g_utf8_make_valid ((const char *) sqlite3_column_text (stmt, 0), -1);
      else if (sqlite3_column_type (stmt, 0) == SQLITE_INTEGER)
        r.row_id = g_strdup_printf ("%" G_GINT64_FORMAT,
                                    (gint64) sqlite3_column_int64 (stmt, 0));
      ok = read_row (&r, ws, error);
      g_clear_pointer (&r.row_id, g_free);
      if (!ok)
        return FALSE;
    }
  if (rc != SQLITE_DONE)
    {
      wijk_store_set_sqlite_error (error, db, rc, path);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_info (Row           *r,
           WijkWorkshop  *ws,
           GError       **error)
{
  if (ws->name != NULL)
    return bad_value (r, 0, _("there is more than one row"), error);

  return get_text (r, 1, FALSE, &ws->uuid, error) &&
         get_text (r, 2, FALSE, &ws->name, error) &&
         get_text (r, 3, TRUE, &ws->site, error) &&
         get_text (r, 4, TRUE, &ws->language, error) &&
         get_text (r, 5, TRUE, &ws->currency, error) &&
         get_gint (r, 6, &ws->baseline_year, error) &&
         get_gint (r, 7, &ws->target_year, error) &&
         get_double (r, 8, &ws->baseline_t_co2_per_year, error) &&
         get_double (r, 9, &ws->target_t_co2_per_year, error) &&
         get_double (r, 10, &ws->discount_rate, error) &&
         get_bool (r, 11, &ws->illustrative, error);
}

static gboolean
read_factor (Row           *r,
             WijkWorkshop  *ws,
             GError       **error)
{
  g_autoptr(WijkFactor) factor = wijk_factor_new (NULL);
  g_autofree char *tiers = NULL;

  if (!get_text (r, 0, FALSE, &factor->name, error) ||
      !get_double (r, 1, &factor->value, error) ||
      !get_text (r, 2, TRUE, &tiers, error) ||
      !get_text (r, 3, TRUE, &factor->unit, error) ||
      !get_text (r, 4, TRUE, &factor->source, error) ||
      !get_text (r, 5, TRUE, &factor->year, error) ||
      !get_text (r, 6, TRUE, &factor->confidence, error) ||
      !get_text (r, 7, TRUE, &factor->note, error))
    return FALSE;

  if (tiers != NULL)
    {
      g_autoptr(GError) local_error = NULL;

      factor->tiers = wijk_tiers_from_json (tiers, &local_error);
      if (factor->tiers == NULL)
        return bad_value (r, 2, local_error->message, error);
    }
  g_ptr_array_add (ws->factors, g_steal_pointer (&factor));
  return TRUE;
}

static gboolean
read_organisation (Row           *r,
                   WijkWorkshop  *ws,
                   GError       **error)
{
  g_autoptr(WijkOrganisation) org = wijk_organisation_new (NULL);

  if (!get_text (r, 0, FALSE, &org->id, error) ||
      !get_text (r, 1, FALSE, &org->name, error))
    return FALSE;
  GET_ENUM (r, 2, wijk_org_kind_from_string, &org->kind, error);
  if (!get_int (r, 3, 0, G_MAXINT64, &org->employees, error) ||
      !get_double (r, 4, &org->baseline_mwh_per_year, error) ||
      !get_double (r, 5, &org->baseline_t_co2_per_year, error) ||
      !get_text (r, 6, TRUE, &org->colour, error) ||
      !get_bool (r, 7, &org->illustrative, error))
    return FALSE;
  g_ptr_array_add (ws->organisations, g_steal_pointer (&org));
  return TRUE;
}

static gboolean
read_plot (Row           *r,
           WijkWorkshop  *ws,
           GError       **error)
{
  g_autoptr(WijkPlot) plot = wijk_plot_new (NULL);

  if (!get_text (r, 0, FALSE, &plot->id, error) ||
      !get_text (r, 1, TRUE, &plot->name, error) ||
      !get_text (r, 2, FALSE, &plot->kind, error) ||
      !get_text (r, 3, TRUE, &plot->owner_org, error) ||
      !get_geometry (r, 4, FALSE, &plot->geometry, error) ||
      !get_bool (r, 5, &plot->approximate, error))
    return FALSE;
  g_ptr_array_add (ws->plots, g_steal_pointer (&plot));
  return TRUE;
}

static gboolean
read_purchase_group (Row           *r,
                     WijkWorkshop  *ws,
                     GError       **error)
{
  g_autoptr(WijkPurchaseGroup) group = wijk_purchase_group_new (NULL);

  if (!get_text (r, 0, FALSE, &group->id, error) ||
      !get_text (r, 1, FALSE, &group->type, error) ||
      !get_text (r, 2, TRUE, &group->name, error))
    return FALSE;
  g_ptr_array_add (ws->purchase_groups, g_steal_pointer (&group));
  return TRUE;
}

static gboolean
read_action (Row           *r,
             WijkWorkshop  *ws,
             GError       **error)
{
  g_autoptr(WijkAction) action = wijk_action_new (NULL, NULL);
  g_autofree char *theme_str = NULL;
  const WijkActionType *type;
  WijkTheme theme;

  if (!get_text (r, 0, FALSE, &action->id, error) ||
      !get_text (r, 1, FALSE, &action->type, error))
    return FALSE;
  type = wijk_catalog_lookup (action->type);
  if (type == NULL)
    return unknown_value (r, 1, action->type, error);
  wijk_action_type_set_defaults (type, action);

  GET_ENUM (r, 2, wijk_theme_from_string, &theme, error);
  if (!get_text (r, 3, TRUE, &action->title, error) ||
      !get_text (r, 4, TRUE, &action->description, error))
    return FALSE;
  GET_ENUM (r, 5, wijk_status_from_string, &action->status, error);
  if (!get_gint (r, 6, &action->start_year, error) ||
      !get_text (r, 7, TRUE, &action->purchase_group, error))
    return FALSE;
  GET_ENUM (r, 8, wijk_purchase_status_from_string, &action->purchase_status, error);
  if (!get_geometry (r, 9, TRUE, &action->location, error))
    return FALSE;

  g_ptr_array_add (ws->actions, g_steal_pointer (&action));
  return TRUE;
}

/* Children of actions: column 0 is the action's id. */
static WijkAction *
find_parent (Row           *r,
             WijkWorkshop  *ws,
             GError       **error)
{
  WijkAction *action = r->parent;

  /* Children come sorted by action, so the search runs once per action. */
  if (action == NULL || g_strcmp0 (action->id, r->row_id) != 0)
    action = r->parent = wijk_workshop_find_action (ws, r->row_id);
  if (action == NULL)
    bad_value (r, 0, _("it names an action that is not there"), error);
  return action;
}

static gboolean
read_param (Row           *r,
            WijkWorkshop  *ws,
            GError       **error)
{
  WijkAction *action = find_parent (r, ws, error);
  g_autofree char *name = NULL;
  double value;
  gint index;

  if (action == NULL ||
      !get_text (r, 1, FALSE, &name, error) ||
      !get_double (r, 2, &value, error))
    return FALSE;
  index = wijk_action_type_find_param (wijk_catalog_lookup (action->type), name);
  if (index < 0)
    return unknown_value (r, 1, name, error);
  action->params[index] = value;
  return TRUE;
}

static gboolean
read_owner (Row           *r,
            WijkWorkshop  *ws,
            GError       **error)
{
  WijkAction *action = find_parent (r, ws, error);
  g_autoptr(WijkOwner) owner = wijk_owner_new (NULL);

  if (action == NULL || !get_text (r, 1, FALSE, &owner->org_id, error))
    return FALSE;
  GET_ENUM (r, 2, wijk_role_from_string, &owner->role, error);
  if (!get_double (r, 3, &owner->cost_share, error) ||
      !get_double (r, 4, &owner->benefit_share, error))
    return FALSE;
  g_ptr_array_add (action->owners, g_steal_pointer (&owner));
  return TRUE;
}

static gboolean
read_financing (Row           *r,
                WijkWorkshop  *ws,
                GError       **error)
{
  WijkAction *action = find_parent (r, ws, error);
  g_autoptr(WijkFinancing) line = wijk_financing_new (NULL);

  if (action == NULL || !get_text (r, 1, FALSE, &line->id, error))
    return FALSE;
  GET_ENUM (r, 2, wijk_financing_kind_from_string, &line->kind, error);
  if (!get_text (r, 3, TRUE, &line->org_id, error) ||
      !get_text (r, 4, TRUE, &line->label, error) ||
      !get_double (r, 5, &line->amount_eur, error) ||
      !get_double (r, 6, &line->share_of_capex, error) ||
      !get_double (r, 7, &line->rate, error) ||
      !get_gint (r, 8, &line->years, error) ||
      !get_double (r, 9, &line->savings_share, error))
    return FALSE;
  g_ptr_array_add (action->financing, g_steal_pointer (&line));
  return TRUE;
}

static gboolean
read_comment (Row           *r,
              WijkWorkshop  *ws,
              GError       **error)
{
  g_autoptr(WijkComment) comment = wijk_comment_new (NULL);

  if (!get_text (r, 0, FALSE, &comment->id, error) ||
      !get_text (r, 1, TRUE, &comment->action_id, error) ||
      !get_text (r, 2, TRUE, &comment->author, error) ||
      !get_text (r, 3, FALSE, &comment->text, error) ||
      !get_int (r, 4, 0, G_MAXINT64, &comment->created, error))
    return FALSE;
  g_ptr_array_add (ws->comments, g_steal_pointer (&comment));
  return TRUE;
}

static gboolean
read_approval (Row           *r,
               WijkWorkshop  *ws,
               GError       **error)
{
  g_autoptr(WijkApproval) approval = wijk_approval_new (NULL);

  if (!get_text (r, 0, FALSE, &approval->id, error) ||
      !get_text (r, 1, FALSE, &approval->action_id, error) ||
      !get_text (r, 2, FALSE, &approval->org_id, error) ||
      !get_bool (r, 3, &approval->approved, error) ||
      !get_text (r, 4, TRUE, &approval->note, error) ||
      !get_int (r, 5, 0, G_MAXINT64, &approval->created, error))
    return FALSE;
  g_ptr_array_add (ws->approvals, g_steal_pointer (&approval));
  return TRUE;
}

static gboolean
read_signature (Row           *r,
                WijkWorkshop  *ws,
                GError       **error)
{
  g_autoptr(WijkSignature) signature = wijk_signature_new (NULL);

  if (!get_text (r, 0, FALSE, &signature->id, error) ||
      !get_text (r, 1, FALSE, &signature->org_id, error) ||
      !get_text (r, 2, FALSE, &signature->signer_name, error) ||
      !get_text (r, 3, TRUE, &signature->signer_role, error) ||
      !get_int (r, 4, 0, G_MAXINT64, &signature->signed_at, error) ||
      !get_text (r, 5, TRUE, &signature->drawing, error))
    return FALSE;
  g_ptr_array_add (ws->signatures, g_steal_pointer (&signature));
  return TRUE;
}

static gboolean
read_scenario (Row           *r,
               WijkWorkshop  *ws,
               GError       **error)
{
  g_autoptr(WijkScenario) scenario = wijk_scenario_new (NULL);

  if (!get_text (r, 0, FALSE, &scenario->id, error) ||
      !get_text (r, 1, FALSE, &scenario->name, error) ||
      !get_text (r, 2, TRUE, &scenario->description, error) ||
      !get_text (r, 3, TRUE, &scenario->actions_json, error) ||
      !get_int (r, 4, 0, G_MAXINT64, &scenario->created, error))
    return FALSE;
  g_ptr_array_add (ws->scenarios, g_steal_pointer (&scenario));
  return TRUE;
}

typedef struct
{
  const char  *table;
  const char  *sql;
  ReadRowFunc  read_row;
} TableReader;

/* Referenced tables before the ones that refer to them; rows in the order
 * they were added (owners and financing lines in their own order). */
static const TableReader readers[] = {
  { "workshop",
    "SELECT id, uuid, name, site, language, currency, baseline_year, target_year,"
    " baseline_t_co2_per_year, target_t_co2_per_year, discount_rate, illustrative"
    " FROM workshop", read_info },
  { "factors",
    "SELECT name, value, tiers, unit, source, year, confidence, note"
    " FROM factors ORDER BY rowid", read_factor },
  { "organisations",
    "SELECT id, name, kind, employees, baseline_mwh_per_year, baseline_t_co2_per_year,"
    " colour, illustrative FROM organisations ORDER BY rowid", read_organisation },
  { "plots",
    "SELECT id, name, kind, owner_org, geometry, approximate FROM plots ORDER BY rowid",
    read_plot },
  { "purchase_groups",
    "SELECT id, type, name FROM purchase_groups ORDER BY rowid", read_purchase_group },
  { "actions",
    "SELECT id, type, theme, title, description, status, start_year, purchase_group,"
    " purchase_status, location FROM actions ORDER BY rowid", read_action },
  { "action_params",
    "SELECT action_id, name, value FROM action_params ORDER BY action_id", read_param },
  { "action_owners",
    "SELECT action_id, org_id, role, cost_share, benefit_share FROM action_owners"
    " ORDER BY action_id, position, rowid", read_owner },
  { "financing",
    "SELECT action_id, id, kind, org_id, label, amount_eur, share_of_capex, rate, years,"
    " savings_share FROM financing ORDER BY action_id, position, rowid", read_financing },
  { "comments",
    "SELECT id, action_id, author, text, created FROM comments ORDER BY rowid",
    read_comment },
  { "approvals",
    "SELECT id, action_id, org_id, approved, note, created FROM approvals ORDER BY rowid",
    read_approval },
  { "signatures",
    "SELECT id, org_id, signer_name, signer_role, signed_at, drawing FROM signatures"
    " ORDER BY rowid", read_signature },
  { "scenarios",
    "SELECT id, name, description, actions, created FROM scenarios ORDER BY rowid",
    read_scenario },
};

WijkWorkshop *
wijk_store_read_workshop (sqlite3     *db,
                          const char  *path,
                          GError     **error)
{
  g_autoptr(WijkWorkshop) ws = wijk_workshop_new ();
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = g_filename_display_name (path);

  for (guint i = 0; i < G_N_ELEMENTS (readers); i++)
    if (!read_table (db, path, readers[i].table, readers[i].sql, readers[i].read_row,
                     ws, error))
      return NULL;

  if (ws->name == NULL)
    {
      g_set_error (error, WIJK_STORE_ERROR, WIJK_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged: it has no workshop settings"), name);
      return NULL;
    }
  if (!wijk_validate_workshop (ws, &local_error))
    {
      g_set_error (error, WIJK_STORE_ERROR, WIJK_STORE_ERROR_INVALID,
                   _("“%s” holds an invalid workshop: %s"), name, local_error->message);
      return NULL;
    }
  return g_steal_pointer (&ws);
}
