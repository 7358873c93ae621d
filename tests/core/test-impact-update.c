/* test-impact-update.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "calc-fixtures.h"

/* After any edit, wijk_impact_update_action() must leave exactly the
 * figures a full computation gives. */

static void
assert_same (double a,
             double b)
{
  if (isnan (b))
    g_assert_true (isnan (a));
  else
    assert_close (a, b);
}

static void
assert_totals_same (const WijkTotals *a,
                    const WijkTotals *b)
{
  g_assert_cmpuint (a->n_actions, ==, b->n_actions);
  assert_same (a->co2_t_per_year, b->co2_t_per_year);
  assert_same (a->co2_t_one_off, b->co2_t_one_off);
  assert_same (a->co2_t_lifetime, b->co2_t_lifetime);
  assert_same (a->capex_eur, b->capex_eur);
  assert_same (a->gross_savings_eur_per_year, b->gross_savings_eur_per_year);
  assert_same (a->added_opex_eur_per_year, b->added_opex_eur_per_year);
  assert_same (a->net_savings_eur_per_year, b->net_savings_eur_per_year);
  assert_same (a->npv_eur, b->npv_eur);
  assert_same (a->npv_with_carbon_eur, b->npv_with_carbon_eur);
  assert_same (a->financing_gap_eur, b->financing_gap_eur);
  assert_same (a->debt_service_eur_per_year, b->debt_service_eur_per_year);
}

static void
assert_impacts_same (WijkImpact         *updated,
                     const WijkWorkshop *ws)
{
  g_autoptr(WijkImpact) full = wijk_impact_new (ws);

  g_assert_cmpuint (wijk_impact_get_n_actions (updated), ==, wijk_impact_get_n_actions (full));
  for (guint i = 0; i < wijk_impact_get_n_actions (full); i++)
    {
      const WijkActionResult *a = wijk_impact_get_action_result (updated, i);
      const WijkActionResult *b = wijk_impact_get_action_result (full, i);

      g_assert_cmpstr (a->action_id, ==, b->action_id);
      g_assert_true (a->type == b->type);
      g_assert_cmpint (a->purchase_group, ==, b->purchase_group);
      assert_same (a->quantity, b->quantity);
      assert_same (a->unit_price_eur, b->unit_price_eur);
      assert_same (a->capex_alone_eur, b->capex_alone_eur);
      assert_same (a->capex_eur, b->capex_eur);
      assert_same (a->co2_t_per_year, b->co2_t_per_year);
      assert_same (a->co2_t_lifetime, b->co2_t_lifetime);
      assert_same (a->net_savings_eur_per_year, b->net_savings_eur_per_year);
      assert_same (a->npv_eur, b->npv_eur);
      assert_same (a->npv_with_carbon_eur, b->npv_with_carbon_eur);
      assert_same (a->payback_years, b->payback_years);
      assert_same (a->abatement_eur_per_t, b->abatement_eur_per_t);
      assert_same (a->finance.gap_eur, b->finance.gap_eur);
      assert_same (a->finance.net_cash_flow_eur_per_year, b->finance.net_cash_flow_eur_per_year);
      for (guint k = 0; k < WIJK_MAX_COBENEFITS; k++)
        assert_same (a->cobenefits[k], b->cobenefits[k]);
    }
  for (guint i = 0; i < wijk_impact_get_n_organisations (full); i++)
    {
      const WijkOrgResult *a = wijk_impact_get_org_result (updated, i);
      const WijkOrgResult *b = wijk_impact_get_org_result (full, i);

      g_assert_cmpstr (a->org_id, ==, b->org_id);
      g_assert_cmpuint (a->n_commitments, ==, b->n_commitments);
      assert_same (a->capex_eur, b->capex_eur);
      assert_same (a->net_savings_eur_per_year, b->net_savings_eur_per_year);
      assert_same (a->npv_eur, b->npv_eur);
      assert_same (a->npv_with_carbon_eur, b->npv_with_carbon_eur);
      assert_same (a->payback_years, b->payback_years);
      assert_same (a->co2_t_per_year, b->co2_t_per_year);
      assert_same (a->own_funds_eur, b->own_funds_eur);
      assert_same (a->net_cash_flow_eur_per_year, b->net_cash_flow_eur_per_year);
    }
  for (guint i = 0; i < wijk_impact_get_n_groups (full); i++)
    {
      const WijkGroupResult *a = wijk_impact_get_group_result (updated, i);
      const WijkGroupResult *b = wijk_impact_get_group_result (full, i);
      const guint *ma, *mb;
      guint na, nb;

      g_assert_cmpuint (a->n_members, ==, b->n_members);
      assert_same (a->total_quantity, b->total_quantity);
      assert_same (a->expected_quantity, b->expected_quantity);
      assert_same (a->unit_price_eur, b->unit_price_eur);
      assert_same (a->expected_unit_price_eur, b->expected_unit_price_eur);
      assert_same (a->capex_eur, b->capex_eur);
      assert_same (a->saving_eur, b->saving_eur);
      ma = wijk_impact_get_group_members (updated, i, &na);
      mb = wijk_impact_get_group_members (full, i, &nb);
      g_assert_cmpuint (na, ==, nb);
      for (guint k = 0; k < na; k++)
        g_assert_cmpuint (ma[k], ==, mb[k]);
    }
  assert_totals_same (&wijk_impact_get_park (updated)->totals,
                      &wijk_impact_get_park (full)->totals);
  for (guint t = 0; t < WIJK_N_THEMES; t++)
    assert_totals_same (&wijk_impact_get_park (updated)->themes[t],
                        &wijk_impact_get_park (full)->themes[t]);
  assert_same (wijk_impact_get_park (updated)->share_of_target,
               wijk_impact_get_park (full)->share_of_target);
}

