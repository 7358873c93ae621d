/* test-editor-sheet.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "editor-test-util.h"
#include "gui-test-util.h"
#include "wijk-action-list.h"
#include "wijk-action-editor-private.h"
#include "wijk-application.h"
#include "wijk-bundled.h"
#include "wijk-editor-sheet.h"
#include "wijk-geometry.h"
#include "wijk-map-view.h"
#include "wijk-new-action-dialog-private.h"
#include "wijk-organisations-view-private.h"
#include "wijk-window.h"

/* The editor sheet in the main window: opening an action, drafting one
 * through the dialog (drafting at a point and on a plot is the map's,
 * test-map-drafting.c), deleting it, and the organisations page with its
 * highlight on the map. */

typedef struct
{
  char *dir;
  char *path;
  WijkStore *store;
  WijkWindow *window;
  WijkEditorSheet *sheet;
} Fixture;

/* One application for every test: it is registered once per process. */
static WijkApplication *app;

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A plot of 0.001° × 0.0005° south-west corner (4.720 E, 50.850 N), owned
 * by Siemens. */
static WijkPlot *
make_plot (void)
{
  const WijkLonLat corners[] = {
    { 4.720, 50.850 }, { 4.721, 50.850 }, { 4.721, 50.8505 }, { 4.720, 50.8505 },
    { 4.720, 50.850 },
  };
  WijkPlot *plot = wijk_plot_new ("p1");

  plot->name = g_strdup ("Hall 3");
  plot->owner_org = g_strdup ("siemens");
  plot->geometry = wijk_geometry_new_polygon (corners, G_N_ELEMENTS (corners));
  return plot;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(WijkWorkshop) ws = editor_test_workshop ();
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (ws->plots, make_plot ());
  f->dir = g_dir_make_tmp ("wijk-gui-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "test.wijkpact", NULL);
  f->store = wijk_store_create (f->path, ws, &error);
  g_assert_no_error (error);

  f->window = wijk_window_new (app);
  wijk_window_set_store (f->window, f->store);
  gtk_window_present (GTK_WINDOW (f->window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  /* The window builds its sheet when first shown, or asked for. */
  g_assert_null (find_descendant (GTK_WIDGET (f->window), WIJK_TYPE_EDITOR_SHEET));
  f->sheet = WIJK_EDITOR_SHEET (wijk_window_get_editor_sheet (f->window));
  g_assert_true (find_descendant (GTK_WIDGET (f->window), WIJK_TYPE_EDITOR_SHEET)
                 == GTK_WIDGET (f->sheet));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  gui_test_spin (0.1);
  g_assert_finalize_object (f->store);
  gui_test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static GtkStack *
sidebar (Fixture *f)
{
  return GTK_STACK (gtk_widget_get_parent (GTK_WIDGET (f->sheet)));
}

static const WijkAction *
model_action (Fixture    *f,
              const char *id)
{
  return wijk_workshop_find_action (wijk_store_get_workshop (f->store), id);
}

static void
test_edit (Fixture       *f,
           gconstpointer  data)
{
  WijkActionEditor *editor = wijk_editor_sheet_get_editor (f->sheet);
  WijkMapView *map_view;

  g_assert_cmpstr (gtk_stack_get_visible_child_name (sidebar (f)), ==, "actions");
  g_signal_emit_by_name (f->window, "edit-action", "a1");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (sidebar (f)), ==, "editor");
  g_assert_cmpstr (wijk_action_editor_get_action_id (editor), ==, "a1");
  g_assert_true (wijk_action_editor_get_store (editor) == f->store);
  /* Selected on the map and in the list too. */
  map_view = WIJK_MAP_VIEW (wijk_window_get_map_view (f->window));
  g_assert_cmpstr (wijk_map_view_get_selected_action (map_view), ==, "a1");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->sheet), "sheet.back", NULL));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (sidebar (f)), ==, "actions");
}

static gboolean
dialog_shown (gpointer data)
{
  GtkWindow *window = gui_test_find_toplevel (WIJK_TYPE_NEW_ACTION_DIALOG);

  *(WijkNewActionDialog **) data = window != NULL ? WIJK_NEW_ACTION_DIALOG (window) : NULL;
  return window != NULL;
}

