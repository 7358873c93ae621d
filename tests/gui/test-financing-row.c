/* test-financing-row.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The financing lines of the action editor: each control driven as the
 * user would, then the model, the reopened file, the figures the core
 * computes from it, and undo.
 *
 * The action is editor-test-util.h's "a1": solar PV, 100 kWp, 70 %
 * self-consumption, default factors (reference-data.md). By PRODUCT.md §3:
 *   capex      = 100 kWp × €780 (tier from 100 kWp)            = €78,000
 *   gross₁     = 100 × 900 kWh × (0.7 × 0.22 + 0.3 × 0.05)
 *              = 90,000 × 0.169                                 = €15,210/yr
 *   added opex = 100 kWp × €15                                  = €1,500/yr
 */

#include "config.h"

#include <string.h>

#include "action-editor-fixture.h"
#include "wijk-impact.h"

#define CAPEX 78000.0
#define GROSS 15210.0
#define OPEX 1500.0

typedef EditorFixture Fixture;

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  /* No edit was refused along the way. */
  g_assert_cmpuint (f->errors->len, ==, 0);
  editor_fixture_tear_down (f, data);
}

static const WijkFinancing *
model_line (Fixture *f,
            guint    index)
{
  const WijkAction *action = editor_fixture_action (f);

  g_assert_cmpuint (index, <, action->financing->len);
  return g_ptr_array_index (action->financing, index);
}

static void
undo (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (wijk_store_undo (f->store, &error));
  g_assert_no_error (error);
}

static void
redo (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (wijk_store_redo (f->store, &error));
  g_assert_no_error (error);
}

/* The figures as the impact panel computes them from the store now. */
static WijkFinanceResult
finance (Fixture *f)
{
  g_autoptr(WijkImpact) impact = wijk_impact_new (wijk_store_get_workshop (f->store));
  const WijkActionResult *r = wijk_impact_lookup_action (impact, "a1");

  g_assert_nonnull (r);
  g_assert_cmpfloat_with_epsilon (r->capex_eur, CAPEX, 1e-6);
  g_assert_cmpfloat_with_epsilon (r->gross_savings_eur_per_year, GROSS, 1e-6);
  g_assert_cmpfloat_with_epsilon (r->added_opex_eur_per_year, OPEX, 1e-6);
  return r->finance;
}

static WijkOwnerFinance
owner_finance (Fixture    *f,
               const char *org_id)
{
  const WijkWorkshop *ws = wijk_store_get_workshop (f->store);
  g_autoptr(WijkImpact) impact = wijk_impact_new (ws);
  WijkOwnerFinance result;

  wijk_impact_get_owner_finance (impact, ws, "a1", org_id, &result);
  return result;
}

static WijkFinancingRow *
add_line (Fixture           *f,
          WijkFinancingKind  kind)
{
  guint n = editor_fixture_action (f)->financing->len;
  WijkFinancingRow *row;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->editor), "editor.add-financing",
                                             NULL));
  g_assert_cmpuint (editor_fixture_action (f)->financing->len, ==, n + 1);
  row = wijk_action_editor_get_financing_row (f->editor, n);
  g_assert_nonnull (row);
  adw_combo_row_set_selected (wijk_financing_row_get_kind_row (row), kind);
  g_assert_cmpuint (model_line (f, n)->kind, ==, kind);
  return row;
}

/* Whether the row holding @widget shows (the spin buttons sit in an
 * AdwActionRow of their own). */
static gboolean
row_shown (gpointer widget)
{
  GtkWidget *row = GTK_IS_SPIN_BUTTON (widget)
                   ? gtk_widget_get_ancestor (widget, ADW_TYPE_ACTION_ROW) : widget;

  g_assert_nonnull (row);
  return gtk_widget_get_visible (row);
}

typedef struct
{
  gboolean org, capex_share, savings_share, rate, years;
} Shown;

