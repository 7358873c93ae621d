/* test-file-handling.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "gui-test-util.h"
#include "wijk-application.h"
#include "wijk-file-actions.h"
#include "wijk-json-text.h"
#include "wijk-window.h"
#include "wijk-workshop-json.h"

/* The file menu's work in the main window: opening a workshop (the title
 * follows), refusing a foreign or corrupt file with a dialog while the
 * workshop shown stays and the file is left as it was, saving a copy that
 * opens, Workshop JSON out and in, plots from GeoJSON as one undo step,
 * the recent files, and files named on the command line. */

static char *data_home;
static char *dir;                 /* this run's files */
static WijkApplication *app;      /* one for the tests that share its window */

static WijkWindow *
main_window (void)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  g_assert_true (WIJK_IS_WINDOW (window));
  return WIJK_WINDOW (window);
}

static gboolean
window_shown (gpointer user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  return WIJK_IS_WINDOW (window) && gtk_widget_get_mapped (GTK_WIDGET (window));
}

static gboolean
message_shown (gpointer user_data)
{
  return gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

static gboolean
message_gone (gpointer user_data)
{
  return !message_shown (user_data);
}

static gboolean
chooser_shown (gpointer user_data)
{
  return gui_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG) != NULL;
}

static gboolean
chooser_gone (gpointer user_data)
{
  return !chooser_shown (user_data);
}

/* The chooser has gone to its folder and would give the file wanted. */
static gboolean
chooser_gives (gpointer user_data)
{
  GtkFileChooser *chooser = GTK_FILE_CHOOSER (gui_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));
  g_autoptr(GFile) file = chooser != NULL ? gtk_file_chooser_get_file (chooser) : NULL;

  return file != NULL && g_strcmp0 (g_file_peek_path (file), user_data) == 0;
}

static gboolean
file_exists (gpointer user_data)
{
  return g_file_test (user_data, G_FILE_TEST_EXISTS);
}

static char *
path_in_dir (const char *name)
{
  return g_build_filename (dir, name, NULL);
}

/* Writes the test workshop (gui-test-util.h: "Test park", plots "site",
 * "street" and "p1", actions "a1" and "a2") to @name, closed again. */
static char *
write_test_workshop (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WijkWorkshop) ws = gui_test_workshop ();
  g_autoptr(WijkStore) store = NULL;
  char *path = path_in_dir (name);

  store = wijk_store_create (path, ws, &error);
  g_assert_no_error (error);
  return path;
}

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

/* Opens @path in the main window and checks that it shows it. */
static void
open_in_window (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  WijkWindow *window = main_window ();

  g_assert_true (wijk_file_actions_open (window, file));
  g_assert_cmpstr (wijk_store_get_path (wijk_window_get_store (window)), ==, path);
}

/* The dialog about @path shows @expected (the store's own message);
 * closes it. */
static void
assert_refused (const char *path,
                const char *expected)
{
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *heading = g_strdup_printf ("Cannot Open “%s”", name);
  AdwMessageDialog *dialog;

  g_assert_true (gui_test_wait (message_shown, NULL, 10));
  dialog = ADW_MESSAGE_DIALOG (gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, heading);
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, expected);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (main_window ()));
  adw_message_dialog_response (dialog, "close");
  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_true (gui_test_wait (message_gone, NULL, 10));
}

static void
test_open (void)
{
  g_autofree char *path = write_test_workshop ("open.wijkpact");
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autofree char *xbel = g_build_filename (data_home, "recently-used.xbel", NULL);
  GMenuModel *recent;
  gboolean listed = FALSE;

  open_in_window (path);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (main_window ())), ==, "Test park — Wijkpact");

  /* It is a recent file, written to the recent list in our data folder,
   * and the menu's recent section offers it. The recent manager adds the
   * file once it knows its type, in the main loop. */
  g_assert_true (gui_test_wait (file_exists, xbel, 10));
  g_assert_true (gtk_recent_manager_has_item (gtk_recent_manager_get_default (), uri));
  wijk_application_update_recent_menu (app);
  recent = wijk_application_get_recent_menu (app);
  g_assert_cmpint (g_menu_model_get_n_items (recent), >=, 1);
  for (int i = 0; i < g_menu_model_get_n_items (recent); i++)
    {
      g_autoptr(GVariant) target = g_menu_model_get_item_attribute_value (recent, i, "target",
                                                                          G_VARIANT_TYPE_STRING);
      g_autofree char *action = NULL;

      g_menu_model_get_item_attribute (recent, i, "action", "s", &action);
      g_assert_cmpstr (action, ==, "app.open-uri");
      if (g_strcmp0 (g_variant_get_string (target, NULL), uri) == 0)
        listed = TRUE;
    }
  g_assert_true (listed);
}

