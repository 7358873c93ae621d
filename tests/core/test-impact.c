/* test-impact.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "calc-fixtures.h"

/* Default factors (reference-data.md), r = 0.04 unless a test says so.
 * Annuity factors used below, A(r, L) = (1 − (1 + r)^−L) / r:
 *   A(0.04, 5) = 4.451822, A(0.04, 10) = 8.110896, A(0.04, 15) = 11.118387,
 *   A(0.04, 20) = 13.590326, A(0.04, 30) = 17.292033, A(0.04, 40) = 19.792774.
 * Solar PV degrades: Ad = Σₜ 0.995^(t−1) / 1.04^t over 25 years
 *   = (1 − (0.995/1.04)^25) / (0.04 + 0.005) = 14.868097,
 *   S = Σₜ 0.995^(t−1) = (1 − 0.995^25) / 0.005 = 23.555951. */

static const WijkActionResult *
only_action (WijkImpact *impact)
{
  g_assert_cmpuint (wijk_impact_get_n_actions (impact), ==, 1);
  return wijk_impact_get_action_result (impact, 0);
}

static void
test_example (void)
{
  g_autoptr(WijkWorkshop) ws = fixture_example ();
  g_autoptr(WijkImpact) impact = wijk_impact_new (ws);
  const WijkActionResult *a1 = wijk_impact_lookup_action (impact, "a1");
  const WijkOrgResult *siemens = wijk_impact_lookup_organisation (impact, "siemens");
  const WijkOrgResult *leuven = wijk_impact_lookup_organisation (impact, "leuven");
  const WijkGroupResult *group = wijk_impact_lookup_group (impact, "pv-2027");
  const WijkParkResult *park = wijk_impact_get_park (impact);

  /* 250 kWp × 900 kWh/kWp × 0.15 kg/kWh / 1000 = 33.75 t/yr */
  assert_close (a1->co2_t_per_year, 33.75);
  assert_close (a1->co2_t_one_off, 0);
  /* 33.75 × S = 33.75 × 23.555951 = 795.01336 t */
  assert_close (a1->co2_t_lifetime, 795.0133601);
  /* group 250 + 350 = 600 kWp → tier 500: 700 €/kWp; 250 × 700 = 175000 */
  assert_close (a1->unit_price_eur, 700);
  assert_close (a1->capex_eur, 175000);
  /* alone 250 kWp → tier 100: 780 €/kWp; 250 × 780 = 195000 */
  assert_close (a1->capex_alone_eur, 195000);
  /* gross 225000 kWh × (0.7 × 0.22 + 0.3 × 0.05) = 225000 × 0.169 = 38025;
   * O&M 250 × 15 = 3750; net 34275 */
  assert_close (a1->gross_savings_eur_per_year, 38025);
  assert_close (a1->added_opex_eur_per_year, 3750);
  assert_close (a1->net_savings_eur_per_year, 34275);
  /* NPV = −175000 + 38025 × Ad − 3750 × A(0.04, 25)
   *     = −175000 + 38025 × 14.868097 − 3750 × 15.622080 = 331776.59 */
  assert_close (a1->npv_eur, 331776.5874);
  /* + 75 €/t × 33.75 × Ad = 75 × 501.79827 = 37634.87 → 369411.46 */
  assert_close (a1->npv_with_carbon_eur, 369411.4579);
  /* 175000 / 34275 = 5.105762 years */
  assert_close (a1->payback_years, 5.105762217);
  /* −331776.59 / 501.79827 = −661.1752 €/t */
  assert_close (a1->abatement_eur_per_t, -661.1752282);
  /* CRF = 0.04 / (1 − 1.04^−25) = 0.0640120 */
  assert_close (a1->crf, 0.06401196279);

  /* Siemens 0.6: capex 105000, net 0.6 × 38025 − 0.6 × 3750 = 20565,
   * NPV 0.6 × 331776.5874 = 199065.95, CO2 0.6 × 33.75 = 20.25 */
  assert_close (siemens->capex_eur, 105000);
  assert_close (siemens->net_savings_eur_per_year, 20565);
  assert_close (siemens->npv_eur, 199065.9524);
  assert_close (siemens->co2_t_per_year, 20.25);
  g_assert_cmpuint (siemens->n_commitments, ==, 1);
  /* Leuven 0.4: 70000, 13710, 132710.63, 13.5 */
  assert_close (leuven->capex_eur, 70000);
  assert_close (leuven->net_savings_eur_per_year, 13710);
  assert_close (leuven->npv_eur, 132710.635);
  assert_close (leuven->co2_t_per_year, 13.5);

  /* Group: 600 kWp at 700 €/kWp; a1 saves 250 × (780 − 700) = 20000,
   * a2 350 × 80 = 28000 */
  assert_close (group->total_quantity, 600);
  assert_close (group->unit_price_eur, 700);
  assert_close (a1->capex_alone_eur - a1->capex_eur, 20000);
  assert_close (group->saving_eur, 48000);

  /* Park: a1 + a2 = (250 + 350) × 0.135 = 81 t/yr; 81 / 30000 = 0.0027;
   * 81 / 6300 = 0.012857; capex 600 × 700 = 420000 */
  assert_close (park->totals.co2_t_per_year, 81);
  assert_close (park->share_of_baseline, 0.0027);
  assert_close (park->share_of_target, 81.0 / 6300.0);
  assert_close (park->totals.capex_eur, 420000);
  assert_close (park->themes[WIJK_THEME_RENEWABLE_ENERGY].co2_t_per_year, 81);
  g_assert_cmpuint (park->themes[WIJK_THEME_MOBILITY].n_actions, ==, 0);
}

