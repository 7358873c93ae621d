/* wijk-catalog-types.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-catalog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wijk-catalog-private.h"

/* The action catalogue: one descriptor per type with its compute function.
 * Each formula is the row of the type in docs/methodology.md, "Action
 * types"; the explanation templates must say the same thing as the code. */

#define F(id) factors[WIJK_FACTOR_##id]

/* Commuting kilometres per year of @people making a round trip of
 * 2 × @one_way_km on every workday. */
static inline double
commute_km (const double *factors,
            double        people,
            double        one_way_km)
{
  return people * F (WORKDAYS_PER_YEAR) * 2.0 * one_way_km;
}

static void
compute_solar_pv (const double    *p,
                  const double    *factors,
                  WijkActionFlows *flows)
{
  double kwh = p[0] * F (PV_YIELD_KWH_PER_KWP);
  double s = p[1];

  flows->co2_t_per_year = kwh * F (GRID_KG_CO2_PER_KWH) / 1000.0;
  flows->gross_savings_eur_per_year =
    kwh * (s * F (EL_PRICE_BUY_EUR_PER_KWH) + (1.0 - s) * F (EL_PRICE_SELL_EUR_PER_KWH));
  flows->added_opex_eur_per_year = p[0] * F (PV_OM_EUR_PER_KWP);
}

static void
compute_heat_pump (const double    *p,
                   const double    *factors,
                   WijkActionFlows *flows)
{
  double eta = F (BOILER_EFFICIENCY);
  double scop = F (HEAT_PUMP_SCOP);

  flows->co2_t_per_year =
    p[0] * (F (GAS_KG_CO2_PER_KWH) / eta - F (GRID_KG_CO2_PER_KWH) / scop);
  flows->gross_savings_eur_per_year =
    p[0] * 1000.0 * (F (GAS_PRICE_EUR_PER_KWH) / eta - F (EL_PRICE_BUY_EUR_PER_KWH) / scop);
}

static void
compute_renovation (const double    *p,
                    const double    *factors,
                    WijkActionFlows *flows)
{
  double fuel_kwh = p[0] * p[1] / F (BOILER_EFFICIENCY);

  flows->co2_t_per_year = fuel_kwh * F (GAS_KG_CO2_PER_KWH) / 1000.0;
  flows->gross_savings_eur_per_year = fuel_kwh * F (GAS_PRICE_EUR_PER_KWH);
}

static void
compute_efficiency (const double    *p,
                    const double    *factors,
                    WijkActionFlows *flows)
{
  flows->co2_t_per_year = p[0] * F (GRID_KG_CO2_PER_KWH) / 1000.0;
  flows->gross_savings_eur_per_year = p[0] * F (EL_PRICE_BUY_EUR_PER_KWH);
  flows->capex_eur = p[1];
}

static void
compute_bike_shift (const double    *p,
                    const double    *factors,
                    WijkActionFlows *flows)
{
  double pkm = commute_km (factors, p[0], p[1]);

  flows->co2_t_per_year = pkm * (F (CAR_G_CO2_PER_PKM) - F (BIKE_G_CO2_PER_PKM)) / 1e6;
  flows->gross_savings_eur_per_year = pkm * F (CAR_COST_EUR_PER_KM);
  flows->cobenefits[0] = p[0] * F (WORKDAYS_PER_YEAR) * 2.0;
  flows->cobenefits[1] = pkm;
}

static void
compute_shuttle (const double    *p,
                 const double    *factors,
                 WijkActionFlows *flows)
{
  double pkm = commute_km (factors, p[0], p[1]);

  flows->co2_t_per_year = pkm * (F (CAR_G_CO2_PER_PKM) - F (BUS_G_CO2_PER_PKM)) / 1e6;
  flows->gross_savings_eur_per_year = pkm * F (CAR_COST_EUR_PER_KM);
  flows->added_opex_eur_per_year = p[2];
  flows->cobenefits[0] = pkm;
}

