/* wijk-organisations-view.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-organisations-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "wijk-catalog.h"
#include "wijk-format.h"
#include "wijk-organisations-view-private.h"
#include "wijk-swatch.h"
#include "wijk-widget-style.h"

G_DEFINE_FINAL_TYPE (WijkOrganisationsView, wijk_organisations_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_MODEL,
  N_PROPS
};

enum {
  ORGANISATION_SELECTED,
  ACTION_ACTIVATED,
  ERROR,
  TOAST,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Model */

WijkStore *
wijk_organisations_view_get_store (WijkOrganisationsView *self)
{
  return self->model != NULL ? wijk_workshop_model_get_store (self->model) : NULL;
}

const WijkOrganisation *
wijk_organisations_view_peek_organisation (WijkOrganisationsView *self)
{
  if (self->model == NULL || self->selected_id == NULL)
    return NULL;
  return wijk_workshop_find_organisation (wijk_workshop_model_get_workshop (self->model),
                                          self->selected_id);
}

WijkOrganisation *
wijk_organisations_view_dup_organisation (WijkOrganisationsView *self)
{
  const WijkOrganisation *org = wijk_organisations_view_peek_organisation (self);

  return org != NULL ? wijk_organisation_copy (org) : NULL;
}

void
wijk_organisations_view_show_error (WijkOrganisationsView *self,
                                    const char            *message)
{
  if (message != NULL)
    gtk_label_set_label (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
}

/* Showing the selected organisation */

static char *
summarise (const WijkOrganisation *org)
{
  g_autofree char *tonnes = NULL;
  const char *kind = (guint) org->kind < WIJK_N_ORG_KINDS ? wijk_org_kind_get_label (org->kind)
                                                          : "";

  if (org->baseline_t_co2_per_year <= 0)
    return g_strdup (kind);
  tonnes = wijk_format_tonnes_per_year (org->baseline_t_co2_per_year);
  /* Translators: an organisation's kind and baseline emissions */
  return g_strdup_printf (_("%s · %s"), kind, tonnes);
}

static void
commitment_activated_cb (WijkOrganisationsView *self,
                         AdwActionRow          *row)
{
  g_signal_emit (self, signals[ACTION_ACTIVATED], 0,
                 g_object_get_data (G_OBJECT (row), "action-id"));
}

static GtkWidget *
build_commitment_row (WijkOrganisationsView *self,
                      const WijkAction      *action,
                      const WijkOwner       *owner)
{
  const WijkActionType *type = wijk_catalog_lookup (action->type);
  g_autofree char *cost = wijk_format_percent (owner->cost_share, 0);
  g_autofree char *benefit = wijk_format_percent (owner->benefit_share, 0);
  g_autofree char *subtitle = NULL;
  const char *title = action->title;
  GtkWidget *row = adw_action_row_new ();

  if (title == NULL || title[0] == '\0')
    title = type != NULL ? wijk_action_type_get_name (type) : action->type;
  /* Translators: an organisation's part in an action: role, cost share,
   * benefit share, e.g. "Lead · 60% of the cost · 60% of the benefit" */
  subtitle = g_strdup_printf (_("%s · %s of the cost · %s of the benefit"),
                              (guint) owner->role < WIJK_N_ROLES
                              ? wijk_role_get_label (owner->role) : "",
                              cost, benefit);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (type != NULL)
    adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                               wijk_swatch_new (wijk_theme_get_colour (type->theme),
                                                wijk_theme_get_icon_name (type->theme)));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "action-id", g_strdup (action->id), g_free);
  g_signal_connect_object (row, "activated", G_CALLBACK (commitment_activated_cb), self,
                           G_CONNECT_SWAPPED);
  return row;
}

static void
sync_commitments (WijkOrganisationsView  *self,
                  const WijkWorkshop     *ws,
                  const WijkOrganisation *org)
{
  for (guint i = 0; i < self->commitment_rows->len; i++)
    adw_preferences_group_remove (self->commitments_group,
                                  g_ptr_array_index (self->commitment_rows, i));
  g_ptr_array_set_size (self->commitment_rows, 0);

  for (guint i = 0; i < ws->actions->len; i++)
    {
      const WijkAction *action = g_ptr_array_index (ws->actions, i);

      for (guint j = 0; j < action->owners->len; j++)
        {
          const WijkOwner *owner = g_ptr_array_index (action->owners, j);
          GtkWidget *row;

          if (g_strcmp0 (owner->org_id, org->id) != 0)
            continue;
          row = build_commitment_row (self, action, owner);
          g_ptr_array_add (self->commitment_rows, row);
          adw_preferences_group_add (self->commitments_group, row);
        }
    }
  gtk_widget_set_visible (GTK_WIDGET (self->commitments_group), self->commitment_rows->len > 0);
}

