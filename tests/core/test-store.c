/* test-store.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "wijk-catalog.h"
#include "store-fixtures.h"

/* The workshop file: schema, creation, every edit and its refusal, the
 * workshop in memory kept in step with the file, Save As, signals. Undo is
 * in test-store-undo.c, refusing files in test-store-open.c. */

typedef struct
{
  guint           n_changed;
  WijkStoreChange last_change;
  char           *last_id;
  guint           n_can_undo;
} Listener;

static void
on_changed (WijkStore  *store,
            int         change,
            const char *id,
            Listener   *listener)
{
  listener->n_changed++;
  listener->last_change = change;
  g_free (listener->last_id);
  listener->last_id = g_strdup (id);
}

static void
on_can_undo (WijkStore  *store,
             GParamSpec *pspec,
             Listener   *listener)
{
  listener->n_can_undo++;
}

static void
listen (WijkStore *store,
        Listener  *listener)
{
  g_signal_connect (store, "changed", G_CALLBACK (on_changed), listener);
  g_signal_connect (store, "notify::can-undo", G_CALLBACK (on_can_undo), listener);
}

static void
assert_changed (Listener        *listener,
                guint            n,
                WijkStoreChange  change,
                const char      *id)
{
  g_assert_cmpuint (listener->n_changed, ==, n);
  g_assert_cmpint (listener->last_change, ==, change);
  g_assert_cmpstr (listener->last_id, ==, id);
}

#define assert_store_error(call, code, fragment)                               \
  G_STMT_START {                                                               \
    g_autoptr(GError) error_ = NULL;                                           \
    g_assert_false (call);                                                     \
    g_assert_error (error_, WIJK_STORE_ERROR, (code));                         \
    if (strstr (error_->message, (fragment)) == NULL)                          \
      g_error ("“%s” does not mention “%s”", error_->message, (fragment));    \
  } G_STMT_END

/* Schema and file */

static void
test_schema (StoreFixture  *fixture,
             gconstpointer  data)
{
  WijkStore *store = create_fixture_store (fixture);
  sqlite3 *db = NULL;
  sqlite3_stmt *tables = NULL;
  guint n_tables = 0;

  g_assert_finalize_object (store);
  assert_no_journals (fixture->path);

  /* "WIJK" in ASCII: 0x57 0x49 0x4A 0x4B = 87·2²⁴ + 73·2¹⁶ + 74·2⁸ + 75 =
   * 1464420939; schema version 3, WAL recorded in the header */
  g_assert_cmpint (raw_query_int (fixture->path, "PRAGMA application_id"), ==, 1464420939);
  g_assert_cmpint (raw_query_int (fixture->path, "PRAGMA user_version"), ==, 3);
  g_assert_cmpint (raw_query_int (fixture->path,
                                  "SELECT count(*) FROM pragma_journal_mode WHERE "
                                  "journal_mode = 'wal'"), ==, 1);

  /* Every table has an explicit primary key, which sessions need. */
  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_schema WHERE type = 'table'",
                                       -1, &tables, NULL), ==, SQLITE_OK);
  while (sqlite3_step (tables) == SQLITE_ROW)
    {
      const char *table = (const char *) sqlite3_column_text (tables, 0);
      sqlite3_stmt *pk = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM pragma_table_info (?1) "
                                           "WHERE pk > 0", -1, &pk, NULL), ==, SQLITE_OK);
      sqlite3_bind_text (pk, 1, table, -1, SQLITE_STATIC);
      g_assert_cmpint (sqlite3_step (pk), ==, SQLITE_ROW);
      if (sqlite3_column_int (pk, 0) == 0)
        g_error ("table %s has no primary key", table);
      sqlite3_finalize (pk);
      n_tables++;
    }
  sqlite3_finalize (tables);
  /* workshop, factors, organisations, plots, purchase_groups, actions,
   * action_params, action_owners, financing, comments, approvals,
   * signatures, scenarios, undo_steps */
  g_assert_cmpuint (n_tables, ==, 14);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);

  /* An action's children go with it. */
  g_assert_cmpint (raw_query_int (fixture->path,
                                  "SELECT count(*) FROM pragma_foreign_key_list('action_owners')"
                                  " WHERE \"table\" = 'actions' AND on_delete = 'CASCADE'"),
                   ==, 1);
  g_assert_cmpint (raw_query_int (fixture->path,
                                  "SELECT count(*) FROM pragma_foreign_key_list('action_params')"
                                  " WHERE on_delete = 'CASCADE'"), ==, 1);
}

