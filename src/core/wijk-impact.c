/* wijk-impact.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-impact"

#include "config.h"

#include <math.h>
#include <string.h>

#include "wijk-catalog-private.h"
#include "wijk-economics.h"
#include "wijk-impact-private.h"

/* The figures of docs/methodology.md. Everything that a full computation
 * and an update have in common goes through the same functions in the same
 * order, so an update gives exactly the figures of a full computation. */

guint
wijk_impact_index_lookup (GHashTable *table,
                          const char *id)
{
  if (id == NULL)
    return 0;
  return GPOINTER_TO_UINT (g_hash_table_lookup (table, id));
}

/* A full computation does not need to find actions by id, so the index is
 * built on the first look-up after it; it is a cache, hence the cast. */
guint
wijk_impact_find_action (const WijkImpact *impact,
                         const char       *id)
{
  WijkImpact *self = (WijkImpact *) impact;

  if (!impact->action_index_valid)
    {
      for (guint i = 0; i < impact->actions->len; i++)
        {
          WijkActionResult *r = wijk_impact_action_result (self, i);

          g_hash_table_insert (impact->action_index, (char *) r->action_id,
                               GUINT_TO_POINTER (i + 1));
        }
      self->action_index_valid = TRUE;
    }
  return wijk_impact_index_lookup (impact->action_index, id);
}

static int
compare_tiers (gconstpointer a,
               gconstpointer b)
{
  const WijkPriceTier *x = a, *y = b;

  return x->min_quantity < y->min_quantity ? -1 : x->min_quantity > y->min_quantity;
}

/* Factors: the workshop's where it has them, the catalogue's defaults for
 * the others; price-tier tables are copied so the results outlive edits. */
static void
resolve_factors (WijkImpact         *impact,
                 const WijkWorkshop *workshop)
{
  g_autofree const GArray **tiers = g_new0 (const GArray *, impact->n_types);

  memcpy (impact->factors, wijk_catalog_get_default_values (), sizeof impact->factors);
  for (guint i = 0; workshop->factors != NULL && i < workshop->factors->len; i++)
    {
      const WijkFactor *factor = g_ptr_array_index (workshop->factors, i);
      WijkFactorId id;
      gint type;

      if (factor->tiers != NULL)
        {
          type = wijk_catalog_lookup_tiers_type (factor->name);
          if (type >= 0 && factor->tiers->len > 0)
            tiers[type] = factor->tiers;
        }
      else if ((id = wijk_catalog_lookup_factor (factor->name)) != WIJK_FACTOR_NONE)
        {
          impact->factors[id] = factor->value;
        }
    }

  for (guint t = 0; t < impact->n_types; t++)
    {
      const GArray *table = tiers[t] != NULL ? tiers[t] : wijk_catalog_get_default_tiers (t);

      g_clear_pointer (&impact->tiers[t], g_array_unref);
      if (wijk_catalog_get_type (t)->quantity_param >= 0 && table != NULL && table->len > 0)
        {
          /* The tier look-up relies on the order. */
          impact->tiers[t] = g_array_copy ((GArray *) table);
          g_array_sort (impact->tiers[t], compare_tiers);
        }
    }
}

static void
compute_type_economics (WijkImpact *impact)
{
  double r = impact->discount_rate;

  for (guint t = 0; t < impact->n_types; t++)
    {
      const WijkActionType *type = wijk_catalog_get_type (t);
      WijkTypeEconomics *e = &impact->economics[t];
      gint L = type->lifetime_years;

      e->lifetime_years = L;
      e->degradation = type->degradation_factor != WIJK_FACTOR_NONE
                       ? impact->factors[type->degradation_factor] : type->degradation;
      e->annuity = wijk_annuity_factor (r, L);
      e->degraded_annuity = wijk_degraded_annuity_factor (r, e->degradation, L);
      e->degraded_sum = wijk_degraded_sum (e->degradation, L);
      e->first_year = 1.0 / (1.0 + r);
      e->crf = wijk_capital_recovery_factor (r, L);
    }
}

double
wijk_impact_get_unit_price (const WijkImpact     *impact,
                            const WijkActionType *type,
                            double                quantity)
{
  gint t;

  g_return_val_if_fail (impact != NULL, NAN);
  g_return_val_if_fail (type != NULL, NAN);

  t = wijk_catalog_get_type_index (type);
  if (impact->tiers[t] != NULL)
    return wijk_price_tiers_unit_price (impact->tiers[t], quantity);
  if (type->price_factor != WIJK_FACTOR_NONE)
    return impact->factors[type->price_factor];
  return NAN;
}

