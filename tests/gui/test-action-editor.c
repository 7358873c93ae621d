/* test-action-editor.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "action-editor-fixture.h"

typedef EditorFixture Fixture;

static const WijkOwner *
find_owner (const WijkAction *action,
            const char       *org_id)
{
  for (guint i = 0; i < action->owners->len; i++)
    {
      const WijkOwner *owner = g_ptr_array_index (action->owners, i);

      if (g_strcmp0 (owner->org_id, org_id) == 0)
        return owner;
    }
  return NULL;
}

static double
param (const WijkAction *action,
       const char       *name)
{
  gint index = wijk_action_type_find_param (wijk_catalog_lookup (action->type), name);

  g_assert_cmpint (index, >=, 0);
  return action->params[index];
}

static gboolean
shares_warning_shown (WijkActionEditor *editor)
{
  return gtk_revealer_get_reveal_child (wijk_action_editor_get_shares_warning (editor));
}

/* The owner's shares in the model and on the editor's sliders (percent). */
static void
assert_shares (Fixture    *f,
               const char *org_id,
               double      cost,
               double      benefit)
{
  const WijkOwner *owner = find_owner (editor_fixture_action (f), org_id);
  WijkOwnerRow *row = wijk_action_editor_get_owner_row (f->editor, org_id);

  g_assert_nonnull (owner);
  g_assert_nonnull (row);
  g_assert_cmpfloat_with_epsilon (owner->cost_share, cost, 1e-12);
  g_assert_cmpfloat_with_epsilon (owner->benefit_share, benefit, 1e-12);
  g_assert_cmpfloat_with_epsilon (gtk_range_get_value (wijk_owner_row_get_cost_scale (row)),
                                  cost * 100, 1e-9);
  g_assert_cmpfloat_with_epsilon (gtk_range_get_value (wijk_owner_row_get_benefit_scale (row)),
                                  benefit * 100, 1e-9);
}

static void
set_shares (Fixture    *f,
            const char *org_id,
            double      cost_percent,
            double      benefit_percent)
{
  WijkOwnerRow *row = wijk_action_editor_get_owner_row (f->editor, org_id);

  g_assert_nonnull (row);
  gtk_range_set_value (wijk_owner_row_get_cost_scale (row), cost_percent);
  gtk_range_set_value (wijk_owner_row_get_benefit_scale (row), benefit_percent);
}

static gboolean
split_done (gpointer data)
{
  Fixture *f = data;
  const WijkOwner *owner = find_owner (editor_fixture_action (f), "siemens");

  return owner != NULL && owner->cost_share == 0.5;
}

static void
test_shows_action (Fixture       *f,
                   gconstpointer  data)
{
  GtkSpinButton *kwp = wijk_action_editor_get_param_spin (f->editor, "kwp");
  GtkSpinButton *share = wijk_action_editor_get_param_spin (f->editor, "self_consumption");
  AdwEntryRow *title = wijk_action_editor_get_title_row (f->editor);
  GtkAdjustment *adjustment;

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, "PV on hall 3");
  g_assert_cmpuint (adw_combo_row_get_selected (wijk_action_editor_get_status_row (f->editor)),
                    ==, WIJK_STATUS_IDEA);

  /* One row per parameter of the catalogue's descriptor, with its range:
   * solar_pv has kwp in [0, 100000] (default 100) and self_consumption in
   * [0, 1] (default 0.7). */
  g_assert_nonnull (kwp);
  g_assert_nonnull (share);
  g_assert_null (wijk_action_editor_get_param_spin (f->editor, "heat_mwh"));
  adjustment = gtk_spin_button_get_adjustment (kwp);
  g_assert_cmpfloat (gtk_adjustment_get_lower (adjustment), ==, 0);
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), ==, 100000);
  g_assert_cmpfloat (gtk_spin_button_get_value (kwp), ==, 100);
  g_assert_cmpfloat (gtk_spin_button_get_value (share), ==, 0.7);
  /* Default 0.7: a step of 0.01, shown with two decimals. */
  g_assert_cmpuint (gtk_spin_button_get_digits (share), ==, 2);
  gtk_test_accessible_assert_property (kwp, GTK_ACCESSIBLE_PROPERTY_LABEL, "Parameter kwp");

  /* No owners yet: nothing to warn about. */
  g_assert_false (shares_warning_shown (f->editor));
  g_assert_null (wijk_action_editor_get_owner_row (f->editor, "siemens"));
  editor_test_screenshot (f->window, "action-editor-initial");
}

