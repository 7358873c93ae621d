/* test-store-open.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <unistd.h>

#include "store-fixtures.h"

/* Opening files that may come from anyone (TECH-NOTES.md, "Untrusted
 * files"): each kind of bad file gets its own error naming the file, and
 * keeps its bytes; no -wal, -shm or -journal file is left beside it. */

static void
assert_refused (const char     *path,
                WijkStoreError  code,
                const char     *fragment)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = file_checksum (path);
  g_autofree char *after = NULL;
  g_autofree char *basename = g_path_get_basename (path);
  WijkStore *store;

  store = wijk_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, WIJK_STORE_ERROR, (gint) code);
  if (strstr (error->message, basename) == NULL)
    g_error ("“%s” does not name the file", error->message);
  if (fragment != NULL && strstr (error->message, fragment) == NULL)
    g_error ("“%s” does not mention “%s”", error->message, fragment);

  after = file_checksum (path);
  g_assert_cmpstr (after, ==, before);
  assert_no_journals (path);
}

static void
create_and_close (StoreFixture *fixture)
{
  g_assert_finalize_object (create_fixture_store (fixture));
}

static void
test_missing (StoreFixture  *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (wijk_store_open (fixture->path, &error));
  g_assert_error (error, WIJK_STORE_ERROR, WIJK_STORE_ERROR_IO);
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
  assert_no_journals (fixture->path);
}

static void
test_empty (StoreFixture  *fixture,
            gconstpointer  data)
{
  /* SQLite would take a 0-byte file for an empty database. */
  g_assert_true (g_file_set_contents (fixture->path, "", 0, NULL));
  assert_refused (fixture->path, WIJK_STORE_ERROR_NOT_A_WORKSHOP, "empty");
}

static void
test_text (StoreFixture  *fixture,
           gconstpointer  data)
{
  g_assert_true (g_file_set_contents (fixture->path,
                                      "{\"format\": \"wijkpact-workshop\", \"version\": 1}\n",
                                      -1, NULL));
  assert_refused (fixture->path, WIJK_STORE_ERROR_NOT_A_WORKSHOP, "not an SQLite database");

  /* Short of a header, but starting like one */
  g_assert_true (g_file_set_contents (fixture->path, "SQLite format 3", 16, NULL));
  assert_refused (fixture->path, WIJK_STORE_ERROR_NOT_A_WORKSHOP, NULL);
}

static void
test_foreign (StoreFixture  *fixture,
              gconstpointer  data)
{
  /* Another program's database, in WAL mode like ours */
  raw_exec (fixture->path, "PRAGMA application_id = 42; PRAGMA journal_mode = WAL;"
                           "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);"
                           "INSERT INTO notes (body) VALUES ('hello');");
  assert_refused (fixture->path, WIJK_STORE_ERROR_NOT_A_WORKSHOP, "another program");
}

static void
test_plain_sqlite (StoreFixture  *fixture,
                   gconstpointer  data)
{
  /* No application id at all, but our tables and version */
  raw_exec (fixture->path, "PRAGMA user_version = 3;"
                           "CREATE TABLE workshop (id INTEGER PRIMARY KEY, name TEXT);");
  assert_refused (fixture->path, WIJK_STORE_ERROR_NOT_A_WORKSHOP, "another program");
}

static void
test_too_new (StoreFixture  *fixture,
              gconstpointer  data)
{
  create_and_close (fixture);
  raw_exec (fixture->path, "PRAGMA user_version = 99");
  assert_refused (fixture->path, WIJK_STORE_ERROR_TOO_NEW, "99");
}

