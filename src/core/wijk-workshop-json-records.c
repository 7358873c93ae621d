/* wijk-workshop-json-records.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Reading the records of Workshop JSON (docs/workshop-json.md):
 * organisations, purchase groups, plots, actions with their owners and
 * financing, comments, approvals, signatures and scenarios. Each reader
 * checks the record's keys, its id, its references and its values. */

#define G_LOG_DOMAIN "wijk-json"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "wijk-catalog.h"
#include "wijk-geometry.h"
#include "wijk-json-reader.h"
#include "wijk-validate.h"
#include "wijk-workshop-json-private.h"

/* A validation error from wijk-validate.h, with the record's path first. */
void
wijk_workshop_reader_fail (GError     **error,
                           const char  *path,
                           GError      *cause)
{
  wijk_json_fail (error, WIJK_JSON_ERROR_INVALID, path, "%s", cause->message);
}

/* Enumerations */

static const char *
org_kind_name (guint value)
{
  return wijk_org_kind_to_string ((WijkOrgKind) value);
}

static const char *
status_name (guint value)
{
  return wijk_status_to_string ((WijkStatus) value);
}

static const char *
role_name (guint value)
{
  return wijk_role_to_string ((WijkRole) value);
}

static const char *
purchase_status_name (guint value)
{
  return wijk_purchase_status_to_string ((WijkPurchaseStatus) value);
}

static const char *
financing_kind_name (guint value)
{
  return wijk_financing_kind_to_string ((WijkFinancingKind) value);
}

/* Ids and references */

static gboolean
register_id (WijkWorkshopReader  *r,
             const char          *kind,
             const char          *id,
             const char          *path,
             GError             **error)
{
  char *key = g_strconcat (kind, "\x1f", id, NULL);
  const char *first = g_hash_table_lookup (r->ids, key);

  if (first != NULL)
    {
      g_autofree char *sub = wijk_json_member_path (path, "id");

      wijk_json_fail (error, WIJK_JSON_ERROR_DUPLICATE, sub,
                      _("duplicate id “%s” (also at %s)"), id, first);
      g_free (key);
      return FALSE;
    }
  g_hash_table_insert (r->ids, key, g_strdup (path));
  return TRUE;
}

static gboolean
check_org (WijkWorkshopReader  *r,
           const char          *path,
           const char          *key,
           const char          *org_id,
           GError             **error)
{
  g_autofree char *sub = NULL;

  if (org_id == NULL || wijk_workshop_find_organisation (r->ws, org_id) != NULL)
    return TRUE;
  sub = wijk_json_member_path (path, key);
  wijk_json_fail (error, WIJK_JSON_ERROR_REFERENCE, sub, _("no organisation “%s”"), org_id);
  return FALSE;
}

static gboolean
check_action (WijkWorkshopReader  *r,
              const char          *path,
              const char          *action_id,
              GError             **error)
{
  g_autofree char *sub = NULL;

  if (action_id == NULL || wijk_workshop_find_action (r->ws, action_id) != NULL)
    return TRUE;
  sub = wijk_json_member_path (path, "action");
  wijk_json_fail (error, WIJK_JSON_ERROR_REFERENCE, sub, _("no action “%s”"), action_id);
  return FALSE;
}

/* Reads the record's object, checks its keys, its id (required, unique
 * within @kind). */
static JsonObject *
begin_record (WijkWorkshopReader  *r,
              JsonNode            *node,
              const char          *path,
              const char          *kind,
              const char * const  *keys,
              char               **id,
              GError             **error)
{
  JsonObject *object = wijk_json_expect_object (node, path, error);

  if (object == NULL ||
      !wijk_json_check_keys (object, path, keys, error) ||
      !wijk_json_read_string (object, path, "id", TRUE, id, error) ||
      !register_id (r, kind, *id, path, error))
    return NULL;
  return object;
}

/* Organisations, purchase groups, plots */

