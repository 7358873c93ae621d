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
#include "wijk-financing-fields.h"
#include "wijk-financing-row.h"
#include "wijk-widget-style.h"

/* A typed name is committed on Enter, when the focus leaves the field
 * and after a pause in typing, as the editor's title is. */

struct _WijkFinancingRow
{
  AdwExpanderRow parent_instance;

  GtkButton *remove_button;
  AdwComboRow *kind_row;
  GtkStringList *kinds;
  AdwComboRow *org_row;
  GtkStringList *org_names;
  AdwEntryRow *label_row;
  AdwActionRow *amount_row;
  GtkSpinButton *amount_spin;
  AdwActionRow *capex_share_row;
  GtkSpinButton *capex_share_spin;
  AdwActionRow *savings_share_row;
  GtkSpinButton *savings_share_spin;
  AdwActionRow *rate_row;
  GtkSpinButton *rate_spin;
  AdwActionRow *years_row;
  GtkSpinButton *years_spin;

  char *id;
  guint number;
  guint syncing;

  /* The organisation list: position 0 is "None", position i + 1 is
   * org_ids[i]; orgs_key says what it was built from. */
  GPtrArray *org_ids;
  char *orgs_key;
  char *org_id;
  guint synced_org;

  GtkEventController *label_focus;
  char *synced_label;
  guint label_commit_source;
  gboolean committing_label;
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

/* The name as it would be stored: without surrounding spaces. */
static char *
dup_label_text (WijkFinancingRow *self)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->label_row))));
}

static void
commit_label (WijkFinancingRow *self)
{
  g_autofree char *text = NULL;

  g_clear_handle_id (&self->label_commit_source, g_source_remove);
  if (self->syncing > 0)
    return;
  text = dup_label_text (self);
  if (g_strcmp0 (text, self->synced_label != NULL ? self->synced_label : "") == 0)
    return;
  self->committing_label = TRUE;
  g_signal_emit (self, signals[EDITED], 0);
  self->committing_label = FALSE;
}

static gboolean
label_commit_timeout (gpointer data)
{
  WijkFinancingRow *self = data;

  self->label_commit_source = 0;
  commit_label (self);
  return G_SOURCE_REMOVE;
}

static void
label_changed_cb (WijkFinancingRow *self)
{
  if (self->syncing > 0)
    return;
  g_clear_handle_id (&self->label_commit_source, g_source_remove);
  self->label_commit_source = g_timeout_add (WIJK_TEXT_COMMIT_DELAY_MS, label_commit_timeout, self);
}

static void
label_activated_cb (WijkFinancingRow *self)
{
  commit_label (self);
}

/* While the user types, a refresh caused by another edit keeps the text. */
static gboolean
has_unsaved_label (WijkFinancingRow *self)
{
  g_autofree char *text = dup_label_text (self);

  return wijk_widget_has_unsaved_text (self->label_focus, text, self->synced_label);
}

/**
 * wijk_financing_row_commit_pending:
 * @self: a #WijkFinancingRow
 *
 * Reports the name typed into the row as an edit now, if it differs from
 * the model's, e.g. before the editor shows another action.
 */
void
wijk_financing_row_commit_pending (WijkFinancingRow *self)
{
  g_return_if_fail (WIJK_IS_FINANCING_ROW (self));
  commit_label (self);
}

static void
wijk_financing_row_dispose (GObject *object)
{
  WijkFinancingRow *self = WIJK_FINANCING_ROW (object);

  g_clear_handle_id (&self->label_commit_source, g_source_remove);

  G_OBJECT_CLASS (wijk_financing_row_parent_class)->dispose (object);
}

static void
wijk_financing_row_finalize (GObject *object)
{
  WijkFinancingRow *self = WIJK_FINANCING_ROW (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->org_ids, g_ptr_array_unref);
  g_clear_pointer (&self->orgs_key, g_free);
  g_clear_pointer (&self->org_id, g_free);
  g_clear_pointer (&self->synced_label, g_free);

  G_OBJECT_CLASS (wijk_financing_row_parent_class)->finalize (object);
}