static void
test_truncated (StoreFixture  *fixture,
                gconstpointer  data)
{
  g_autofree char *contents = NULL;
  gsize length;

  create_and_close (fixture);
  g_assert_true (g_file_get_contents (fixture->path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 8 * 4096);
  g_assert_true (g_file_set_contents (fixture->path, contents, length / 2, NULL));
  assert_refused (fixture->path, WIJK_STORE_ERROR_CORRUPT, NULL);
}

static void
test_corrupted_page (StoreFixture  *fixture,
                     gconstpointer  data)
{
  g_autofree char *contents = NULL;
  gsize length;

  create_and_close (fixture);
  g_assert_true (g_file_get_contents (fixture->path, &contents, &length, NULL));

  /* Page 3 of 4096 bytes (a table's root page) overwritten with noise */
  for (gsize i = 2 * 4096 + 8; i < 3 * 4096; i++)
    contents[i] = (char) (i * 37 + 11);
  g_assert_true (g_file_set_contents (fixture->path, contents, length, NULL));
  assert_refused (fixture->path, WIJK_STORE_ERROR_CORRUPT, "damaged");
}

static void
test_locked (StoreFixture  *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  sqlite3 *other = NULL;
  WijkStore *store;

  create_and_close (fixture);
  before = file_checksum (fixture->path);

  /* Another program is in the middle of writing. */
  g_assert_cmpint (sqlite3_open (fixture->path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);

  store = wijk_store_open (fixture->path, &error);
  g_assert_null (store);
  g_assert_error (error, WIJK_STORE_ERROR, WIJK_STORE_ERROR_LOCKED);
  g_assert_nonnull (strstr (error->message, "test.wijkpact"));
  g_clear_error (&error);
  after = file_checksum (fixture->path);
  g_assert_cmpstr (after, ==, before);

  g_assert_cmpint (sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (other), ==, SQLITE_OK);
  assert_no_journals (fixture->path);
  g_clear_pointer (&after, g_free);
  after = file_checksum (fixture->path);
  g_assert_cmpstr (after, ==, before);

  /* Once the other program is done, the file opens. */
  store = wijk_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_finalize_object (store);
}

static void
test_invalid_values (StoreFixture  *fixture,
                     gconstpointer  data)
{
  static const struct
  {
    const char *sql;
    const char *fragment;
  } cases[] = {
    { "UPDATE action_params SET value = 'lots' WHERE name = 'kwp'",
      "table action_params, row “a1”, column value: it is not a number" },
    { "UPDATE action_params SET value = 1e999 WHERE name = 'kwp'",
      "not a finite number" },
    { "UPDATE action_params SET value = -5 WHERE name = 'kwp'",
      "parameter “kwp” is -5" },
    { "INSERT INTO action_params VALUES ('a1', 'wattage', 3)",
      "column name: “wattage” is not a known value" },
    { "UPDATE organisations SET kind = 'alien' WHERE id = 'imec'",
      "table organisations, row “imec”, column kind: “alien” is not a known value" },
    { "UPDATE actions SET status = 'maybe' WHERE id = 'a2'", "“maybe”" },
    { "UPDATE actions SET type = 'teleport' WHERE id = 'a2'", "“teleport”" },
    { "UPDATE plots SET geometry = '{\"type\":\"Circle\"}'", "table plots, row “plot-1”" },
    { "UPDATE factors SET tiers = '[{\"min_quantity\": \"0\"}]'", "column tiers" },
    { "UPDATE workshop SET discount_rate = 7", "discount_rate" },
    { "UPDATE action_owners SET cost_share = 0.3 WHERE org_id = 'leuven'", "90 %" },
    { "UPDATE organisations SET name = CAST (x'ff00' AS TEXT) WHERE id = 'imec'",
      "column name" },
    { "UPDATE organisations SET employees = 12.5 WHERE id = 'siemens'", "column employees" },
    { "DELETE FROM workshop", "no workshop settings" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;

      g_test_message ("%s", cases[i].sql);
      create_and_close (fixture);
      raw_exec (fixture->path, cases[i].sql);
      assert_refused (fixture->path, i + 1 == G_N_ELEMENTS (cases) ? WIJK_STORE_ERROR_CORRUPT
                                                                   : WIJK_STORE_ERROR_INVALID,
                      cases[i].fragment);
      g_assert_cmpint (g_unlink (fixture->path), ==, 0);
    }
}

static void
test_no_triggers (StoreFixture  *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WijkComment) comment = wijk_comment_new ("c9");
  WijkStore *store;

  /* A file can carry triggers; they never run. */
  create_and_close (fixture);
  raw_exec (fixture->path,
            "CREATE TRIGGER wipe AFTER INSERT ON comments BEGIN DELETE FROM scenarios; END;"
            "CREATE VIEW everything AS SELECT * FROM scenarios;");
  store = wijk_store_open (fixture->path, &error);
  g_assert_no_error (error);
  comment->text = g_strdup ("Hello");
  g_assert_true (wijk_store_put_comment (store, comment, NULL));
  g_assert_finalize_object (store);
  g_assert_cmpint (raw_query_int (fixture->path, "SELECT count(*) FROM scenarios"), ==, 1);
}

static void
test_symlink (StoreFixture  *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *link = fixture_file (fixture, "link.wijkpact");

  create_and_close (fixture);
  g_assert_cmpint (symlink (fixture->path, link), ==, 0);
  g_assert_null (wijk_store_open (link, &error));
  g_assert_error (error, WIJK_STORE_ERROR, WIJK_STORE_ERROR_IO);
}

static void
copy_file (const char *from,
           const char *to)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (from, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (to, contents, length, NULL));
}

static void
test_recovers_wal (StoreFixture  *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  g_autofree char *kept_main = fixture_file (fixture, "kept-main");
  g_autofree char *kept_wal = fixture_file (fixture, "kept-wal");
  WijkStore *store = create_fixture_store (fixture);

  /* As after a crash: the committed edit is only in the WAL. Both files
   * are copied while the store is open, then put back after it closed
   * (closing moves the WAL into the main file). */
  g_assert_true (wijk_store_set_action_param (store, "a1", "kwp", 123, NULL));
  copy_file (fixture->path, kept_main);
  copy_file (wal, kept_wal);
  g_assert_finalize_object (store);

  g_assert_cmpint (g_rename (kept_main, fixture->path), ==, 0);
  g_assert_cmpint (raw_query_int (fixture->path, "SELECT count(*) FROM action_params "
                                  "WHERE value = 123"), ==, 0);
  g_assert_cmpint (g_rename (kept_wal, wal), ==, 0);
  store = wijk_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (wijk_workshop_find_action (wijk_store_get_workshop (store),
                                                "a1")->params[0], ==, 123);
  g_assert_true (wijk_store_can_undo (store));
  g_assert_finalize_object (store);
  assert_no_journals (fixture->path);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  store_fixture_add ("/wijk/store/open/missing", test_missing);
  store_fixture_add ("/wijk/store/open/empty", test_empty);
  store_fixture_add ("/wijk/store/open/text", test_text);
  store_fixture_add ("/wijk/store/open/foreign", test_foreign);
  store_fixture_add ("/wijk/store/open/plain-sqlite", test_plain_sqlite);
  store_fixture_add ("/wijk/store/open/too-new", test_too_new);
  store_fixture_add ("/wijk/store/open/truncated", test_truncated);
  store_fixture_add ("/wijk/store/open/corrupted-page", test_corrupted_page);
  store_fixture_add ("/wijk/store/open/locked", test_locked);
  store_fixture_add ("/wijk/store/open/invalid-values", test_invalid_values);
  store_fixture_add ("/wijk/store/open/no-triggers", test_no_triggers);
  store_fixture_add ("/wijk/store/open/symlink", test_symlink);
  store_fixture_add ("/wijk/store/open/recovers-wal", test_recovers_wal);

  return g_test_run ();
}
