/* wijk-workshop-json.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Reading Workshop JSON (docs/workshop-json.md). The writer is in
 * wijk-workshop-json-dump.c. Sections are read in dependency order
 * (settings, factors, organisations, purchase groups, plots, actions, then
 * the records that refer to actions), whatever their order in the file, so
 * that every reference can be checked when its record is read. */

#define G_LOG_DOMAIN "wijk-json"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "wijk-catalog.h"
#include "wijk-geometry.h"
#include "wijk-json-reader.h"
#include "wijk-validate.h"
#include "wijk-workshop-json.h"

typedef struct
{
  WijkWorkshop *ws;
  GHashTable   *ids;    /* "<kind>\x1f<id>" → path of the first record */
} Reader;

/* A validation error from wijk-validate.h, with the record's path first. */
static void
fail_validation (GError     **error,
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
register_id (Reader      *r,
             const char  *kind,
             const char  *id,
             const char  *path,
             GError     **error)
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
check_org (Reader      *r,
           const char  *path,
           const char  *key,
           const char  *org_id,
           GError     **error)
{
  g_autofree char *sub = NULL;

  if (org_id == NULL || wijk_workshop_find_organisation (r->ws, org_id) != NULL)
    return TRUE;
  sub = wijk_json_member_path (path, key);
  wijk_json_fail (error, WIJK_JSON_ERROR_REFERENCE, sub, _("no organisation “%s”"), org_id);
  return FALSE;
}

static gboolean
check_action (Reader      *r,
              const char  *path,
              const char  *action_id,
              GError     **error)
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
begin_record (Reader             *r,
              JsonNode           *node,
              const char         *path,
              const char         *kind,
              const char * const *keys,
              char              **id,
              GError            **error)
{
  JsonObject *object = wijk_json_expect_object (node, path, error);

  if (object == NULL ||
      !wijk_json_check_keys (object, path, keys, error) ||
      !wijk_json_read_string (object, path, "id", TRUE, id, error) ||
      !register_id (r, kind, *id, path, error))
    return NULL;
  return object;
}

/* The workshop's settings */

static gboolean
read_settings (Reader      *r,
               JsonNode    *node,
               GError     **error)
{
  static const char * const keys[] = {
    "uuid", "name", "site", "language", "currency", "baseline_year", "target_year",
    "baseline_t_co2_per_year", "target_t_co2_per_year", "discount_rate", "illustrative", NULL
  };
  const char *path = "workshop";
  WijkWorkshop *ws = r->ws;
  g_autoptr(GError) local_error = NULL;
  JsonObject *object = wijk_json_expect_object (node, path, error);

  if (object == NULL ||
      !wijk_json_check_keys (object, path, keys, error) ||
      !wijk_json_read_string (object, path, "uuid", FALSE, &ws->uuid, error) ||
      !wijk_json_read_string (object, path, "name", TRUE, &ws->name, error) ||
      !wijk_json_read_string (object, path, "site", FALSE, &ws->site, error) ||
      !wijk_json_read_string (object, path, "language", FALSE, &ws->language, error) ||
      !wijk_json_read_string (object, path, "currency", FALSE, &ws->currency, error) ||
      !wijk_json_read_int (object, path, "baseline_year", &ws->baseline_year, error) ||
      !wijk_json_read_int (object, path, "target_year", &ws->target_year, error) ||
      !wijk_json_read_number (object, path, "baseline_t_co2_per_year", TRUE,
                              &ws->baseline_t_co2_per_year, error) ||
      !wijk_json_read_number (object, path, "target_t_co2_per_year", TRUE,
                              &ws->target_t_co2_per_year, error) ||
      !wijk_json_read_number (object, path, "discount_rate", TRUE, &ws->discount_rate, error) ||
      !wijk_json_read_bool (object, path, "illustrative", &ws->illustrative, error))
    return FALSE;

  if (!wijk_validate_workshop_info (ws, &local_error))
    {
      fail_validation (error, path, local_error);
      return FALSE;
    }
  return TRUE;
}

/* Factors */

static gboolean
read_tiers (JsonNode    *node,
            const char  *path,
            WijkFactor  *factor,
            GError     **error)
{
  static const char * const keys[] = { "min_quantity", "unit_price_eur", NULL };
  JsonArray *array = wijk_json_expect_array (node, path, error);

  if (array == NULL)
    return FALSE;

  factor->tiers = g_array_new (FALSE, FALSE, sizeof (WijkPriceTier));
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *sub = wijk_json_index_path (path, i);
      JsonObject *object = wijk_json_expect_object (json_array_get_element (array, i), sub, error);
      WijkPriceTier tier = { 0, 0 };

      if (object == NULL ||
          !wijk_json_check_keys (object, sub, keys, error) ||
          !wijk_json_read_number (object, sub, "min_quantity", TRUE, &tier.min_quantity, error) ||
          !wijk_json_read_number (object, sub, "unit_price_eur", TRUE, &tier.unit_price_eur, error))
        return FALSE;
      g_array_append_val (factor->tiers, tier);
    }
  return TRUE;
}

