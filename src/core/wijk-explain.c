/* wijk-explain.c
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

/* The figures of one action explained: the type's own formulas come from
 * its catalogue templates, the common economics from the templates here
 * (docs/methodology.md, "Common economics"). */

typedef struct
{
  const char *title;
  const char *unit;
} FigureInfo;

static const FigureInfo figure_info[WIJK_N_FIGURES] = {
  [WIJK_FIGURE_CO2_PER_YEAR] = { N_("Yearly CO₂e reduction"), N_("t CO₂e/yr") },
  [WIJK_FIGURE_CO2_ONE_OFF] = { N_("One-off CO₂e reduction"), N_("t CO₂e") },
  [WIJK_FIGURE_CO2_LIFETIME] = { N_("CO₂e reduction over the lifetime"), N_("t CO₂e") },
  [WIJK_FIGURE_CAPEX] = { N_("Investment"), "€" },
  [WIJK_FIGURE_GROSS_SAVINGS] = { N_("Yearly savings"), N_("€/yr") },
  [WIJK_FIGURE_ADDED_OPEX] = { N_("Added yearly operating cost"), N_("€/yr") },
  [WIJK_FIGURE_NET_SAVINGS] = { N_("Yearly net savings"), N_("€/yr") },
  [WIJK_FIGURE_NPV] = { N_("Net present value"), "€" },
  [WIJK_FIGURE_NPV_WITH_CARBON] = { N_("Net present value with carbon value"), "€" },
  [WIJK_FIGURE_PAYBACK] = { N_("Simple payback"), N_("years") },
  [WIJK_FIGURE_ABATEMENT] = { N_("Abatement cost"), N_("€/t CO₂e") },
  [WIJK_FIGURE_CRF] = { N_("Capital recovery factor"), "" },
  [WIJK_FIGURE_FINANCING_GAP] = { N_("Financing gap"), "€" },
  [WIJK_FIGURE_DEBT_SERVICE] = { N_("Yearly debt service"), N_("€/yr") },
};

/* The workshop's discount rate and the type's lifetime and degradation,
 * listed with where they come from. */
static void
add_economic_settings (WijkExplainer          *x,
                       const WijkActionResult *r)
{
  wijk_explainer_add_setting (x, "discount_rate", "r", r->discount_rate, _("/yr"),
                              _("Workshop setting"));
  wijk_explainer_add_setting (x, "lifetime_years", "L", r->lifetime_years, _("years"),
                              _("Action catalogue"));
  if (x->type->degradation_factor != WIJK_FACTOR_NONE)
    wijk_explainer_add_term (x, wijk_catalog_get_factor_name (x->type->degradation_factor));
  else if (r->degradation != 0.0)
    wijk_explainer_add_setting (x, "degradation", "d", r->degradation, _("/yr"),
                                _("Action catalogue"));
}

static void
explain_template (WijkExplainer *x,
                  const char    *template)
{
  if (template != NULL)
    wijk_explainer_expand (x, _(template), NULL, 0);
  else
    wijk_explainer_append (x, "0");
}

static void
explain_lifetime (WijkExplainer          *x,
                  const WijkActionResult *r)
{
  WijkExplainValue v[] = {
    { "co2", _("CO₂e₁"), r->co2_t_per_year, _("t CO₂e/yr"), NULL },
    { "d", "d", r->degradation, "", NULL },
    { "L", "L", r->lifetime_years, "", NULL },
    { "one_off", _("one-off"), r->co2_t_one_off, _("t CO₂e"), NULL },
  };
  gboolean one_off = x->type->co2_one_off_formula != NULL;

  /* Energy-derived values degrade: Σₜ (1 − d)^(t−1) in closed form. */
  if (r->degradation != 0.0)
    wijk_explainer_expand (x, one_off ? _("{co2} × (1 − (1 − {d})^{L}) / {d} + {one_off}")
                                      : _("{co2} × (1 − (1 − {d})^{L}) / {d}"),
                           v, G_N_ELEMENTS (v));
  else
    wijk_explainer_expand (x, one_off ? _("{co2} × {L} + {one_off}") : _("{co2} × {L}"),
                           v, G_N_ELEMENTS (v));
  add_economic_settings (x, r);
}