static void
test_open_refused (void)
{
  g_autoptr(GError) expected = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autofree char *shown = write_test_workshop ("shown.wijkpact");
  g_autofree char *foreign = path_in_dir ("foreign.wijkpact");
  g_autofree char *corrupt = NULL;
  g_autofree char *title = NULL;
  g_autoptr(GFile) foreign_file = g_file_new_for_path (foreign);
  g_autoptr(GFile) corrupt_file = NULL;
  WijkWindow *window = main_window ();
  WijkStore *store;
  int fd;

  open_in_window (shown);
  store = wijk_window_get_store (window);
  title = g_strdup (gtk_window_get_title (GTK_WINDOW (window)));

  /* A text file is not a workshop: the dialog gives the store's reason. */
  g_file_set_contents (foreign, "Minutes of the park meeting, 3 March\n", -1, &error);
  g_assert_no_error (error);
  before = read_bytes (foreign);
  g_assert_null (wijk_store_open (foreign, &expected));
  g_assert_error (expected, WIJK_STORE_ERROR, WIJK_STORE_ERROR_NOT_A_WORKSHOP);

  g_assert_false (wijk_file_actions_open (window, foreign_file));
  assert_refused (foreign, expected->message);
  g_assert_true (wijk_window_get_store (window) == store);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, title);
  after = read_bytes (foreign);
  g_assert_true (g_bytes_equal (before, after));

  /* A workshop file with a page of garbage in the middle. */
  corrupt = write_test_workshop ("corrupt.wijkpact");
  fd = g_open (corrupt, O_WRONLY, 0);
  g_assert_cmpint (fd, >=, 0);
  {
    char garbage[4096];

    memset (garbage, 0xA5, sizeof garbage);
    g_assert_cmpint (lseek (fd, 2 * 4096, SEEK_SET), ==, 2 * 4096);
    g_assert_cmpint (write (fd, garbage, sizeof garbage), ==, sizeof garbage);
  }
  g_assert_true (g_close (fd, NULL));
  g_clear_pointer (&before, g_bytes_unref);
  g_clear_pointer (&after, g_bytes_unref);
  g_clear_error (&expected);
  before = read_bytes (corrupt);
  g_assert_null (wijk_store_open (corrupt, &expected));
  g_assert_nonnull (expected);

  corrupt_file = g_file_new_for_path (corrupt);
  g_assert_false (wijk_file_actions_open (window, corrupt_file));
  assert_refused (corrupt, expected->message);
  g_assert_true (wijk_window_get_store (window) == store);
  after = read_bytes (corrupt);
  g_assert_true (g_bytes_equal (before, after));
}

static void
assert_test_workshop (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WijkStore) store = wijk_store_open (path, &error);
  const WijkWorkshop *ws;

  g_assert_no_error (error);
  ws = wijk_store_get_workshop (store);
  g_assert_cmpstr (ws->name, ==, "Test park");
  g_assert_cmpuint (ws->actions->len, ==, 2);
  g_assert_nonnull (wijk_workshop_find_action (ws, "a1"));
  g_assert_cmpuint (ws->plots->len, ==, 3);
}

