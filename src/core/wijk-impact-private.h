/* wijk-impact-private.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wijk-impact.h"

G_BEGIN_DECLS

/* How many distinct owner organisations an action remembers without
 * searching every organisation's list when its owners change. */
#define WIJK_IMPACT_INLINE_OWNERS 4

/* The economics shared by every action of one type in one workshop. */
typedef struct
{
  gint   lifetime_years;
  double degradation;
  double annuity;           /* Σₜ 1 / (1 + r)^t */
  double degraded_annuity;  /* Σₜ (1 − d)^(t−1) / (1 + r)^t */
  double degraded_sum;      /* Σₜ (1 − d)^(t−1) */
  double first_year;        /* 1 / (1 + r) */
  double crf;
} WijkTypeEconomics;

/* An action's owners as organisation indexes: @orgs the distinct ones
 * (all of them unless @overflow), @owner_orgs one per owner line in order
 * (-1: unknown organisation) when @n_owners ≤ WIJK_IMPACT_INLINE_OWNERS,
 * else @n_owners is G_MAXUINT and the ids are compared as strings. The
 * owners' shares and whether the action has financing lines are copied
 * here so that summing an organisation's figures stays in this array. */
/* The park totals are sums of sums over blocks of this many actions, so an
 * update adds up only the blocks it changed, in the same order as a full
 * computation. */
#define WIJK_IMPACT_BLOCK 64

typedef struct
{
  WijkTotals themes[WIJK_N_THEMES];
  gboolean   dirty;
} WijkImpactBlock;

typedef struct
{
  gint     orgs[WIJK_IMPACT_INLINE_OWNERS];
  guint    n_orgs;
  gboolean overflow;
  gint     owner_orgs[WIJK_IMPACT_INLINE_OWNERS];
  double   cost_shares[WIJK_IMPACT_INLINE_OWNERS];
  double   benefit_shares[WIJK_IMPACT_INLINE_OWNERS];
  guint    n_owners;
  gboolean has_financing;
} WijkActionLinks;

struct _WijkImpact
{
  double             discount_rate;
  double             baseline_t_co2_per_year;
  double             target_t_co2_per_year;
  double             factors[WIJK_N_FACTORS];
  GArray           **tiers;            /* per catalogue type, NULL: flat */
  WijkTypeEconomics *economics;        /* per catalogue type */
  guint              n_types;

  GStringChunk      *ids;

  GArray            *actions;          /* of WijkActionResult */
  GArray            *links;            /* of WijkActionLinks, parallel */
  GHashTable        *action_index;     /* id → index + 1, built on demand */
  gboolean           action_index_valid;

  GArray            *orgs;             /* of WijkOrgResult */
  GPtrArray         *org_actions;      /* of GArray of guint, sorted */
  GHashTable        *org_index;        /* id → index + 1 */
  GArray            *org_stamps;       /* of guint, parallel to orgs */

  GArray            *groups;           /* of WijkGroupResult */
  GPtrArray         *group_members;    /* of GArray of guint, sorted */
  GHashTable        *group_index;      /* id → index + 1 */

  GArray            *blocks;           /* of WijkImpactBlock */
  GArray            *touched_orgs;     /* scratch list of org indices */
  guint              stamp;

  WijkParkResult     park;
};

/* wijk-impact.c: the steps shared by a full computation and an update. */
guint             wijk_impact_index_lookup      (GHashTable         *table,
                                                 const char         *id);
static inline WijkActionResult *
wijk_impact_action_result (WijkImpact *impact,
                           guint       index)
{
  return &g_array_index (impact->actions, WijkActionResult, index);
}

/* The index + 1 of the action @id, 0 when there is none. */
guint             wijk_impact_find_action       (const WijkImpact   *impact,
                                                 const char         *id);
void              wijk_impact_compute_flows     (WijkImpact         *impact,
                                                 const WijkAction   *action,
                                                 WijkActionResult   *result);
void              wijk_impact_compute_economics (WijkImpact         *impact,
                                                 const WijkAction   *action,
                                                 WijkActionResult   *result);
void              wijk_impact_compute_org       (WijkImpact         *impact,
                                                 const WijkWorkshop *workshop,
                                                 guint               org);
void              wijk_impact_compute_park      (WijkImpact         *impact);

/* wijk-impact-update.c */
void              wijk_impact_link_owners       (WijkImpact         *impact,
                                                 const WijkAction   *action,
                                                 guint               index);

/* wijk-purchase.c */
void wijk_purchase_aggregate (WijkImpact         *impact,
                              const WijkWorkshop *workshop,
                              guint               group);
void wijk_purchase_sum_capex (WijkImpact         *impact,
                              guint               group);

G_END_DECLS
