/* wijk-impact.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <math.h>

#include "wijk-catalog.h"
#include "wijk-finance.h"
#include "wijk-purchase.h"
#include "wijk-workshop.h"

G_BEGIN_DECLS

/*
 * The calculation module (PRODUCT.md §3, docs/methodology.md): figures per
 * action, per organisation, per purchase group and for the park.
 *
 * Money is in euros, CO2 in tonnes CO2e, `_per_year` figures are year 1 of
 * the recurring values. A figure that is not defined (the payback of an
 * action that saves nothing, the abatement cost of one that saves no CO2,
 * a share of a baseline of 0) is NAN: test with isnan() or
 * wijk_figure_is_defined().
 *
 * A #WijkImpact keeps its results and the indexes it needs to update them:
 * wijk_impact_new() computes everything, wijk_impact_update_action()
 * recomputes only what depends on one action (the action, its purchase
 * group's members when the group's price changes, their owners and the park
 * totals). Results are read with the getters; the pointers they return stay
 * valid until the next update.
 *
 * For a view that follows the store: after an edit of one action (its
 * parameters, owners and shares, purchase group or status, financing
 * lines) call wijk_impact_update_action() with its id; it falls back to a
 * full computation by itself when actions, organisations or purchase
 * groups were added, removed or reordered, or the discount rate changed.
 * It also follows the workshop's baseline and target. After any other
 * edit (a factor, a purchase group's type) call wijk_impact_recompute(). Both take well under a
 * millisecond for a park of 1,000 actions (tests/bench/bench-impact).
 */

#define wijk_figure_is_defined(x) (!isnan (x))

/**
 * WijkActionResult:
 * @action_id: the action's id
 * @type: (nullable): its catalogue type; %NULL for an unknown type, whose
 *   figures are all 0 and which counts nowhere
 * @lifetime_years: L
 * @degradation: d (the workshop's factor for types that have one)
 * @discount_rate: r, the workshop's discount rate
 * @quantity: the purchase quantity (NAN for a type that is not bought)
 * @unit_price_eur: the unit price used (NAN when not bought)
 * @capex_alone_eur: the capex at the tier of its own quantity
 * @capex_eur: the investment (at the group's tier in a purchase group)
 * @co2_t_per_year: yearly CO2e reduction, year 1
 * @co2_t_one_off: CO2e avoided once, in year 1
 * @co2_t_lifetime: Σₜ co2ₜ, undiscounted
 * @co2_t_discounted: Σₜ co2ₜ / (1 + r)^t
 * @gross_savings_eur_per_year: energy and operating cost savings, year 1
 * @added_opex_eur_per_year: added operating cost (constant)
 * @net_savings_eur_per_year: gross savings − added operating cost, year 1
 * @npv_eur: net present value
 * @npv_with_carbon_eur: NPV with co2ₜ × carbon price added each year
 * @payback_years: capex / net savings (NAN when net savings ≤ 0)
 * @abatement_eur_per_t: −NPV / discounted tonnes (NAN without CO2)
 * @crf: capital recovery factor
 * @annuity_factor: Σₜ 1 / (1 + r)^t
 * @degraded_annuity_factor: Σₜ (1 − d)^(t−1) / (1 + r)^t
 * @cobenefits: in the order of the type's #WijkActionType.cobenefits
 * @purchase_group: index in the workshop's purchase groups, -1 when alone
 * @finance: the financing figures
 */
typedef struct
{
  const char           *action_id;
  const WijkActionType *type;
  gint                  lifetime_years;
  double                degradation;
  double                discount_rate;
  double                quantity;
  double                unit_price_eur;
  double                capex_alone_eur;
  double                capex_eur;
  double                co2_t_per_year;
  double                co2_t_one_off;
  double                co2_t_lifetime;
  double                co2_t_discounted;
  double                gross_savings_eur_per_year;
  double                added_opex_eur_per_year;
  double                net_savings_eur_per_year;
  double                npv_eur;
  double                npv_with_carbon_eur;
  double                payback_years;
  double                abatement_eur_per_t;
  double                crf;
  double                annuity_factor;
  double                degraded_annuity_factor;
  double                cobenefits[WIJK_MAX_COBENEFITS];
  gint                  purchase_group;
  WijkFinanceResult     finance;
} WijkActionResult;

/**
 * WijkOrgResult:
 * @org_id: the organisation's id
 * @n_commitments: how many actions it co-owns
 *
 * An organisation's shares of its actions: cost share of capex and added
 * operating cost, benefit share of gross savings and CO2; its NPV
 * discounts its own yearly flows. @payback_years is NAN when its net
 * savings are ≤ 0.
 */
typedef struct
{
  const char *org_id;
  guint       n_commitments;
  double      capex_eur;
  double      gross_savings_eur_per_year;
  double      added_opex_eur_per_year;
  double      net_savings_eur_per_year;
  double      npv_eur;
  double      npv_with_carbon_eur;
  double      payback_years;
  double      co2_t_per_year;
  double      co2_t_one_off;
  double      co2_t_lifetime;
  double      own_funds_eur;
  double      debt_service_eur_per_year;
  double      net_cash_flow_eur_per_year;
} WijkOrgResult;

