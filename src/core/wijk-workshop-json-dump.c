/* wijk-workshop-json-dump.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Writing Workshop JSON (docs/workshop-json.md). The key order here is the
 * documented one; what is left out is what the reader fills in the same
 * way, so that export → import → export gives the same bytes. */

#define G_LOG_DOMAIN "wijk-json"

#include "config.h"

#include <string.h>

#include "wijk-catalog.h"
#include "wijk-geometry.h"
#include "wijk-json-text.h"
#include "wijk-workshop-json.h"

static void
set_string (JsonObject *object,
            const char *key,
            const char *value)
{
  if (value != NULL)
    json_object_set_string_member (object, key, value);
}

static void
set_year (JsonObject *object,
          const char *key,
          gint        year)
{
  if (year != 0)
    json_object_set_int_member (object, key, year);
}

static void
set_geometry (JsonObject         *object,
              const char         *key,
              const WijkGeometry *geometry)
{
  if (geometry != NULL)
    json_object_set_member (object, key, wijk_geometry_to_json_node (geometry));
}

/* JSON kept as text: embedded as JSON when it is, else as a string. */
static void
set_json_text (JsonObject *object,
               const char *key,
               const char *text)
{
  g_autoptr(JsonNode) node = NULL;

  if (text == NULL)
    return;
  node = wijk_json_parse (text, strlen (text), NULL);
  if (node != NULL && !JSON_NODE_HOLDS_VALUE (node) && !JSON_NODE_HOLDS_NULL (node))
    json_object_set_member (object, key, g_steal_pointer (&node));
  else
    json_object_set_string_member (object, key, text);
}

static JsonNode *
object_node (JsonObject *object)
{
  return wijk_json_node_take_object (object);
}

static JsonNode *
array_node (JsonArray *array)
{
  return wijk_json_node_take_array (array);
}

/* The workshop's settings */

static JsonNode *
settings_to_node (const WijkWorkshop *ws)
{
  JsonObject *o = json_object_new ();

  set_string (o, "uuid", ws->uuid);
  set_string (o, "name", ws->name);
  set_string (o, "site", ws->site);
  /* What the reader fills in for a missing value is written out, so that a
   * second export equals the first. */
  set_string (o, "language", ws->language != NULL ? ws->language : "en");
  set_string (o, "currency", ws->currency != NULL ? ws->currency : "EUR");
  set_year (o, "baseline_year", ws->baseline_year);
  set_year (o, "target_year", ws->target_year);
  json_object_set_double_member (o, "baseline_t_co2_per_year", ws->baseline_t_co2_per_year);
  json_object_set_double_member (o, "target_t_co2_per_year", ws->target_t_co2_per_year);
  json_object_set_double_member (o, "discount_rate", ws->discount_rate);
  json_object_set_boolean_member (o, "illustrative", ws->illustrative);
  return object_node (o);
}

/* Factors */

static JsonNode *
tiers_to_node (const GArray *tiers)
{
  JsonArray *array = json_array_sized_new (tiers->len);

  for (guint i = 0; i < tiers->len; i++)
    {
      const WijkPriceTier *tier = &g_array_index (tiers, WijkPriceTier, i);
      JsonObject *o = json_object_new ();

      json_object_set_double_member (o, "min_quantity", tier->min_quantity);
      json_object_set_double_member (o, "unit_price_eur", tier->unit_price_eur);
      json_array_add_object_element (array, o);
    }
  return array_node (array);
}

static JsonNode *
factor_to_node (const WijkFactor *factor)
{
  JsonNode *value;
  JsonObject *o;

  value = factor->tiers != NULL ? tiers_to_node (factor->tiers)
                                : json_node_init_double (json_node_alloc (), factor->value);
  if (factor->unit == NULL && factor->source == NULL && factor->year == NULL &&
      factor->confidence == NULL && factor->note == NULL)
    return value;

  o = json_object_new ();
  json_object_set_member (o, factor->tiers != NULL ? "tiers" : "value", value);
  set_string (o, "unit", factor->unit);
  set_string (o, "source", factor->source);
  set_string (o, "year", factor->year);
  set_string (o, "confidence", factor->confidence);
  set_string (o, "note", factor->note);
  return object_node (o);
}

/* The catalogue's order first, then other factors by name: the same order
 * whatever order the workshop holds them in. */
static int
compare_factors (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  GHashTable *rank = user_data;
  const WijkFactor *fa = *(const WijkFactor **) a;
  const WijkFactor *fb = *(const WijkFactor **) b;
  guint ra = GPOINTER_TO_UINT (g_hash_table_lookup (rank, fa->name));
  guint rb = GPOINTER_TO_UINT (g_hash_table_lookup (rank, fb->name));

  /* Ranks start at 1; 0 (not in the catalogue) sorts last. */
  if (ra != rb)
    return ra == 0 ? 1 : rb == 0 ? -1 : ra < rb ? -1 : 1;
  return g_strcmp0 (fa->name, fb->name);
}