/* A factor given with its provenance: {"value" or "tiers", "unit", …}. */
static gboolean
read_factor_object (JsonNode    *node,
                    const char  *path,
                    gboolean     is_tiers,
                    WijkFactor  *factor,
                    GError     **error)
{
  static const char * const keys[] = {
    "value", "tiers", "unit", "source", "year", "confidence", "note", NULL
  };
  JsonObject *object = json_node_get_object (node);
  const char *wrong = is_tiers ? "value" : "tiers";

  if (!wijk_json_check_keys (object, path, keys, error))
    return FALSE;
  if (json_object_has_member (object, wrong))
    {
      g_autofree char *sub = wijk_json_member_path (path, wrong);

      wijk_json_fail (error, WIJK_JSON_ERROR_UNKNOWN_KEY, sub,
                      is_tiers ? _("unknown key (a price-tier table has “tiers”, not “value”)")
                               : _("unknown key (only a price-tier table has “tiers”)"));
      return FALSE;
    }
  if (is_tiers)
    {
      JsonNode *tiers;
      g_autofree char *sub = wijk_json_member_path (path, "tiers");

      if (!wijk_json_lookup (object, path, "tiers", TRUE, &tiers, error) ||
          !read_tiers (tiers, sub, factor, error))
        return FALSE;
    }
  else if (!wijk_json_read_number (object, path, "value", TRUE, &factor->value, error))
    return FALSE;

  g_clear_pointer (&factor->unit, g_free);
  return wijk_json_read_string (object, path, "unit", FALSE, &factor->unit, error) &&
         wijk_json_read_string (object, path, "source", FALSE, &factor->source, error) &&
         wijk_json_read_string (object, path, "year", FALSE, &factor->year, error) &&
         wijk_json_read_string (object, path, "confidence", FALSE, &factor->confidence, error) &&
         wijk_json_read_string (object, path, "note", FALSE, &factor->note, error);
}

/* Whether @name is a factor a workshop may hold: a default factor of the
 * catalogue, or the price-tier table of a type that is bought. */
static gboolean
is_known_factor (const char *name)
{
  g_autofree char *type_id = NULL;
  const WijkActionType *type;

  if (wijk_catalog_get_default_factor (name) != NULL)
    return TRUE;
  if (!wijk_factor_is_tiers (name))
    return FALSE;
  type_id = g_strndup (name, strlen (name) - strlen ("_price_tiers"));
  type = wijk_catalog_lookup (type_id);
  return type != NULL && type->quantity_param >= 0;
}

static WijkFactor *
read_factor (const char  *name,
             JsonNode    *node,
             const char  *path,
             GError     **error)
{
  g_autoptr(WijkFactor) factor = wijk_factor_new (name);
  g_autoptr(GError) local_error = NULL;
  const WijkFactor *standard = wijk_catalog_get_default_factor (name);
  gboolean is_tiers = wijk_factor_is_tiers (name);

  if (!is_known_factor (name))
    {
      wijk_json_fail (error, WIJK_JSON_ERROR_UNKNOWN_KEY, path, _("unknown factor"));
      return NULL;
    }

  /* A bare value keeps the factor's unit; its source no longer applies. */
  factor->unit = standard != NULL ? g_strdup (standard->unit) : NULL;

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      if (!read_factor_object (node, path, is_tiers, factor, error))
        return NULL;
    }
  else if (is_tiers)
    {
      if (!JSON_NODE_HOLDS_ARRAY (node))
        {
          wijk_json_fail (error, WIJK_JSON_ERROR_TYPE, path,
                          _("expected a price-tier table (an array) or an object"));
          return NULL;
        }
      if (!read_tiers (node, path, factor, error))
        return NULL;
    }
  else if (wijk_json_is_number (node))
    factor->value = json_node_get_double (node);
  else
    {
      wijk_json_fail (error, WIJK_JSON_ERROR_TYPE, path, _("expected a number or an object"));
      return NULL;
    }

  if (!wijk_validate_factor (factor, &local_error))
    {
      fail_validation (error, path, local_error);
      return NULL;
    }
  return g_steal_pointer (&factor);
}