gpointer
wijk_workshop_reader_read_organisation (WijkWorkshopReader  *r,
                                        JsonNode            *node,
                                        const char          *path,
                                        GError             **error)
{
  static const char * const keys[] = {
    "id", "name", "kind", "employees", "baseline_mwh_per_year", "baseline_t_co2_per_year",
    "colour", "illustrative", NULL
  };
  g_autoptr(WijkOrganisation) org = wijk_organisation_new (NULL);
  g_autoptr(GError) local_error = NULL;
  JsonObject *object;
  guint kind = org->kind;

  object = begin_record (r, node, path, "organisation", keys, &org->id, error);
  if (object == NULL ||
      !wijk_json_read_string (object, path, "name", TRUE, &org->name, error) ||
      !wijk_json_read_enum (object, path, "kind", TRUE, org_kind_name, WIJK_N_ORG_KINDS, &kind,
                            error) ||
      !wijk_json_read_integer (object, path, "employees", 0, G_MAXINT64, &org->employees, error) ||
      !wijk_json_read_number (object, path, "baseline_mwh_per_year", FALSE,
                              &org->baseline_mwh_per_year, error) ||
      !wijk_json_read_number (object, path, "baseline_t_co2_per_year", FALSE,
                              &org->baseline_t_co2_per_year, error) ||
      !wijk_json_read_string (object, path, "colour", FALSE, &org->colour, error) ||
      !wijk_json_read_bool (object, path, "illustrative", &org->illustrative, error))
    return NULL;
  org->kind = (WijkOrgKind) kind;

  if (!wijk_validate_organisation (org, &local_error))
    {
      wijk_workshop_reader_fail (error, path, local_error);
      return NULL;
    }
  return g_steal_pointer (&org);
}

gpointer
wijk_workshop_reader_read_purchase_group (WijkWorkshopReader  *r,
                                          JsonNode            *node,
                                          const char          *path,
                                          GError             **error)
{
  static const char * const keys[] = { "id", "type", "name", NULL };
  g_autoptr(WijkPurchaseGroup) group = wijk_purchase_group_new (NULL);
  g_autoptr(GError) local_error = NULL;
  JsonObject *object;

  object = begin_record (r, node, path, "purchase group", keys, &group->id, error);
  if (object == NULL ||
      !wijk_json_read_string (object, path, "type", TRUE, &group->type, error) ||
      !wijk_json_read_string (object, path, "name", FALSE, &group->name, error))
    return NULL;

  if (!wijk_validate_purchase_group (group, &local_error))
    {
      wijk_workshop_reader_fail (error, path, local_error);
      return NULL;
    }
  return g_steal_pointer (&group);
}

static WijkGeometry *
read_geometry (JsonObject  *object,
               const char  *path,
               const char  *key,
               gboolean     required,
               GError     **error)
{
  g_autofree char *sub = NULL;
  g_autoptr(GError) local_error = NULL;
  WijkGeometry *geometry;
  JsonNode *node;

  if (!wijk_json_lookup (object, path, key, required, &node, error) || node == NULL)
    return NULL;

  sub = wijk_json_member_path (path, key);
  geometry = wijk_geometry_from_json_node_at (node, sub, &local_error);
  if (geometry == NULL)
    wijk_json_fail (error, WIJK_JSON_ERROR_INVALID, NULL, "%s", local_error->message);
  return geometry;
}

gpointer
wijk_workshop_reader_read_plot (WijkWorkshopReader  *r,
                                JsonNode            *node,
                                const char          *path,
                                GError             **error)
{
  static const char * const keys[] = {
    "id", "name", "kind", "owner", "approximate", "geometry", NULL
  };
  g_autoptr(WijkPlot) plot = wijk_plot_new (NULL);
  g_autoptr(GError) local_error = NULL;
  JsonObject *object;

  object = begin_record (r, node, path, "plot", keys, &plot->id, error);
  if (object == NULL ||
      !wijk_json_read_string (object, path, "name", FALSE, &plot->name, error) ||
      !wijk_json_read_string (object, path, "kind", FALSE, &plot->kind, error) ||
      !wijk_json_read_string (object, path, "owner", FALSE, &plot->owner_org, error) ||
      !check_org (r, path, "owner", plot->owner_org, error) ||
      !wijk_json_read_bool (object, path, "approximate", &plot->approximate, error))
    return NULL;

  plot->geometry = read_geometry (object, path, "geometry", TRUE, error);
  if (plot->geometry == NULL)
    return NULL;

  if (!wijk_validate_plot (r->ws, plot, &local_error))
    {
      wijk_workshop_reader_fail (error, path, local_error);
      return NULL;
    }
  return g_steal_pointer (&plot);
}

/* Actions */