static void
test_create_default (StoreFixture  *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) defaults = wijk_catalog_dup_default_factors ();
  WijkStore *store = wijk_store_create (fixture->path, NULL, &error);
  const WijkWorkshop *ws;
  g_autofree char *path = NULL;

  g_assert_no_error (error);
  ws = wijk_store_get_workshop (store);
  g_assert_cmpstr (ws->name, ==, "Untitled workshop");
  g_assert_true (g_uuid_string_is_valid (ws->uuid));
  g_assert_cmpuint (ws->factors->len, ==, defaults->len);
  for (guint i = 0; i < defaults->len; i++)
    assert_factors_equal (g_ptr_array_index (ws->factors, i), g_ptr_array_index (defaults, i));
  g_assert_cmpuint (ws->actions->len, ==, 0);

  /* The creation is not an undo step. */
  g_assert_false (wijk_store_can_undo (store));
  g_assert_false (wijk_store_can_redo (store));
  g_object_get (store, "path", &path, NULL);
  g_assert_cmpstr (path, ==, fixture->path);

  store = reopen_and_compare (store);
  g_assert_false (wijk_store_can_undo (store));
  g_assert_finalize_object (store);
}

static void
test_create_round_trip (StoreFixture  *fixture,
                        gconstpointer  data)
{
  g_autoptr(WijkWorkshop) expected = fixture_workshop ();
  g_autoptr(GError) error = NULL;
  WijkStore *store = wijk_store_create (fixture->path, expected, &error);

  g_assert_no_error (error);
  assert_workshops_equal (expected, wijk_store_get_workshop (store));
  store = reopen_and_compare (store);
  assert_workshops_equal (expected, wijk_store_get_workshop (store));
  g_assert_finalize_object (store);
}

static void
test_create_refused (StoreFixture  *fixture,
                     gconstpointer  data)
{
  g_autoptr(WijkWorkshop) invalid = fixture_workshop ();
  g_autoptr(GError) error = NULL;
  g_autofree char *sum = NULL;
  g_autofree char *sum_after = NULL;
  WijkStore *store;

  /* An invalid workshop creates nothing. */
  ((WijkAction *) g_ptr_array_index (invalid->actions, 0))->params[0] = NAN;
  store = wijk_store_create (fixture->path, invalid, &error);
  g_assert_null (store);
  g_assert_error (error, WIJK_STORE_ERROR, WIJK_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "kwp"));
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* Nor over an existing file, whatever it holds. */
  g_assert_true (g_file_set_contents (fixture->path, "my notes", -1, NULL));
  sum = file_checksum (fixture->path);
  store = wijk_store_create (fixture->path, NULL, &error);
  g_assert_null (store);
  g_assert_error (error, WIJK_STORE_ERROR, WIJK_STORE_ERROR_EXISTS);
  sum_after = file_checksum (fixture->path);
  g_assert_cmpstr (sum_after, ==, sum);
  assert_no_journals (fixture->path);
}

static void
test_exclusive (StoreFixture  *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  WijkStore *store = create_fixture_store (fixture);
  WijkStore *second;

  /* A second window or program gets "locked", not a second writer. */
  second = wijk_store_open (fixture->path, &error);
  g_assert_null (second);
  g_assert_error (error, WIJK_STORE_ERROR, WIJK_STORE_ERROR_LOCKED);
  g_assert_nonnull (strstr (error->message, "test.wijkpact"));
  g_clear_error (&error);

  g_assert_finalize_object (store);
  second = wijk_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_finalize_object (second);
}

/* Edits */