/* The walk-through of the issue: a parameter, two co-owners, the shares
 * warning, "Split equally", undo and redo; the model, the file and the
 * editor checked after each step. */
static void
test_parameters_owners_undo (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  WijkOwnerRow *row;

  /* 1. A parameter through its spin button. */
  gtk_spin_button_set_value (wijk_action_editor_get_param_spin (f->editor, "kwp"), 250);
  g_assert_cmpfloat (param (editor_fixture_action (f), "kwp"), ==, 250);
  editor_fixture_reopen (f);
  g_assert_cmpfloat (param (editor_fixture_action (f), "kwp"), ==, 250);
  g_assert_cmpfloat (gtk_spin_button_get_value (wijk_action_editor_get_param_spin (f->editor,
                                                                                   "kwp")),
                     ==, 250);

  /* 2. Two co-owners: the first carries everything, the second nothing. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->editor), "editor.add-owner", "s",
                                             "siemens"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->editor), "editor.add-owner", "s",
                                             "leuven"));
  g_assert_cmpuint (editor_fixture_action (f)->owners->len, ==, 2);
  assert_shares (f, "siemens", 1.0, 1.0);
  assert_shares (f, "leuven", 0.0, 0.0);
  g_assert_cmpuint (find_owner (editor_fixture_action (f), "siemens")->role, ==, WIJK_ROLE_LEAD);
  g_assert_cmpuint (find_owner (editor_fixture_action (f), "leuven")->role, ==, WIJK_ROLE_PARTNER);
  g_assert_false (shares_warning_shown (f->editor));
  editor_fixture_reopen (f);
  assert_shares (f, "siemens", 1.0, 1.0);
  assert_shares (f, "leuven", 0.0, 0.0);
  row = wijk_action_editor_get_owner_row (f->editor, "siemens");
  gtk_test_accessible_assert_property (wijk_owner_row_get_cost_scale (row),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Cost share of Siemens");

  /* 3. 60 % + 30 % = 90 %: the warning shows. */
  set_shares (f, "siemens", 60, 60);
  set_shares (f, "leuven", 30, 30);
  assert_shares (f, "siemens", 0.6, 0.6);
  assert_shares (f, "leuven", 0.3, 0.3);
  g_assert_true (shares_warning_shown (f->editor));
  g_assert_nonnull (strstr (gtk_label_get_label (wijk_action_editor_get_shares_label (f->editor)),
                            "90%"));
  editor_fixture_reopen (f);
  assert_shares (f, "siemens", 0.6, 0.6);
  assert_shares (f, "leuven", 0.3, 0.3);
  g_assert_true (shares_warning_shown (f->editor));
  editor_test_screenshot (f->window, "action-editor-shares-warning");

  /* 4. "Split equally", clicked: 1/2 each, and the warning goes. */
  gtk_widget_activate (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (f->editor),
                                                                  WIJK_TYPE_ACTION_EDITOR,
                                                                  "split_button")));
  g_assert_true (gui_test_wait (split_done, f, 2));
  assert_shares (f, "siemens", 0.5, 0.5);
  assert_shares (f, "leuven", 0.5, 0.5);
  g_assert_false (shares_warning_shown (f->editor));
  editor_fixture_reopen (f);
  assert_shares (f, "siemens", 0.5, 0.5);
  assert_shares (f, "leuven", 0.5, 0.5);
  g_assert_false (shares_warning_shown (f->editor));

  /* 5. Undo (through the store, as Ctrl+Z does): back to 60/30, and the
   * editor shows it. */
  g_assert_true (wijk_store_undo (f->store, &error));
  g_assert_no_error (error);
  assert_shares (f, "siemens", 0.6, 0.6);
  assert_shares (f, "leuven", 0.3, 0.3);
  g_assert_true (shares_warning_shown (f->editor));
  editor_fixture_reopen (f);
  assert_shares (f, "siemens", 0.6, 0.6);
  assert_shares (f, "leuven", 0.3, 0.3);
  g_assert_true (shares_warning_shown (f->editor));

  /* 6. Redo, after the restart: the split again. */
  g_assert_true (wijk_store_redo (f->store, &error));
  g_assert_no_error (error);
  assert_shares (f, "siemens", 0.5, 0.5);
  assert_shares (f, "leuven", 0.5, 0.5);
  g_assert_false (shares_warning_shown (f->editor));
  editor_fixture_reopen (f);
  assert_shares (f, "siemens", 0.5, 0.5);
  assert_shares (f, "leuven", 0.5, 0.5);
  g_assert_cmpfloat (param (editor_fixture_action (f), "kwp"), ==, 250);

  g_assert_cmpuint (f->errors->len, ==, 0);
  editor_test_screenshot (f->window, "action-editor-split");
}

