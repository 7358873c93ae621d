/* test-store-undo.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "store-fixtures.h"

/* Undo and redo: stored in the file, grouped, across a restart, with the
 * rows an action or an organisation takes along, and refused as a whole
 * when the history does not match the file. */

static double
kwp (WijkStore *store)
{
  return wijk_workshop_find_action (wijk_store_get_workshop (store), "a1")->params[0];
}

static void
on_notify (WijkStore  *store,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
}

static void
test_basic (StoreFixture  *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  WijkStore *store = create_fixture_store (fixture);
  g_autofree char *label = NULL;
  guint n_can_undo = 0, n_can_redo = 0;
  gboolean can_redo;

  g_signal_connect (store, "notify::can-undo", G_CALLBACK (on_notify), &n_can_undo);
  g_signal_connect (store, "notify::can-redo", G_CALLBACK (on_notify), &n_can_redo);

  g_assert_false (wijk_store_undo (store, &error));
  g_assert_error (error, WIJK_STORE_ERROR, WIJK_STORE_ERROR_NOTHING_TO_UNDO);
  g_clear_error (&error);
  g_assert_null (wijk_store_dup_undo_label (store));

  g_assert_true (wijk_store_set_action_param (store, "a1", "kwp", 300, NULL));
  g_assert_true (wijk_store_set_action_param (store, "a1", "kwp", 350, NULL));
  g_assert_true (wijk_store_can_undo (store));
  g_assert_cmpuint (n_can_undo, ==, 1);
  label = wijk_store_dup_undo_label (store);
  g_assert_cmpstr (label, ==, "Change parameter");

  /* 350 → 300 → 250 */
  g_assert_true (wijk_store_undo (store, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (kwp (store), ==, 300);
  g_assert_true (wijk_store_can_redo (store));
  g_object_get (store, "can-redo", &can_redo, NULL);
  g_assert_true (can_redo);
  g_assert_cmpuint (n_can_redo, ==, 1);
  g_assert_true (wijk_store_undo (store, NULL));
  g_assert_cmpfloat (kwp (store), ==, 250);
  g_assert_false (wijk_store_can_undo (store));
  g_assert_cmpuint (n_can_undo, ==, 2);

  /* and back: 250 → 300 */
  g_assert_true (wijk_store_redo (store, NULL));
  g_assert_cmpfloat (kwp (store), ==, 300);
  g_assert_true (wijk_store_can_redo (store));

  /* A new edit drops what could be redone. */
  g_assert_true (wijk_store_set_action_param (store, "a1", "self_consumption", 0.8, NULL));
  g_assert_false (wijk_store_can_redo (store));
  g_assert_false (wijk_store_redo (store, &error));
  g_assert_error (error, WIJK_STORE_ERROR, WIJK_STORE_ERROR_NOTHING_TO_UNDO);
  g_clear_error (&error);

  g_assert_true (wijk_store_undo (store, NULL));
  g_assert_cmpfloat (wijk_workshop_find_action (wijk_store_get_workshop (store),
                                                "a1")->params[1], ==, 0.7);
  g_assert_cmpfloat (kwp (store), ==, 300);
  g_assert_true (wijk_store_undo (store, NULL));
  g_assert_cmpfloat (kwp (store), ==, 250);
  g_assert_false (wijk_store_can_undo (store));

  store = reopen_and_compare (store);
  g_assert_finalize_object (store);
}

static void
test_refused_edit_records_nothing (StoreFixture  *fixture,
                                   gconstpointer  data)
{
  WijkStore *store = create_fixture_store (fixture);

  g_assert_false (wijk_store_set_action_param (store, "a1", "kwp", -1, NULL));
  g_assert_false (wijk_store_can_undo (store));
  /* Nor does an edit that changes nothing. */
  g_assert_true (wijk_store_set_action_param (store, "a1", "kwp", 250, NULL));
  g_assert_false (wijk_store_can_undo (store));
  g_assert_finalize_object (store);
}

static void
test_group (StoreFixture  *fixture,
            gconstpointer  data)
{
  WijkStore *store = create_fixture_store (fixture);
  g_autoptr(WijkOrganisation) sony = fixture_org ("sony", "Sony", WIJK_ORG_KIND_COMPANY);
  g_autoptr(WijkAction) action = fixture_pv_action ();
  g_autofree char *label = NULL;
  g_autofree char *redo_label = NULL;

  g_assert_true (wijk_store_set_action_param (store, "a1", "kwp", 260, NULL));

  /* One gesture: a new partner takes a share of the action. */
  wijk_store_begin_group (store, "Add Sony as partner");
  g_assert_true (wijk_store_put_organisation (store, sony, NULL));
  wijk_store_begin_group (store, "inner");  /* nested: still the same step */
  g_ptr_array_add (action->owners, fixture_owner ("sony", WIJK_ROLE_PARTNER, 0, 0));
  g_assert_true (wijk_store_put_action (store, action, NULL));
  g_assert_true (wijk_store_end_group (store, NULL));
  g_assert_true (wijk_store_set_action_param (store, "a1", "kwp", 400, NULL));
  g_assert_true (wijk_store_end_group (store, NULL));

  label = wijk_store_dup_undo_label (store);
  g_assert_cmpstr (label, ==, "Add Sony as partner");

  /* One undo takes back all three edits, not the one before. */
  g_assert_true (wijk_store_undo (store, NULL));
  g_assert_cmpfloat (kwp (store), ==, 260);
  g_assert_null (wijk_workshop_find_organisation (wijk_store_get_workshop (store), "sony"));
  g_assert_cmpuint (wijk_workshop_find_action (wijk_store_get_workshop (store),
                                               "a1")->owners->len, ==, 2);
  redo_label = wijk_store_dup_redo_label (store);
  g_assert_cmpstr (redo_label, ==, "Add Sony as partner");

  /* and one redo does them again, in their order */
  g_assert_true (wijk_store_redo (store, NULL));
  g_assert_cmpfloat (kwp (store), ==, 400);
  g_assert_nonnull (wijk_workshop_find_organisation (wijk_store_get_workshop (store), "sony"));
  g_assert_cmpuint (wijk_workshop_find_action (wijk_store_get_workshop (store),
                                               "a1")->owners->len, ==, 3);

  /* Two undos: the group, then the edit before it. */
  g_assert_true (wijk_store_undo (store, NULL));
  g_assert_true (wijk_store_undo (store, NULL));
  g_assert_cmpfloat (kwp (store), ==, 250);
  g_assert_false (wijk_store_can_undo (store));

  /* The next group is a new step. */
  wijk_store_begin_group (store, "Two changes");
  g_assert_true (wijk_store_set_action_param (store, "a1", "kwp", 10, NULL));
  g_assert_true (wijk_store_set_action_param (store, "a1", "kwp", 20, NULL));
  g_assert_true (wijk_store_end_group (store, NULL));
  g_assert_true (wijk_store_set_action_param (store, "a1", "kwp", 30, NULL));
  g_assert_true (wijk_store_undo (store, NULL));
  g_assert_cmpfloat (kwp (store), ==, 20);
  g_assert_true (wijk_store_undo (store, NULL));
  g_assert_cmpfloat (kwp (store), ==, 250);
  g_assert_false (wijk_store_can_undo (store));

  store = reopen_and_compare (store);
  g_assert_finalize_object (store);
}

static void
test_reopen (StoreFixture  *fixture,
             gconstpointer  data)
{
  WijkStore *store = create_fixture_store (fixture);
  g_autofree char *label = NULL;

  wijk_store_begin_group (store, "Resize the roof");
  g_assert_true (wijk_store_set_action_param (store, "a1", "kwp", 500, NULL));
  g_assert_true (wijk_store_set_action_param (store, "a1", "self_consumption", 0.5, NULL));
  g_assert_true (wijk_store_end_group (store, NULL));
  g_assert_true (wijk_store_set_action_param (store, "a1", "kwp", 600, NULL));

  /* After a restart: the history is still there, groups and all. */
  store = reopen_and_compare (store);
  g_assert_true (wijk_store_can_undo (store));
  g_assert_false (wijk_store_can_redo (store));
  g_assert_true (wijk_store_undo (store, NULL));
  g_assert_cmpfloat (kwp (store), ==, 500);
  label = wijk_store_dup_undo_label (store);
  g_assert_cmpstr (label, ==, "Resize the roof");

  /* and the redo side too */
  store = reopen_and_compare (store);
  g_assert_true (wijk_store_can_redo (store));
  g_assert_true (wijk_store_undo (store, NULL));
  g_assert_cmpfloat (kwp (store), ==, 250);
  g_assert_cmpfloat (wijk_workshop_find_action (wijk_store_get_workshop (store),
                                                "a1")->params[1], ==, 0.7);
  store = reopen_and_compare (store);
  g_assert_true (wijk_store_redo (store, NULL));
  g_assert_true (wijk_store_redo (store, NULL));
  g_assert_cmpfloat (kwp (store), ==, 600);
  g_assert_false (wijk_store_can_redo (store));
  store = reopen_and_compare (store);
  g_assert_finalize_object (store);
}

static void
test_delete_action (StoreFixture  *fixture,
                    gconstpointer  data)
{
  g_autoptr(WijkWorkshop) original = fixture_workshop ();
  WijkStore *store = create_fixture_store (fixture);

  /* The action takes its parameters, owners, financing lines, comment and
   * approval along; undo brings every one back. */
  g_assert_true (wijk_store_delete_action (store, "a1", NULL));
  g_assert_true (wijk_store_undo (store, NULL));
  g_assert_cmpuint (wijk_store_get_workshop (store)->actions->len, ==, 2);
  assert_actions_equal (g_ptr_array_index (original->actions, 0),
                        wijk_workshop_find_action (wijk_store_get_workshop (store), "a1"));
  g_assert_cmpuint (wijk_store_get_workshop (store)->comments->len, ==, 1);
  g_assert_cmpuint (wijk_store_get_workshop (store)->approvals->len, ==, 1);

  g_assert_true (wijk_store_redo (store, NULL));
  g_assert_null (wijk_workshop_find_action (wijk_store_get_workshop (store), "a1"));
  g_assert_cmpuint (wijk_store_get_workshop (store)->comments->len, ==, 0);
  store = reopen_and_compare (store);

  /* Undoing the creation of an action removes its children with it. */
  g_assert_true (wijk_store_undo (store, NULL));
  {
    g_autoptr(WijkAction) copy = fixture_pv_action ();

    g_free (copy->id);
    copy->id = g_strdup ("a5");
    g_ptr_array_set_size (copy->financing, 0);
    g_assert_true (wijk_store_put_action (store, copy, NULL));
  }
  g_assert_true (wijk_store_undo (store, NULL));
  g_assert_null (wijk_workshop_find_action (wijk_store_get_workshop (store), "a5"));
  g_assert_true (wijk_store_redo (store, NULL));
  g_assert_nonnull (wijk_workshop_find_action (wijk_store_get_workshop (store), "a5"));
  g_assert_true (wijk_store_undo (store, NULL));
  g_assert_finalize_object (store);
  g_assert_cmpint (raw_query_int (fixture->path, "SELECT count(*) FROM action_params WHERE "
                                  "action_id = 'a5'"), ==, 0);
  g_assert_cmpint (raw_query_int (fixture->path, "SELECT count(*) FROM action_owners WHERE "
                                  "action_id = 'a5'"), ==, 0);
}

static void
test_delete_organisation (StoreFixture  *fixture,
                          gconstpointer  data)
{
  WijkStore *store = create_fixture_store (fixture);
  g_autoptr(WijkPlot) plot = NULL;
  g_autoptr(WijkAction) trees = NULL;

  /* imec owns plot-1 and nothing else. */
  plot = wijk_plot_copy (g_ptr_array_index (wijk_store_get_workshop (store)->plots, 0));
  g_free (plot->owner_org);
  plot->owner_org = g_strdup ("imec");
  trees = wijk_action_copy (wijk_workshop_find_action (wijk_store_get_workshop (store), "a2"));
  g_ptr_array_set_size (trees->owners, 0);
  g_assert_true (wijk_store_put_plot (store, plot, NULL));
  g_assert_true (wijk_store_put_action (store, trees, NULL));

  g_assert_true (wijk_store_delete_organisation (store, "imec", NULL));
  g_assert_true (wijk_store_undo (store, NULL));
  g_assert_nonnull (wijk_workshop_find_organisation (wijk_store_get_workshop (store), "imec"));
  g_assert_cmpstr (wijk_workshop_find_plot (wijk_store_get_workshop (store),
                                            "plot-1")->owner_org, ==, "imec");
  g_assert_true (wijk_store_redo (store, NULL));
  g_assert_null (wijk_workshop_find_plot (wijk_store_get_workshop (store),
                                          "plot-1")->owner_org);

  /* Same for a purchase group and its members. */
  g_assert_true (wijk_store_delete_purchase_group (store, "pv-2027", NULL));
  g_assert_true (wijk_store_undo (store, NULL));
  g_assert_cmpstr (wijk_workshop_find_action (wijk_store_get_workshop (store),
                                              "a1")->purchase_group, ==, "pv-2027");
  store = reopen_and_compare (store);
  g_assert_finalize_object (store);
}

static void
test_conflict (StoreFixture  *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  WijkStore *store = create_fixture_store (fixture);

  g_assert_true (wijk_store_set_action_param (store, "a1", "kwp", 300, NULL));
  g_assert_finalize_object (store);

  /* Someone changed the row behind the history's back: 300 is now 777. */
  raw_exec (fixture->path, "UPDATE action_params SET value = 777 WHERE action_id = 'a1' "
                           "AND name = 'kwp'");
  store = wijk_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_false (wijk_store_undo (store, &error));
  g_assert_error (error, WIJK_STORE_ERROR, WIJK_STORE_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "action_params"));

  /* Nothing was applied, nothing moved. */
  g_assert_cmpfloat (kwp (store), ==, 777);
  g_assert_true (wijk_store_can_undo (store));
  g_assert_false (wijk_store_can_redo (store));
  store = reopen_and_compare (store);
  g_assert_cmpfloat (kwp (store), ==, 777);
  g_assert_finalize_object (store);
}

static void
test_damaged_history (StoreFixture  *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  WijkStore *store = create_fixture_store (fixture);

  g_assert_true (wijk_store_set_action_param (store, "a1", "kwp", 300, NULL));
  g_assert_true (wijk_store_set_action_param (store, "a1", "kwp", 310, NULL));
  g_assert_finalize_object (store);

  raw_exec (fixture->path, "UPDATE undo_steps SET changeset = x'12345678' "
                           "WHERE seq = (SELECT max (seq) FROM undo_steps)");
  store = wijk_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_false (wijk_store_undo (store, &error));
  g_assert_nonnull (error);
  g_assert_cmpfloat (kwp (store), ==, 310);
  g_assert_finalize_object (store);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  store_fixture_add ("/wijk/store/undo/basic", test_basic);
  store_fixture_add ("/wijk/store/undo/refused-edit", test_refused_edit_records_nothing);
  store_fixture_add ("/wijk/store/undo/group", test_group);
  store_fixture_add ("/wijk/store/undo/reopen", test_reopen);
  store_fixture_add ("/wijk/store/undo/delete-action", test_delete_action);
  store_fixture_add ("/wijk/store/undo/delete-organisation", test_delete_organisation);
  store_fixture_add ("/wijk/store/undo/conflict", test_conflict);
  store_fixture_add ("/wijk/store/undo/damaged-history", test_damaged_history);

  return g_test_run ();
}
