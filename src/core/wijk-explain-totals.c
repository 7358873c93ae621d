/* wijk-explain-totals.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-explain"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "wijk-explain-private.h"

/* Explanations of sums: an organisation's shares, a purchase group's
 * price tier, the park totals (docs/methodology.md). */

/* Appends "0.6 × €175,000" for one commitment to the filled-in text. */
static void
append_share (GString    *filled,
              double      share,
              double      value,
              const char *unit)
{
  g_autofree char *s = wijk_explain_format (share, "", 6);
  g_autofree char *v = wijk_explain_format (value, unit, 6);

  g_string_append_printf (filled, "%s × %s", s, v);
}

/* An organisation's figures that are sums over its commitments, with
 * their formulas; NULL for the figures that are not. */
static const char * const org_formulas[WIJK_N_FIGURES] = {
  [WIJK_FIGURE_CAPEX] = N_("Σ cost share × capex"),
  [WIJK_FIGURE_ADDED_OPEX] = N_("Σ cost share × added cost"),
  [WIJK_FIGURE_GROSS_SAVINGS] = N_("Σ benefit share × savings"),
  [WIJK_FIGURE_NET_SAVINGS] = N_("Σ (benefit share × savings − cost share × added cost)"),
  [WIJK_FIGURE_CO2_PER_YEAR] = N_("Σ benefit share × CO₂e"),
  [WIJK_FIGURE_CO2_ONE_OFF] = N_("Σ benefit share × one-off CO₂e"),
  [WIJK_FIGURE_CO2_LIFETIME] = N_("Σ benefit share × lifetime CO₂e"),
  [WIJK_FIGURE_NPV] = N_("Σ (−cost share × capex + benefit share × savings × Σₜ (1 − d)^(t−1) / "
                         "(1 + r)^t − cost share × added cost × (1 − (1 + r)^−L) / r)"),
  [WIJK_FIGURE_NPV_WITH_CARBON] = N_("NPV + carbon_price × Σ benefit share × Σₜ CO₂eₜ / "
                                     "(1 + r)^t"),
};

static double
org_figure (const WijkOrgResult *o,
            WijkFigure           figure)
{
  switch (figure)
    {
    case WIJK_FIGURE_CAPEX: return o->capex_eur;
    case WIJK_FIGURE_ADDED_OPEX: return o->added_opex_eur_per_year;
    case WIJK_FIGURE_GROSS_SAVINGS: return o->gross_savings_eur_per_year;
    case WIJK_FIGURE_NET_SAVINGS: return o->net_savings_eur_per_year;
    case WIJK_FIGURE_CO2_PER_YEAR: return o->co2_t_per_year;
    case WIJK_FIGURE_CO2_ONE_OFF: return o->co2_t_one_off;
    case WIJK_FIGURE_CO2_LIFETIME: return o->co2_t_lifetime;
    case WIJK_FIGURE_NPV: return o->npv_eur;
    case WIJK_FIGURE_NPV_WITH_CARBON: return o->npv_with_carbon_eur;
    case WIJK_FIGURE_PAYBACK:
    case WIJK_FIGURE_ABATEMENT:
    case WIJK_FIGURE_CRF:
    case WIJK_FIGURE_FINANCING_GAP:
    case WIJK_FIGURE_DEBT_SERVICE:
    case WIJK_N_FIGURES:
    default:
      g_assert_not_reached ();
    }
}

/* One commitment's part of the sum: its share of the action's figure, in
 * the figure's unit; the cost share for costs, the benefit share for the
 * rest. */
static void
append_commitment (GString                *filled,
                   const WijkCommitment   *c,
                   const WijkActionResult *r,
                   WijkFigure              figure)
{
  switch (figure)
    {
    case WIJK_FIGURE_CAPEX:
    case WIJK_FIGURE_ADDED_OPEX:
      append_share (filled, c->cost_share, wijk_explain_action_figure (r, figure),
                    wijk_explain_figure_unit (figure));
      break;
    case WIJK_FIGURE_GROSS_SAVINGS:
    case WIJK_FIGURE_CO2_PER_YEAR:
    case WIJK_FIGURE_CO2_ONE_OFF:
    case WIJK_FIGURE_CO2_LIFETIME:
      append_share (filled, c->benefit_share, wijk_explain_action_figure (r, figure),
                    wijk_explain_figure_unit (figure));
      break;
    case WIJK_FIGURE_NET_SAVINGS:
      g_string_append (filled, "(");
      append_commitment (filled, c, r, WIJK_FIGURE_GROSS_SAVINGS);
      g_string_append (filled, " − ");
      append_commitment (filled, c, r, WIJK_FIGURE_ADDED_OPEX);
      g_string_append (filled, ")");
      break;
    case WIJK_FIGURE_NPV:
      {
        g_autofree char *v = wijk_explain_format (c->npv_eur, "€", 6);

        g_string_append_printf (filled, "%s (%s)", v, c->action_id);
      }
      break;
    case WIJK_FIGURE_NPV_WITH_CARBON:
      append_share (filled, c->benefit_share, r->co2_t_discounted, _("t CO₂e"));
      break;
    case WIJK_FIGURE_PAYBACK:
    case WIJK_FIGURE_ABATEMENT:
    case WIJK_FIGURE_CRF:
    case WIJK_FIGURE_FINANCING_GAP:
    case WIJK_FIGURE_DEBT_SERVICE:
    case WIJK_N_FIGURES:
    default:
      g_assert_not_reached ();
    }
}