static void
assert_rows (WijkFinancingRow *row,
             Shown             shown)
{
  g_assert_true (row_shown (wijk_financing_row_get_label_row (row)));
  g_assert_true (row_shown (wijk_financing_row_get_amount_spin (row)));
  g_assert_cmpint (row_shown (wijk_financing_row_get_org_row (row)), ==, shown.org);
  g_assert_cmpint (row_shown (wijk_financing_row_get_capex_share_spin (row)), ==,
                   shown.capex_share);
  g_assert_cmpint (row_shown (wijk_financing_row_get_savings_share_spin (row)), ==,
                   shown.savings_share);
  g_assert_cmpint (row_shown (wijk_financing_row_get_rate_spin (row)), ==, shown.rate);
  g_assert_cmpint (row_shown (wijk_financing_row_get_years_spin (row)), ==, shown.years);
}

static const char *
org_name_at (WijkFinancingRow *row,
             guint             position)
{
  GListModel *model = adw_combo_row_get_model (wijk_financing_row_get_org_row (row));

  g_assert_cmpuint (position, <, g_list_model_get_n_items (model));
  return gtk_string_list_get_string (GTK_STRING_LIST (model), position);
}

/* Own funds: whose they are, picked from the co-owners first. */
static void
test_own_funds_organisation (Fixture       *f,
                             gconstpointer  data)
{
  WijkFinancingRow *row;
  AdwComboRow *org_row;
  WijkFinanceResult fin;
  WijkOwnerFinance leuven, siemens;

  /* Stad Leuven co-owns the action alone (cost and benefit share 1). */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->editor), "editor.add-owner", "s",
                                             "leuven"));
  row = add_line (f, WIJK_FINANCING_OWN_FUNDS);
  org_row = wijk_financing_row_get_org_row (row);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  assert_rows (row, (Shown) { .org = TRUE });
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (
                     wijk_financing_row_get_label_row (row))), ==, "Note");

  /* "None", then the co-owner, then the workshop's other organisation. */
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (org_row)), ==, 3);
  g_assert_cmpstr (org_name_at (row, 0), ==, "None");
  g_assert_cmpstr (org_name_at (row, 1), ==, "Stad Leuven");
  g_assert_cmpstr (org_name_at (row, 2), ==, "Siemens");
  g_assert_cmpuint (adw_combo_row_get_selected (org_row), ==, 0);
  g_assert_null (model_line (f, 0)->org_id);
  gtk_test_accessible_assert_property (org_row, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Organisation of financing line 1");
  gtk_test_accessible_assert_property (wijk_financing_row_get_label_row (row),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Name of financing line 1");

  /* Siemens puts in €20,000 of its own funds. */
  adw_combo_row_set_selected (org_row, 2);
  g_assert_cmpstr (model_line (f, 0)->org_id, ==, "siemens");
  gtk_spin_button_set_value (wijk_financing_row_get_amount_spin (row), 20000);
  g_assert_cmpfloat (model_line (f, 0)->amount_eur, ==, 20000);
  editor_test_screenshot (f->window, "financing-own-funds");

  /* financed = €20,000, gap = 78,000 − 20,000 = €58,000; no debt, no
   * third party: net cash flow = 15,210 − 1,500 = €13,710/yr. The line
   * names Siemens, so the own funds are Siemens's, not the owner's. */
  fin = finance (f);
  g_assert_cmpfloat_with_epsilon (fin.own_funds_eur, 20000, 1e-6);
  g_assert_cmpfloat_with_epsilon (fin.gap_eur, 58000, 1e-6);
  g_assert_cmpfloat_with_epsilon (fin.net_cash_flow_eur_per_year, 13710, 1e-6);
  siemens = owner_finance (f, "siemens");
  leuven = owner_finance (f, "leuven");
  g_assert_cmpfloat_with_epsilon (siemens.own_funds_eur, 20000, 1e-6);
  g_assert_cmpfloat_with_epsilon (leuven.own_funds_eur, 0, 1e-6);

  editor_fixture_reopen (f);
  row = wijk_action_editor_get_financing_row (f->editor, 0);
  org_row = wijk_financing_row_get_org_row (row);
  g_assert_cmpstr (model_line (f, 0)->org_id, ==, "siemens");
  g_assert_cmpfloat (model_line (f, 0)->amount_eur, ==, 20000);
  g_assert_cmpuint (adw_combo_row_get_selected (org_row), ==, 2);
  g_assert_nonnull (strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), "Siemens"));

  /* Undo takes back the amount, then the organisation: each was one step. */
  undo (f);
  g_assert_cmpfloat (model_line (f, 0)->amount_eur, ==, 0);
  g_assert_cmpstr (model_line (f, 0)->org_id, ==, "siemens");
  undo (f);
  g_assert_null (model_line (f, 0)->org_id);
  g_assert_cmpuint (adw_combo_row_get_selected (org_row), ==, 0);
  redo (f);
  g_assert_cmpstr (model_line (f, 0)->org_id, ==, "siemens");
  g_assert_cmpuint (adw_combo_row_get_selected (org_row), ==, 2);

  /* "None": split by cost share, Stad Leuven's 100 % of €0 now. */
  adw_combo_row_set_selected (org_row, 0);
  g_assert_null (model_line (f, 0)->org_id);
  editor_fixture_reopen (f);
  g_assert_null (model_line (f, 0)->org_id);
}

