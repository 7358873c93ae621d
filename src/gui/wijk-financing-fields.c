/* wijk-financing-fields.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-financing-fields"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "wijk-financing-fields.h"
#include "wijk-format.h"

/* Which fields count: wijk_financing_get_amount() and
 * wijk_financing_get_yearly_payment() in the core. */

gboolean
wijk_financing_kind_has_org (WijkFinancingKind kind)
{
  /* Own funds are the organisation's; a loan or cooperative line that
   * names one is repaid by it alone. */
  return kind == WIJK_FINANCING_OWN_FUNDS || kind == WIJK_FINANCING_LOAN ||
         kind == WIJK_FINANCING_COOPERATIVE;
}

gboolean
wijk_financing_kind_has_capex_share (WijkFinancingKind kind)
{
  return kind == WIJK_FINANCING_SUBSIDY || kind == WIJK_FINANCING_THIRD_PARTY;
}

gboolean
wijk_financing_kind_has_rate (WijkFinancingKind kind)
{
  return kind == WIJK_FINANCING_LOAN || kind == WIJK_FINANCING_COOPERATIVE;
}

gboolean
wijk_financing_kind_has_years (WijkFinancingKind kind)
{
  return wijk_financing_kind_has_rate (kind) || kind == WIJK_FINANCING_THIRD_PARTY;
}

/* The share of capex counts whatever the kind once it is above 0: a line
 * read from a file that has one for another kind keeps it visible. */
gboolean
wijk_financing_uses_capex_share (const WijkFinancing *line)
{
  g_return_val_if_fail (line != NULL, FALSE);
  return line->share_of_capex > 0.0;
}

static char *
describe_amount (const WijkFinancing *line)
{
  g_autofree char *share = NULL;

  if (!wijk_financing_uses_capex_share (line))
    return wijk_format_money (line->amount_eur);
  share = wijk_format_share (line->share_of_capex);
  /* Translators: a financing line raising a share of the action's
   * investment; %s is the share ("30%") */
  return g_strdup_printf (_("%s of capex"), share);
}

/**
 * wijk_financing_describe:
 * @line: a financing line
 *
 * Returns: (transfer full): what @line raises and on which terms, e.g.
 *   "€120,000 at 3.50% for 10 years"
 */
char *
wijk_financing_describe (const WijkFinancing *line)
{
  g_autofree char *amount = NULL;
  g_autofree char *rate = NULL;
  g_autofree char *savings = NULL;
  g_autofree char *years = NULL;

  g_return_val_if_fail (line != NULL, NULL);

  amount = describe_amount (line);
  switch (line->kind)
    {
    case WIJK_FINANCING_LOAN:
    case WIJK_FINANCING_COOPERATIVE:
      rate = wijk_format_percent (line->rate, 2);
      years = wijk_format_years (line->years);
      /* Translators: a financing line: amount, interest rate, term */
      return g_strdup_printf (_("%s at %s for %s"), amount, rate, years);
    case WIJK_FINANCING_THIRD_PARTY:
      savings = wijk_format_share (line->savings_share);
      years = wijk_format_years (line->years);
      /* Translators: a third-party (ESCO) financing line: the capex it pays,
       * the share of the savings it receives ("25%"), for how long */
      return g_strdup_printf (_("%s, %s of the savings for %s"), amount, savings, years);
    case WIJK_FINANCING_OWN_FUNDS:
    case WIJK_FINANCING_SUBSIDY:
    case WIJK_N_FINANCING_KINDS:
    default:
      return g_steal_pointer (&amount);
    }
}

/* The title of the line's name field: what the name names. */
const char *
wijk_financing_get_label_title (WijkFinancingKind kind)
{
  switch (kind)
    {
    case WIJK_FINANCING_SUBSIDY:
      return _("Subsidy Name");
    case WIJK_FINANCING_LOAN:
      return _("Lender");
    case WIJK_FINANCING_THIRD_PARTY:
      return _("Investor");
    case WIJK_FINANCING_COOPERATIVE:
      return _("Cooperative");
    case WIJK_FINANCING_OWN_FUNDS:
    case WIJK_N_FINANCING_KINDS:
    default:
      return _("Note");
    }
}

const char *
wijk_financing_get_org_subtitle (WijkFinancingKind kind)
{
  if (kind == WIJK_FINANCING_OWN_FUNDS)
    return _("Whose funds; none: the co-owners by cost share");
  return _("Who repays; none: the co-owners by cost share");
}

const char *
wijk_financing_get_amount_subtitle (const WijkFinancing *line)
{
  g_return_val_if_fail (line != NULL, NULL);

  if (wijk_financing_uses_capex_share (line))
    return _("Replaced by the share of capex");
  switch (line->kind)
    {
    case WIJK_FINANCING_OWN_FUNDS:
      return _("Paid from own funds");
    case WIJK_FINANCING_SUBSIDY:
      return _("Granted");
    case WIJK_FINANCING_LOAN:
      return _("Borrowed");
    case WIJK_FINANCING_THIRD_PARTY:
      return _("Paid by the investor");
    case WIJK_FINANCING_COOPERATIVE:
      return _("Raised from citizens");
    case WIJK_N_FINANCING_KINDS:
    default:
      return NULL;
    }
}

const char *
wijk_financing_get_years_subtitle (WijkFinancingKind kind)
{
  if (kind == WIJK_FINANCING_THIRD_PARTY)
    return _("Years the investor is paid");
  return _("Repaid as an annuity; 0: interest only");
}
