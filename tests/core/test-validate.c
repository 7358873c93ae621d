/* test-validate.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "wijk-geometry.h"
#include "wijk-validate.h"

/* Every rule of wijk-validate.c: a valid record passes, and each way of
 * breaking a rule gives its error code and a message naming the field and
 * the value. */

static WijkWorkshop *
new_workshop (void)
{
  WijkWorkshop *ws = wijk_workshop_new ();
  WijkOrganisation *org;
  WijkPurchaseGroup *group;

  ws->name = g_strdup ("Haasrode");
  ws->baseline_year = 2024;
  ws->target_year = 2030;
  ws->baseline_t_co2_per_year = 30000;
  ws->target_t_co2_per_year = 6300;

  org = wijk_organisation_new ("siemens");
  org->name = g_strdup ("Siemens");
  g_ptr_array_add (ws->organisations, org);
  org = wijk_organisation_new ("leuven");
  org->name = g_strdup ("Stad Leuven");
  org->kind = WIJK_ORG_KIND_PUBLIC;
  g_ptr_array_add (ws->organisations, org);

  group = wijk_purchase_group_new ("pv-2027");
  group->type = g_strdup ("solar_pv");
  g_ptr_array_add (ws->purchase_groups, group);
  group = wijk_purchase_group_new ("trees-2027");
  group->type = g_strdup ("trees");
  g_ptr_array_add (ws->purchase_groups, group);
  return ws;
}

static void
add_owner (WijkAction *action,
           const char *org_id,
           double      cost_share,
           double      benefit_share)
{
  WijkOwner *owner = wijk_owner_new (org_id);

  owner->cost_share = cost_share;
  owner->benefit_share = benefit_share;
  g_ptr_array_add (action->owners, owner);
}

/* A solar_pv action of 250 kWp, 70 % used on site, owned 60/40. */
static WijkAction *
new_action (void)
{
  WijkAction *action = wijk_action_new ("a1", "solar_pv");

  action->title = g_strdup ("PV on hall 3");
  action->params[0] = 250;
  action->params[1] = 0.7;
  add_owner (action, "siemens", 0.6, 0.6);
  add_owner (action, "leuven", 0.4, 0.4);
  return action;
}

static WijkGeometry *
new_square (double lon,
            double lat)
{
  WijkLonLat ring[] = {
    { lon, lat }, { lon + 0.001, lat }, { lon + 0.001, lat + 0.001 }, { lon, lat + 0.001 },
  };

  return wijk_geometry_new_polygon (ring, G_N_ELEMENTS (ring));
}

#define assert_refused(call, code, fragment)                                   \
  G_STMT_START {                                                               \
    g_autoptr(GError) error_ = NULL;                                           \
    g_assert_false (call);                                                     \
    g_assert_error (error_, WIJK_VALIDATE_ERROR, (code));                      \
    if (strstr (error_->message, (fragment)) == NULL)                          \
      g_error ("“%s” does not mention “%s”", error_->message, (fragment));    \
  } G_STMT_END

#define assert_accepted(call)                                                  \
  G_STMT_START {                                                               \
    g_autoptr(GError) error_ = NULL;                                           \
    g_assert_true (call);                                                      \
    g_assert_no_error (error_);                                                \
  } G_STMT_END

/* Workshop settings */