/* "+ Action": the dialog, then the new action open in the editor. */
static void
test_draft_through_dialog (Fixture       *f,
                           gconstpointer  data)
{
  WijkNewActionDialog *dialog = NULL;
  const WijkWorkshop *ws = wijk_store_get_workshop (f->store);
  const char *id;
  const WijkAction *action;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-action", NULL));
  g_assert_true (gui_test_wait (dialog_shown, &dialog, 2));
  g_assert_true (wijk_new_action_dialog_select_type (dialog, "trees"));
  gtk_editable_set_text (GTK_EDITABLE (wijk_new_action_dialog_get_title_row (dialog)),
                         "Trees along Interleuvenlaan");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.create", NULL));

  g_assert_cmpuint (ws->actions->len, ==, 2);
  id = wijk_action_editor_get_action_id (wijk_editor_sheet_get_editor (f->sheet));
  g_assert_nonnull (id);
  action = model_action (f, id);
  g_assert_cmpstr (action->type, ==, "trees");
  g_assert_cmpstr (action->title, ==, "Trees along Interleuvenlaan");
  g_assert_cmpuint (action->status, ==, WIJK_STATUS_IDEA);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (sidebar (f)), ==, "editor");
}

static void
test_delete (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  wijk_editor_sheet_edit (f->sheet, "a1");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->sheet), "sheet.delete", NULL));
  g_assert_null (model_action (f, "a1"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (sidebar (f)), ==, "actions");
  /* The toast's "Undo" is the window's undo. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_nonnull (model_action (f, "a1"));
}

static gboolean
leaflet_folded (gpointer data)
{
  return adw_leaflet_get_folded (data);
}

static void
test_organisations_page (Fixture       *f,
                         gconstpointer  data)
{
  WijkOrganisationsView *view = wijk_editor_sheet_get_organisations_view (f->sheet);
  WijkPlotLayer *plots =
    wijk_map_view_get_plot_layer (WIJK_MAP_VIEW (wijk_window_get_map_view (f->window)));
  AdwLeaflet *leaflet;

  g_action_group_activate_action (G_ACTION_GROUP (f->window), "organisations", NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (sidebar (f)), ==, "organisations");
  g_assert_true (wijk_organisations_view_get_model (view) == wijk_window_get_model (f->window));

  /* The chosen organisation's plots stand out on the map. */
  g_assert_true (wijk_organisations_view_select (view, "siemens"));
  g_assert_cmpstr (wijk_plot_layer_get_highlight_org (plots), ==, "siemens");
  g_assert_true (wijk_organisations_view_select (view, "leuven"));
  g_assert_cmpstr (wijk_plot_layer_get_highlight_org (plots), ==, "leuven");

  /* The sidebar is narrow: list and editor fold into one column. Opening
   * an organisation shows its editor, "back" the list again. */
  leaflet = wijk_organisations_view_get_leaflet (view);
  g_assert_true (gui_test_wait (leaflet_folded, leaflet, 2));
  /* As a double click or Enter on the row does. */
  g_signal_emit_by_name (wijk_organisations_view_get_list_view (view), "activate", 1);
  g_assert_true (adw_leaflet_get_visible_child (leaflet) ==
                 wijk_organisations_view_get_editor_pane (view));
  editor_test_screenshot (GTK_WIDGET (f->window), "organisation-leuven");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "organisations.back", NULL));
  g_assert_false (adw_leaflet_get_visible_child (leaflet) ==
                  wijk_organisations_view_get_editor_pane (view));

  g_action_group_activate_action (G_ACTION_GROUP (f->window), "actions", NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (sidebar (f)), ==, "actions");
  g_assert_null (wijk_plot_layer_get_highlight_org (plots));
}

static void
scroll_editor_to (WijkActionEditor *editor,
                  GtkWidget        *widget)
{
  GtkWidget *scroller = gtk_stack_get_child_by_name (editor->stack, "editor");
  graphene_point_t point;

  gui_test_spin (0.1);
  g_assert_true (gtk_widget_compute_point (widget, scroller, &GRAPHENE_POINT_INIT (0, 0), &point));
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller)),
                            point.y - 12);
}

