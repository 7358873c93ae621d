/* wijk-explain-text.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-explain"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "wijk-explain-private.h"
#include "wijk-format.h"

/* Filling formula templates in: "{kwp} × {pv_yield_kwh_per_kwp}" becomes
 * "kwp × Y" and "250 kWp × 900 kWh/kWp". */

#define INPUT_DIGITS 6

/* The units shown after factor values in filled-in formulas; the factors'
 * full unit descriptions are in data/factors.json. */
static const char * const factor_units[WIJK_N_FACTORS] = {
  [WIJK_FACTOR_GRID_KG_CO2_PER_KWH] = "kg/kWh",
  [WIJK_FACTOR_GAS_KG_CO2_PER_KWH] = "kg/kWh",
  [WIJK_FACTOR_CAR_G_CO2_PER_PKM] = "g/pkm",
  [WIJK_FACTOR_BIKE_G_CO2_PER_PKM] = "g/pkm",
  [WIJK_FACTOR_BUS_G_CO2_PER_PKM] = "g/pkm",
  [WIJK_FACTOR_CAR_G_CO2_PER_VKM] = "g/vkm",
  [WIJK_FACTOR_EV_KWH_PER_KM] = "kWh/km",
  [WIJK_FACTOR_WORKDAYS_PER_YEAR] = N_("days/yr"),
  [WIJK_FACTOR_CAR_COST_EUR_PER_KM] = "€/km",
  [WIJK_FACTOR_FUEL_COST_EUR_PER_KM] = "€/km",
  [WIJK_FACTOR_PV_YIELD_KWH_PER_KWP] = N_("kWh/kWp/yr"),
  [WIJK_FACTOR_PV_DEGRADATION] = N_("/yr"),
  [WIJK_FACTOR_PV_KWP_PER_M2] = "kWp/m²",
  [WIJK_FACTOR_PURCHASE_CANCELLATION_RATE] = "",
  [WIJK_FACTOR_PV_OM_EUR_PER_KWP] = N_("€/kWp/yr"),
  [WIJK_FACTOR_EL_PRICE_BUY_EUR_PER_KWH] = "€/kWh",
  [WIJK_FACTOR_EL_PRICE_SELL_EUR_PER_KWH] = "€/kWh",
  [WIJK_FACTOR_SHARING_FEE_EUR_PER_KWH] = "€/kWh",
  [WIJK_FACTOR_GAS_PRICE_EUR_PER_KWH] = "€/kWh",
  [WIJK_FACTOR_BOILER_EFFICIENCY] = "",
  [WIJK_FACTOR_HEAT_PUMP_SCOP] = "",
  [WIJK_FACTOR_HEAT_PUMP_EUR_PER_KW] = "€/kW",
  [WIJK_FACTOR_RENOVATION_EUR_PER_M2] = "€/m²",
  [WIJK_FACTOR_RENOVATION_HEAT_SAVING_KWH_M2] = N_("kWh/m²/yr"),
  [WIJK_FACTOR_BIKE_PLACE_EUR] = N_("€/place"),
  [WIJK_FACTOR_CHARGER_EUR_PER_POINT] = N_("€/point"),
  [WIJK_FACTOR_WASTE_T_CO2_PER_T] = "t/t",
  [WIJK_FACTOR_GATE_FEE_EUR_PER_T] = "€/t",
  [WIJK_FACTOR_EMBODIED_T_CO2_PER_M2] = "t/m²",
  [WIJK_FACTOR_FITOUT_EUR_PER_M2] = "€/m²",
  [WIJK_FACTOR_SPACE_COST_EUR_PER_M2] = N_("€/m²/yr"),
  [WIJK_FACTOR_DEPAVE_EUR_PER_M2] = "€/m²",
  [WIJK_FACTOR_RAIN_M_PER_YEAR] = N_("m/yr"),
  [WIJK_FACTOR_RUNOFF_PAVED] = "",
  [WIJK_FACTOR_RUNOFF_GREEN] = "",
  [WIJK_FACTOR_GREEN_ROOF_EUR_PER_M2] = "€/m²",
  [WIJK_FACTOR_GREEN_ROOF_RETENTION] = "",
  [WIJK_FACTOR_TREE_EUR] = N_("€/tree"),
  [WIJK_FACTOR_TREE_KG_CO2_PER_YEAR] = N_("kg/tree/yr"),
  [WIJK_FACTOR_TREE_SHADE_M2] = N_("m²/tree"),
  [WIJK_FACTOR_CARBON_PRICE_EUR_PER_T] = "€/t",
  [WIJK_FACTOR_DISCOUNT_RATE] = N_("/yr"),
};