static void
explain_capex (WijkExplainer          *x,
               const WijkActionResult *r)
{
  const WijkParamSpec *spec;
  g_autofree char *price_unit = NULL;

  if (x->type->quantity_param < 0)
    {
      explain_template (x, x->type->capex_formula);
      return;
    }

  spec = &x->type->params[x->type->quantity_param];
  /* Translators: a unit price, e.g. "€/kWp" */
  price_unit = g_strdup_printf (_("€/%s"), _(spec->unit));
  {
    WijkExplainValue v[] = {
      { "quantity", spec->name, r->quantity, _(spec->unit), spec->name },
      { "unit_price", _("unit price"), r->unit_price_eur, price_unit, NULL },
    };

    wijk_explainer_expand (x, _("{quantity} × {unit_price}"), v, G_N_ELEMENTS (v));
  }

  if (r->purchase_group >= 0)
    {
      const WijkGroupResult *g = wijk_impact_get_group_result (x->impact, r->purchase_group);
      g_autofree char *total = wijk_explain_format (g->total_quantity, _(spec->unit), 6);
      g_autofree char *alone =
        wijk_explain_format (wijk_impact_get_unit_price (x->impact, x->type, r->quantity),
                             price_unit, 6);

      /* Translators: "Purchase group “pv-2027”: together 600 kWp; alone the
       * price would be 780 €/kWp" */
      x->explanation->note =
        g_strdup_printf (_("Purchase group “%s”: together %s; alone the price would be %s"),
                         g->group_id, total, alone);
    }
  else if (wijk_impact_get_tiers (x->impact, x->type) != NULL)
    {
      x->explanation->note = g_strdup (_("Unit price of the price tier this quantity reaches"));
    }
  wijk_explainer_add_term (x, wijk_action_type_get_tiers_factor (x->type));
  if (x->type->price_factor != WIJK_FACTOR_NONE &&
      wijk_impact_get_tiers (x->impact, x->type) == NULL)
    wijk_explainer_add_term (x, wijk_catalog_get_factor_name (x->type->price_factor));
}

static void
explain_economics (WijkExplainer          *x,
                   const WijkActionResult *r,
                   WijkFigure              figure)
{
  double carbon = wijk_impact_get_factor (x->impact, WIJK_FACTOR_CARBON_PRICE_EUR_PER_T);
  WijkExplainValue v[] = {
    { "capex", _("capex"), r->capex_eur, "€", NULL },
    { "gross", _("savings"), r->gross_savings_eur_per_year, _("€/yr"), NULL },
    { "opex", _("added cost"), r->added_opex_eur_per_year, _("€/yr"), NULL },
    { "net", _("net savings"), r->net_savings_eur_per_year, _("€/yr"), NULL },
    { "npv", _("NPV"), r->npv_eur, "€", NULL },
    { "Ad", _("Σₜ (1 − d)^(t−1) / (1 + r)^t"), r->degraded_annuity_factor, "", NULL },
    { "A", _("(1 − (1 + r)^−L) / r"), r->annuity_factor, "", NULL },
    { "co2_disc", _("Σₜ CO₂eₜ / (1 + r)^t"), r->co2_t_discounted, _("t CO₂e"), NULL },
    { "carbon", wijk_catalog_get_factor_symbol (WIJK_FACTOR_CARBON_PRICE_EUR_PER_T), carbon,
      "€/t", "carbon_price_eur_per_t" },
    { "r", "r", r->discount_rate, "", NULL },
    { "L", "L", r->lifetime_years, "", NULL },
  };
  const char *template = NULL;

  switch (figure)
    {
    case WIJK_FIGURE_NET_SAVINGS:
      template = _("{gross} − {opex}");
      break;
    case WIJK_FIGURE_NPV:
      template = r->degradation != 0.0 ? _("−{capex} + {gross} × {Ad} − {opex} × {A}")
                                       : _("−{capex} + ({gross} − {opex}) × {A}");
      break;
    case WIJK_FIGURE_NPV_WITH_CARBON:
      template = _("{npv} + {carbon} × {co2_disc}");
      break;
    case WIJK_FIGURE_PAYBACK:
      template = _("{capex} / {net}");
      break;
    case WIJK_FIGURE_ABATEMENT:
      template = _("−{npv} / {co2_disc}");
      break;
    case WIJK_FIGURE_CRF:
      template = r->discount_rate != 0.0 ? _("{r} / (1 − (1 + {r})^−{L})") : _("1 / {L}");
      break;
    case WIJK_FIGURE_CO2_PER_YEAR:
    case WIJK_FIGURE_CO2_ONE_OFF:
    case WIJK_FIGURE_CO2_LIFETIME:
    case WIJK_FIGURE_CAPEX:
    case WIJK_FIGURE_GROSS_SAVINGS:
    case WIJK_FIGURE_ADDED_OPEX:
    case WIJK_FIGURE_FINANCING_GAP:
    case WIJK_FIGURE_DEBT_SERVICE:
    case WIJK_N_FIGURES:
    default:
      g_assert_not_reached ();
    }
  wijk_explainer_expand (x, template, v, G_N_ELEMENTS (v));
  if (figure != WIJK_FIGURE_NET_SAVINGS && figure != WIJK_FIGURE_PAYBACK)
    add_economic_settings (x, r);
}

