/* test-explain.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "calc-fixtures.h"
#include "wijk-explain.h"

/* A small evaluator for the catalogue's formula templates, so the test can
 * check that each template says what the compute function does. */
typedef struct
{
  const char *p;
} Parser;

static double parse_sum (Parser *ps);

static void
skip_spaces (Parser *ps)
{
  while (*ps->p == ' ')
    ps->p++;
}

static double
parse_atom (Parser *ps)
{
  double value;
  char *end;

  skip_spaces (ps);
  if (*ps->p == '(')
    {
      ps->p++;
      value = parse_sum (ps);
      skip_spaces (ps);
      g_assert_cmpint (*ps->p, ==, ')');
      ps->p++;
      return value;
    }
  if (*ps->p == '-')
    {
      ps->p++;
      return -parse_atom (ps);
    }
  value = g_ascii_strtod (ps->p, &end);
  g_assert_true (end != ps->p);
  ps->p = end;
  return value;
}

static double
parse_product (Parser *ps)
{
  double value = parse_atom (ps);

  for (;;)
    {
      skip_spaces (ps);
      if (*ps->p == '*')
        ps->p++, value *= parse_atom (ps);
      else if (*ps->p == '/')
        ps->p++, value /= parse_atom (ps);
      else
        return value;
    }
}

static double
parse_sum (Parser *ps)
{
  double value = parse_product (ps);

  for (;;)
    {
      skip_spaces (ps);
      if (*ps->p == '+')
        ps->p++, value += parse_product (ps);
      else if (*ps->p == '-' )
        ps->p++, value -= parse_product (ps);
      else
        return value;
    }
}

/* Replaces {name} by the value (C locale, full precision) and the
 * typographic operators by ASCII ones, then evaluates. */
static double
evaluate_template (const char           *template,
                   const WijkActionType *type,
                   const WijkAction     *action)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const char *p = template;
  Parser ps;
  double value;

  while (*p != '\0')
    {
      if (*p == '{')
        {
          const char *close = strchr (p, '}');
          g_autofree char *name = g_strndup (p + 1, close - p - 1);
          gint param = wijk_action_type_find_param (type, name);
          char buf[G_ASCII_DTOSTR_BUF_SIZE];
          double v;

          if (param >= 0)
            v = action->params[param];
          else
            v = wijk_catalog_get_default_factor (name)->value;
          g_string_append_printf (text, "(%s)", g_ascii_dtostr (buf, sizeof buf, v));
          p = close + 1;
        }
      else if (g_str_has_prefix (p, "×"))
        g_string_append_c (text, '*'), p += strlen ("×");
      else if (g_str_has_prefix (p, "−"))
        g_string_append_c (text, '-'), p += strlen ("−");
      else if (g_str_has_prefix (p, "10⁶"))
        g_string_append (text, "1000000"), p += strlen ("10⁶");
      else
        g_string_append_c (text, *p++);
    }
  ps.p = text->str;
  value = parse_sum (&ps);
  skip_spaces (&ps);
  g_assert_cmpint (*ps.p, ==, '\0');
  return value;
}

static void
check_template (const char           *template,
                const WijkActionType *type,
                const WijkAction     *action,
                double                expected)
{
  g_test_message ("%s: %s", type->id, template != NULL ? template : "(none)");
  if (template == NULL)
    assert_close (expected, 0);
  else
    assert_close (evaluate_template (template, type, action), expected);
}

static void
test_templates_match_compute (void)
{
  for (guint t = 0; t < wijk_catalog_get_n_types (); t++)
    {
      const WijkActionType *type = wijk_catalog_get_type (t);
      g_autoptr(WijkWorkshop) ws = fixture_workshop ();
      g_autoptr(WijkImpact) impact = NULL;
      WijkAction *action = fixture_add_action (ws, "a", type->id, NAN);
      const WijkActionResult *r;

      /* Defaults × 1.3 so that no value is a round default. */
      for (guint p = 0; p < type->n_params; p++)
        action->params[p] = MIN (type->params[p].default_value * 1.3, type->params[p].max);
      impact = wijk_impact_new (ws);
      r = wijk_impact_get_action_result (impact, 0);

      check_template (type->co2_formula, type, action, r->co2_t_per_year);
      check_template (type->co2_one_off_formula, type, action, r->co2_t_one_off);
      check_template (type->gross_savings_formula, type, action, r->gross_savings_eur_per_year);
      check_template (type->added_opex_formula, type, action, r->added_opex_eur_per_year);
      if (type->quantity_param < 0)
        check_template (type->capex_formula, type, action, r->capex_eur);
      for (guint c = 0; c < type->n_cobenefits; c++)
        check_template (type->cobenefits[c].formula, type, action, r->cobenefits[c]);
    }
}