/**
 * WijkCommitment:
 * @action_id: the action
 * @role: the organisation's role in it
 * @cost_share, @benefit_share: its shares
 * @capex_eur, @net_savings_eur_per_year, @npv_eur, @co2_t_per_year: its
 *   part of the action's figures
 * @net_cash_flow_eur_per_year: its yearly cash flow after financing
 *
 * One line of an organisation's list of commitments.
 */
typedef struct
{
  const char *action_id;
  WijkRole    role;
  double      cost_share;
  double      benefit_share;
  double      capex_eur;
  double      net_savings_eur_per_year;
  double      npv_eur;
  double      co2_t_per_year;
  double      net_cash_flow_eur_per_year;
} WijkCommitment;

/**
 * WijkTotals:
 *
 * Sums over a set of actions (the park or one theme).
 */
typedef struct
{
  guint  n_actions;
  double co2_t_per_year;
  double co2_t_one_off;
  double co2_t_lifetime;
  double capex_eur;
  double gross_savings_eur_per_year;
  double added_opex_eur_per_year;
  double net_savings_eur_per_year;
  double npv_eur;
  double npv_with_carbon_eur;
  double financing_gap_eur;
  double debt_service_eur_per_year;
} WijkTotals;

/**
 * WijkParkResult:
 * @totals: the sums over every action of a known type
 * @share_of_baseline: yearly CO2 / the workshop's baseline (NAN when the
 *   baseline is not > 0)
 * @share_of_target: yearly CO2 / the workshop's target reduction (NAN
 *   when the target is not > 0)
 * @themes: the sums per theme
 */
typedef struct
{
  WijkTotals totals;
  double     share_of_baseline;
  double     share_of_target;
  WijkTotals themes[WIJK_N_THEMES];
} WijkParkResult;

/**
 * WijkMaccPoint:
 * @action_id: the action
 * @abatement_eur_per_t: the bar's height
 * @co2_t_per_year: the bar's width
 * @cumulative_co2_t_per_year: where the bar starts on the x axis
 *
 * One bar of the marginal abatement cost curve.
 */
typedef struct
{
  const char *action_id;
  double      abatement_eur_per_t;
  double      co2_t_per_year;
  double      cumulative_co2_t_per_year;
} WijkMaccPoint;

/**
 * WijkYearInvestment:
 * @year: the start year, 0 for actions without one
 * @capex_eur: the capex of the actions starting that year
 * @n_actions: how many
 */
typedef struct
{
  gint   year;
  double capex_eur;
  guint  n_actions;
} WijkYearInvestment;

typedef struct _WijkImpact WijkImpact;

WijkImpact             *wijk_impact_new                    (const WijkWorkshop    *workshop);
void                    wijk_impact_free                   (WijkImpact            *impact);
void                    wijk_impact_recompute              (WijkImpact            *impact,
                                                            const WijkWorkshop    *workshop);
void                    wijk_impact_update_action          (WijkImpact            *impact,
                                                            const WijkWorkshop    *workshop,
                                                            const char            *action_id);

guint                   wijk_impact_get_n_actions          (const WijkImpact      *impact);
const WijkActionResult *wijk_impact_get_action_result      (const WijkImpact      *impact,
                                                            guint                  index);
const WijkActionResult *wijk_impact_lookup_action          (const WijkImpact      *impact,
                                                            const char            *action_id);
guint                   wijk_impact_get_n_organisations    (const WijkImpact      *impact);
const WijkOrgResult    *wijk_impact_get_org_result         (const WijkImpact      *impact,
                                                            guint                  index);
const WijkOrgResult    *wijk_impact_lookup_organisation    (const WijkImpact      *impact,
                                                            const char            *org_id);
guint                   wijk_impact_get_n_groups           (const WijkImpact      *impact);
const WijkGroupResult  *wijk_impact_get_group_result       (const WijkImpact      *impact,
                                                            guint                  index);
const WijkGroupResult  *wijk_impact_lookup_group           (const WijkImpact      *impact,
                                                            const char            *group_id);
const guint            *wijk_impact_get_group_members      (const WijkImpact      *impact,
                                                            guint                  index,
                                                            guint                 *n_members);
const WijkParkResult   *wijk_impact_get_park               (const WijkImpact      *impact);

/* The factor values the figures used (the workshop's, else the defaults). */
double                  wijk_impact_get_factor             (const WijkImpact      *impact,
                                                            WijkFactorId           id);
/* The price-tier table used for @type, %NULL when its flat price applies. */
const GArray           *wijk_impact_get_tiers              (const WijkImpact      *impact,
                                                            const WijkActionType  *type);
/* The unit price @type has for a purchase of @quantity. */
double                  wijk_impact_get_unit_price         (const WijkImpact      *impact,
                                                            const WijkActionType  *type,
                                                            double                 quantity);

/* Newly computed lists, to be freed by the caller. */
GArray                 *wijk_impact_dup_commitments        (const WijkImpact      *impact,
                                                            const WijkWorkshop    *workshop,
                                                            const char            *org_id);
GArray                 *wijk_impact_dup_macc               (const WijkImpact      *impact);
GArray                 *wijk_impact_dup_investment_by_year (const WijkImpact      *impact,
                                                            const WijkWorkshop    *workshop);
void                    wijk_impact_get_owner_finance      (const WijkImpact      *impact,
                                                            const WijkWorkshop    *workshop,
                                                            const char            *action_id,
                                                            const char            *org_id,
                                                            WijkOwnerFinance      *result);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WijkImpact, wijk_impact_free)

G_END_DECLS
