/* test-economics.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "calc-fixtures.h"
#include "wijk-economics.h"

/* A plain loop over the years, the definition the closed forms replace. */
static double
loop_sum (double r,
          double d,
          gint   years,
          gboolean discount)
{
  double sum = 0.0;

  for (gint t = 1; t <= years; t++)
    sum += pow (1.0 - d, t - 1) / (discount ? pow (1.0 + r, t) : 1.0);
  return sum;
}

static void
test_annuity_factor (void)
{
  /* (1 − 1.04^−25) / 0.04 = (1 − 0.375117) / 0.04 = 15.622080 */
  assert_close (wijk_annuity_factor (0.04, 25), 15.62207994);
  /* r = 0: L */
  assert_close (wijk_annuity_factor (0.0, 25), 25);
  /* A rate of 1e-12 is L to within rounding, not a cancellation error. */
  assert_close (wijk_annuity_factor (1e-12, 25), 25);
  g_assert_cmpfloat (wijk_annuity_factor (0.04, 0), ==, 0);
  for (gint L = 1; L <= 40; L += 13)
    assert_close (wijk_annuity_factor (0.07, L), loop_sum (0.07, 0, L, TRUE));
}

static void
test_degraded (void)
{
  /* Σₜ 0.995^(t−1) / 1.04^t = (1 − (0.995/1.04)^25) / 0.045 = 14.868097 */
  assert_close (wijk_degraded_annuity_factor (0.04, 0.005, 25), 14.86809697);
  /* (1 − 0.995^25) / 0.005 = (1 − 0.882220) / 0.005 = 23.555951 */
  assert_close (wijk_degraded_sum (0.005, 25), 23.55595141);
  assert_close (wijk_degraded_sum (0, 25), 25);
  /* r = 0 and d = 0: L / (1 + 0) */
  assert_close (wijk_degraded_annuity_factor (0, 0, 25), 25);
  /* r = 0, d = 0.005: the undiscounted sum */
  assert_close (wijk_degraded_annuity_factor (0, 0.005, 25), 23.55595141);
  for (gint L = 1; L <= 40; L += 13)
    {
      assert_close (wijk_degraded_annuity_factor (0.03, 0.01, L), loop_sum (0.03, 0.01, L, TRUE));
      assert_close (wijk_degraded_sum (0.01, L), loop_sum (0, 0.01, L, FALSE));
    }
}

static void
test_crf (void)
{
  /* 0.04 / (1 − 1.04^−25) = 0.04 / 0.624883 = 0.0640120 */
  assert_close (wijk_capital_recovery_factor (0.04, 25), 0.06401196279);
  /* r = 0: 1 / L */
  assert_close (wijk_capital_recovery_factor (0, 10), 0.1);
  /* 0.08 / (1 − 1.08^−10) = 0.149029 */
  assert_close (wijk_capital_recovery_factor (0.08, 10), 0.1490294887);
}

static void
test_abatement_identity (void)
{
  g_autoptr(WijkWorkshop) ws = fixture_workshop ();
  g_autoptr(WijkImpact) impact = NULL;
  const WijkActionResult *r;

  /* For constant yearly values −NPV / Σ discounted tonnes
   * = (capex × CRF − net savings) / co2. Efficiency, 15 years:
   * (20000 × 0.0899411 − 11000) / 7.5 = (1798.822 − 11000) / 7.5
   * = −1226.8237 €/t. */
  fixture_add_action (ws, "e", "efficiency", 50000.0, 20000.0, NAN);
  impact = wijk_impact_new (ws);
  r = wijk_impact_get_action_result (impact, 0);
  assert_close (r->crf, 0.08994110037);
  assert_close (r->abatement_eur_per_t, -1226.823732);
  assert_close (r->abatement_eur_per_t,
                (r->capex_eur * r->crf - r->net_savings_eur_per_year) / r->co2_t_per_year);
  /* payback 20000 / 11000 = 1.818182 */
  assert_close (r->payback_years, 1.818181818);
}

static void
test_one_off (void)
{
  g_autoptr(WijkWorkshop) ws = fixture_workshop ();
  g_autoptr(WijkImpact) impact = NULL;
  const WijkActionResult *r;

  /* Shared space 1000 m²: 500 t once in year 1, nothing after. Lifetime
   * 500 t; discounted 500 / 1.04 = 480.76923 t; the carbon value adds
   * 75 × 480.76923 = 36057.692 €. With r = 0 the discount disappears. */
  fixture_add_action (ws, "s", "shared_space", 1000.0, NAN);
  impact = wijk_impact_new (ws);
  r = wijk_impact_get_action_result (impact, 0);
  assert_close (r->co2_t_per_year, 0);
  assert_close (r->co2_t_one_off, 500);
  assert_close (r->co2_t_lifetime, 500);
  assert_close (r->co2_t_discounted, 480.7692308);
  assert_close (r->npv_with_carbon_eur - r->npv_eur, 36057.69231);

  ws->discount_rate = 0;
  wijk_impact_recompute (impact, ws);
  r = wijk_impact_get_action_result (impact, 0);
  assert_close (r->co2_t_discounted, 500);
  /* NPV = −300000 + 150000 × 20 = 2700000; abatement −2700000 / 500 */
  assert_close (r->npv_eur, 2700000);
  assert_close (r->abatement_eur_per_t, -5400);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/wijk/economics/annuity-factor", test_annuity_factor);
  g_test_add_func ("/wijk/economics/degraded", test_degraded);
  g_test_add_func ("/wijk/economics/crf", test_crf);
  g_test_add_func ("/wijk/economics/abatement-identity", test_abatement_identity);
  g_test_add_func ("/wijk/economics/one-off", test_one_off);

  return g_test_run ();
}
