/* test-application.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gui-test-util.h"
#include "wijk-application.h"
#include "wijk-bundled.h"
#include "wijk-map-view.h"
#include "wijk-window.h"

/* The application as the user starts it: the first start creates the
 * bundled Haasrode workshop in the data folder and shows it; the about,
 * shortcuts and preferences windows open and close; quitting closes the
 * window and saves its size. */

static char *data_home;

static WijkWindow *
main_window (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  return WIJK_IS_WINDOW (window) ? WIJK_WINDOW (window) : NULL;
}

static gboolean
window_shown (gpointer user_data)
{
  WijkWindow *window = main_window (user_data);

  return window != NULL && gtk_widget_get_mapped (GTK_WIDGET (window))
         && gtk_widget_get_mapped (wijk_window_get_map_view (window))
         && gtk_widget_get_width (wijk_window_get_map_view (window)) > 0;
}

static gboolean
about_shown (gpointer user_data)
{
  return gui_test_find_toplevel (ADW_TYPE_ABOUT_WINDOW) != NULL;
}

static gboolean
about_gone (gpointer user_data)
{
  return !about_shown (user_data);
}

static gboolean
shortcuts_shown (gpointer user_data)
{
  return gui_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW) != NULL;
}

static gboolean
no_windows (gpointer user_data)
{
  return gtk_application_get_windows (GTK_APPLICATION (user_data)) == NULL;
}

static void
test_application_start_and_quit (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WijkApplication) app = NULL;
  g_autoptr(WijkWorkshop) bundled = NULL;
  g_autofree char *path = NULL;
  g_autofree char *expected_title = NULL;
  g_autofree char *version = NULL;
  GSettings *settings;
  WijkWindow *window;
  GtkWidget *map;
  GtkWindow *about;
  GtkWindow *shortcuts;

  app = wijk_application_new ("io.github.wijkpact.Wijkpact.Test", G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (app));
  g_assert_true (gui_test_wait (window_shown, app, 20));
  window = main_window (G_APPLICATION (app));

  /* The first start made the default workshop from the bundled one. */
  path = wijk_application_dup_default_path ();
  g_assert_true (g_str_has_prefix (path, data_home));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  bundled = wijk_bundled_load_haasrode (&error);
  g_assert_no_error (error);
  g_assert_cmpstr (wijk_store_get_path (wijk_window_get_store (window)), ==, path);
  g_assert_cmpstr (wijk_store_get_workshop (wijk_window_get_store (window))->name, ==,
                   bundled->name);

  /* Title and map. */
  expected_title = g_strdup_printf ("%s — Wijkpact", bundled->name);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, expected_title);
  map = wijk_window_get_map_view (window);
  g_assert_true (WIJK_IS_MAP_VIEW (map));
  g_assert_true (gtk_widget_get_visible (map));
  g_assert_cmpint (gtk_widget_get_width (map), >, 0);
  g_assert_cmpint (gtk_widget_get_height (map), >, 0);
  g_assert_cmpint (wijk_map_view_get_basemap (WIJK_MAP_VIEW (map)), ==, WIJK_BASEMAP_NONE);
  g_assert_nonnull (wijk_window_get_impact_slot (window));

  /* Offline wins over OpenStreetMap, and a broken MBTiles file leaves
   * the plain map (with a toast): no network in either case. */
  settings = wijk_application_get_settings (app);
  g_assert_true (g_settings_get_boolean (settings, "offline"));
  g_settings_set_enum (settings, "tile-source", WIJK_BASEMAP_OSM);
  g_assert_cmpint (wijk_map_view_get_basemap (WIJK_MAP_VIEW (map)), ==, WIJK_BASEMAP_NONE);
  g_settings_set_string (settings, "mbtiles-path", "/nonexistent/basemap.mbtiles");
  g_settings_set_enum (settings, "tile-source", WIJK_BASEMAP_MBTILES);
  g_assert_cmpint (wijk_map_view_get_basemap (WIJK_MAP_VIEW (map)), ==, WIJK_BASEMAP_NONE);
  g_settings_reset (settings, "tile-source");
  g_settings_reset (settings, "mbtiles-path");

  /* About, with the version. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  g_assert_true (gui_test_wait (about_shown, NULL, 10));
  about = gui_test_find_toplevel (ADW_TYPE_ABOUT_WINDOW);
  g_object_get (about, "version", &version, NULL);
  g_assert_cmpstr (version, ==, PACKAGE_VERSION);
  g_assert_true (gtk_window_get_transient_for (about) == GTK_WINDOW (window));
  gtk_window_close (about);
  g_assert_true (gui_test_wait (about_gone, NULL, 10));

  /* The shortcuts window is built from help-overlay.ui in the resources
   * when it is first asked for, not with the window. */
  g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  g_action_group_activate_action (G_ACTION_GROUP (app), "shortcuts", NULL);
  g_assert_true (gui_test_wait (shortcuts_shown, NULL, 10));
  shortcuts = gui_test_find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
  g_assert_true (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window))
                 == GTK_SHORTCUTS_WINDOW (shortcuts));
  gtk_widget_set_visible (GTK_WIDGET (shortcuts), FALSE);

  /* Quitting closes the window and saves its size. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 700);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  g_assert_true (gui_test_wait (no_windows, app, 10));
  gui_test_spin (0.1);
  g_assert_null (window);

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1100);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 700);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
}

static void
test_application_second_start (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WijkApplication) app = NULL;
  g_autofree char *path = wijk_application_dup_default_path ();
  WijkWindow *window;
  int width, height;

  /* The default workshop is opened again, not replaced. */
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  app = wijk_application_new ("io.github.wijkpact.Wijkpact.Test2", G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (app));
  g_assert_true (gui_test_wait (window_shown, app, 20));
  window = main_window (G_APPLICATION (app));
  g_assert_cmpstr (wijk_store_get_path (wijk_window_get_store (window)), ==, path);

  /* The size saved by the first start. */
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 1100);
  g_assert_cmpint (height, ==, 700);

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  g_assert_true (gui_test_wait (no_windows, app, 10));
}

