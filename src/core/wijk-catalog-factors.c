/* wijk-catalog-factors.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-catalog"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "wijk-catalog-private.h"
#include "wijk-core-resources.h"

#define FACTORS_RESOURCE "/io/github/wijkpact/Wijkpact/core/factors.json"

typedef struct
{
  const char *name;
  const char *symbol;
} FactorName;

/* In the order of WijkFactorId; symbols as in PRODUCT.md §3 and
 * docs/methodology.md. */
static const FactorName factor_names[WIJK_N_FACTORS] = {
  { "grid_kg_co2_per_kwh", "EF_el" },
  { "gas_kg_co2_per_kwh", "EF_gas" },
  { "car_g_co2_per_pkm", "EF_car" },
  { "bike_g_co2_per_pkm", "EF_bike" },
  { "bus_g_co2_per_pkm", "EF_bus" },
  { "car_g_co2_per_vkm", "EF_car_vkm" },
  { "ev_kwh_per_km", "ev_kwh_per_km" },
  { "workdays_per_year", "W" },
  { "car_cost_eur_per_km", "car_cost_km" },
  { "fuel_cost_eur_per_km", "fuel_cost_km" },
  { "pv_yield_kwh_per_kwp", "Y" },
  { "pv_degradation", "d" },
  { "pv_kwp_per_m2", "kwp_per_m2" },
  { "purchase_cancellation_rate", "cancellation" },
  { "pv_om_eur_per_kwp", "om_pv" },
  { "el_price_buy_eur_per_kwh", "p_el_buy" },
  { "el_price_sell_eur_per_kwh", "p_el_sell" },
  { "sharing_fee_eur_per_kwh", "sharing_fee" },
  { "gas_price_eur_per_kwh", "p_gas" },
  { "boiler_efficiency", "η_boiler" },
  { "heat_pump_scop", "SCOP" },
  { "heat_pump_eur_per_kw", "c_hp" },
  { "renovation_eur_per_m2", "c_renov" },
  { "renovation_heat_saving_kwh_m2", "heat_saving" },
  { "bike_place_eur", "c_bike_place" },
  { "charger_eur_per_point", "c_charger" },
  { "waste_t_co2_per_t", "EF_waste_avoided" },
  { "gate_fee_eur_per_t", "gate_fee" },
  { "embodied_t_co2_per_m2", "embodied_t_m2" },
  { "fitout_eur_per_m2", "c_fitout" },
  { "space_cost_eur_per_m2", "space_cost_m2" },
  { "depave_eur_per_m2", "c_depave" },
  { "rain_m_per_year", "rain_m" },
  { "runoff_paved", "runoff_paved" },
  { "runoff_green", "runoff_green" },
  { "green_roof_eur_per_m2", "c_green_roof" },
  { "green_roof_retention", "retention" },
  { "tree_eur", "c_tree" },
  { "tree_kg_co2_per_year", "seq_kg_tree" },
  { "tree_shade_m2", "shade_m2" },
  { "carbon_price_eur_per_t", "carbon_price" },
  { "discount_rate", "r" },
};

const char *
wijk_catalog_get_factor_name (WijkFactorId id)
{
  g_return_val_if_fail (id >= 0 && id < WIJK_N_FACTORS, NULL);
  return factor_names[id].name;
}

const char *
wijk_catalog_get_factor_symbol (WijkFactorId id)
{
  g_return_val_if_fail (id >= 0 && id < WIJK_N_FACTORS, NULL);
  return factor_names[id].symbol;
}

/* Names → ids (+ 1) of the scalar factors and of the tier factors (the
 * latter stored as -(type index + 1)), built once: computations look up
 * every factor of a workshop each time. */
static GHashTable *
get_name_index (void)
{
  static GHashTable *index;

  if (g_once_init_enter (&index))
    {
      GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; i < WIJK_N_FACTORS; i++)
        g_hash_table_insert (table, (char *) factor_names[i].name, GINT_TO_POINTER (i + 1));
      for (guint t = 0; t < wijk_catalog_get_n_types (); t++)
        {
          const char *name = wijk_action_type_get_tiers_factor (wijk_catalog_get_type (t));

          g_hash_table_insert (table, (char *) name, GINT_TO_POINTER (-(gint) t - 1));
        }
      g_once_init_leave (&index, table);
    }
  return index;
}

WijkFactorId
wijk_catalog_lookup_factor (const char *name)
{
  gint value;

  if (name == NULL)
    return WIJK_FACTOR_NONE;
  value = GPOINTER_TO_INT (g_hash_table_lookup (get_name_index (), name));
  return value > 0 ? (WijkFactorId) (value - 1) : WIJK_FACTOR_NONE;
}