static void
compute_ev_charging (const double    *p,
                     const double    *factors,
                     WijkActionFlows *flows)
{
  double vkm = p[0] * p[1];
  double ev_g_per_vkm = F (EV_KWH_PER_KM) * F (GRID_KG_CO2_PER_KWH) * 1000.0;
  double ev_cost_km = F (EV_KWH_PER_KM) * F (EL_PRICE_BUY_EUR_PER_KWH);

  flows->co2_t_per_year = vkm * (F (CAR_G_CO2_PER_VKM) - ev_g_per_vkm) / 1e6;
  flows->gross_savings_eur_per_year = vkm * (F (FUEL_COST_EUR_PER_KM) - ev_cost_km);
}

static void
compute_carpool (const double    *p,
                 const double    *factors,
                 WijkActionFlows *flows)
{
  /* The share of car kilometres no longer driven. */
  double avoided = commute_km (factors, p[0], p[1]) * (1.0 - 1.0 / p[2]);

  flows->co2_t_per_year = avoided * F (CAR_G_CO2_PER_PKM) / 1e6;
  flows->gross_savings_eur_per_year = avoided * F (CAR_COST_EUR_PER_KM);
  flows->cobenefits[0] = avoided;
}

static void
compute_energy_sharing (const double    *p,
                        const double    *factors,
                        WijkActionFlows *flows)
{
  flows->gross_savings_eur_per_year =
    p[0] * (F (EL_PRICE_BUY_EUR_PER_KWH) - F (EL_PRICE_SELL_EUR_PER_KWH)
            - F (SHARING_FEE_EUR_PER_KWH));
}

static void
compute_material_exchange (const double    *p,
                           const double    *factors,
                           WijkActionFlows *flows)
{
  flows->co2_t_per_year = p[0] * F (WASTE_T_CO2_PER_T);
  flows->gross_savings_eur_per_year = p[0] * F (GATE_FEE_EUR_PER_T);
}

static void
compute_shared_space (const double    *p,
                      const double    *factors,
                      WijkActionFlows *flows)
{
  flows->co2_t_one_off = p[0] * F (EMBODIED_T_CO2_PER_M2);
  flows->capex_eur = p[0] * F (FITOUT_EUR_PER_M2);
  flows->gross_savings_eur_per_year = p[0] * F (SPACE_COST_EUR_PER_M2);
  flows->cobenefits[0] = p[0];
}

static void
compute_depaving (const double    *p,
                  const double    *factors,
                  WijkActionFlows *flows)
{
  flows->cobenefits[0] = p[0] * F (RAIN_M_PER_YEAR) * (F (RUNOFF_PAVED) - F (RUNOFF_GREEN));
  flows->cobenefits[1] = p[0];
}

static void
compute_green_roof (const double    *p,
                    const double    *factors,
                    WijkActionFlows *flows)
{
  flows->cobenefits[0] = p[0] * F (RAIN_M_PER_YEAR) * F (GREEN_ROOF_RETENTION);
  flows->cobenefits[1] = p[0];
}

static void
compute_trees (const double    *p,
               const double    *factors,
               WijkActionFlows *flows)
{
  flows->co2_t_per_year = p[0] * F (TREE_KG_CO2_PER_YEAR) / 1000.0;
  flows->cobenefits[0] = p[0] * F (TREE_SHADE_M2);
}

#undef F

/* Parameters shared by several types. */
#define ONE_WAY_KM(def) \
  { "one_way_km", N_("One-way distance"), N_("km"), def, 0, 200, FALSE }
#define STORMWATER(formula) \
  { "stormwater_m3_per_year", N_("Stormwater kept out of the sewer"), N_("m³/yr"), formula }
#define CAR_KM_AVOIDED(formula) \
  { "car_km_avoided_per_year", N_("Car kilometres avoided"), N_("km/yr"), formula }