static void
test_park_shares (void)
{
  g_autoptr(WijkWorkshop) ws = fixture_workshop ();
  g_autoptr(WijkImpact) impact = NULL;
  const WijkParkResult *park;

  fixture_add_action (ws, "a1", "solar_pv", 250.0, 0.7, NAN);
  impact = wijk_impact_new (ws);
  park = wijk_impact_get_park (impact);
  /* a1 alone: 33.75 / 30000 = 0.001125; 33.75 / 6300 = 0.005357143;
   * capex 250 × 780 = 195000; net 34275 */
  assert_close (park->share_of_baseline, 0.001125);
  assert_close (park->share_of_target, 0.005357142857);
  assert_close (park->totals.capex_eur, 195000);
  assert_close (park->totals.net_savings_eur_per_year, 34275);

  /* No baseline, no target: the shares are undefined. */
  ws->baseline_t_co2_per_year = 0;
  ws->target_t_co2_per_year = 0;
  wijk_impact_recompute (impact, ws);
  g_assert_true (isnan (park->share_of_baseline));
  g_assert_true (isnan (park->share_of_target));
}

typedef struct
{
  const char *type;
  double params[WIJK_MAX_PARAMS];
  double co2, one_off, lifetime, capex, gross, opex, npv, npv_carbon, payback, abatement;
  const char *cobenefit;
  double cobenefit_value;
} TypeCase;