static void
wijk_financing_row_class_init (WijkFinancingRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wijk_financing_row_dispose;
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
  gtk_widget_class_bind_template_child (widget_class, WijkFinancingRow, org_row);
  gtk_widget_class_bind_template_child (widget_class, WijkFinancingRow, org_names);
  gtk_widget_class_bind_template_child (widget_class, WijkFinancingRow, label_row);
  gtk_widget_class_bind_template_child (widget_class, WijkFinancingRow, amount_row);
  gtk_widget_class_bind_template_child (widget_class, WijkFinancingRow, amount_spin);
  gtk_widget_class_bind_template_child (widget_class, WijkFinancingRow, capex_share_row);
  gtk_widget_class_bind_template_child (widget_class, WijkFinancingRow, capex_share_spin);
  gtk_widget_class_bind_template_child (widget_class, WijkFinancingRow, savings_share_row);
  gtk_widget_class_bind_template_child (widget_class, WijkFinancingRow, savings_share_spin);
  gtk_widget_class_bind_template_child (widget_class, WijkFinancingRow, rate_row);
  gtk_widget_class_bind_template_child (widget_class, WijkFinancingRow, rate_spin);
  gtk_widget_class_bind_template_child (widget_class, WijkFinancingRow, years_row);
  gtk_widget_class_bind_template_child (widget_class, WijkFinancingRow, years_spin);
  gtk_widget_class_bind_template_callback (widget_class, edited_cb);
  gtk_widget_class_bind_template_callback (widget_class, label_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, label_activated_cb);

  gtk_widget_class_install_action (widget_class, "financing.remove", NULL, remove_action);
}

static void
wijk_financing_row_init (WijkFinancingRow *self)
{
  self->syncing++;
  gtk_widget_init_template (GTK_WIDGET (self));
  wijk_widget_scroll_only_when_focused_within (GTK_WIDGET (self));
  /* The label of a line comes from the file: never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
  for (guint i = 0; i < WIJK_N_FINANCING_KINDS; i++)
    gtk_string_list_append (self->kinds, wijk_financing_kind_get_label (i));
  self->org_ids = g_ptr_array_new_with_free_func (g_free);
  /* Translators: no organisation chosen for a financing line */
  gtk_string_list_append (self->org_names, C_("organisation", "None"));

  self->label_focus = gtk_event_controller_focus_new ();
  g_signal_connect_object (self->label_focus, "leave", G_CALLBACK (commit_label), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->label_row), self->label_focus);
  self->syncing--;
}

GtkWidget *
wijk_financing_row_new (void)
{
  return g_object_new (WIJK_TYPE_FINANCING_ROW, NULL);
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
  label_control (GTK_WIDGET (self->org_row),
                 g_strdup_printf (_("Organisation of financing line %u"), n));
  label_control (GTK_WIDGET (self->label_row),
                 g_strdup_printf (_("Name of financing line %u"), n));
  label_control (GTK_WIDGET (self->amount_spin),
                 g_strdup_printf (_("Amount of financing line %u"), n));
  label_control (GTK_WIDGET (self->capex_share_spin),
                 g_strdup_printf (_("Share of capex of financing line %u"), n));
  label_control (GTK_WIDGET (self->savings_share_spin),
                 g_strdup_printf (_("Share of savings of financing line %u"), n));
  label_control (GTK_WIDGET (self->rate_spin),
                 g_strdup_printf (_("Interest rate of financing line %u"), n));
  label_control (GTK_WIDGET (self->years_spin),
                 g_strdup_printf (_("Term of financing line %u"), n));
  label_control (GTK_WIDGET (self->remove_button),
                 g_strdup_printf (_("Remove financing line %u"), n));
}

/* Organisations */

