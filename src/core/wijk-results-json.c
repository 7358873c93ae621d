/* wijk-results-json.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-results-json"

#include "config.h"

#include <math.h>

#include "wijk-json-text.h"
#include "wijk-results-json.h"

/* Key names are part of the documented format: PRODUCT.md §3 fixes the
 * first keys of each object, the others are listed in
 * docs/methodology.md, "Results as JSON". */

static void
add_number (JsonBuilder *b,
            const char  *key,
            double       value)
{
  json_builder_set_member_name (b, key);
  if (isfinite (value))
    json_builder_add_double_value (b, value);
  else
    json_builder_add_null_value (b);
}

static void
add_int (JsonBuilder *b,
         const char  *key,
         gint64       value)
{
  json_builder_set_member_name (b, key);
  json_builder_add_int_value (b, value);
}

static void
add_string (JsonBuilder *b,
            const char  *key,
            const char  *value)
{
  json_builder_set_member_name (b, key);
  if (value != NULL)
    json_builder_add_string_value (b, value);
  else
    json_builder_add_null_value (b);
}

static void
add_bool (JsonBuilder *b,
          const char  *key,
          gboolean     value)
{
  json_builder_set_member_name (b, key);
  json_builder_add_boolean_value (b, value);
}

/* A year, or null for 0, which stands for "not set". */
static void
add_year (JsonBuilder *b,
          const char  *key,
          gint         year)
{
  if (year > 0)
    add_int (b, key, year);
  else
    add_string (b, key, NULL);
}

static void
add_finance (JsonBuilder             *b,
             const WijkFinanceResult *f)
{
  json_builder_set_member_name (b, "financing");
  json_builder_begin_object (b);
  add_number (b, "own_funds_eur", f->own_funds_eur);
  add_number (b, "subsidy_eur", f->subsidy_eur);
  add_number (b, "loan_eur", f->loan_eur);
  add_number (b, "third_party_eur", f->third_party_eur);
  add_number (b, "cooperative_eur", f->cooperative_eur);
  add_number (b, "financed_eur", f->financed_eur);
  add_number (b, "gap_eur", f->gap_eur);
  add_number (b, "debt_service_eur_per_year", f->debt_service_eur_per_year);
  add_number (b, "third_party_eur_per_year", f->third_party_eur_per_year);
  add_number (b, "net_cash_flow_eur_per_year", f->net_cash_flow_eur_per_year);
  json_builder_end_object (b);
}