/* Each type with the figures worked out from its row of PRODUCT.md §3. */
static const TypeCase type_cases[] = {
  /* heat_pump 200 MWh, 100 kW: 200 × (0.202/0.9 − 0.15/3.5) = 36.317460 t;
   * 200 × 1000 × (0.07/0.9 − 0.22/3.5) = 2984.1270 €; capex 100 × 1000;
   * NPV = −100000 + 2984.1270 × 13.590326 = −59444.740;
   * carbon + 75 × 36.317460 × 13.590326 = −22427.280; payback 33.51064;
   * abatement 59444.740 / 493.56614 = 120.43926 */
  { "heat_pump", { 200, 100 }, 36.31746032, 0, 726.3492063, 100000, 2984.126984, 0,
    -59444.74043, -22427.2801, 33.5106383, 120.4392601,
    NULL, 0 },
  /* renovation 2000 m² × 60 kWh/m² / 0.9 = 133333.33 kWh of gas;
   * × 0.202 / 1000 = 26.933333 t; × 0.07 = 9333.3333 €; capex 2000 × 120;
   * NPV = −240000 + 9333.3333 × 17.292033 = −78607.689 */
  { "renovation", { 2000, 60 }, 26.93333333, 0, 808, 240000, 9333.333333, 0,
    -78607.68919, -43677.78193, 25.71428571, 168.7830616,
    NULL, 0 },
  /* efficiency 50000 kWh × 0.15 / 1000 = 7.5 t; × 0.22 = 11000 €; capex 20000;
   * NPV = −20000 + 11000 × 11.118387 = 102302.26; abatement
   * = (20000 × CRF − 11000) / 7.5 = (1798.822 − 11000) / 7.5 = −1226.8237 */
  { "efficiency", { 50000, 20000 }, 7.5, 0, 112.5, 20000, 11000, 0,
    102302.2618, 108556.3547, 1.818181818, -1226.823732, NULL, 0 },
  /* bike_shift 50 × 200 × 2 × 8 = 160000 pkm × (187 − 6) / 10⁶ = 28.96 t;
   * × 0.25 = 40000 €; capex 50 places × 2500; 20000 trips */
  { "bike_shift", { 50, 8, 50 }, 28.96, 0, 434.4, 125000, 40000, 0,
    319735.4973, 343884.6348, 3.125, -993.0028472, "bike_trips_per_year", 20000 },
  /* shuttle 100 × 200 × 2 × 10 = 400000 pkm × (187 − 104) / 10⁶ = 33.2 t;
   * gross 400000 × 0.25 = 100000; opex 60000; capex 0 → payback 0;
   * NPV = 40000 × 8.110896 = 324435.83; abatement −40000 / 33.2 */
  { "shuttle", { 100, 10, 60000 }, 33.2, 0, 332, 0, 100000, 60000,
    324435.8312, 344631.9617, 0, -1204.819277, "car_km_avoided_per_year", 400000 },
  /* ev_charging 10 × 15000 = 150000 vkm × (150 − 0.17 × 0.15 × 1000) / 10⁶
   * = 18.675 t; × (0.11 − 0.17 × 0.22) = 10890 €; capex 10 × 2500 */
  { "ev_charging", { 10, 15000 }, 18.675, 0, 186.75, 25000, 10890, 0,
    63327.65504, 74687.97844, 2.295684114, -418.0844119, NULL, 0 },
  /* carpool 40 × 200 × 2 × 20 × (1 − 1/2) = 160000 km × 187 / 10⁶ = 29.92 t;
   * × 0.25 = 40000 €; NPV 40000 × 4.451822 = 178072.89 */
  { "carpool", { 40, 20, 2 }, 29.92, 0, 149.6, 0, 40000, 0,
    178072.8932, 188062.7826, 0, -1336.898396, "car_km_avoided_per_year", 160000 },
  /* energy_sharing 100000 × (0.22 − 0.05 − 0.03) = 14000 €; no CO2 → no
   * abatement cost */
  { "energy_sharing", { 100000 }, 0, 0, 0, 0, 14000, 0,
    113552.5409, 113552.5409, 0, NAN, NULL, 0 },
  /* material_exchange 100 t × 0.5 = 50 t; 100 × 120 = 12000 €;
   * abatement −12000 × 8.110896 / (50 × 8.110896) = −240 */
  { "material_exchange", { 100 }, 50, 0, 500, 0, 12000, 0,
    97330.74935, 127746.6085, 0, -240, NULL, 0 },
  /* shared_space 500 m² × 0.5 = 250 t once in year 1 (yearly 0);
   * capex 500 × 300 = 150000; 500 × 150 = 75000 €;
   * NPV = −150000 + 75000 × 13.590326 = 869274.48;
   * discounted tonnes 250 / 1.04 = 240.38462; carbon + 75 × 240.38462;
   * abatement −869274.48 / 240.38462 = −3616.1818 */
  { "shared_space", { 500 }, 0, 250, 250, 150000, 75000, 0,
    869274.4759, 887303.322, 2, -3616.18182, "new_building_avoided_m2", 500 },
  /* depaving 1000 m² × 60 = 60000; no savings → no payback; no CO2 → no
   * abatement; stormwater 1000 × 0.8 × (0.9 − 0.1) = 640 m³/yr */
  { "depaving", { 1000 }, 0, 0, 0, 60000, 0, 0,
    -60000, -60000, NAN, NAN, "stormwater_m3_per_year", 640 },
  /* green_roof 1000 m² × 60 = 60000; stormwater 1000 × 0.8 × 0.5 = 400 */
  { "green_roof", { 1000 }, 0, 0, 0, 60000, 0, 0,
    -60000, -60000, NAN, NAN, "stormwater_m3_per_year", 400 },
  /* trees 50 × 22 / 1000 = 1.1 t; capex 50 × 600 = 30000; lifetime 44 t;
   * abatement 30000 / (1.1 × 19.792774) = 1377.9133; shade 50 × 25 m² */
  { "trees", { 50 }, 1.1, 0, 44, 30000, 0, 0,
    -30000, -28367.09615, NAN, 1377.913345, "shaded_m2", 1250 },
  /* solar_pv alone 250 kWp: tier 100 → 780 €/kWp, capex 195000;
   * NPV = −195000 + 38025 × 14.868097 − 3750 × 15.622080 = 311776.59 */
  { "solar_pv", { 250, 0.7 }, 33.75, 0, 795.0133601, 195000, 38025, 3750,
    311776.5874, 349411.4579, 5.689277899, -621.3185744, NULL, 0 },
};