gint
wijk_catalog_lookup_tiers_type (const char *name)
{
  gint value;

  if (name == NULL)
    return -1;
  value = GPOINTER_TO_INT (g_hash_table_lookup (get_name_index (), name));
  return value < 0 ? -value - 1 : -1;
}

gboolean
wijk_factor_is_tiers (const char *name)
{
  return name != NULL && g_str_has_suffix (name, "_price_tiers");
}

static const char *
get_member_string (JsonObject *object,
                   const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static GArray *
parse_tiers (JsonArray *array)
{
  GArray *tiers = g_array_sized_new (FALSE, FALSE, sizeof (WijkPriceTier),
                                     json_array_get_length (array));

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      WijkPriceTier tier;

      tier.min_quantity = json_object_get_double_member (object, "min_quantity");
      tier.unit_price_eur = json_object_get_double_member (object, "unit_price_eur");
      g_array_append_val (tiers, tier);
    }
  return tiers;
}

static WijkFactor *
parse_factor (JsonObject *object)
{
  WijkFactor *factor = wijk_factor_new (get_member_string (object, "name"));

  if (json_object_has_member (object, "tiers"))
    factor->tiers = parse_tiers (json_object_get_array_member (object, "tiers"));
  else
    factor->value = json_object_get_double_member (object, "value");
  factor->unit = g_strdup (get_member_string (object, "unit"));
  factor->source = g_strdup (get_member_string (object, "source"));
  factor->year = g_strdup (get_member_string (object, "year"));
  factor->confidence = g_strdup (get_member_string (object, "confidence"));
  factor->note = g_strdup (get_member_string (object, "note"));
  return factor;
}

/* The file is part of the build, so a failure here is a packaging bug. */
static GPtrArray *
load_default_factors (void)
{
  GPtrArray *factors = g_ptr_array_new_with_free_func ((GDestroyNotify) wijk_factor_free);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) error = NULL;
  JsonArray *array;

  bytes = g_resource_lookup_data (wijk_core_get_resource (), FACTORS_RESOURCE,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL ||
      !json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                   (gssize) g_bytes_get_size (bytes), &error))
    {
      g_critical ("Cannot read the default factors: %s", error->message);
      return factors;
    }

  array = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                        "factors");
  for (guint i = 0; i < json_array_get_length (array); i++)
    g_ptr_array_add (factors, parse_factor (json_array_get_object_element (array, i)));
  return factors;
}

typedef struct
{
  GPtrArray *factors;
  double values[WIJK_N_FACTORS];
  const GArray **tiers;     /* per type */
} Defaults;

/* Read once and kept for the life of the process. */
static const Defaults *
get_defaults (void)
{
  static Defaults *defaults;

  if (g_once_init_enter (&defaults))
    {
      Defaults *d = g_new0 (Defaults, 1);

      d->factors = load_default_factors ();
      d->tiers = g_new0 (const GArray *, wijk_catalog_get_n_types ());
      for (guint i = 0; i < d->factors->len; i++)
        {
          const WijkFactor *factor = g_ptr_array_index (d->factors, i);
          WijkFactorId id = wijk_catalog_lookup_factor (factor->name);
          gint type = wijk_catalog_lookup_tiers_type (factor->name);

          if (id != WIJK_FACTOR_NONE)
            d->values[id] = factor->value;
          else if (type >= 0)
            d->tiers[type] = factor->tiers;
        }
      g_once_init_leave (&defaults, d);
    }
  return defaults;
}

static GPtrArray *
get_default_factors (void)
{
  return get_defaults ()->factors;
}

const double *
wijk_catalog_get_default_values (void)
{
  return get_defaults ()->values;
}

const GArray *
wijk_catalog_get_default_tiers (guint type_index)
{
  g_return_val_if_fail (type_index < wijk_catalog_get_n_types (), NULL);
  return get_defaults ()->tiers[type_index];
}

const WijkFactor *
wijk_catalog_get_default_factor (const char *name)
{
  GPtrArray *defaults = get_default_factors ();

  if (name == NULL)
    return NULL;
  for (guint i = 0; i < defaults->len; i++)
    {
      const WijkFactor *factor = g_ptr_array_index (defaults, i);

      if (strcmp (factor->name, name) == 0)
        return factor;
    }
  return NULL;
}

GPtrArray *
wijk_catalog_dup_default_factors (void)
{
  GPtrArray *defaults = get_default_factors ();
  GPtrArray *copy = g_ptr_array_new_full (defaults->len, (GDestroyNotify) wijk_factor_free);

  for (guint i = 0; i < defaults->len; i++)
    g_ptr_array_add (copy, wijk_factor_copy (g_ptr_array_index (defaults, i)));
  return copy;
}