static const char * const solar_pv_factors[] = {
  "pv_yield_kwh_per_kwp", "grid_kg_co2_per_kwh", "el_price_buy_eur_per_kwh",
  "el_price_sell_eur_per_kwh", "pv_om_eur_per_kwp", "pv_degradation", "pv_kwp_per_m2",
  "solar_pv_price_tiers", NULL
};
static const char * const heat_pump_factors[] = {
  "gas_kg_co2_per_kwh", "grid_kg_co2_per_kwh", "boiler_efficiency", "heat_pump_scop",
  "gas_price_eur_per_kwh", "el_price_buy_eur_per_kwh", "heat_pump_eur_per_kw", NULL
};
static const char * const renovation_factors[] = {
  "boiler_efficiency", "gas_kg_co2_per_kwh", "gas_price_eur_per_kwh",
  "renovation_eur_per_m2", "renovation_heat_saving_kwh_m2", NULL
};
static const char * const efficiency_factors[] = {
  "grid_kg_co2_per_kwh", "el_price_buy_eur_per_kwh", NULL
};
static const char * const bike_shift_factors[] = {
  "workdays_per_year", "car_g_co2_per_pkm", "bike_g_co2_per_pkm", "car_cost_eur_per_km",
  "bike_place_eur", NULL
};
static const char * const shuttle_factors[] = {
  "workdays_per_year", "car_g_co2_per_pkm", "bus_g_co2_per_pkm", "car_cost_eur_per_km", NULL
};
static const char * const ev_charging_factors[] = {
  "car_g_co2_per_vkm", "ev_kwh_per_km", "grid_kg_co2_per_kwh", "fuel_cost_eur_per_km",
  "el_price_buy_eur_per_kwh", "charger_eur_per_point", NULL
};
static const char * const carpool_factors[] = {
  "workdays_per_year", "car_g_co2_per_pkm", "car_cost_eur_per_km", NULL
};
static const char * const energy_sharing_factors[] = {
  "el_price_buy_eur_per_kwh", "el_price_sell_eur_per_kwh", "sharing_fee_eur_per_kwh", NULL
};
static const char * const material_exchange_factors[] = {
  "waste_t_co2_per_t", "gate_fee_eur_per_t", NULL
};
static const char * const shared_space_factors[] = {
  "embodied_t_co2_per_m2", "fitout_eur_per_m2", "space_cost_eur_per_m2", NULL
};
static const char * const depaving_factors[] = {
  "depave_eur_per_m2", "rain_m_per_year", "runoff_paved", "runoff_green", NULL
};
static const char * const green_roof_factors[] = {
  "green_roof_eur_per_m2", "rain_m_per_year", "green_roof_retention", NULL
};
static const char * const trees_factors[] = {
  "tree_eur", "tree_kg_co2_per_year", "tree_shade_m2", NULL
};

/* Translators: in the formula templates below, keep every {name} as it is:
 * it is replaced by a symbol or by a value with its unit. */