static void
fill_org (WijkExplainer *x,
          GArray        *commitments,
          WijkFigure     figure)
{
  double carbon = wijk_impact_get_factor (x->impact, WIJK_FACTOR_CARBON_PRICE_EUR_PER_T);

  if (figure == WIJK_FIGURE_NPV_WITH_CARBON)
    {
      g_autofree char *c = wijk_explain_format (carbon, "€/t", 6);

      g_string_append_printf (x->filled, "%s × (", c);
      wijk_explainer_add_term (x, "carbon_price_eur_per_t");
    }
  for (guint i = 0; i < commitments->len; i++)
    {
      const WijkCommitment *c = &g_array_index (commitments, WijkCommitment, i);

      if (i > 0)
        g_string_append (x->filled, " + ");
      append_commitment (x->filled, c, wijk_impact_lookup_action (x->impact, c->action_id),
                         figure);
    }
  if (commitments->len == 0)
    g_string_append (x->filled, "0");
  if (figure == WIJK_FIGURE_NPV_WITH_CARBON)
    g_string_append (x->filled, ")");
}

WijkExplanation *
wijk_explain_organisation (const WijkImpact   *impact,
                           const WijkWorkshop *workshop,
                           const char         *org_id,
                           WijkFigure          figure)
{
  const WijkOrgResult *o;
  g_autoptr(GArray) commitments = NULL;
  WijkExplainer x;

  g_return_val_if_fail (impact != NULL, NULL);
  g_return_val_if_fail (workshop != NULL, NULL);

  o = wijk_impact_lookup_organisation (impact, org_id);
  if (o == NULL || (guint) figure >= WIJK_N_FIGURES || org_formulas[figure] == NULL)
    return NULL;

  commitments = wijk_impact_dup_commitments (impact, workshop, org_id);
  wijk_explainer_init (&x, impact, workshop, NULL, wijk_explain_figure_title (figure),
                       wijk_explain_figure_unit (figure));
  g_string_append (x.formula, _(org_formulas[figure]));
  if (figure == WIJK_FIGURE_NPV_WITH_CARBON)
    {
      g_autofree char *npv = wijk_explain_format (o->npv_eur, "€", 6);

      g_string_append_printf (x.filled, "%s + ", npv);
    }
  fill_org (&x, commitments, figure);
  return wijk_explainer_finish (&x, org_figure (o, figure), NULL);
}

WijkExplanation *
wijk_explain_group_price (const WijkImpact   *impact,
                          const WijkWorkshop *workshop,
                          const char         *group_id,
                          gboolean            expected)
{
  const WijkGroupResult *g;
  const WijkParamSpec *spec;
  const GArray *tiers;
  g_autofree char *price_unit = NULL;
  g_autofree char *quantity = NULL;
  double q;
  WijkExplainer x;

  g_return_val_if_fail (impact != NULL, NULL);
  g_return_val_if_fail (workshop != NULL, NULL);

  g = wijk_impact_lookup_group (impact, group_id);
  if (g == NULL || g->type == NULL)
    return NULL;

  spec = &g->type->params[g->type->quantity_param];
  price_unit = g_strdup_printf (_("€/%s"), _(spec->unit));
  wijk_explainer_init (&x, impact, workshop, NULL,
                       expected ? _("Unit price if the usual share of interested members drops out")
                                : _("Unit price of the group purchase"),
                       price_unit);
  q = expected ? g->expected_quantity : g->total_quantity;
  quantity = wijk_explain_format (q, _(spec->unit), 6);

  if (expected)
    {
      g_autofree char *committed = wijk_explain_format (g->committed_quantity, _(spec->unit), 6);
      g_autofree char *interested = wijk_explain_format (g->interested_quantity,
                                                         _(spec->unit), 6);
      g_autofree char *rate = wijk_explain_format (
        wijk_impact_get_factor (impact, WIJK_FACTOR_PURCHASE_CANCELLATION_RATE), "", 6);

      g_string_append (x.formula, _("price at committed + (1 − cancellation) × interested"));
      g_string_append_printf (x.filled, "%s + (1 − %s) × %s = %s", committed, rate, interested,
                              quantity);
      wijk_explainer_add_term (&x, "purchase_cancellation_rate");
    }
  else
    {
      g_string_append (x.formula, _("price at Σ quantities of the members"));
      g_string_append (x.filled, quantity);
    }

  tiers = wijk_impact_get_tiers (impact, g->type);
  if (tiers != NULL)
    {
      const WijkPriceTier *tier = &g_array_index (tiers, WijkPriceTier,
                                                  wijk_price_tiers_find (tiers, q));
      g_autofree char *from = wijk_explain_format (tier->min_quantity, _(spec->unit), 6);

      /* Translators: "600 kWp: tier from 500 kWp" */
      g_string_append_printf (x.filled, _(": tier from %s"), from);
      wijk_explainer_add_term (&x, wijk_action_type_get_tiers_factor (g->type));
    }
  else if (g->type->price_factor != WIJK_FACTOR_NONE)
    {
      g_string_append (x.filled, _(": flat price"));
      wijk_explainer_add_term (&x, wijk_catalog_get_factor_name (g->type->price_factor));
    }
  return wijk_explainer_finish (&x, expected ? g->expected_unit_price_eur : g->unit_price_eur,
                                NULL);
}

