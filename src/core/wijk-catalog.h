/* wijk-catalog.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "wijk-workshop.h"

G_BEGIN_DECLS

/**
 * WijkParamSpec:
 * @name: the parameter's key in JSON and SQL, e.g. "kwp"
 * @label: translatable label (N_()), shown in the action editor
 * @unit: the unit, e.g. "kWp"; marked N_() (words such as "people" are
 *   translated): show it with _()
 * @default_value: the value a new action or a missing JSON key gets
 * @min: the smallest valid value (inclusive)
 * @max: the largest valid value (inclusive)
 * @integer: whether only whole numbers are valid
 *
 * One parameter of an action type.
 */
typedef struct
{
  const char *name;
  const char *label;
  const char *unit;
  double      default_value;
  double      min;
  double      max;
  gboolean    integer;
} WijkParamSpec;

/**
 * WijkFactorId:
 *
 * The scalar reference factors of the catalogue (reference-data, names as
 * returned by wijk_catalog_get_factor_name()). Price-tier tables are not
 * scalars: they are the factors named `<type>_price_tiers`.
 */
typedef enum
{
  WIJK_FACTOR_NONE = -1,
  WIJK_FACTOR_GRID_KG_CO2_PER_KWH,
  WIJK_FACTOR_GAS_KG_CO2_PER_KWH,
  WIJK_FACTOR_CAR_G_CO2_PER_PKM,
  WIJK_FACTOR_BIKE_G_CO2_PER_PKM,
  WIJK_FACTOR_BUS_G_CO2_PER_PKM,
  WIJK_FACTOR_CAR_G_CO2_PER_VKM,
  WIJK_FACTOR_EV_KWH_PER_KM,
  WIJK_FACTOR_WORKDAYS_PER_YEAR,
  WIJK_FACTOR_CAR_COST_EUR_PER_KM,
  WIJK_FACTOR_FUEL_COST_EUR_PER_KM,
  WIJK_FACTOR_PV_YIELD_KWH_PER_KWP,
  WIJK_FACTOR_PV_DEGRADATION,
  WIJK_FACTOR_PV_KWP_PER_M2,
  WIJK_FACTOR_PURCHASE_CANCELLATION_RATE,
  WIJK_FACTOR_PV_OM_EUR_PER_KWP,
  WIJK_FACTOR_EL_PRICE_BUY_EUR_PER_KWH,
  WIJK_FACTOR_EL_PRICE_SELL_EUR_PER_KWH,
  WIJK_FACTOR_SHARING_FEE_EUR_PER_KWH,
  WIJK_FACTOR_GAS_PRICE_EUR_PER_KWH,
  WIJK_FACTOR_BOILER_EFFICIENCY,
  WIJK_FACTOR_HEAT_PUMP_SCOP,
  WIJK_FACTOR_HEAT_PUMP_EUR_PER_KW,
  WIJK_FACTOR_RENOVATION_EUR_PER_M2,
  WIJK_FACTOR_RENOVATION_HEAT_SAVING_KWH_M2,
  WIJK_FACTOR_BIKE_PLACE_EUR,
  WIJK_FACTOR_CHARGER_EUR_PER_POINT,
  WIJK_FACTOR_WASTE_T_CO2_PER_T,
  WIJK_FACTOR_GATE_FEE_EUR_PER_T,
  WIJK_FACTOR_EMBODIED_T_CO2_PER_M2,
  WIJK_FACTOR_FITOUT_EUR_PER_M2,
  WIJK_FACTOR_SPACE_COST_EUR_PER_M2,
  WIJK_FACTOR_DEPAVE_EUR_PER_M2,
  WIJK_FACTOR_RAIN_M_PER_YEAR,
  WIJK_FACTOR_RUNOFF_PAVED,
  WIJK_FACTOR_RUNOFF_GREEN,
  WIJK_FACTOR_GREEN_ROOF_EUR_PER_M2,
  WIJK_FACTOR_GREEN_ROOF_RETENTION,
  WIJK_FACTOR_TREE_EUR,
  WIJK_FACTOR_TREE_KG_CO2_PER_YEAR,
  WIJK_FACTOR_TREE_SHADE_M2,
  WIJK_FACTOR_CARBON_PRICE_EUR_PER_T,
  WIJK_FACTOR_DISCOUNT_RATE,
  WIJK_N_FACTORS
} WijkFactorId;

/**
 * WIJK_MAX_COBENEFITS:
 *
 * The largest number of co-benefits an action type reports.
 */
#define WIJK_MAX_COBENEFITS 3

/**
 * WijkCobenefitSpec:
 * @key: the key in the results JSON, e.g. "stormwater_m3_per_year"
 * @label: translatable label (N_())
 * @unit: its unit, e.g. "m³/yr"
 * @formula: translatable formula template (see #WijkActionType)
 *
 * One co-benefit of an action type, reported in its own unit.
 */
typedef struct
{
  const char *key;
  const char *label;
  const char *unit;
  const char *formula;
} WijkCobenefitSpec;

/**
 * WijkActionFlows:
 * @co2_t_per_year: yearly CO2e reduction in year 1 (t)
 * @co2_t_one_off: CO2e avoided once, counted in year 1 (t)
 * @gross_savings_eur_per_year: energy and operating cost savings in year 1
 * @added_opex_eur_per_year: added operating cost (constant over the lifetime)
 * @capex_eur: the investment of a type that is not bought by quantity (for
 *   bought types the impact module sets quantity × unit price)
 * @cobenefits: values in the order of #WijkActionType.cobenefits
 *
 * What an action type's compute function yields for one action, before the
 * common economics (docs/methodology.md, "Action types").
 */