/* A drag on a slider is one undo step however many values it passes. */
static void
test_drag_is_one_step (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  WijkOwnerRow *row;
  GtkRange *cost;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->editor), "editor.add-owner", "s",
                                             "siemens"));
  row = wijk_action_editor_get_owner_row (f->editor, "siemens");
  cost = wijk_owner_row_get_cost_scale (row);

  g_signal_emit_by_name (row, "gesture-begin");
  gtk_range_set_value (cost, 90);
  /* Every value passed is committed at once (the map and figures follow). */
  g_assert_cmpfloat (find_owner (editor_fixture_action (f), "siemens")->cost_share, ==, 0.9);
  gtk_range_set_value (cost, 80);
  gtk_range_set_value (cost, 70);
  g_signal_emit_by_name (row, "gesture-end");
  assert_shares (f, "siemens", 0.7, 1.0);

  /* One undo takes the whole drag back to 100 %. */
  g_assert_true (wijk_store_undo (f->store, &error));
  g_assert_no_error (error);
  assert_shares (f, "siemens", 1.0, 1.0);
  /* The next undo removes the owner. */
  g_assert_true (wijk_store_undo (f->store, &error));
  g_assert_cmpuint (editor_fixture_action (f)->owners->len, ==, 0);
  g_assert_null (wijk_action_editor_get_owner_row (f->editor, "siemens"));
}

/* "Agreed" is refused, with the reason shown, while the shares do not add
 * up; accepted once they do. */
static void
test_agreed_needs_shares (Fixture       *f,
                          gconstpointer  data)
{
  AdwComboRow *status = wijk_action_editor_get_status_row (f->editor);
  GtkRevealer *refusal = wijk_action_editor_get_status_error (f->editor);
  WijkOwnerRow *row;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->editor), "editor.add-owner", "s",
                                             "siemens"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->editor), "editor.add-owner", "s",
                                             "leuven"));
  set_shares (f, "siemens", 60, 60);
  set_shares (f, "leuven", 30, 30);

  adw_combo_row_set_selected (status, WIJK_STATUS_AGREED);
  g_assert_cmpuint (editor_fixture_action (f)->status, ==, WIJK_STATUS_IDEA);
  g_assert_cmpuint (adw_combo_row_get_selected (status), ==, WIJK_STATUS_IDEA);
  g_assert_true (gtk_revealer_get_reveal_child (refusal));
  editor_test_screenshot (f->window, "action-editor-agreed-refused");

  set_shares (f, "leuven", 40, 40);
  g_assert_false (shares_warning_shown (f->editor));
  g_assert_false (gtk_revealer_get_reveal_child (refusal));
  adw_combo_row_set_selected (status, WIJK_STATUS_AGREED);
  g_assert_cmpuint (editor_fixture_action (f)->status, ==, WIJK_STATUS_AGREED);
  editor_fixture_reopen (f);
  g_assert_cmpuint (editor_fixture_action (f)->status, ==, WIJK_STATUS_AGREED);
  g_assert_cmpuint (adw_combo_row_get_selected (status), ==, WIJK_STATUS_AGREED);

  /* Agreed shares are locked until the action goes back to draft. */
  row = wijk_action_editor_get_owner_row (f->editor, "siemens");
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (row)));
  g_assert_false (gtk_widget_get_sensitive (
                    GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (f->editor),
                                                               WIJK_TYPE_ACTION_EDITOR,
                                                               "split_button"))));
  adw_combo_row_set_selected (status, WIJK_STATUS_DRAFT);
  g_assert_cmpuint (editor_fixture_action (f)->status, ==, WIJK_STATUS_DRAFT);
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (row)));
}