/* A subsidy of 30 % of capex: the share replaces the amount. */
static void
test_subsidy_share_of_capex (Fixture       *f,
                             gconstpointer  data)
{
  WijkFinancingRow *row = add_line (f, WIJK_FINANCING_SUBSIDY);
  GtkSpinButton *share = wijk_financing_row_get_capex_share_spin (row);
  AdwEntryRow *label = wijk_financing_row_get_label_row (row);
  GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (share);
  WijkFinanceResult fin;

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  assert_rows (row, (Shown) { .capex_share = TRUE });
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (label)), ==,
                   "Subsidy Name");
  gtk_test_accessible_assert_property (share, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Share of capex of financing line 1");
  /* A percentage from 0 to 100 %. */
  g_assert_cmpfloat (gtk_adjustment_get_lower (adjustment), ==, 0);
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), ==, 100);

  gtk_editable_set_text (GTK_EDITABLE (label), "  Ecology premium  ");
  g_signal_emit_by_name (label, "entry-activated");
  g_assert_cmpstr (model_line (f, 0)->label, ==, "Ecology premium");

  /* An amount of €10,000 first: subsidy €10,000, gap €68,000. */
  gtk_spin_button_set_value (wijk_financing_row_get_amount_spin (row), 10000);
  fin = finance (f);
  g_assert_cmpfloat_with_epsilon (fin.subsidy_eur, 10000, 1e-6);
  g_assert_cmpfloat_with_epsilon (fin.gap_eur, 68000, 1e-6);

  /* 30 %: subsidy = 0.3 × 78,000 = €23,400, not the €10,000;
   * gap = 78,000 − 23,400 = €54,600. */
  gtk_spin_button_set_value (share, 30);
  g_assert_cmpfloat_with_epsilon (model_line (f, 0)->share_of_capex, 0.3, 1e-12);
  g_assert_cmpfloat (model_line (f, 0)->amount_eur, ==, 10000);
  g_assert_false (gtk_widget_get_sensitive (
                    gtk_widget_get_ancestor (GTK_WIDGET (wijk_financing_row_get_amount_spin (row)),
                                             ADW_TYPE_ACTION_ROW)));
  fin = finance (f);
  g_assert_cmpfloat_with_epsilon (fin.subsidy_eur, 23400, 1e-6);
  g_assert_cmpfloat_with_epsilon (fin.financed_eur, 23400, 1e-6);
  g_assert_cmpfloat_with_epsilon (fin.gap_eur, 54600, 1e-6);
  editor_test_screenshot (f->window, "financing-subsidy");

  editor_fixture_reopen (f);
  row = wijk_action_editor_get_financing_row (f->editor, 0);
  share = wijk_financing_row_get_capex_share_spin (row);
  g_assert_cmpfloat_with_epsilon (model_line (f, 0)->share_of_capex, 0.3, 1e-12);
  g_assert_cmpstr (model_line (f, 0)->label, ==, "Ecology premium");
  g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (share), 30, 1e-9);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (wijk_financing_row_get_label_row (row))),
                   ==, "Ecology premium");

  /* Undo: back to the amount, and the editor shows it. */
  undo (f);
  g_assert_cmpfloat (model_line (f, 0)->share_of_capex, ==, 0);
  g_assert_cmpfloat (gtk_spin_button_get_value (share), ==, 0);
  g_assert_true (gtk_widget_get_sensitive (
                   gtk_widget_get_ancestor (GTK_WIDGET (wijk_financing_row_get_amount_spin (row)),
                                            ADW_TYPE_ACTION_ROW)));
  fin = finance (f);
  g_assert_cmpfloat_with_epsilon (fin.subsidy_eur, 10000, 1e-6);
  redo (f);
  g_assert_cmpfloat_with_epsilon (model_line (f, 0)->share_of_capex, 0.3, 1e-12);
  g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (share), 30, 1e-9);

  /* Nothing above 100 % reaches the store: the adjustment stops at 100. */
  gtk_spin_button_set_value (share, 150);
  g_assert_cmpfloat (model_line (f, 0)->share_of_capex, ==, 1.0);

  /* Undo the 100 %, the 30 %, the amount and the name: no name again. */
  undo (f);
  undo (f);
  undo (f);
  g_assert_cmpstr (model_line (f, 0)->label, ==, "Ecology premium");
  undo (f);
  g_assert_null (model_line (f, 0)->label);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (wijk_financing_row_get_label_row (row))),
                   ==, "");
}