static void
test_workshop_info (StoreFixture  *fixture,
                    gconstpointer  data)
{
  WijkStore *store = create_fixture_store (fixture);
  g_autoptr(WijkWorkshop) info = wijk_workshop_copy (wijk_store_get_workshop (store));
  g_autofree char *uuid = g_strdup (info->uuid);
  Listener listener = { 0, };
  const WijkWorkshop *ws;

  listen (store, &listener);
  g_free (info->name);
  info->name = g_strdup ("Haasrode 2030");
  info->discount_rate = 0.06;
  info->target_year = 2035;
  g_free (info->uuid);
  info->uuid = g_strdup ("not-the-identity");
  g_assert_true (wijk_store_set_workshop_info (store, info, NULL));
  assert_changed (&listener, 1, WIJK_STORE_CHANGE_WORKSHOP, NULL);
  g_assert_cmpuint (listener.n_can_undo, ==, 1);

  ws = wijk_store_get_workshop (store);
  g_assert_cmpstr (ws->name, ==, "Haasrode 2030");
  g_assert_cmpfloat (ws->discount_rate, ==, 0.06);
  g_assert_cmpint (ws->target_year, ==, 2035);
  g_assert_cmpstr (ws->uuid, ==, uuid);  /* the identity stays */

  info->discount_rate = NAN;
  assert_store_error (wijk_store_set_workshop_info (store, info, &error_),
                      WIJK_STORE_ERROR_INVALID, "discount_rate");
  g_assert_cmpuint (listener.n_changed, ==, 1);
  g_assert_cmpfloat (wijk_store_get_workshop (store)->discount_rate, ==, 0.06);

  /* Setting the workshop's own settings onto itself is harmless. */
  g_assert_true (wijk_store_set_workshop_info (store, wijk_store_get_workshop (store), NULL));
  g_assert_cmpstr (wijk_store_get_workshop (store)->name, ==, "Haasrode 2030");

  g_free (listener.last_id);
  store = reopen_and_compare (store);
  g_assert_finalize_object (store);
}

static void
test_factor (StoreFixture  *fixture,
             gconstpointer  data)
{
  WijkStore *store = create_fixture_store (fixture);
  g_autoptr(WijkFactor) factor = wijk_factor_new ("grid_kg_co2_per_kwh");
  g_autoptr(WijkFactor) added = wijk_factor_new ("gas_kg_co2_per_kwh");
  Listener listener = { 0, };
  const WijkFactor *stored;

  listen (store, &listener);
  factor->value = 0.167;
  factor->source = g_strdup ("AIB residual mix via VREG");
  g_assert_true (wijk_store_put_factor (store, factor, NULL));
  assert_changed (&listener, 1, WIJK_STORE_CHANGE_FACTORS, "grid_kg_co2_per_kwh");
  stored = wijk_workshop_find_factor (wijk_store_get_workshop (store), "grid_kg_co2_per_kwh");
  assert_factors_equal (factor, stored);
  /* replaced in place: still first */
  g_assert_true (g_ptr_array_index (wijk_store_get_workshop (store)->factors, 0) == stored);

  added->value = 0.202;
  g_assert_true (wijk_store_put_factor (store, added, NULL));
  g_assert_cmpuint (wijk_store_get_workshop (store)->factors->len, ==, 3);

  added->value = INFINITY;
  assert_store_error (wijk_store_put_factor (store, added, &error_), WIJK_STORE_ERROR_INVALID,
                      "gas_kg_co2_per_kwh");
  g_assert_cmpuint (listener.n_changed, ==, 2);

  g_free (listener.last_id);
  store = reopen_and_compare (store);
  g_assert_finalize_object (store);
}

static void
test_organisation (StoreFixture  *fixture,
                   gconstpointer  data)
{
  WijkStore *store = create_fixture_store (fixture);
  g_autoptr(WijkOrganisation) sony = fixture_org ("sony", "Sony", WIJK_ORG_KIND_COMPANY);
  Listener listener = { 0, };
  const WijkWorkshop *ws;

  listen (store, &listener);
  g_assert_true (wijk_store_put_organisation (store, sony, NULL));
  assert_changed (&listener, 1, WIJK_STORE_CHANGE_ORGANISATIONS, "sony");
  g_free (sony->name);
  sony->name = g_strdup ("Sony Europe");
  g_assert_true (wijk_store_put_organisation (store, sony, NULL));
  ws = wijk_store_get_workshop (store);
  g_assert_cmpuint (ws->organisations->len, ==, 4);
  g_assert_cmpstr (wijk_workshop_find_organisation (ws, "sony")->name, ==, "Sony Europe");

  sony->colour = g_strdup ("blue");
  assert_store_error (wijk_store_put_organisation (store, sony, &error_),
                      WIJK_STORE_ERROR_INVALID, "blue");

  /* Siemens leads "PV on hall 3" and signed: it stays. */
  assert_store_error (wijk_store_delete_organisation (store, "siemens", &error_),
                      WIJK_STORE_ERROR_IN_USE, "“PV on hall 3”");
  /* Leuven funds it, approved it and finances it with a subsidy. */
  assert_store_error (wijk_store_delete_organisation (store, "leuven", &error_),
                      WIJK_STORE_ERROR_IN_USE, "1 approval or signature");
  assert_store_error (wijk_store_delete_organisation (store, "nokia", &error_),
                      WIJK_STORE_ERROR_NOT_FOUND, "nokia");
  g_assert_cmpuint (listener.n_changed, ==, 2);

  g_assert_true (wijk_store_delete_organisation (store, "sony", NULL));
  assert_changed (&listener, 3, WIJK_STORE_CHANGE_ORGANISATIONS, "sony");
  g_assert_null (wijk_workshop_find_organisation (wijk_store_get_workshop (store), "sony"));

  g_free (listener.last_id);
  store = reopen_and_compare (store);
  g_assert_finalize_object (store);
}

