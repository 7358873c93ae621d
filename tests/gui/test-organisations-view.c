/* test-organisations-view.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "editor-test-util.h"
#include "wijk-organisations-view-private.h"

typedef struct
{
  char *dir;
  char *path;
  WijkStore *store;
  WijkWorkshopModel *model;
  GtkWidget *window;
  WijkOrganisationsView *view;
  GPtrArray *errors;
  GPtrArray *selected;
  AdwToast *toast;
} Fixture;

static void
error_cb (WijkOrganisationsView *view,
          const char            *message,
          Fixture               *f)
{
  g_ptr_array_add (f->errors, g_strdup (message));
}

static void
selected_cb (WijkOrganisationsView *view,
             const char            *id,
             Fixture               *f)
{
  g_ptr_array_add (f->selected, g_strdup (id));
}

static void
toast_cb (WijkOrganisationsView *view,
          AdwToast              *toast,
          Fixture               *f)
{
  g_set_object (&f->toast, toast);
}

static void
attach (Fixture *f)
{
  f->model = wijk_workshop_model_new (f->store);
  wijk_organisations_view_set_model (f->view, f->model);
}

static void
detach (Fixture *f)
{
  wijk_organisations_view_set_model (f->view, NULL);
  g_assert_finalize_object (f->model);
  g_assert_finalize_object (f->store);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->path = editor_test_make_file (&f->dir, &f->store);
  f->errors = g_ptr_array_new_with_free_func (g_free);
  f->selected = g_ptr_array_new_with_free_func (g_free);
  f->view = WIJK_ORGANISATIONS_VIEW (wijk_organisations_view_new (NULL));
  g_signal_connect (f->view, "error", G_CALLBACK (error_cb), f);
  g_signal_connect (f->view, "organisation-selected", G_CALLBACK (selected_cb), f);
  g_signal_connect (f->view, "toast", G_CALLBACK (toast_cb), f);
  attach (f);

  f->window = editor_test_window_new (GTK_WIDGET (f->view), 1000, 720);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->toast);
  gtk_window_destroy (GTK_WINDOW (f->window));
  gui_test_spin (0.1);
  g_assert_finalize_object (f->model);
  g_assert_finalize_object (f->store);
  gui_test_remove_tree (f->dir);
  g_ptr_array_unref (f->errors);
  g_ptr_array_unref (f->selected);
  g_free (f->path);
  g_free (f->dir);
}

/* Closes the file and opens it again: what follows checks the file. */
static void
reopen (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *selected = g_strdup (wijk_organisations_view_get_selected_id (f->view));

  detach (f);
  f->store = wijk_store_open (f->path, &error);
  g_assert_no_error (error);
  attach (f);
  if (selected != NULL)
    g_assert_true (wijk_organisations_view_select (f->view, selected));
}

static const char *
shown_name (Fixture *f)
{
  return gtk_editable_get_text (GTK_EDITABLE (wijk_organisations_view_get_name_row (f->view)));
}

static const WijkOrganisation *
model_org (Fixture    *f,
           const char *id)
{
  return wijk_workshop_find_organisation (wijk_store_get_workshop (f->store), id);
}

static void
test_list_and_select (Fixture       *f,
                      gconstpointer  data)
{
  GtkSingleSelection *selection = wijk_organisations_view_get_selection (f->view);

  /* The first organisation is selected and shown. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, 2);
  g_assert_cmpstr (wijk_organisations_view_get_selected_id (f->view), ==, "siemens");
  g_assert_cmpstr (shown_name (f), ==, "Siemens");

  g_assert_true (wijk_organisations_view_select (f->view, "leuven"));
  g_assert_cmpstr (wijk_organisations_view_get_selected_id (f->view), ==, "leuven");
  g_assert_cmpstr (g_ptr_array_index (f->selected, f->selected->len - 1), ==, "leuven");
  g_assert_cmpstr (shown_name (f), ==, "Stad Leuven");
  g_assert_cmpuint (adw_combo_row_get_selected (wijk_organisations_view_get_kind_row (f->view)),
                    ==, WIJK_ORG_KIND_PUBLIC);
  g_assert_false (wijk_organisations_view_select (f->view, "nobody"));
  editor_test_screenshot (f->window, "organisations-view");
}

static void
test_edit_fields (Fixture       *f,
                  gconstpointer  data)
{
  AdwEntryRow *name = wijk_organisations_view_get_name_row (f->view);
  GtkSpinButton *employees = wijk_organisations_view_get_employees_spin (f->view);
  GtkColorButton *colour;
  GdkRGBA orange;

  gtk_editable_set_text (GTK_EDITABLE (name), "Siemens Healthineers");
  g_signal_emit_by_name (name, "entry-activated");
  g_assert_cmpstr (model_org (f, "siemens")->name, ==, "Siemens Healthineers");

  adw_combo_row_set_selected (wijk_organisations_view_get_kind_row (f->view),
                              WIJK_ORG_KIND_RESEARCH);
  gtk_spin_button_set_value (employees, 420);
  gtk_spin_button_set_value (wijk_organisations_view_get_energy_spin (f->view), 5200);
  gtk_spin_button_set_value (wijk_organisations_view_get_emissions_spin (f->view), 1150);
  gtk_switch_set_active (wijk_organisations_view_get_illustrative_switch (f->view), TRUE);
  g_assert_true (gdk_rgba_parse (&orange, "#CC6677"));
  colour = wijk_organisations_view_get_colour_button (f->view);
  gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (colour), &orange);
  g_signal_emit_by_name (colour, "color-set");

  reopen (f);
  g_assert_cmpstr (model_org (f, "siemens")->name, ==, "Siemens Healthineers");
  g_assert_cmpuint (model_org (f, "siemens")->kind, ==, WIJK_ORG_KIND_RESEARCH);
  g_assert_cmpint (model_org (f, "siemens")->employees, ==, 420);
  g_assert_cmpfloat (model_org (f, "siemens")->baseline_mwh_per_year, ==, 5200);
  g_assert_cmpfloat (model_org (f, "siemens")->baseline_t_co2_per_year, ==, 1150);
  g_assert_true (model_org (f, "siemens")->illustrative);
  g_assert_cmpstr (model_org (f, "siemens")->colour, ==, "#cc6677");
  /* The view shows the file's values after the restart. */
  g_assert_cmpfloat (gtk_spin_button_get_value (employees), ==, 420);
  g_assert_true (gtk_switch_get_active (wijk_organisations_view_get_illustrative_switch (f->view)));
  g_assert_cmpuint (f->errors->len, ==, 0);
}