const WijkActionType wijk_catalog_types[] = {
  {
    .id = "solar_pv", .theme = WIJK_THEME_RENEWABLE_ENERGY,
    .name = N_("Solar panels"),
    .description = N_("Photovoltaic panels on a roof or car park, partly used on site"),
    .n_params = 2,
    .params = {
      { "kwp", N_("Peak power"), N_("kWp"), 100, 0, 100000, FALSE },
      { "self_consumption", N_("Share used on site"), "", 0.7, 0, 1, FALSE },
    },
    .lifetime_years = 25, .degradation = 0.005, .quantity_param = 0, .area_param = 0,
    .factors = solar_pv_factors, .degradation_factor = WIJK_FACTOR_PV_DEGRADATION,
    .price_factor = WIJK_FACTOR_NONE, .area_factor = WIJK_FACTOR_PV_KWP_PER_M2,
    .compute = compute_solar_pv,
    .co2_formula = N_("{kwp} × {pv_yield_kwh_per_kwp} × {grid_kg_co2_per_kwh} / 1000"),
    .gross_savings_formula = N_("{kwp} × {pv_yield_kwh_per_kwp} × ({self_consumption} × "
                                "{el_price_buy_eur_per_kwh} + (1 − {self_consumption}) × "
                                "{el_price_sell_eur_per_kwh})"),
    .added_opex_formula = N_("{kwp} × {pv_om_eur_per_kwp}"),
  },
  {
    .id = "heat_pump", .theme = WIJK_THEME_RENEWABLE_ENERGY,
    .name = N_("Heat pump"),
    .description = N_("A heat pump replaces heat from a gas boiler"),
    .n_params = 2,
    .params = {
      { "heat_mwh", N_("Heat delivered"), N_("MWh/yr"), 200, 0, 1000000, FALSE },
      { "capacity_kw", N_("Heating capacity"), N_("kW"), 100, 0, 100000, FALSE },
    },
    .lifetime_years = 20, .degradation = 0, .quantity_param = 1, .area_param = -1,
    .factors = heat_pump_factors, .degradation_factor = WIJK_FACTOR_NONE,
    .price_factor = WIJK_FACTOR_HEAT_PUMP_EUR_PER_KW, .area_factor = WIJK_FACTOR_NONE,
    .compute = compute_heat_pump,
    .co2_formula = N_("{heat_mwh} × ({gas_kg_co2_per_kwh} / {boiler_efficiency} − "
                      "{grid_kg_co2_per_kwh} / {heat_pump_scop})"),
    .gross_savings_formula = N_("{heat_mwh} × 1000 × ({gas_price_eur_per_kwh} / "
                                "{boiler_efficiency} − {el_price_buy_eur_per_kwh} / "
                                "{heat_pump_scop})"),
  },
  {
    .id = "renovation", .theme = WIJK_THEME_EFFICIENCY,
    .name = N_("Deep renovation"),
    .description = N_("Insulation and airtightness cut a building's heat demand"),
    .n_params = 2,
    .params = {
      { "floor_m2", N_("Floor area"), N_("m²"), 2000, 0, 1000000, FALSE },
      { "heat_saving_kwh_m2", N_("Heat saved"), N_("kWh/m²/yr"), 60, 0, 1000, FALSE },
    },
    .lifetime_years = 30, .degradation = 0, .quantity_param = 0, .area_param = -1,
    .factors = renovation_factors, .degradation_factor = WIJK_FACTOR_NONE,
    .price_factor = WIJK_FACTOR_RENOVATION_EUR_PER_M2, .area_factor = WIJK_FACTOR_NONE,
    .compute = compute_renovation,
    .co2_formula = N_("{floor_m2} × {heat_saving_kwh_m2} / {boiler_efficiency} × "
                      "{gas_kg_co2_per_kwh} / 1000"),
    .gross_savings_formula = N_("{floor_m2} × {heat_saving_kwh_m2} / {boiler_efficiency} × "
                                "{gas_price_eur_per_kwh}"),
  },
  {
    .id = "efficiency", .theme = WIJK_THEME_EFFICIENCY,
    .name = N_("Electricity savings"),
    .description = N_("Efficient lighting, motors, compressed air or cooling"),
    .n_params = 2,
    .params = {
      { "kwh_saved", N_("Electricity saved"), N_("kWh/yr"), 50000, 0, 1e9, FALSE },
      { "capex", N_("Investment"), N_("€"), 20000, 0, 1e9, FALSE },
    },
    .lifetime_years = 15, .degradation = 0, .quantity_param = -1, .area_param = -1,
    .factors = efficiency_factors, .degradation_factor = WIJK_FACTOR_NONE,
    .price_factor = WIJK_FACTOR_NONE, .area_factor = WIJK_FACTOR_NONE,
    .compute = compute_efficiency,
    .co2_formula = N_("{kwh_saved} × {grid_kg_co2_per_kwh} / 1000"),
    .gross_savings_formula = N_("{kwh_saved} × {el_price_buy_eur_per_kwh}"),
    .capex_formula = N_("{capex}"),
  },
  {
    .id = "bike_shift", .theme = WIJK_THEME_MOBILITY,
    .name = N_("Cycling to work"),
    .description = N_("Secure bike parking and facilities so commuters switch from the car"),
    .n_params = 3,
    .params = {
      { "commuters", N_("Commuters who switch"), N_("people"), 50, 0, 100000, TRUE },
      ONE_WAY_KM (8),
      { "places", N_("Secure bike places"), N_("places"), 50, 0, 100000, TRUE },
    },
    .lifetime_years = 15, .degradation = 0, .quantity_param = 2, .area_param = -1,
    .factors = bike_shift_factors, .degradation_factor = WIJK_FACTOR_NONE,
    .price_factor = WIJK_FACTOR_BIKE_PLACE_EUR, .area_factor = WIJK_FACTOR_NONE,
    .compute = compute_bike_shift,
    .co2_formula = N_("{commuters} × {workdays_per_year} × 2 × {one_way_km} × "
                      "({car_g_co2_per_pkm} − {bike_g_co2_per_pkm}) / 10⁶"),
    .gross_savings_formula = N_("{commuters} × {workdays_per_year} × 2 × {one_way_km} × "
                                "{car_cost_eur_per_km}"),
    .n_cobenefits = 2,
    .cobenefits = {
      { "bike_trips_per_year", N_("Commuter trips by bike"), N_("trips/yr"),
        N_("{commuters} × {workdays_per_year} × 2") },
      CAR_KM_AVOIDED (N_("{commuters} × {workdays_per_year} × 2 × {one_way_km}")),
    },
  },
  {
    .id = "shuttle", .theme = WIJK_THEME_MOBILITY,
    .name = N_("Shuttle bus"),
    .description = N_("A shuttle from the station or park-and-ride instead of the car"),
    .n_params = 3,
    .params = {
      { "riders", N_("Daily riders"), N_("people"), 100, 0, 100000, TRUE },
      ONE_WAY_KM (10),
      { "yearly_cost", N_("Yearly operating cost"), N_("€/yr"), 60000, 0, 1e8, FALSE },
    },
    .lifetime_years = 10, .degradation = 0, .quantity_param = -1, .area_param = -1,
    .factors = shuttle_factors, .degradation_factor = WIJK_FACTOR_NONE,
    .price_factor = WIJK_FACTOR_NONE, .area_factor = WIJK_FACTOR_NONE,
    .compute = compute_shuttle,
    .co2_formula = N_("{riders} × {workdays_per_year} × 2 × {one_way_km} × "
                      "({car_g_co2_per_pkm} − {bus_g_co2_per_pkm}) / 10⁶"),
    .gross_savings_formula = N_("{riders} × {workdays_per_year} × 2 × {one_way_km} × "
                                "{car_cost_eur_per_km}"),
    .added_opex_formula = N_("{yearly_cost}"),
    .n_cobenefits = 1,
    .cobenefits = {
      CAR_KM_AVOIDED (N_("{riders} × {workdays_per_year} × 2 × {one_way_km}")),
    },
  },
  {
    .id = "ev_charging", .theme = WIJK_THEME_MOBILITY,
    .name = N_("Charge points"),
    .description = N_("Charge points so car trips are driven electrically"),
    .n_params = 2,
    .params = {
      { "points", N_("Charge points"), N_("points"), 10, 0, 10000, TRUE },
      { "km_per_point", N_("Electric km per point"), N_("km/yr"), 15000, 0, 1000000, FALSE },
    },
    .lifetime_years = 10, .degradation = 0, .quantity_param = 0, .area_param = -1,
    .factors = ev_charging_factors, .degradation_factor = WIJK_FACTOR_NONE,
    .price_factor = WIJK_FACTOR_CHARGER_EUR_PER_POINT, .area_factor = WIJK_FACTOR_NONE,
    .compute = compute_ev_charging,
    .co2_formula = N_("{points} × {km_per_point} × ({car_g_co2_per_vkm} − {ev_kwh_per_km} × "
                      "{grid_kg_co2_per_kwh} × 1000) / 10⁶"),
    .gross_savings_formula = N_("{points} × {km_per_point} × ({fuel_cost_eur_per_km} − "
                                "{ev_kwh_per_km} × {el_price_buy_eur_per_kwh})"),
  },
  {
    .id = "carpool", .theme = WIJK_THEME_MOBILITY,
    .name = N_("Carpooling"),
    .description = N_("Colleagues share the car to work"),
    .n_params = 3,
    .params = {
      { "participants", N_("Participants"), N_("people"), 40, 0, 100000, TRUE },
      ONE_WAY_KM (20),
      { "occupancy", N_("People per car"), N_("people/car"), 2, 1, 9, FALSE },
    },
    .lifetime_years = 5, .degradation = 0, .quantity_param = -1, .area_param = -1,
    .factors = carpool_factors, .degradation_factor = WIJK_FACTOR_NONE,
    .price_factor = WIJK_FACTOR_NONE, .area_factor = WIJK_FACTOR_NONE,
    .compute = compute_carpool,
    .co2_formula = N_("{participants} × {workdays_per_year} × 2 × {one_way_km} × "
                      "{car_g_co2_per_pkm} × (1 − 1 / {occupancy}) / 10⁶"),
    .gross_savings_formula = N_("{participants} × {workdays_per_year} × 2 × {one_way_km} × "
                                "{car_cost_eur_per_km} × (1 − 1 / {occupancy})"),
    .n_cobenefits = 1,
    .cobenefits = {
      CAR_KM_AVOIDED (N_("{participants} × {workdays_per_year} × 2 × {one_way_km} × "
                         "(1 − 1 / {occupancy})")),
    },
  },
  {
    .id = "energy_sharing", .theme = WIJK_THEME_RENEWABLE_ENERGY,
    .name = N_("Energy sharing"),
    .description = N_("Surplus solar electricity is sold to a neighbour instead of the grid"),
    .n_params = 1,
    .params = {
      { "shared_kwh", N_("Electricity shared"), N_("kWh/yr"), 100000, 0, 1e9, FALSE },
    },
    .lifetime_years = 10, .degradation = 0, .quantity_param = -1, .area_param = -1,
    .factors = energy_sharing_factors, .degradation_factor = WIJK_FACTOR_NONE,
    .price_factor = WIJK_FACTOR_NONE, .area_factor = WIJK_FACTOR_NONE,
    .compute = compute_energy_sharing,
    .gross_savings_formula = N_("{shared_kwh} × ({el_price_buy_eur_per_kwh} − "
                                "{el_price_sell_eur_per_kwh} − {sharing_fee_eur_per_kwh})"),
  },
  {
    .id = "material_exchange", .theme = WIJK_THEME_CIRCULARITY,
    .name = N_("Material exchange"),
    .description = N_("Waste of one organisation becomes material for another"),
    .n_params = 1,
    .params = {
      { "tonnes", N_("Material exchanged"), N_("t/yr"), 100, 0, 1e7, FALSE },
    },
    .lifetime_years = 10, .degradation = 0, .quantity_param = -1, .area_param = -1,
    .factors = material_exchange_factors, .degradation_factor = WIJK_FACTOR_NONE,
    .price_factor = WIJK_FACTOR_NONE, .area_factor = WIJK_FACTOR_NONE,
    .compute = compute_material_exchange,
    .co2_formula = N_("{tonnes} × {waste_t_co2_per_t}"),
    .gross_savings_formula = N_("{tonnes} × {gate_fee_eur_per_t}"),
  },
  {
    .id = "shared_space", .theme = WIJK_THEME_DENSIFICATION,
    .name = N_("Shared space"),
    .description = N_("Sharing existing floor space instead of building new"),
    .n_params = 1,
    .params = {
      { "floor_m2", N_("Floor area shared"), N_("m²"), 500, 0, 1000000, FALSE },
    },
    .lifetime_years = 20, .degradation = 0, .quantity_param = -1, .area_param = -1,
    .factors = shared_space_factors, .degradation_factor = WIJK_FACTOR_NONE,
    .price_factor = WIJK_FACTOR_NONE, .area_factor = WIJK_FACTOR_NONE,
    .compute = compute_shared_space,
    .co2_one_off_formula = N_("{floor_m2} × {embodied_t_co2_per_m2}"),
    .gross_savings_formula = N_("{floor_m2} × {space_cost_eur_per_m2}"),
    .capex_formula = N_("{floor_m2} × {fitout_eur_per_m2}"),
    .n_cobenefits = 1,
    .cobenefits = {
      { "new_building_avoided_m2", N_("New building avoided"), N_("m²"), N_("{floor_m2}") },
    },
  },
  {
    .id = "depaving", .theme = WIJK_THEME_ADAPTATION,
    .name = N_("Depaving"),
    .description = N_("Paved ground is opened up so rain soaks into the soil"),
    .n_params = 1,
    .params = {
      { "area_m2", N_("Area unsealed"), N_("m²"), 1000, 0, 1e7, FALSE },
    },
    .lifetime_years = 30, .degradation = 0, .quantity_param = 0, .area_param = 0,
    .factors = depaving_factors, .degradation_factor = WIJK_FACTOR_NONE,
    .price_factor = WIJK_FACTOR_DEPAVE_EUR_PER_M2, .area_factor = WIJK_FACTOR_NONE,
    .compute = compute_depaving,
    .n_cobenefits = 2,
    .cobenefits = {
      STORMWATER (N_("{area_m2} × {rain_m_per_year} × ({runoff_paved} − {runoff_green})")),
      { "unsealed_m2", N_("Ground unsealed"), N_("m²"), N_("{area_m2}") },
    },
  },
  {
    .id = "green_roof", .theme = WIJK_THEME_ADAPTATION,
    .name = N_("Green roof"),
    .description = N_("An extensive green roof holds back rain and cools the building"),
    .n_params = 1,
    .params = {
      { "area_m2", N_("Roof area greened"), N_("m²"), 1000, 0, 1e7, FALSE },
    },
    .lifetime_years = 40, .degradation = 0, .quantity_param = 0, .area_param = 0,
    .factors = green_roof_factors, .degradation_factor = WIJK_FACTOR_NONE,
    .price_factor = WIJK_FACTOR_GREEN_ROOF_EUR_PER_M2, .area_factor = WIJK_FACTOR_NONE,
    .compute = compute_green_roof,
    .n_cobenefits = 2,
    .cobenefits = {
      STORMWATER (N_("{area_m2} × {rain_m_per_year} × {green_roof_retention}")),
      { "greened_m2", N_("Roof greened"), N_("m²"), N_("{area_m2}") },
    },
  },
  {
    .id = "trees", .theme = WIJK_THEME_GREEN_SPACE,
    .name = N_("Trees"),
    .description = N_("Trees planted along streets and car parks"),
    .n_params = 1,
    .params = {
      { "trees", N_("Trees planted"), N_("trees"), 50, 0, 1000000, TRUE },
    },
    .lifetime_years = 40, .degradation = 0, .quantity_param = 0, .area_param = -1,
    .factors = trees_factors, .degradation_factor = WIJK_FACTOR_NONE,
    .price_factor = WIJK_FACTOR_TREE_EUR, .area_factor = WIJK_FACTOR_NONE,
    .compute = compute_trees,
    .co2_formula = N_("{trees} × {tree_kg_co2_per_year} / 1000"),
    .n_cobenefits = 1,
    .cobenefits = {
      { "shaded_m2", N_("Shaded area"), N_("m²"), N_("{trees} × {tree_shade_m2}") },
    },
  },
};

const guint wijk_catalog_n_types = G_N_ELEMENTS (wijk_catalog_types);