static const WijkExplanationTerm *
find_term (const WijkExplanation *e,
           const char            *name)
{
  for (guint i = 0; i < e->terms->len; i++)
    {
      const WijkExplanationTerm *term = g_ptr_array_index (e->terms, i);

      if (g_strcmp0 (term->name, name) == 0)
        return term;
    }
  return NULL;
}

static void
test_example_co2 (void)
{
  g_autoptr(WijkWorkshop) ws = fixture_example ();
  g_autoptr(WijkImpact) impact = wijk_impact_new (ws);
  g_autoptr(WijkExplanation) e = wijk_explain_action (impact, ws, "a1",
                                                      WIJK_FIGURE_CO2_PER_YEAR);
  const WijkExplanationTerm *term;

  g_assert_nonnull (e);
  g_assert_cmpstr (e->formula, ==, "kwp × Y × EF_el / 1000");
  /* 250 kWp × 900 kWh/kWp/yr × 0.15 kg/kWh / 1000 = 33.75 t CO₂e/yr */
  g_assert_cmpstr (e->filled, ==,
                   "250\u00a0kWp × 900\u00a0kWh/kWp/yr × 0.15\u00a0kg/kWh / 1000");
  g_assert_cmpstr (e->text, ==, "250\u00a0kWp × 900\u00a0kWh/kWp/yr × 0.15\u00a0kg/kWh / 1000"
                   " = 33.75\u00a0t CO₂e/yr");
  assert_close (e->result, 33.75);

  g_assert_cmpuint (e->terms->len, ==, 3);
  term = g_ptr_array_index (e->terms, 0);
  g_assert_cmpstr (term->name, ==, "kwp");
  g_assert_false (term->is_factor);
  term = find_term (e, "grid_kg_co2_per_kwh");
  g_assert_nonnull (term);
  g_assert_true (term->is_factor);
  g_assert_cmpstr (term->symbol, ==, "EF_el");
  assert_close (term->value, 0.15);
  g_assert_nonnull (strstr (term->source, "Ember"));
  g_assert_cmpstr (term->confidence, ==, "H");
}

static void
test_every_figure (void)
{
  g_autoptr(WijkWorkshop) ws = fixture_example ();
  g_autoptr(WijkImpact) impact = NULL;
  WijkAction *action;
  WijkFinancing *loan;

  for (guint t = 0; t < wijk_catalog_get_n_types (); t++)
    {
      g_autofree char *id = g_strdup_printf ("t%u", t);

      action = fixture_add_action (ws, id, wijk_catalog_get_type (t)->id, NAN);
      loan = fixture_add_financing (action, WIJK_FINANCING_LOAN, NULL);
      loan->amount_eur = 1000;
      loan->rate = 0.05;
      loan->years = 4;
    }
  impact = wijk_impact_new (ws);

  for (guint i = 0; i < wijk_impact_get_n_actions (impact); i++)
    {
      const WijkActionResult *r = wijk_impact_get_action_result (impact, i);

      for (guint f = 0; f < WIJK_N_FIGURES; f++)
        {
          g_autoptr(WijkExplanation) e = wijk_explain_action (impact, ws, r->action_id, f);

          g_assert_nonnull (e);
          g_assert_nonnull (e->title);
          g_assert_cmpstr (e->formula, !=, "");
          g_assert_cmpstr (e->filled, !=, "");
          g_assert_nonnull (e->text);
          g_assert_null (strstr (e->filled, "?"));
        }
      for (guint c = 0; c < r->type->n_cobenefits; c++)
        {
          g_autoptr(WijkExplanation) e = wijk_explain_cobenefit (impact, ws, r->action_id, c);

          assert_close (e->result, r->cobenefits[c]);
        }
      g_assert_null (wijk_explain_cobenefit (impact, ws, r->action_id, 3));
    }
  g_assert_null (wijk_explain_action (impact, ws, "nope", WIJK_FIGURE_NPV));
}

