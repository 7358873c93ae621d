/* test-store-crash.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <signal.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "store-fixtures.h"

/* "A process killed at any moment loses no committed edit" (PRODUCT.md
 * §7): a child process edits a workshop as fast as it can and reports on a
 * pipe the index of every edit whose call returned TRUE; the parent kills
 * it with SIGKILL in the middle of the stream, opens the file and finds
 * every reported edit. Several rounds on the same file, so that later
 * rounds also recover from the earlier kills. */

#define N_ROUNDS 5
#define ROUND_SPAN 1000000

/* Edit i: an even i adds the organisation "org-<i>", an odd i sets the
 * kWp of action a1 to i. */
static gboolean
do_edit (WijkStore *store,
         int        i)
{
  if (i % 2 == 0)
    {
      g_autofree char *id = g_strdup_printf ("org-%d", i);
      g_autoptr(WijkOrganisation) org = fixture_org (id, "Crash test partner",
                                                     WIJK_ORG_KIND_COMPANY);

      return wijk_store_put_organisation (store, org, NULL);
    }
  return wijk_store_set_action_param (store, "a1", "kwp", i % 100000, NULL);
}

static void G_GNUC_NORETURN
run_child (const char *path,
           int         first,
           int         fd)
{
  WijkStore *store = wijk_store_open (path, NULL);

  if (store == NULL)
    _exit (2);
  for (int i = first; i < first + ROUND_SPAN; i++)
    {
      if (!do_edit (store, i))
        _exit (3);
      if (write (fd, &i, sizeof i) != sizeof i)
        _exit (4);
    }
  _exit (0);
}

static gboolean
read_index (int  fd,
            int *index)
{
  gsize done = 0;

  while (done < sizeof *index)
    {
      gssize n = read (fd, (char *) index + done, sizeof *index - done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      done += n;
    }
  return TRUE;
}

static void
test_kill (StoreFixture  *fixture,
           gconstpointer  data)
{
  g_autoptr(GArray) reported = g_array_new (FALSE, FALSE, sizeof (int));

  g_assert_finalize_object (create_fixture_store (fixture));

  for (int round = 0; round < N_ROUNDS; round++)
    {
      int first = round * ROUND_SPAN;
      int fds[2];
      int status = 0;
      int index;
      pid_t pid;

      g_assert_cmpint (pipe (fds), ==, 0);
      pid = fork ();
      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        {
          close (fds[0]);
          run_child (fixture->path, first, fds[1]);
        }
      close (fds[1]);

      /* Let it get going, then kill it wherever it is. */
      for (int n = 0; n < 40 * (round + 1); n++)
        {
          g_assert_true (read_index (fds[0], &index));
          g_array_append_val (reported, index);
        }
      g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_assert_true (WIFSIGNALED (status));
      g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);

      /* What it reported before it died counts too. */
      while (read_index (fds[0], &index))
        g_array_append_val (reported, index);
      close (fds[0]);
      g_test_message ("round %d: %u edits reported", round, reported->len);
    }

  {
    g_autoptr(GError) error = NULL;
    WijkStore *store = wijk_store_open (fixture->path, &error);
    const WijkWorkshop *ws;
    int last_odd = -1;
    int kwp;

    g_assert_no_error (error);
    ws = wijk_store_get_workshop (store);
    for (guint i = 0; i < reported->len; i++)
      {
        int edit = g_array_index (reported, int, i);

        if (edit % 2 == 0)
          {
            g_autofree char *id = g_strdup_printf ("org-%d", edit);

            if (wijk_workshop_find_organisation (ws, id) == NULL)
              g_error ("edit %d was reported but %s is not in the file", edit, id);
          }
        else
          last_odd = edit;
      }

    /* The last parameter edit reported, or the next one (i + 2), which may
     * have committed just before the kill took the report with it */
    kwp = (int) wijk_workshop_find_action (ws, "a1")->params[0];
    g_assert_cmpint (last_odd, >, 0);
    g_assert_cmpint (kwp % 2, ==, 1);
    g_assert_cmpint (kwp, >=, last_odd % 100000);
    g_assert_cmpint (kwp, <=, last_odd % 100000 + 2);

    /* The history came through as well. */
    g_assert_true (wijk_store_can_undo (store));
    g_assert_true (wijk_store_undo (store, NULL));
    g_assert_finalize_object (store);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/wijk/store/crash/sigkill", StoreFixture, NULL, store_fixture_set_up, test_kill,
              store_fixture_tear_down);

  return g_test_run ();
}