static void
test_title_description_year (Fixture       *f,
                             gconstpointer  data)
{
  AdwEntryRow *title = wijk_action_editor_get_title_row (f->editor);
  GtkTextView *description = wijk_action_editor_get_description_view (f->editor);
  GtkSpinButton *year = wijk_action_editor_get_start_year_spin (f->editor);

  /* Not set: an empty field, 0 in the model. */
  g_assert_cmpint (editor_fixture_action (f)->start_year, ==, 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (year)), ==, "");

  gtk_editable_set_text (GTK_EDITABLE (title), "PV on the roof of hall 3");
  g_signal_emit_by_name (title, "entry-activated");
  g_assert_cmpstr (editor_fixture_action (f)->title, ==, "PV on the roof of hall 3");

  gtk_spin_button_set_value (year, 2027);
  g_assert_cmpint (editor_fixture_action (f)->start_year, ==, 2027);

  /* The description is committed when the focus leaves it. */
  gtk_widget_grab_focus (GTK_WIDGET (description));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (description), "South-facing roof", -1);
  g_assert_null (editor_fixture_action (f)->description);
  gtk_widget_grab_focus (GTK_WIDGET (year));
  g_assert_cmpstr (editor_fixture_action (f)->description, ==, "South-facing roof");

  editor_fixture_reopen (f);
  g_assert_cmpstr (editor_fixture_action (f)->title, ==, "PV on the roof of hall 3");
  g_assert_cmpint (editor_fixture_action (f)->start_year, ==, 2027);
  g_assert_cmpstr (editor_fixture_action (f)->description, ==, "South-facing roof");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (year)), ==, "2027");
}

static gboolean
description_committed (gpointer data)
{
  Fixture *f = data;

  return g_strcmp0 (editor_fixture_action (f)->description, "Roof renovated in 2024") == 0;
}

/* Typing stays in the field while the user types, and is committed once
 * they pause (2 s), though the focus stays in the field. (When other test
 * windows share the display, the window may also lose the focus, which
 * commits too.) */
static void
test_text_commits_after_pause (Fixture       *f,
                               gconstpointer  data)
{
  GtkTextView *description = wijk_action_editor_get_description_view (f->editor);

  gtk_widget_grab_focus (GTK_WIDGET (description));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (description), "Roof renovated in 2024", -1);
  g_assert_null (editor_fixture_action (f)->description);
  g_assert_true (gui_test_wait (description_committed, f, 4));
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (f->window)) == GTK_WIDGET (description));
  editor_fixture_reopen (f);
  g_assert_cmpstr (editor_fixture_action (f)->description, ==, "Roof renovated in 2024");
}

/* An edit made elsewhere (the map, an undo) shows at once; an edit the
 * user is typing is not overwritten by it. */
static void
test_follows_store (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  AdwEntryRow *title = wijk_action_editor_get_title_row (f->editor);

  g_assert_true (wijk_store_set_action_param (f->store, "a1", "kwp", 320, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (gtk_spin_button_get_value (wijk_action_editor_get_param_spin (f->editor,
                                                                                   "kwp")),
                     ==, 320);

  gtk_widget_grab_focus (GTK_WIDGET (title));
  gtk_editable_set_text (GTK_EDITABLE (title), "Half-typed");
  g_assert_true (wijk_store_set_action_param (f->store, "a1", "kwp", 330, &error));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, "Half-typed");

  /* The action deleted (e.g. its creation undone): nothing to edit. */
  g_assert_true (wijk_store_delete_action (f->store, "a1", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (
                     GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (f->editor),
                                                               WIJK_TYPE_ACTION_EDITOR,
                                                               "stack"))),
                   ==, "empty");
}

static void
test_financing_and_comments (Fixture       *f,
                             gconstpointer  data)
{
  WijkFinancingRow *row;
  const WijkFinancing *line;
  AdwEntryRow *comment = wijk_action_editor_get_comment_row (f->editor);
  const WijkWorkshop *ws;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->editor), "editor.add-financing",
                                             NULL));
  g_assert_cmpuint (editor_fixture_action (f)->financing->len, ==, 1);
  row = wijk_action_editor_get_financing_row (f->editor, 0);
  g_assert_nonnull (row);

  /* A bank loan of €120,000 at 3.5 % over 10 years. */
  adw_combo_row_set_selected (wijk_financing_row_get_kind_row (row), WIJK_FINANCING_LOAN);
  gtk_spin_button_set_value (wijk_financing_row_get_amount_spin (row), 120000);
  gtk_spin_button_set_value (wijk_financing_row_get_rate_spin (row), 3.5);
  gtk_spin_button_set_value (wijk_financing_row_get_years_spin (row), 10);
  editor_fixture_reopen (f);
  line = g_ptr_array_index (editor_fixture_action (f)->financing, 0);
  g_assert_cmpuint (line->kind, ==, WIJK_FINANCING_LOAN);
  g_assert_cmpfloat (line->amount_eur, ==, 120000);
  g_assert_cmpfloat_with_epsilon (line->rate, 0.035, 1e-12);
  g_assert_cmpint (line->years, ==, 10);

  g_signal_emit_by_name (wijk_action_editor_get_financing_row (f->editor, 0), "remove");
  g_assert_cmpuint (editor_fixture_action (f)->financing->len, ==, 0);

  gtk_editable_set_text (GTK_EDITABLE (comment), "  Roof needs a structural check  ");
  g_signal_emit_by_name (comment, "entry-activated");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (comment)), ==, "");
  g_assert_cmpuint (wijk_action_editor_get_n_comment_rows (f->editor), ==, 1);
  editor_fixture_reopen (f);
  ws = wijk_store_get_workshop (f->store);
  g_assert_cmpuint (ws->comments->len, ==, 1);
  g_assert_cmpstr (((WijkComment *) g_ptr_array_index (ws->comments, 0))->text, ==,
                   "Roof needs a structural check");
  g_assert_cmpstr (((WijkComment *) g_ptr_array_index (ws->comments, 0))->author, ==,
                   "Facilitator");
  g_assert_cmpstr (((WijkComment *) g_ptr_array_index (ws->comments, 0))->action_id, ==, "a1");
  g_assert_cmpuint (wijk_action_editor_get_n_comment_rows (f->editor), ==, 1);

  /* An empty comment is not added. */
  gtk_editable_set_text (GTK_EDITABLE (comment), "   ");
  g_signal_emit_by_name (comment, "entry-activated");
  g_assert_cmpuint (wijk_store_get_workshop (f->store)->comments->len, ==, 1);
}