/* The group an action buys in, -1 when it buys alone: the group must exist
 * and bundle the action's type. */
static gint
find_group (WijkImpact           *impact,
            const WijkAction     *action,
            const WijkActionType *type)
{
  guint g;

  if (type == NULL || type->quantity_param < 0)
    return -1;
  g = wijk_impact_index_lookup (impact->group_index, action->purchase_group);
  if (g == 0 || g_array_index (impact->groups, WijkGroupResult, g - 1).type != type)
    return -1;
  return (gint) g - 1;
}

/* Step 1: what does not depend on the purchase group's price. */
void
wijk_impact_compute_flows (WijkImpact       *impact,
                           const WijkAction *action,
                           WijkActionResult *r)
{
  const WijkActionType *type = wijk_catalog_lookup (action->type);
  const WijkTypeEconomics *e;
  WijkActionFlows flows = { 0 };
  const char *id = r->action_id;

  memset (r, 0, sizeof *r);
  r->action_id = id;
  r->type = type;
  r->discount_rate = impact->discount_rate;
  r->purchase_group = -1;
  r->quantity = NAN;
  r->unit_price_eur = NAN;
  r->payback_years = NAN;
  r->abatement_eur_per_t = NAN;
  if (type == NULL)
    return;

  e = &impact->economics[wijk_catalog_get_type_index (type)];
  type->compute (action->params, impact->factors, &flows);
  r->lifetime_years = e->lifetime_years;
  r->degradation = e->degradation;
  r->annuity_factor = e->annuity;
  r->degraded_annuity_factor = e->degraded_annuity;
  r->crf = e->crf;
  r->co2_t_per_year = flows.co2_t_per_year;
  r->co2_t_one_off = flows.co2_t_one_off;
  r->gross_savings_eur_per_year = flows.gross_savings_eur_per_year;
  r->added_opex_eur_per_year = flows.added_opex_eur_per_year;
  r->net_savings_eur_per_year = flows.gross_savings_eur_per_year
                                - flows.added_opex_eur_per_year;
  memcpy (r->cobenefits, flows.cobenefits, sizeof r->cobenefits);

  /* Energy-derived values degrade, one-off CO2 counts in year 1. */
  r->co2_t_lifetime = r->co2_t_per_year * e->degraded_sum + r->co2_t_one_off;
  r->co2_t_discounted = r->co2_t_per_year * e->degraded_annuity
                        + r->co2_t_one_off * e->first_year;

  if (type->quantity_param >= 0)
    {
      r->quantity = action->params[type->quantity_param];
      r->unit_price_eur = wijk_impact_get_unit_price (impact, type, r->quantity);
      r->capex_alone_eur = r->quantity * r->unit_price_eur;
    }
  else
    {
      r->capex_alone_eur = flows.capex_eur;
    }
  r->purchase_group = find_group (impact, action, type);
}

/* The park totals must add up this action's block again. */
static inline void
mark_changed (WijkImpact             *impact,
              const WijkActionResult *r)
{
  guint index = (guint) (r - (const WijkActionResult *) impact->actions->data);

  g_array_index (impact->blocks, WijkImpactBlock, index / WIJK_IMPACT_BLOCK).dirty = TRUE;
}

/* Step 2: capex at the group's price, and all that depends on capex. */
void
wijk_impact_compute_economics (WijkImpact       *impact,
                               const WijkAction *action,
                               WijkActionResult *r)
{
  double carbon_price = impact->factors[WIJK_FACTOR_CARBON_PRICE_EUR_PER_T];

  mark_changed (impact, r);
  if (r->type == NULL)
    return;

  if (r->purchase_group >= 0)
    {
      r->unit_price_eur = g_array_index (impact->groups, WijkGroupResult,
                                         r->purchase_group).unit_price_eur;
      r->capex_eur = r->quantity * r->unit_price_eur;
    }
  else
    {
      r->capex_eur = r->capex_alone_eur;
    }

  r->npv_eur = -r->capex_eur + r->gross_savings_eur_per_year * r->degraded_annuity_factor
               - r->added_opex_eur_per_year * r->annuity_factor;
  r->npv_with_carbon_eur = r->npv_eur + carbon_price * r->co2_t_discounted;
  r->payback_years = r->net_savings_eur_per_year > 0.0
                     ? r->capex_eur / r->net_savings_eur_per_year : NAN;
  r->abatement_eur_per_t = r->co2_t_discounted > 0.0
                           ? -r->npv_eur / r->co2_t_discounted : NAN;
  wijk_finance_compute (action, r->capex_eur, r->gross_savings_eur_per_year,
                        r->added_opex_eur_per_year, &r->finance);
}

