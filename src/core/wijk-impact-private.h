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

typedef struct
{
  gint     orgs[WIJK_IMPACT_INLINE_OWNERS];
  guint    n_orgs;
  gboolean overflow;
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
  GHashTable        *action_index;     /* id → index + 1 */

  GArray            *orgs;             /* of WijkOrgResult */
  GPtrArray         *org_actions;      /* of GArray of guint, sorted */
  GHashTable        *org_index;        /* id → index + 1 */
  GArray            *org_stamps;       /* of guint, parallel to orgs */

  GArray            *groups;           /* of WijkGroupResult */
  GPtrArray         *group_members;    /* of GArray of guint, sorted */
  GHashTable        *group_index;      /* id → index + 1 */

  GArray            *touched_orgs;     /* scratch list of org indices */
  guint              stamp;

  WijkParkResult     park;
};

/* wijk-impact.c: the steps shared by a full computation and an update. */
guint             wijk_impact_index_lookup      (GHashTable         *table,
                                                 const char         *id);
WijkActionResult *wijk_impact_action_result     (WijkImpact         *impact,
                                                 guint               index);
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