static void
assert_close_or_nan (double value,
                     double expected)
{
  if (isnan (expected))
    g_assert_true (isnan (value));
  else
    assert_close (value, expected);
}

static void
test_type (gconstpointer data)
{
  const TypeCase *c = data;
  g_autoptr(WijkWorkshop) ws = fixture_workshop ();
  g_autoptr(WijkImpact) impact = NULL;
  WijkAction *action = fixture_add_action (ws, "a", c->type, NAN);
  const WijkActionResult *r;

  memcpy (action->params, c->params, sizeof c->params);
  impact = wijk_impact_new (ws);
  r = only_action (impact);

  g_assert_true (r->type == wijk_catalog_lookup (c->type));
  assert_close (r->co2_t_per_year, c->co2);
  assert_close (r->co2_t_one_off, c->one_off);
  assert_close (r->co2_t_lifetime, c->lifetime);
  assert_close (r->capex_eur, c->capex);
  assert_close (r->gross_savings_eur_per_year, c->gross);
  assert_close (r->added_opex_eur_per_year, c->opex);
  assert_close (r->net_savings_eur_per_year, c->gross - c->opex);
  assert_close (r->npv_eur, c->npv);
  assert_close (r->npv_with_carbon_eur, c->npv_carbon);
  assert_close_or_nan (r->payback_years, c->payback);
  assert_close_or_nan (r->abatement_eur_per_t, c->abatement);
  if (c->cobenefit != NULL)
    {
      gboolean found = FALSE;

      for (guint i = 0; i < r->type->n_cobenefits; i++)
        {
          if (g_strcmp0 (r->type->cobenefits[i].key, c->cobenefit) == 0)
            {
              assert_close (r->cobenefits[i], c->cobenefit_value);
              found = TRUE;
            }
        }
      g_assert_true (found);
    }
}

static void
test_zero_rate (void)
{
  g_autoptr(WijkWorkshop) ws = fixture_workshop ();
  g_autoptr(WijkImpact) impact = NULL;
  const WijkActionResult *r;

  ws->discount_rate = 0;
  fixture_add_action (ws, "a", "solar_pv", 250.0, 0.7, NAN);
  impact = wijk_impact_new (ws);
  r = only_action (impact);
  /* r = 0: CRF = 1/25 = 0.04; Ad = S = 23.555951;
   * NPV = −195000 + 38025 × 23.555951 − 3750 × 25 = 606965.05;
   * discounted tonnes = lifetime tonnes 795.01336 */
  assert_close (r->crf, 0.04);
  assert_close (r->annuity_factor, 25);
  assert_close (r->degraded_annuity_factor, 23.55595141);
  assert_close (r->npv_eur, 606965.0524);
  assert_close (r->co2_t_discounted, 795.0133601);
  /* abatement −606965.05 / 795.01336 = −763.46522 */
  assert_close (r->abatement_eur_per_t, -763.4652232);
}

