/* wijk-finance.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "wijk-workshop.h"

G_BEGIN_DECLS

/**
 * WijkFinanceResult:
 * @own_funds_eur: own funds put in by the owners
 * @subsidy_eur: subsidies (an amount, or a share of capex)
 * @loan_eur: bank loans taken
 * @third_party_eur: capex paid by a third party (ESCO)
 * @cooperative_eur: citizen or cooperative investment
 * @financed_eur: the sum of the five
 * @gap_eur: capex − financed (negative when more is raised than needed)
 * @debt_service_eur_per_year: yearly repayment and interest of loans and
 *   cooperative investment (year 1)
 * @third_party_eur_per_year: the share of the savings paid to third parties
 * @net_cash_flow_eur_per_year: net savings − debt service − third-party
 *   share (year 1)
 *
 * How one action is financed (docs/methodology.md, "Financing").
 */
typedef struct
{
  double own_funds_eur;
  double subsidy_eur;
  double loan_eur;
  double third_party_eur;
  double cooperative_eur;
  double financed_eur;
  double gap_eur;
  double debt_service_eur_per_year;
  double third_party_eur_per_year;
  double net_cash_flow_eur_per_year;
} WijkFinanceResult;

/**
 * WijkOwnerFinance:
 * @own_funds_eur: the owner's own funds in the action
 * @debt_service_eur_per_year: the owner's part of the debt service
 * @net_cash_flow_eur_per_year: benefit share of gross savings − cost share
 *   of added operating cost − its part of debt service and third-party
 *   share (year 1)
 */
typedef struct
{
  double own_funds_eur;
  double debt_service_eur_per_year;
  double net_cash_flow_eur_per_year;
} WijkOwnerFinance;

/* The amount a financing line raises for an action costing @capex_eur. */
double wijk_financing_get_amount (const WijkFinancing *line,
                                  double               capex_eur);

/* The yearly payment of a loan or cooperative line (annuity), the yearly
 * savings share of a third-party line, 0 for other kinds. */
double wijk_financing_get_yearly_payment (const WijkFinancing *line,
                                          double               gross_savings_eur_per_year);

void   wijk_finance_compute      (const WijkAction  *action,
                                  double             capex_eur,
                                  double             gross_savings_eur_per_year,
                                  double             added_opex_eur_per_year,
                                  WijkFinanceResult *result);

void   wijk_finance_compute_owner (const WijkAction  *action,
                                   double             capex_eur,
                                   double             gross_savings_eur_per_year,
                                   double             added_opex_eur_per_year,
                                   const char        *org_id,
                                   WijkOwnerFinance  *result);

G_END_DECLS