/* An organisation's figures, from its actions in index order. */
void
wijk_impact_compute_org (WijkImpact         *impact,
                         const WijkWorkshop *workshop,
                         guint               org)
{
  WijkOrgResult *o = &g_array_index (impact->orgs, WijkOrgResult, org);
  GArray *list = g_ptr_array_index (impact->org_actions, org);
  double carbon_price = impact->factors[WIJK_FACTOR_CARBON_PRICE_EUR_PER_T];
  const char *id = o->org_id;

  memset (o, 0, sizeof *o);
  o->org_id = id;
  o->n_commitments = list->len;
  for (guint i = 0; i < list->len; i++)
    {
      guint a = g_array_index (list, guint, i);
      const WijkActionResult *r = wijk_impact_action_result (impact, a);
      const WijkActionLinks *links = &g_array_index (impact->links, WijkActionLinks, a);
      double cs = 0.0, bs = 0.0;

      if (r->type == NULL)
        continue;
      if (links->n_owners != G_MAXUINT)
        {
          for (guint k = 0; k < links->n_owners; k++)
            {
              if (links->owner_orgs[k] == (gint) org)
                {
                  cs += links->cost_shares[k];
                  bs += links->benefit_shares[k];
                }
            }
        }
      else
        {
          const WijkAction *action = g_ptr_array_index (workshop->actions, a);

          for (guint k = 0; k < action->owners->len; k++)
            {
              const WijkOwner *owner = g_ptr_array_index (action->owners, k);

              if (g_strcmp0 (owner->org_id, id) == 0)
                {
                  cs += owner->cost_share;
                  bs += owner->benefit_share;
                }
            }
        }

      o->capex_eur += cs * r->capex_eur;
      o->added_opex_eur_per_year += cs * r->added_opex_eur_per_year;
      o->gross_savings_eur_per_year += bs * r->gross_savings_eur_per_year;
      o->co2_t_per_year += bs * r->co2_t_per_year;
      o->co2_t_one_off += bs * r->co2_t_one_off;
      o->co2_t_lifetime += bs * r->co2_t_lifetime;
      o->npv_eur += -cs * r->capex_eur
                    + bs * r->gross_savings_eur_per_year * r->degraded_annuity_factor
                    - cs * r->added_opex_eur_per_year * r->annuity_factor;
      o->npv_with_carbon_eur += bs * carbon_price * r->co2_t_discounted;
      if (links->has_financing)
        {
          const WijkAction *action = g_ptr_array_index (workshop->actions, a);
          WijkOwnerFinance f;

          wijk_finance_compute_owner (action, r->capex_eur, r->gross_savings_eur_per_year,
                                      r->added_opex_eur_per_year, id, &f);
          o->own_funds_eur += f.own_funds_eur;
          o->debt_service_eur_per_year += f.debt_service_eur_per_year;
          o->net_cash_flow_eur_per_year += f.net_cash_flow_eur_per_year;
        }
      else
        {
          o->net_cash_flow_eur_per_year += bs * r->gross_savings_eur_per_year
                                           - cs * r->added_opex_eur_per_year;
        }
    }
  o->npv_with_carbon_eur += o->npv_eur;
  o->net_savings_eur_per_year = o->gross_savings_eur_per_year - o->added_opex_eur_per_year;
  o->payback_years = o->net_savings_eur_per_year > 0.0
                     ? o->capex_eur / o->net_savings_eur_per_year : NAN;
}

static void
add_to_totals (WijkTotals             *t,
               const WijkActionResult *r)
{
  t->n_actions++;
  t->co2_t_per_year += r->co2_t_per_year;
  t->co2_t_one_off += r->co2_t_one_off;
  t->co2_t_lifetime += r->co2_t_lifetime;
  t->capex_eur += r->capex_eur;
  t->gross_savings_eur_per_year += r->gross_savings_eur_per_year;
  t->added_opex_eur_per_year += r->added_opex_eur_per_year;
  t->net_savings_eur_per_year += r->net_savings_eur_per_year;
  t->npv_eur += r->npv_eur;
  t->npv_with_carbon_eur += r->npv_with_carbon_eur;
  t->financing_gap_eur += r->finance.gap_eur;
  t->debt_service_eur_per_year += r->finance.debt_service_eur_per_year;
}

