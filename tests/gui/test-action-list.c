/* test-action-list.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gui-test-util.h"
#include "wijk-action-list.h"
#include "wijk-items.h"
#include "wijk-theme-group.h"

/* The sidebar's action list: grouped by theme, searchable, and its
 * selection is the map's (both go through "selected-action"). */

typedef struct
{
  char              *dir;
  WijkStore         *store;
  WijkWorkshopModel *model;
  GtkWindow         *window;
  WijkActionList    *list;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->store = gui_test_create_store (&fixture->dir);
  fixture->model = wijk_workshop_model_new (fixture->store);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 320, 600);
  fixture->list = WIJK_ACTION_LIST (wijk_action_list_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->list));
  wijk_action_list_set_model (fixture->list, fixture->model);
  gtk_window_present (fixture->window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->list));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  g_clear_object (&fixture->store);
  g_assert_finalize_object (fixture->model);
  gui_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* The rows as the list shows them: "theme:<id>" for a heading,
 * "action:<id>" for an action. */
static char *
describe_rows (Fixture *fixture)
{
  GListModel *rows = G_LIST_MODEL (gtk_list_view_get_model (wijk_action_list_get_list_view (fixture->list)));
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);
      g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);

      if (text->len > 0)
        g_string_append_c (text, ' ');
      if (WIJK_IS_THEME_GROUP (item))
        g_string_append_printf (text, "theme:%s",
                                wijk_theme_to_string (wijk_theme_group_get_theme (WIJK_THEME_GROUP (item))));
      else
        g_string_append_printf (text, "action:%s", wijk_action_item_get_id (WIJK_ACTION_ITEM (item)));
    }

  return g_string_free (text, FALSE);
}

static guint
selected_position (Fixture *fixture)
{
  GtkSelectionModel *selection = gtk_list_view_get_model (wijk_action_list_get_list_view (fixture->list));

  return gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (selection));
}

static void
set_search (Fixture    *fixture,
            const char *text)
{
  GtkWidget *entry = gtk_widget_get_first_child (gtk_widget_get_first_child (GTK_WIDGET (fixture->list)));

  /* The search entry is the second child of the list's box. */
  entry = gtk_widget_get_next_sibling (entry);
  g_assert_true (GTK_IS_SEARCH_ENTRY (entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  /* "search-changed" comes after a short delay. */
  gui_test_spin (0.4);
}

static void
test_action_list_groups (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *rows = describe_rows (fixture);

  /* Themes in the catalogue's order, only those with actions. */
  g_assert_cmpstr (rows, ==, "theme:mobility action:a2 theme:renewable_energy action:a1");
  g_assert_cmpuint (wijk_action_list_get_n_shown (fixture->list), ==, 2);
}

static void
test_action_list_search (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *by_title = NULL;
  g_autofree char *by_org = NULL;
  g_autofree char *none = NULL;
  g_autofree char *all = NULL;

  set_search (fixture, "bike");
  by_title = describe_rows (fixture);
  g_assert_cmpstr (by_title, ==, "theme:mobility action:a2");

  /* The lead organisation's name counts too: Acme leads the solar action. */
  set_search (fixture, "acm");
  by_org = describe_rows (fixture);
  g_assert_cmpstr (by_org, ==, "theme:renewable_energy action:a1");

  set_search (fixture, "nothing like this");
  none = describe_rows (fixture);
  g_assert_cmpstr (none, ==, "");
  g_assert_cmpuint (wijk_action_list_get_n_shown (fixture->list), ==, 0);

  set_search (fixture, "");
  all = describe_rows (fixture);
  g_assert_cmpstr (all, ==, "theme:mobility action:a2 theme:renewable_energy action:a1");
}

static void
test_action_list_selection (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WijkAction) edited = NULL;
  g_autofree char *rows = NULL;

  /* Selecting by id selects the row, as the map does. */
  wijk_action_list_set_selected_action (fixture->list, "a1");
  g_assert_cmpuint (selected_position (fixture), ==, 3);
  g_assert_cmpstr (wijk_action_list_get_selected_action (fixture->list), ==, "a1");

  /* A folded theme unfolds to show its selected action. */
  wijk_action_list_set_selected_action (fixture->list, NULL);
  g_assert_cmpuint (selected_position (fixture), ==, GTK_INVALID_LIST_POSITION);
  {
    GListModel *list_rows = G_LIST_MODEL (gtk_list_view_get_model (wijk_action_list_get_list_view (fixture->list)));
    g_autoptr(GtkTreeListRow) mobility = g_list_model_get_item (list_rows, 0);

    gtk_tree_list_row_set_expanded (mobility, FALSE);
  }
  rows = describe_rows (fixture);
  g_assert_cmpstr (rows, ==, "theme:mobility theme:renewable_energy action:a1");
  wijk_action_list_set_selected_action (fixture->list, "a2");
  g_assert_cmpuint (selected_position (fixture), ==, 1);

  /* An edit keeps the selection; a retitled action moves with it. */
  edited = wijk_action_copy (wijk_store_get_workshop (fixture->store)->actions->pdata[1]);
  g_assert_cmpstr (edited->id, ==, "a2");
  g_free (edited->title);
  edited->title = g_strdup ("Bicycles for all");
  g_assert_true (wijk_store_put_action (fixture->store, edited, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (wijk_action_list_get_selected_action (fixture->list), ==, "a2");
  g_assert_cmpuint (selected_position (fixture), ==, 1);

  /* Deleting the selected action clears the selection. */
  g_assert_true (wijk_store_delete_action (fixture->store, "a2", &error));
  g_assert_no_error (error);
  g_assert_null (wijk_action_list_get_selected_action (fixture->list));
}

static GtkDropDown *
find_dropdown (GtkWidget  *widget,
               const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkDropDown *found;

      if (GTK_IS_DROP_DOWN (child))
        {
          GListModel *names = gtk_drop_down_get_model (GTK_DROP_DOWN (child));

          if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (names), 0), label) == 0)
            return GTK_DROP_DOWN (child);
        }
      if ((found = find_dropdown (child, label)) != NULL)
        return found;
    }

  return NULL;
}

