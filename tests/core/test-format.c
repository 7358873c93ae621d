/* test-format.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <math.h>

#include "wijk-format.h"

/* Spelled out so that a test never depends on how the editor shows them. */
#define NBSP "\xc2\xa0"     /* U+00A0 no-break space, between number and unit */
#define NNBSP "\xe2\x80\xaf" /* U+202F narrow no-break space, French grouping */
#define MINUS "\xe2\x88\x92" /* U+2212 minus sign */

/* Switches the numeric and monetary conventions to @name and keeps the
 * messages untranslated, so that the expectations do not depend on which
 * translations are installed. Skips the test when @name is missing (Debian's
 * locales-all package provides them all). */
static gboolean
use_locale (const char *name)
{
  if (setlocale (LC_ALL, name) == NULL)
    {
      g_autofree char *reason = g_strdup_printf ("locale %s is not installed", name);

      g_test_skip (reason);
      return FALSE;
    }
  setlocale (LC_MESSAGES, "C");
  return TRUE;
}

#define assert_format(expr, expected) \
  G_STMT_START { \
    g_autofree char *_text = (expr); \
    g_assert_cmpstr (_text, ==, (expected)); \
  } G_STMT_END

static void
test_undefined (void)
{
  g_assert_true (use_locale ("C.UTF-8"));

  assert_format (wijk_format_number (NAN, 1), "—");
  assert_format (wijk_format_number (INFINITY, 0), "—");
  assert_format (wijk_format_tonnes (NAN), "—");
  assert_format (wijk_format_tonnes_per_year (-INFINITY), "—");
  assert_format (wijk_format_money (NAN), "—");
  assert_format (wijk_format_money_short (NAN), "—");
  assert_format (wijk_format_money_per_year (NAN), "—");
  assert_format (wijk_format_percent (NAN, 0), "—");
  assert_format (wijk_format_years (INFINITY), "—");
  assert_format (wijk_format_quantity (NAN, "kWp"), "—");
}

/* The C locale groups nothing and writes a point. */
static void
test_c_locale (void)
{
  g_assert_true (use_locale ("C.UTF-8"));

  assert_format (wijk_format_number (1234.5, 1), "1234.5");
  assert_format (wijk_format_money (175000), "€175000");
  assert_format (wijk_format_money_short (8.2e6), "€8.2" NBSP "M");
}

static void
test_english (void)
{
  if (!use_locale ("en_US.UTF-8"))
    return;

  assert_format (wijk_format_number (1234.5, 1), "1,234.5");
  /* 1234567.891 to two decimals is 1234567.89, grouped in threes. */
  assert_format (wijk_format_number (-1234567.891, 2), MINUS "1,234,567.89");
  assert_format (wijk_format_number (999.96, 1), "1,000.0");
  /* −0.4 rounds to 0, which has no sign. */
  assert_format (wijk_format_number (-0.4, 0), "0");
  assert_format (wijk_format_number (12, 0), "12");

  /* One decimal from 1 up to 10,000, none above, two below 1; trailing
   * zero decimals are dropped. */
  assert_format (wijk_format_tonnes (1234.5), "1,234.5" NBSP "t" NBSP "CO₂e");
  assert_format (wijk_format_tonnes (33.76), "33.8" NBSP "t" NBSP "CO₂e");
  assert_format (wijk_format_tonnes_per_year (2140), "2,140" NBSP "t" NBSP "CO₂e/yr");
  assert_format (wijk_format_tonnes_per_year (12345.6), "12,346" NBSP "t" NBSP "CO₂e/yr");
  assert_format (wijk_format_quantity (0.25, "m²"), "0.25" NBSP "m²");
  assert_format (wijk_format_quantity (250, "kWp"), "250" NBSP "kWp");
  assert_format (wijk_format_quantity (-3.04, NULL), MINUS "3");

  assert_format (wijk_format_money (175000), "€175,000");
  /* Rounded to the euro: 2,500.4 → 2,500; en_US puts the sign first. */
  assert_format (wijk_format_money (-2500.4), MINUS "€2,500");
  assert_format (wijk_format_money (0), "€0");

  /* 8,200,000 / 10⁶ = 8.2; 39,400,000 / 10⁶ = 39.4; 120,000 / 10³ = 120
   * (three figures, no decimal); 999,960 / 10³ = 999.96 would show as
   * "1,000 k", so it becomes 0.99996 M = "1.0 M"; 850 stays in full. */
  assert_format (wijk_format_money_short (8.2e6), "€8.2" NBSP "M");
  assert_format (wijk_format_money_short (39.4e6), "€39.4" NBSP "M");
  assert_format (wijk_format_money_short (120000), "€120" NBSP "k");
  assert_format (wijk_format_money_short (8240), "€8.2" NBSP "k");
  assert_format (wijk_format_money_short (999960), "€1.0" NBSP "M");
  assert_format (wijk_format_money_short (850), "€850");
  assert_format (wijk_format_money_short (1.5e9), "€1.5" NBSP "bn");
  assert_format (wijk_format_money_short (-1.1e6), MINUS "€1.1" NBSP "M");
  assert_format (wijk_format_money_per_year (1.1e6), "€1.1" NBSP "M/yr");

  /* 0.34 → 34; 0.005357 → 0.5357 % → 0.5 with one decimal. */
  assert_format (wijk_format_percent (0.34, 0), "34%");
  assert_format (wijk_format_percent (0.005357, 1), "0.5%");
  /* Shares: 0.3 → 30 (whole); 0.125 → 12.5; 0.3333 → 33.33, 0.33 from a
   * whole number, so one decimal: 33.3; 0.99996 → 99.996, within 0.05 of
   * 100: "100%". */
  assert_format (wijk_format_share (0.3), "30%");
  assert_format (wijk_format_share (0.125), "12.5%");
  assert_format (wijk_format_share (0.3333), "33.3%");
  assert_format (wijk_format_share (0.99996), "100%");
  assert_format (wijk_format_share (NAN), "—");

  /* 5.106 → 5.1; a fraction takes the plural: 1.5 → "years". */
  assert_format (wijk_format_years (5.106), "5.1" NBSP "years");
  assert_format (wijk_format_years (1), "1" NBSP "year");
  assert_format (wijk_format_years (1.5), "1.5" NBSP "years");
  assert_format (wijk_format_years (25), "25" NBSP "years");
}

