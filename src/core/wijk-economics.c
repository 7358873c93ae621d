/* wijk-economics.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-economics"

#include "config.h"

#include <math.h>

#include "wijk-economics.h"

/* The geometric sums are written with expm1/log1p so that rates close to 0
 * keep their precision instead of dividing two tiny differences. */

double
wijk_annuity_factor (double rate,
                     gint   years)
{
  return wijk_degraded_annuity_factor (rate, 0.0, years);
}

double
wijk_degraded_annuity_factor (double rate,
                              double degradation,
                              gint   years)
{
  double rd = rate + degradation;

  if (years <= 0)
    return 0.0;
  /* q = (1 − d) / (1 + r); Σₜ q^(t−1) / (1 + r) = (1 − q^L) / (r + d). */
  if (rd == 0.0)
    return years / (1.0 + rate);
  return -expm1 (years * (log1p (-degradation) - log1p (rate))) / rd;
}

double
wijk_degraded_sum (double degradation,
                   gint   years)
{
  if (years <= 0)
    return 0.0;
  if (degradation == 0.0)
    return years;
  return -expm1 (years * log1p (-degradation)) / degradation;
}

double
wijk_capital_recovery_factor (double rate,
                              gint   years)
{
  if (years <= 0)
    return NAN;
  return 1.0 / wijk_annuity_factor (rate, years);
}

double
wijk_annuity_payment (double amount,
                      double rate,
                      gint   years)
{
  if (years <= 0)
    return amount * rate;
  return amount * wijk_capital_recovery_factor (rate, years);
}