static void
test_save_as (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = write_test_workshop ("original.wijkpact");
  g_autofree char *copy = path_in_dir ("copy.wijkpact");
  g_autofree char *chosen = path_in_dir ("chosen.wijkpact");
  g_autofree char *proposed = path_in_dir ("original (copy).wijkpact");
  g_autoptr(GFile) copy_file = g_file_new_for_path (copy);
  g_autoptr(GFile) self_file = g_file_new_for_path (path);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  WijkWindow *window = main_window ();
  GtkFileChooser *chooser;

  open_in_window (path);

  /* A copy that opens, while the window stays on its own file. */
  g_assert_true (wijk_file_actions_save_as (window, copy_file, &error));
  g_assert_no_error (error);
  assert_test_workshop (copy);
  g_assert_cmpstr (wijk_store_get_path (wijk_window_get_store (window)), ==, path);

  /* Again over the first copy (the chooser asked), after an edit. */
  g_assert_true (wijk_store_delete_action (wijk_window_get_store (window), "a2", &error));
  g_assert_no_error (error);
  g_assert_true (wijk_file_actions_save_as (window, copy_file, &error));
  g_assert_no_error (error);
  {
    g_autoptr(WijkStore) store = wijk_store_open (copy, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (wijk_store_get_workshop (store)->actions->len, ==, 1);
  }

  /* Never over the workshop itself. */
  before = read_bytes (path);
  g_assert_false (wijk_file_actions_save_as (window, self_file, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_assert_nonnull (strstr (error->message, "original.wijkpact"));
  g_clear_error (&error);
  after = read_bytes (path);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_false (g_file_test (path, G_FILE_TEST_IS_SYMLINK));

  /* Through the window's action and its file chooser, which proposes a
   * copy beside the workshop. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save-as", NULL));
  g_assert_true (gui_test_wait (chooser_shown, NULL, 10));
  chooser = GTK_FILE_CHOOSER (gui_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));
  g_assert_cmpint (gtk_file_chooser_get_action (chooser), ==, GTK_FILE_CHOOSER_ACTION_SAVE);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (chooser)), ==, "Save a Copy");
  g_assert_true (gui_test_wait (chooser_gives, proposed, 10));
  gtk_file_chooser_set_current_name (chooser, "chosen.wijkpact");
  g_assert_true (gui_test_wait (chooser_gives, chosen, 10));
  gtk_widget_activate (gtk_dialog_get_widget_for_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT));
  g_assert_true (gui_test_wait (file_exists, chosen, 10));
  g_assert_true (gui_test_wait (chooser_gone, NULL, 10));
  {
    g_autoptr(WijkStore) store = wijk_store_open (chosen, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (wijk_store_get_workshop (store)->name, ==, "Test park");
  }
}

static void
test_json (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = write_test_workshop ("exported.wijkpact");
  g_autofree char *json = path_in_dir ("exported.json");
  g_autofree char *bad_json = path_in_dir ("bad.json");
  g_autofree char *imported = path_in_dir ("imported.wijkpact");
  g_autoptr(GFile) json_file = g_file_new_for_path (json);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad_json);
  g_autoptr(GFile) imported_file = g_file_new_for_path (imported);
  g_autoptr(WijkWorkshop) loaded = NULL;
  WijkWindow *window = main_window ();
  WijkStore *store;
  GtkFileChooser *chooser;
  g_autofree char *proposed = NULL;

  open_in_window (path);
  g_assert_true (wijk_file_actions_export_json (window, json_file, &error));
  g_assert_no_error (error);
  loaded = wijk_workshop_json_load_file (json, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (loaded->name, ==, "Test park");
  g_assert_cmpuint (loaded->actions->len, ==, 2);

  /* Back in as a new workshop file, shown in the window. */
  g_assert_true (wijk_file_actions_import_json (window, json_file, imported_file, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (wijk_store_get_path (wijk_window_get_store (window)), ==, imported);
  g_assert_cmpstr (wijk_store_get_workshop (wijk_window_get_store (window))->name, ==, "Test park");
  g_assert_cmpuint (wijk_store_get_workshop (wijk_window_get_store (window))->actions->len, ==, 2);

  /* JSON that is not a workshop: refused, nothing written. */
  store = wijk_window_get_store (window);
  g_file_set_contents (bad_json, "{ \"format\": \"wijkpact-workshop\", \"version\": 1 }", -1,
                       &error);
  g_assert_no_error (error);
  g_assert_false (wijk_file_actions_import_json (window, bad_file, imported_file, &error));
  g_assert_error (error, WIJK_JSON_ERROR, WIJK_JSON_ERROR_MISSING);
  g_clear_error (&error);
  g_assert_true (wijk_window_get_store (window) == store);

  /* Opening JSON asks where its workshop goes: beside it, same name. */
  g_assert_true (wijk_file_actions_open (window, json_file));
  g_assert_true (gui_test_wait (chooser_shown, NULL, 10));
  chooser = GTK_FILE_CHOOSER (gui_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));
  proposed = gtk_file_chooser_get_current_name (chooser);
  g_assert_cmpstr (proposed, ==, "exported.wijkpact");
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  g_assert_true (gui_test_wait (chooser_gone, NULL, 10));
  g_assert_true (wijk_window_get_store (window) == store);

  /* Opening bad JSON says what is wrong. */
  g_assert_false (wijk_file_actions_open (window, bad_file));
  g_assert_true (gui_test_wait (message_shown, NULL, 10));
  {
    AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (gui_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

    g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Cannot Import “bad.json”");
    gtk_window_close (GTK_WINDOW (dialog));
    g_assert_true (gui_test_wait (message_gone, NULL, 10));
  }
}

/* Two plots north of the test park's plot "p1", in WGS 84 longitude and
 * latitude, as QGIS writes them. */
static const char plots_geojson[] =
  "{ \"type\": \"FeatureCollection\", \"features\": ["
  "  { \"type\": \"Feature\", \"properties\": { \"name\": \"North lot\", \"owner\": \"acme\" },"
  "    \"geometry\": { \"type\": \"Polygon\", \"coordinates\": [[[4.717, 50.850], [4.720, 50.850],"
  "      [4.720, 50.852], [4.717, 50.852], [4.717, 50.850]]] } },"
  "  { \"type\": \"Feature\", \"properties\": { \"name\": \"South lot\", \"id\": \"south\" },"
  "    \"geometry\": { \"type\": \"Polygon\", \"coordinates\": [[[4.721, 50.850], [4.723, 50.850],"
  "      [4.723, 50.852], [4.721, 50.852], [4.721, 50.850]]] } }"
  "] }";

static const char point_geojson[] =
  "{ \"type\": \"FeatureCollection\", \"features\": ["
  "  { \"type\": \"Feature\", \"properties\": { \"name\": \"A tree\" },"
  "    \"geometry\": { \"type\": \"Point\", \"coordinates\": [4.72, 50.85] } }"
  "] }";

static void
test_import_plots (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = write_test_workshop ("plots.wijkpact");
  g_autofree char *geojson = path_in_dir ("plots.geojson");
  g_autofree char *points = path_in_dir ("points.geojson");
  g_autoptr(GFile) geojson_file = g_file_new_for_path (geojson);
  g_autoptr(GFile) points_file = g_file_new_for_path (points);
  g_autofree char *label = NULL;
  WijkWindow *window = main_window ();
  WijkStore *store;
  const WijkWorkshop *ws;
  guint n = 0;

  open_in_window (path);
  store = wijk_window_get_store (window);
  g_assert_false (wijk_store_can_undo (store));

  g_file_set_contents (geojson, plots_geojson, -1, &error);
  g_assert_no_error (error);
  g_assert_true (wijk_file_actions_import_plots (window, geojson_file, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 2);

  /* 3 plots of the test park + 2. */
  ws = wijk_store_get_workshop (store);
  g_assert_cmpuint (ws->plots->len, ==, 5);
  g_assert_nonnull (wijk_workshop_find_plot (ws, "south"));
  g_assert_cmpstr (wijk_workshop_find_plot (ws, "south")->name, ==, "South lot");

  /* One step to undo takes both away. */
  label = wijk_store_dup_undo_label (store);
  g_assert_cmpstr (label, ==, "Import plots");
  g_assert_true (wijk_store_undo (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (wijk_store_get_workshop (store)->plots->len, ==, 3);
  g_assert_false (wijk_store_can_undo (store));

  /* A point is not a plot: the error names the feature, nothing is added. */
  g_file_set_contents (points, point_geojson, -1, &error);
  g_assert_no_error (error);
  g_assert_false (wijk_file_actions_import_plots (window, points_file, &n, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "features[0]"));
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpuint (wijk_store_get_workshop (store)->plots->len, ==, 3);
  g_assert_false (wijk_store_can_undo (store));
}

static gboolean
is_recent (gpointer user_data)
{
  return gtk_recent_manager_has_item (gtk_recent_manager_get_default (), user_data);
}

static gboolean
popover_shown (gpointer user_data)
{
  GtkPopover *popover = gtk_menu_button_get_popover (user_data);

  return popover != NULL && gtk_widget_get_mapped (GTK_WIDGET (popover));
}

static gboolean
menu_has_uri (GMenuModel *menu,
              const char *uri)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GVariant) target = g_menu_model_get_item_attribute_value (menu, i, "target", NULL);
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      if (target != NULL && g_variant_is_of_type (target, G_VARIANT_TYPE_STRING)
          && g_strcmp0 (g_variant_get_string (target, NULL), uri) == 0)
        return TRUE;
      if (section != NULL && menu_has_uri (section, uri))
        return TRUE;
    }

  return FALSE;
}

/* The main menu is built when it first opens, with the recent files. */
static void
test_main_menu (void)
{
  g_autofree char *path = write_test_workshop ("menu.wijkpact");
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autofree char *xbel = g_build_filename (data_home, "recently-used.xbel", NULL);
  WijkWindow *window = main_window ();
  GtkMenuButton *button;
  GMenuModel *menu;

  button = GTK_MENU_BUTTON (gtk_widget_get_template_child (GTK_WIDGET (window), WIJK_TYPE_WINDOW,
                                                           "menu_button"));
  g_assert_null (gtk_menu_button_get_menu_model (button));
  g_assert_null (gtk_menu_button_get_popover (button));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (button)));

  open_in_window (path);
  /* The recent manager adds the file from the main loop (the recent list
   * exists since the first test). */
  g_assert_true (gui_test_wait (file_exists, xbel, 10));
  g_assert_true (gui_test_wait (is_recent, uri, 10));

  gtk_menu_button_popup (button);
  g_assert_true (gui_test_wait (popover_shown, button, 10));
  menu = gtk_menu_button_get_menu_model (button);
  g_assert_nonnull (menu);
  g_assert_true (menu_has_uri (menu, uri));
  gtk_menu_button_popdown (button);
}

/* A window shown without a workshop says so, and opens one. */
static gboolean
empty_page_shown (gpointer user_data)
{
  GtkStack *stack = user_data;

  return g_strcmp0 (gtk_stack_get_visible_child_name (stack), "empty") == 0
         && gtk_widget_get_mapped (gtk_stack_get_visible_child (stack));
}

static void
test_empty_window (void)
{
  g_autofree char *path = write_test_workshop ("empty-window.wijkpact");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  WijkWindow *window = wijk_window_new (app);
  GtkStack *stack = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                              WIJK_TYPE_WINDOW, "main_stack"));
  AdwStatusPage *page;

  /* Not built before it is needed. */
  g_assert_null (gtk_stack_get_child_by_name (stack, "empty"));
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gui_test_wait (empty_page_shown, stack, 10));
  page = ADW_STATUS_PAGE (gtk_stack_get_visible_child (stack));
  g_assert_cmpstr (adw_status_page_get_title (page), ==, "No Workshop Open");
  g_assert_cmpstr (adw_status_page_get_icon_name (page), ==, "io.github.wijkpact.Wijkpact-symbolic");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Wijkpact");

  g_assert_true (wijk_file_actions_open (window, file));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "workshop");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Test park — Wijkpact");

  wijk_window_set_store (window, NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  gtk_window_destroy (GTK_WINDOW (window));
  gui_test_spin (0.1);
}

