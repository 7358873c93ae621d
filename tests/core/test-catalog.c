/* test-catalog.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "wijk-catalog.h"

/* The 14 types of PRODUCT.md §3 with their parameters, lifetime and
 * degradation, in catalogue order. */
typedef struct
{
  const char *id;
  const char *params[WIJK_MAX_PARAMS + 1];
  gint lifetime;
  double degradation;
  const char *quantity;
  const char *area;
} ExpectedType;

static const ExpectedType expected_types[] = {
  { "solar_pv", { "kwp", "self_consumption" }, 25, 0.005, "kwp", "kwp" },
  { "heat_pump", { "heat_mwh", "capacity_kw" }, 20, 0, "capacity_kw", NULL },
  { "renovation", { "floor_m2", "heat_saving_kwh_m2" }, 30, 0, "floor_m2", NULL },
  { "efficiency", { "kwh_saved", "capex" }, 15, 0, NULL, NULL },
  { "bike_shift", { "commuters", "one_way_km", "places" }, 15, 0, "places", NULL },
  { "shuttle", { "riders", "one_way_km", "yearly_cost" }, 10, 0, NULL, NULL },
  { "ev_charging", { "points", "km_per_point" }, 10, 0, "points", NULL },
  { "carpool", { "participants", "one_way_km", "occupancy" }, 5, 0, NULL, NULL },
  { "energy_sharing", { "shared_kwh" }, 10, 0, NULL, NULL },
  { "material_exchange", { "tonnes" }, 10, 0, NULL, NULL },
  { "shared_space", { "floor_m2" }, 20, 0, NULL, NULL },
  { "depaving", { "area_m2" }, 30, 0, "area_m2", "area_m2" },
  { "green_roof", { "area_m2" }, 40, 0, "area_m2", "area_m2" },
  { "trees", { "trees" }, 40, 0, "trees", NULL },
};

static void
test_types (void)
{
  g_assert_cmpuint (wijk_catalog_get_n_types (), ==, G_N_ELEMENTS (expected_types));

  for (guint i = 0; i < G_N_ELEMENTS (expected_types); i++)
    {
      const ExpectedType *e = &expected_types[i];
      const WijkActionType *type = wijk_catalog_lookup (e->id);
      guint n = 0;

      g_assert_nonnull (type);
      g_assert_true (type == wijk_catalog_get_type (i));
      g_assert_cmpint (wijk_catalog_get_type_index (type), ==, i);
      g_assert_cmpstr (type->id, ==, e->id);
      g_assert_nonnull (type->compute);
      g_assert_nonnull (wijk_action_type_get_name (type));
      g_assert_nonnull (wijk_action_type_get_description (type));
      g_assert_cmpint (type->theme, <, WIJK_N_THEMES);
      while (e->params[n] != NULL)
        n++;
      g_assert_cmpuint (type->n_params, ==, n);
      for (guint p = 0; p < n; p++)
        {
          const WijkParamSpec *spec = &type->params[p];

          g_assert_cmpstr (spec->name, ==, e->params[p]);
          g_assert_cmpint (wijk_action_type_find_param (type, e->params[p]), ==, p);
          g_assert_cmpfloat (spec->min, <=, spec->default_value);
          g_assert_cmpfloat (spec->default_value, <=, spec->max);
          g_assert_true (wijk_action_type_check_param (type, p, spec->default_value, NULL));
        }
      g_assert_cmpint (type->lifetime_years, ==, e->lifetime);
      g_assert_cmpfloat (type->degradation, ==, e->degradation);
      g_assert_cmpint (type->quantity_param, ==,
                       e->quantity ? wijk_action_type_find_param (type, e->quantity) : -1);
      g_assert_cmpint (type->area_param, ==,
                       e->area ? wijk_action_type_find_param (type, e->area) : -1);
      /* A bought type has a price: a flat factor or a tier table. */
      if (type->quantity_param >= 0)
        g_assert_true (type->price_factor != WIJK_FACTOR_NONE ||
                       wijk_catalog_get_default_factor (wijk_action_type_get_tiers_factor (type)));
      for (guint f = 0; type->factors[f] != NULL; f++)
        g_assert_nonnull (wijk_catalog_get_default_factor (type->factors[f]));
    }

  g_assert_null (wijk_catalog_lookup ("nuclear_plant"));
  g_assert_null (wijk_catalog_lookup (NULL));
  g_assert_cmpint (wijk_action_type_find_param (wijk_catalog_lookup ("solar_pv"), "kw"), ==, -1);
  g_assert_cmpstr (wijk_action_type_get_tiers_factor (wijk_catalog_lookup ("solar_pv")), ==,
                   "solar_pv_price_tiers");
}