static const char *
org_name (guint i)
{
  static const char *names[] = { "siemens", "leuven", "sony", "nikon", "imec", "kuleuven" };

  return names[i % G_N_ELEMENTS (names)];
}

static WijkWorkshop *
random_workshop (GRand *rand)
{
  WijkWorkshop *ws = fixture_workshop ();

  for (guint i = 0; i < 6; i++)
    fixture_add_org (ws, org_name (i));
  fixture_add_group (ws, "pv-a", "solar_pv");
  fixture_add_group (ws, "pv-b", "solar_pv");
  fixture_add_group (ws, "trees", "trees");
  for (guint i = 0; i < 60; i++)
    {
      const WijkActionType *type = wijk_catalog_get_type (i % wijk_catalog_get_n_types ());
      g_autofree char *id = g_strdup_printf ("a%u", i);
      WijkAction *action = fixture_add_action (ws, id, type->id, NAN);

      fixture_add_owner (action, org_name (g_rand_int_range (rand, 0, 6)), WIJK_ROLE_LEAD,
                         0.5, 0.7);
      fixture_add_owner (action, org_name (g_rand_int_range (rand, 0, 6)), WIJK_ROLE_PARTNER,
                         0.5, 0.3);
      if (type->quantity_param >= 0 && g_rand_boolean (rand))
        action->purchase_group = g_strdup (g_strcmp0 (type->id, "trees") == 0 ? "trees"
                                           : g_rand_boolean (rand) ? "pv-a" : "pv-b");
    }
  return ws;
}

