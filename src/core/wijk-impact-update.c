/* wijk-impact-update.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-impact"

#include "config.h"

#include <math.h>

#include "wijk-impact-private.h"

/* Updating a #WijkImpact after one action changed: the organisations'
 * lists of actions are kept sorted by action index so that an update adds
 * up an organisation's figures in the same order as a full computation. */

static void
sorted_insert (GArray *array,
               guint   value)
{
  guint lo = 0, hi = array->len;

  /* A full computation adds actions in index order. */
  if (hi == 0 || g_array_index (array, guint, hi - 1) < value)
    {
      g_array_append_val (array, value);
      return;
    }

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (array, guint, mid) < value)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo < array->len && g_array_index (array, guint, lo) == value)
    return;
  g_array_insert_val (array, lo, value);
}

static void
sorted_remove (GArray *array,
               guint   value)
{
  guint lo = 0, hi = array->len;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (array, guint, mid) < value)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo < array->len && g_array_index (array, guint, lo) == value)
    g_array_remove_index (array, lo);
}

static void
touch_org (WijkImpact *impact,
           guint       org)
{
  guint *stamp = &g_array_index (impact->org_stamps, guint, org);

  if (*stamp == impact->stamp)
    return;
  *stamp = impact->stamp;
  g_array_append_val (impact->touched_orgs, org);
}

/* Adds the action to its owners' lists and remembers them. */
void
wijk_impact_link_owners (WijkImpact       *impact,
                         const WijkAction *action,
                         guint             index)
{
  WijkActionLinks *links = &g_array_index (impact->links, WijkActionLinks, index);

  links->n_orgs = 0;
  links->overflow = FALSE;
  links->n_owners = action->owners->len <= WIJK_IMPACT_INLINE_OWNERS
                    ? action->owners->len : G_MAXUINT;
  links->has_financing = action->financing != NULL && action->financing->len > 0;
  for (guint i = 0; i < action->owners->len; i++)
    {
      const WijkOwner *owner = g_ptr_array_index (action->owners, i);
      guint o = wijk_impact_index_lookup (impact->org_index, owner->org_id);
      gboolean known = FALSE;

      if (i < WIJK_IMPACT_INLINE_OWNERS)
        {
          links->owner_orgs[i] = (gint) o - 1;
          links->cost_shares[i] = owner->cost_share;
          links->benefit_shares[i] = owner->benefit_share;
        }
      if (o == 0)
        continue;
      sorted_insert (g_ptr_array_index (impact->org_actions, o - 1), index);
      touch_org (impact, o - 1);
      for (guint k = 0; k < links->n_orgs; k++)
        known |= links->orgs[k] == (gint) o - 1;
      if (known)
        continue;
      if (links->n_orgs < WIJK_IMPACT_INLINE_OWNERS)
        links->orgs[links->n_orgs++] = (gint) o - 1;
      else
        links->overflow = TRUE;
    }
}

static void
unlink_owners (WijkImpact *impact,
               guint       index)
{
  WijkActionLinks *links = &g_array_index (impact->links, WijkActionLinks, index);

  if (links->overflow)
    {
      for (guint o = 0; o < impact->orgs->len; o++)
        {
          GArray *list = g_ptr_array_index (impact->org_actions, o);
          guint before = list->len;

          sorted_remove (list, index);
          if (list->len != before)
            touch_org (impact, o);
        }
      return;
    }
  for (guint k = 0; k < links->n_orgs; k++)
    {
      sorted_remove (g_ptr_array_index (impact->org_actions, links->orgs[k]), index);
      touch_org (impact, (guint) links->orgs[k]);
    }
}

static void
touch_owners (WijkImpact *impact,
              guint       index)
{
  WijkActionLinks *links = &g_array_index (impact->links, WijkActionLinks, index);

  if (!links->overflow)
    {
      for (guint k = 0; k < links->n_orgs; k++)
        touch_org (impact, (guint) links->orgs[k]);
      return;
    }
  for (guint o = 0; o < impact->orgs->len; o++)
    {
      GArray *list = g_ptr_array_index (impact->org_actions, o);

      for (guint i = 0; i < list->len; i++)
        {
          if (g_array_index (list, guint, i) == index)
            touch_org (impact, o);
        }
    }
}