static void
test_organisation_with_plot (StoreFixture  *fixture,
                             gconstpointer  data)
{
  WijkStore *store = create_fixture_store (fixture);
  g_autoptr(WijkPlot) plot = wijk_plot_copy (g_ptr_array_index (wijk_store_get_workshop
                                                                (store)->plots, 0));

  /* imec owns a plot but no action: deleting it leaves the plot unowned. */
  g_free (plot->owner_org);
  plot->owner_org = g_strdup ("imec");
  g_assert_true (wijk_store_put_plot (store, plot, NULL));
  {
    g_autoptr(WijkAction) trees = wijk_action_copy (g_ptr_array_index (wijk_store_get_workshop
                                                                       (store)->actions, 1));
    g_ptr_array_set_size (trees->owners, 0);
    g_assert_true (wijk_store_put_action (store, trees, NULL));
  }
  g_assert_true (wijk_store_delete_organisation (store, "imec", NULL));
  g_assert_null (((WijkPlot *) g_ptr_array_index (wijk_store_get_workshop (store)->plots,
                                                  0))->owner_org);

  store = reopen_and_compare (store);
  g_assert_null (((WijkPlot *) g_ptr_array_index (wijk_store_get_workshop (store)->plots,
                                                  0))->owner_org);
  g_assert_finalize_object (store);
}

static void
test_plot (StoreFixture  *fixture,
           gconstpointer  data)
{
  WijkStore *store = create_fixture_store (fixture);
  g_autoptr(WijkPlot) plot = wijk_plot_new ("plot-2");
  Listener listener = { 0, };

  listen (store, &listener);
  g_free (plot->kind);
  plot->kind = g_strdup ("outline");
  plot->geometry = fixture_square (4.72, 50.85);
  g_assert_true (wijk_store_put_plot (store, plot, NULL));
  assert_changed (&listener, 1, WIJK_STORE_CHANGE_PLOTS, "plot-2");
  g_assert_cmpuint (wijk_store_get_workshop (store)->plots->len, ==, 2);

  plot->owner_org = g_strdup ("nikon");
  assert_store_error (wijk_store_put_plot (store, plot, &error_), WIJK_STORE_ERROR_INVALID,
                      "nikon");

  g_assert_true (wijk_store_delete_plot (store, "plot-1", NULL));
  assert_changed (&listener, 2, WIJK_STORE_CHANGE_PLOTS, "plot-1");
  assert_store_error (wijk_store_delete_plot (store, "plot-1", &error_),
                      WIJK_STORE_ERROR_NOT_FOUND, "plot-1");
  g_assert_cmpuint (wijk_store_get_workshop (store)->plots->len, ==, 1);

  g_free (listener.last_id);
  store = reopen_and_compare (store);
  g_assert_finalize_object (store);
}

