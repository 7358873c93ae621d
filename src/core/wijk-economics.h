/* wijk-economics.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * The sums of the common economics (docs/methodology.md, "Common
 * economics") in closed form, so no figure loops over the years of a
 * lifetime. r is the discount rate, d the yearly degradation, L the
 * lifetime in years (t = 1..L).
 */

/* Σₜ 1 / (1 + r)^t = (1 − (1 + r)^−L) / r; L when r = 0. */
double wijk_annuity_factor           (double rate,
                                      gint   years);

/* Σₜ (1 − d)^(t−1) / (1 + r)^t; the annuity factor when d = 0. */
double wijk_degraded_annuity_factor  (double rate,
                                      double degradation,
                                      gint   years);

/* Σₜ (1 − d)^(t−1) = (1 − (1 − d)^L) / d; L when d = 0. */
double wijk_degraded_sum             (double degradation,
                                      gint   years);

/* CRF = r / (1 − (1 + r)^−L); 1 / L when r = 0. */
double wijk_capital_recovery_factor  (double rate,
                                      gint   years);

/* The yearly payment repaying @amount in @years equal instalments at
 * @rate: amount · r / (1 − (1 + r)^−n), amount / n when r = 0; only the
 * interest amount · r when @years ≤ 0 (nothing repaid yet). */
double wijk_annuity_payment          (double amount,
                                      double rate,
                                      gint   years);

G_END_DECLS
