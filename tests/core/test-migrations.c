/* test-migrations.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "store-fixtures.h"

/* One test per migration: a file of each old version is built here with
 * raw SQL, as that version of Wijkpact wrote it (not with the store's own
 * code), then opened. Its content must come through and the file must end
 * at the current version. */

/* The schema of version 1, as shipped. */
static const char schema_v1[] =
  "PRAGMA application_id = 1464420939;"
  "PRAGMA user_version = 1;"
  "CREATE TABLE workshop (id INTEGER PRIMARY KEY CHECK (id = 1), uuid TEXT NOT NULL,"
  " name TEXT NOT NULL, site TEXT, language TEXT, currency TEXT,"
  " baseline_year INTEGER NOT NULL DEFAULT 0, target_year INTEGER NOT NULL DEFAULT 0,"
  " baseline_t_co2_per_year REAL NOT NULL DEFAULT 0,"
  " target_t_co2_per_year REAL NOT NULL DEFAULT 0, discount_rate REAL NOT NULL DEFAULT 0.04);"
  "CREATE TABLE factors (name TEXT PRIMARY KEY NOT NULL, value REAL NOT NULL DEFAULT 0,"
  " tiers TEXT, unit TEXT, source TEXT, year TEXT, confidence TEXT, note TEXT);"
  "CREATE TABLE organisations (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL,"
  " kind TEXT NOT NULL, employees INTEGER NOT NULL DEFAULT 0,"
  " baseline_mwh_per_year REAL NOT NULL DEFAULT 0,"
  " baseline_t_co2_per_year REAL NOT NULL DEFAULT 0, colour TEXT);"
  "CREATE TABLE plots (id TEXT PRIMARY KEY NOT NULL, name TEXT, kind TEXT NOT NULL,"
  " owner_org TEXT REFERENCES organisations (id) ON DELETE SET NULL, geometry TEXT NOT NULL);"
  "CREATE INDEX plots_owner_org ON plots (owner_org);"
  "CREATE TABLE purchase_groups (id TEXT PRIMARY KEY NOT NULL, type TEXT NOT NULL, name TEXT);"
  "CREATE TABLE actions (id TEXT PRIMARY KEY NOT NULL, type TEXT NOT NULL,"
  " theme TEXT NOT NULL, title TEXT, description TEXT, status TEXT NOT NULL DEFAULT 'idea',"
  " start_year INTEGER NOT NULL DEFAULT 0,"
  " purchase_group TEXT REFERENCES purchase_groups (id) ON DELETE SET NULL, location TEXT);"
  "CREATE INDEX actions_purchase_group ON actions (purchase_group);"
  "CREATE TABLE action_params (action_id TEXT NOT NULL REFERENCES actions (id)"
  " ON DELETE CASCADE, name TEXT NOT NULL, value REAL NOT NULL, PRIMARY KEY (action_id, name));"
  "CREATE TABLE action_owners (action_id TEXT NOT NULL REFERENCES actions (id)"
  " ON DELETE CASCADE, org_id TEXT NOT NULL REFERENCES organisations (id),"
  " position INTEGER NOT NULL DEFAULT 0, role TEXT NOT NULL,"
  " cost_share REAL NOT NULL DEFAULT 0, benefit_share REAL NOT NULL DEFAULT 0,"
  " PRIMARY KEY (action_id, org_id));"
  "CREATE INDEX action_owners_org_id ON action_owners (org_id);"
  "CREATE TABLE financing (id TEXT PRIMARY KEY NOT NULL, action_id TEXT NOT NULL"
  " REFERENCES actions (id) ON DELETE CASCADE, position INTEGER NOT NULL DEFAULT 0,"
  " kind TEXT NOT NULL, org_id TEXT REFERENCES organisations (id), label TEXT,"
  " amount_eur REAL NOT NULL DEFAULT 0, share_of_capex REAL NOT NULL DEFAULT 0,"
  " rate REAL NOT NULL DEFAULT 0, years INTEGER NOT NULL DEFAULT 0,"
  " savings_share REAL NOT NULL DEFAULT 0);"
  "CREATE INDEX financing_action_id ON financing (action_id);"
  "CREATE INDEX financing_org_id ON financing (org_id);"
  "CREATE TABLE comments (id TEXT PRIMARY KEY NOT NULL, action_id TEXT REFERENCES actions (id)"
  " ON DELETE CASCADE, author TEXT, text TEXT NOT NULL, created INTEGER NOT NULL DEFAULT 0);"
  "CREATE INDEX comments_action_id ON comments (action_id);"
  "CREATE TABLE approvals (id TEXT PRIMARY KEY NOT NULL, action_id TEXT NOT NULL"
  " REFERENCES actions (id) ON DELETE CASCADE, org_id TEXT NOT NULL"
  " REFERENCES organisations (id), approved INTEGER NOT NULL DEFAULT 0, note TEXT,"
  " created INTEGER NOT NULL DEFAULT 0);"
  "CREATE INDEX approvals_action_id ON approvals (action_id);"
  "CREATE INDEX approvals_org_id ON approvals (org_id);"
  "CREATE TABLE signatures (id TEXT PRIMARY KEY NOT NULL, org_id TEXT NOT NULL"
  " REFERENCES organisations (id), signer_name TEXT NOT NULL, signer_role TEXT,"
  " signed_at INTEGER NOT NULL DEFAULT 0, drawing TEXT);"
  "CREATE INDEX signatures_org_id ON signatures (org_id);"
  "CREATE TABLE undo_steps (seq INTEGER PRIMARY KEY, grp INTEGER NOT NULL,"
  " redo INTEGER NOT NULL DEFAULT 0, label TEXT NOT NULL, changeset BLOB NOT NULL);"
  "CREATE INDEX undo_steps_redo ON undo_steps (seq) WHERE redo = 1;";