static void
test_check_param (void)
{
  const WijkActionType *pv = wijk_catalog_lookup ("solar_pv");
  const WijkActionType *carpool = wijk_catalog_lookup ("carpool");
  const WijkActionType *trees = wijk_catalog_lookup ("trees");
  g_autoptr(GError) error = NULL;

  g_assert_true (wijk_action_type_check_param (pv, 0, 0, NULL));
  g_assert_true (wijk_action_type_check_param (pv, 0, 100000, NULL));
  g_assert_false (wijk_action_type_check_param (pv, 0, 100000.5, &error));
  g_assert_error (error, WIJK_CATALOG_ERROR, WIJK_CATALOG_ERROR_OUT_OF_RANGE);
  g_assert_nonnull (strstr (error->message, "kwp"));
  g_clear_error (&error);
  g_assert_false (wijk_action_type_check_param (pv, 1, 1.01, &error));
  g_assert_error (error, WIJK_CATALOG_ERROR, WIJK_CATALOG_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);
  g_assert_false (wijk_action_type_check_param (pv, 1, -0.01, NULL));
  g_assert_false (wijk_action_type_check_param (pv, 0, NAN, &error));
  g_assert_error (error, WIJK_CATALOG_ERROR, WIJK_CATALOG_ERROR_NOT_FINITE);
  g_clear_error (&error);
  g_assert_false (wijk_action_type_check_param (pv, 0, INFINITY, NULL));
  g_assert_false (wijk_action_type_check_param (pv, 2, 1, &error));
  g_assert_error (error, WIJK_CATALOG_ERROR, WIJK_CATALOG_ERROR_UNKNOWN_PARAM);
  g_clear_error (&error);

  /* Occupancy 1–9 people per car. */
  g_assert_false (wijk_action_type_check_param (carpool, 2, 0.99, NULL));
  g_assert_true (wijk_action_type_check_param (carpool, 2, 1, NULL));
  g_assert_true (wijk_action_type_check_param (carpool, 2, 9, NULL));
  g_assert_false (wijk_action_type_check_param (carpool, 2, 9.01, NULL));

  /* Whole trees only. */
  g_assert_false (wijk_action_type_check_param (trees, 0, 2.5, &error));
  g_assert_error (error, WIJK_CATALOG_ERROR, WIJK_CATALOG_ERROR_OUT_OF_RANGE);
  g_assert_true (wijk_action_type_check_param (trees, 0, 3, NULL));
}

static void
test_set_defaults (void)
{
  g_autoptr(WijkAction) action = wijk_action_new ("a1", "carpool");
  const WijkActionType *type = wijk_catalog_lookup ("carpool");

  for (guint i = 0; i < WIJK_MAX_PARAMS; i++)
    action->params[i] = 99;
  wijk_action_type_set_defaults (type, action);
  for (guint i = 0; i < type->n_params; i++)
    g_assert_cmpfloat (action->params[i], ==, type->params[i].default_value);
  for (guint i = type->n_params; i < WIJK_MAX_PARAMS; i++)
    g_assert_cmpfloat (action->params[i], ==, 0);
}

/* Every factor of reference-data.md with its default value. */
static const struct { const char *name; double value; } reference_values[] = {
  { "grid_kg_co2_per_kwh", 0.15 }, { "gas_kg_co2_per_kwh", 0.202 },
  { "car_g_co2_per_pkm", 187 }, { "bike_g_co2_per_pkm", 6 }, { "bus_g_co2_per_pkm", 104 },
  { "car_g_co2_per_vkm", 150 }, { "ev_kwh_per_km", 0.17 }, { "workdays_per_year", 200 },
  { "car_cost_eur_per_km", 0.25 }, { "fuel_cost_eur_per_km", 0.11 },
  { "pv_yield_kwh_per_kwp", 900 }, { "pv_degradation", 0.005 }, { "pv_kwp_per_m2", 0.15 },
  { "purchase_cancellation_rate", 0.2 }, { "pv_om_eur_per_kwp", 15 },
  { "el_price_buy_eur_per_kwh", 0.22 }, { "el_price_sell_eur_per_kwh", 0.05 },
  { "sharing_fee_eur_per_kwh", 0.03 }, { "gas_price_eur_per_kwh", 0.07 },
  { "boiler_efficiency", 0.90 }, { "heat_pump_scop", 3.5 }, { "heat_pump_eur_per_kw", 1000 },
  { "renovation_eur_per_m2", 120 }, { "renovation_heat_saving_kwh_m2", 60 },
  { "bike_place_eur", 2500 }, { "charger_eur_per_point", 2500 },
  { "waste_t_co2_per_t", 0.5 }, { "gate_fee_eur_per_t", 120 },
  { "embodied_t_co2_per_m2", 0.5 }, { "fitout_eur_per_m2", 300 },
  { "space_cost_eur_per_m2", 150 }, { "depave_eur_per_m2", 60 }, { "rain_m_per_year", 0.8 },
  { "runoff_paved", 0.9 }, { "runoff_green", 0.1 }, { "green_roof_eur_per_m2", 60 },
  { "green_roof_retention", 0.5 }, { "tree_eur", 600 }, { "tree_kg_co2_per_year", 22 },
  { "carbon_price_eur_per_t", 75 }, { "discount_rate", 0.04 },
};

