/* wijk-format.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-format"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <limits.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "wijk-format.h"

#define MINUS_SIGN "\xe2\x88\x92"   /* U+2212 */
#define NO_BREAK_SPACE "\xc2\xa0"   /* U+00A0 */
#define EURO_SIGN "€"
#define MAX_DIGITS 12

/* The separators of the current locale, copied out of localeconv()'s
 * static buffer at once. */
typedef struct
{
  char *decimal_point;
  char *thousands_sep;
  char *grouping;
} Separators;

typedef struct
{
  gboolean symbol_first;
  gboolean space;
  int sign_posn;
} MoneyLayout;

static void
separators_clear (Separators *seps)
{
  g_clear_pointer (&seps->decimal_point, g_free);
  g_clear_pointer (&seps->thousands_sep, g_free);
  g_clear_pointer (&seps->grouping, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Separators, separators_clear)

static void
separators_init (Separators *seps,
                 gboolean    monetary)
{
  const struct lconv *lc = localeconv ();
  const char *decimal_point = lc->decimal_point;
  const char *thousands_sep = lc->thousands_sep;
  const char *grouping = lc->grouping;

  /* Money is shown without cents, but its grouping follows LC_MONETARY. */
  if (monetary && lc->mon_thousands_sep != NULL && lc->mon_thousands_sep[0] != '\0')
    {
      thousands_sep = lc->mon_thousands_sep;
      grouping = lc->mon_grouping;
    }

  seps->decimal_point = g_strdup (decimal_point != NULL && decimal_point[0] != '\0'
                                  ? decimal_point : ".");
  seps->thousands_sep = g_strdup (thousands_sep != NULL ? thousands_sep : "");
  seps->grouping = g_strdup (grouping != NULL ? grouping : "");
}

static void
money_layout_init (MoneyLayout *layout,
                   gboolean     negative)
{
  const struct lconv *lc = localeconv ();
  char cs_precedes = negative ? lc->n_cs_precedes : lc->p_cs_precedes;
  char sep_by_space = negative ? lc->n_sep_by_space : lc->p_sep_by_space;
  char sign_posn = negative ? lc->n_sign_posn : lc->p_sign_posn;

  /* The C locale leaves these unset (CHAR_MAX): write "€8.2 M" then. */
  layout->symbol_first = cs_precedes == CHAR_MAX ? TRUE : cs_precedes != 0;
  layout->space = sep_by_space != CHAR_MAX && sep_by_space != 0;
  layout->sign_posn = sign_posn == CHAR_MAX ? 1 : sign_posn;
}

/* Appends the integer digits @digits with the locale's thousands separator
 * placed as its grouping string says (see localeconv(3): each byte is the
 * size of a group counted from the right, the last one repeats, CHAR_MAX
 * ends grouping). */
static void
append_grouped (GString          *out,
                const char       *digits,
                gsize             n_digits,
                const Separators *seps)
{
  gsize breaks[64];
  guint n_breaks = 0;
  const char *group = seps->grouping;
  gsize remaining = n_digits;
  gsize size = 0;

  if (seps->thousands_sep[0] != '\0')
    {
      while (n_breaks < G_N_ELEMENTS (breaks))
        {
          if (*group != '\0')
            size = (guchar) *group++;
          if (size == 0 || size == CHAR_MAX || size >= remaining)
            break;
          remaining -= size;
          breaks[n_breaks++] = remaining;
        }
    }

  for (gsize i = 0; i < n_digits; i++)
    {
      for (guint b = 0; b < n_breaks; b++)
        {
          if (breaks[b] == i && i > 0)
            g_string_append (out, seps->thousands_sep);
        }
      g_string_append_c (out, digits[i]);
    }
}

/* Formats |value| with @digits decimals in the locale's conventions; when
 * @trim, trailing zero decimals are dropped. Sets @is_zero when the rounded
 * figure is zero, so that "−0" is never shown. */
static char *
format_magnitude (double            value,
                  int               digits,
                  gboolean          trim,
                  const Separators *seps,
                  gboolean         *is_zero)
{
  char format[16];
  char buffer[G_ASCII_DTOSTR_BUF_SIZE + 400];
  const char *point;
  gsize n_int;
  gsize n_frac = 0;
  GString *out = g_string_new (NULL);

  digits = CLAMP (digits, 0, MAX_DIGITS);
  g_snprintf (format, sizeof format, "%%.%df", digits);
  g_ascii_formatd (buffer, sizeof buffer, format, fabs (value));

  point = strchr (buffer, '.');
  n_int = point != NULL ? (gsize) (point - buffer) : strlen (buffer);
  if (point != NULL)
    {
      n_frac = strlen (point + 1);
      while (trim && n_frac > 0 && point[n_frac] == '0')
        n_frac--;
    }

  *is_zero = strspn (buffer, "0.") == strlen (buffer);

  append_grouped (out, buffer, n_int, seps);
  if (n_frac > 0)
    {
      g_string_append (out, seps->decimal_point);
      g_string_append_len (out, point + 1, n_frac);
    }
  return g_string_free (out, FALSE);
}

static char *
format_signed (double   value,
               int      digits,
               gboolean trim)
{
  g_auto(Separators) seps = { 0 };
  g_autofree char *magnitude = NULL;
  gboolean is_zero;

  separators_init (&seps, FALSE);
  magnitude = format_magnitude (value, digits, trim, &seps, &is_zero);
  if (value < 0 && !is_zero)
    return g_strconcat (MINUS_SIGN, magnitude, NULL);
  return g_steal_pointer (&magnitude);
}

/* Enough decimals to read a figure, not more: 12,346 / 1,234.5 / 0.25. */
static int
auto_digits (double value)
{
  double magnitude = fabs (value);

  if (magnitude >= 10000)
    return 0;
  if (magnitude >= 1)
    return 1;
  return 2;
}

/* Joins a number and its unit with a no-break space; the spaces inside the
 * unit ("t CO₂e") become no-break spaces too. */
static char *
join_unit (const char *number,
           const char *unit)
{
  GString *out = g_string_new (number);

  if (unit == NULL || unit[0] == '\0')
    return g_string_free (out, FALSE);

  g_string_append (out, NO_BREAK_SPACE);
  for (const char *p = unit; *p != '\0'; p++)
    {
      if (*p == ' ')
        g_string_append (out, NO_BREAK_SPACE);
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

/**
 * wijk_format_number:
 * @value: the number
 * @digits: how many decimals to show (0 to 12)
 *
 * Formats @value with exactly @digits decimals, grouped by thousands:
 * "1,234.5" in English, "1.234,5" in Dutch, "1 234,5" in French.
 *
 * Returns: (transfer full): the text, or "—" when @value is not finite
 */
char *
wijk_format_number (double value,
                    int    digits)
{
  if (!isfinite (value))
    return g_strdup (WIJK_FORMAT_UNDEFINED);
  return format_signed (value, digits, FALSE);
}

/**
 * wijk_format_quantity:
 * @value: the quantity
 * @unit: (nullable): its unit symbol as shown, e.g. "kWp" or "m²"
 *
 * Formats a quantity with as many decimals as it needs to be read (none
 * from 10,000 up, one from 1, two below) and its unit: "250 kWp",
 * "1.234,5 m²".
 *
 * Returns: (transfer full): the text, or "—" when @value is not finite
 */
char *
wijk_format_quantity (double      value,
                      const char *unit)
{
  g_autofree char *number = NULL;

  if (!isfinite (value))
    return g_strdup (WIJK_FORMAT_UNDEFINED);
  number = format_signed (value, auto_digits (value), TRUE);
  return join_unit (number, unit);
}

/**
 * wijk_format_tonnes:
 * @t: tonnes of CO2 equivalent
 *
 * Formats a mass of CO2 equivalent: "1,234.5 t CO₂e".
 *
 * Returns: (transfer full): the text, or "—" when @t is not finite
 */
char *
wijk_format_tonnes (double t)
{
  /* Translators: the unit symbol of tonnes of CO2 equivalent, written after
   * a number ("1,234.5 t CO₂e"). */
  return wijk_format_quantity (t, _("t CO₂e"));
}

/**
 * wijk_format_tonnes_per_year:
 * @t: tonnes of CO2 equivalent per year
 *
 * Formats a yearly emission or reduction: "2,140 t CO₂e/yr".
 *
 * Returns: (transfer full): the text, or "—" when @t is not finite
 */
char *
wijk_format_tonnes_per_year (double t)
{
  /* Translators: the unit symbol of tonnes of CO2 equivalent per year,
   * written after a number ("2,140 t CO₂e/yr"); Dutch "t CO₂e/jr". */
  return wijk_format_quantity (t, _("t CO₂e/yr"));
}

/* Places the euro sign and the sign around @number as LC_MONETARY says
 * (localeconv(3): sign_posn 0 parentheses, 1 sign first, 2 sign last,
 * 3 sign just before the symbol, 4 sign just after it). */
static char *
place_currency (const char *number,
                gboolean    negative,
                gboolean    glue_symbol)
{
  MoneyLayout layout;
  const char *sign = negative ? MINUS_SIGN : "";
  const char *space;

  money_layout_init (&layout, negative);
  space = layout.space && !glue_symbol ? NO_BREAK_SPACE : "";

  if (negative && layout.sign_posn == 0)
    {
      if (layout.symbol_first)
        return g_strconcat ("(", EURO_SIGN, space, number, ")", NULL);
      return g_strconcat ("(", number, space, EURO_SIGN, ")", NULL);
    }

  if (layout.symbol_first)
    {
      switch (layout.sign_posn)
        {
        case 2:
          return g_strconcat (EURO_SIGN, space, number, sign, NULL);
        case 4:
          return g_strconcat (EURO_SIGN, space, sign, number, NULL);
        default:
          return g_strconcat (sign, EURO_SIGN, space, number, NULL);
        }
    }

  switch (layout.sign_posn)
    {
    case 2:
      return g_strconcat (number, space, EURO_SIGN, sign, NULL);
    case 3:
      return g_strconcat (number, space, sign, EURO_SIGN, NULL);
    case 4:
      return g_strconcat (number, space, EURO_SIGN, sign, NULL);
    default:
      return g_strconcat (sign, number, space, EURO_SIGN, NULL);
    }
}

/**
 * wijk_format_money:
 * @eur: an amount in euros
 *
 * Formats an amount in full, rounded to the euro and grouped by thousands:
 * "€175,000", "€ 175.000", "175 000 €".
 *
 * Returns: (transfer full): the text, or "—" when @eur is not finite
 */
char *
wijk_format_money (double eur)
{
  g_auto(Separators) seps = { 0 };
  g_autofree char *number = NULL;
  gboolean is_zero;

  if (!isfinite (eur))
    return g_strdup (WIJK_FORMAT_UNDEFINED);

  separators_init (&seps, TRUE);
  number = format_magnitude (eur, 0, FALSE, &seps, &is_zero);
  return place_currency (number, eur < 0 && !is_zero, FALSE);
}

/* The scale words of short amounts, from the largest down. */
static const char *
scale_suffix (guint scale)
{
  switch (scale)
    {
    case 1:
      /* Translators: the abbreviation of "thousand" after a short amount of
       * money, "€120 k"; French writes "120 k€". */
      return C_("thousands of euros", "k");
    case 2:
      /* Translators: the abbreviation of "million" after a short amount of
       * money, "€8.2 M"; Dutch writes "mln" ("€ 8,2 mln"), French "M"
       * ("8,2 M€"). */
      return C_("millions of euros", "M");
    case 3:
      /* Translators: the abbreviation of "billion" (10⁹) after a short amount
       * of money, "€1.2 bn"; Dutch "mld", French "Md". */
      return C_("billions of euros", "bn");
    default:
      g_assert_not_reached ();
    }
}

/**
 * wijk_format_money_short:
 * @eur: an amount in euros
 *
 * Formats an amount for a headline, in thousands, millions or billions
 * with three significant figures at most: "€8.2 M", "€ 8,2 mln",
 * "8,2 M€", "€120 k". Amounts under a thousand are written in full.
 * Where the locale writes the euro sign after the amount, it is joined to
 * the scale word as in French ("M€").
 *
 * Returns: (transfer full): the text, or "—" when @eur is not finite
 */
char *
wijk_format_money_short (double eur)
{
  g_auto(Separators) seps = { 0 };
  g_autofree char *number = NULL;
  g_autofree char *amount = NULL;
  double magnitude = fabs (eur);
  double scaled = magnitude;
  guint scale = 0;
  int digits;
  gboolean is_zero;
  MoneyLayout layout;

  if (!isfinite (eur))
    return g_strdup (WIJK_FORMAT_UNDEFINED);

  if (round (magnitude) < 1000)
    return wijk_format_money (eur);

  /* Scale by what the rounded figure shows, so that 999,960 becomes
   * "1.0 M" and not "1,000 k". */
  do
    {
      scaled /= 1000;
      scale++;
    }
  while (scale < 3 && round (scaled) >= 1000);
  digits = round (scaled * 10) / 10 < 100 ? 1 : 0;
  separators_init (&seps, FALSE);
  number = format_magnitude (scaled, digits, FALSE, &seps, &is_zero);

  /* "8.2 M": the amount and its scale word, then the currency around it. */
  amount = g_strconcat (number, NO_BREAK_SPACE, scale_suffix (scale), NULL);
  money_layout_init (&layout, eur < 0);
  return place_currency (amount, eur < 0 && !is_zero, !layout.symbol_first);
}

/**
 * wijk_format_money_per_year:
 * @eur: an amount in euros per year
 *
 * Formats a yearly amount in the short form of wijk_format_money_short():
 * "€1.1 M/yr".
 *
 * Returns: (transfer full): the text, or "—" when @eur is not finite
 */
char *
wijk_format_money_per_year (double eur)
{
  g_autofree char *amount = NULL;

  if (!isfinite (eur))
    return g_strdup (WIJK_FORMAT_UNDEFINED);
  amount = wijk_format_money_short (eur);
  /* Translators: a yearly amount of money; %s is the amount with its
   * currency, e.g. "€1.1 M". Dutch "%s/jr", French "%s/an". */
  return g_strdup_printf (_("%s/yr"), amount);
}

/**
 * wijk_format_percent:
 * @fraction: a fraction, 0.34 for 34 %
 * @digits: how many decimals the percentage shows
 *
 * Formats a fraction as a percentage: "34%" in English, "34 %" in French
 * (the spacing comes from the translation).
 *
 * Returns: (transfer full): the text, or "—" when @fraction is not finite
 */
char *
wijk_format_percent (double fraction,
                     int    digits)
{
  g_autofree char *number = NULL;

  if (!isfinite (fraction))
    return g_strdup (WIJK_FORMAT_UNDEFINED);
  number = format_signed (fraction * 100, digits, FALSE);
  /* Translators: a percentage; %s is the number. Languages that put a space
   * before the percent sign use a no-break space here (French "%s %%" with
   * U+202F or U+00A0). */
  return g_strdup_printf (_("%s%%"), number);
}

/**
 * wijk_format_share:
 * @fraction: a share, 0.125 for 12.5 %
 *
 * Formats a share as a percentage without decimals when it is whole to
 * within 0.05 of a percent ("30%"), else with one ("12.5%"), as shares
 * and their sums are shown in the editors.
 *
 * Returns: (transfer full): the text, or "—" when @fraction is not finite
 */
char *
wijk_format_share (double fraction)
{
  double percent = fraction * 100.0;

  return wijk_format_percent (fraction, fabs (percent - round (percent)) < 0.05 ? 0 : 1);
}

/**
 * wijk_format_years:
 * @years: a duration in years
 *
 * Formats a duration with one decimal at most: "5.1 years", "1 year".
 *
 * Returns: (transfer full): the text, or "—" when @years is not finite
 *   (e.g. the payback of an action that saves nothing)
 */
char *
wijk_format_years (double years)
{
  g_autofree char *number = NULL;
  double shown;
  gulong plural_n;

  if (!isfinite (years))
    return g_strdup (WIJK_FORMAT_UNDEFINED);

  number = format_signed (years, 1, TRUE);
  /* The plural form follows the number as shown; a fraction counts as the
   * next whole number, so English writes "1.5 years". */
  shown = fabs (round (years * 10) / 10);
  plural_n = shown > (double) G_MAXULONG ? G_MAXULONG : (gulong) ceil (shown);
  /* Translators: the unit of a duration written after a number, "5.1 years";
   * the plural form is chosen by the number rounded up to a whole one. */
  return join_unit (number, ngettext ("year", "years", plural_n));
}