static void
test_workshop_info (void)
{
  g_autoptr(WijkWorkshop) ws = new_workshop ();

  assert_accepted (wijk_validate_workshop_info (ws, &error_));

  g_free (ws->name);
  ws->name = g_strdup ("");
  assert_refused (wijk_validate_workshop_info (ws, &error_), WIJK_VALIDATE_ERROR_MISSING,
                  "name");
  g_free (ws->name);
  ws->name = g_strdup ("Haas\xff");
  assert_refused (wijk_validate_workshop_info (ws, &error_), WIJK_VALIDATE_ERROR_INVALID,
                  "name");
  g_free (ws->name);
  ws->name = g_strdup ("Haasrode");

  ws->discount_rate = NAN;
  assert_refused (wijk_validate_workshop_info (ws, &error_), WIJK_VALIDATE_ERROR_NOT_FINITE,
                  "discount_rate");
  ws->discount_rate = 1.0;
  assert_refused (wijk_validate_workshop_info (ws, &error_), WIJK_VALIDATE_ERROR_OUT_OF_RANGE,
                  "“discount_rate” is 1");
  ws->discount_rate = -0.01;
  assert_refused (wijk_validate_workshop_info (ws, &error_), WIJK_VALIDATE_ERROR_OUT_OF_RANGE,
                  "-0.01");
  ws->discount_rate = 0.999;
  assert_accepted (wijk_validate_workshop_info (ws, &error_));
  ws->discount_rate = 0.04;

  ws->baseline_t_co2_per_year = -1;
  assert_refused (wijk_validate_workshop_info (ws, &error_), WIJK_VALIDATE_ERROR_OUT_OF_RANGE,
                  "baseline_t_co2_per_year");
  ws->baseline_t_co2_per_year = 30000;
  ws->target_t_co2_per_year = INFINITY;
  assert_refused (wijk_validate_workshop_info (ws, &error_), WIJK_VALIDATE_ERROR_NOT_FINITE,
                  "target_t_co2_per_year");
  ws->target_t_co2_per_year = 6300;

  ws->baseline_year = 1800;
  assert_refused (wijk_validate_workshop_info (ws, &error_), WIJK_VALIDATE_ERROR_OUT_OF_RANGE,
                  "1800");
  ws->baseline_year = 2031;
  assert_refused (wijk_validate_workshop_info (ws, &error_), WIJK_VALIDATE_ERROR_OUT_OF_RANGE,
                  "2031");
  ws->baseline_year = 0;  /* not set */
  assert_accepted (wijk_validate_workshop_info (ws, &error_));

  g_free (ws->language);
  ws->language = g_strdup ("Dutch");
  assert_refused (wijk_validate_workshop_info (ws, &error_), WIJK_VALIDATE_ERROR_INVALID,
                  "Dutch");
  g_free (ws->language);
  ws->language = g_strdup ("nl");
  g_free (ws->currency);
  ws->currency = g_strdup ("eur");
  assert_refused (wijk_validate_workshop_info (ws, &error_), WIJK_VALIDATE_ERROR_INVALID,
                  "eur");
}

/* Factors */

static void
add_tier (WijkFactor *factor,
          double      min_quantity,
          double      unit_price_eur)
{
  WijkPriceTier tier = { min_quantity, unit_price_eur };

  if (factor->tiers == NULL)
    factor->tiers = g_array_new (FALSE, FALSE, sizeof (WijkPriceTier));
  g_array_append_val (factor->tiers, tier);
}

static void
test_factor (void)
{
  g_autoptr(WijkFactor) factor = wijk_factor_new ("grid_kg_co2_per_kwh");
  g_autoptr(WijkFactor) tiers = wijk_factor_new ("solar_pv_price_tiers");
  g_autoptr(WijkFactor) unnamed = wijk_factor_new ("");

  factor->value = 0.15;
  factor->confidence = g_strdup ("H");
  assert_accepted (wijk_validate_factor (factor, &error_));
  factor->value = -0.5;  /* a factor may be negative */
  assert_accepted (wijk_validate_factor (factor, &error_));

  factor->value = NAN;
  assert_refused (wijk_validate_factor (factor, &error_), WIJK_VALIDATE_ERROR_NOT_FINITE,
                  "grid_kg_co2_per_kwh");
  factor->value = 0.15;
  g_free (factor->confidence);
  factor->confidence = g_strdup ("X");
  assert_refused (wijk_validate_factor (factor, &error_), WIJK_VALIDATE_ERROR_INVALID,
                  "“X”");

  assert_refused (wijk_validate_factor (unnamed, &error_), WIJK_VALIDATE_ERROR_MISSING,
                  "name");

  add_tier (tiers, 0, 850);
  add_tier (tiers, 100, 780);
  assert_accepted (wijk_validate_factor (tiers, &error_));
  add_tier (tiers, 100, 700);
  assert_refused (wijk_validate_factor (tiers, &error_), WIJK_VALIDATE_ERROR_INVALID,
                  "at 100");
  g_array_index (tiers->tiers, WijkPriceTier, 2).min_quantity = 50;
  assert_refused (wijk_validate_factor (tiers, &error_), WIJK_VALIDATE_ERROR_INVALID,
                  "at 50");
  g_array_index (tiers->tiers, WijkPriceTier, 2).min_quantity = 500;
  g_array_index (tiers->tiers, WijkPriceTier, 2).unit_price_eur = -1;
  assert_refused (wijk_validate_factor (tiers, &error_), WIJK_VALIDATE_ERROR_OUT_OF_RANGE,
                  "unit_price_eur");
  g_array_index (tiers->tiers, WijkPriceTier, 2).unit_price_eur = INFINITY;
  assert_refused (wijk_validate_factor (tiers, &error_), WIJK_VALIDATE_ERROR_NOT_FINITE,
                  "unit_price_eur");
  g_array_index (tiers->tiers, WijkPriceTier, 2).unit_price_eur = 700;
  g_array_index (tiers->tiers, WijkPriceTier, 0).min_quantity = -10;
  assert_refused (wijk_validate_factor (tiers, &error_), WIJK_VALIDATE_ERROR_OUT_OF_RANGE,
                  "min_quantity");
}