static void
add_org_key (GString                *key,
             const WijkOrganisation *org)
{
  g_string_append (key, org->id);
  g_string_append_c (key, '\t');
  g_string_append (key, org->name != NULL ? org->name : "");
  g_string_append_c (key, '\n');
}

/* The action's co-owners first (they are whose funds these usually are),
 * then the workshop's other organisations in its order. */
static GPtrArray *
list_organisations (const WijkWorkshop *ws,
                    const WijkAction   *action)
{
  GPtrArray *orgs = g_ptr_array_new ();

  for (guint i = 0; action != NULL && i < action->owners->len; i++)
    {
      const WijkOwner *owner = g_ptr_array_index (action->owners, i);
      WijkOrganisation *org = wijk_workshop_find_organisation (ws, owner->org_id);

      if (org != NULL && !g_ptr_array_find (orgs, org, NULL))
        g_ptr_array_add (orgs, org);
    }
  for (guint i = 0; i < ws->organisations->len; i++)
    {
      WijkOrganisation *org = g_ptr_array_index (ws->organisations, i);

      if (!g_ptr_array_find (orgs, org, NULL))
        g_ptr_array_add (orgs, org);
    }
  return orgs;
}

static guint
find_org_position (WijkFinancingRow *self,
                   const char       *org_id)
{
  if (org_id == NULL || *org_id == '\0')
    return 0;
  for (guint i = 0; i < self->org_ids->len; i++)
    if (g_str_equal (g_ptr_array_index (self->org_ids, i), org_id))
      return i + 1;
  return GTK_INVALID_LIST_POSITION;
}

/* Shows the model's organisation; one that is not in the list (which the
 * store's validation does not let in) shows as none, and stays in the
 * model until the user picks another. */
static void
select_org (WijkFinancingRow *self)
{
  self->synced_org = find_org_position (self, self->org_id);
  adw_combo_row_set_selected (self->org_row, self->synced_org != GTK_INVALID_LIST_POSITION
                                             ? self->synced_org : 0);
}

/**
 * wijk_financing_row_set_organisations:
 * @self: a #WijkFinancingRow
 * @ws: the workshop
 * @action: (nullable): the action the line belongs to
 *
 * Offers "None", the co-owners of @action and the other organisations of
 * @ws as the organisation of the line, without emitting "edited".
 */
void
wijk_financing_row_set_organisations (WijkFinancingRow   *self,
                                      const WijkWorkshop *ws,
                                      const WijkAction   *action)
{
  g_autoptr(GPtrArray) orgs = NULL;
  g_autoptr(GString) key = g_string_new (NULL);
  g_autoptr(GPtrArray) names = NULL;

  g_return_if_fail (WIJK_IS_FINANCING_ROW (self));
  g_return_if_fail (ws != NULL);

  orgs = list_organisations (ws, action);
  for (guint i = 0; i < orgs->len; i++)
    add_org_key (key, g_ptr_array_index (orgs, i));
  if (g_strcmp0 (key->str, self->orgs_key) == 0)
    return;

  self->syncing++;
  g_free (self->orgs_key);
  self->orgs_key = g_string_free (g_steal_pointer (&key), FALSE);
  g_ptr_array_set_size (self->org_ids, 0);
  names = g_ptr_array_new ();
  for (guint i = 0; i < orgs->len; i++)
    {
      const WijkOrganisation *org = g_ptr_array_index (orgs, i);

      g_ptr_array_add (self->org_ids, g_strdup (org->id));
      g_ptr_array_add (names, org->name != NULL && *org->name != '\0' ? org->name : org->id);
    }
  g_ptr_array_add (names, NULL);
  gtk_string_list_splice (self->org_names, 1,
                          g_list_model_get_n_items (G_LIST_MODEL (self->org_names)) - 1,
                          (const char * const *) names->pdata);
  select_org (self);
  self->syncing--;
}

/* Showing a line */

