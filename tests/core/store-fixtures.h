/* store-fixtures.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Temporary workshop files, a workshop with one of every record, a deep
 * comparison of workshops and raw access to a file, for the store tests. */

#pragma once

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "wijk-geometry.h"
#include "wijk-store.h"

typedef struct
{
  char *dir;
  char *path;   /* dir/test.wijkpact, not created */
} StoreFixture;

static inline void
store_fixture_set_up (StoreFixture  *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("wijk-store-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "test.wijkpact", NULL);
}

static inline void
store_fixture_tear_down (StoreFixture  *fixture,
                         gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (fixture->dir, name, NULL);

      g_assert_cmpint (g_unlink (file), ==, 0);
    }
  g_assert_cmpint (g_rmdir (fixture->dir), ==, 0);
  g_free (fixture->path);
  g_free (fixture->dir);
}

/* Registers a test run in a fresh StoreFixture. */
static inline void
store_fixture_add (const char *path,
                   void      (*func) (StoreFixture *fixture, gconstpointer data))
{
  g_test_add (path, StoreFixture, NULL, store_fixture_set_up, func, store_fixture_tear_down);
}

static inline char *
fixture_file (StoreFixture *fixture,
              const char   *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

/* A workshop with at least one record of every kind. */

static inline WijkGeometry *
fixture_square (double lon,
                double lat)
{
  WijkLonLat ring[] = {
    { lon, lat }, { lon + 0.0012345678901, lat }, { lon + 0.0012345678901, lat + 0.001 },
    { lon, lat + 0.001 },
  };

  return wijk_geometry_new_polygon (ring, G_N_ELEMENTS (ring));
}

static inline WijkOrganisation *
fixture_org (const char  *id,
             const char  *name,
             WijkOrgKind  kind)
{
  WijkOrganisation *org = wijk_organisation_new (id);

  org->name = g_strdup (name);
  org->kind = kind;
  return org;
}

static inline WijkOwner *
fixture_owner (const char *org_id,
               WijkRole    role,
               double      cost_share,
               double      benefit_share)
{
  WijkOwner *owner = wijk_owner_new (org_id);

  owner->role = role;
  owner->cost_share = cost_share;
  owner->benefit_share = benefit_share;
  return owner;
}

/* "PV on hall 3": solar_pv, 250 kWp, 70 % self-consumed, Siemens 60 % and
 * Leuven 40 %, in the group pv-2027, with a loan and a subsidy. */
static inline WijkAction *
fixture_pv_action (void)
{
  WijkAction *action = wijk_action_new ("a1", "solar_pv");
  WijkFinancing *loan = wijk_financing_new ("f-loan");
  WijkFinancing *subsidy = wijk_financing_new ("f-subsidy");

  action->title = g_strdup ("PV on hall 3");
  action->description = g_strdup ("Panels on the flat roof of hall 3");
  action->status = WIJK_STATUS_AGREED;
  action->start_year = 2027;
  action->params[0] = 250;
  action->params[1] = 0.7;
  action->location = fixture_square (4.7301, 50.8602);
  action->purchase_group = g_strdup ("pv-2027");
  action->purchase_status = WIJK_PURCHASE_INTERESTED;
  g_ptr_array_add (action->owners, fixture_owner ("siemens", WIJK_ROLE_LEAD, 0.6, 0.6));
  g_ptr_array_add (action->owners, fixture_owner ("leuven", WIJK_ROLE_FUNDER, 0.4, 0.4));

  loan->kind = WIJK_FINANCING_LOAN;
  loan->label = g_strdup ("KBC green loan");
  loan->amount_eur = 120000;
  loan->rate = 0.045;
  loan->years = 10;
  g_ptr_array_add (action->financing, loan);
  subsidy->kind = WIJK_FINANCING_SUBSIDY;
  subsidy->org_id = g_strdup ("leuven");
  subsidy->share_of_capex = 0.2;
  g_ptr_array_add (action->financing, subsidy);
  return action;
}

static inline WijkWorkshop *
fixture_workshop (void)
{
  WijkWorkshop *ws = wijk_workshop_new ();
  WijkFactor *factor = wijk_factor_new ("grid_kg_co2_per_kwh");
  WijkFactor *tiers = wijk_factor_new ("solar_pv_price_tiers");
  WijkPriceTier tier_values[] = { { 0, 850 }, { 100, 780 }, { 500, 700.5 } };
  WijkPlot *plot = wijk_plot_new ("plot-1");
  WijkPurchaseGroup *group = wijk_purchase_group_new ("pv-2027");
  WijkAction *trees = wijk_action_new ("a2", "trees");
  WijkComment *comment = wijk_comment_new ("c1");
  WijkApproval *approval = wijk_approval_new ("ap1");
  WijkSignature *signature = wijk_signature_new ("sig1");
  WijkScenario *scenario = wijk_scenario_new ("sc1");

  ws->name = g_strdup ("Haasrode Research Park");
  ws->site = g_strdup ("Leuven – Haasrode");
  g_free (ws->language);
  ws->language = g_strdup ("nl");
  ws->baseline_year = 2024;
  ws->target_year = 2030;
  ws->baseline_t_co2_per_year = 30000;
  ws->target_t_co2_per_year = 6300;
  ws->discount_rate = 0.04;
  ws->illustrative = TRUE;

  factor->value = 0.15;
  factor->unit = g_strdup ("kg CO2e/kWh");
  factor->source = g_strdup ("Ember via Our World in Data");
  factor->year = g_strdup ("2023");
  factor->confidence = g_strdup ("H");
  g_ptr_array_add (ws->factors, factor);
  tiers->tiers = g_array_new (FALSE, FALSE, sizeof (WijkPriceTier));
  g_array_append_vals (tiers->tiers, tier_values, G_N_ELEMENTS (tier_values));
  tiers->unit = g_strdup ("€/kWp");
  tiers->note = g_strdup ("estimate");
  g_ptr_array_add (ws->factors, tiers);

  g_ptr_array_add (ws->organisations, fixture_org ("siemens", "Siemens", WIJK_ORG_KIND_COMPANY));
  g_ptr_array_add (ws->organisations, fixture_org ("leuven", "Stad Leuven", WIJK_ORG_KIND_PUBLIC));
  g_ptr_array_add (ws->organisations, fixture_org ("imec", "imec", WIJK_ORG_KIND_RESEARCH));
  ((WijkOrganisation *) g_ptr_array_index (ws->organisations, 0))->employees = 450;
  ((WijkOrganisation *) g_ptr_array_index (ws->organisations, 0))->colour = g_strdup ("#0072b2");
  ((WijkOrganisation *) g_ptr_array_index (ws->organisations, 0))->baseline_mwh_per_year = 5400.5;
  ((WijkOrganisation *) g_ptr_array_index (ws->organisations, 0))->illustrative = TRUE;

  plot->name = g_strdup ("Hall 3");  /* of kind "plot", the default */
  plot->owner_org = g_strdup ("siemens");
  plot->geometry = fixture_square (4.73, 50.86);
  plot->approximate = TRUE;
  g_ptr_array_add (ws->plots, plot);

  group->type = g_strdup ("solar_pv");
  group->name = g_strdup ("Solar 2027");
  g_ptr_array_add (ws->purchase_groups, group);

  g_ptr_array_add (ws->actions, fixture_pv_action ());
  trees->title = g_strdup ("Trees along Interleuvenlaan");
  trees->params[0] = 40;
  trees->location = wijk_geometry_new_point (4.7312, 50.8611);
  g_ptr_array_add (trees->owners, fixture_owner ("imec", WIJK_ROLE_LEAD, 1, 1));
  g_ptr_array_add (ws->actions, trees);

  comment->action_id = g_strdup ("a1");
  comment->author = g_strdup ("siemens");
  comment->text = g_strdup ("Roof load was checked in 2025.");
  comment->created = 1767225600;
  g_ptr_array_add (ws->comments, comment);

  approval->action_id = g_strdup ("a1");
  approval->org_id = g_strdup ("leuven");
  approval->approved = TRUE;
  approval->note = g_strdup ("Subject to the council's vote");
  approval->created = 1767225700;
  g_ptr_array_add (ws->approvals, approval);

  signature->org_id = g_strdup ("siemens");
  signature->signer_name = g_strdup ("An Peeters");
  signature->signer_role = g_strdup ("Site manager");
  signature->signed_at = 1767225800;
  signature->drawing = g_strdup ("[[[0,0],[10,12]]]");
  g_ptr_array_add (ws->signatures, signature);

  scenario->name = g_strdup ("Ambitious");
  scenario->description = g_strdup ("Everything agreed");
  scenario->actions_json = g_strdup ("[\"a1\",\"a2\"]");
  scenario->created = 1767225900;
  g_ptr_array_add (ws->scenarios, scenario);
  return ws;
}

/* Deep comparison, field by field, so a failure says which one. */

static inline void
assert_factors_equal (const WijkFactor *a,
                      const WijkFactor *b)
{
  g_assert_cmpstr (a->name, ==, b->name);
  g_assert_cmpfloat (a->value, ==, b->value);
  g_assert_cmpstr (a->unit, ==, b->unit);
  g_assert_cmpstr (a->source, ==, b->source);
  g_assert_cmpstr (a->year, ==, b->year);
  g_assert_cmpstr (a->confidence, ==, b->confidence);
  g_assert_cmpstr (a->note, ==, b->note);
  g_assert_true ((a->tiers == NULL) == (b->tiers == NULL));
  if (a->tiers != NULL)
    {
      g_assert_cmpuint (a->tiers->len, ==, b->tiers->len);
      for (guint i = 0; i < a->tiers->len; i++)
        {
          g_assert_cmpfloat (g_array_index (a->tiers, WijkPriceTier, i).min_quantity, ==,
                             g_array_index (b->tiers, WijkPriceTier, i).min_quantity);
          g_assert_cmpfloat (g_array_index (a->tiers, WijkPriceTier, i).unit_price_eur, ==,
                             g_array_index (b->tiers, WijkPriceTier, i).unit_price_eur);
        }
    }
}

static inline void
assert_actions_equal (const WijkAction *a,
                      const WijkAction *b)
{
  g_assert_cmpstr (a->id, ==, b->id);
  g_assert_cmpstr (a->type, ==, b->type);
  g_assert_cmpstr (a->title, ==, b->title);
  g_assert_cmpstr (a->description, ==, b->description);
  g_assert_cmpint (a->status, ==, b->status);
  g_assert_cmpint (a->start_year, ==, b->start_year);
  for (guint i = 0; i < WIJK_MAX_PARAMS; i++)
    g_assert_cmpfloat (a->params[i], ==, b->params[i]);
  g_assert_true (wijk_geometry_equal (a->location, b->location));
  g_assert_cmpstr (a->purchase_group, ==, b->purchase_group);
  g_assert_cmpint (a->purchase_status, ==, b->purchase_status);

  g_assert_cmpuint (a->owners->len, ==, b->owners->len);
  for (guint i = 0; i < a->owners->len; i++)
    {
      const WijkOwner *oa = g_ptr_array_index (a->owners, i);
      const WijkOwner *ob = g_ptr_array_index (b->owners, i);

      g_assert_cmpstr (oa->org_id, ==, ob->org_id);
      g_assert_cmpint (oa->role, ==, ob->role);
      g_assert_cmpfloat (oa->cost_share, ==, ob->cost_share);
      g_assert_cmpfloat (oa->benefit_share, ==, ob->benefit_share);
    }

  g_assert_cmpuint (a->financing->len, ==, b->financing->len);
  for (guint i = 0; i < a->financing->len; i++)
    {
      const WijkFinancing *fa = g_ptr_array_index (a->financing, i);
      const WijkFinancing *fb = g_ptr_array_index (b->financing, i);

      g_assert_cmpstr (fa->id, ==, fb->id);
      g_assert_cmpint (fa->kind, ==, fb->kind);
      g_assert_cmpstr (fa->org_id, ==, fb->org_id);
      g_assert_cmpstr (fa->label, ==, fb->label);
      g_assert_cmpfloat (fa->amount_eur, ==, fb->amount_eur);
      g_assert_cmpfloat (fa->share_of_capex, ==, fb->share_of_capex);
      g_assert_cmpfloat (fa->rate, ==, fb->rate);
      g_assert_cmpint (fa->years, ==, fb->years);
      g_assert_cmpfloat (fa->savings_share, ==, fb->savings_share);
    }
}

static inline void
assert_workshops_equal (const WijkWorkshop *a,
                        const WijkWorkshop *b)
{
  g_assert_cmpstr (a->uuid, ==, b->uuid);
  g_assert_cmpstr (a->name, ==, b->name);
  g_assert_cmpstr (a->site, ==, b->site);
  g_assert_cmpstr (a->language, ==, b->language);
  g_assert_cmpstr (a->currency, ==, b->currency);
  g_assert_cmpint (a->baseline_year, ==, b->baseline_year);
  g_assert_cmpint (a->target_year, ==, b->target_year);
  g_assert_cmpfloat (a->baseline_t_co2_per_year, ==, b->baseline_t_co2_per_year);
  g_assert_cmpfloat (a->target_t_co2_per_year, ==, b->target_t_co2_per_year);
  g_assert_cmpfloat (a->discount_rate, ==, b->discount_rate);
  g_assert_cmpint (a->illustrative, ==, b->illustrative);

  g_assert_cmpuint (a->factors->len, ==, b->factors->len);
  for (guint i = 0; i < a->factors->len; i++)
    assert_factors_equal (g_ptr_array_index (a->factors, i), g_ptr_array_index (b->factors, i));

  g_assert_cmpuint (a->organisations->len, ==, b->organisations->len);
  for (guint i = 0; i < a->organisations->len; i++)
    {
      const WijkOrganisation *oa = g_ptr_array_index (a->organisations, i);
      const WijkOrganisation *ob = g_ptr_array_index (b->organisations, i);

      g_assert_cmpstr (oa->id, ==, ob->id);
      g_assert_cmpstr (oa->name, ==, ob->name);
      g_assert_cmpint (oa->kind, ==, ob->kind);
      g_assert_cmpint (oa->employees, ==, ob->employees);
      g_assert_cmpfloat (oa->baseline_mwh_per_year, ==, ob->baseline_mwh_per_year);
      g_assert_cmpfloat (oa->baseline_t_co2_per_year, ==, ob->baseline_t_co2_per_year);
      g_assert_cmpstr (oa->colour, ==, ob->colour);
      g_assert_cmpint (oa->illustrative, ==, ob->illustrative);
    }

  g_assert_cmpuint (a->plots->len, ==, b->plots->len);
  for (guint i = 0; i < a->plots->len; i++)
    {
      const WijkPlot *pa = g_ptr_array_index (a->plots, i);
      const WijkPlot *pb = g_ptr_array_index (b->plots, i);

      g_assert_cmpstr (pa->id, ==, pb->id);
      g_assert_cmpstr (pa->name, ==, pb->name);
      g_assert_cmpstr (pa->kind, ==, pb->kind);
      g_assert_cmpstr (pa->owner_org, ==, pb->owner_org);
      g_assert_true (wijk_geometry_equal (pa->geometry, pb->geometry));
      g_assert_cmpint (pa->approximate, ==, pb->approximate);
    }

  g_assert_cmpuint (a->purchase_groups->len, ==, b->purchase_groups->len);
  for (guint i = 0; i < a->purchase_groups->len; i++)
    {
      const WijkPurchaseGroup *ga = g_ptr_array_index (a->purchase_groups, i);
      const WijkPurchaseGroup *gb = g_ptr_array_index (b->purchase_groups, i);

      g_assert_cmpstr (ga->id, ==, gb->id);
      g_assert_cmpstr (ga->type, ==, gb->type);
      g_assert_cmpstr (ga->name, ==, gb->name);
    }

  g_assert_cmpuint (a->actions->len, ==, b->actions->len);
  for (guint i = 0; i < a->actions->len; i++)
    assert_actions_equal (g_ptr_array_index (a->actions, i), g_ptr_array_index (b->actions, i));

  g_assert_cmpuint (a->comments->len, ==, b->comments->len);
  for (guint i = 0; i < a->comments->len; i++)
    {
      const WijkComment *ca = g_ptr_array_index (a->comments, i);
      const WijkComment *cb = g_ptr_array_index (b->comments, i);

      g_assert_cmpstr (ca->id, ==, cb->id);
      g_assert_cmpstr (ca->action_id, ==, cb->action_id);
      g_assert_cmpstr (ca->author, ==, cb->author);
      g_assert_cmpstr (ca->text, ==, cb->text);
      g_assert_cmpint (ca->created, ==, cb->created);
    }

  g_assert_cmpuint (a->approvals->len, ==, b->approvals->len);
  for (guint i = 0; i < a->approvals->len; i++)
    {
      const WijkApproval *pa = g_ptr_array_index (a->approvals, i);
      const WijkApproval *pb = g_ptr_array_index (b->approvals, i);

      g_assert_cmpstr (pa->id, ==, pb->id);
      g_assert_cmpstr (pa->action_id, ==, pb->action_id);
      g_assert_cmpstr (pa->org_id, ==, pb->org_id);
      g_assert_cmpint (pa->approved, ==, pb->approved);
      g_assert_cmpstr (pa->note, ==, pb->note);
      g_assert_cmpint (pa->created, ==, pb->created);
    }

  g_assert_cmpuint (a->signatures->len, ==, b->signatures->len);
  for (guint i = 0; i < a->signatures->len; i++)
    {
      const WijkSignature *sa = g_ptr_array_index (a->signatures, i);
      const WijkSignature *sb = g_ptr_array_index (b->signatures, i);

      g_assert_cmpstr (sa->id, ==, sb->id);
      g_assert_cmpstr (sa->org_id, ==, sb->org_id);
      g_assert_cmpstr (sa->signer_name, ==, sb->signer_name);
      g_assert_cmpstr (sa->signer_role, ==, sb->signer_role);
      g_assert_cmpint (sa->signed_at, ==, sb->signed_at);
      g_assert_cmpstr (sa->drawing, ==, sb->drawing);
    }

  g_assert_cmpuint (a->scenarios->len, ==, b->scenarios->len);
  for (guint i = 0; i < a->scenarios->len; i++)
    {
      const WijkScenario *sa = g_ptr_array_index (a->scenarios, i);
      const WijkScenario *sb = g_ptr_array_index (b->scenarios, i);

      g_assert_cmpstr (sa->id, ==, sb->id);
      g_assert_cmpstr (sa->name, ==, sb->name);
      g_assert_cmpstr (sa->description, ==, sb->description);
      g_assert_cmpstr (sa->actions_json, ==, sb->actions_json);
      g_assert_cmpint (sa->created, ==, sb->created);
    }
}

/* Closes @store (which must be the last reference), opens the file again
 * and checks that it holds what the store had in memory. */
static inline WijkStore *
reopen_and_compare (WijkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WijkWorkshop) before = wijk_workshop_copy (wijk_store_get_workshop (store));
  g_autofree char *path = g_strdup (wijk_store_get_path (store));
  WijkStore *reopened;

  g_assert_finalize_object (store);
  reopened = wijk_store_open (path, &error);
  g_assert_no_error (error);
  assert_workshops_equal (before, wijk_store_get_workshop (reopened));
  return reopened;
}

/* Raw access to a file, bypassing the store */

static inline char *
file_checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static inline void
assert_no_journals (const char *path)
{
  static const char * const suffixes[] = { "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (path, suffixes[i], NULL);

      if (g_file_test (name, G_FILE_TEST_EXISTS))
        g_error ("%s was left behind", name);
    }
}

static inline void
raw_exec (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

static inline gint64
raw_query_int (const char *path,
               const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  /* Read-write: a read-only connection leaves -wal and -shm behind. */
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  return value;
}

static inline WijkStore *
create_fixture_store (StoreFixture *fixture)
{
  g_autoptr(WijkWorkshop) ws = fixture_workshop ();
  g_autoptr(GError) error = NULL;
  WijkStore *store = wijk_store_create (fixture->path, ws, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}