static void
test_degradation (void)
{
  g_autoptr(WijkWorkshop) ws = fixture_workshop ();
  g_autoptr(WijkImpact) impact = NULL;
  const WijkActionResult *r;

  /* Without degradation the 25 years of 33.75 t sum to 843.75 t and the
   * NPV of the same PV is −195000 + 34275 × 15.622080 = 340446.79. */
  fixture_set_factor (ws, "pv_degradation", 0);
  fixture_add_action (ws, "a", "solar_pv", 250.0, 0.7, NAN);
  impact = wijk_impact_new (ws);
  r = only_action (impact);
  assert_close (r->co2_t_lifetime, 843.75);
  assert_close (r->npv_eur, 340446.7902);

  /* With d = 0.01: S = (1 − 0.99^25) / 0.01 = 22.217864; lifetime
   * 33.75 × 22.217864 = 749.85291. Maintenance does not degrade:
   * Ad = (1 − (0.99/1.04)^25) / 0.05 = 14.164523;
   * NPV = −195000 + 38025 × 14.164523 − 3750 × 15.622080 = 285023.18 */
  fixture_set_factor (ws, "pv_degradation", 0.01);
  wijk_impact_recompute (impact, ws);
  r = only_action (impact);
  assert_close (r->degradation, 0.01);
  assert_close (r->co2_t_lifetime, 749.8529120);
  assert_close (r->npv_eur, 285023.1789);
}

static void
test_undefined (void)
{
  g_autoptr(WijkWorkshop) ws = fixture_workshop ();
  g_autoptr(WijkImpact) impact = NULL;
  const WijkActionResult *r;

  /* A heat pump with electricity at 0.30 €/kWh: 0.07/0.9 − 0.30/3.5
   * = 0.0777778 − 0.0857143 < 0: net savings ≤ 0 → no payback. */
  fixture_set_factor (ws, "el_price_buy_eur_per_kwh", 0.30);
  fixture_add_action (ws, "hp", "heat_pump", 200.0, 100.0, NAN);
  /* An energy-sharing action saves no CO2 → no abatement cost. */
  fixture_add_action (ws, "es", "energy_sharing", 1000.0, NAN);
  /* An unknown type counts nowhere. */
  fixture_add_action (ws, "x", "nuclear_plant", 1.0, NAN);
  impact = wijk_impact_new (ws);

  r = wijk_impact_lookup_action (impact, "hp");
  g_assert_cmpfloat (r->net_savings_eur_per_year, <, 0);
  g_assert_true (isnan (r->payback_years));
  g_assert_false (isnan (r->abatement_eur_per_t));
  r = wijk_impact_lookup_action (impact, "es");
  g_assert_true (isnan (r->abatement_eur_per_t));
  g_assert_false (isnan (r->payback_years));
  r = wijk_impact_lookup_action (impact, "x");
  g_assert_null (r->type);
  g_assert_cmpuint (wijk_impact_get_park (impact)->totals.n_actions, ==, 2);
}

static void
test_shares (void)
{
  g_autoptr(WijkWorkshop) ws = fixture_workshop ();
  g_autoptr(WijkImpact) impact = NULL;
  g_autoptr(GArray) commitments = NULL;
  WijkAction *shuttle;
  const WijkOrgResult *leuven, *imec;

  fixture_add_org (ws, "leuven");
  fixture_add_org (ws, "imec");
  fixture_add_org (ws, "idle");
  /* The city pays the shuttle's running cost, imec's staff reap the
   * savings: shuttle gross 100000, opex 60000, CO2 33.2 t (see above). */
  shuttle = fixture_add_action (ws, "s", "shuttle", 100.0, 10.0, 60000.0, NAN);
  fixture_add_owner (shuttle, "leuven", WIJK_ROLE_FUNDER, 1.0, 0.0);
  fixture_add_owner (shuttle, "imec", WIJK_ROLE_LEAD, 0.0, 1.0);
  impact = wijk_impact_new (ws);

  leuven = wijk_impact_lookup_organisation (impact, "leuven");
  imec = wijk_impact_lookup_organisation (impact, "imec");
  /* Leuven: capex 0, net −60000/yr, NPV −60000 × 8.110896 = −486653.75,
   * no CO2 attributed, no payback. */
  assert_close (leuven->capex_eur, 0);
  assert_close (leuven->net_savings_eur_per_year, -60000);
  assert_close (leuven->npv_eur, -486653.7468);
  assert_close (leuven->co2_t_per_year, 0);
  g_assert_true (isnan (leuven->payback_years));
  /* imec: net +100000/yr, NPV 811089.58, CO2 33.2 t/yr. */
  assert_close (imec->net_savings_eur_per_year, 100000);
  assert_close (imec->npv_eur, 811089.5780);
  assert_close (imec->co2_t_per_year, 33.2);
  /* The two NPVs add up to the action's: 324435.83. */
  assert_close (leuven->npv_eur + imec->npv_eur, 324435.8312);
  g_assert_cmpuint (wijk_impact_lookup_organisation (impact, "idle")->n_commitments, ==, 0);

  commitments = wijk_impact_dup_commitments (impact, ws, "leuven");
  g_assert_cmpuint (commitments->len, ==, 1);
  g_assert_cmpstr (g_array_index (commitments, WijkCommitment, 0).action_id, ==, "s");
  g_assert_cmpint (g_array_index (commitments, WijkCommitment, 0).role, ==, WIJK_ROLE_FUNDER);
  assert_close (g_array_index (commitments, WijkCommitment, 0).net_savings_eur_per_year, -60000);
}