static void
collect_scrollables (GtkWidget *widget,
                     GPtrArray *found)
{
  if (GTK_IS_SCALE (widget) || GTK_IS_SPIN_BUTTON (widget))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_scrollables (child, found);
}

/* The phase of @widget's scroll controllers (GtkRange and GtkSpinButton
 * have one each). */
static GtkPropagationPhase
scroll_phase (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  guint n_scroll = 0;
  GtkPropagationPhase phase = GTK_PHASE_NONE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_SCROLL (controller))
        {
          phase = gtk_event_controller_get_propagation_phase (controller);
          n_scroll++;
        }
    }
  g_assert_cmpuint (n_scroll, ==, 1);
  return phase;
}

/* Scrolling the editor over a slider or a spin button scrolls the editor;
 * only the one with the focus takes the wheel. */
static void
test_scroll_needs_focus (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  WijkOwnerRow *row;
  GtkWidget *scale;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->editor), "editor.add-owner", "s",
                                             "siemens"));
  row = wijk_action_editor_get_owner_row (f->editor, "siemens");
  g_assert_nonnull (row);
  scale = GTK_WIDGET (wijk_owner_row_get_cost_scale (row));
  collect_scrollables (GTK_WIDGET (f->editor), found);
  /* Action a1's parameter spins, the start year, and its co-owner's two
   * sliders at least. */
  g_assert_cmpuint (found->len, >=, 4);
  g_assert_true (g_ptr_array_find (found, scale, NULL));
  for (guint i = 0; i < found->len; i++)
    g_assert_cmpint (scroll_phase (g_ptr_array_index (found, i)), ==, GTK_PHASE_NONE);

  g_assert_true (gtk_widget_grab_focus (scale));
  gui_test_spin (0.1);
  if (!gtk_widget_has_focus (scale))
    {
      g_test_skip ("the test window did not take the focus");
      return;
    }
  g_assert_cmpint (scroll_phase (scale), ==, GTK_PHASE_BUBBLE);
  for (guint i = 0; i < found->len; i++)
    if (g_ptr_array_index (found, i) != scale)
      g_assert_cmpint (scroll_phase (g_ptr_array_index (found, i)), ==, GTK_PHASE_NONE);

  gtk_window_set_focus (GTK_WINDOW (f->window), NULL);
  gui_test_spin (0.1);
  g_assert_cmpint (scroll_phase (scale), ==, GTK_PHASE_NONE);
}

int
main (int   argc,
      char *argv[])
{
  if (!gui_test_init (&argc, &argv))
    return 0;

#define ADD(path, func) \
  g_test_add ("/wijk/action-editor/" path, Fixture, NULL, editor_fixture_set_up, func, editor_fixture_tear_down)

  ADD ("shows-action", test_shows_action);
  ADD ("parameters-owners-undo", test_parameters_owners_undo);
  ADD ("drag-is-one-step", test_drag_is_one_step);
  ADD ("agreed-needs-shares", test_agreed_needs_shares);
  ADD ("title-description-year", test_title_description_year);
  ADD ("follows-store", test_follows_store);
  ADD ("text-commits-after-pause", test_text_commits_after_pause);
  ADD ("financing-and-comments", test_financing_and_comments);
  ADD ("scroll-needs-focus", test_scroll_needs_focus);

#undef ADD

  return g_test_run ();
}