char *
wijk_explain_format (double      value,
                     const char *unit,
                     int         significant)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  int magnitude, digits;
  g_autofree char *number = NULL;

  if (!isfinite (value))
    return g_strdup (WIJK_FORMAT_UNDEFINED);
  if (unit != NULL && strcmp (unit, "€") == 0)
    return wijk_format_money (value);

  magnitude = value == 0.0 ? 0 : (int) floor (log10 (fabs (value)));
  digits = CLAMP (significant - 1 - magnitude, 0, 12);
  /* No trailing zeros: 0.15, not 0.150000. */
  g_ascii_formatd (buf, sizeof buf, "%.12f", value);
  while (digits > 0)
    {
      char fmt[8];

      g_snprintf (fmt, sizeof fmt, "%%.%df", digits);
      g_ascii_formatd (buf, sizeof buf, fmt, value);
      if (buf[strlen (buf) - 1] != '0')
        break;
      digits--;
    }
  number = wijk_format_number (value, digits);
  if (unit == NULL || unit[0] == '\0')
    return g_steal_pointer (&number);
  /* A no-break space keeps the number and its unit together. */
  return g_strconcat (number, "\xc2\xa0", unit, NULL);
}

static WijkExplanationTerm *
term_new (const char *name,
          const char *symbol,
          double      value,
          const char *unit)
{
  WijkExplanationTerm *term = g_new0 (WijkExplanationTerm, 1);

  term->name = g_strdup (name);
  term->symbol = g_strdup (symbol);
  term->value = value;
  term->unit = g_strdup (unit);
  return term;
}

static void
term_free (WijkExplanationTerm *term)
{
  g_free (term->name);
  g_free (term->symbol);
  g_free (term->label);
  g_free (term->unit);
  g_free (term->source);
  g_free (term->year);
  g_free (term->confidence);
  g_free (term->note);
  g_free (term->unit_description);
  g_free (term);
}

void
wijk_explanation_free (WijkExplanation *explanation)
{
  if (explanation == NULL)
    return;
  g_free (explanation->title);
  g_free (explanation->formula);
  g_free (explanation->filled);
  g_free (explanation->unit);
  g_free (explanation->text);
  g_free (explanation->note);
  g_ptr_array_unref (explanation->terms);
  g_free (explanation);
}

void
wijk_explainer_init (WijkExplainer      *x,
                     const WijkImpact   *impact,
                     const WijkWorkshop *workshop,
                     const WijkAction   *action,
                     const char         *title,
                     const char         *unit)
{
  memset (x, 0, sizeof *x);
  x->impact = impact;
  x->workshop = workshop;
  x->action = action;
  x->type = action != NULL ? wijk_catalog_lookup (action->type) : NULL;
  x->explanation = g_new0 (WijkExplanation, 1);
  x->explanation->title = g_strdup (title);
  x->explanation->unit = g_strdup (unit);
  x->explanation->terms = g_ptr_array_new_with_free_func ((GDestroyNotify) term_free);
  x->formula = g_string_new (NULL);
  x->filled = g_string_new (NULL);
}

static gboolean
has_term (WijkExplainer *x,
          const char    *name)
{
  GPtrArray *terms = x->explanation->terms;

  for (guint i = 0; i < terms->len; i++)
    {
      if (g_strcmp0 (((WijkExplanationTerm *) g_ptr_array_index (terms, i))->name, name) == 0)
        return TRUE;
    }
  return FALSE;
}

static gint
find_param (WijkExplainer *x,
            const char    *name)
{
  return x->type != NULL ? wijk_action_type_find_param (x->type, name) : -1;
}

/* Lists a parameter or factor among the terms, once. */
void
wijk_explainer_add_term (WijkExplainer *x,
                         const char    *name)
{
  gint param = find_param (x, name);
  WijkFactorId id;
  const WijkFactor *factor;
  WijkExplanationTerm *term;

  if (has_term (x, name))
    return;
  if (param >= 0)
    {
      const WijkParamSpec *spec = &x->type->params[param];

      term = term_new (name, name, x->action->params[param], _(spec->unit));
      term->label = g_strdup (_(spec->label));
      g_ptr_array_add (x->explanation->terms, term);
      return;
    }

  id = wijk_catalog_lookup_factor (name);
  if (id == WIJK_FACTOR_NONE && !wijk_factor_is_tiers (name))
    return;
  factor = wijk_workshop_find_factor (x->workshop, name);
  if (factor == NULL || (wijk_factor_is_tiers (name) && factor->tiers == NULL))
    factor = wijk_catalog_get_default_factor (name);
  if (id == WIJK_FACTOR_NONE)
    {
      /* A price-tier table: no single value, its tiers are in the factor. */
      if (factor == NULL)
        return;
      term = term_new (name, name, NAN, "");
    }
  else
    {
      term = term_new (name, wijk_catalog_get_factor_symbol (id),
                       wijk_impact_get_factor (x->impact, id),
                       factor_units[id][0] != '\0' ? _(factor_units[id]) : "");
    }
  term->is_factor = TRUE;
  if (factor != NULL)
    {
      term->source = g_strdup (factor->source);
      term->year = g_strdup (factor->year);
      term->confidence = g_strdup (factor->confidence);
      term->note = g_strdup (factor->note);
      term->unit_description = g_strdup (factor->unit);
    }
  g_ptr_array_add (x->explanation->terms, term);
}