/* Organisations */

static void
test_organisation (void)
{
  g_autoptr(WijkOrganisation) org = wijk_organisation_new ("siemens");
  g_autoptr(WijkOrganisation) no_id = wijk_organisation_new (NULL);

  org->name = g_strdup ("Siemens");
  org->colour = g_strdup ("#0072b2");
  org->employees = 400;
  assert_accepted (wijk_validate_organisation (org, &error_));

  assert_refused (wijk_validate_organisation (no_id, &error_), WIJK_VALIDATE_ERROR_MISSING,
                  "id");
  g_free (org->name);
  org->name = NULL;
  assert_refused (wijk_validate_organisation (org, &error_), WIJK_VALIDATE_ERROR_MISSING,
                  "name");
  org->name = g_strdup ("Siemens");

  org->kind = (WijkOrgKind) 9;
  assert_refused (wijk_validate_organisation (org, &error_), WIJK_VALIDATE_ERROR_INVALID,
                  "kind");
  org->kind = WIJK_ORG_KIND_COMPANY;
  org->employees = -3;
  assert_refused (wijk_validate_organisation (org, &error_), WIJK_VALIDATE_ERROR_OUT_OF_RANGE,
                  "-3");
  org->employees = 400;
  org->baseline_mwh_per_year = NAN;
  assert_refused (wijk_validate_organisation (org, &error_), WIJK_VALIDATE_ERROR_NOT_FINITE,
                  "baseline_mwh_per_year");
  org->baseline_mwh_per_year = 0;
  org->baseline_t_co2_per_year = -5;
  assert_refused (wijk_validate_organisation (org, &error_), WIJK_VALIDATE_ERROR_OUT_OF_RANGE,
                  "baseline_t_co2_per_year");
  org->baseline_t_co2_per_year = 0;
  g_free (org->colour);
  org->colour = g_strdup ("red");
  assert_refused (wijk_validate_organisation (org, &error_), WIJK_VALIDATE_ERROR_INVALID,
                  "red");
}

/* Plots and geometry */

static void
test_plot (void)
{
  g_autoptr(WijkWorkshop) ws = new_workshop ();
  g_autoptr(WijkPlot) plot = wijk_plot_new ("p1");
  GArray *ring;

  g_assert_cmpstr (plot->kind, ==, "plot");  /* the default */
  plot->owner_org = g_strdup ("siemens");
  plot->geometry = new_square (4.72, 50.86);
  assert_accepted (wijk_validate_plot (ws, plot, &error_));

  g_free (plot->kind);
  plot->kind = g_strdup ("field");
  assert_refused (wijk_validate_plot (ws, plot, &error_), WIJK_VALIDATE_ERROR_INVALID, "field");
  g_free (plot->kind);
  plot->kind = g_strdup ("plot");

  g_free (plot->owner_org);
  plot->owner_org = g_strdup ("sony");
  assert_refused (wijk_validate_plot (ws, plot, &error_), WIJK_VALIDATE_ERROR_REFERENCE, "sony");
  assert_accepted (wijk_validate_plot (NULL, plot, &error_));  /* no workshop, no references */
  g_clear_pointer (&plot->owner_org, g_free);
  assert_accepted (wijk_validate_plot (ws, plot, &error_));

  /* An open ring */
  ring = g_ptr_array_index ((GPtrArray *) g_ptr_array_index (plot->geometry->parts, 0), 0);
  g_array_index (ring, WijkLonLat, ring->len - 1).lon = 4.7205;
  assert_refused (wijk_validate_plot (ws, plot, &error_), WIJK_VALIDATE_ERROR_INVALID,
                  "does not end where it starts");
  g_array_index (ring, WijkLonLat, ring->len - 1).lon = 4.72;
  g_array_index (ring, WijkLonLat, 1).lon = 200;
  assert_refused (wijk_validate_plot (ws, plot, &error_), WIJK_VALIDATE_ERROR_OUT_OF_RANGE,
                  "200");
  g_array_index (ring, WijkLonLat, 1).lon = 4.721;
  g_array_index (ring, WijkLonLat, 2).lat = NAN;
  assert_refused (wijk_validate_plot (ws, plot, &error_), WIJK_VALIDATE_ERROR_NOT_FINITE,
                  "latitude");
  g_array_index (ring, WijkLonLat, 2).lat = 50.861;
  g_array_remove_range (ring, 1, 2);
  assert_refused (wijk_validate_plot (ws, plot, &error_), WIJK_VALIDATE_ERROR_INVALID,
                  "fewer than 4");

  wijk_geometry_free (plot->geometry);
  plot->geometry = NULL;
  assert_refused (wijk_validate_plot (ws, plot, &error_), WIJK_VALIDATE_ERROR_MISSING,
                  "geometry");
  plot->geometry = wijk_geometry_new_point (4.72, 50.86);
  assert_refused (wijk_validate_plot (ws, plot, &error_), WIJK_VALIDATE_ERROR_INVALID, "polygon");
}

