/* wijk-finance.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-finance"

#include "config.h"

#include <string.h>

#include "wijk-economics.h"
#include "wijk-finance.h"

/* docs/methodology.md, "Financing". */

double
wijk_financing_get_amount (const WijkFinancing *line,
                           double               capex_eur)
{
  g_return_val_if_fail (line != NULL, 0.0);

  if (line->share_of_capex > 0.0)
    return line->share_of_capex * capex_eur;
  return line->amount_eur;
}

double
wijk_financing_get_yearly_payment (const WijkFinancing *line,
                                   double               gross_savings_eur_per_year)
{
  g_return_val_if_fail (line != NULL, 0.0);

  switch (line->kind)
    {
    case WIJK_FINANCING_LOAN:
    case WIJK_FINANCING_COOPERATIVE:
      /* Loans and cooperative shares are raised as amounts, repaid as
       * annuities over their term. */
      return wijk_annuity_payment (line->amount_eur, line->rate, line->years);
    case WIJK_FINANCING_THIRD_PARTY:
      return line->savings_share * gross_savings_eur_per_year;
    case WIJK_FINANCING_OWN_FUNDS:
    case WIJK_FINANCING_SUBSIDY:
    case WIJK_N_FINANCING_KINDS:
    default:
      return 0.0;
    }
}

void
wijk_finance_compute (const WijkAction  *action,
                      double             capex_eur,
                      double             gross_savings_eur_per_year,
                      double             added_opex_eur_per_year,
                      WijkFinanceResult *result)
{
  double *amounts[WIJK_N_FINANCING_KINDS];

  g_return_if_fail (action != NULL);
  g_return_if_fail (result != NULL);

  memset (result, 0, sizeof *result);
  amounts[WIJK_FINANCING_OWN_FUNDS] = &result->own_funds_eur;
  amounts[WIJK_FINANCING_SUBSIDY] = &result->subsidy_eur;
  amounts[WIJK_FINANCING_LOAN] = &result->loan_eur;
  amounts[WIJK_FINANCING_THIRD_PARTY] = &result->third_party_eur;
  amounts[WIJK_FINANCING_COOPERATIVE] = &result->cooperative_eur;

  for (guint i = 0; action->financing != NULL && i < action->financing->len; i++)
    {
      const WijkFinancing *line = g_ptr_array_index (action->financing, i);
      double payment;

      if ((guint) line->kind >= WIJK_N_FINANCING_KINDS)
        continue;
      *amounts[line->kind] += wijk_financing_get_amount (line, capex_eur);
      payment = wijk_financing_get_yearly_payment (line, gross_savings_eur_per_year);
      if (line->kind == WIJK_FINANCING_THIRD_PARTY)
        result->third_party_eur_per_year += payment;
      else
        result->debt_service_eur_per_year += payment;
    }

  result->financed_eur = result->own_funds_eur + result->subsidy_eur + result->loan_eur
                         + result->third_party_eur + result->cooperative_eur;
  result->gap_eur = capex_eur - result->financed_eur;
  result->net_cash_flow_eur_per_year = gross_savings_eur_per_year - added_opex_eur_per_year
                                       - result->debt_service_eur_per_year
                                       - result->third_party_eur_per_year;
}

static void
get_shares (const WijkAction *action,
            const char       *org_id,
            double           *cost_share,
            double           *benefit_share)
{
  *cost_share = 0.0;
  *benefit_share = 0.0;
  for (guint i = 0; i < action->owners->len; i++)
    {
      const WijkOwner *owner = g_ptr_array_index (action->owners, i);

      if (g_strcmp0 (owner->org_id, org_id) == 0)
        {
          *cost_share += owner->cost_share;
          *benefit_share += owner->benefit_share;
        }
    }
}

/* A line that names an organisation is that organisation's; a line that
 * names none is carried by the owners in proportion to their cost shares. */
static double
owner_part (const WijkFinancing *line,
            const char          *org_id,
            double               cost_share)
{
  if (line->org_id == NULL || *line->org_id == '\0')
    return cost_share;
  return g_strcmp0 (line->org_id, org_id) == 0 ? 1.0 : 0.0;
}

void
wijk_finance_compute_owner (const WijkAction *action,
                            double            capex_eur,
                            double            gross_savings_eur_per_year,
                            double            added_opex_eur_per_year,
                            const char       *org_id,
                            WijkOwnerFinance *result)
{
  double cs, bs, third_party = 0.0;

  g_return_if_fail (action != NULL);
  g_return_if_fail (result != NULL);

  memset (result, 0, sizeof *result);
  get_shares (action, org_id, &cs, &bs);

  for (guint i = 0; action->financing != NULL && i < action->financing->len; i++)
    {
      const WijkFinancing *line = g_ptr_array_index (action->financing, i);

      switch (line->kind)
        {
        case WIJK_FINANCING_OWN_FUNDS:
          result->own_funds_eur +=
            owner_part (line, org_id, cs) * wijk_financing_get_amount (line, capex_eur);
          break;
        case WIJK_FINANCING_LOAN:
        case WIJK_FINANCING_COOPERATIVE:
          result->debt_service_eur_per_year +=
            owner_part (line, org_id, cs)
            * wijk_financing_get_yearly_payment (line, gross_savings_eur_per_year);
          break;
        case WIJK_FINANCING_THIRD_PARTY:
          /* The investor's share comes out of the savings each owner gets. */
          third_party += bs * wijk_financing_get_yearly_payment (line,
                                                                gross_savings_eur_per_year);
          break;
        case WIJK_FINANCING_SUBSIDY:
        case WIJK_N_FINANCING_KINDS:
        default:
          break;
        }
    }

  result->net_cash_flow_eur_per_year = bs * gross_savings_eur_per_year
                                       - cs * added_opex_eur_per_year
                                       - result->debt_service_eur_per_year - third_party;
}