/* A third party (ESCO) paying €30,000 of capex for 25 % of the savings
 * over 8 years. */
static void
test_third_party_savings (Fixture       *f,
                          gconstpointer  data)
{
  WijkFinancingRow *row = add_line (f, WIJK_FINANCING_THIRD_PARTY);
  GtkSpinButton *savings = wijk_financing_row_get_savings_share_spin (row);
  WijkFinanceResult fin;

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  assert_rows (row, (Shown) { .capex_share = TRUE, .savings_share = TRUE, .years = TRUE });
  gtk_test_accessible_assert_property (savings, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Share of savings of financing line 1");

  gtk_spin_button_set_value (wijk_financing_row_get_amount_spin (row), 30000);
  gtk_spin_button_set_value (savings, 25);
  gtk_spin_button_set_value (wijk_financing_row_get_years_spin (row), 8);
  g_assert_cmpfloat_with_epsilon (model_line (f, 0)->savings_share, 0.25, 1e-12);
  g_assert_cmpint (model_line (f, 0)->years, ==, 8);
  editor_test_screenshot (f->window, "financing-third-party");

  /* third party = €30,000; gap = 78,000 − 30,000 = €48,000;
   * paid to it = 0.25 × 15,210 = €3,802.50/yr;
   * net cash flow = 15,210 − 1,500 − 3,802.50 = €9,907.50/yr. */
  fin = finance (f);
  g_assert_cmpfloat_with_epsilon (fin.third_party_eur, 30000, 1e-6);
  g_assert_cmpfloat_with_epsilon (fin.gap_eur, 48000, 1e-6);
  g_assert_cmpfloat_with_epsilon (fin.third_party_eur_per_year, 3802.5, 1e-6);
  g_assert_cmpfloat_with_epsilon (fin.net_cash_flow_eur_per_year, 9907.5, 1e-6);

  editor_fixture_reopen (f);
  row = wijk_action_editor_get_financing_row (f->editor, 0);
  savings = wijk_financing_row_get_savings_share_spin (row);
  g_assert_cmpfloat_with_epsilon (model_line (f, 0)->savings_share, 0.25, 1e-12);
  g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (savings), 25, 1e-9);

  undo (f);
  g_assert_cmpint (model_line (f, 0)->years, ==, 0);
  undo (f);
  g_assert_cmpfloat (model_line (f, 0)->savings_share, ==, 0);
  g_assert_cmpfloat (gtk_spin_button_get_value (savings), ==, 0);
  redo (f);
  redo (f);

  /* The investor pays 10 % of capex instead: 0.1 × 78,000 = €7,800. */
  gtk_spin_button_set_value (wijk_financing_row_get_capex_share_spin (row), 10);
  fin = finance (f);
  g_assert_cmpfloat_with_epsilon (fin.third_party_eur, 7800, 1e-6);

  /* Turned into a loan, the line has no share of capex any more (it would
   * raise money unseen): it raises its amount, €30,000; the savings share
   * no longer counts and its row hides, the interest rate's shows. */
  adw_combo_row_set_selected (wijk_financing_row_get_kind_row (row), WIJK_FINANCING_LOAN);
  g_assert_cmpuint (model_line (f, 0)->kind, ==, WIJK_FINANCING_LOAN);
  g_assert_cmpfloat (model_line (f, 0)->share_of_capex, ==, 0);
  assert_rows (row, (Shown) { .org = TRUE, .rate = TRUE, .years = TRUE });
  fin = finance (f);
  g_assert_cmpfloat_with_epsilon (fin.loan_eur, 30000, 1e-6);
  g_assert_cmpfloat_with_epsilon (fin.third_party_eur_per_year, 0, 1e-6);

  /* One undo brings back the third party with its share. */
  undo (f);
  g_assert_cmpuint (model_line (f, 0)->kind, ==, WIJK_FINANCING_THIRD_PARTY);
  g_assert_cmpfloat_with_epsilon (model_line (f, 0)->share_of_capex, 0.1, 1e-12);
  assert_rows (row, (Shown) { .capex_share = TRUE, .savings_share = TRUE, .years = TRUE });
}

