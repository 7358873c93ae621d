/* wijk-impact-query.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-impact"

#include "config.h"

#include <stdlib.h>

#include "wijk-impact-private.h"

/* Reading the results of a #WijkImpact, and the lists computed on demand
 * (commitments, MACC, investment by year). */

static guint
lookup_index (GHashTable *table,
              const char *id)
{
  if (id == NULL)
    return 0;
  return GPOINTER_TO_UINT (g_hash_table_lookup (table, id));
}

guint
wijk_impact_get_n_actions (const WijkImpact *impact)
{
  g_return_val_if_fail (impact != NULL, 0);
  return impact->actions->len;
}

const WijkActionResult *
wijk_impact_get_action_result (const WijkImpact *impact,
                               guint             index)
{
  g_return_val_if_fail (impact != NULL, NULL);
  g_return_val_if_fail (index < impact->actions->len, NULL);
  return &g_array_index (impact->actions, WijkActionResult, index);
}

const WijkActionResult *
wijk_impact_lookup_action (const WijkImpact *impact,
                           const char       *action_id)
{
  guint i;

  g_return_val_if_fail (impact != NULL, NULL);
  i = wijk_impact_find_action (impact, action_id);
  return i == 0 ? NULL : &g_array_index (impact->actions, WijkActionResult, i - 1);
}

guint
wijk_impact_get_n_organisations (const WijkImpact *impact)
{
  g_return_val_if_fail (impact != NULL, 0);
  return impact->orgs->len;
}

const WijkOrgResult *
wijk_impact_get_org_result (const WijkImpact *impact,
                            guint             index)
{
  g_return_val_if_fail (impact != NULL, NULL);
  g_return_val_if_fail (index < impact->orgs->len, NULL);
  return &g_array_index (impact->orgs, WijkOrgResult, index);
}

const WijkOrgResult *
wijk_impact_lookup_organisation (const WijkImpact *impact,
                                 const char       *org_id)
{
  guint i;

  g_return_val_if_fail (impact != NULL, NULL);
  i = lookup_index (impact->org_index, org_id);
  return i == 0 ? NULL : &g_array_index (impact->orgs, WijkOrgResult, i - 1);
}

guint
wijk_impact_get_n_groups (const WijkImpact *impact)
{
  g_return_val_if_fail (impact != NULL, 0);
  return impact->groups->len;
}

const WijkGroupResult *
wijk_impact_get_group_result (const WijkImpact *impact,
                              guint             index)
{
  g_return_val_if_fail (impact != NULL, NULL);
  g_return_val_if_fail (index < impact->groups->len, NULL);
  return &g_array_index (impact->groups, WijkGroupResult, index);
}

const WijkGroupResult *
wijk_impact_lookup_group (const WijkImpact *impact,
                          const char       *group_id)
{
  guint i;

  g_return_val_if_fail (impact != NULL, NULL);
  i = lookup_index (impact->group_index, group_id);
  return i == 0 ? NULL : &g_array_index (impact->groups, WijkGroupResult, i - 1);
}

const guint *
wijk_impact_get_group_members (const WijkImpact *impact,
                               guint             index,
                               guint            *n_members)
{
  GArray *members;

  g_return_val_if_fail (impact != NULL, NULL);
  g_return_val_if_fail (index < impact->groups->len, NULL);
  g_return_val_if_fail (n_members != NULL, NULL);

  members = g_ptr_array_index (impact->group_members, index);
  *n_members = members->len;
  return (const guint *) members->data;
}

const WijkParkResult *
wijk_impact_get_park (const WijkImpact *impact)
{
  g_return_val_if_fail (impact != NULL, NULL);
  return &impact->park;
}

double
wijk_impact_get_factor (const WijkImpact *impact,
                        WijkFactorId      id)
{
  g_return_val_if_fail (impact != NULL, NAN);
  g_return_val_if_fail (id >= 0 && id < WIJK_N_FACTORS, NAN);
  return impact->factors[id];
}

const GArray *
wijk_impact_get_tiers (const WijkImpact     *impact,
                       const WijkActionType *type)
{
  g_return_val_if_fail (impact != NULL, NULL);
  g_return_val_if_fail (type != NULL, NULL);
  return impact->tiers[wijk_catalog_get_type_index (type)];
}