static gboolean
check_and_quit (gpointer user_data)
{
  GApplication *other = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (other));

  if (!WIJK_IS_WINDOW (window) || !gtk_widget_get_mapped (GTK_WIDGET (window)))
    return G_SOURCE_CONTINUE;

  g_object_set_data_full (G_OBJECT (other), "shown-path",
                          g_strdup (wijk_store_get_path (wijk_window_get_store (WIJK_WINDOW (window)))),
                          g_free);
  g_action_group_activate_action (G_ACTION_GROUP (other), "quit", NULL);
  return G_SOURCE_REMOVE;
}

static void
test_command_line (void)
{
  g_autofree char *path = write_test_workshop ("command-line.wijkpact");
  g_autoptr(WijkApplication) other = NULL;
  char *argv[] = { (char *) "wijkpact", path, NULL };
  int status;

  other = wijk_application_new ("io.github.wijkpact.Wijkpact.TestCommandLine",
                                G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);
  g_timeout_add (20, check_and_quit, other);
  status = g_application_run (G_APPLICATION (other), G_N_ELEMENTS (argv) - 1, argv);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (g_object_get_data (G_OBJECT (other), "shown-path"), ==, path);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  /* A data folder of our own (the default workshop, the recent files),
   * set before GLib reads it. */
  data_home = g_dir_make_tmp ("wijk-files-test-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  if (!gui_test_init (&argc, &argv))
    {
      gui_test_remove_tree (data_home);
      return 0;
    }

  dir = g_build_filename (data_home, "files", NULL);
  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);

  app = wijk_application_new ("io.github.wijkpact.Wijkpact.TestFiles", G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (app));
  g_assert_true (gui_test_wait (window_shown, app, 20));

  g_test_add_func ("/wijk/file-handling/open", test_open);
  g_test_add_func ("/wijk/file-handling/open-refused", test_open_refused);
  g_test_add_func ("/wijk/file-handling/save-as", test_save_as);
  g_test_add_func ("/wijk/file-handling/json", test_json);
  g_test_add_func ("/wijk/file-handling/import-plots", test_import_plots);
  g_test_add_func ("/wijk/file-handling/main-menu", test_main_menu);
  g_test_add_func ("/wijk/file-handling/empty-window", test_empty_window);
  g_test_add_func ("/wijk/file-handling/command-line", test_command_line);

  status = g_test_run ();

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  gui_test_spin (0.2);
  g_clear_object (&app);
  gui_test_remove_tree (data_home);
  g_free (dir);
  g_free (data_home);
  return status;
}
