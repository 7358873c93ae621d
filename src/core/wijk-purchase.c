/* wijk-purchase.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-purchase"

#include "config.h"

#include <math.h>

#include "wijk-impact-private.h"
#include "wijk-purchase.h"

/* docs/methodology.md, "Group purchases". */

gint
wijk_price_tiers_find (const GArray *tiers,
                       double        quantity)
{
  gint found = 0;

  if (tiers == NULL || tiers->len == 0)
    return -1;
  for (guint i = 1; i < tiers->len; i++)
    {
      if (g_array_index (tiers, WijkPriceTier, i).min_quantity <= quantity)
        found = (gint) i;
      else
        break;
    }
  return found;
}

double
wijk_price_tiers_unit_price (const GArray *tiers,
                             double        quantity)
{
  gint i = wijk_price_tiers_find (tiers, quantity);

  return i < 0 ? NAN : g_array_index (tiers, WijkPriceTier, i).unit_price_eur;
}

/* The group's quantities and the price they reach; the members' capex is
 * computed afterwards with that price. */
void
wijk_purchase_aggregate (WijkImpact         *impact,
                         const WijkWorkshop *workshop,
                         guint               group)
{
  WijkGroupResult *g = &g_array_index (impact->groups, WijkGroupResult, group);
  GArray *members = g_ptr_array_index (impact->group_members, group);
  double cancellation = impact->factors[WIJK_FACTOR_PURCHASE_CANCELLATION_RATE];

  g->n_members = members->len;
  g->n_interested = 0;
  g->total_quantity = 0.0;
  g->committed_quantity = 0.0;
  g->interested_quantity = 0.0;
  for (guint i = 0; i < members->len; i++)
    {
      guint a = g_array_index (members, guint, i);
      const WijkAction *action = g_ptr_array_index (workshop->actions, a);
      double quantity = g_array_index (impact->actions, WijkActionResult, a).quantity;

      if (action->purchase_status == WIJK_PURCHASE_INTERESTED)
        {
          g->interested_quantity += quantity;
          g->n_interested++;
        }
      else
        {
          g->committed_quantity += quantity;
        }
    }
  g->total_quantity = g->committed_quantity + g->interested_quantity;
  g->expected_quantity = g->committed_quantity + (1.0 - cancellation) * g->interested_quantity;

  if (g->type == NULL || members->len == 0)
    {
      g->unit_price_eur = NAN;
      g->expected_unit_price_eur = NAN;
      g->price_holds = FALSE;
      return;
    }
  g->unit_price_eur = wijk_impact_get_unit_price (impact, g->type, g->total_quantity);
  g->expected_unit_price_eur = wijk_impact_get_unit_price (impact, g->type,
                                                           g->expected_quantity);
  g->price_holds = g->expected_unit_price_eur <= g->unit_price_eur;
}

void
wijk_purchase_sum_capex (WijkImpact *impact,
                         guint       group)
{
  WijkGroupResult *g = &g_array_index (impact->groups, WijkGroupResult, group);
  GArray *members = g_ptr_array_index (impact->group_members, group);

  g->capex_eur = 0.0;
  g->capex_alone_eur = 0.0;
  for (guint i = 0; i < members->len; i++)
    {
      guint a = g_array_index (members, guint, i);
      const WijkActionResult *r = &g_array_index (impact->actions, WijkActionResult, a);

      g->capex_eur += r->capex_eur;
      g->capex_alone_eur += r->capex_alone_eur;
    }
  g->saving_eur = g->capex_alone_eur - g->capex_eur;
}