GArray *
wijk_impact_dup_commitments (const WijkImpact   *impact,
                             const WijkWorkshop *workshop,
                             const char         *org_id)
{
  GArray *commitments = g_array_new (FALSE, TRUE, sizeof (WijkCommitment));
  GArray *list;
  guint o;

  g_return_val_if_fail (impact != NULL, commitments);
  g_return_val_if_fail (workshop != NULL, commitments);

  o = lookup_index (impact->org_index, org_id);
  if (o == 0)
    return commitments;
  list = g_ptr_array_index (impact->org_actions, o - 1);
  for (guint i = 0; i < list->len; i++)
    {
      guint a = g_array_index (list, guint, i);
      const WijkAction *action = g_ptr_array_index (workshop->actions, a);
      const WijkActionResult *r = &g_array_index (impact->actions, WijkActionResult, a);

      for (guint k = 0; k < action->owners->len; k++)
        {
          const WijkOwner *owner = g_ptr_array_index (action->owners, k);
          double cs = owner->cost_share, bs = owner->benefit_share;
          WijkCommitment c = { 0 };
          WijkOwnerFinance f;

          if (g_strcmp0 (owner->org_id, org_id) != 0)
            continue;
          wijk_finance_compute_owner (action, r->capex_eur, r->gross_savings_eur_per_year,
                                      r->added_opex_eur_per_year, org_id, &f);
          c.action_id = r->action_id;
          c.role = owner->role;
          c.cost_share = cs;
          c.benefit_share = bs;
          c.capex_eur = cs * r->capex_eur;
          c.net_savings_eur_per_year = bs * r->gross_savings_eur_per_year
                                       - cs * r->added_opex_eur_per_year;
          c.npv_eur = -cs * r->capex_eur
                      + bs * r->gross_savings_eur_per_year * r->degraded_annuity_factor
                      - cs * r->added_opex_eur_per_year * r->annuity_factor;
          c.co2_t_per_year = bs * r->co2_t_per_year;
          /* With two lines for one organisation, the cash flow is on the
           * first. */
          c.net_cash_flow_eur_per_year = f.net_cash_flow_eur_per_year;
          for (guint j = 0; j < k; j++)
            {
              const WijkOwner *earlier = g_ptr_array_index (action->owners, j);

              if (g_strcmp0 (earlier->org_id, org_id) == 0)
                c.net_cash_flow_eur_per_year = 0.0;
            }
          g_array_append_val (commitments, c);
        }
    }
  return commitments;
}

void
wijk_impact_get_owner_finance (const WijkImpact   *impact,
                               const WijkWorkshop *workshop,
                               const char         *action_id,
                               const char         *org_id,
                               WijkOwnerFinance   *result)
{
  const WijkActionResult *r;
  const WijkAction *action;

  g_return_if_fail (impact != NULL);
  g_return_if_fail (workshop != NULL);
  g_return_if_fail (result != NULL);

  r = wijk_impact_lookup_action (impact, action_id);
  action = wijk_workshop_find_action (workshop, action_id);
  if (r == NULL || action == NULL)
    {
      *result = (WijkOwnerFinance) { 0 };
      return;
    }
  wijk_finance_compute_owner (action, r->capex_eur, r->gross_savings_eur_per_year,
                              r->added_opex_eur_per_year, org_id, result);
}

typedef struct
{
  WijkMaccPoint point;
  guint         index;
} MaccEntry;

static int
compare_macc (const void *a,
              const void *b)
{
  const MaccEntry *x = a, *y = b;

  if (x->point.abatement_eur_per_t != y->point.abatement_eur_per_t)
    return x->point.abatement_eur_per_t < y->point.abatement_eur_per_t ? -1 : 1;
  return x->index < y->index ? -1 : x->index > y->index;
}

GArray *
wijk_impact_dup_macc (const WijkImpact *impact)
{
  g_autofree MaccEntry *entries = NULL;
  GArray *macc = g_array_new (FALSE, TRUE, sizeof (WijkMaccPoint));
  guint n = 0;
  double cumulative = 0.0;

  g_return_val_if_fail (impact != NULL, macc);

  entries = g_new (MaccEntry, impact->actions->len + 1);
  for (guint i = 0; i < impact->actions->len; i++)
    {
      const WijkActionResult *r = &g_array_index (impact->actions, WijkActionResult, i);

      if (r->type == NULL || isnan (r->abatement_eur_per_t))
        continue;
      entries[n].index = i;
      entries[n].point.action_id = r->action_id;
      entries[n].point.abatement_eur_per_t = r->abatement_eur_per_t;
      entries[n].point.co2_t_per_year = r->co2_t_per_year;
      n++;
    }
  qsort (entries, n, sizeof (MaccEntry), compare_macc);
  for (guint i = 0; i < n; i++)
    {
      entries[i].point.cumulative_co2_t_per_year = cumulative;
      cumulative += entries[i].point.co2_t_per_year;
      g_array_append_val (macc, entries[i].point);
    }
  return macc;
}

static int
compare_years (const void *a,
               const void *b)
{
  const WijkYearInvestment *x = a, *y = b;

  /* Actions without a start year come last. */
  if ((x->year == 0) != (y->year == 0))
    return x->year == 0 ? 1 : -1;
  return x->year < y->year ? -1 : x->year > y->year;
}

GArray *
wijk_impact_dup_investment_by_year (const WijkImpact   *impact,
                                    const WijkWorkshop *workshop)
{
  GArray *years = g_array_new (FALSE, TRUE, sizeof (WijkYearInvestment));

  g_return_val_if_fail (impact != NULL, years);
  g_return_val_if_fail (workshop != NULL, years);
  g_return_val_if_fail (workshop->actions->len == impact->actions->len, years);

  for (guint i = 0; i < impact->actions->len; i++)
    {
      const WijkAction *action = g_ptr_array_index (workshop->actions, i);
      const WijkActionResult *r = &g_array_index (impact->actions, WijkActionResult, i);
      WijkYearInvestment *found = NULL;

      if (r->type == NULL)
        continue;
      for (guint y = 0; y < years->len && found == NULL; y++)
        {
          if (g_array_index (years, WijkYearInvestment, y).year == action->start_year)
            found = &g_array_index (years, WijkYearInvestment, y);
        }
      if (found == NULL)
        {
          WijkYearInvestment entry = { action->start_year, 0.0, 0 };

          g_array_append_val (years, entry);
          found = &g_array_index (years, WijkYearInvestment, years->len - 1);
        }
      found->capex_eur += r->capex_eur;
      found->n_actions++;
    }
  g_array_sort (years, compare_years);
  return years;
}