static void
test_street (void)
{
  g_autoptr(WijkWorkshop) ws = new_workshop ();
  g_autoptr(WijkPlot) street = wijk_plot_new ("s1");
  GArray *line = g_array_new (FALSE, FALSE, sizeof (WijkLonLat));
  GPtrArray *part = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  WijkLonLat a = { 4.70, 50.86 }, b = { 4.71, 50.87 };

  g_array_append_val (line, a);
  g_free (street->kind);
  street->kind = g_strdup ("street");
  street->geometry = wijk_geometry_new (WIJK_GEOMETRY_LINE_STRING);
  g_ptr_array_add (part, line);
  g_ptr_array_add (street->geometry->parts, part);

  /* One position is not a line. */
  assert_refused (wijk_validate_plot (ws, street, &error_), WIJK_VALIDATE_ERROR_INVALID,
                  "fewer than 2");
  g_array_append_val (line, b);
  assert_accepted (wijk_validate_plot (ws, street, &error_));

  g_free (street->kind);
  street->kind = g_strdup ("plot");
  assert_refused (wijk_validate_plot (ws, street, &error_), WIJK_VALIDATE_ERROR_INVALID, "line");
}

/* Actions */

static void
test_action_valid (void)
{
  g_autoptr(WijkWorkshop) ws = new_workshop ();
  g_autoptr(WijkAction) action = new_action ();

  assert_accepted (wijk_validate_action (ws, action, &error_));
  action->status = WIJK_STATUS_SIGNED;
  assert_accepted (wijk_validate_action (ws, action, &error_));
  action->location = new_square (4.72, 50.86);
  assert_accepted (wijk_validate_action (ws, action, &error_));
  wijk_geometry_free (action->location);
  action->location = wijk_geometry_new_point (4.72, 50.86);
  assert_accepted (wijk_validate_action (ws, action, &error_));
}

static void
test_action_type_and_params (void)
{
  g_autoptr(WijkWorkshop) ws = new_workshop ();
  g_autoptr(WijkAction) action = new_action ();
  g_autoptr(WijkAction) trees = wijk_action_new ("t1", "trees");

  g_free (action->type);
  action->type = g_strdup ("nuclear");
  assert_refused (wijk_validate_action (ws, action, &error_), WIJK_VALIDATE_ERROR_INVALID,
                  "nuclear");
  g_free (action->type);
  action->type = g_strdup ("solar_pv");

  /* solar_pv's kwp lies in 0–100000, self_consumption in 0–1 */
  action->params[0] = -5;
  assert_refused (wijk_validate_action (ws, action, &error_), WIJK_VALIDATE_ERROR_OUT_OF_RANGE,
                  "Action “PV on hall 3”: parameter “kwp” is -5, outside 0–100000");
  action->params[0] = NAN;
  assert_refused (wijk_validate_action (ws, action, &error_), WIJK_VALIDATE_ERROR_NOT_FINITE,
                  "parameter “kwp”");
  action->params[0] = 250;
  action->params[1] = 1.5;
  assert_refused (wijk_validate_action (ws, action, &error_), WIJK_VALIDATE_ERROR_OUT_OF_RANGE,
                  "“self_consumption” is 1.5");
  action->params[1] = 0.7;

  /* trees is a whole number: the catalogue refuses 2.5 */
  trees->params[0] = 2.5;
  assert_refused (wijk_validate_action (ws, trees, &error_), WIJK_VALIDATE_ERROR_OUT_OF_RANGE,
                  "2.5");
  assert_refused (wijk_validate_action_param (trees, 0, 2.5, &error_),
                  WIJK_VALIDATE_ERROR_OUT_OF_RANGE, "2.5");
  assert_accepted (wijk_validate_action_param (trees, 0, 3, &error_));
  assert_refused (wijk_validate_action_param (trees, 3, 1, &error_),
                  WIJK_VALIDATE_ERROR_INVALID, "no parameter 3");

  action->status = (WijkStatus) 7;
  assert_refused (wijk_validate_action (ws, action, &error_), WIJK_VALIDATE_ERROR_INVALID,
                  "status");
  action->status = WIJK_STATUS_IDEA;
  action->start_year = 3000;
  assert_refused (wijk_validate_action (ws, action, &error_), WIJK_VALIDATE_ERROR_OUT_OF_RANGE,
                  "3000");
  action->start_year = 2027;
  g_free (action->id);
  action->id = g_strdup ("");
  assert_refused (wijk_validate_action (ws, action, &error_), WIJK_VALIDATE_ERROR_MISSING, "id");
}