static void
test_macc_and_years (void)
{
  g_autoptr(WijkWorkshop) ws = fixture_workshop ();
  g_autoptr(WijkImpact) impact = NULL;
  g_autoptr(GArray) macc = NULL;
  g_autoptr(GArray) years = NULL;
  WijkMaccPoint *p;
  WijkYearInvestment *y;

  fixture_add_action (ws, "trees", "trees", 50.0, NAN)->start_year = 2027;
  fixture_add_action (ws, "eff", "efficiency", 50000.0, 20000.0, NAN)->start_year = 2026;
  fixture_add_action (ws, "pave", "depaving", 1000.0, NAN)->start_year = 2027;
  fixture_add_action (ws, "mat", "material_exchange", 100.0, NAN);
  impact = wijk_impact_new (ws);

  /* Sorted by cost: efficiency −1226.82, material −240, trees 1377.91;
   * depaving has no CO2 and no bar. Widths 7.5, 50, 1.1 t/yr. */
  macc = wijk_impact_dup_macc (impact);
  g_assert_cmpuint (macc->len, ==, 3);
  p = &g_array_index (macc, WijkMaccPoint, 0);
  g_assert_cmpstr (p->action_id, ==, "eff");
  assert_close (p->abatement_eur_per_t, -1226.823732);
  assert_close (p->cumulative_co2_t_per_year, 0);
  p = &g_array_index (macc, WijkMaccPoint, 1);
  g_assert_cmpstr (p->action_id, ==, "mat");
  assert_close (p->cumulative_co2_t_per_year, 7.5);
  p = &g_array_index (macc, WijkMaccPoint, 2);
  g_assert_cmpstr (p->action_id, ==, "trees");
  assert_close (p->co2_t_per_year, 1.1);
  assert_close (p->cumulative_co2_t_per_year, 57.5);

  /* 2026: 20000; 2027: 30000 + 60000 = 90000; no year: 0 (material). */
  years = wijk_impact_dup_investment_by_year (impact, ws);
  g_assert_cmpuint (years->len, ==, 3);
  y = &g_array_index (years, WijkYearInvestment, 0);
  g_assert_cmpint (y->year, ==, 2026);
  assert_close (y->capex_eur, 20000);
  y = &g_array_index (years, WijkYearInvestment, 1);
  g_assert_cmpint (y->year, ==, 2027);
  assert_close (y->capex_eur, 90000);
  g_assert_cmpuint (y->n_actions, ==, 2);
  y = &g_array_index (years, WijkYearInvestment, 2);
  g_assert_cmpint (y->year, ==, 0);
  assert_close (y->capex_eur, 0);

  /* Themes: efficiency 7.5 t, circularity 50 t, green space 1.1 t. */
  assert_close (wijk_impact_get_park (impact)->themes[WIJK_THEME_CIRCULARITY].co2_t_per_year, 50);
  assert_close (wijk_impact_get_park (impact)->themes[WIJK_THEME_ADAPTATION].capex_eur, 60000);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/wijk/impact/example", test_example);
  g_test_add_func ("/wijk/impact/park-shares", test_park_shares);
  for (guint i = 0; i < G_N_ELEMENTS (type_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/wijk/impact/type/%s", type_cases[i].type);

      g_test_add_data_func (path, &type_cases[i], test_type);
    }
  g_test_add_func ("/wijk/impact/zero-rate", test_zero_rate);
  g_test_add_func ("/wijk/impact/degradation", test_degradation);
  g_test_add_func ("/wijk/impact/undefined", test_undefined);
  g_test_add_func ("/wijk/impact/shares", test_shares);
  g_test_add_func ("/wijk/impact/macc-and-years", test_macc_and_years);

  return g_test_run ();
}