static const char *
get_org_name (WijkFinancingRow    *self,
              const WijkFinancing *line)
{
  guint position = find_org_position (self, line->org_id);

  if (position == 0 || position == GTK_INVALID_LIST_POSITION)
    return line->org_id;
  return gtk_string_list_get_string (self->org_names, position);
}

static void
sync_title (WijkFinancingRow    *self,
            const WijkFinancing *line)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *subtitle = NULL;
  const char *org_name = wijk_financing_kind_has_org (line->kind) ? get_org_name (self, line) : NULL;
  const char *title;

  title = (guint) line->kind < WIJK_N_FINANCING_KINDS ? wijk_financing_kind_get_label (line->kind)
                                                      : line->id;
  if (org_name != NULL && *org_name != '\0')
    g_ptr_array_add (parts, g_strdup (org_name));
  if (line->label != NULL && *line->label != '\0')
    g_ptr_array_add (parts, g_strdup (line->label));
  g_ptr_array_add (parts, wijk_financing_describe (line));
  g_ptr_array_add (parts, NULL);
  subtitle = g_strjoinv (" · ", (char **) parts->pdata);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);
}

/* Only the rows that count for the line's kind show, each saying what it
 * means for that kind. */
static void
sync_rows (WijkFinancingRow    *self,
           const WijkFinancing *line)
{
  WijkFinancingKind kind = line->kind;

  gtk_widget_set_visible (GTK_WIDGET (self->org_row), wijk_financing_kind_has_org (kind));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->org_row),
                               wijk_financing_get_org_subtitle (kind));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->label_row), wijk_financing_get_label_title (kind));
  adw_action_row_set_subtitle (self->amount_row, wijk_financing_get_amount_subtitle (line));
  gtk_widget_set_sensitive (GTK_WIDGET (self->amount_row), !wijk_financing_uses_capex_share (line));
  gtk_widget_set_visible (GTK_WIDGET (self->capex_share_row),
                          wijk_financing_kind_has_capex_share (kind) || wijk_financing_uses_capex_share (line));
  gtk_widget_set_visible (GTK_WIDGET (self->savings_share_row),
                          kind == WIJK_FINANCING_THIRD_PARTY);
  gtk_widget_set_visible (GTK_WIDGET (self->rate_row), wijk_financing_kind_has_rate (kind));
  gtk_widget_set_visible (GTK_WIDGET (self->years_row), wijk_financing_kind_has_years (kind));
  adw_action_row_set_subtitle (self->years_row, wijk_financing_get_years_subtitle (kind));
}

/**
 * wijk_financing_row_set_line:
 * @self: a #WijkFinancingRow
 * @line: the line as it is in the model
 * @number: its position among the action's lines, from 1, for the
 *   accessible names
 *
 * Shows @line without emitting "edited". A name the user is still typing
 * stays. Call wijk_financing_row_set_organisations() first.
 */
void
wijk_financing_row_set_line (WijkFinancingRow    *self,
                             const WijkFinancing *line,
                             guint                number)
{
  const char *label = line != NULL && line->label != NULL ? line->label : "";

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

  sync_title (self, line);
  if ((guint) line->kind < WIJK_N_FINANCING_KINDS)
    adw_combo_row_set_selected (self->kind_row, line->kind);
  g_free (self->org_id);
  self->org_id = g_strdup (line->org_id);
  select_org (self);
  if (!has_unsaved_label (self))
    {
      if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->label_row)), label) != 0)
        gtk_editable_set_text (GTK_EDITABLE (self->label_row), label);
      g_free (self->synced_label);
      self->synced_label = g_strdup (label);
    }
  gtk_spin_button_set_value (self->amount_spin, line->amount_eur);
  gtk_spin_button_set_value (self->capex_share_spin, line->share_of_capex * 100.0);
  gtk_spin_button_set_value (self->savings_share_spin, line->savings_share * 100.0);
  gtk_spin_button_set_value (self->rate_spin, line->rate * 100.0);
  gtk_spin_button_set_value (self->years_spin, line->years);
  sync_rows (self, line);
  self->syncing--;
}