static gboolean
message_shown (gpointer user_data)
{
  return gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

static gboolean
window_mapped (gpointer user_data)
{
  WijkWindow *window = main_window (user_data);

  return window != NULL && gtk_widget_get_mapped (GTK_WIDGET (window));
}

/* A default workshop file that is not one (opened in the background while
 * GTK starts) is refused with a dialog, and left as it was. */
static void
test_application_default_refused (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) expected = NULL;
  g_autoptr(WijkApplication) app = NULL;
  g_autofree char *path = wijk_application_dup_default_path ();
  g_autofree char *saved = g_strconcat (path, ".saved", NULL);
  g_autofree char *contents = NULL;
  const char garbage[] = "not a workshop at all";
  AdwMessageDialog *dialog;
  WijkWindow *window;

  g_assert_cmpint (g_rename (path, saved), ==, 0);
  g_file_set_contents (path, garbage, -1, &error);
  g_assert_no_error (error);
  g_assert_null (wijk_store_open (path, &expected));
  g_assert_nonnull (expected);

  app = wijk_application_new ("io.github.wijkpact.Wijkpact.Test3", G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (app));
  g_assert_true (gui_test_wait (window_mapped, app, 20));
  window = main_window (G_APPLICATION (app));
  g_assert_null (wijk_window_get_store (window));
  g_assert_true (gui_test_wait (message_shown, NULL, 10));
  dialog = ADW_MESSAGE_DIALOG (gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, expected->message);
  gtk_window_close (GTK_WINDOW (dialog));

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, garbage);

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  g_assert_true (gui_test_wait (no_windows, app, 10));
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rename (saved, path), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  /* A data folder of our own, set before GLib reads it. */
  data_home = g_dir_make_tmp ("wijk-app-test-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  if (!gui_test_init (&argc, &argv))
    {
      gui_test_remove_tree (data_home);
      return 0;
    }

  g_test_add_func ("/wijk/application/start-and-quit", test_application_start_and_quit);
  g_test_add_func ("/wijk/application/second-start", test_application_second_start);
  g_test_add_func ("/wijk/application/default-refused", test_application_default_refused);

  status = g_test_run ();
  gui_test_remove_tree (data_home);
  g_free (data_home);
  return status;
}
