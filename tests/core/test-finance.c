/* test-finance.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "calc-fixtures.h"
#include "wijk-economics.h"

static void
test_annuities (void)
{
  /* 100000 at 5 % over 10 years: 100000 × 0.05 / (1 − 1.05^−10)
   * = 5000 / 0.386087 = 12950.457 */
  assert_close (wijk_annuity_payment (100000, 0.05, 10), 12950.45750);
  /* r = 0: 100000 / 10 */
  assert_close (wijk_annuity_payment (100000, 0, 10), 10000);
  /* 50000 at 3 % over 5 years: 1500 / (1 − 1.03^−5) = 1500 / 0.137391
   * = 10917.729 */
  assert_close (wijk_annuity_payment (50000, 0.03, 5), 10917.72857);
  /* No term: interest only, 50000 × 0.03 */
  assert_close (wijk_annuity_payment (50000, 0.03, 0), 1500);
}

static void
test_mix (void)
{
  g_autoptr(WijkWorkshop) ws = fixture_workshop ();
  g_autoptr(WijkImpact) impact = NULL;
  WijkAction *eff, *pv;
  WijkFinancing *line;
  const WijkActionResult *r;
  const WijkOrgResult *siemens, *sony;
  WijkOwnerFinance f;

  fixture_add_org (ws, "siemens");
  fixture_add_org (ws, "sony");

  /* Efficiency: capex 20000, savings 11000/yr, owners half and half. */
  eff = fixture_add_action (ws, "eff", "efficiency", 50000.0, 20000.0, NAN);
  fixture_add_owner (eff, "siemens", WIJK_ROLE_LEAD, 0.5, 0.5);
  fixture_add_owner (eff, "sony", WIJK_ROLE_PARTNER, 0.5, 0.5);
  line = fixture_add_financing (eff, WIJK_FINANCING_OWN_FUNDS, "siemens");
  line->amount_eur = 5000;
  line = fixture_add_financing (eff, WIJK_FINANCING_SUBSIDY, NULL);
  line->share_of_capex = 0.3;
  line = fixture_add_financing (eff, WIJK_FINANCING_LOAN, NULL);
  line->amount_eur = 8000;
  line->rate = 0.05;
  line->years = 10;

  /* Solar 250 kWp alone: capex 195000, gross 38025, O&M 3750, Siemens
   * alone; an ESCO pays all of it for half the savings, and a cooperative
   * lends Siemens 50000 at 3 % over 5 years. */
  pv = fixture_add_action (ws, "pv", "solar_pv", 250.0, 0.7, NAN);
  fixture_add_owner (pv, "siemens", WIJK_ROLE_LEAD, 1.0, 1.0);
  line = fixture_add_financing (pv, WIJK_FINANCING_THIRD_PARTY, NULL);
  line->share_of_capex = 1.0;
  line->savings_share = 0.5;
  line->years = 10;
  line = fixture_add_financing (pv, WIJK_FINANCING_COOPERATIVE, "siemens");
  line->amount_eur = 50000;
  line->rate = 0.03;
  line->years = 5;

  impact = wijk_impact_new (ws);

  /* eff: 5000 own + 0.3 × 20000 subsidy + 8000 loan = 19000; gap 1000;
   * debt service 8000 × 0.05 / (1 − 1.05^−10) = 1036.0366;
   * cash flow 11000 − 1036.0366 = 9963.9634 */
  r = wijk_impact_lookup_action (impact, "eff");
  assert_close (r->finance.own_funds_eur, 5000);
  assert_close (r->finance.subsidy_eur, 6000);
  assert_close (r->finance.loan_eur, 8000);
  assert_close (r->finance.financed_eur, 19000);
  assert_close (r->finance.gap_eur, 1000);
  assert_close (r->finance.debt_service_eur_per_year, 1036.036600);
  assert_close (r->finance.net_cash_flow_eur_per_year, 9963.963400);

  /* Siemens in eff: own funds 5000; half the loan's service 518.0183;
   * cash 0.5 × 11000 − 518.0183 = 4981.9817. Sony: no own funds, same
   * cash flow. */
  wijk_impact_get_owner_finance (impact, ws, "eff", "siemens", &f);
  assert_close (f.own_funds_eur, 5000);
  assert_close (f.debt_service_eur_per_year, 518.0183);
  assert_close (f.net_cash_flow_eur_per_year, 4981.981700);
  wijk_impact_get_owner_finance (impact, ws, "eff", "sony", &f);
  assert_close (f.own_funds_eur, 0);
  assert_close (f.net_cash_flow_eur_per_year, 4981.981700);

  /* pv: ESCO 195000 + cooperative 50000 = 245000 → gap −50000;
   * third party 0.5 × 38025 = 19012.5/yr; debt 10917.7286;
   * cash 34275 − 10917.7286 − 19012.5 = 4344.7714 */
  r = wijk_impact_lookup_action (impact, "pv");
  assert_close (r->finance.third_party_eur, 195000);
  assert_close (r->finance.cooperative_eur, 50000);
  assert_close (r->finance.gap_eur, -50000);
  assert_close (r->finance.third_party_eur_per_year, 19012.5);
  assert_close (r->finance.debt_service_eur_per_year, 10917.72857);
  assert_close (r->finance.net_cash_flow_eur_per_year, 4344.771430);

  /* Siemens overall: own funds 5000; debt 518.0183 + 10917.7286
   * = 11435.7469; cash 4981.9817 + 4344.7714 = 9326.7531. Sony 4981.9817. */
  siemens = wijk_impact_lookup_organisation (impact, "siemens");
  sony = wijk_impact_lookup_organisation (impact, "sony");
  assert_close (siemens->own_funds_eur, 5000);
  assert_close (siemens->debt_service_eur_per_year, 11435.74686);
  assert_close (siemens->net_cash_flow_eur_per_year, 9326.753130);
  assert_close (sony->net_cash_flow_eur_per_year, 4981.981700);

  /* Park: gap 1000 − 50000 = −49000; debt 1036.0366 + 10917.7286 */
  assert_close (wijk_impact_get_park (impact)->totals.financing_gap_eur, -49000);
  assert_close (wijk_impact_get_park (impact)->totals.debt_service_eur_per_year, 11953.76517);
}

static void
test_unfinanced (void)
{
  g_autoptr(WijkWorkshop) ws = fixture_workshop ();
  g_autoptr(WijkImpact) impact = NULL;
  const WijkActionResult *r;

  /* Nothing raised: the gap is the whole capex (10 trees × 600). */
  fixture_add_action (ws, "t", "trees", 10.0, NAN);
  impact = wijk_impact_new (ws);
  r = wijk_impact_get_action_result (impact, 0);
  assert_close (r->finance.financed_eur, 0);
  assert_close (r->finance.gap_eur, 6000);
  assert_close (r->finance.net_cash_flow_eur_per_year, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/wijk/finance/annuities", test_annuities);
  g_test_add_func ("/wijk/finance/mix", test_mix);
  g_test_add_func ("/wijk/finance/unfinanced", test_unfinanced);

  return g_test_run ();
}
