/* test-purchase.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "calc-fixtures.h"
#include "wijk-purchase.h"

/* solar_pv_price_tiers (reference-data.md): from 0 kWp 850 €/kWp, from 100
 * 780, from 500 700, from 1000 640. */

static void
test_tiers_at_thresholds (void)
{
  const struct { double kwp, price; } cases[] = {
    { 0, 850 }, { 1, 850 }, { 99.999, 850 }, { 100, 780 }, { 100.001, 780 },
    { 499.999, 780 }, { 500, 700 }, { 500.001, 700 },
    { 999.999, 700 }, { 1000, 640 }, { 1000.001, 640 }, { 50000, 640 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(WijkWorkshop) ws = fixture_workshop ();
      g_autoptr(WijkImpact) impact = NULL;
      const WijkActionResult *r;

      fixture_add_action (ws, "a", "solar_pv", cases[i].kwp, 0.7, NAN);
      impact = wijk_impact_new (ws);
      r = wijk_impact_get_action_result (impact, 0);
      g_test_message ("%g kWp", cases[i].kwp);
      assert_close (r->unit_price_eur, cases[i].price);
      /* e.g. 99.999 kWp × 850 = 84999.15 €; 100 kWp × 780 = 78000 € */
      assert_close (r->capex_eur, cases[i].kwp * cases[i].price);
    }
}

static void
test_tiers_find (void)
{
  g_autoptr(GArray) tiers = g_array_new (FALSE, FALSE, sizeof (WijkPriceTier));
  WijkPriceTier t[] = { { 10, 5 }, { 20, 4 } };

  g_assert_cmpint (wijk_price_tiers_find (tiers, 5), ==, -1);
  g_assert_true (isnan (wijk_price_tiers_unit_price (tiers, 5)));
  g_array_append_vals (tiers, t, 2);
  /* Below the smallest tier the first applies. */
  g_assert_cmpint (wijk_price_tiers_find (tiers, 5), ==, 0);
  g_assert_cmpint (wijk_price_tiers_find (tiers, 10), ==, 0);
  g_assert_cmpint (wijk_price_tiers_find (tiers, 19.99), ==, 0);
  g_assert_cmpint (wijk_price_tiers_find (tiers, 20), ==, 1);
  g_assert_cmpfloat (wijk_price_tiers_unit_price (tiers, 1e9), ==, 4);
}

static void
test_flat_and_workshop_tiers (void)
{
  g_autoptr(WijkWorkshop) ws = fixture_workshop ();
  g_autoptr(WijkImpact) impact = NULL;
  WijkFactor *tiers = wijk_factor_new ("heat_pump_price_tiers");
  /* Given out of order: the calculation sorts them. */
  WijkPriceTier t[] = { { 200, 900 }, { 0, 1000 } };

  /* Without a tier table a heat pump costs 150 kW × 1000 €/kW = 150000. */
  fixture_add_action (ws, "hp", "heat_pump", 200.0, 150.0, NAN);
  impact = wijk_impact_new (ws);
  assert_close (wijk_impact_get_action_result (impact, 0)->capex_eur, 150000);

  /* A workshop's own table: 250 kW reaches 900 €/kW → 225000. */
  tiers->tiers = g_array_new (FALSE, FALSE, sizeof (WijkPriceTier));
  g_array_append_vals (tiers->tiers, t, 2);
  g_ptr_array_add (ws->factors, tiers);
  ((WijkAction *) g_ptr_array_index (ws->actions, 0))->params[1] = 250;
  wijk_impact_recompute (impact, ws);
  assert_close (wijk_impact_get_action_result (impact, 0)->capex_eur, 225000);
  g_assert_nonnull (wijk_impact_get_tiers (impact, wijk_catalog_lookup ("heat_pump")));
  g_assert_null (wijk_impact_get_tiers (impact, wijk_catalog_lookup ("trees")));
}

static void
test_group_savings (void)
{
  g_autoptr(WijkWorkshop) ws = fixture_example ();
  g_autoptr(WijkImpact) impact = NULL;
  const WijkGroupResult *g;
  const WijkActionResult *a2;
  const guint *members;
  guint n_members;

  /* A third member of another type is not bundled: trees stay alone. */
  fixture_add_action (ws, "t", "trees", 10.0, NAN)->purchase_group = g_strdup ("pv-2027");
  impact = wijk_impact_new (ws);
  g = wijk_impact_lookup_group (impact, "pv-2027");
  a2 = wijk_impact_lookup_action (impact, "a2");

  /* 250 + 350 = 600 kWp → 700 €/kWp. Alone: a1 250 × 780 = 195000,
   * a2 350 × 780 = 273000; in the group 175000 and 245000: savings 20000
   * and 28000, together 48000. */
  g_assert_cmpuint (g->n_members, ==, 2);
  members = wijk_impact_get_group_members (impact, 0, &n_members);
  g_assert_cmpuint (n_members, ==, 2);
  g_assert_cmpuint (members[0], ==, 0);
  g_assert_cmpuint (members[1], ==, 1);
  assert_close (g->total_quantity, 600);
  assert_close (g->unit_price_eur, 700);
  assert_close (a2->capex_alone_eur, 273000);
  assert_close (a2->capex_eur, 245000);
  assert_close (a2->capex_alone_eur - a2->capex_eur, 28000);
  assert_close (g->capex_alone_eur, 468000);
  assert_close (g->capex_eur, 420000);
  assert_close (g->saving_eur, 48000);
  g_assert_cmpint (wijk_impact_lookup_action (impact, "t")->purchase_group, ==, -1);
  /* 10 trees × 600 = 6000, at its own price. */
  assert_close (wijk_impact_lookup_action (impact, "t")->capex_eur, 6000);
}

static void
test_interested (void)
{
  g_autoptr(WijkWorkshop) ws = fixture_example ();
  g_autoptr(WijkImpact) impact = NULL;
  WijkAction *a2 = wijk_workshop_find_action (ws, "a2");
  const WijkGroupResult *g;

  /* a2 only interested: capex still uses all 600 kWp (700 €/kWp);
   * expected = 250 + (1 − 0.2) × 350 = 530 kWp → still 700: the price
   * holds. */
  a2->purchase_status = WIJK_PURCHASE_INTERESTED;
  impact = wijk_impact_new (ws);
  g = wijk_impact_lookup_group (impact, "pv-2027");
  assert_close (g->committed_quantity, 250);
  assert_close (g->interested_quantity, 350);
  g_assert_cmpuint (g->n_interested, ==, 1);
  assert_close (g->expected_quantity, 530);
  assert_close (g->unit_price_eur, 700);
  assert_close (g->expected_unit_price_eur, 700);
  g_assert_true (g->price_holds);
  assert_close (wijk_impact_lookup_action (impact, "a1")->capex_eur, 175000);

  /* a2 300 kWp: total 550 → 700; expected 250 + 0.8 × 300 = 490 → 780:
   * the price does not hold. */
  a2->params[0] = 300;
  wijk_impact_update_action (impact, ws, "a2");
  g = wijk_impact_lookup_group (impact, "pv-2027");
  assert_close (g->total_quantity, 550);
  assert_close (g->expected_quantity, 490);
  assert_close (g->unit_price_eur, 700);
  assert_close (g->expected_unit_price_eur, 780);
  g_assert_false (g->price_holds);

  /* A cancellation rate of 0.1: 250 + 0.9 × 300 = 520 → 700 again. */
  fixture_set_factor (ws, "purchase_cancellation_rate", 0.1);
  wijk_impact_recompute (impact, ws);
  g = wijk_impact_lookup_group (impact, "pv-2027");
  assert_close (g->expected_quantity, 520);
  g_assert_true (g->price_holds);
}

static void
test_empty_group (void)
{
  g_autoptr(WijkWorkshop) ws = fixture_workshop ();
  g_autoptr(WijkImpact) impact = NULL;
  const WijkGroupResult *g;

  fixture_add_group (ws, "empty", "heat_pump");
  impact = wijk_impact_new (ws);
  g = wijk_impact_lookup_group (impact, "empty");
  g_assert_cmpuint (g->n_members, ==, 0);
  g_assert_true (isnan (g->unit_price_eur));
  assert_close (g->saving_eur, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/wijk/purchase/tiers-at-thresholds", test_tiers_at_thresholds);
  g_test_add_func ("/wijk/purchase/tiers-find", test_tiers_find);
  g_test_add_func ("/wijk/purchase/flat-and-workshop-tiers", test_flat_and_workshop_tiers);
  g_test_add_func ("/wijk/purchase/group-savings", test_group_savings);
  g_test_add_func ("/wijk/purchase/interested", test_interested);
  g_test_add_func ("/wijk/purchase/empty-group", test_empty_group);

  return g_test_run ();
}