static void
check_dutch (const char *locale_name)
{
  if (!use_locale (locale_name))
    return;

  assert_format (wijk_format_number (1234.5, 1), "1.234,5");
  assert_format (wijk_format_number (-1234567.891, 2), MINUS "1.234.567,89");
  assert_format (wijk_format_tonnes (1234.5), "1.234,5" NBSP "t" NBSP "CO₂e");
  assert_format (wijk_format_quantity (0.25, "m²"), "0,25" NBSP "m²");
  /* Dutch puts the euro sign first, with a space; the sign of a negative
   * amount goes right after the euro sign (n_sign_posn 4). */
  assert_format (wijk_format_money (175000), "€" NBSP "175.000");
  assert_format (wijk_format_money (-2500), "€" NBSP MINUS "2.500");
  /* The scale word is a translation ("mln" in nl.po); untranslated here. */
  assert_format (wijk_format_money_short (8.2e6), "€" NBSP "8,2" NBSP "M");
  assert_format (wijk_format_percent (0.34, 0), "34%");
  assert_format (wijk_format_years (5.106), "5,1" NBSP "years");
}

static void
test_dutch (void)
{
  check_dutch ("nl_NL.UTF-8");
}

static void
test_flemish (void)
{
  check_dutch ("nl_BE.UTF-8");
}

static void
test_french (void)
{
  if (!use_locale ("fr_FR.UTF-8"))
    return;

  /* fr_FR groups with a narrow no-break space. */
  assert_format (wijk_format_number (1234.5, 1), "1" NNBSP "234,5");
  assert_format (wijk_format_number (1234567, 0), "1" NNBSP "234" NNBSP "567");
  assert_format (wijk_format_tonnes (1234.5), "1" NNBSP "234,5" NBSP "t" NBSP "CO₂e");
  /* The euro sign follows the amount after a space... */
  assert_format (wijk_format_money (175000), "175" NNBSP "000" NBSP "€");
  assert_format (wijk_format_money (-175000), MINUS "175" NNBSP "000" NBSP "€");
  /* ...and joins the scale word in short amounts: "8,2 M€", "120 k€". */
  assert_format (wijk_format_money_short (8.2e6), "8,2" NBSP "M€");
  assert_format (wijk_format_money_short (120000), "120" NBSP "k€");
  assert_format (wijk_format_money_short (950), "950" NBSP "€");
}

/* glibc's fr_BE groups with a point, as Belgian French usage does. */
static void
test_belgian_french (void)
{
  if (!use_locale ("fr_BE.UTF-8"))
    return;

  assert_format (wijk_format_number (1234.5, 1), "1.234,5");
  assert_format (wijk_format_money (175000), "175.000" NBSP "€");
  assert_format (wijk_format_money_short (8.2e6), "8,2" NBSP "M€");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/wijk/format/undefined", test_undefined);
  g_test_add_func ("/wijk/format/c-locale", test_c_locale);
  g_test_add_func ("/wijk/format/english", test_english);
  g_test_add_func ("/wijk/format/dutch", test_dutch);
  g_test_add_func ("/wijk/format/flemish", test_flemish);
  g_test_add_func ("/wijk/format/french", test_french);
  g_test_add_func ("/wijk/format/belgian-french", test_belgian_french);

  return g_test_run ();
}