/* What version 1 of Wijkpact wrote for a small workshop. */
static const char content_v1[] =
  "INSERT INTO workshop VALUES (1, '5b0c7a4e-2f64-4a3c-9d1e-0c9a2b6f7e10', 'Haasrode',"
  " NULL, 'nl', 'EUR', 2024, 2030, 30000, 6300, 0.04);"
  "INSERT INTO factors VALUES ('grid_kg_co2_per_kwh', 0.15, NULL, 'kg CO2e/kWh',"
  " 'Ember', '2023', 'H', NULL);"
  "INSERT INTO organisations VALUES ('siemens', 'Siemens', 'company', 450, 0, 0, '#0072b2');"
  "INSERT INTO plots VALUES ('p1', 'Hall 3', 'plot', 'siemens', '{\"type\":\"Polygon\","
  "\"coordinates\":[[[4.73,50.86],[4.731,50.86],[4.731,50.861],[4.73,50.86]]]}');"
  "INSERT INTO purchase_groups VALUES ('pv-2027', 'solar_pv', 'Solar 2027');"
  "INSERT INTO actions VALUES ('a1', 'solar_pv', 'renewable_energy', 'PV on hall 3', NULL,"
  " 'agreed', 2027, 'pv-2027', '{\"type\":\"Point\",\"coordinates\":[4.7305,50.8605]}');"
  "INSERT INTO action_params VALUES ('a1', 'kwp', 250), ('a1', 'self_consumption', 0.7);"
  "INSERT INTO action_owners VALUES ('a1', 'siemens', 0, 'lead', 1, 1);"
  "INSERT INTO financing VALUES ('f1', 'a1', 0, 'loan', NULL, 'KBC', 100000, 0, 0.045, 10, 0);"
  "INSERT INTO comments VALUES ('c1', 'a1', 'siemens', 'Roof checked', 1767225600);"
  "INSERT INTO undo_steps VALUES (1, 1, 0, 'Change parameter', x'00');";

/* Version 2 added purchase_status and scenarios. */
static const char schema_v2[] =
  "ALTER TABLE actions ADD COLUMN purchase_status TEXT NOT NULL DEFAULT 'committed';"
  "CREATE TABLE scenarios (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL,"
  " description TEXT, actions TEXT, created INTEGER NOT NULL DEFAULT 0);"
  "PRAGMA user_version = 2;";

static const char content_v2[] =
  "UPDATE actions SET purchase_status = 'interested' WHERE id = 'a1';"
  "INSERT INTO scenarios VALUES ('sc1', 'Ambitious', NULL, '[\"a1\"]', 1767225900);";

static void
assert_v1_content (const WijkWorkshop *ws)
{
  const WijkAction *action = wijk_workshop_find_action (ws, "a1");
  const WijkPlot *plot = wijk_workshop_find_plot (ws, "p1");

  g_assert_cmpstr (ws->uuid, ==, "5b0c7a4e-2f64-4a3c-9d1e-0c9a2b6f7e10");
  g_assert_cmpstr (ws->name, ==, "Haasrode");
  g_assert_cmpfloat (ws->target_t_co2_per_year, ==, 6300);
  g_assert_cmpuint (ws->factors->len, ==, 1);
  g_assert_cmpint (wijk_workshop_find_organisation (ws, "siemens")->employees, ==, 450);
  g_assert_cmpstr (plot->owner_org, ==, "siemens");
  g_assert_cmpint (plot->geometry->kind, ==, WIJK_GEOMETRY_POLYGON);
  g_assert_nonnull (action);
  g_assert_cmpint (action->status, ==, WIJK_STATUS_AGREED);
  g_assert_cmpfloat (action->params[0], ==, 250);
  g_assert_cmpfloat (action->params[1], ==, 0.7);
  g_assert_cmpuint (action->owners->len, ==, 1);
  g_assert_cmpuint (action->financing->len, ==, 1);
  g_assert_cmpfloat (action->location->point.lon, ==, 4.7305);
  g_assert_cmpuint (ws->comments->len, ==, 1);
}