static void
test_action_owners (void)
{
  g_autoptr(WijkWorkshop) ws = new_workshop ();
  g_autoptr(WijkAction) action = new_action ();
  WijkOwner *owner = g_ptr_array_index (action->owners, 1);

  g_free (owner->org_id);
  owner->org_id = g_strdup ("sony");
  assert_refused (wijk_validate_action (ws, action, &error_), WIJK_VALIDATE_ERROR_REFERENCE,
                  "sony");
  g_free (owner->org_id);
  owner->org_id = g_strdup ("siemens");
  assert_refused (wijk_validate_action (ws, action, &error_), WIJK_VALIDATE_ERROR_INVALID,
                  "“siemens” is an owner twice");
  g_free (owner->org_id);
  owner->org_id = g_strdup ("leuven");

  owner->cost_share = 1.5;
  assert_refused (wijk_validate_action (ws, action, &error_), WIJK_VALIDATE_ERROR_OUT_OF_RANGE,
                  "cost_share");
  owner->cost_share = -0.1;
  assert_refused (wijk_validate_action (ws, action, &error_), WIJK_VALIDATE_ERROR_OUT_OF_RANGE,
                  "-0.1");
  owner->cost_share = 0.4;
  owner->benefit_share = NAN;
  assert_refused (wijk_validate_action (ws, action, &error_), WIJK_VALIDATE_ERROR_NOT_FINITE,
                  "benefit_share");
  owner->benefit_share = 0.4;
  owner->role = (WijkRole) 12;
  assert_refused (wijk_validate_action (ws, action, &error_), WIJK_VALIDATE_ERROR_INVALID,
                  "role");
}

static void
test_action_shares (void)
{
  g_autoptr(WijkWorkshop) ws = new_workshop ();
  g_autoptr(WijkAction) action = new_action ();
  WijkOwner *second = g_ptr_array_index (action->owners, 1);

  /* 0.6 + 0.3 = 0.9: fine for an idea or a draft, not once agreed. */
  second->cost_share = 0.3;
  action->status = WIJK_STATUS_DRAFT;
  assert_accepted (wijk_validate_action (ws, action, &error_));
  assert_refused (wijk_validate_shares (action, &error_), WIJK_VALIDATE_ERROR_SHARES,
                  "cost shares add up to 90 %, not 100 %");
  action->status = WIJK_STATUS_AGREED;
  assert_refused (wijk_validate_action (ws, action, &error_), WIJK_VALIDATE_ERROR_SHARES,
                  "Action “PV on hall 3”: cost shares add up to 90 %");
  action->status = WIJK_STATUS_SIGNED;
  assert_refused (wijk_validate_action (ws, action, &error_), WIJK_VALIDATE_ERROR_SHARES,
                  "90 %");

  /* Within the tolerance of 1e-9: 0.6 + (0.4 + 5e-10) */
  second->cost_share = 0.4 + 5e-10;
  assert_accepted (wijk_validate_action (ws, action, &error_));
  /* Outside it: 0.6 + (0.4 + 5e-9) = 1.000000005, 100.0000005 % */
  second->cost_share = 0.4 + 5e-9;
  assert_refused (wijk_validate_action (ws, action, &error_), WIJK_VALIDATE_ERROR_SHARES,
                  "100.0000005 %");
  second->cost_share = 0.4;

  /* Benefit shares 0.6 + 0.5 = 1.1 */
  second->benefit_share = 0.5;
  assert_refused (wijk_validate_action (ws, action, &error_), WIJK_VALIDATE_ERROR_SHARES,
                  "benefit shares add up to 110 %");
  second->benefit_share = 0.4;
  assert_accepted (wijk_validate_shares (action, &error_));

  /* No owners: 0 %, so not agreed. */
  g_ptr_array_set_size (action->owners, 0);
  assert_refused (wijk_validate_action (ws, action, &error_), WIJK_VALIDATE_ERROR_SHARES, "0 %");
}