static void
explain_financing (WijkExplainer          *x,
                   const WijkActionResult *r,
                   WijkFigure              figure)
{
  WijkExplainValue v[] = {
    { "capex", _("capex"), r->capex_eur, "€", NULL },
    { "financed", _("financed"), r->finance.financed_eur, "€", NULL },
  };
  guint n = 0;

  if (figure == WIJK_FIGURE_FINANCING_GAP)
    {
      wijk_explainer_expand (x, _("{capex} − {financed}"), v, G_N_ELEMENTS (v));
      return;
    }

  /* Debt service: one annuity per loan or cooperative line. */
  for (guint i = 0; x->action->financing != NULL && i < x->action->financing->len; i++)
    {
      const WijkFinancing *line = g_ptr_array_index (x->action->financing, i);
      WijkExplainValue w[] = {
        { "amount", _("amount"), line->amount_eur, "€", NULL },
        { "rate", _("rate"), line->rate, "", NULL },
        { "years", _("years"), line->years, "", NULL },
      };

      if (line->kind != WIJK_FINANCING_LOAN && line->kind != WIJK_FINANCING_COOPERATIVE)
        continue;
      if (n++ > 0)
        wijk_explainer_append (x, " + ");
      if (line->years <= 0)
        wijk_explainer_expand (x, _("{amount} × {rate}"), w, G_N_ELEMENTS (w));
      else if (line->rate == 0.0)
        wijk_explainer_expand (x, _("{amount} / {years}"), w, G_N_ELEMENTS (w));
      else
        wijk_explainer_expand (x, _("{amount} × {rate} / (1 − (1 + {rate})^−{years})"),
                               w, G_N_ELEMENTS (w));
    }
  if (n == 0)
    wijk_explainer_append (x, "0");
}

const char *
wijk_explain_figure_title (WijkFigure figure)
{
  g_assert ((guint) figure < WIJK_N_FIGURES);
  return _(figure_info[figure].title);
}

const char *
wijk_explain_figure_unit (WijkFigure figure)
{
  g_assert ((guint) figure < WIJK_N_FIGURES);
  return figure_info[figure].unit[0] != '\0' ? _(figure_info[figure].unit) : "";
}

double
wijk_explain_action_figure (const WijkActionResult *r,
                            WijkFigure              figure)
{
  switch (figure)
    {
    case WIJK_FIGURE_CO2_PER_YEAR: return r->co2_t_per_year;
    case WIJK_FIGURE_CO2_ONE_OFF: return r->co2_t_one_off;
    case WIJK_FIGURE_CO2_LIFETIME: return r->co2_t_lifetime;
    case WIJK_FIGURE_CAPEX: return r->capex_eur;
    case WIJK_FIGURE_GROSS_SAVINGS: return r->gross_savings_eur_per_year;
    case WIJK_FIGURE_ADDED_OPEX: return r->added_opex_eur_per_year;
    case WIJK_FIGURE_NET_SAVINGS: return r->net_savings_eur_per_year;
    case WIJK_FIGURE_NPV: return r->npv_eur;
    case WIJK_FIGURE_NPV_WITH_CARBON: return r->npv_with_carbon_eur;
    case WIJK_FIGURE_PAYBACK: return r->payback_years;
    case WIJK_FIGURE_ABATEMENT: return r->abatement_eur_per_t;
    case WIJK_FIGURE_CRF: return r->crf;
    case WIJK_FIGURE_FINANCING_GAP: return r->finance.gap_eur;
    case WIJK_FIGURE_DEBT_SERVICE: return r->finance.debt_service_eur_per_year;
    case WIJK_N_FIGURES:
    default:
      return NAN;
    }
}