static void
set_spin (GtkSpinButton *spin,
          double         value)
{
  if (wijk_spin_differs (spin, value))
    gtk_spin_button_set_value (spin, value);
}

void
wijk_organisations_view_sync_editor (WijkOrganisationsView *self)
{
  const WijkOrganisation *org = wijk_organisations_view_peek_organisation (self);
  const char *name;
  g_autofree char *summary = NULL;
  GdkRGBA rgba;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "organisations.delete", org != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "organisations.add", self->model != NULL);
  if (org == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  self->syncing++;
  name = org->name != NULL ? org->name : "";
  summary = summarise (org);
  wijk_swatch_set_colour (self->header_swatch, org->colour);
  gtk_label_set_label (self->header_name, name);
  gtk_label_set_label (self->header_summary, summary);

  /* A name the user is still typing is not overwritten. */
  if (!gtk_event_controller_focus_contains_focus (GTK_EVENT_CONTROLLER_FOCUS (self->name_focus)) ||
      g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->name_row)), self->synced_name) == 0)
    {
      if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->name_row)), name) != 0)
        gtk_editable_set_text (GTK_EDITABLE (self->name_row), name);
      g_free (self->synced_name);
      self->synced_name = g_strdup (name);
    }
  if ((guint) org->kind < WIJK_N_ORG_KINDS)
    adw_combo_row_set_selected (self->kind_row, org->kind);
  if (org->colour != NULL && gdk_rgba_parse (&rgba, org->colour))
    gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (self->colour_button), &rgba);
  set_spin (self->employees_spin, org->employees);
  set_spin (self->energy_spin, org->baseline_mwh_per_year);
  set_spin (self->emissions_spin, org->baseline_t_co2_per_year);
  gtk_switch_set_active (self->illustrative_switch, org->illustrative);
  sync_commitments (self, wijk_workshop_model_get_workshop (self->model), org);
  gtk_stack_set_visible_child_name (self->stack, "editor");
  self->syncing--;
}

static void
selection_changed_cb (WijkOrganisationsView *self)
{
  WijkOrganisationItem *item = gtk_single_selection_get_selected_item (self->selection);
  const char *id = item != NULL ? wijk_organisation_item_get_id (item) : NULL;

  if (g_strcmp0 (id, self->selected_id) == 0)
    return;

  /* What was typed into the previous organisation's name is kept. */
  wijk_organisations_view_commit_name (self);
  g_free (self->selected_id);
  self->selected_id = g_strdup (id);
  self->syncing++;
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), "");
  g_free (self->synced_name);
  self->synced_name = g_strdup ("");
  self->syncing--;
  wijk_organisations_view_show_error (self, NULL);
  wijk_organisations_view_sync_editor (self);
  g_signal_emit (self, signals[ORGANISATION_SELECTED], 0, id);
}

static void
model_changed_cb (WijkOrganisationsView *self)
{
  wijk_organisations_view_sync_editor (self);
}

/* Narrow (e.g. in the window's sidebar) the list and the editor fold into
 * one column: choosing an organisation goes to its editor, "back" returns. */