static void
test_action_purchase_group (void)
{
  g_autoptr(WijkWorkshop) ws = new_workshop ();
  g_autoptr(WijkAction) action = new_action ();

  action->purchase_group = g_strdup ("pv-2027");
  assert_accepted (wijk_validate_action (ws, action, &error_));
  g_free (action->purchase_group);
  action->purchase_group = g_strdup ("pv-2099");
  assert_refused (wijk_validate_action (ws, action, &error_), WIJK_VALIDATE_ERROR_REFERENCE,
                  "pv-2099");
  g_free (action->purchase_group);
  action->purchase_group = g_strdup ("trees-2027");
  assert_refused (wijk_validate_action (ws, action, &error_), WIJK_VALIDATE_ERROR_REFERENCE,
                  "bundles “trees”, not “solar_pv”");
  g_clear_pointer (&action->purchase_group, g_free);
  action->purchase_status = (WijkPurchaseStatus) 4;
  assert_refused (wijk_validate_action (ws, action, &error_), WIJK_VALIDATE_ERROR_INVALID,
                  "purchase_status");
}

static void
test_action_financing (void)
{
  g_autoptr(WijkWorkshop) ws = new_workshop ();
  g_autoptr(WijkAction) action = new_action ();
  WijkFinancing *loan = wijk_financing_new ("f1");
  WijkFinancing *subsidy = wijk_financing_new ("f2");

  loan->kind = WIJK_FINANCING_LOAN;
  loan->amount_eur = 100000;
  loan->rate = 0.04;
  loan->years = 10;
  g_ptr_array_add (action->financing, loan);
  subsidy->kind = WIJK_FINANCING_SUBSIDY;
  subsidy->share_of_capex = 0.3;
  subsidy->org_id = g_strdup ("leuven");
  g_ptr_array_add (action->financing, subsidy);
  assert_accepted (wijk_validate_action (ws, action, &error_));

  loan->amount_eur = NAN;
  assert_refused (wijk_validate_action (ws, action, &error_), WIJK_VALIDATE_ERROR_NOT_FINITE,
                  "financing line “f1”");
  loan->amount_eur = -1;
  assert_refused (wijk_validate_action (ws, action, &error_), WIJK_VALIDATE_ERROR_OUT_OF_RANGE,
                  "amount_eur");
  loan->amount_eur = 100000;
  loan->rate = 2;
  assert_refused (wijk_validate_action (ws, action, &error_), WIJK_VALIDATE_ERROR_OUT_OF_RANGE,
                  "“rate” is 2");
  loan->rate = 0.04;
  loan->years = 200;
  assert_refused (wijk_validate_action (ws, action, &error_), WIJK_VALIDATE_ERROR_OUT_OF_RANGE,
                  "200");
  loan->years = 10;
  subsidy->share_of_capex = 1.2;
  assert_refused (wijk_validate_action (ws, action, &error_), WIJK_VALIDATE_ERROR_OUT_OF_RANGE,
                  "share_of_capex");
  subsidy->share_of_capex = 0.3;
  subsidy->savings_share = INFINITY;
  assert_refused (wijk_validate_action (ws, action, &error_), WIJK_VALIDATE_ERROR_NOT_FINITE,
                  "savings_share");
  subsidy->savings_share = 0;
  g_free (subsidy->org_id);
  subsidy->org_id = g_strdup ("vlaanderen");
  assert_refused (wijk_validate_action (ws, action, &error_), WIJK_VALIDATE_ERROR_REFERENCE,
                  "vlaanderen");
  g_clear_pointer (&subsidy->org_id, g_free);
  subsidy->kind = (WijkFinancingKind) 17;
  assert_refused (wijk_validate_action (ws, action, &error_), WIJK_VALIDATE_ERROR_INVALID,
                  "kind");
  subsidy->kind = WIJK_FINANCING_SUBSIDY;
  g_free (subsidy->id);
  subsidy->id = g_strdup ("f1");
  assert_refused (wijk_validate_action (ws, action, &error_), WIJK_VALIDATE_ERROR_INVALID,
                  "“f1” is used twice");
  g_clear_pointer (&subsidy->id, g_free);
  assert_refused (wijk_validate_action (ws, action, &error_), WIJK_VALIDATE_ERROR_MISSING,
                  "financing.id");
}