static void
test_action_list_filters (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WijkOrganisation) beta = wijk_organisation_new ("beta");
  GtkDropDown *status = find_dropdown (GTK_WIDGET (fixture->list), "All statuses");
  GtkDropDown *orgs = find_dropdown (GTK_WIDGET (fixture->list), "All owners");
  GListModel *org_names;
  g_autofree char *by_org = NULL;
  g_autofree char *agreed = NULL;
  g_autofree char *ideas = NULL;
  g_autofree char *after_rename = NULL;

  g_assert_nonnull (status);
  g_assert_nonnull (orgs);

  /* "All", then the statuses in their order; "All", then the organisations. */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (status)), ==,
                    1 + WIJK_N_STATUSES);
  org_names = gtk_drop_down_get_model (orgs);
  g_assert_cmpuint (g_list_model_get_n_items (org_names), ==, 2);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (org_names), 1), ==, "Acme");

  /* Acme owns only the solar action. */
  gtk_drop_down_set_selected (orgs, 1);
  by_org = describe_rows (fixture);
  g_assert_cmpstr (by_org, ==, "theme:renewable_energy action:a1");

  /* Both actions are ideas; none is agreed. */
  gtk_drop_down_set_selected (orgs, 0);
  gtk_drop_down_set_selected (status, 1 + WIJK_STATUS_AGREED);
  agreed = describe_rows (fixture);
  g_assert_cmpstr (agreed, ==, "");
  gtk_drop_down_set_selected (status, 1 + WIJK_STATUS_IDEA);
  ideas = describe_rows (fixture);
  g_assert_cmpstr (ideas, ==, "theme:mobility action:a2 theme:renewable_energy action:a1");
  gtk_drop_down_set_selected (status, 0);

  /* A new organisation joins the list; the chosen one stays chosen. */
  gtk_drop_down_set_selected (orgs, 1);
  beta->name = g_strdup ("Beta");
  beta->colour = g_strdup ("#cc79a7");
  g_assert_true (wijk_store_put_organisation (fixture->store, beta, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (org_names), ==, 3);
  g_assert_cmpuint (gtk_drop_down_get_selected (orgs), ==, 1);
  after_rename = describe_rows (fixture);
  g_assert_cmpstr (after_rename, ==, "theme:renewable_energy action:a1");
}

static GtkStack *
list_stack (WijkActionList *list)
{
  return GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (list), WIJK_TYPE_ACTION_LIST,
                                                   "stack"));
}

static void
assert_status_page (Fixture    *fixture,
                    const char *name,
                    const char *title,
                    const char *icon_name)
{
  GtkStack *stack = list_stack (fixture->list);
  AdwStatusPage *page;

  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, name);
  page = ADW_STATUS_PAGE (gtk_stack_get_visible_child (stack));
  g_assert_cmpstr (adw_status_page_get_title (page), ==, title);
  g_assert_cmpstr (adw_status_page_get_icon_name (page), ==, icon_name);
}

static void
test_action_list_placeholders (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WijkActionList) unshown = g_object_ref_sink (WIJK_ACTION_LIST (wijk_action_list_new ()));

  /* A list with no actions that is not on screen has not built its
   * placeholder (its large icon would be loaded at once). */
  g_assert_null (gtk_stack_get_child_by_name (list_stack (unshown), "empty"));
  g_assert_null (gtk_stack_get_child_by_name (list_stack (fixture->list), "empty"));
  g_assert_null (gtk_stack_get_child_by_name (list_stack (fixture->list), "no-results"));

  set_search (fixture, "no such words");
  assert_status_page (fixture, "no-results", "No Matching Actions", "system-search-symbolic");
  set_search (fixture, "");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (list_stack (fixture->list)), ==, "list");

  g_assert_true (wijk_store_delete_action (fixture->store, "a1", &error));
  g_assert_no_error (error);
  g_assert_true (wijk_store_delete_action (fixture->store, "a2", &error));
  g_assert_no_error (error);
  assert_status_page (fixture, "empty", "No Actions Yet", "mark-location-symbolic");
}

int
main (int   argc,
      char *argv[])
{
  if (!gui_test_init (&argc, &argv))
    return 0;

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/wijk/action-list/groups", test_action_list_groups);
  ADD ("/wijk/action-list/search", test_action_list_search);
  ADD ("/wijk/action-list/selection", test_action_list_selection);
  ADD ("/wijk/action-list/filters", test_action_list_filters);
  ADD ("/wijk/action-list/placeholders", test_action_list_placeholders);

#undef ADD

  return g_test_run ();
}