static void
test_default_factors (void)
{
  g_autoptr(GPtrArray) factors = wijk_catalog_dup_default_factors ();
  const WijkFactor *tiers;
  const WijkPriceTier expected_tiers[] = { { 0, 850 }, { 100, 780 }, { 500, 700 }, { 1000, 640 } };

  for (guint i = 0; i < G_N_ELEMENTS (reference_values); i++)
    {
      const WijkFactor *factor = wijk_catalog_get_default_factor (reference_values[i].name);

      g_assert_nonnull (factor);
      g_assert_cmpfloat (factor->value, ==, reference_values[i].value);
      g_assert_null (factor->tiers);
    }

  /* Every factor carries its provenance, and every scalar the calculation
   * reads has a default. */
  for (guint i = 0; i < factors->len; i++)
    {
      const WijkFactor *factor = g_ptr_array_index (factors, i);

      g_assert_nonnull (factor->unit);
      g_assert_nonnull (factor->source);
      g_assert_cmpstr (factor->source, !=, "");
      g_assert_nonnull (factor->year);
      g_assert_true (g_strcmp0 (factor->confidence, "H") == 0 ||
                     g_strcmp0 (factor->confidence, "M") == 0 ||
                     g_strcmp0 (factor->confidence, "L") == 0);
      g_assert_true (wijk_factor_is_tiers (factor->name) ||
                     wijk_catalog_lookup_factor (factor->name) != WIJK_FACTOR_NONE);
    }
  for (guint i = 0; i < WIJK_N_FACTORS; i++)
    {
      const char *name = wijk_catalog_get_factor_name (i);

      g_assert_nonnull (wijk_catalog_get_default_factor (name));
      g_assert_cmpint (wijk_catalog_lookup_factor (name), ==, i);
      g_assert_nonnull (wijk_catalog_get_factor_symbol (i));
    }
  g_assert_cmpuint (factors->len, ==, WIJK_N_FACTORS + 1);

  tiers = wijk_catalog_get_default_factor ("solar_pv_price_tiers");
  g_assert_nonnull (tiers);
  g_assert_true (wijk_factor_is_tiers (tiers->name));
  g_assert_nonnull (tiers->tiers);
  g_assert_cmpuint (tiers->tiers->len, ==, G_N_ELEMENTS (expected_tiers));
  for (guint i = 0; i < tiers->tiers->len; i++)
    {
      WijkPriceTier *tier = &g_array_index (tiers->tiers, WijkPriceTier, i);

      g_assert_cmpfloat (tier->min_quantity, ==, expected_tiers[i].min_quantity);
      g_assert_cmpfloat (tier->unit_price_eur, ==, expected_tiers[i].unit_price_eur);
    }
  g_assert_null (wijk_catalog_get_default_factor ("no_such_factor"));
  g_assert_cmpint (wijk_catalog_lookup_factor ("solar_pv_price_tiers"), ==, WIJK_FACTOR_NONE);
}

static void
test_param_from_area (void)
{
  g_autoptr(WijkWorkshop) workshop = wijk_workshop_new ();
  WijkFactor *factor = wijk_factor_new ("pv_kwp_per_m2");

  /* 1000 m² of roof × 0.15 kWp/m² = 150 kWp. */
  g_assert_cmpfloat_with_epsilon (
    wijk_action_type_param_from_area (wijk_catalog_lookup ("solar_pv"), NULL, 1000),
    150, 1e-9);
  /* A workshop's own factor: 1000 m² × 0.2 kWp/m² = 200 kWp. */
  factor->value = 0.2;
  g_ptr_array_add (workshop->factors, factor);
  g_assert_cmpfloat_with_epsilon (
    wijk_action_type_param_from_area (wijk_catalog_lookup ("solar_pv"), workshop, 1000),
    200, 1e-9);
  /* Depaving is drawn in m² as it is. */
  g_assert_cmpfloat (
    wijk_action_type_param_from_area (wijk_catalog_lookup ("depaving"), workshop, 1234.5),
    ==, 1234.5);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/wijk/catalog/types", test_types);
  g_test_add_func ("/wijk/catalog/check-param", test_check_param);
  g_test_add_func ("/wijk/catalog/set-defaults", test_set_defaults);
  g_test_add_func ("/wijk/catalog/default-factors", test_default_factors);
  g_test_add_func ("/wijk/catalog/param-from-area", test_param_from_area);

  return g_test_run ();
}