static gboolean
label_committed (gpointer data)
{
  Fixture *f = data;

  return g_strcmp0 (model_line (f, 0)->label, "Bank") == 0;
}

static gboolean
window_active (gpointer data)
{
  return gtk_window_is_active (GTK_WINDOW (data));
}

/* A name being typed survives the refresh of another edit and is
 * committed when the focus leaves it or after a pause. Focus moves only
 * in the active window: other tests' windows on the same display may
 * take it, so the window asks for it first. */
static void
test_label_typing (Fixture       *f,
                   gconstpointer  data)
{
  WijkFinancingRow *row = add_line (f, WIJK_FINANCING_LOAN);
  AdwEntryRow *label = wijk_financing_row_get_label_row (row);
  GtkSpinButton *amount = wijk_financing_row_get_amount_spin (row);

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  gtk_window_present (GTK_WINDOW (f->window));
  if (!gui_test_wait (window_active, f->window, 2))
    {
      g_test_skip ("the test window did not get the keyboard focus");
      return;
    }
  gtk_widget_grab_focus (GTK_WIDGET (label));
  gtk_editable_set_text (GTK_EDITABLE (label), "Ban");
  g_assert_null (model_line (f, 0)->label);

  /* An edit from elsewhere refreshes the row: the typing stays. */
  g_assert_true (wijk_store_set_action_param (f->store, "a1", "kwp", 120, NULL));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (label)), ==, "Ban");
  g_assert_null (model_line (f, 0)->label);

  /* The focus leaves: committed. */
  gtk_editable_set_text (GTK_EDITABLE (label), "KBC");
  gtk_widget_grab_focus (GTK_WIDGET (amount));
  g_assert_cmpstr (model_line (f, 0)->label, ==, "KBC");

  /* A pause of 2 s in typing: committed, though the focus stays. */
  gtk_widget_grab_focus (GTK_WIDGET (label));
  gtk_editable_set_text (GTK_EDITABLE (label), "Bank");
  g_assert_cmpstr (model_line (f, 0)->label, ==, "KBC");
  g_assert_true (gui_test_wait (label_committed, f, 4));
  editor_fixture_reopen (f);
  g_assert_cmpstr (model_line (f, 0)->label, ==, "Bank");
}

/* The editor turning to another action keeps a name still being typed. */
static void
test_label_kept_on_switch (Fixture       *f,
                           gconstpointer  data)
{
  WijkFinancingRow *row = add_line (f, WIJK_FINANCING_COOPERATIVE);
  AdwEntryRow *label = wijk_financing_row_get_label_row (row);

  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (label)), ==,
                   "Cooperative");
  gtk_editable_set_text (GTK_EDITABLE (label), "Ecopower");
  wijk_action_editor_set_action_id (f->editor, NULL);
  g_assert_cmpstr (model_line (f, 0)->label, ==, "Ecopower");
}

int
main (int   argc,
      char *argv[])
{
  if (!gui_test_init (&argc, &argv))
    return 0;

#define ADD(path, func) \
  g_test_add ("/wijk/financing-row/" path, Fixture, NULL, editor_fixture_set_up, func, fixture_tear_down)

  ADD ("own-funds-organisation", test_own_funds_organisation);
  ADD ("subsidy-share-of-capex", test_subsidy_share_of_capex);
  ADD ("third-party-savings", test_third_party_savings);
  ADD ("label-typing", test_label_typing);
  ADD ("label-kept-on-switch", test_label_kept_on_switch);

#undef ADD

  return g_test_run ();
}