const char *
wijk_financing_row_get_id (WijkFinancingRow *self)
{
  g_return_val_if_fail (WIJK_IS_FINANCING_ROW (self), NULL);
  return self->id;
}

/* A percentage the spin button only rounded for display (its text parsed
 * back on focus-out) is not an edit. */
static void
apply_percent (GtkSpinButton *spin,
               double        *fraction)
{
  double percent = gtk_spin_button_get_value (spin);
  double half_step = 0.5 * pow (10.0, -(double) gtk_spin_button_get_digits (spin));

  if (fabs (percent - *fraction * 100.0) >= half_step)
    *fraction = percent / 100.0;
}

static gboolean
apply_kind (WijkFinancingRow *self,
            WijkFinancing    *line)
{
  guint kind = adw_combo_row_get_selected (self->kind_row);

  if (kind >= WIJK_N_FINANCING_KINDS || kind == (guint) line->kind)
    return FALSE;
  line->kind = kind;
  /* A share of capex left behind by the previous kind would still raise
   * money, unseen: it goes with the kind that showed it. */
  if (!wijk_financing_kind_has_capex_share (kind))
    line->share_of_capex = 0.0;
  return TRUE;
}

static void
apply_org (WijkFinancingRow *self,
           WijkFinancing    *line)
{
  guint position = adw_combo_row_get_selected (self->org_row);

  if (position == self->synced_org || position == GTK_INVALID_LIST_POSITION ||
      position > self->org_ids->len)
    return;
  g_free (line->org_id);
  line->org_id = position > 0 ? g_strdup (g_ptr_array_index (self->org_ids, position - 1))
                              : NULL;
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
  double amount;

  g_return_if_fail (WIJK_IS_FINANCING_ROW (self));
  g_return_if_fail (line != NULL);

  /* A new kind is the whole edit (the other fields still show the model,
   * but for the share of capex it may just have cleared). */
  if (apply_kind (self, line))
    return;
  apply_org (self, line);
  if (self->committing_label)
    {
      g_autofree char *text = dup_label_text (self);

      g_free (line->label);
      line->label = *text != '\0' ? g_steal_pointer (&text) : NULL;
    }
  /* A value the spin button only rounded for display (its text parsed back
   * on focus-out) is not an edit. */
  amount = gtk_spin_button_get_value (self->amount_spin);
  if (fabs (amount - line->amount_eur) >= 0.5)
    line->amount_eur = amount;
  apply_percent (self->capex_share_spin, &line->share_of_capex);
  apply_percent (self->savings_share_spin, &line->savings_share);
  apply_percent (self->rate_spin, &line->rate);
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

GtkSpinButton *
wijk_financing_row_get_capex_share_spin (WijkFinancingRow *self)
{
  g_return_val_if_fail (WIJK_IS_FINANCING_ROW (self), NULL);
  return self->capex_share_spin;
}

GtkSpinButton *
wijk_financing_row_get_savings_share_spin (WijkFinancingRow *self)
{
  g_return_val_if_fail (WIJK_IS_FINANCING_ROW (self), NULL);
  return self->savings_share_spin;
}

AdwComboRow *
wijk_financing_row_get_kind_row (WijkFinancingRow *self)
{
  g_return_val_if_fail (WIJK_IS_FINANCING_ROW (self), NULL);
  return self->kind_row;
}

AdwComboRow *
wijk_financing_row_get_org_row (WijkFinancingRow *self)
{
  g_return_val_if_fail (WIJK_IS_FINANCING_ROW (self), NULL);
  return self->org_row;
}

AdwEntryRow *
wijk_financing_row_get_label_row (WijkFinancingRow *self)
{
  g_return_val_if_fail (WIJK_IS_FINANCING_ROW (self), NULL);
  return self->label_row;
}
