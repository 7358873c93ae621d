/* wijk-format.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * WIJK_FORMAT_UNDEFINED:
 *
 * What every function of this module returns for a value that is not
 * defined (NaN or infinite, e.g. the payback of an action that saves
 * nothing): an em dash.
 */
#define WIJK_FORMAT_UNDEFINED "—"

/*
 * Numbers, money and units for people to read, in the conventions of the
 * user's locale: the decimal mark, the thousands separator and the digit
 * grouping come from LC_NUMERIC, the place of the euro sign and its spacing
 * from LC_MONETARY (localeconv()), the words and unit abbreviations from the
 * translations. English writes "1,234.5 t CO₂e" and "€8.2 M", Dutch
 * "1.234,5 t CO₂e" and "€ 8,2 mln", French "1 234,5 t CO₂e" and "8,2 M€".
 *
 * Negative values carry a minus sign (U+2212); a number and its unit are
 * joined by a no-break space (U+00A0), so they never wrap apart. The amounts
 * are always in euros (the workshop's currency), whatever the locale's own
 * currency is.
 *
 * Never use these for machine formats (JSON, SQL, file names): those always
 * use the C locale. The functions read the process locale with localeconv(),
 * which is not thread-safe: call them from the thread that sets the locale.
 * Every function returns a newly allocated string; free it with g_free().
 */

char *wijk_format_number               (double      value,
                                        int         digits);
char *wijk_format_tonnes               (double      t);
char *wijk_format_tonnes_per_year      (double      t);
char *wijk_format_money                (double      eur);
char *wijk_format_money_short          (double      eur);
char *wijk_format_money_per_year       (double      eur);
char *wijk_format_percent              (double      fraction,
                                        int         digits);
char *wijk_format_share                (double      fraction);
char *wijk_format_years                (double      years);
char *wijk_format_quantity             (double      value,
                                        const char *unit);

G_END_DECLS
