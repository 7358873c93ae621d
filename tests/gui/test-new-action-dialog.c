/* test-new-action-dialog.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "editor-test-util.h"
#include "wijk-new-action-dialog-private.h"

typedef struct
{
  WijkNewActionDialog *dialog;
  char *created;
  guint n_created;
} Fixture;

static void
create_cb (WijkNewActionDialog *dialog,
           const char          *type_id,
           Fixture             *f)
{
  g_free (f->created);
  f->created = g_strdup (type_id);
  f->n_created++;
}

static gboolean
group_shown (Fixture   *f,
             WijkTheme  theme)
{
  return gtk_widget_get_visible (wijk_new_action_dialog_get_theme_group (f->dialog, theme));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dialog = wijk_new_action_dialog_new (NULL);
  g_object_ref (f->dialog);
  g_signal_connect (f->dialog, "create", G_CALLBACK (create_cb), f);
  gtk_window_present (GTK_WINDOW (f->dialog));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->dialog));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->dialog));
  gui_test_spin (0.1);
  g_assert_finalize_object (f->dialog);
  g_free (f->created);
}

/* Every type of the catalogue is offered once, in its theme's group, by
 * its accessible name. */
static void
test_catalogue (Fixture       *f,
                gconstpointer  data)
{
  for (guint i = 0; i < wijk_catalog_get_n_types (); i++)
    {
      const WijkActionType *type = wijk_catalog_get_type (i);
      GtkWidget *check = wijk_new_action_dialog_get_type_check (f->dialog, type->id);
      GtkWidget *group = wijk_new_action_dialog_get_theme_group (f->dialog, type->theme);

      g_assert_nonnull (check);
      g_assert_true (gtk_widget_is_ancestor (check, group));
      gtk_test_accessible_assert_property (check, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                           wijk_action_type_get_name (type));
    }
  /* Nothing chosen yet: "Create" waits. */
  g_assert_null (wijk_new_action_dialog_get_action_type (f->dialog));
  g_assert_false (gtk_widget_get_sensitive (wijk_new_action_dialog_get_create_button (f->dialog)));
  editor_test_screenshot (GTK_WIDGET (f->dialog), "new-action-dialog");
}

static void
test_theme_then_type (Fixture       *f,
                      gconstpointer  data)
{
  AdwComboRow *theme = wijk_new_action_dialog_get_theme_row (f->dialog);
  g_autoptr(WijkAction) action = NULL;
  GtkStringList *themes = GTK_STRING_LIST (adw_combo_row_get_model (theme));
  guint mobility = GTK_INVALID_LIST_POSITION;
  GtkWidget *check;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (themes)); i++)
    if (g_strcmp0 (gtk_string_list_get_string (themes, i),
                   wijk_theme_get_label (WIJK_THEME_MOBILITY)) == 0)
      mobility = i;
  g_assert_cmpuint (mobility, !=, GTK_INVALID_LIST_POSITION);

  /* Choosing a theme leaves only its types in view. */
  adw_combo_row_set_selected (theme, mobility);
  g_assert_true (group_shown (f, WIJK_THEME_MOBILITY));
  g_assert_false (group_shown (f, WIJK_THEME_RENEWABLE_ENERGY));

  /* Then the type, as a click on its row does. */
  check = wijk_new_action_dialog_get_type_check (f->dialog, "bike_shift");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  g_assert_cmpstr (wijk_new_action_dialog_get_action_type (f->dialog)->id, ==, "bike_shift");
  g_assert_true (gtk_widget_get_sensitive (wijk_new_action_dialog_get_create_button (f->dialog)));

  /* No title typed: the type's name. */
  action = wijk_new_action_dialog_dup_action (f->dialog);
  g_assert_cmpstr (action->type, ==, "bike_shift");
  g_assert_cmpstr (action->title, ==,
                   wijk_action_type_get_name (wijk_catalog_lookup ("bike_shift")));
  g_assert_cmpuint (action->status, ==, WIJK_STATUS_IDEA);
  g_assert_cmpuint (action->owners->len, ==, 0);
  /* The catalogue's defaults: 50 commuters who switch. */
  g_assert_cmpfloat (action->params[0], ==, 50);

  gtk_editable_set_text (GTK_EDITABLE (wijk_new_action_dialog_get_title_row (f->dialog)),
                         "  Bike sheds at the station  ");
  g_clear_pointer (&action, wijk_action_free);
  action = wijk_new_action_dialog_dup_action (f->dialog);
  g_assert_cmpstr (action->title, ==, "Bike sheds at the station");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->dialog), "dialog.create", NULL));
  g_assert_cmpuint (f->n_created, ==, 1);
  g_assert_cmpstr (f->created, ==, "bike_shift");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f->dialog)));
}

/* For a polygon drawn on the map only the types drawn as areas. */
static void
test_area_only (Fixture       *f,
                gconstpointer  data)
{
  g_assert_true (wijk_new_action_dialog_select_type (f->dialog, "bike_shift"));
  wijk_new_action_dialog_set_area_only (f->dialog, TRUE);
  /* The choice that no longer fits is dropped. */
  g_assert_null (wijk_new_action_dialog_get_action_type (f->dialog));
  g_assert_false (wijk_new_action_dialog_select_type (f->dialog, "bike_shift"));
  g_assert_false (group_shown (f, WIJK_THEME_MOBILITY));
  g_assert_true (wijk_new_action_dialog_select_type (f->dialog, "green_roof"));
  g_assert_true (wijk_new_action_dialog_select_type (f->dialog, "solar_pv"));
  g_assert_false (wijk_new_action_dialog_select_type (f->dialog, "no_such_type"));
}

int
main (int   argc,
      char *argv[])
{
  if (!gui_test_init (&argc, &argv))
    return 0;

#define ADD(path, func) \
  g_test_add ("/wijk/new-action-dialog/" path, Fixture, NULL, fixture_set_up, func, \
              fixture_tear_down)

  ADD ("catalogue", test_catalogue);
  ADD ("theme-then-type", test_theme_then_type);
  ADD ("area-only", test_area_only);

#undef ADD

  return g_test_run ();
}