static void
test_action_put (StoreFixture  *fixture,
                 gconstpointer  data)
{
  WijkStore *store = create_fixture_store (fixture);
  g_autoptr(WijkAction) action = fixture_pv_action ();
  g_autoptr(WijkAction) bikes = wijk_action_new ("a3", "bike_shift");
  Listener listener = { 0, };
  const WijkAction *stored;

  listen (store, &listener);

  /* Replace: one owner and one financing line less, a new title. */
  g_free (action->title);
  action->title = g_strdup ("PV on halls 3 and 4");
  g_ptr_array_remove_index (action->owners, 1);
  ((WijkOwner *) g_ptr_array_index (action->owners, 0))->cost_share = 1;
  ((WijkOwner *) g_ptr_array_index (action->owners, 0))->benefit_share = 1;
  g_ptr_array_remove_index (action->financing, 0);
  g_assert_true (wijk_store_put_action (store, action, NULL));
  assert_changed (&listener, 1, WIJK_STORE_CHANGE_ACTIONS, "a1");
  stored = wijk_workshop_find_action (wijk_store_get_workshop (store), "a1");
  assert_actions_equal (action, stored);
  g_assert_true (g_ptr_array_index (wijk_store_get_workshop (store)->actions, 0) == stored);

  /* A new one with the catalogue's defaults */
  wijk_action_type_set_defaults (wijk_catalog_lookup ("bike_shift"), bikes);
  g_assert_true (wijk_store_put_action (store, bikes, NULL));
  g_assert_cmpuint (wijk_store_get_workshop (store)->actions->len, ==, 3);

  /* Another type: the parameters follow it. */
  g_free (bikes->type);
  bikes->type = g_strdup ("trees");
  wijk_action_type_set_defaults (wijk_catalog_lookup ("trees"), bikes);
  g_assert_true (wijk_store_put_action (store, bikes, NULL));
  g_free (listener.last_id);

  store = reopen_and_compare (store);
  /* trees has one parameter: no rows of bike_shift's are left */
  g_assert_finalize_object (store);
  g_assert_cmpint (raw_query_int (fixture->path,
                                  "SELECT count(*) FROM action_params WHERE action_id = 'a3'"),
                   ==, 1);
  g_assert_cmpint (raw_query_int (fixture->path,
                                  "SELECT count(*) FROM financing WHERE action_id = 'a1'"), ==, 1);
}

static void
test_action_refused (StoreFixture  *fixture,
                     gconstpointer  data)
{
  WijkStore *store = create_fixture_store (fixture);
  g_autoptr(WijkAction) action = fixture_pv_action ();
  g_autoptr(WijkAction) other = wijk_action_new ("a9", "solar_pv");
  Listener listener = { 0, };

  listen (store, &listener);

  /* Agreed, but 0.6 + 0.3 of the costs */
  ((WijkOwner *) g_ptr_array_index (action->owners, 1))->cost_share = 0.3;
  assert_store_error (wijk_store_put_action (store, action, &error_), WIJK_STORE_ERROR_INVALID,
                      "cost shares add up to 90 %");
  ((WijkOwner *) g_ptr_array_index (action->owners, 1))->cost_share = 0.4;

  g_free (action->purchase_group);
  action->purchase_group = g_strdup ("pv-2099");
  assert_store_error (wijk_store_put_action (store, action, &error_), WIJK_STORE_ERROR_INVALID,
                      "pv-2099");

  /* A financing line of a1 cannot be taken over by a9. */
  wijk_action_type_set_defaults (wijk_catalog_lookup ("solar_pv"), other);
  g_ptr_array_add (other->financing, wijk_financing_new ("f-loan"));
  assert_store_error (wijk_store_put_action (store, other, &error_), WIJK_STORE_ERROR_INVALID,
                      "f-loan");

  g_assert_cmpuint (listener.n_changed, ==, 0);
  g_assert_false (wijk_store_can_undo (store));
  store = reopen_and_compare (store);
  g_assert_finalize_object (store);
}

static void
test_action_param (StoreFixture  *fixture,
                   gconstpointer  data)
{
  WijkStore *store = create_fixture_store (fixture);
  Listener listener = { 0, };
  const WijkAction *action;

  listen (store, &listener);
  g_assert_true (wijk_store_set_action_param (store, "a1", "kwp", 300, NULL));
  assert_changed (&listener, 1, WIJK_STORE_CHANGE_ACTIONS, "a1");
  action = wijk_workshop_find_action (wijk_store_get_workshop (store), "a1");
  g_assert_cmpfloat (action->params[0], ==, 300);
  g_assert_cmpfloat (action->params[1], ==, 0.7);

  assert_store_error (wijk_store_set_action_param (store, "a1", "kwp", 1e6, &error_),
                      WIJK_STORE_ERROR_INVALID, "parameter “kwp” is 1e+06, outside 0–100000");
  assert_store_error (wijk_store_set_action_param (store, "a1", "kwp", NAN, &error_),
                      WIJK_STORE_ERROR_INVALID, "kwp");
  assert_store_error (wijk_store_set_action_param (store, "a1", "trees", 3, &error_),
                      WIJK_STORE_ERROR_INVALID, "no parameter “trees”");
  assert_store_error (wijk_store_set_action_param (store, "a2", "trees", 3.5, &error_),
                      WIJK_STORE_ERROR_INVALID, "3.5");
  assert_store_error (wijk_store_set_action_param (store, "a7", "kwp", 3, &error_),
                      WIJK_STORE_ERROR_NOT_FOUND, "a7");
  g_assert_cmpuint (listener.n_changed, ==, 1);
  g_assert_cmpfloat (action->params[0], ==, 300);

  g_free (listener.last_id);
  store = reopen_and_compare (store);
  g_assert_finalize_object (store);
}