static gboolean
factor_has_name (gconstpointer factor,
                 gconstpointer name)
{
  return g_strcmp0 (((const WijkFactor *) factor)->name, name) == 0;
}

static gboolean
read_factors (Reader      *r,
              JsonNode    *node,
              GError     **error)
{
  JsonObject *object;
  JsonObjectIter iter;
  const char *name;
  JsonNode *value;

  g_ptr_array_set_size (r->ws->factors, 0);
  g_ptr_array_extend_and_steal (r->ws->factors, wijk_catalog_dup_default_factors ());
  if (node == NULL)
    return TRUE;

  object = wijk_json_expect_object (node, "factors", error);
  if (object == NULL)
    return FALSE;

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &value))
    {
      g_autofree char *path = wijk_json_member_path ("factors", name);
      WijkFactor *factor = read_factor (name, value, path, error);
      guint index;

      if (factor == NULL)
        return FALSE;
      if (g_ptr_array_find_with_equal_func (r->ws->factors, name,
                                            factor_has_name, &index))
        {
          wijk_factor_free (g_ptr_array_index (r->ws->factors, index));
          g_ptr_array_index (r->ws->factors, index) = factor;
        }
      else
        g_ptr_array_add (r->ws->factors, factor);
    }
  return TRUE;
}

/* Organisations, purchase groups, plots */

static gpointer
read_organisation (Reader      *r,
                   JsonNode    *node,
                   const char  *path,
                   GError     **error)
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
      fail_validation (error, path, local_error);
      return NULL;
    }
  return g_steal_pointer (&org);
}

static gpointer
read_purchase_group (Reader      *r,
                     JsonNode    *node,
                     const char  *path,
                     GError     **error)
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
      fail_validation (error, path, local_error);
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

static gpointer
read_plot (Reader      *r,
           JsonNode    *node,
           const char  *path,
           GError     **error)
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
      fail_validation (error, path, local_error);
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
read_owners (Reader      *r,
             JsonObject  *object,
             const char  *path,
             WijkAction  *action,
             GError     **error)
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
read_financing (Reader      *r,
                JsonObject  *object,
                const char  *path,
                WijkAction  *action,
                GError     **error)
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
check_purchase_group (Reader      *r,
                      const char  *path,
                      const char  *group_id,
                      GError     **error)
{
  g_autofree char *sub = NULL;

  if (group_id == NULL || wijk_workshop_find_purchase_group (r->ws, group_id) != NULL)
    return TRUE;
  sub = wijk_json_member_path (path, "purchase_group");
  wijk_json_fail (error, WIJK_JSON_ERROR_REFERENCE, sub, _("no purchase group “%s”"), group_id);
  return FALSE;
}

static gpointer
read_action (Reader      *r,
             JsonNode    *node,
             const char  *path,
             GError     **error)
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
      fail_validation (error, path, local_error);
      return NULL;
    }
  return g_steal_pointer (&action);
}

/* Comments, approvals, signatures, scenarios */

static gpointer
read_comment (Reader      *r,
              JsonNode    *node,
              const char  *path,
              GError     **error)
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
      fail_validation (error, path, local_error);
      return NULL;
    }
  return g_steal_pointer (&comment);
}

static gpointer
read_approval (Reader      *r,
               JsonNode    *node,
               const char  *path,
               GError     **error)
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
      fail_validation (error, path, local_error);
      return NULL;
    }
  return g_steal_pointer (&approval);
}

static gpointer
read_signature (Reader      *r,
                JsonNode    *node,
                const char  *path,
                GError     **error)
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
      fail_validation (error, path, local_error);
      return NULL;
    }
  return g_steal_pointer (&signature);
}

static gpointer
read_scenario (Reader      *r,
               JsonNode    *node,
               const char  *path,
               GError     **error)
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
      fail_validation (error, path, local_error);
      return NULL;
    }
  return g_steal_pointer (&scenario);
}

/* The document */

typedef gpointer (*ReadRecord) (Reader      *r,
                                JsonNode    *node,
                                const char  *path,
                                GError     **error);

static gboolean
read_section (Reader      *r,
              JsonObject  *root,
              const char  *key,
              ReadRecord   read,
              GPtrArray   *records,
              GError     **error)
{
  JsonNode *node = wijk_json_member (root, key);
  JsonArray *array;

  if (node == NULL)
    return TRUE;
  array = wijk_json_expect_array (node, key, error);
  if (array == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = wijk_json_index_path (key, i);
      gpointer record = read (r, json_array_get_element (array, i), path, error);

      if (record == NULL)
        return FALSE;
      g_ptr_array_add (records, record);
    }
  return TRUE;
}