void
wijk_explainer_add_setting (WijkExplainer *x,
                            const char    *name,
                            const char    *symbol,
                            double         value,
                            const char    *unit,
                            const char    *source)
{
  WijkExplanationTerm *term;

  if (has_term (x, name))
    return;
  term = term_new (name, symbol, value, unit);
  term->source = g_strdup (source);
  g_ptr_array_add (x->explanation->terms, term);
}

static void
append_value (WijkExplainer *x,
              const char    *symbol,
              double         value,
              const char    *unit)
{
  g_autofree char *text = wijk_explain_format (value, unit, INPUT_DIGITS);

  g_string_append (x->formula, symbol);
  g_string_append (x->filled, text);
}

static void
expand_name (WijkExplainer          *x,
             const char             *name,
             const WijkExplainValue *values,
             guint                   n_values)
{
  WijkFactorId id;
  gint param;

  for (guint i = 0; i < n_values; i++)
    {
      if (strcmp (values[i].name, name) == 0)
        {
          append_value (x, values[i].symbol, values[i].value, values[i].unit);
          if (values[i].term != NULL)
            wijk_explainer_add_term (x, values[i].term);
          return;
        }
    }

  param = find_param (x, name);
  if (param >= 0)
    {
      append_value (x, name, x->action->params[param], _(x->type->params[param].unit));
      wijk_explainer_add_term (x, name);
      return;
    }

  id = wijk_catalog_lookup_factor (name);
  if (id != WIJK_FACTOR_NONE)
    {
      append_value (x, wijk_catalog_get_factor_symbol (id),
                    wijk_impact_get_factor (x->impact, id),
                    factor_units[id][0] != '\0' ? _(factor_units[id]) : "");
      wijk_explainer_add_term (x, name);
      return;
    }

  /* A template naming nothing known is a bug in this module. */
  g_critical ("Formula template names an unknown value “%s”", name);
  g_string_append (x->formula, name);
  g_string_append (x->filled, "?");
}

void
wijk_explainer_expand (WijkExplainer          *x,
                       const char             *template,
                       const WijkExplainValue *values,
                       guint                   n_values)
{
  const char *p = template;

  while (*p != '\0')
    {
      const char *open = strchr (p, '{');
      const char *close;
      g_autofree char *name = NULL;

      if (open == NULL || (close = strchr (open, '}')) == NULL)
        {
          wijk_explainer_append (x, p);
          return;
        }
      g_string_append_len (x->formula, p, open - p);
      g_string_append_len (x->filled, p, open - p);
      name = g_strndup (open + 1, close - open - 1);
      expand_name (x, name, values, n_values);
      p = close + 1;
    }
}

void
wijk_explainer_append (WijkExplainer *x,
                       const char    *text)
{
  g_string_append (x->formula, text);
  g_string_append (x->filled, text);
}

WijkExplanation *
wijk_explainer_finish (WijkExplainer *x,
                       double         result,
                       const char    *undefined)
{
  WijkExplanation *e = x->explanation;

  e->formula = g_string_free (x->formula, FALSE);
  e->filled = g_string_free (x->filled, FALSE);
  e->result = result;
  if (isfinite (result))
    {
      g_autofree char *value = x->percent ? wijk_format_percent (result, 2)
                                          : wijk_explain_format (result, e->unit, 4);

      /* Translators: a filled-in formula and its result, "250 kWp × … = 33.75 t CO₂e/yr". */
      e->text = g_strdup_printf (_("%s = %s"), e->filled, value);
    }
  else
    {
      e->result = NAN;
      e->text = g_strdup (undefined != NULL ? undefined : WIJK_FORMAT_UNDEFINED);
    }
  x->explanation = NULL;
  return e;
}