/* Undoing an edit made in the view shows the earlier value in the view. */
static void
test_undo (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GtkSpinButton *employees = wijk_organisations_view_get_employees_spin (f->view);

  gtk_spin_button_set_value (employees, 300);
  g_assert_cmpint (model_org (f, "siemens")->employees, ==, 300);
  g_assert_true (wijk_store_undo (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (model_org (f, "siemens")->employees, ==, 0);
  g_assert_cmpfloat (gtk_spin_button_get_value (employees), ==, 0);
  reopen (f);
  g_assert_cmpint (model_org (f, "siemens")->employees, ==, 0);
  g_assert_true (wijk_store_redo (f->store, &error));
  g_assert_cmpint (model_org (f, "siemens")->employees, ==, 300);
  g_assert_cmpfloat (gtk_spin_button_get_value (employees), ==, 300);
}

static void
test_add_and_delete (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  const WijkOrganisation *org;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "organisations.add", NULL));
  g_assert_cmpuint (wijk_store_get_workshop (f->store)->organisations->len, ==, 3);
  id = g_strdup (wijk_organisations_view_get_selected_id (f->view));
  org = model_org (f, id);
  g_assert_nonnull (org);
  g_assert_cmpstr (org->name, ==, "New organisation");
  /* Its colour is one that no organisation had: not Siemens' #332288 nor
   * Leuven's #44AA99. */
  g_assert_cmpstr (org->colour, !=, "#332288");
  g_assert_cmpstr (org->colour, !=, "#44AA99");
  reopen (f);
  g_assert_nonnull (model_org (f, id));

  /* Deleting it is undoable from the toast. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "organisations.delete", NULL));
  g_assert_null (model_org (f, id));
  g_assert_nonnull (f->toast);
  g_signal_emit_by_name (f->toast, "button-clicked");
  g_assert_nonnull (model_org (f, id));
  reopen (f);
  g_assert_nonnull (model_org (f, id));
  g_assert_cmpuint (f->errors->len, ==, 0);
}

/* An organisation that still co-owns an action cannot be deleted: the
 * store's message is shown and nothing changes. */
static void
test_delete_in_use (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WijkAction) action = NULL;
  WijkOwner *owner = wijk_owner_new ("siemens");

  action = wijk_action_copy (wijk_workshop_find_action (wijk_store_get_workshop (f->store), "a1"));
  owner->cost_share = owner->benefit_share = 1.0;
  g_ptr_array_add (action->owners, owner);
  g_assert_true (wijk_store_put_action (f->store, action, &error));
  g_assert_no_error (error);

  g_assert_true (wijk_organisations_view_select (f->view, "siemens"));
  g_assert_cmpuint (wijk_organisations_view_get_n_commitments (f->view), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "organisations.delete", NULL));
  g_assert_nonnull (model_org (f, "siemens"));
  g_assert_cmpuint (f->errors->len, ==, 1);
  g_assert_true (gtk_revealer_get_reveal_child (
                   wijk_organisations_view_get_error_banner (f->view)));
  g_assert_null (f->toast);
  editor_test_screenshot (f->window, "organisations-view-in-use");

  reopen (f);
  g_assert_nonnull (model_org (f, "siemens"));
}

int
main (int   argc,
      char *argv[])
{
  if (!gui_test_init (&argc, &argv))
    return 0;

#define ADD(path, func) \
  g_test_add ("/wijk/organisations-view/" path, Fixture, NULL, fixture_set_up, func, \
              fixture_tear_down)

  ADD ("list-and-select", test_list_and_select);
  ADD ("edit-fields", test_edit_fields);
  ADD ("undo", test_undo);
  ADD ("add-and-delete", test_add_and_delete);
  ADD ("delete-in-use", test_delete_in_use);

#undef ADD

  return g_test_run ();
}