static void
add_owners_cash (JsonBuilder            *b,
                 const WijkAction       *action,
                 const WijkActionResult *r)
{
  json_builder_set_member_name (b, "owners");
  json_builder_begin_array (b);
  for (guint i = 0; i < action->owners->len; i++)
    {
      const WijkOwner *owner = g_ptr_array_index (action->owners, i);
      WijkOwnerFinance f;

      wijk_finance_compute_owner (action, r->capex_eur, r->gross_savings_eur_per_year,
                                  r->added_opex_eur_per_year, owner->org_id, &f);
      json_builder_begin_object (b);
      add_string (b, "org", owner->org_id);
      add_string (b, "role", wijk_role_to_string (owner->role));
      add_number (b, "cost_share", owner->cost_share);
      add_number (b, "benefit_share", owner->benefit_share);
      add_number (b, "own_funds_eur", f.own_funds_eur);
      add_number (b, "net_cash_flow_eur_per_year", f.net_cash_flow_eur_per_year);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_action (JsonBuilder            *b,
            const WijkImpact       *impact,
            const WijkAction       *action,
            const WijkActionResult *r)
{
  json_builder_begin_object (b);
  add_string (b, "id", action->id);
  add_number (b, "co2_t_per_year", r->co2_t_per_year);
  add_number (b, "co2_t_one_off", r->co2_t_one_off);
  add_number (b, "co2_t_lifetime", r->co2_t_lifetime);
  add_number (b, "capex_eur", r->capex_eur);
  add_number (b, "net_savings_eur_per_year", r->net_savings_eur_per_year);
  add_number (b, "npv_eur", r->npv_eur);
  add_number (b, "npv_with_carbon_eur", r->npv_with_carbon_eur);
  add_number (b, "payback_years", r->payback_years);
  add_number (b, "abatement_eur_per_t", r->abatement_eur_per_t);
  json_builder_set_member_name (b, "cobenefits");
  json_builder_begin_object (b);
  for (guint i = 0; r->type != NULL && i < r->type->n_cobenefits; i++)
    add_number (b, r->type->cobenefits[i].key, r->cobenefits[i]);
  json_builder_end_object (b);

  add_string (b, "type", action->type);
  add_string (b, "theme", r->type != NULL ? wijk_theme_to_string (r->type->theme) : NULL);
  add_string (b, "title", action->title);
  add_string (b, "status", wijk_status_to_string (action->status));
  add_year (b, "start_year", action->start_year);
  add_number (b, "gross_savings_eur_per_year", r->gross_savings_eur_per_year);
  add_number (b, "added_opex_eur_per_year", r->added_opex_eur_per_year);
  add_number (b, "co2_t_discounted", r->co2_t_discounted);
  add_int (b, "lifetime_years", r->lifetime_years);
  add_number (b, "degradation", r->degradation);
  add_number (b, "crf", r->crf);
  add_number (b, "quantity", r->quantity);
  add_number (b, "unit_price_eur", r->unit_price_eur);
  add_number (b, "capex_alone_eur", r->capex_alone_eur);
  add_string (b, "purchase_group",
              r->purchase_group >= 0
              ? wijk_impact_get_group_result (impact, r->purchase_group)->group_id : NULL);
  if (r->purchase_group >= 0)
    add_string (b, "purchase_status", wijk_purchase_status_to_string (action->purchase_status));
  else
    add_string (b, "purchase_status", NULL);
  add_finance (b, &r->finance);
  add_owners_cash (b, action, r);
  json_builder_end_object (b);
}

static void
add_actions (JsonBuilder        *b,
             WijkImpact         *impact,
             const WijkWorkshop *workshop)
{
  json_builder_set_member_name (b, "actions");
  json_builder_begin_array (b);
  for (guint i = 0; i < wijk_impact_get_n_actions (impact); i++)
    add_action (b, impact, g_ptr_array_index (workshop->actions, i),
                wijk_impact_get_action_result (impact, i));
  json_builder_end_array (b);
}

static void
add_commitments (JsonBuilder        *b,
                 WijkImpact         *impact,
                 const WijkWorkshop *workshop,
                 const char         *org_id)
{
  g_autoptr(GArray) commitments = wijk_impact_dup_commitments (impact, workshop, org_id);

  json_builder_set_member_name (b, "commitments");
  json_builder_begin_array (b);
  for (guint i = 0; i < commitments->len; i++)
    {
      const WijkCommitment *c = &g_array_index (commitments, WijkCommitment, i);

      json_builder_begin_object (b);
      add_string (b, "action", c->action_id);
      add_string (b, "role", wijk_role_to_string (c->role));
      add_number (b, "cost_share", c->cost_share);
      add_number (b, "benefit_share", c->benefit_share);
      add_number (b, "capex_eur", c->capex_eur);
      add_number (b, "net_savings_eur_per_year", c->net_savings_eur_per_year);
      add_number (b, "npv_eur", c->npv_eur);
      add_number (b, "co2_t_per_year", c->co2_t_per_year);
      add_number (b, "net_cash_flow_eur_per_year", c->net_cash_flow_eur_per_year);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_organisations (JsonBuilder        *b,
                   WijkImpact         *impact,
                   const WijkWorkshop *workshop)
{
  json_builder_set_member_name (b, "organisations");
  json_builder_begin_array (b);
  for (guint i = 0; i < wijk_impact_get_n_organisations (impact); i++)
    {
      const WijkOrgResult *o = wijk_impact_get_org_result (impact, i);
      const WijkOrganisation *org = g_ptr_array_index (workshop->organisations, i);

      json_builder_begin_object (b);
      add_string (b, "id", o->org_id);
      add_number (b, "capex_eur", o->capex_eur);
      add_number (b, "net_savings_eur_per_year", o->net_savings_eur_per_year);
      add_number (b, "npv_eur", o->npv_eur);
      add_number (b, "co2_t_per_year", o->co2_t_per_year);
      add_string (b, "name", org->name);
      add_number (b, "gross_savings_eur_per_year", o->gross_savings_eur_per_year);
      add_number (b, "added_opex_eur_per_year", o->added_opex_eur_per_year);
      add_number (b, "npv_with_carbon_eur", o->npv_with_carbon_eur);
      add_number (b, "payback_years", o->payback_years);
      add_number (b, "co2_t_one_off", o->co2_t_one_off);
      add_number (b, "co2_t_lifetime", o->co2_t_lifetime);
      add_number (b, "own_funds_eur", o->own_funds_eur);
      add_number (b, "debt_service_eur_per_year", o->debt_service_eur_per_year);
      add_number (b, "net_cash_flow_eur_per_year", o->net_cash_flow_eur_per_year);
      add_commitments (b, impact, workshop, o->org_id);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_group (JsonBuilder        *b,
           WijkImpact         *impact,
           const WijkWorkshop *workshop,
           guint               index)
{
  const WijkGroupResult *g = wijk_impact_get_group_result (impact, index);
  const WijkPurchaseGroup *group = g_ptr_array_index (workshop->purchase_groups, index);
  const guint *members;
  guint n_members;

  json_builder_begin_object (b);
  add_string (b, "id", g->group_id);
  add_number (b, "total_quantity", g->total_quantity);
  add_number (b, "unit_price_eur", g->unit_price_eur);
  json_builder_set_member_name (b, "members");
  json_builder_begin_array (b);
  members = wijk_impact_get_group_members (impact, index, &n_members);
  for (guint i = 0; i < n_members; i++)
    {
      const WijkActionResult *r = wijk_impact_get_action_result (impact, members[i]);
      const WijkAction *action = g_ptr_array_index (workshop->actions, members[i]);

      json_builder_begin_object (b);
      add_string (b, "action", r->action_id);
      add_number (b, "saving_eur", r->capex_alone_eur - r->capex_eur);
      add_string (b, "purchase_status", wijk_purchase_status_to_string (action->purchase_status));
      add_number (b, "quantity", r->quantity);
      add_number (b, "capex_alone_eur", r->capex_alone_eur);
      add_number (b, "capex_eur", r->capex_eur);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  add_string (b, "type", group->type);
  add_string (b, "name", group->name);
  add_number (b, "committed_quantity", g->committed_quantity);
  add_number (b, "interested_quantity", g->interested_quantity);
  add_number (b, "expected_quantity", g->expected_quantity);
  add_number (b, "expected_unit_price_eur", g->expected_unit_price_eur);
  add_bool (b, "price_holds", g->price_holds);
  add_number (b, "capex_eur", g->capex_eur);
  add_number (b, "capex_alone_eur", g->capex_alone_eur);
  add_number (b, "saving_eur", g->saving_eur);
  json_builder_end_object (b);
}

static void
add_totals (JsonBuilder      *b,
            const WijkTotals *t,
            gboolean          fixed_first)
{
  add_number (b, "co2_t_one_off", t->co2_t_one_off);
  add_number (b, "co2_t_lifetime", t->co2_t_lifetime);
  add_number (b, "gross_savings_eur_per_year", t->gross_savings_eur_per_year);
  add_number (b, "added_opex_eur_per_year", t->added_opex_eur_per_year);
  add_number (b, "npv_eur", t->npv_eur);
  add_number (b, "npv_with_carbon_eur", t->npv_with_carbon_eur);
  add_number (b, "financing_gap_eur", t->financing_gap_eur);
  add_number (b, "debt_service_eur_per_year", t->debt_service_eur_per_year);
  add_int (b, "n_actions", t->n_actions);
  if (!fixed_first)
    {
      add_number (b, "co2_t_per_year", t->co2_t_per_year);
      add_number (b, "capex_eur", t->capex_eur);
      add_number (b, "net_savings_eur_per_year", t->net_savings_eur_per_year);
    }
}

static void
add_macc (JsonBuilder *b,
          WijkImpact  *impact)
{
  g_autoptr(GArray) macc = wijk_impact_dup_macc (impact);

  json_builder_set_member_name (b, "macc");
  json_builder_begin_array (b);
  for (guint i = 0; i < macc->len; i++)
    {
      const WijkMaccPoint *p = &g_array_index (macc, WijkMaccPoint, i);

      json_builder_begin_object (b);
      add_string (b, "action", p->action_id);
      add_number (b, "abatement_eur_per_t", p->abatement_eur_per_t);
      add_number (b, "co2_t_per_year", p->co2_t_per_year);
      add_number (b, "cumulative_co2_t_per_year", p->cumulative_co2_t_per_year);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_years (JsonBuilder        *b,
           WijkImpact         *impact,
           const WijkWorkshop *workshop)
{
  g_autoptr(GArray) years = wijk_impact_dup_investment_by_year (impact, workshop);

  json_builder_set_member_name (b, "investment_by_year");
  json_builder_begin_array (b);
  for (guint i = 0; i < years->len; i++)
    {
      const WijkYearInvestment *y = &g_array_index (years, WijkYearInvestment, i);

      json_builder_begin_object (b);
      add_year (b, "year", y->year);
      add_number (b, "capex_eur", y->capex_eur);
      add_int (b, "n_actions", y->n_actions);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_park (JsonBuilder        *b,
          WijkImpact         *impact,
          const WijkWorkshop *workshop)
{
  const WijkParkResult *park = wijk_impact_get_park (impact);

  json_builder_set_member_name (b, "park");
  json_builder_begin_object (b);
  add_number (b, "co2_t_per_year", park->totals.co2_t_per_year);
  add_number (b, "share_of_baseline", park->share_of_baseline);
  add_number (b, "share_of_target", park->share_of_target);
  add_number (b, "capex_eur", park->totals.capex_eur);
  add_number (b, "net_savings_eur_per_year", park->totals.net_savings_eur_per_year);
  add_totals (b, &park->totals, TRUE);
  add_number (b, "baseline_t_co2_per_year", workshop->baseline_t_co2_per_year);
  add_number (b, "target_t_co2_per_year", workshop->target_t_co2_per_year);
  json_builder_set_member_name (b, "themes");
  json_builder_begin_object (b);
  for (guint t = 0; t < WIJK_N_THEMES; t++)
    {
      json_builder_set_member_name (b, wijk_theme_to_string (t));
      json_builder_begin_object (b);
      add_totals (b, &park->themes[t], FALSE);
      json_builder_end_object (b);
    }
  json_builder_end_object (b);
  add_macc (b, impact);
  add_years (b, impact, workshop);
  json_builder_end_object (b);
}

JsonNode *
wijk_results_to_json_node (WijkImpact         *impact,
                           const WijkWorkshop *workshop)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  g_return_val_if_fail (impact != NULL, NULL);
  g_return_val_if_fail (workshop != NULL, NULL);
  g_return_val_if_fail (wijk_impact_get_n_actions (impact) == workshop->actions->len, NULL);
  g_return_val_if_fail (wijk_impact_get_n_organisations (impact) ==
                        workshop->organisations->len, NULL);
  g_return_val_if_fail (wijk_impact_get_n_groups (impact) == workshop->purchase_groups->len,
                        NULL);

  json_builder_begin_object (b);
  add_actions (b, impact, workshop);
  add_organisations (b, impact, workshop);
  json_builder_set_member_name (b, "purchase_groups");
  json_builder_begin_array (b);
  for (guint i = 0; i < wijk_impact_get_n_groups (impact); i++)
    add_group (b, impact, workshop, i);
  json_builder_end_array (b);
  add_park (b, impact, workshop);
  add_string (b, "format", WIJK_RESULTS_JSON_FORMAT);
  add_int (b, "version", 1);
  add_number (b, "discount_rate", workshop->discount_rate);
  add_number (b, "carbon_price_eur_per_t",
              wijk_impact_get_factor (impact, WIJK_FACTOR_CARBON_PRICE_EUR_PER_T));
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

char *
wijk_results_to_json (WijkImpact         *impact,
                      const WijkWorkshop *workshop)
{
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (impact != NULL, NULL);
  g_return_val_if_fail (workshop != NULL, NULL);

  root = wijk_results_to_json_node (impact, workshop);
  if (root == NULL)
    return NULL;
  return wijk_json_write (root, TRUE);
}