static JsonNode *
factors_to_node (const WijkWorkshop *ws)
{
  g_autoptr(GPtrArray) defaults = wijk_catalog_dup_default_factors ();
  g_autoptr(GHashTable) rank = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();
  JsonObject *o = json_object_new ();

  for (guint i = 0; i < defaults->len; i++)
    g_hash_table_insert (rank, ((WijkFactor *) g_ptr_array_index (defaults, i))->name,
                         GUINT_TO_POINTER (i + 1));
  for (guint i = 0; i < ws->factors->len; i++)
    g_ptr_array_add (sorted, g_ptr_array_index (ws->factors, i));
  g_ptr_array_sort_with_data (sorted, compare_factors, rank);

  for (guint i = 0; i < sorted->len; i++)
    {
      const WijkFactor *factor = g_ptr_array_index (sorted, i);

      if (factor->name != NULL)
        json_object_set_member (o, factor->name, factor_to_node (factor));
    }
  return object_node (o);
}

/* Records */

static JsonObject *
organisation_to_object (gconstpointer record)
{
  const WijkOrganisation *org = record;
  JsonObject *o = json_object_new ();

  set_string (o, "id", org->id);
  set_string (o, "name", org->name);
  set_string (o, "kind", wijk_org_kind_to_string (org->kind));
  json_object_set_int_member (o, "employees", org->employees);
  json_object_set_double_member (o, "baseline_mwh_per_year", org->baseline_mwh_per_year);
  json_object_set_double_member (o, "baseline_t_co2_per_year", org->baseline_t_co2_per_year);
  set_string (o, "colour", org->colour);
  json_object_set_boolean_member (o, "illustrative", org->illustrative);
  return o;
}

static JsonObject *
plot_to_object (gconstpointer record)
{
  const WijkPlot *plot = record;
  JsonObject *o = json_object_new ();

  set_string (o, "id", plot->id);
  set_string (o, "name", plot->name);
  set_string (o, "kind", plot->kind != NULL ? plot->kind : "plot");
  set_string (o, "owner", plot->owner_org);
  json_object_set_boolean_member (o, "approximate", plot->approximate);
  set_geometry (o, "geometry", plot->geometry);
  return o;
}

static JsonNode *
params_to_node (const WijkAction *action)
{
  const WijkActionType *type = wijk_catalog_lookup (action->type);
  JsonObject *o = json_object_new ();

  for (guint i = 0; type != NULL && i < type->n_params; i++)
    json_object_set_double_member (o, type->params[i].name, action->params[i]);
  return object_node (o);
}

static JsonNode *
owners_to_node (const GPtrArray *owners)
{
  JsonArray *array = json_array_sized_new (owners->len);

  for (guint i = 0; i < owners->len; i++)
    {
      const WijkOwner *owner = g_ptr_array_index (owners, i);
      JsonObject *o = json_object_new ();

      set_string (o, "org", owner->org_id);
      set_string (o, "role", wijk_role_to_string (owner->role));
      json_object_set_double_member (o, "cost_share", owner->cost_share);
      json_object_set_double_member (o, "benefit_share", owner->benefit_share);
      json_array_add_object_element (array, o);
    }
  return array_node (array);
}

static JsonNode *
financing_to_node (const GPtrArray *lines)
{
  JsonArray *array = json_array_sized_new (lines->len);

  for (guint i = 0; i < lines->len; i++)
    {
      const WijkFinancing *line = g_ptr_array_index (lines, i);
      JsonObject *o = json_object_new ();

      set_string (o, "id", line->id);
      set_string (o, "kind", wijk_financing_kind_to_string (line->kind));
      set_string (o, "org", line->org_id);
      set_string (o, "label", line->label);
      json_object_set_double_member (o, "amount_eur", line->amount_eur);
      json_object_set_double_member (o, "share_of_capex", line->share_of_capex);
      json_object_set_double_member (o, "rate", line->rate);
      json_object_set_int_member (o, "years", line->years);
      json_object_set_double_member (o, "savings_share", line->savings_share);
      json_array_add_object_element (array, o);
    }
  return array_node (array);
}