static void
test_action_delete (StoreFixture  *fixture,
                    gconstpointer  data)
{
  WijkStore *store = create_fixture_store (fixture);
  Listener listener = { 0, };
  const WijkWorkshop *ws;

  listen (store, &listener);
  g_assert_true (wijk_store_delete_action (store, "a1", NULL));
  assert_changed (&listener, 1, WIJK_STORE_CHANGE_ACTIONS, "a1");
  ws = wijk_store_get_workshop (store);
  g_assert_null (wijk_workshop_find_action (ws, "a1"));
  g_assert_cmpuint (ws->actions->len, ==, 1);
  g_assert_cmpuint (ws->comments->len, ==, 0);
  g_assert_cmpuint (ws->approvals->len, ==, 0);
  assert_store_error (wijk_store_delete_action (store, "a1", &error_),
                      WIJK_STORE_ERROR_NOT_FOUND, "a1");

  /* Siemens owns nothing any more, but it signed: it stays. */
  assert_store_error (wijk_store_delete_organisation (store, "siemens", &error_),
                      WIJK_STORE_ERROR_IN_USE, "signature");

  g_free (listener.last_id);
  store = reopen_and_compare (store);
  g_assert_finalize_object (store);

  /* The rows went with the action. */
  g_assert_cmpint (raw_query_int (fixture->path, "SELECT count(*) FROM action_params WHERE "
                                  "action_id = 'a1'"), ==, 0);
  g_assert_cmpint (raw_query_int (fixture->path, "SELECT count(*) FROM action_owners WHERE "
                                  "action_id = 'a1'"), ==, 0);
  g_assert_cmpint (raw_query_int (fixture->path, "SELECT count(*) FROM financing"), ==, 0);
}

/* A caller may hand a delete the id of the very record that the delete
 * removes from the store's cache (the GUI does, with an item's id); the
 * "changed" signal must still carry the id, not freed memory. */
static void
test_delete_by_cached_id (StoreFixture  *fixture,
                          gconstpointer  data)
{
  WijkStore *store = create_fixture_store (fixture);
  Listener listener = { 0, };
  const WijkWorkshop *ws = wijk_store_get_workshop (store);
  WijkAction *action = wijk_workshop_find_action (ws, "a2");
  WijkComment *comment = g_ptr_array_index (ws->comments, 0);
  WijkScenario *scenario = g_ptr_array_index (ws->scenarios, 0);

  listen (store, &listener);
  g_assert_true (wijk_store_delete_action (store, action->id, NULL));
  assert_changed (&listener, 1, WIJK_STORE_CHANGE_ACTIONS, "a2");

  ws = wijk_store_get_workshop (store);
  comment = g_ptr_array_index (ws->comments, 0);
  g_assert_cmpstr (comment->id, ==, "c1");
  g_assert_true (wijk_store_delete_comment (store, comment->id, NULL));
  assert_changed (&listener, 2, WIJK_STORE_CHANGE_COMMENTS, "c1");

  ws = wijk_store_get_workshop (store);
  scenario = g_ptr_array_index (ws->scenarios, 0);
  g_assert_true (wijk_store_delete_scenario (store, scenario->id, NULL));
  assert_changed (&listener, 3, WIJK_STORE_CHANGE_SCENARIOS, "sc1");

  ws = wijk_store_get_workshop (store);
  g_assert_true (wijk_store_delete_plot (store, wijk_workshop_find_plot (ws, "plot-1")->id, NULL));
  assert_changed (&listener, 4, WIJK_STORE_CHANGE_PLOTS, "plot-1");

  g_free (listener.last_id);
  store = reopen_and_compare (store);
  g_assert_finalize_object (store);
}