/* Every action of the bundled Haasrode workshop opens in the editor with
 * its parameters and owners as in the model. With WIJK_TEST_SCREENSHOT_DIR
 * set, this also takes the README's screenshots of the editor and of the
 * organisations. */
static void
test_bundled_workshop (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(WijkWorkshop) haasrode = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "haasrode.wijkpact", NULL);
  WijkActionEditor *editor = wijk_editor_sheet_get_editor (f->sheet);
  WijkOrganisationsView *view;
  WijkStore *store;
  const WijkWorkshop *ws;
  const char *shown = NULL;

  haasrode = wijk_bundled_load_haasrode (&error);
  g_assert_no_error (error);
  store = wijk_store_create (path, haasrode, &error);
  g_assert_no_error (error);
  wijk_window_set_store (f->window, store);
  g_assert_finalize_object (f->store);
  f->store = store;
  ws = wijk_store_get_workshop (store);

  for (guint i = 0; i < ws->actions->len; i++)
    {
      const WijkAction *action = g_ptr_array_index (ws->actions, i);
      const WijkActionType *type = wijk_catalog_lookup (action->type);

      wijk_editor_sheet_edit (f->sheet, action->id);
      for (guint j = 0; j < type->n_params; j++)
        g_assert_cmpfloat (gtk_spin_button_get_value (
                             wijk_action_editor_get_param_spin (editor, type->params[j].name)),
                           ==, action->params[j]);
      for (guint j = 0; j < action->owners->len; j++)
        g_assert_nonnull (wijk_action_editor_get_owner_row (
                            editor, ((WijkOwner *) g_ptr_array_index (action->owners, j))->org_id));
      if (g_str_equal (action->type, "solar_pv") && shown == NULL)
        shown = action->id;
    }
  g_assert_nonnull (shown);

  /* Screenshots of 1280 × 720: the window's size counts its resize
   * borders too. */
  if (g_getenv ("WIJK_TEST_SCREENSHOT_DIR") != NULL)
    {
      int width, height;

      gtk_window_get_default_size (GTK_WINDOW (f->window), &width, &height);
      gtk_window_set_default_size (GTK_WINDOW (f->window),
                                   2 * width - gtk_widget_get_width (GTK_WIDGET (f->window)),
                                   2 * height - gtk_widget_get_height (GTK_WIDGET (f->window)));
      gui_test_spin (0.5);
    }
  wijk_editor_sheet_edit (f->sheet, shown);
  editor_test_screenshot (GTK_WIDGET (f->window), "action-editor");
  if (g_getenv ("WIJK_TEST_SCREENSHOT_DIR") != NULL)
    {
      scroll_editor_to (editor, GTK_WIDGET (editor->owners_group));
      editor_test_screenshot (GTK_WIDGET (f->window), "action-editor-owners");
    }

  g_action_group_activate_action (G_ACTION_GROUP (f->window), "organisations", NULL);
  editor_test_screenshot (GTK_WIDGET (f->window), "organisations");
  view = wijk_editor_sheet_get_organisations_view (f->sheet);
  g_assert_true (wijk_organisations_view_select (view, "siemens"));
  /* As a double click or Enter on the row does. */
  g_signal_emit_by_name (wijk_organisations_view_get_list_view (view), "activate", 0);
  editor_test_screenshot (GTK_WIDGET (f->window), "organisation-siemens");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  if (!gui_test_init (&argc, &argv))
    return 0;

  app = wijk_application_new ("io.github.wijkpact.TestEditorSheet", G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

#define ADD(path, func) \
  g_test_add ("/wijk/editor-sheet/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("edit", test_edit);
  ADD ("draft-through-dialog", test_draft_through_dialog);
  ADD ("delete", test_delete);
  ADD ("organisations-page", test_organisations_page);
  ADD ("bundled-workshop", test_bundled_workshop);

#undef ADD

  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