static void
test_economics (void)
{
  g_autoptr(WijkWorkshop) ws = fixture_example ();
  g_autoptr(WijkImpact) impact = NULL;
  g_autoptr(WijkExplanation) npv = NULL;
  g_autoptr(WijkExplanation) payback = NULL;
  g_autoptr(WijkExplanation) abatement = NULL;
  g_autoptr(WijkExplanation) capex = NULL;
  g_autoptr(WijkExplanation) lifetime = NULL;

  fixture_add_action (ws, "pave", "depaving", 100.0, NAN);
  impact = wijk_impact_new (ws);

  npv = wijk_explain_action (impact, ws, "a1", WIJK_FIGURE_NPV);
  g_assert_cmpstr (npv->formula, ==,
                   "−capex + savings × Σₜ (1 − d)^(t−1) / (1 + r)^t − added cost × "
                   "(1 − (1 + r)^−L) / r");
  assert_close (npv->result, 331776.5874);
  g_assert_nonnull (find_term (npv, "discount_rate"));
  g_assert_nonnull (find_term (npv, "lifetime_years"));
  g_assert_nonnull (find_term (npv, "pv_degradation"));

  /* 25 years of 33.75 t degrading by 0.005 a year */
  lifetime = wijk_explain_action (impact, ws, "a1", WIJK_FIGURE_CO2_LIFETIME);
  g_assert_cmpstr (lifetime->formula, ==, "CO₂e₁ × (1 − (1 − d)^L) / d");
  assert_close (lifetime->result, 795.0133601);

  /* In the group: 250 kWp × 700 €/kWp, alone it would be 780 €/kWp. */
  capex = wijk_explain_action (impact, ws, "a1", WIJK_FIGURE_CAPEX);
  g_assert_cmpstr (capex->formula, ==, "kwp × unit price");
  g_assert_nonnull (strstr (capex->filled, "700"));
  g_assert_nonnull (capex->note);
  g_assert_nonnull (strstr (capex->note, "pv-2027"));
  g_assert_nonnull (strstr (capex->note, "780"));
  g_assert_nonnull (find_term (capex, "solar_pv_price_tiers"));

  payback = wijk_explain_action (impact, ws, "pave", WIJK_FIGURE_PAYBACK);
  g_assert_true (isnan (payback->result));
  g_assert_cmpstr (payback->text, ==, "No payback: the yearly net savings are not positive");
  abatement = wijk_explain_action (impact, ws, "pave", WIJK_FIGURE_ABATEMENT);
  g_assert_true (isnan (abatement->result));
}

static void
test_totals (void)
{
  g_autoptr(WijkWorkshop) ws = fixture_example ();
  g_autoptr(WijkImpact) impact = NULL;
  g_autoptr(WijkExplanation) capex = NULL;
  g_autoptr(WijkExplanation) npv = NULL;
  g_autoptr(WijkExplanation) price = NULL;
  g_autoptr(WijkExplanation) expected = NULL;
  g_autoptr(WijkExplanation) share = NULL;
  g_autoptr(WijkExplanation) co2 = NULL;

  wijk_workshop_find_action (ws, "a2")->purchase_status = WIJK_PURCHASE_INTERESTED;
  impact = wijk_impact_new (ws);

  /* Siemens: 0.6 × 175000 = 105000 */
  capex = wijk_explain_organisation (impact, ws, "siemens", WIJK_FIGURE_CAPEX);
  g_assert_cmpstr (capex->formula, ==, "Σ cost share × capex");
  g_assert_nonnull (strstr (capex->filled, "0.6 × "));
  assert_close (capex->result, 105000);
  npv = wijk_explain_organisation (impact, ws, "siemens", WIJK_FIGURE_NPV);
  assert_close (npv->result, 199065.9524);
  g_assert_null (wijk_explain_organisation (impact, ws, "siemens", WIJK_FIGURE_CRF));
  g_assert_null (wijk_explain_organisation (impact, ws, "nobody", WIJK_FIGURE_CAPEX));

  /* 600 kWp: tier from 500 kWp, 700 €/kWp; expected 250 + 0.8 × 350 = 530 */
  price = wijk_explain_group_price (impact, ws, "pv-2027", FALSE);
  assert_close (price->result, 700);
  g_assert_nonnull (strstr (price->filled, "600"));
  g_assert_nonnull (strstr (price->filled, "500"));
  expected = wijk_explain_group_price (impact, ws, "pv-2027", TRUE);
  assert_close (expected->result, 700);
  g_assert_nonnull (strstr (expected->filled, "530"));
  g_assert_nonnull (find_term (expected, "purchase_cancellation_rate"));

  /* 81 / 6300 */
  share = wijk_explain_park (impact, ws, WIJK_PARK_FIGURE_SHARE_OF_TARGET);
  g_assert_cmpstr (share->formula, ==, "park CO₂e reduction / target");
  assert_close (share->result, 81.0 / 6300.0);
  co2 = wijk_explain_park (impact, ws, WIJK_PARK_FIGURE_CO2_PER_YEAR);
  assert_close (co2->result, 81);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/wijk/explain/templates-match-compute", test_templates_match_compute);
  g_test_add_func ("/wijk/explain/example-co2", test_example_co2);
  g_test_add_func ("/wijk/explain/every-figure", test_every_figure);
  g_test_add_func ("/wijk/explain/economics", test_economics);
  g_test_add_func ("/wijk/explain/totals", test_totals);

  return g_test_run ();
}
