/* wijk-financing-row.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-financing-row"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "wijk-action-editor-private.h"
#include "wijk-financing-row.h"
#include "wijk-format.h"
#include "wijk-widget-style.h"

struct _WijkFinancingRow
{
  AdwExpanderRow parent_instance;

  GtkButton *remove_button;
  AdwComboRow *kind_row;
  GtkStringList *kinds;
  GtkSpinButton *amount_spin;
  AdwActionRow *rate_row;
  GtkSpinButton *rate_spin;
  GtkSpinButton *years_spin;

  char *id;
  guint number;
  guint syncing;
};

G_DEFINE_FINAL_TYPE (WijkFinancingRow, wijk_financing_row, ADW_TYPE_EXPANDER_ROW)

enum {
  EDITED,
  REMOVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
edited_cb (WijkFinancingRow *self)
{
  if (self->syncing == 0)
    g_signal_emit (self, signals[EDITED], 0);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  g_signal_emit (widget, signals[REMOVE], 0);
}

static void
wijk_financing_row_finalize (GObject *object)
{
  WijkFinancingRow *self = WIJK_FINANCING_ROW (object);

  g_clear_pointer (&self->id, g_free);

  G_OBJECT_CLASS (wijk_financing_row_parent_class)->finalize (object);
}

static void
wijk_financing_row_class_init (WijkFinancingRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = wijk_financing_row_finalize;

  signals[EDITED] = g_signal_new ("edited", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[REMOVE] = g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/wijkpact/Wijkpact/wijk-financing-row.ui");
  gtk_widget_class_bind_template_child (widget_class, WijkFinancingRow, remove_button);
  gtk_widget_class_bind_template_child (widget_class, WijkFinancingRow, kind_row);
  gtk_widget_class_bind_template_child (widget_class, WijkFinancingRow, kinds);
  gtk_widget_class_bind_template_child (widget_class, WijkFinancingRow, amount_spin);
  gtk_widget_class_bind_template_child (widget_class, WijkFinancingRow, rate_row);
  gtk_widget_class_bind_template_child (widget_class, WijkFinancingRow, rate_spin);
  gtk_widget_class_bind_template_child (widget_class, WijkFinancingRow, years_spin);
  gtk_widget_class_bind_template_callback (widget_class, edited_cb);

  gtk_widget_class_install_action (widget_class, "financing.remove", NULL, remove_action);
}

static void
wijk_financing_row_init (WijkFinancingRow *self)
{
  self->syncing++;
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The label of a line comes from the file: never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
  for (guint i = 0; i < WIJK_N_FINANCING_KINDS; i++)
    gtk_string_list_append (self->kinds, wijk_financing_kind_get_label (i));
  self->syncing--;
}

GtkWidget *
wijk_financing_row_new (void)
{
  return g_object_new (WIJK_TYPE_FINANCING_ROW, NULL);
}

static char *
describe_line (const WijkFinancing *line)
{
  g_autofree char *amount = wijk_format_money (line->amount_eur);
  g_autofree char *rate = NULL;
  g_autofree char *years = NULL;

  switch (line->kind)
    {
    case WIJK_FINANCING_LOAN:
    case WIJK_FINANCING_COOPERATIVE:
      rate = wijk_format_percent (line->rate, 2);
      years = wijk_format_years (line->years);
      /* Translators: a financing line: amount, interest rate, term */
      return g_strdup_printf (_("%s at %s for %s"), amount, rate, years);
    case WIJK_FINANCING_THIRD_PARTY:
      years = wijk_format_years (line->years);
      /* Translators: a financing line: amount, term */
      return g_strdup_printf (_("%s for %s"), amount, years);
    case WIJK_FINANCING_OWN_FUNDS:
    case WIJK_FINANCING_SUBSIDY:
    case WIJK_N_FINANCING_KINDS:
    default:
      return g_steal_pointer (&amount);
    }
}

static void
label_control (GtkWidget *widget,
               char      *label)
{
  wijk_widget_set_accessible_label (widget, label);
  g_free (label);
}