/* Whether the workshop still has the shape the indexes were built for:
 * the same actions at the same places, and every organisation and group
 * the action names already known. */
static gboolean
can_update (WijkImpact         *impact,
            const WijkWorkshop *workshop,
            guint               index,
            const WijkAction   *action)
{
  if (workshop->actions->len != impact->actions->len ||
      workshop->organisations->len != impact->orgs->len ||
      workshop->purchase_groups->len != impact->groups->len ||
      workshop->discount_rate != impact->discount_rate)
    return FALSE;
  if (g_strcmp0 (action->id, wijk_impact_action_result (impact, index)->action_id) != 0)
    return FALSE;
  if (action->purchase_group != NULL &&
      wijk_impact_index_lookup (impact->group_index, action->purchase_group) == 0)
    return FALSE;
  for (guint i = 0; i < action->owners->len; i++)
    {
      const WijkOwner *owner = g_ptr_array_index (action->owners, i);

      if (wijk_impact_index_lookup (impact->org_index, owner->org_id) == 0)
        return FALSE;
    }
  return TRUE;
}

/* Re-aggregates a group after one member changed; when its price moved,
 * every member's capex moved with it. */
static void
update_group (WijkImpact         *impact,
              const WijkWorkshop *workshop,
              guint               group,
              guint               changed)
{
  GArray *members = g_ptr_array_index (impact->group_members, group);
  double before = g_array_index (impact->groups, WijkGroupResult, group).unit_price_eur;
  double after;

  wijk_purchase_aggregate (impact, workshop, group);
  after = g_array_index (impact->groups, WijkGroupResult, group).unit_price_eur;
  if (before == after || (isnan (before) && isnan (after)))
    return;
  for (guint i = 0; i < members->len; i++)
    {
      guint a = g_array_index (members, guint, i);

      if (a == changed)
        continue;
      wijk_impact_compute_economics (impact, g_ptr_array_index (workshop->actions, a),
                         wijk_impact_action_result (impact, a));
      touch_owners (impact, a);
    }
}

void
wijk_impact_update_action (WijkImpact         *impact,
                           const WijkWorkshop *workshop,
                           const char         *action_id)
{
  guint index;
  const WijkAction *action;
  WijkActionResult *r;
  gint old_group;

  g_return_if_fail (impact != NULL);
  g_return_if_fail (workshop != NULL);

  index = wijk_impact_find_action (impact, action_id);
  if (index == 0 || index > workshop->actions->len ||
      !can_update (impact, workshop, index - 1, g_ptr_array_index (workshop->actions, index - 1)))
    {
      wijk_impact_recompute (impact, workshop);
      return;
    }
  index--;
  action = g_ptr_array_index (workshop->actions, index);
  r = wijk_impact_action_result (impact, index);

  impact->stamp++;
  g_array_set_size (impact->touched_orgs, 0);
  old_group = r->purchase_group;
  unlink_owners (impact, index);

  wijk_impact_compute_flows (impact, action, r);
  if (old_group != r->purchase_group)
    {
      if (old_group >= 0)
        sorted_remove (g_ptr_array_index (impact->group_members, old_group), index);
      if (r->purchase_group >= 0)
        sorted_insert (g_ptr_array_index (impact->group_members, r->purchase_group), index);
    }
  wijk_impact_link_owners (impact, action, index);

  if (old_group >= 0)
    update_group (impact, workshop, old_group, index);
  if (r->purchase_group >= 0 && r->purchase_group != old_group)
    update_group (impact, workshop, r->purchase_group, index);
  wijk_impact_compute_economics (impact, action, r);
  if (old_group >= 0)
    wijk_purchase_sum_capex (impact, old_group);
  if (r->purchase_group >= 0 && r->purchase_group != old_group)
    wijk_purchase_sum_capex (impact, r->purchase_group);

  /* Cheap enough to follow on every update. */
  impact->baseline_t_co2_per_year = workshop->baseline_t_co2_per_year;
  impact->target_t_co2_per_year = workshop->target_t_co2_per_year;
  for (guint i = 0; i < impact->touched_orgs->len; i++)
    wijk_impact_compute_org (impact, workshop, g_array_index (impact->touched_orgs, guint, i));
  wijk_impact_compute_park (impact);
}