static void
test_purchase_group (StoreFixture  *fixture,
                     gconstpointer  data)
{
  WijkStore *store = create_fixture_store (fixture);
  g_autoptr(WijkPurchaseGroup) group = wijk_purchase_group_new ("pv-2027");
  Listener listener = { 0, };

  listen (store, &listener);

  /* a1 (solar_pv) is a member: the group cannot turn into trees. */
  group->type = g_strdup ("trees");
  assert_store_error (wijk_store_put_purchase_group (store, group, &error_),
                      WIJK_STORE_ERROR_IN_USE, "PV on hall 3");
  g_free (group->type);
  group->type = g_strdup ("solar_pv");
  group->name = g_strdup ("Solar roofs 2027");
  g_assert_true (wijk_store_put_purchase_group (store, group, NULL));
  assert_changed (&listener, 1, WIJK_STORE_CHANGE_PURCHASE_GROUPS, "pv-2027");

  g_free (group->type);
  group->type = g_strdup ("carpool");
  assert_store_error (wijk_store_put_purchase_group (store, group, &error_),
                      WIJK_STORE_ERROR_INVALID, "carpool");

  g_assert_true (wijk_store_delete_purchase_group (store, "pv-2027", NULL));
  assert_changed (&listener, 2, WIJK_STORE_CHANGE_PURCHASE_GROUPS, "pv-2027");
  g_assert_null (wijk_workshop_find_action (wijk_store_get_workshop (store),
                                            "a1")->purchase_group);
  assert_store_error (wijk_store_delete_purchase_group (store, "pv-2027", &error_),
                      WIJK_STORE_ERROR_NOT_FOUND, "pv-2027");

  g_free (listener.last_id);
  store = reopen_and_compare (store);
  g_assert_finalize_object (store);
}

static void
test_other_records (StoreFixture  *fixture,
                    gconstpointer  data)
{
  WijkStore *store = create_fixture_store (fixture);
  g_autoptr(WijkComment) comment = wijk_comment_new ("c2");
  g_autoptr(WijkApproval) approval = wijk_approval_new ("ap2");
  g_autoptr(WijkSignature) signature = wijk_signature_new ("sig2");
  g_autoptr(WijkScenario) scenario = wijk_scenario_new ("sc2");
  Listener listener = { 0, };
  const WijkWorkshop *ws;

  listen (store, &listener);

  comment->text = g_strdup ("Can we add the car park?");
  g_assert_true (wijk_store_put_comment (store, comment, NULL));
  assert_changed (&listener, 1, WIJK_STORE_CHANGE_COMMENTS, "c2");
  comment->action_id = g_strdup ("a8");
  assert_store_error (wijk_store_put_comment (store, comment, &error_),
                      WIJK_STORE_ERROR_INVALID, "a8");

  approval->action_id = g_strdup ("a2");
  approval->org_id = g_strdup ("imec");
  approval->approved = TRUE;
  g_assert_true (wijk_store_put_approval (store, approval, NULL));
  assert_changed (&listener, 2, WIJK_STORE_CHANGE_APPROVALS, "ap2");
  approval->created = -1;
  assert_store_error (wijk_store_put_approval (store, approval, &error_),
                      WIJK_STORE_ERROR_INVALID, "created");

  signature->org_id = g_strdup ("leuven");
  signature->signer_name = g_strdup ("Burgemeester");
  g_assert_true (wijk_store_put_signature (store, signature, NULL));
  assert_changed (&listener, 3, WIJK_STORE_CHANGE_SIGNATURES, "sig2");
  g_free (signature->org_id);
  signature->org_id = g_strdup ("sony");
  assert_store_error (wijk_store_put_signature (store, signature, &error_),
                      WIJK_STORE_ERROR_INVALID, "sony");

  scenario->name = g_strdup ("Cautious");
  g_assert_true (wijk_store_put_scenario (store, scenario, NULL));
  assert_changed (&listener, 4, WIJK_STORE_CHANGE_SCENARIOS, "sc2");
  g_free (scenario->description);
  scenario->description = g_strdup ("Only what is funded");
  g_assert_true (wijk_store_put_scenario (store, scenario, NULL));
  g_clear_pointer (&scenario->name, g_free);
  assert_store_error (wijk_store_put_scenario (store, scenario, &error_),
                      WIJK_STORE_ERROR_INVALID, "name");

  ws = wijk_store_get_workshop (store);
  g_assert_cmpuint (ws->comments->len, ==, 2);
  g_assert_cmpuint (ws->approvals->len, ==, 2);
  g_assert_cmpuint (ws->signatures->len, ==, 2);
  g_assert_cmpuint (ws->scenarios->len, ==, 2);
  g_assert_cmpstr (((WijkScenario *) g_ptr_array_index (ws->scenarios, 1))->description, ==,
                   "Only what is funded");

  g_assert_true (wijk_store_delete_comment (store, "c1", NULL));
  assert_changed (&listener, 6, WIJK_STORE_CHANGE_COMMENTS, "c1");
  g_assert_true (wijk_store_delete_scenario (store, "sc1", NULL));
  assert_changed (&listener, 7, WIJK_STORE_CHANGE_SCENARIOS, "sc1");
  assert_store_error (wijk_store_delete_scenario (store, "sc1", &error_),
                      WIJK_STORE_ERROR_NOT_FOUND, "sc1");

  g_free (listener.last_id);
  store = reopen_and_compare (store);
  g_assert_cmpuint (wijk_store_get_workshop (store)->comments->len, ==, 1);
  g_assert_finalize_object (store);
}