static gboolean
read_params (JsonObject            *object,
             const char            *path,
             const WijkActionType  *type,
             WijkAction            *action,
             GError               **error)
{
  g_autofree char *params_path = wijk_json_member_path (path, "params");
  JsonObject *params;
  JsonObjectIter iter;
  const char *name;
  JsonNode *value;
  JsonNode *node;

  if (!wijk_json_lookup (object, path, "params", TRUE, &node, error))
    return FALSE;
  params = wijk_json_expect_object (node, params_path, error);
  if (params == NULL)
    return FALSE;

  wijk_action_type_set_defaults (type, action);
  json_object_iter_init_ordered (&iter, params);
  while (json_object_iter_next_ordered (&iter, &name, &value))
    {
      g_autofree char *sub = wijk_json_member_path (params_path, name);
      gint index = wijk_action_type_find_param (type, name);

      if (index < 0)
        {
          wijk_json_fail (error, WIJK_JSON_ERROR_UNKNOWN_KEY, sub, _("unknown parameter"));
          return FALSE;
        }
      if (!wijk_json_is_number (value))
        {
          wijk_json_fail (error, WIJK_JSON_ERROR_TYPE, sub, _("expected a number"));
          return FALSE;
        }
      action->params[index] = json_node_get_double (value);
    }
  return TRUE;
}

static gboolean
read_owners (WijkWorkshopReader  *r,
             JsonObject          *object,
             const char          *path,
             WijkAction          *action,
             GError             **error)
{
  static const char * const keys[] = { "org", "role", "cost_share", "benefit_share", NULL };
  g_autofree char *owners_path = wijk_json_member_path (path, "owners");
  JsonArray *array;
  JsonNode *node;

  if (!wijk_json_lookup (object, path, "owners", TRUE, &node, error))
    return FALSE;
  array = wijk_json_expect_array (node, owners_path, error);
  if (array == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *sub = wijk_json_index_path (owners_path, i);
      g_autoptr(WijkOwner) owner = wijk_owner_new (NULL);
      JsonObject *item = wijk_json_expect_object (json_array_get_element (array, i), sub, error);
      guint role = owner->role;

      if (item == NULL ||
          !wijk_json_check_keys (item, sub, keys, error) ||
          !wijk_json_read_string (item, sub, "org", TRUE, &owner->org_id, error) ||
          !check_org (r, sub, "org", owner->org_id, error) ||
          !wijk_json_read_enum (item, sub, "role", FALSE, role_name, WIJK_N_ROLES, &role, error) ||
          !wijk_json_read_number (item, sub, "cost_share", FALSE, &owner->cost_share, error) ||
          !wijk_json_read_number (item, sub, "benefit_share", FALSE, &owner->benefit_share, error))
        return FALSE;
      owner->role = (WijkRole) role;
      g_ptr_array_add (action->owners, g_steal_pointer (&owner));
    }
  return TRUE;
}