static JsonObject *
action_to_object (gconstpointer record)
{
  const WijkAction *action = record;
  const WijkActionType *type = wijk_catalog_lookup (action->type);
  JsonObject *o = json_object_new ();

  set_string (o, "id", action->id);
  set_string (o, "type", action->type);
  set_string (o, "title", action->title != NULL ? action->title
                                               : type != NULL ? type->name : NULL);
  set_string (o, "description", action->description);
  set_string (o, "status", wijk_status_to_string (action->status));
  set_year (o, "start_year", action->start_year);
  json_object_set_member (o, "params", params_to_node (action));
  set_geometry (o, "location", action->location);
  json_object_set_member (o, "owners", owners_to_node (action->owners));
  if (action->financing->len > 0)
    json_object_set_member (o, "financing", financing_to_node (action->financing));
  if (action->purchase_group != NULL)
    {
      set_string (o, "purchase_group", action->purchase_group);
      set_string (o, "purchase_status", wijk_purchase_status_to_string (action->purchase_status));
    }
  return o;
}

static JsonObject *
purchase_group_to_object (gconstpointer record)
{
  const WijkPurchaseGroup *group = record;
  JsonObject *o = json_object_new ();

  set_string (o, "id", group->id);
  set_string (o, "type", group->type);
  set_string (o, "name", group->name);
  return o;
}

static JsonObject *
comment_to_object (gconstpointer record)
{
  const WijkComment *comment = record;
  JsonObject *o = json_object_new ();

  set_string (o, "id", comment->id);
  set_string (o, "action", comment->action_id);
  set_string (o, "author", comment->author);
  set_string (o, "text", comment->text);
  json_object_set_int_member (o, "created", comment->created);
  return o;
}

static JsonObject *
approval_to_object (gconstpointer record)
{
  const WijkApproval *approval = record;
  JsonObject *o = json_object_new ();

  set_string (o, "id", approval->id);
  set_string (o, "action", approval->action_id);
  set_string (o, "org", approval->org_id);
  json_object_set_boolean_member (o, "approved", approval->approved);
  set_string (o, "note", approval->note);
  json_object_set_int_member (o, "created", approval->created);
  return o;
}

static JsonObject *
signature_to_object (gconstpointer record)
{
  const WijkSignature *signature = record;
  JsonObject *o = json_object_new ();

  set_string (o, "id", signature->id);
  set_string (o, "org", signature->org_id);
  set_string (o, "signer_name", signature->signer_name);
  set_string (o, "signer_role", signature->signer_role);
  json_object_set_int_member (o, "signed_at", signature->signed_at);
  set_json_text (o, "drawing", signature->drawing);
  return o;
}

static JsonObject *
scenario_to_object (gconstpointer record)
{
  const WijkScenario *scenario = record;
  JsonObject *o = json_object_new ();

  set_string (o, "id", scenario->id);
  set_string (o, "name", scenario->name);
  set_string (o, "description", scenario->description);
  set_json_text (o, "actions", scenario->actions_json);
  json_object_set_int_member (o, "created", scenario->created);
  return o;
}

typedef JsonObject *(*RecordToObject) (gconstpointer record);

static JsonNode *
records_to_node (const GPtrArray *records,
                 RecordToObject   to_object)
{
  JsonArray *array = json_array_sized_new (records->len);

  for (guint i = 0; i < records->len; i++)
    json_array_add_object_element (array, to_object (g_ptr_array_index (records, i)));
  return array_node (array);
}

JsonNode *
wijk_workshop_json_to_node (const WijkWorkshop *ws)
{
  JsonObject *root;

  g_return_val_if_fail (ws != NULL, NULL);

  root = json_object_new ();
  json_object_set_string_member (root, "format", WIJK_WORKSHOP_JSON_FORMAT);
  json_object_set_int_member (root, "version", WIJK_WORKSHOP_JSON_VERSION);
  json_object_set_member (root, "workshop", settings_to_node (ws));
  json_object_set_member (root, "factors", factors_to_node (ws));
  json_object_set_member (root, "organisations",
                          records_to_node (ws->organisations,
                                           organisation_to_object));
  json_object_set_member (root, "plots",
                          records_to_node (ws->plots, plot_to_object));
  json_object_set_member (root, "actions",
                          records_to_node (ws->actions, action_to_object));
  json_object_set_member (root, "purchase_groups",
                          records_to_node (ws->purchase_groups,
                                           purchase_group_to_object));
  json_object_set_member (root, "comments",
                          records_to_node (ws->comments, comment_to_object));
  json_object_set_member (root, "approvals",
                          records_to_node (ws->approvals, approval_to_object));
  json_object_set_member (root, "signatures",
                          records_to_node (ws->signatures,
                                           signature_to_object));
  json_object_set_member (root, "scenarios",
                          records_to_node (ws->scenarios, scenario_to_object));
  return object_node (root);
}

char *
wijk_workshop_json_dump (const WijkWorkshop *ws)
{
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (ws != NULL, NULL);

  root = wijk_workshop_json_to_node (ws);
  return wijk_json_write (root, TRUE);
}
