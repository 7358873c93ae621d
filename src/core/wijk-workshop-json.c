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
#include "wijk-workshop-json-private.h"

/* The workshop's settings */

static gboolean
read_settings (WijkWorkshopReader  *r,
               JsonNode            *node,
               GError             **error)
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
      wijk_workshop_reader_fail (error, path, local_error);
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
      wijk_workshop_reader_fail (error, path, local_error);
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
read_factors (WijkWorkshopReader  *r,
              JsonNode            *node,
              GError             **error)
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

/* The document */

static gboolean
read_section (WijkWorkshopReader      *r,
              JsonObject              *root,
              const char              *key,
              WijkWorkshopReadRecord   read,
              GPtrArray               *records,
              GError                 **error)
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
                      _("version %lld is newer than this Wijkpact reads (up to %d)"),
                      (long long) version, WIJK_WORKSHOP_JSON_VERSION);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_document (WijkWorkshopReader  *r,
               JsonNode            *root_node,
               GError             **error)
{
  static const char * const keys[] = {
    "format", "version", "workshop", "factors", "organisations", "plots", "actions",
    "purchase_groups", "comments", "approvals", "signatures", "scenarios", NULL
  };
  /* In dependency order: a record refers only to records read before. */
  static const struct
  {
    const char             *key;
    WijkWorkshopReadRecord  read;
    gsize                   offset;
  } sections[] = {
    { "organisations", wijk_workshop_reader_read_organisation,
      G_STRUCT_OFFSET (WijkWorkshop, organisations) },
    { "purchase_groups", wijk_workshop_reader_read_purchase_group,
      G_STRUCT_OFFSET (WijkWorkshop, purchase_groups) },
    { "plots", wijk_workshop_reader_read_plot, G_STRUCT_OFFSET (WijkWorkshop, plots) },
    { "actions", wijk_workshop_reader_read_action, G_STRUCT_OFFSET (WijkWorkshop, actions) },
    { "comments", wijk_workshop_reader_read_comment, G_STRUCT_OFFSET (WijkWorkshop, comments) },
    { "approvals", wijk_workshop_reader_read_approval, G_STRUCT_OFFSET (WijkWorkshop, approvals) },
    { "signatures", wijk_workshop_reader_read_signature,
      G_STRUCT_OFFSET (WijkWorkshop, signatures) },
    { "scenarios", wijk_workshop_reader_read_scenario, G_STRUCT_OFFSET (WijkWorkshop, scenarios) },
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

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      GPtrArray *records = G_STRUCT_MEMBER (GPtrArray *, ws, sections[i].offset);

      if (!read_section (r, root, sections[i].key, sections[i].read, records, error))
        return FALSE;
    }
  return TRUE;
}

WijkWorkshop *
wijk_workshop_json_load_node (JsonNode  *root,
                              GError   **error)
{
  g_autoptr(WijkWorkshop) ws = wijk_workshop_new ();
  g_autoptr(GError) local_error = NULL;
  WijkWorkshopReader r = { ws, NULL };
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
      wijk_workshop_reader_fail (error, NULL, local_error);
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