static void
add_totals (WijkTotals       *t,
            const WijkTotals *b)
{
  t->n_actions += b->n_actions;
  t->co2_t_per_year += b->co2_t_per_year;
  t->co2_t_one_off += b->co2_t_one_off;
  t->co2_t_lifetime += b->co2_t_lifetime;
  t->capex_eur += b->capex_eur;
  t->gross_savings_eur_per_year += b->gross_savings_eur_per_year;
  t->added_opex_eur_per_year += b->added_opex_eur_per_year;
  t->net_savings_eur_per_year += b->net_savings_eur_per_year;
  t->npv_eur += b->npv_eur;
  t->npv_with_carbon_eur += b->npv_with_carbon_eur;
  t->financing_gap_eur += b->financing_gap_eur;
  t->debt_service_eur_per_year += b->debt_service_eur_per_year;
}

static void
compute_block (WijkImpact      *impact,
               guint            b,
               WijkImpactBlock *block)
{
  guint end = MIN ((b + 1) * WIJK_IMPACT_BLOCK, impact->actions->len);

  memset (block, 0, sizeof *block);
  for (guint i = b * WIJK_IMPACT_BLOCK; i < end; i++)
    {
      const WijkActionResult *r = wijk_impact_action_result (impact, i);

      if (r->type != NULL)
        add_to_totals (&block->themes[r->type->theme], r);
    }
}

void
wijk_impact_compute_park (WijkImpact *impact)
{
  WijkParkResult *park = &impact->park;

  memset (park, 0, sizeof *park);
  for (guint b = 0; b < impact->blocks->len; b++)
    {
      WijkImpactBlock *block = &g_array_index (impact->blocks, WijkImpactBlock, b);

      if (block->dirty)
        compute_block (impact, b, block);
      for (guint t = 0; t < WIJK_N_THEMES; t++)
        add_totals (&park->themes[t], &block->themes[t]);
    }
  for (guint t = 0; t < WIJK_N_THEMES; t++)
    add_totals (&park->totals, &park->themes[t]);
  park->share_of_baseline = impact->baseline_t_co2_per_year > 0.0
                            ? park->totals.co2_t_per_year / impact->baseline_t_co2_per_year
                            : NAN;
  park->share_of_target = impact->target_t_co2_per_year > 0.0
                          ? park->totals.co2_t_per_year / impact->target_t_co2_per_year
                          : NAN;
}

static void
clear_lists (GPtrArray *lists,
             guint      n)
{
  g_ptr_array_set_size (lists, n);
  for (guint i = 0; i < n; i++)
    {
      if (g_ptr_array_index (lists, i) == NULL)
        g_ptr_array_index (lists, i) = g_array_new (FALSE, FALSE, sizeof (guint));
      else
        g_array_set_size (g_ptr_array_index (lists, i), 0);
    }
}

/* Ids are copied once into the chunk: results and indexes share them. */
static const char *
copy_id (WijkImpact *impact,
         const char *id)
{
  return g_string_chunk_insert (impact->ids, id != NULL ? id : "");
}

static void
reset (WijkImpact         *impact,
       const WijkWorkshop *workshop)
{
  guint n_actions = workshop->actions->len;
  guint n_orgs = workshop->organisations->len;
  guint n_groups = workshop->purchase_groups->len;

  impact->discount_rate = workshop->discount_rate;
  impact->baseline_t_co2_per_year = workshop->baseline_t_co2_per_year;
  impact->target_t_co2_per_year = workshop->target_t_co2_per_year;
  resolve_factors (impact, workshop);
  compute_type_economics (impact);

  g_string_chunk_clear (impact->ids);
  g_hash_table_remove_all (impact->action_index);
  impact->action_index_valid = FALSE;
  g_hash_table_remove_all (impact->org_index);
  g_hash_table_remove_all (impact->group_index);

  g_array_set_size (impact->actions, n_actions);
  g_array_set_size (impact->links, n_actions);
  g_array_set_size (impact->blocks, (n_actions + WIJK_IMPACT_BLOCK - 1) / WIJK_IMPACT_BLOCK);
  g_array_set_size (impact->orgs, n_orgs);
  g_array_set_size (impact->org_stamps, n_orgs);
  if (n_orgs > 0)
    memset (impact->org_stamps->data, 0, sizeof (guint) * n_orgs);
  impact->stamp = 1;
  clear_lists (impact->org_actions, n_orgs);
  g_array_set_size (impact->groups, n_groups);
  clear_lists (impact->group_members, n_groups);

  for (guint i = 0; i < n_orgs; i++)
    {
      const WijkOrganisation *org = g_ptr_array_index (workshop->organisations, i);
      const char *id = copy_id (impact, org->id);

      g_array_index (impact->orgs, WijkOrgResult, i).org_id = id;
      g_hash_table_insert (impact->org_index, (char *) id, GUINT_TO_POINTER (i + 1));
    }
  for (guint i = 0; i < n_groups; i++)
    {
      const WijkPurchaseGroup *group = g_ptr_array_index (workshop->purchase_groups, i);
      WijkGroupResult *g = &g_array_index (impact->groups, WijkGroupResult, i);

      memset (g, 0, sizeof *g);
      g->group_id = copy_id (impact, group->id);
      g_hash_table_insert (impact->group_index, (char *) g->group_id, GUINT_TO_POINTER (i + 1));
      g->type = wijk_catalog_lookup (group->type);
    }
}

