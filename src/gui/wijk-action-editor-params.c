/* wijk-action-editor-params.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-action-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "wijk-action-editor-private.h"
#include "wijk-format.h"
#include "wijk-widget-style.h"

/* Parameters, built from the catalogue's descriptors */

/* The step of the +/− buttons: a tenth of the default value's order of
 * magnitude (100 kWp steps by 10, a share of 0.7 by 0.01), at least 1 for
 * whole numbers. The digits show the step's precision. */
static void
param_step (const WijkParamSpec *spec,
            double              *step,
            guint               *digits)
{
  double magnitude = fabs (spec->default_value);

  if (!(magnitude > 0))
    magnitude = MAX ((spec->max - spec->min) / 100.0, 1e-3);
  *step = pow (10.0, floor (log10 (magnitude)) - 1.0);
  if (spec->integer)
    {
      *step = MAX (1.0, round (*step));
      *digits = 0;
    }
  else if (*step >= 1.0)
    *digits = magnitude < 100.0 ? 1 : 0;
  else
    *digits = (guint) MIN (4.0, ceil (-log10 (*step) - 1e-9));
}

static const char *
param_unit (const WijkParamSpec *spec)
{
  /* _("") would return the translation's header. */
  return spec->unit != NULL && spec->unit[0] != '\0' ? _(spec->unit) : "";
}

static void
param_changed_cb (WijkActionEditor *self,
                  GtkSpinButton    *spin)
{
  g_autoptr(GError) error = NULL;
  const WijkAction *action = wijk_action_editor_peek_action (self);
  double value = gtk_spin_button_get_value (spin);
  double tolerance;
  guint index;

  if (self->syncing > 0 || action == NULL || self->param_type == NULL ||
      !g_ptr_array_find (self->param_spins, spin, &index))
    return;

  /* A value the spin button only rounded for display (its text parsed back
   * when the focus leaves) is not an edit. */
  tolerance = 0.5 * pow (10.0, -(double) gtk_spin_button_get_digits (spin));
  if (fabs (value - action->params[index]) < tolerance)
    return;

  if (!wijk_store_set_action_param (self->store, self->action_id,
                                    self->param_type->params[index].name, value, &error))
    {
      wijk_action_editor_report_error (self, error);
      wijk_action_editor_sync (self);
    }
}

static GtkWidget *
build_param_row (WijkActionEditor    *self,
                 const WijkParamSpec *spec)
{
  g_autofree char *min = NULL;
  g_autofree char *max = NULL;
  g_autofree char *range = NULL;
  g_autofree char *accessible = NULL;
  GtkWidget *row, *spin, *unit;
  GtkAdjustment *adjustment;
  double step;
  guint digits;

  param_step (spec, &step, &digits);
  adjustment = gtk_adjustment_new (spec->default_value, spec->min, spec->max,
                                   step, step * 10.0, 0.0);
  spin = gtk_spin_button_new (adjustment, 0.0, digits);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_editable_set_width_chars (GTK_EDITABLE (spin), 6);
  wijk_widget_scroll_only_when_focused (spin);
  g_signal_connect_object (spin, "value-changed", G_CALLBACK (param_changed_cb), self,
                           G_CONNECT_SWAPPED);

  min = wijk_format_number (spec->min, spec->integer ? 0 : digits);
  max = wijk_format_number (spec->max, spec->integer ? 0 : digits);
  /* Translators: the valid range of a parameter, "0 – 100,000 kWp" */
  range = g_strdup_printf (_("%s – %s %s"), min, max, param_unit (spec));
  g_strchomp (range);

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(spec->label));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), range);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  unit = gtk_label_new (param_unit (spec));
  gtk_label_set_width_chars (GTK_LABEL (unit), 4);
  gtk_label_set_xalign (GTK_LABEL (unit), 0);
  gtk_widget_add_css_class (unit, "dim-label");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), unit);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);

  /* Translators: accessible name of a parameter's field; %s is the
   * parameter's machine name, e.g. "kwp" */
  accessible = g_strdup_printf (_("Parameter %s"), spec->name);
  wijk_widget_set_accessible_label (spin, accessible);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _(spec->label), -1);
  g_ptr_array_add (self->param_spins, spin);
  return row;
}

static void
build_params (WijkActionEditor     *self,
              const WijkActionType *type)
{
  g_autofree char *description = NULL;

  for (guint i = 0; i < self->param_rows->len; i++)
    adw_preferences_group_remove (self->params_group, g_ptr_array_index (self->param_rows, i));
  g_ptr_array_set_size (self->param_rows, 0);
  g_ptr_array_set_size (self->param_spins, 0);

  self->param_type = type;
  gtk_widget_set_visible (GTK_WIDGET (self->params_group), type != NULL && type->n_params > 0);
  if (type == NULL)
    return;

  /* Group titles and descriptions are markup. */
  description = g_markup_escape_text (wijk_action_type_get_description (type), -1);
  adw_preferences_group_set_description (self->params_group, description);
  for (guint i = 0; i < type->n_params; i++)
    {
      GtkWidget *row = build_param_row (self, &type->params[i]);

      g_ptr_array_add (self->param_rows, row);
      adw_preferences_group_add (self->params_group, row);
    }
}

void
wijk_action_editor_sync_params (WijkActionEditor     *self,
                                const WijkAction     *action,
                                const WijkActionType *type)
{
  if (type != self->param_type)
    build_params (self, type);
  if (type == NULL)
    return;

  for (guint i = 0; i < type->n_params; i++)
    {
      GtkSpinButton *spin = g_ptr_array_index (self->param_spins, i);

      if (gtk_spin_button_get_value (spin) != action->params[i])
        gtk_spin_button_set_value (spin, action->params[i]);
    }
}