static void
set_accessible_names (WijkFinancingRow *self)
{
  guint n = self->number;

  /* Translators: accessible names; %u numbers the action's financing lines */
  label_control (GTK_WIDGET (self->kind_row), g_strdup_printf (_("Kind of financing line %u"), n));
  label_control (GTK_WIDGET (self->amount_spin),
                 g_strdup_printf (_("Amount of financing line %u"), n));
  label_control (GTK_WIDGET (self->rate_spin),
                 g_strdup_printf (_("Interest rate of financing line %u"), n));
  label_control (GTK_WIDGET (self->years_spin),
                 g_strdup_printf (_("Term of financing line %u"), n));
  label_control (GTK_WIDGET (self->remove_button),
                 g_strdup_printf (_("Remove financing line %u"), n));
}

/**
 * wijk_financing_row_set_line:
 * @self: a #WijkFinancingRow
 * @line: the line as it is in the model
 * @number: its position among the action's lines, from 1, for the
 *   accessible names
 *
 * Shows @line without emitting "edited".
 */
void
wijk_financing_row_set_line (WijkFinancingRow    *self,
                             const WijkFinancing *line,
                             guint                number)
{
  g_autofree char *subtitle = NULL;
  const char *title;

  g_return_if_fail (WIJK_IS_FINANCING_ROW (self));
  g_return_if_fail (line != NULL);

  self->syncing++;
  g_free (self->id);
  self->id = g_strdup (line->id);
  if (self->number != number)
    {
      self->number = number;
      set_accessible_names (self);
    }

  title = (guint) line->kind < WIJK_N_FINANCING_KINDS ? wijk_financing_kind_get_label (line->kind)
                                                      : line->id;
  subtitle = describe_line (line);
  if (line->label != NULL && line->label[0] != '\0')
    {
      char *labelled = g_strdup_printf ("%s · %s", line->label, subtitle);

      g_free (subtitle);
      subtitle = labelled;
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);

  if ((guint) line->kind < WIJK_N_FINANCING_KINDS)
    adw_combo_row_set_selected (self->kind_row, line->kind);
  gtk_spin_button_set_value (self->amount_spin, line->amount_eur);
  gtk_spin_button_set_value (self->rate_spin, line->rate * 100.0);
  gtk_spin_button_set_value (self->years_spin, line->years);
  gtk_widget_set_sensitive (GTK_WIDGET (self->rate_row),
                            line->kind == WIJK_FINANCING_LOAN ||
                            line->kind == WIJK_FINANCING_COOPERATIVE);
  self->syncing--;
}

const char *
wijk_financing_row_get_id (WijkFinancingRow *self)
{
  g_return_val_if_fail (WIJK_IS_FINANCING_ROW (self), NULL);
  return self->id;
}

/**
 * wijk_financing_row_apply:
 * @self: a #WijkFinancingRow
 * @line: a copy of the line as it is in the model
 *
 * Writes into @line what the user changed in the row, and only that.
 */
void
wijk_financing_row_apply (WijkFinancingRow *self,
                          WijkFinancing    *line)
{
  guint kind;
  double amount, rate;

  g_return_if_fail (WIJK_IS_FINANCING_ROW (self));
  g_return_if_fail (line != NULL);

  kind = adw_combo_row_get_selected (self->kind_row);
  if (kind < WIJK_N_FINANCING_KINDS)
    line->kind = kind;
  /* A value the spin button only rounded for display (its text parsed back
   * on focus-out) is not an edit. */
  amount = gtk_spin_button_get_value (self->amount_spin);
  if (fabs (amount - line->amount_eur) >= 0.5)
    line->amount_eur = amount;
  rate = gtk_spin_button_get_value (self->rate_spin);
  if (fabs (rate - line->rate * 100.0) >= 0.005)
    line->rate = rate / 100.0;
  line->years = gtk_spin_button_get_value_as_int (self->years_spin);
}

GtkSpinButton *
wijk_financing_row_get_amount_spin (WijkFinancingRow *self)
{
  g_return_val_if_fail (WIJK_IS_FINANCING_ROW (self), NULL);
  return self->amount_spin;
}

GtkSpinButton *
wijk_financing_row_get_rate_spin (WijkFinancingRow *self)
{
  g_return_val_if_fail (WIJK_IS_FINANCING_ROW (self), NULL);
  return self->rate_spin;
}

GtkSpinButton *
wijk_financing_row_get_years_spin (WijkFinancingRow *self)
{
  g_return_val_if_fail (WIJK_IS_FINANCING_ROW (self), NULL);
  return self->years_spin;
}

AdwComboRow *
wijk_financing_row_get_kind_row (WijkFinancingRow *self)
{
  g_return_val_if_fail (WIJK_IS_FINANCING_ROW (self), NULL);
  return self->kind_row;
}