static gboolean
read_header (JsonObject  *root,
             GError     **error)
{
  g_autofree char *format = NULL;
  gint64 version = 0;

  if (!wijk_json_read_string (root, "", "format", TRUE, &format, error))
    return FALSE;
  if (strcmp (format, WIJK_WORKSHOP_JSON_FORMAT) != 0)
    {
      wijk_json_fail (error, WIJK_JSON_ERROR_FORMAT, "format",
                      _("“%s” is not a Wijkpact workshop (expected “%s”)"),
                      format, WIJK_WORKSHOP_JSON_FORMAT);
      return FALSE;
    }
  if (wijk_json_member (root, "version") == NULL)
    {
      wijk_json_fail (error, WIJK_JSON_ERROR_MISSING, NULL,
                      _("missing required key “%s”"), "version");
      return FALSE;
    }
  if (!wijk_json_read_integer (root, "", "version", 1, G_MAXINT, &version, error))
    return FALSE;
  if (version > WIJK_WORKSHOP_JSON_VERSION)
    {
      wijk_json_fail (error, WIJK_JSON_ERROR_FORMAT, "version",
                      _("version %" G_GINT64_FORMAT " is newer than this Wijkpact reads "
                        "(up to %d)"),
                      version, WIJK_WORKSHOP_JSON_VERSION);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_document (Reader      *r,
               JsonNode    *root_node,
               GError     **error)
{
  static const char * const keys[] = {
    "format", "version", "workshop", "factors", "organisations", "plots", "actions",
    "purchase_groups", "comments", "approvals", "signatures", "scenarios", NULL
  };
  WijkWorkshop *ws = r->ws;
  JsonObject *root;
  JsonNode *settings;

  if (root_node == NULL || !JSON_NODE_HOLDS_OBJECT (root_node))
    {
      wijk_json_fail (error, WIJK_JSON_ERROR_FORMAT, NULL,
                      _("not a Wijkpact workshop: the document is not a JSON object"));
      return FALSE;
    }
  root = json_node_get_object (root_node);

  if (!read_header (root, error) ||
      !wijk_json_check_keys (root, "", keys, error) ||
      !wijk_json_lookup (root, "", "workshop", TRUE, &settings, error) ||
      !read_settings (r, settings, error) ||
      !read_factors (r, wijk_json_member (root, "factors"), error))
    return FALSE;

  return read_section (r, root, "organisations", read_organisation, ws->organisations, error) &&
         read_section (r, root, "purchase_groups", read_purchase_group, ws->purchase_groups,
                       error) &&
         read_section (r, root, "plots", read_plot, ws->plots, error) &&
         read_section (r, root, "actions", read_action, ws->actions, error) &&
         read_section (r, root, "comments", read_comment, ws->comments, error) &&
         read_section (r, root, "approvals", read_approval, ws->approvals, error) &&
         read_section (r, root, "signatures", read_signature, ws->signatures, error) &&
         read_section (r, root, "scenarios", read_scenario, ws->scenarios, error);
}

WijkWorkshop *
wijk_workshop_json_load_node (JsonNode  *root,
                              GError   **error)
{
  g_autoptr(WijkWorkshop) ws = wijk_workshop_new ();
  g_autoptr(GError) local_error = NULL;
  Reader r = { ws, NULL };
  gboolean ok;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  r.ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  ok = read_document (&r, root, error);
  g_hash_table_unref (r.ids);
  if (!ok)
    return NULL;

  /* Every record was checked on its own, with its path; this is the net
   * under rules that span records. */
  if (!wijk_validate_workshop (ws, &local_error))
    {
      fail_validation (error, NULL, local_error);
      return NULL;
    }
  return g_steal_pointer (&ws);
}

WijkWorkshop *
wijk_workshop_json_load (const char  *text,
                         gsize        len,
                         GError     **error)
{
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (text != NULL || len == 0, NULL);

  root = wijk_json_parse (text, len, error);
  if (root == NULL)
    return NULL;
  return wijk_workshop_json_load_node (root, error);
}

WijkWorkshop *
wijk_workshop_json_load_file (const char  *path,
                              GError     **error)
{
  g_autofree char *text = NULL;
  gsize len = 0;

  g_return_val_if_fail (path != NULL, NULL);

  if (!g_file_get_contents (path, &text, &len, error))
    return NULL;
  return wijk_workshop_json_load (text, len, error);
}
