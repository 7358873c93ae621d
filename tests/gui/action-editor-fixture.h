/* action-editor-fixture.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fixture of the action editor's tests: the editor on action "a1" of
 * the editor test workshop (editor-test-util.h), in a window of its own,
 * with the error messages it reported, and a way to close and reopen the
 * file under it.
 */

#pragma once

#include "editor-test-util.h"
#include "wijk-action-editor-private.h"

typedef struct
{
  char *dir;
  char *path;
  WijkStore *store;
  GtkWidget *window;
  WijkActionEditor *editor;
  GPtrArray *errors;        /* of char *, what the editor reported */
} EditorFixture;

static inline void
editor_fixture_error_cb (WijkActionEditor *editor,
                         const char       *message,
                         EditorFixture    *f)
{
  g_ptr_array_add (f->errors, g_strdup (message));
}

static inline void
editor_fixture_set_up (EditorFixture *f,
                       gconstpointer  data)
{
  f->path = editor_test_make_file (&f->dir, &f->store);
  f->errors = g_ptr_array_new_with_free_func (g_free);
  f->editor = WIJK_ACTION_EDITOR (wijk_action_editor_new (f->store));
  wijk_action_editor_set_author (f->editor, "Facilitator");
  g_signal_connect (f->editor, "error", G_CALLBACK (editor_fixture_error_cb), f);
  wijk_action_editor_set_action_id (f->editor, "a1");

  f->window = editor_test_window_new (GTK_WIDGET (f->editor), 420, 720);
}

static inline void
editor_fixture_tear_down (EditorFixture *f,
                          gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  gui_test_spin (0.1);
  g_assert_finalize_object (f->store);
  gui_test_remove_tree (f->dir);
  g_ptr_array_unref (f->errors);
  g_free (f->path);
  g_free (f->dir);
}

/* Action "a1" as the store holds it. */
static inline const WijkAction *
editor_fixture_action (EditorFixture *f)
{
  return wijk_workshop_find_action (wijk_store_get_workshop (f->store), "a1");
}

/* Closes the store and opens the file again, so what follows checks the
 * file and not only the store's memory. The editor follows the new store. */
static inline void
editor_fixture_reopen (EditorFixture *f)
{
  g_autoptr(GError) error = NULL;

  wijk_action_editor_set_store (f->editor, NULL);
  g_assert_finalize_object (f->store);
  f->store = wijk_store_open (f->path, &error);
  g_assert_no_error (error);
  wijk_action_editor_set_store (f->editor, f->store);
}