static WijkStore *
open_and_check_version (StoreFixture *fixture)
{
  g_autoptr(GError) error = NULL;
  WijkStore *store = wijk_store_open (fixture->path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

static void
test_v1 (StoreFixture  *fixture,
         gconstpointer  data)
{
  WijkStore *store;
  const WijkWorkshop *ws;

  raw_exec (fixture->path, schema_v1);
  raw_exec (fixture->path, content_v1);

  store = open_and_check_version (fixture);
  ws = wijk_store_get_workshop (store);
  assert_v1_content (ws);
  /* The columns of versions 2 and 3 take their defaults. */
  g_assert_cmpint (wijk_workshop_find_action (ws, "a1")->purchase_status, ==,
                   WIJK_PURCHASE_COMMITTED);
  g_assert_cmpuint (ws->scenarios->len, ==, 0);
  g_assert_false (ws->illustrative);
  g_assert_false (wijk_workshop_find_plot (ws, "p1")->approximate);
  /* The old history cannot be applied to the new tables. */
  g_assert_false (wijk_store_can_undo (store));

  /* The upgraded file takes the new things and keeps them. */
  {
    g_autoptr(WijkScenario) scenario = wijk_scenario_new ("sc1");

    scenario->name = g_strdup ("Cautious");
    g_assert_true (wijk_store_put_scenario (store, scenario, NULL));
  }
  g_assert_true (wijk_store_set_action_param (store, "a1", "kwp", 300, NULL));
  store = reopen_and_compare (store);
  g_assert_true (wijk_store_undo (store, NULL));
  g_assert_finalize_object (store);

  g_assert_cmpint (raw_query_int (fixture->path, "PRAGMA user_version"), ==, 3);
  g_assert_cmpint (raw_query_int (fixture->path, "SELECT count(*) FROM pragma_journal_mode "
                                  "WHERE journal_mode = 'wal'"), ==, 1);
}

static void
test_v2 (StoreFixture  *fixture,
         gconstpointer  data)
{
  WijkStore *store;
  const WijkWorkshop *ws;

  raw_exec (fixture->path, schema_v1);
  raw_exec (fixture->path, content_v1);
  raw_exec (fixture->path, schema_v2);
  raw_exec (fixture->path, content_v2);

  store = open_and_check_version (fixture);
  ws = wijk_store_get_workshop (store);
  assert_v1_content (ws);
  g_assert_cmpint (wijk_workshop_find_action (ws, "a1")->purchase_status, ==,
                   WIJK_PURCHASE_INTERESTED);
  g_assert_cmpuint (ws->scenarios->len, ==, 1);
  g_assert_cmpstr (((WijkScenario *) g_ptr_array_index (ws->scenarios, 0))->actions_json, ==,
                   "[\"a1\"]");
  g_assert_false (wijk_workshop_find_organisation (ws, "siemens")->illustrative);
  store = reopen_and_compare (store);
  g_assert_finalize_object (store);
  g_assert_cmpint (raw_query_int (fixture->path, "PRAGMA user_version"), ==, 3);
}

static void
test_failed_migration (StoreFixture  *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  WijkStore *store;

  /* A version 1 file that already has a table named like version 2's:
   * the upgrade to 2 fails and is rolled back as a whole. */
  raw_exec (fixture->path, schema_v1);
  raw_exec (fixture->path, content_v1);
  raw_exec (fixture->path, "CREATE TABLE scenarios (id TEXT PRIMARY KEY)");

  store = wijk_store_open (fixture->path, &error);
  g_assert_null (store);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "version 2"));
  assert_no_journals (fixture->path);
  g_assert_cmpint (raw_query_int (fixture->path, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (raw_query_int (fixture->path, "SELECT count(*) FROM pragma_table_info "
                                  "('actions') WHERE name = 'purchase_status'"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  store_fixture_add ("/wijk/store/migrations/from-1", test_v1);
  store_fixture_add ("/wijk/store/migrations/from-2", test_v2);
  store_fixture_add ("/wijk/store/migrations/failed", test_failed_migration);

  return g_test_run ();
}