typedef struct
{
  double co2_t_per_year;
  double co2_t_one_off;
  double gross_savings_eur_per_year;
  double added_opex_eur_per_year;
  double capex_eur;
  double cobenefits[WIJK_MAX_COBENEFITS];
} WijkActionFlows;

/* @params in catalogue order, @factors indexed by #WijkFactorId. */
typedef void (*WijkComputeFunc) (const double    *params,
                                 const double    *factors,
                                 WijkActionFlows *flows);

/**
 * WijkActionType:
 * @id: the type's id, e.g. "solar_pv"
 * @theme: the theme it belongs to
 * @name: translatable name (N_())
 * @description: translatable one-sentence description (N_())
 * @n_params: how many of @params are used
 * @params: the parameters, in the order of #WijkAction.params
 * @lifetime_years: L, the lifetime used by the economics
 * @degradation: d, the yearly degradation of energy-derived values
 * @quantity_param: index of the purchase quantity parameter, -1 when the
 *   type is not bought (see "Group purchases")
 * @area_param: index of the area parameter filled from a drawn polygon, -1
 *   when the type is not drawn as an area
 * @factors: %NULL-terminated names of the factors the type uses
 * @degradation_factor: the factor that overrides @degradation in a
 *   workshop, or %WIJK_FACTOR_NONE
 * @price_factor: the flat unit-price factor of a bought type (used when the
 *   workshop has no `<type>_price_tiers` table), or %WIJK_FACTOR_NONE
 * @area_factor: when @area_param is set and this is not %WIJK_FACTOR_NONE,
 *   the factor converting a drawn area in m² into @area_param's unit (solar
 *   PV: pv_kwp_per_m2); use wijk_action_type_param_from_area()
 * @compute: yields the type's yearly flows (the table of PRODUCT.md §3)
 * @co2_formula, @co2_one_off_formula, @gross_savings_formula,
 *   @added_opex_formula, @capex_formula: translatable (N_()) templates of the
 *   formulas, %NULL when the figure is always 0 (for @capex_formula: when the
 *   capex is quantity × unit price). In a template `{name}` stands for a
 *   parameter or a factor: the explanation shows the symbol in the formula
 *   and the value with its unit in the filled-in text.
 * @n_cobenefits: how many of @cobenefits are used
 * @cobenefits: the co-benefits the type reports
 *
 * One entry of the action catalogue (PRODUCT.md §3, docs/methodology.md).
 */
typedef struct _WijkActionType WijkActionType;

struct _WijkActionType
{
  const char          *id;
  WijkTheme            theme;
  const char          *name;
  const char          *description;
  guint                n_params;
  WijkParamSpec        params[WIJK_MAX_PARAMS];
  gint                 lifetime_years;
  double               degradation;
  gint                 quantity_param;
  gint                 area_param;
  const char * const  *factors;
  WijkFactorId         degradation_factor;
  WijkFactorId         price_factor;
  WijkFactorId         area_factor;
  WijkComputeFunc      compute;
  const char          *co2_formula;
  const char          *co2_one_off_formula;
  const char          *gross_savings_formula;
  const char          *added_opex_formula;
  const char          *capex_formula;
  guint                n_cobenefits;
  WijkCobenefitSpec    cobenefits[WIJK_MAX_COBENEFITS];
};

#define WIJK_CATALOG_ERROR (wijk_catalog_error_quark ())

typedef enum
{
  WIJK_CATALOG_ERROR_UNKNOWN_TYPE,
  WIJK_CATALOG_ERROR_UNKNOWN_PARAM,
  WIJK_CATALOG_ERROR_OUT_OF_RANGE,
  WIJK_CATALOG_ERROR_NOT_FINITE,
} WijkCatalogError;

GQuark                wijk_catalog_error_quark      (void);

guint                 wijk_catalog_get_n_types      (void);
const WijkActionType *wijk_catalog_get_type         (guint                 index);
const WijkActionType *wijk_catalog_lookup           (const char           *id);
gint                  wijk_action_type_find_param   (const WijkActionType *type,
                                                     const char           *name);
gboolean              wijk_action_type_check_param  (const WijkActionType *type,
                                                     guint                 index,
                                                     double                value,
                                                     GError              **error);
void                  wijk_action_type_set_defaults (const WijkActionType *type,
                                                     WijkAction           *action);

/* The default factors of the catalogue with their sources (from
 * data/factors.json, compiled into the core): a new array of #WijkFactor. */
GPtrArray            *wijk_catalog_dup_default_factors (void);

/* The same, read once and kept: do not modify or free. */
const WijkFactor     *wijk_catalog_get_default_factor   (const char           *name);

gint                  wijk_catalog_get_type_index       (const WijkActionType *type);
const char           *wijk_action_type_get_name         (const WijkActionType *type);
const char           *wijk_action_type_get_description  (const WijkActionType *type);

/* Scalar factors: machine name, the symbol used in formulas (e.g. "EF_el"),
 * and the id of a name (%WIJK_FACTOR_NONE when it is not a scalar factor). */
const char           *wijk_catalog_get_factor_name      (WijkFactorId          id);
const char           *wijk_catalog_get_factor_symbol    (WijkFactorId          id);
WijkFactorId          wijk_catalog_lookup_factor        (const char           *name);

/* The name of a type's price-tier factor, "<type>_price_tiers" (static). */
const char           *wijk_action_type_get_tiers_factor (const WijkActionType *type);

/* The value of @type's area parameter for a drawn area of @area_m2 m²,
 * using @workshop's factors (or the defaults when @workshop is %NULL). */
double                wijk_action_type_param_from_area  (const WijkActionType *type,
                                                         const WijkWorkshop   *workshop,
                                                         double                area_m2);

/* Whether @factor is a price-tier table: its name ends in "_price_tiers". */
gboolean              wijk_factor_is_tiers              (const char           *name);

G_END_DECLS
