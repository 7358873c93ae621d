/* wijk-store-util.c
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

#include "wijk-json-text.h"
#include "wijk-store-private.h"

/* Errors */

void
wijk_store_set_sqlite_error (GError     **error,
                             sqlite3     *db,
                             int          rc,
                             const char  *path)
{
  g_autofree char *name = g_filename_display_name (path);
  const char *detail = db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, WIJK_STORE_ERROR, WIJK_STORE_ERROR_LOCKED,
                   _("“%s” is in use by another program (%s)"), name, detail);
      break;
    case SQLITE_CORRUPT:
      g_set_error (error, WIJK_STORE_ERROR, WIJK_STORE_ERROR_CORRUPT,
                   _("“%s” is damaged (%s)"), name, detail);
      break;
    case SQLITE_NOTADB:
      g_set_error (error, WIJK_STORE_ERROR, WIJK_STORE_ERROR_NOT_A_WORKSHOP,
                   _("“%s” is not a Wijkpact workshop (%s)"), name, detail);
      break;
    case SQLITE_CONSTRAINT:
      g_set_error (error, WIJK_STORE_ERROR, WIJK_STORE_ERROR_INVALID,
                   _("“%s”: the change breaks a rule of the workshop (%s)"), name, detail);
      break;
    default:
      g_set_error (error, WIJK_STORE_ERROR, WIJK_STORE_ERROR_IO,
                   _("Cannot read or write “%s” (%s)"), name, detail);
      break;
    }
}

gboolean
wijk_store_exec (sqlite3     *db,
                 const char  *path,
                 const char  *sql,
                 GError     **error)
{
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      wijk_store_set_sqlite_error (error, db, rc, path);
      return FALSE;
    }
  return TRUE;
}

void
wijk_bind_text (sqlite3_stmt *stmt,
                int           index,
                const char   *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_STATIC);
}

/* Price tiers: a JSON array of {"min_quantity": q, "unit_price_eur": p}, as
 * in the workshop JSON. */

char *
wijk_tiers_to_json (const GArray *tiers)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_array (builder);
  for (guint i = 0; i < tiers->len; i++)
    {
      const WijkPriceTier *tier = &g_array_index (tiers, WijkPriceTier, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "min_quantity");
      json_builder_add_double_value (builder, tier->min_quantity);
      json_builder_set_member_name (builder, "unit_price_eur");
      json_builder_add_double_value (builder, tier->unit_price_eur);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  return wijk_json_write (root, FALSE);
}

static gboolean
read_tier_member (JsonObject  *object,
                  const char  *name,
                  double      *value)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  if (json_node_get_value_type (node) != G_TYPE_DOUBLE &&
      json_node_get_value_type (node) != G_TYPE_INT64)
    return FALSE;
  *value = json_node_get_double (node);
  return isfinite (*value);
}

GArray *
wijk_tiers_from_json (const char  *text,
                      GError     **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GArray) tiers = NULL;
  JsonArray *array;

  root = wijk_json_parse (text, strlen (text), error);
  if (root == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_ARRAY (root))
    {
      g_set_error (error, WIJK_STORE_ERROR, WIJK_STORE_ERROR_INVALID,
                   _("the price tiers are not a JSON array"));
      return NULL;
    }

  array = json_node_get_array (root);
  tiers = g_array_sized_new (FALSE, FALSE, sizeof (WijkPriceTier),
                             json_array_get_length (array));
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      WijkPriceTier tier;

      if (!JSON_NODE_HOLDS_OBJECT (node) ||
          json_object_get_size (json_node_get_object (node)) != 2 ||
          !read_tier_member (json_node_get_object (node), "min_quantity", &tier.min_quantity) ||
          !read_tier_member (json_node_get_object (node), "unit_price_eur",
                             &tier.unit_price_eur))
        {
          g_set_error (error, WIJK_STORE_ERROR, WIJK_STORE_ERROR_INVALID,
                       _("price tier %u is not an object with a finite “min_quantity” "
                         "and “unit_price_eur”"), i);
          return NULL;
        }
      g_array_append_val (tiers, tier);
    }
  return g_steal_pointer (&tiers);
}