static double
totals_value (const WijkTotals *t,
              WijkParkFigure    figure)
{
  switch (figure)
    {
    case WIJK_PARK_FIGURE_CAPEX:
      return t->capex_eur;
    case WIJK_PARK_FIGURE_NET_SAVINGS:
      return t->net_savings_eur_per_year;
    case WIJK_PARK_FIGURE_CO2_PER_YEAR:
    case WIJK_PARK_FIGURE_SHARE_OF_BASELINE:
    case WIJK_PARK_FIGURE_SHARE_OF_TARGET:
    case WIJK_N_PARK_FIGURES:
    default:
      return t->co2_t_per_year;
    }
}

WijkExplanation *
wijk_explain_park (const WijkImpact   *impact,
                   const WijkWorkshop *workshop,
                   WijkParkFigure      figure)
{
  const WijkParkResult *park;
  WijkFigure same;
  const char *unit;
  double result;
  guint n = 0;
  WijkExplainer x;

  g_return_val_if_fail (impact != NULL, NULL);
  g_return_val_if_fail (workshop != NULL, NULL);
  g_return_val_if_fail ((guint) figure < WIJK_N_PARK_FIGURES, NULL);

  park = wijk_impact_get_park (impact);
  if (figure == WIJK_PARK_FIGURE_SHARE_OF_BASELINE || figure == WIJK_PARK_FIGURE_SHARE_OF_TARGET)
    {
      gboolean baseline = figure == WIJK_PARK_FIGURE_SHARE_OF_BASELINE;
      WijkExplainValue v[] = {
        { "co2", _("park CO₂e reduction"), park->totals.co2_t_per_year, _("t CO₂e/yr"), NULL },
        { "baseline", _("baseline"), workshop->baseline_t_co2_per_year, _("t CO₂e/yr"), NULL },
        { "target", _("target"), workshop->target_t_co2_per_year, _("t CO₂e/yr"), NULL },
      };

      wijk_explainer_init (&x, impact, workshop, NULL,
                           baseline ? _("Share of the baseline") : _("Share of the target"), "");
      x.percent = TRUE;
      wijk_explainer_expand (&x, baseline ? _("{co2} / {baseline}") : _("{co2} / {target}"),
                             v, G_N_ELEMENTS (v));
      return wijk_explainer_finish (&x, baseline ? park->share_of_baseline : park->share_of_target,
                                    baseline ? _("No baseline set in the workshop")
                                             : _("No target set in the workshop"));
    }

  same = figure == WIJK_PARK_FIGURE_CAPEX ? WIJK_FIGURE_CAPEX
         : figure == WIJK_PARK_FIGURE_NET_SAVINGS ? WIJK_FIGURE_NET_SAVINGS
         : WIJK_FIGURE_CO2_PER_YEAR;
  unit = wijk_explain_figure_unit (same);
  wijk_explainer_init (&x, impact, workshop, NULL, wijk_explain_figure_title (same), unit);
  g_string_append (x.formula, _("Σ over the themes of the actions’ figures"));
  for (guint t = 0; t < WIJK_N_THEMES; t++)
    {
      g_autofree char *value = NULL;

      if (park->themes[t].n_actions == 0)
        continue;
      value = wijk_explain_format (totals_value (&park->themes[t], figure), unit, 6);
      g_string_append_printf (x.filled, "%s%s (%s)", n++ > 0 ? " + " : "", value,
                              wijk_theme_get_label (t));
    }
  if (n == 0)
    g_string_append (x.filled, "0");
  result = totals_value (&park->totals, figure);
  return wijk_explainer_finish (&x, result, NULL);
}
