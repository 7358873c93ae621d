/* bench-util.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Timing and percentiles shared by the core benchmarks, so that every
 * budget is judged on the same clock and the same definition of median and
 * 99th percentile. */

#pragma once

#include <glib.h>
#include <stdlib.h>
#include <time.h>

/* Wall-clock, monotonic, in milliseconds. */
static inline double
bench_now_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* Wall-clock, monotonic, in microseconds. */
static inline double
bench_now_us (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

static inline int
bench_compare_doubles (const void *a,
                       const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* Sorts @samples in place; the median is the upper middle sample and the
 * 99th percentile the sample at ⌊0.99 n⌋, both taken from the sample set
 * itself rather than interpolated. */
static inline void
bench_percentiles (double *samples,
                   guint   n,
                   double *median,
                   double *p99)
{
  g_assert (n > 0);
  qsort (samples, n, sizeof (double), bench_compare_doubles);
  *median = samples[n / 2];
  *p99 = samples[MIN (n - 1, (guint) (n * 0.99))];
}