/* One random edit of one action, as the editor makes them. */
static void
random_edit (GRand        *rand,
             WijkWorkshop *ws,
             WijkAction   *action)
{
  const WijkActionType *type = wijk_catalog_lookup (action->type);
  WijkFinancing *line;

  switch (g_rand_int_range (rand, 0, 7))
    {
    case 0:  /* a parameter, possibly across a price tier */
      action->params[0] = type->params[0].default_value * g_rand_double_range (rand, 0, 8);
      break;
    case 1:  /* join, switch or leave a group */
      g_clear_pointer (&action->purchase_group, g_free);
      if (g_rand_boolean (rand))
        action->purchase_group = g_strdup (g_rand_boolean (rand) ? "pv-a" : "pv-b");
      break;
    case 2:
      action->purchase_status = g_rand_boolean (rand) ? WIJK_PURCHASE_INTERESTED
                                                      : WIJK_PURCHASE_COMMITTED;
      break;
    case 3:  /* another owner, a duplicate owner, or none */
      if (action->owners->len > 0 && g_rand_boolean (rand))
        g_ptr_array_remove_index (action->owners, 0);
      else
        fixture_add_owner (action, org_name (g_rand_int_range (rand, 0, 6)), WIJK_ROLE_FUNDER,
                           0.25, 0.25);
      break;
    case 4:  /* shares */
      for (guint i = 0; i < action->owners->len; i++)
        ((WijkOwner *) g_ptr_array_index (action->owners, i))->cost_share =
          g_rand_double (rand);
      break;
    case 5:
      line = fixture_add_financing (action, WIJK_FINANCING_LOAN,
                                    g_rand_boolean (rand) ? org_name (1) : NULL);
      line->amount_eur = 1000 * g_rand_int_range (rand, 1, 100);
      line->rate = 0.04;
      line->years = 8;
      break;
    default:
      action->params[type->n_params - 1] = type->params[type->n_params - 1].default_value;
      break;
    }
}

static void
test_random_edits (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (4);
  g_autoptr(WijkWorkshop) ws = random_workshop (rand);
  g_autoptr(WijkImpact) impact = wijk_impact_new (ws);

  for (guint i = 0; i < 400; i++)
    {
      WijkAction *action = g_ptr_array_index (ws->actions,
                                              g_rand_int_range (rand, 0, ws->actions->len));

      random_edit (rand, ws, action);
      wijk_impact_update_action (impact, ws, action->id);
      assert_impacts_same (impact, ws);
    }
}

static void
test_tier_change_moves_members (void)
{
  g_autoptr(WijkWorkshop) ws = fixture_example ();
  g_autoptr(WijkImpact) impact = wijk_impact_new (ws);

  /* a2 from 350 to 150 kWp: the group falls to 400 kWp → 780 €/kWp, and
   * a1, which did not change, now costs 250 × 780 = 195000. */
  wijk_workshop_find_action (ws, "a2")->params[0] = 150;
  wijk_impact_update_action (impact, ws, "a2");
  assert_close (wijk_impact_lookup_action (impact, "a1")->capex_eur, 195000);
  assert_close (wijk_impact_lookup_organisation (impact, "siemens")->capex_eur, 117000);
  assert_impacts_same (impact, ws);
}

static void
test_structure_changes (void)
{
  g_autoptr(WijkWorkshop) ws = fixture_example ();
  g_autoptr(WijkImpact) impact = wijk_impact_new (ws);
  WijkAction *added;

  /* A new action, a new organisation, a deleted action: the update falls
   * back to a full computation. */
  fixture_add_org (ws, "nikon");
  added = fixture_add_action (ws, "a3", "solar_pv", 500.0, 0.5, NAN);
  fixture_add_owner (added, "nikon", WIJK_ROLE_LEAD, 1, 1);
  added->purchase_group = g_strdup ("pv-2027");
  wijk_impact_update_action (impact, ws, "a3");
  assert_impacts_same (impact, ws);
  /* 1100 kWp → 640 €/kWp */
  assert_close (wijk_impact_lookup_group (impact, "pv-2027")->unit_price_eur, 640);

  g_ptr_array_remove_index (ws->actions, 0);
  wijk_impact_update_action (impact, ws, "a1");
  assert_impacts_same (impact, ws);
  g_assert_null (wijk_impact_lookup_action (impact, "a1"));
  /* 850 kWp → 700 €/kWp */
  assert_close (wijk_impact_lookup_group (impact, "pv-2027")->unit_price_eur, 700);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/wijk/impact-update/random-edits", test_random_edits);
  g_test_add_func ("/wijk/impact-update/tier-change-moves-members",
                   test_tier_change_moves_members);
  g_test_add_func ("/wijk/impact-update/structure-changes", test_structure_changes);

  return g_test_run ();
}