void
wijk_impact_recompute (WijkImpact         *impact,
                       const WijkWorkshop *workshop)
{
  g_return_if_fail (impact != NULL);
  g_return_if_fail (workshop != NULL);

  reset (impact, workshop);

  for (guint i = 0; i < impact->actions->len; i++)
    {
      const WijkAction *action = g_ptr_array_index (workshop->actions, i);
      WijkActionResult *r = wijk_impact_action_result (impact, i);

      r->action_id = copy_id (impact, action->id);
      wijk_impact_compute_flows (impact, action, r);
      if (r->purchase_group >= 0)
        g_array_append_val (g_ptr_array_index (impact->group_members, r->purchase_group), i);
      wijk_impact_link_owners (impact, action, i);
    }
  for (guint g = 0; g < impact->groups->len; g++)
    wijk_purchase_aggregate (impact, workshop, g);
  for (guint i = 0; i < impact->actions->len; i++)
    wijk_impact_compute_economics (impact, g_ptr_array_index (workshop->actions, i),
                                   wijk_impact_action_result (impact, i));
  for (guint g = 0; g < impact->groups->len; g++)
    wijk_purchase_sum_capex (impact, g);
  for (guint o = 0; o < impact->orgs->len; o++)
    wijk_impact_compute_org (impact, workshop, o);
  wijk_impact_compute_park (impact);
}

WijkImpact *
wijk_impact_new (const WijkWorkshop *workshop)
{
  WijkImpact *impact;

  g_return_val_if_fail (workshop != NULL, NULL);

  impact = g_new0 (WijkImpact, 1);
  impact->n_types = wijk_catalog_get_n_types ();
  impact->tiers = g_new0 (GArray *, impact->n_types);
  impact->economics = g_new0 (WijkTypeEconomics, impact->n_types);
  impact->ids = g_string_chunk_new (4096);
  impact->actions = g_array_new (FALSE, TRUE, sizeof (WijkActionResult));
  impact->links = g_array_new (FALSE, TRUE, sizeof (WijkActionLinks));
  impact->action_index = g_hash_table_new (g_str_hash, g_str_equal);
  impact->orgs = g_array_new (FALSE, TRUE, sizeof (WijkOrgResult));
  impact->org_actions = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  impact->org_index = g_hash_table_new (g_str_hash, g_str_equal);
  impact->org_stamps = g_array_new (FALSE, TRUE, sizeof (guint));
  impact->groups = g_array_new (FALSE, TRUE, sizeof (WijkGroupResult));
  impact->group_members = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  impact->group_index = g_hash_table_new (g_str_hash, g_str_equal);
  impact->blocks = g_array_new (FALSE, TRUE, sizeof (WijkImpactBlock));
  impact->touched_orgs = g_array_new (FALSE, FALSE, sizeof (guint));

  wijk_impact_recompute (impact, workshop);
  return impact;
}

void
wijk_impact_free (WijkImpact *impact)
{
  if (impact == NULL)
    return;

  for (guint t = 0; t < impact->n_types; t++)
    g_clear_pointer (&impact->tiers[t], g_array_unref);
  g_free (impact->tiers);
  g_free (impact->economics);
  g_string_chunk_free (impact->ids);
  g_array_unref (impact->actions);
  g_array_unref (impact->links);
  g_hash_table_unref (impact->action_index);
  g_array_unref (impact->orgs);
  g_ptr_array_unref (impact->org_actions);
  g_hash_table_unref (impact->org_index);
  g_array_unref (impact->org_stamps);
  g_array_unref (impact->groups);
  g_ptr_array_unref (impact->group_members);
  g_hash_table_unref (impact->group_index);
  g_array_unref (impact->blocks);
  g_array_unref (impact->touched_orgs);
  g_free (impact);
}