static void
test_action_location (void)
{
  g_autoptr(WijkWorkshop) ws = new_workshop ();
  g_autoptr(WijkAction) action = new_action ();
  GPtrArray *part = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  GArray *line = g_array_new (FALSE, FALSE, sizeof (WijkLonLat));
  WijkLonLat a = { 4.70, 50.86 }, b = { 4.71, 50.87 };

  action->location = wijk_geometry_new_point (4.72, 95);
  assert_refused (wijk_validate_action (ws, action, &error_), WIJK_VALIDATE_ERROR_OUT_OF_RANGE,
                  "latitude");
  wijk_geometry_free (action->location);

  g_array_append_val (line, a);
  g_array_append_val (line, b);
  g_ptr_array_add (part, line);
  action->location = wijk_geometry_new (WIJK_GEOMETRY_LINE_STRING);
  g_ptr_array_add (action->location->parts, part);
  assert_refused (wijk_validate_action (ws, action, &error_), WIJK_VALIDATE_ERROR_INVALID,
                  "line");
}

/* Other records */

static void
test_purchase_group (void)
{
  g_autoptr(WijkPurchaseGroup) group = wijk_purchase_group_new ("g1");

  group->type = g_strdup ("heat_pump");
  assert_accepted (wijk_validate_purchase_group (group, &error_));
  g_free (group->type);
  group->type = g_strdup ("windmill");
  assert_refused (wijk_validate_purchase_group (group, &error_), WIJK_VALIDATE_ERROR_INVALID,
                  "windmill");
  /* A carpool is not bought: it has no purchase quantity. */
  g_free (group->type);
  group->type = g_strdup ("carpool");
  assert_refused (wijk_validate_purchase_group (group, &error_), WIJK_VALIDATE_ERROR_INVALID,
                  "carpool");
  g_clear_pointer (&group->id, g_free);
  assert_refused (wijk_validate_purchase_group (group, &error_), WIJK_VALIDATE_ERROR_MISSING,
                  "id");
}

static void
test_comment_approval_signature_scenario (void)
{
  g_autoptr(WijkWorkshop) ws = new_workshop ();
  g_autoptr(WijkComment) comment = wijk_comment_new ("c1");
  g_autoptr(WijkApproval) approval = wijk_approval_new ("ap1");
  g_autoptr(WijkSignature) signature = wijk_signature_new ("s1");
  g_autoptr(WijkScenario) scenario = wijk_scenario_new ("sc1");

  g_ptr_array_add (ws->actions, new_action ());

  comment->text = g_strdup ("Roof is too weak");
  comment->action_id = g_strdup ("a1");
  assert_accepted (wijk_validate_comment (ws, comment, &error_));
  g_free (comment->action_id);
  comment->action_id = g_strdup ("a9");
  assert_refused (wijk_validate_comment (ws, comment, &error_), WIJK_VALIDATE_ERROR_REFERENCE,
                  "a9");
  g_clear_pointer (&comment->action_id, g_free);  /* about the workshop */
  assert_accepted (wijk_validate_comment (ws, comment, &error_));
  comment->created = -5;
  assert_refused (wijk_validate_comment (ws, comment, &error_), WIJK_VALIDATE_ERROR_OUT_OF_RANGE,
                  "created");
  comment->created = 0;
  g_clear_pointer (&comment->text, g_free);
  assert_refused (wijk_validate_comment (ws, comment, &error_), WIJK_VALIDATE_ERROR_MISSING,
                  "text");

  approval->action_id = g_strdup ("a1");
  approval->org_id = g_strdup ("siemens");
  assert_accepted (wijk_validate_approval (ws, approval, &error_));
  g_free (approval->org_id);
  approval->org_id = g_strdup ("nikon");
  assert_refused (wijk_validate_approval (ws, approval, &error_), WIJK_VALIDATE_ERROR_REFERENCE,
                  "nikon");
  g_clear_pointer (&approval->action_id, g_free);
  assert_refused (wijk_validate_approval (ws, approval, &error_), WIJK_VALIDATE_ERROR_MISSING,
                  "action");

  signature->org_id = g_strdup ("leuven");
  signature->signer_name = g_strdup ("Mohamed Ridouani");
  assert_accepted (wijk_validate_signature (ws, signature, &error_));
  g_free (signature->org_id);
  signature->org_id = g_strdup ("gent");
  assert_refused (wijk_validate_signature (ws, signature, &error_),
                  WIJK_VALIDATE_ERROR_REFERENCE, "gent");
  g_clear_pointer (&signature->signer_name, g_free);
  assert_refused (wijk_validate_signature (ws, signature, &error_), WIJK_VALIDATE_ERROR_MISSING,
                  "signer_name");

  scenario->name = g_strdup ("Ambitious");
  assert_accepted (wijk_validate_scenario (scenario, &error_));
  g_clear_pointer (&scenario->name, g_free);
  assert_refused (wijk_validate_scenario (scenario, &error_), WIJK_VALIDATE_ERROR_MISSING,
                  "name");
}