WijkExplanation *
wijk_explain_action (const WijkImpact   *impact,
                     const WijkWorkshop *workshop,
                     const char         *action_id,
                     WijkFigure          figure)
{
  const WijkActionResult *r;
  const WijkAction *action;
  const char *undefined = NULL;
  WijkExplainer x;

  g_return_val_if_fail (impact != NULL, NULL);
  g_return_val_if_fail (workshop != NULL, NULL);
  g_return_val_if_fail ((guint) figure < WIJK_N_FIGURES, NULL);

  r = wijk_impact_lookup_action (impact, action_id);
  action = wijk_workshop_find_action (workshop, action_id);
  if (r == NULL || action == NULL || r->type == NULL)
    return NULL;

  wijk_explainer_init (&x, impact, workshop, action, wijk_explain_figure_title (figure),
                       wijk_explain_figure_unit (figure));
  switch (figure)
    {
    case WIJK_FIGURE_CO2_PER_YEAR:
      explain_template (&x, r->type->co2_formula);
      break;
    case WIJK_FIGURE_CO2_ONE_OFF:
      explain_template (&x, r->type->co2_one_off_formula);
      break;
    case WIJK_FIGURE_CO2_LIFETIME:
      explain_lifetime (&x, r);
      break;
    case WIJK_FIGURE_CAPEX:
      explain_capex (&x, r);
      break;
    case WIJK_FIGURE_GROSS_SAVINGS:
      explain_template (&x, r->type->gross_savings_formula);
      break;
    case WIJK_FIGURE_ADDED_OPEX:
      explain_template (&x, r->type->added_opex_formula);
      break;
    case WIJK_FIGURE_FINANCING_GAP:
    case WIJK_FIGURE_DEBT_SERVICE:
      explain_financing (&x, r, figure);
      break;
    case WIJK_FIGURE_PAYBACK:
      undefined = _("No payback: the yearly net savings are not positive");
      explain_economics (&x, r, figure);
      break;
    case WIJK_FIGURE_ABATEMENT:
      undefined = _("No abatement cost: the action saves no CO₂e");
      explain_economics (&x, r, figure);
      break;
    case WIJK_FIGURE_NET_SAVINGS:
    case WIJK_FIGURE_NPV:
    case WIJK_FIGURE_NPV_WITH_CARBON:
    case WIJK_FIGURE_CRF:
      explain_economics (&x, r, figure);
      break;
    case WIJK_N_FIGURES:
    default:
      g_assert_not_reached ();
    }
  return wijk_explainer_finish (&x, wijk_explain_action_figure (r, figure), undefined);
}

WijkExplanation *
wijk_explain_cobenefit (const WijkImpact   *impact,
                        const WijkWorkshop *workshop,
                        const char         *action_id,
                        guint               index)
{
  const WijkActionResult *r;
  const WijkAction *action;
  const WijkCobenefitSpec *spec;
  WijkExplainer x;

  g_return_val_if_fail (impact != NULL, NULL);
  g_return_val_if_fail (workshop != NULL, NULL);

  r = wijk_impact_lookup_action (impact, action_id);
  action = wijk_workshop_find_action (workshop, action_id);
  if (r == NULL || action == NULL || r->type == NULL || index >= r->type->n_cobenefits)
    return NULL;

  spec = &r->type->cobenefits[index];
  wijk_explainer_init (&x, impact, workshop, action, _(spec->label), _(spec->unit));
  wijk_explainer_expand (&x, _(spec->formula), NULL, 0);
  return wijk_explainer_finish (&x, r->cobenefits[index], NULL);
}
