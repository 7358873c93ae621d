/* wijk-purchase.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "wijk-catalog.h"

G_BEGIN_DECLS

/**
 * WijkGroupResult:
 * @group_id: the purchase group's id
 * @type: (nullable): the catalogue type it bundles (%NULL when unknown)
 * @n_members: how many actions of that type are in the group
 * @n_interested: how many of them are only interested
 * @total_quantity: the sum of all members' quantities: it selects the tier
 * @committed_quantity: the committed members' quantities
 * @interested_quantity: the interested members' quantities
 * @expected_quantity: committed + (1 − purchase_cancellation_rate) ×
 *   interested
 * @unit_price_eur: the unit price at @total_quantity (NAN without members)
 * @expected_unit_price_eur: the unit price at @expected_quantity
 * @price_holds: whether @expected_quantity still reaches @unit_price_eur
 * @capex_eur: the members' capex in the group
 * @capex_alone_eur: what the members would pay each on their own
 * @saving_eur: @capex_alone_eur − @capex_eur
 *
 * A group purchase (docs/methodology.md, "Group purchases").
 */
typedef struct
{
  const char           *group_id;
  const WijkActionType *type;
  guint                 n_members;
  guint                 n_interested;
  double                total_quantity;
  double                committed_quantity;
  double                interested_quantity;
  double                expected_quantity;
  double                unit_price_eur;
  double                expected_unit_price_eur;
  gboolean              price_holds;
  double                capex_eur;
  double                capex_alone_eur;
  double                saving_eur;
} WijkGroupResult;

/* The index of the tier of @tiers (#WijkPriceTier sorted by min_quantity)
 * that a purchase of @quantity uses: the one with the largest min_quantity
 * not above @quantity, the first when @quantity is below every tier; -1
 * when @tiers is empty. */
gint   wijk_price_tiers_find       (const GArray *tiers,
                                    double        quantity);
double wijk_price_tiers_unit_price (const GArray *tiers,
                                    double        quantity);

G_END_DECLS