/* Save As */

static void
test_save_as (StoreFixture  *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *copy_path = fixture_file (fixture, "copy.wijkpact");
  WijkStore *store = create_fixture_store (fixture);
  WijkStore *copy;

  g_assert_true (wijk_store_set_action_param (store, "a1", "kwp", 320, NULL));
  g_assert_true (wijk_store_save_as (store, copy_path, &error));
  g_assert_no_error (error);

  /* The store stays on its own file and goes on writing there. */
  g_assert_cmpstr (wijk_store_get_path (store), ==, fixture->path);
  assert_no_journals (copy_path);
  copy = wijk_store_open (copy_path, &error);
  g_assert_no_error (error);
  assert_workshops_equal (wijk_store_get_workshop (store), wijk_store_get_workshop (copy));

  /* The copy has the history too. */
  g_assert_true (wijk_store_can_undo (copy));
  g_assert_true (wijk_store_undo (copy, NULL));
  g_assert_cmpfloat (wijk_workshop_find_action (wijk_store_get_workshop (copy),
                                                "a1")->params[0], ==, 250);
  g_assert_finalize_object (copy);

  /* Never over an existing file */
  g_assert_false (wijk_store_save_as (store, copy_path, &error));
  g_assert_error (error, WIJK_STORE_ERROR, WIJK_STORE_ERROR_EXISTS);
  g_assert_finalize_object (store);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  store_fixture_add ("/wijk/store/schema", test_schema);
  store_fixture_add ("/wijk/store/create/default", test_create_default);
  store_fixture_add ("/wijk/store/create/round-trip", test_create_round_trip);
  store_fixture_add ("/wijk/store/create/refused", test_create_refused);
  store_fixture_add ("/wijk/store/exclusive", test_exclusive);
  store_fixture_add ("/wijk/store/edit/workshop-info", test_workshop_info);
  store_fixture_add ("/wijk/store/edit/factor", test_factor);
  store_fixture_add ("/wijk/store/edit/organisation", test_organisation);
  store_fixture_add ("/wijk/store/edit/organisation-with-plot", test_organisation_with_plot);
  store_fixture_add ("/wijk/store/edit/plot", test_plot);
  store_fixture_add ("/wijk/store/edit/action", test_action_put);
  store_fixture_add ("/wijk/store/edit/action-refused", test_action_refused);
  store_fixture_add ("/wijk/store/edit/action-param", test_action_param);
  store_fixture_add ("/wijk/store/edit/action-delete", test_action_delete);
  store_fixture_add ("/wijk/store/edit/delete-by-cached-id", test_delete_by_cached_id);
  store_fixture_add ("/wijk/store/edit/purchase-group", test_purchase_group);
  store_fixture_add ("/wijk/store/edit/other-records", test_other_records);
  store_fixture_add ("/wijk/store/save-as", test_save_as);

  return g_test_run ();
}