void
wijk_organisations_view_show_editor (WijkOrganisationsView *self)
{
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
item_activated_cb (WijkOrganisationsView *self)
{
  wijk_organisations_view_show_editor (self);
}

static void
list_clicked_cb (WijkOrganisationsView *self)
{
  if (gtk_single_selection_get_selected_item (self->selection) != NULL)
    wijk_organisations_view_show_editor (self);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  wijk_organisations_view_navigate_back (WIJK_ORGANISATIONS_VIEW (widget));
}

static void
update_back_bar (WijkOrganisationsView *self)
{
  gtk_widget_set_visible (self->back_bar,
                          self->show_back_bar && adw_leaflet_get_folded (self->leaflet));
}

/* GObject */

static void
wijk_organisations_view_unmap (GtkWidget *widget)
{
  wijk_organisations_view_commit_name (WIJK_ORGANISATIONS_VIEW (widget));
  GTK_WIDGET_CLASS (wijk_organisations_view_parent_class)->unmap (widget);
}

static void
wijk_organisations_view_dispose (GObject *object)
{
  WijkOrganisationsView *self = WIJK_ORGANISATIONS_VIEW (object);
  GtkWidget *child;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_object (&self->model);
  gtk_widget_dispose_template (GTK_WIDGET (self), WIJK_TYPE_ORGANISATIONS_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (wijk_organisations_view_parent_class)->dispose (object);
}

static void
wijk_organisations_view_finalize (GObject *object)
{
  WijkOrganisationsView *self = WIJK_ORGANISATIONS_VIEW (object);

  g_clear_pointer (&self->commitment_rows, g_ptr_array_unref);
  g_clear_pointer (&self->selected_id, g_free);
  g_clear_pointer (&self->synced_name, g_free);

  G_OBJECT_CLASS (wijk_organisations_view_parent_class)->finalize (object);
}

static void
wijk_organisations_view_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  WijkOrganisationsView *self = WIJK_ORGANISATIONS_VIEW (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wijk_organisations_view_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  WijkOrganisationsView *self = WIJK_ORGANISATIONS_VIEW (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      wijk_organisations_view_set_model (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wijk_organisations_view_class_init (WijkOrganisationsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wijk_organisations_view_dispose;
  object_class->finalize = wijk_organisations_view_finalize;
  object_class->get_property = wijk_organisations_view_get_property;
  object_class->set_property = wijk_organisations_view_set_property;
  widget_class->unmap = wijk_organisations_view_unmap;

  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, WIJK_TYPE_WORKSHOP_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[ORGANISATION_SELECTED] =
    g_signal_new ("organisation-selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[ACTION_ACTIVATED] =
    g_signal_new ("action-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[ERROR] =
    g_signal_new ("error", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[TOAST] =
    g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  g_type_ensure (WIJK_TYPE_SWATCH);
  g_type_ensure (WIJK_TYPE_ORGANISATION_ITEM);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/wijkpact/Wijkpact/wijk-organisations-view.ui");
  gtk_widget_class_bind_template_child (widget_class, WijkOrganisationsView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, WijkOrganisationsView, separator);
  gtk_widget_class_bind_template_child (widget_class, WijkOrganisationsView, content);
  gtk_widget_class_bind_template_child (widget_class, WijkOrganisationsView, back_bar);
  gtk_widget_class_bind_template_child (widget_class, WijkOrganisationsView, back_button);
  gtk_widget_class_bind_template_child (widget_class, WijkOrganisationsView, list_view);
  gtk_widget_class_bind_template_child (widget_class, WijkOrganisationsView, selection);
  gtk_widget_class_bind_template_child (widget_class, WijkOrganisationsView, add_button);
  gtk_widget_class_bind_template_child (widget_class, WijkOrganisationsView, delete_button);
  gtk_widget_class_bind_template_child (widget_class, WijkOrganisationsView, stack);
  gtk_widget_class_bind_template_child (widget_class, WijkOrganisationsView, scroller);
  gtk_widget_class_bind_template_child (widget_class, WijkOrganisationsView, header_swatch);
  gtk_widget_class_bind_template_child (widget_class, WijkOrganisationsView, header_name);
  gtk_widget_class_bind_template_child (widget_class, WijkOrganisationsView, header_summary);
  gtk_widget_class_bind_template_child (widget_class, WijkOrganisationsView, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, WijkOrganisationsView, error_label);
  gtk_widget_class_bind_template_child (widget_class, WijkOrganisationsView, name_row);
  gtk_widget_class_bind_template_child (widget_class, WijkOrganisationsView, kind_row);
  gtk_widget_class_bind_template_child (widget_class, WijkOrganisationsView, kinds);
  gtk_widget_class_bind_template_child (widget_class, WijkOrganisationsView, colour_button);
  gtk_widget_class_bind_template_child (widget_class, WijkOrganisationsView, employees_spin);
  gtk_widget_class_bind_template_child (widget_class, WijkOrganisationsView, energy_spin);
  gtk_widget_class_bind_template_child (widget_class, WijkOrganisationsView, emissions_spin);
  gtk_widget_class_bind_template_child (widget_class, WijkOrganisationsView, illustrative_switch);
  gtk_widget_class_bind_template_child (widget_class, WijkOrganisationsView, commitments_group);
  gtk_widget_class_bind_template_callback (widget_class, selection_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, item_activated_cb);
  wijk_organisations_view_class_init_edits (widget_class);

  gtk_widget_class_install_action (widget_class, "organisations.back", NULL, back_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "organisationsview");
}

static void
label_control (GtkWidget  *widget,
               const char *label)
{
  wijk_widget_set_accessible_label (widget, label);
}

static void
wijk_organisations_view_init (WijkOrganisationsView *self)
{
  GtkGesture *click;

  wijk_widget_style_ensure ();
  self->syncing++;
  gtk_widget_init_template (GTK_WIDGET (self));
  wijk_widget_scroll_only_when_focused_within (GTK_WIDGET (self));
  for (guint i = 0; i < WIJK_N_ORG_KINDS; i++)
    gtk_string_list_append (self->kinds, wijk_org_kind_get_label (i));
  self->syncing--;

  self->commitment_rows = g_ptr_array_new ();
  self->show_back_bar = TRUE;
  g_signal_connect_object (self->leaflet, "notify::folded", G_CALLBACK (update_back_bar), self,
                           G_CONNECT_SWAPPED);
  update_back_bar (self);
  adw_leaflet_page_set_navigatable (adw_leaflet_get_page (self->leaflet, self->separator), FALSE);
  click = gtk_gesture_click_new ();
  g_signal_connect_object (click, "released", G_CALLBACK (list_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), GTK_EVENT_CONTROLLER (click));
  wijk_organisations_view_init_edits (self);

  /* Accessible names: the end-to-end tests find the controls by them. */
  label_control (GTK_WIDGET (self->list_view), _("Organisations"));
  label_control (GTK_WIDGET (self->add_button), _("Add organisation"));
  label_control (GTK_WIDGET (self->delete_button), _("Delete organisation"));
  label_control (GTK_WIDGET (self->back_button), _("Back to the organisations"));
  label_control (GTK_WIDGET (self->name_row), _("Organisation name"));
  label_control (GTK_WIDGET (self->kind_row), _("Organisation kind"));
  label_control (GTK_WIDGET (self->colour_button), _("Organisation colour"));
  /* The button inside the colour button is what AT-SPI clicks. */
  if (gtk_widget_get_first_child (GTK_WIDGET (self->colour_button)) != NULL)
    label_control (gtk_widget_get_first_child (GTK_WIDGET (self->colour_button)),
                   _("Organisation colour"));
  label_control (GTK_WIDGET (self->employees_spin), _("Employees"));
  label_control (GTK_WIDGET (self->energy_spin), _("Baseline energy use"));
  label_control (GTK_WIDGET (self->emissions_spin), _("Baseline emissions"));
  label_control (GTK_WIDGET (self->illustrative_switch), _("Illustrative figures"));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "organisations.add", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "organisations.delete", FALSE);
}

/**
 * wijk_organisations_view_new:
 * @model: (nullable): the workshop whose organisations it shows
 *
 * Returns: (transfer floating): a new organisations view
 */
GtkWidget *
wijk_organisations_view_new (WijkWorkshopModel *model)
{
  g_return_val_if_fail (model == NULL || WIJK_IS_WORKSHOP_MODEL (model), NULL);

  return g_object_new (WIJK_TYPE_ORGANISATIONS_VIEW, "model", model, NULL);
}

WijkWorkshopModel *
wijk_organisations_view_get_model (WijkOrganisationsView *self)
{
  g_return_val_if_fail (WIJK_IS_ORGANISATIONS_VIEW (self), NULL);
  return self->model;
}

void
wijk_organisations_view_set_model (WijkOrganisationsView *self,
                                   WijkWorkshopModel     *model)
{
  g_return_if_fail (WIJK_IS_ORGANISATIONS_VIEW (self));
  g_return_if_fail (model == NULL || WIJK_IS_WORKSHOP_MODEL (model));

  if (self->model == model)
    return;

  if (self->model != NULL)
    {
      wijk_organisations_view_commit_name (self);
      g_signal_handlers_disconnect_by_data (self->model, self);
    }
  g_set_object (&self->model, model);
  if (model != NULL)
    g_signal_connect_object (model, "changed", G_CALLBACK (model_changed_cb), self,
                             G_CONNECT_SWAPPED);
  gtk_single_selection_set_model (self->selection,
                                  model != NULL ? wijk_workshop_model_get_organisations (model)
                                                : NULL);
  selection_changed_cb (self);
  wijk_organisations_view_sync_editor (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

const char *
wijk_organisations_view_get_selected_id (WijkOrganisationsView *self)
{
  g_return_val_if_fail (WIJK_IS_ORGANISATIONS_VIEW (self), NULL);
  return self->selected_id;
}

/**
 * wijk_organisations_view_select:
 * @self: a #WijkOrganisationsView
 * @id: an organisation id
 *
 * Selects the organisation @id, e.g. when a plot is clicked on the map.
 *
 * Returns: whether there is such an organisation
 */
gboolean
wijk_organisations_view_select (WijkOrganisationsView *self,
                                const char            *id)
{
  GListModel *list;
  guint n;

  g_return_val_if_fail (WIJK_IS_ORGANISATIONS_VIEW (self), FALSE);

  if (self->model == NULL || id == NULL)
    return FALSE;
  list = wijk_workshop_model_get_organisations (self->model);
  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WijkOrganisationItem) item = g_list_model_get_item (list, i);

      if (g_strcmp0 (wijk_organisation_item_get_id (item), id) == 0)
        {
          gtk_single_selection_set_selected (self->selection, i);
          gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item",
                                      "u", i);
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * wijk_organisations_view_navigate_back:
 * @self: a #WijkOrganisationsView
 *
 * When the view is folded into one column and shows an organisation's
 * editor, goes back to the list.
 *
 * Returns: whether it went back
 */
gboolean
wijk_organisations_view_navigate_back (WijkOrganisationsView *self)
{
  g_return_val_if_fail (WIJK_IS_ORGANISATIONS_VIEW (self), FALSE);

  if (!adw_leaflet_get_folded (self->leaflet) ||
      adw_leaflet_get_visible_child (self->leaflet) != self->content)
    return FALSE;
  return adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/**
 * wijk_organisations_view_set_show_back_bar:
 * @self: a #WijkOrganisationsView
 * @show: whether the view shows its own "back to the list" bar when folded
 *
 * A container with a back button of its own hides the view's and calls
 * wijk_organisations_view_navigate_back() first.
 */
void
wijk_organisations_view_set_show_back_bar (WijkOrganisationsView *self,
                                           gboolean               show)
{
  g_return_if_fail (WIJK_IS_ORGANISATIONS_VIEW (self));

  self->show_back_bar = !!show;
  update_back_bar (self);
}

/* For the tests */

AdwEntryRow *
wijk_organisations_view_get_name_row (WijkOrganisationsView *self)
{
  g_return_val_if_fail (WIJK_IS_ORGANISATIONS_VIEW (self), NULL);
  return self->name_row;
}

AdwComboRow *
wijk_organisations_view_get_kind_row (WijkOrganisationsView *self)
{
  g_return_val_if_fail (WIJK_IS_ORGANISATIONS_VIEW (self), NULL);
  return self->kind_row;
}

GtkSpinButton *
wijk_organisations_view_get_employees_spin (WijkOrganisationsView *self)
{
  g_return_val_if_fail (WIJK_IS_ORGANISATIONS_VIEW (self), NULL);
  return self->employees_spin;
}

GtkSpinButton *
wijk_organisations_view_get_energy_spin (WijkOrganisationsView *self)
{
  g_return_val_if_fail (WIJK_IS_ORGANISATIONS_VIEW (self), NULL);
  return self->energy_spin;
}

GtkSpinButton *
wijk_organisations_view_get_emissions_spin (WijkOrganisationsView *self)
{
  g_return_val_if_fail (WIJK_IS_ORGANISATIONS_VIEW (self), NULL);
  return self->emissions_spin;
}

GtkColorButton *
wijk_organisations_view_get_colour_button (WijkOrganisationsView *self)
{
  g_return_val_if_fail (WIJK_IS_ORGANISATIONS_VIEW (self), NULL);
  return self->colour_button;
}

GtkSwitch *
wijk_organisations_view_get_illustrative_switch (WijkOrganisationsView *self)
{
  g_return_val_if_fail (WIJK_IS_ORGANISATIONS_VIEW (self), NULL);
  return self->illustrative_switch;
}

GtkRevealer *
wijk_organisations_view_get_error_banner (WijkOrganisationsView *self)
{
  g_return_val_if_fail (WIJK_IS_ORGANISATIONS_VIEW (self), NULL);
  return self->error_revealer;
}

GtkSingleSelection *
wijk_organisations_view_get_selection (WijkOrganisationsView *self)
{
  g_return_val_if_fail (WIJK_IS_ORGANISATIONS_VIEW (self), NULL);
  return self->selection;
}

guint
wijk_organisations_view_get_n_commitments (WijkOrganisationsView *self)
{
  g_return_val_if_fail (WIJK_IS_ORGANISATIONS_VIEW (self), 0);
  return self->commitment_rows->len;
}

AdwLeaflet *
wijk_organisations_view_get_leaflet (WijkOrganisationsView *self)
{
  g_return_val_if_fail (WIJK_IS_ORGANISATIONS_VIEW (self), NULL);
  return self->leaflet;
}

GtkWidget *
wijk_organisations_view_get_editor_pane (WijkOrganisationsView *self)
{
  g_return_val_if_fail (WIJK_IS_ORGANISATIONS_VIEW (self), NULL);
  return self->content;
}

GtkListView *
wijk_organisations_view_get_list_view (WijkOrganisationsView *self)
{
  g_return_val_if_fail (WIJK_IS_ORGANISATIONS_VIEW (self), NULL);
  return self->list_view;
}
