/* calc-fixtures.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Workshops built in C for the calculation tests. Figures in the tests are
 * worked out by hand from PRODUCT.md §3 with the default factors of
 * reference-data.md, the arithmetic in a comment beside each. */

#pragma once

#include <math.h>
#include <stdarg.h>

#include "wijk-catalog.h"
#include "wijk-impact.h"

/* Relative 1e-6, absolute 1e-6 around 0. */
#define assert_close(a, b) \
  g_assert_cmpfloat_with_epsilon ((a), (b), 1e-6 * MAX (1.0, fabs ((double) (b))))

static inline WijkWorkshop *
fixture_workshop (void)
{
  WijkWorkshop *ws = wijk_workshop_new ();

  ws->name = g_strdup ("Haasrode");
  ws->discount_rate = 0.04;
  ws->baseline_t_co2_per_year = 30000;
  ws->target_t_co2_per_year = 6300;
  g_ptr_array_unref (ws->factors);
  ws->factors = wijk_catalog_dup_default_factors ();
  return ws;
}

static inline void
fixture_add_org (WijkWorkshop *ws,
                 const char   *id)
{
  WijkOrganisation *org = wijk_organisation_new (id);

  org->name = g_strdup (id);
  g_ptr_array_add (ws->organisations, org);
}

static inline void
fixture_add_group (WijkWorkshop *ws,
                   const char   *id,
                   const char   *type)
{
  WijkPurchaseGroup *group = wijk_purchase_group_new (id);

  group->type = g_strdup (type);
  g_ptr_array_add (ws->purchase_groups, group);
}

/* Adds an action of @type with its defaults, then the %NAN-terminated
 * parameters given in catalogue order. */
static inline WijkAction *
fixture_add_action (WijkWorkshop *ws,
                    const char   *id,
                    const char   *type,
                    ...)
{
  WijkAction *action = wijk_action_new (id, type);
  const WijkActionType *t = wijk_catalog_lookup (type);
  va_list args;
  double value;
  guint i = 0;

  if (t != NULL)
    wijk_action_type_set_defaults (t, action);
  va_start (args, type);
  while (!isnan (value = va_arg (args, double)))
    action->params[i++] = value;
  va_end (args);
  g_ptr_array_add (ws->actions, action);
  return action;
}

static inline void
fixture_add_owner (WijkAction *action,
                   const char *org,
                   WijkRole    role,
                   double      cost_share,
                   double      benefit_share)
{
  WijkOwner *owner = wijk_owner_new (org);

  owner->role = role;
  owner->cost_share = cost_share;
  owner->benefit_share = benefit_share;
  g_ptr_array_add (action->owners, owner);
}

static inline WijkFinancing *
fixture_add_financing (WijkAction        *action,
                       WijkFinancingKind  kind,
                       const char        *org)
{
  g_autofree char *id = g_strdup_printf ("%s-f%u", action->id, action->financing->len);
  WijkFinancing *line = wijk_financing_new (id);

  line->kind = kind;
  line->org_id = g_strdup (org);
  g_ptr_array_add (action->financing, line);
  return line;
}

static inline void
fixture_set_factor (WijkWorkshop *ws,
                    const char   *name,
                    double        value)
{
  WijkFactor *factor = wijk_workshop_find_factor (ws, name);

  g_assert_nonnull (factor);
  factor->value = value;
}

/* The workshop of PRODUCT.md §2 with a second member in the purchase
 * group: a1 = 250 kWp (Siemens 0.6, Leuven 0.4), a2 = 350 kWp (Sony). */
static inline WijkWorkshop *
fixture_example (void)
{
  WijkWorkshop *ws = fixture_workshop ();
  WijkAction *a1, *a2;

  fixture_add_org (ws, "siemens");
  fixture_add_org (ws, "leuven");
  fixture_add_org (ws, "sony");
  fixture_add_group (ws, "pv-2027", "solar_pv");
  a1 = fixture_add_action (ws, "a1", "solar_pv", 250.0, 0.7, NAN);
  fixture_add_owner (a1, "siemens", WIJK_ROLE_LEAD, 0.6, 0.6);
  fixture_add_owner (a1, "leuven", WIJK_ROLE_FUNDER, 0.4, 0.4);
  a1->purchase_group = g_strdup ("pv-2027");
  a2 = fixture_add_action (ws, "a2", "solar_pv", 350.0, 0.7, NAN);
  fixture_add_owner (a2, "sony", WIJK_ROLE_LEAD, 1.0, 1.0);
  a2->purchase_group = g_strdup ("pv-2027");
  return ws;
}