/* The whole workshop */

static void
test_workshop (void)
{
  g_autoptr(WijkWorkshop) ws = new_workshop ();
  WijkAction *second = new_action ();
  WijkFinancing *line = wijk_financing_new ("f1");
  WijkOrganisation *twin;

  g_ptr_array_add (ws->actions, new_action ());
  assert_accepted (wijk_validate_workshop (ws, &error_));

  /* Same action id twice */
  g_ptr_array_add (ws->actions, second);
  assert_refused (wijk_validate_workshop (ws, &error_), WIJK_VALIDATE_ERROR_INVALID,
                  "action id “a1” is used twice");
  g_free (second->id);
  second->id = g_strdup ("a2");
  assert_accepted (wijk_validate_workshop (ws, &error_));

  /* One financing line id in two actions */
  g_ptr_array_add (second->financing, line);
  g_ptr_array_add (((WijkAction *) g_ptr_array_index (ws->actions, 0))->financing,
                   wijk_financing_copy (line));
  assert_refused (wijk_validate_workshop (ws, &error_), WIJK_VALIDATE_ERROR_INVALID,
                  "financing id “f1” is used twice");
  g_ptr_array_remove_index (second->financing, 0);

  /* A record's own rule, found through the workshop */
  second->params[0] = INFINITY;
  assert_refused (wijk_validate_workshop (ws, &error_), WIJK_VALIDATE_ERROR_NOT_FINITE, "kwp");
  second->params[0] = 10;

  twin = wijk_organisation_copy (g_ptr_array_index (ws->organisations, 0));
  g_ptr_array_add (ws->organisations, twin);
  assert_refused (wijk_validate_workshop (ws, &error_), WIJK_VALIDATE_ERROR_INVALID,
                  "organisation id “siemens” is used twice");
  g_ptr_array_remove (ws->organisations, twin);

  g_free (ws->name);
  ws->name = NULL;
  assert_refused (wijk_validate_workshop (ws, &error_), WIJK_VALIDATE_ERROR_MISSING, "name");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/wijk/validate/workshop-info", test_workshop_info);
  g_test_add_func ("/wijk/validate/factor", test_factor);
  g_test_add_func ("/wijk/validate/organisation", test_organisation);
  g_test_add_func ("/wijk/validate/plot", test_plot);
  g_test_add_func ("/wijk/validate/street", test_street);
  g_test_add_func ("/wijk/validate/action/valid", test_action_valid);
  g_test_add_func ("/wijk/validate/action/type-and-params", test_action_type_and_params);
  g_test_add_func ("/wijk/validate/action/owners", test_action_owners);
  g_test_add_func ("/wijk/validate/action/shares", test_action_shares);
  g_test_add_func ("/wijk/validate/action/purchase-group", test_action_purchase_group);
  g_test_add_func ("/wijk/validate/action/financing", test_action_financing);
  g_test_add_func ("/wijk/validate/action/location", test_action_location);
  g_test_add_func ("/wijk/validate/purchase-group", test_purchase_group);
  g_test_add_func ("/wijk/validate/comment-approval-signature-scenario",
                   test_comment_approval_signature_scenario);
  g_test_add_func ("/wijk/validate/workshop", test_workshop);

  return g_test_run ();
}