static gboolean
read_financing (WijkWorkshopReader  *r,
                JsonObject          *object,
                const char          *path,
                WijkAction          *action,
                GError             **error)
{
  static const char * const keys[] = {
    "id", "kind", "org", "label", "amount_eur", "share_of_capex", "rate", "years",
    "savings_share", NULL
  };
  g_autofree char *lines_path = wijk_json_member_path (path, "financing");
  JsonArray *array;
  JsonNode *node;

  if (!wijk_json_lookup (object, path, "financing", FALSE, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;
  array = wijk_json_expect_array (node, lines_path, error);
  if (array == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *sub = wijk_json_index_path (lines_path, i);
      g_autoptr(WijkFinancing) line = wijk_financing_new (NULL);
      JsonObject *item;
      guint kind = 0;

      item = begin_record (r, json_array_get_element (array, i), sub, "financing", keys,
                           &line->id, error);
      if (item == NULL ||
          !wijk_json_read_enum (item, sub, "kind", TRUE, financing_kind_name,
                                WIJK_N_FINANCING_KINDS, &kind, error) ||
          !wijk_json_read_string (item, sub, "org", FALSE, &line->org_id, error) ||
          !check_org (r, sub, "org", line->org_id, error) ||
          !wijk_json_read_string (item, sub, "label", FALSE, &line->label, error) ||
          !wijk_json_read_number (item, sub, "amount_eur", FALSE, &line->amount_eur, error) ||
          !wijk_json_read_number (item, sub, "share_of_capex", FALSE, &line->share_of_capex,
                                  error) ||
          !wijk_json_read_number (item, sub, "rate", FALSE, &line->rate, error) ||
          !wijk_json_read_int (item, sub, "years", &line->years, error) ||
          !wijk_json_read_number (item, sub, "savings_share", FALSE, &line->savings_share, error))
        return FALSE;
      line->kind = (WijkFinancingKind) kind;
      g_ptr_array_add (action->financing, g_steal_pointer (&line));
    }
  return TRUE;
}

static gboolean
read_action_type (JsonObject            *object,
                  const char            *path,
                  WijkAction            *action,
                  const WijkActionType **type,
                  GError               **error)
{
  g_autofree char *sub = NULL;

  if (!wijk_json_read_string (object, path, "type", TRUE, &action->type, error))
    return FALSE;
  *type = wijk_catalog_lookup (action->type);
  if (*type == NULL)
    {
      sub = wijk_json_member_path (path, "type");
      wijk_json_fail (error, WIJK_JSON_ERROR_INVALID, sub, _("unknown action type “%s”"),
                      action->type);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_purchase_group (WijkWorkshopReader  *r,
                      const char          *path,
                      const char          *group_id,
                      GError             **error)
{
  g_autofree char *sub = NULL;

  if (group_id == NULL || wijk_workshop_find_purchase_group (r->ws, group_id) != NULL)
    return TRUE;
  sub = wijk_json_member_path (path, "purchase_group");
  wijk_json_fail (error, WIJK_JSON_ERROR_REFERENCE, sub, _("no purchase group “%s”"), group_id);
  return FALSE;
}

gpointer
wijk_workshop_reader_read_action (WijkWorkshopReader  *r,
                                  JsonNode            *node,
                                  const char          *path,
                                  GError             **error)
{
  static const char * const keys[] = {
    "id", "type", "title", "description", "status", "start_year", "params", "location",
    "owners", "financing", "purchase_group", "purchase_status", NULL
  };
  g_autoptr(WijkAction) action = wijk_action_new (NULL, NULL);
  g_autoptr(GError) local_error = NULL;
  const WijkActionType *type = NULL;
  JsonObject *object;
  guint status = WIJK_STATUS_IDEA;
  guint purchase_status = WIJK_PURCHASE_COMMITTED;

  object = begin_record (r, node, path, "action", keys, &action->id, error);
  if (object == NULL ||
      !read_action_type (object, path, action, &type, error) ||
      !wijk_json_read_string (object, path, "title", FALSE, &action->title, error) ||
      !wijk_json_read_string (object, path, "description", FALSE, &action->description, error) ||
      !wijk_json_read_enum (object, path, "status", FALSE, status_name, WIJK_N_STATUSES, &status,
                            error) ||
      !wijk_json_read_int (object, path, "start_year", &action->start_year, error) ||
      !read_params (object, path, type, action, error) ||
      !read_owners (r, object, path, action, error) ||
      !read_financing (r, object, path, action, error) ||
      !wijk_json_read_string (object, path, "purchase_group", FALSE, &action->purchase_group,
                              error) ||
      !check_purchase_group (r, path, action->purchase_group, error) ||
      !wijk_json_read_enum (object, path, "purchase_status", FALSE, purchase_status_name,
                            WIJK_N_PURCHASE_STATUSES, &purchase_status, error))
    return NULL;
  action->status = (WijkStatus) status;
  action->purchase_status = (WijkPurchaseStatus) purchase_status;

  /* The untranslated name, so that files do not depend on the locale. */
  if (action->title == NULL)
    action->title = g_strdup (type->name);

  if (wijk_json_member (object, "location") != NULL)
    {
      action->location = read_geometry (object, path, "location", FALSE, error);
      if (action->location == NULL)
        return NULL;
    }

  if (!wijk_validate_action (r->ws, action, &local_error))
    {
      wijk_workshop_reader_fail (error, path, local_error);
      return NULL;
    }
  return g_steal_pointer (&action);
}

/* Comments, approvals, signatures, scenarios */

gpointer
wijk_workshop_reader_read_comment (WijkWorkshopReader  *r,
                                   JsonNode            *node,
                                   const char          *path,
                                   GError             **error)
{
  static const char * const keys[] = { "id", "action", "author", "text", "created", NULL };
  g_autoptr(WijkComment) comment = wijk_comment_new (NULL);
  g_autoptr(GError) local_error = NULL;
  JsonObject *object;

  object = begin_record (r, node, path, "comment", keys, &comment->id, error);
  if (object == NULL ||
      !wijk_json_read_string (object, path, "action", FALSE, &comment->action_id, error) ||
      !check_action (r, path, comment->action_id, error) ||
      !wijk_json_read_string (object, path, "author", FALSE, &comment->author, error) ||
      !wijk_json_read_string (object, path, "text", TRUE, &comment->text, error) ||
      !wijk_json_read_integer (object, path, "created", 0, G_MAXINT64, &comment->created, error))
    return NULL;

  if (!wijk_validate_comment (r->ws, comment, &local_error))
    {
      wijk_workshop_reader_fail (error, path, local_error);
      return NULL;
    }
  return g_steal_pointer (&comment);
}

gpointer
wijk_workshop_reader_read_approval (WijkWorkshopReader  *r,
                                    JsonNode            *node,
                                    const char          *path,
                                    GError             **error)
{
  static const char * const keys[] = {
    "id", "action", "org", "approved", "note", "created", NULL
  };
  g_autoptr(WijkApproval) approval = wijk_approval_new (NULL);
  g_autoptr(GError) local_error = NULL;
  JsonObject *object;

  object = begin_record (r, node, path, "approval", keys, &approval->id, error);
  if (object == NULL ||
      !wijk_json_read_string (object, path, "action", TRUE, &approval->action_id, error) ||
      !check_action (r, path, approval->action_id, error) ||
      !wijk_json_read_string (object, path, "org", TRUE, &approval->org_id, error) ||
      !check_org (r, path, "org", approval->org_id, error) ||
      !wijk_json_read_bool (object, path, "approved", &approval->approved, error) ||
      !wijk_json_read_string (object, path, "note", FALSE, &approval->note, error) ||
      !wijk_json_read_integer (object, path, "created", 0, G_MAXINT64, &approval->created, error))
    return NULL;

  if (!wijk_validate_approval (r->ws, approval, &local_error))
    {
      wijk_workshop_reader_fail (error, path, local_error);
      return NULL;
    }
  return g_steal_pointer (&approval);
}

gpointer
wijk_workshop_reader_read_signature (WijkWorkshopReader  *r,
                                     JsonNode            *node,
                                     const char          *path,
                                     GError             **error)
{
  static const char * const keys[] = {
    "id", "org", "signer_name", "signer_role", "signed_at", "drawing", NULL
  };
  g_autoptr(WijkSignature) signature = wijk_signature_new (NULL);
  g_autoptr(GError) local_error = NULL;
  JsonObject *object;

  object = begin_record (r, node, path, "signature", keys, &signature->id, error);
  if (object == NULL ||
      !wijk_json_read_string (object, path, "org", TRUE, &signature->org_id, error) ||
      !check_org (r, path, "org", signature->org_id, error) ||
      !wijk_json_read_string (object, path, "signer_name", TRUE, &signature->signer_name, error) ||
      !wijk_json_read_string (object, path, "signer_role", FALSE, &signature->signer_role, error) ||
      !wijk_json_read_integer (object, path, "signed_at", 0, G_MAXINT64, &signature->signed_at,
                               error) ||
      !wijk_json_read_text (object, path, "drawing", &signature->drawing, error))
    return NULL;

  if (!wijk_validate_signature (r->ws, signature, &local_error))
    {
      wijk_workshop_reader_fail (error, path, local_error);
      return NULL;
    }
  return g_steal_pointer (&signature);
}

gpointer
wijk_workshop_reader_read_scenario (WijkWorkshopReader  *r,
                                    JsonNode            *node,
                                    const char          *path,
                                    GError             **error)
{
  static const char * const keys[] = {
    "id", "name", "description", "actions", "created", NULL
  };
  g_autoptr(WijkScenario) scenario = wijk_scenario_new (NULL);
  g_autoptr(GError) local_error = NULL;
  JsonObject *object;

  object = begin_record (r, node, path, "scenario", keys, &scenario->id, error);
  if (object == NULL ||
      !wijk_json_read_string (object, path, "name", TRUE, &scenario->name, error) ||
      !wijk_json_read_string (object, path, "description", FALSE, &scenario->description, error) ||
      !wijk_json_read_text (object, path, "actions", &scenario->actions_json, error) ||
      !wijk_json_read_integer (object, path, "created", 0, G_MAXINT64, &scenario->created, error))
    return NULL;

  if (!wijk_validate_scenario (scenario, &local_error))
    {
      wijk_workshop_reader_fail (error, path, local_error);
      return NULL;
    }
  return g_steal_pointer (&scenario);
}
