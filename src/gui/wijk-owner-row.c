/* wijk-owner-row.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-owner-row"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "wijk-action-editor-private.h"
#include "wijk-format.h"
#include "wijk-owner-row.h"
#include "wijk-swatch.h"
#include "wijk-widget-style.h"

struct _WijkOwnerRow
{
  AdwPreferencesRow parent_instance;

  WijkSwatch *swatch;
  GtkLabel *name_label;
  GtkDropDown *role_dropdown;
  GtkStringList *roles;
  GtkButton *remove_button;
  GtkScale *cost_scale;
  GtkLabel *cost_value;
  GtkScale *benefit_scale;
  GtkLabel *benefit_value;

  char *org_id;
  guint syncing;
  gboolean in_gesture;
};

G_DEFINE_FINAL_TYPE (WijkOwnerRow, wijk_owner_row, ADW_TYPE_PREFERENCES_ROW)

enum {
  EDITED,
  REMOVE,
  GESTURE_BEGIN,
  GESTURE_END,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_value_label (GtkLabel *label,
                    double    percent)
{
  g_autofree char *text = NULL;

  /* Whole percents from a drag; a split in three shows one decimal. */
  text = wijk_format_percent (percent / 100.0, fabs (percent - round (percent)) < 1e-6 ? 0 : 1);
  gtk_label_set_label (label, text);
}

static void
share_changed_cb (WijkOwnerRow *self,
                  GtkRange     *range)
{
  update_value_label (range == GTK_RANGE (self->cost_scale) ? self->cost_value
                                                              : self->benefit_value,
                      gtk_range_get_value (range));
  if (self->syncing == 0)
    g_signal_emit (self, signals[EDITED], 0);
}

static void
role_selected_cb (WijkOwnerRow *self)
{
  if (self->syncing == 0)
    g_signal_emit (self, signals[EDITED], 0);
}

static void
end_gesture (WijkOwnerRow *self)
{
  if (!self->in_gesture)
    return;
  self->in_gesture = FALSE;
  g_signal_emit (self, signals[GESTURE_END], 0);
}

/* Sees the pointer press and release on a slider before the slider's own
 * gestures do (capture phase), without claiming the events. */
static gboolean
scale_event_cb (WijkOwnerRow             *self,
                GdkEvent                 *event,
                GtkEventControllerLegacy *controller)
{
  switch ((int) gdk_event_get_event_type (event))
    {
    case GDK_BUTTON_PRESS:
    case GDK_TOUCH_BEGIN:
      if (!self->in_gesture)
        {
          self->in_gesture = TRUE;
          g_signal_emit (self, signals[GESTURE_BEGIN], 0);
        }
      break;
    case GDK_BUTTON_RELEASE:
    case GDK_TOUCH_END:
    case GDK_TOUCH_CANCEL:
      end_gesture (self);
      break;
    default:
      break;
    }
  return GDK_EVENT_PROPAGATE;
}

static void
watch_gestures (WijkOwnerRow *self,
                GtkWidget    *scale)
{
  GtkEventController *controller = gtk_event_controller_legacy_new ();

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (controller, "event", G_CALLBACK (scale_event_cb), self);
  gtk_widget_add_controller (scale, controller);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  g_signal_emit (widget, signals[REMOVE], 0);
}

static void
wijk_owner_row_unmap (GtkWidget *widget)
{
  /* A row taken away in the middle of a drag still closes its gesture. */
  end_gesture (WIJK_OWNER_ROW (widget));
  GTK_WIDGET_CLASS (wijk_owner_row_parent_class)->unmap (widget);
}

static void
wijk_owner_row_finalize (GObject *object)
{
  WijkOwnerRow *self = WIJK_OWNER_ROW (object);

  g_clear_pointer (&self->org_id, g_free);

  G_OBJECT_CLASS (wijk_owner_row_parent_class)->finalize (object);
}

static void
wijk_owner_row_class_init (WijkOwnerRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = wijk_owner_row_finalize;
  widget_class->unmap = wijk_owner_row_unmap;

  signals[EDITED] = g_signal_new ("edited", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[REMOVE] = g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[GESTURE_BEGIN] = g_signal_new ("gesture-begin", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 0);
  signals[GESTURE_END] = g_signal_new ("gesture-end", G_TYPE_FROM_CLASS (klass),
                                       G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                       G_TYPE_NONE, 0);

  g_type_ensure (WIJK_TYPE_SWATCH);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/wijkpact/Wijkpact/wijk-owner-row.ui");
  gtk_widget_class_bind_template_child (widget_class, WijkOwnerRow, swatch);
  gtk_widget_class_bind_template_child (widget_class, WijkOwnerRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, WijkOwnerRow, role_dropdown);
  gtk_widget_class_bind_template_child (widget_class, WijkOwnerRow, roles);
  gtk_widget_class_bind_template_child (widget_class, WijkOwnerRow, remove_button);
  gtk_widget_class_bind_template_child (widget_class, WijkOwnerRow, cost_scale);
  gtk_widget_class_bind_template_child (widget_class, WijkOwnerRow, cost_value);
  gtk_widget_class_bind_template_child (widget_class, WijkOwnerRow, benefit_scale);
  gtk_widget_class_bind_template_child (widget_class, WijkOwnerRow, benefit_value);
  gtk_widget_class_bind_template_callback (widget_class, share_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, role_selected_cb);

  gtk_widget_class_install_action (widget_class, "owner.remove", NULL, remove_action);
}

static void
wijk_owner_row_init (WijkOwnerRow *self)
{
  self->syncing++;
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < WIJK_N_ROLES; i++)
    gtk_string_list_append (self->roles, wijk_role_get_label (i));

  watch_gestures (self, GTK_WIDGET (self->cost_scale));
  watch_gestures (self, GTK_WIDGET (self->benefit_scale));
  wijk_widget_scroll_only_when_focused_within (GTK_WIDGET (self));
  update_value_label (self->cost_value, 0);
  update_value_label (self->benefit_value, 0);
  self->syncing--;
}

GtkWidget *
wijk_owner_row_new (void)
{
  return g_object_new (WIJK_TYPE_OWNER_ROW, NULL);
}

static void
set_accessible_names (WijkOwnerRow *self,
                      const char   *name)
{
  g_autofree char *cost = NULL;
  g_autofree char *benefit = NULL;
  g_autofree char *role = NULL;
  g_autofree char *remove = NULL;

  /* Translators: accessible names of the controls of one co-owner; %s is
   * the organisation's name */
  cost = g_strdup_printf (_("Cost share of %s"), name);
  benefit = g_strdup_printf (_("Benefit share of %s"), name);
  role = g_strdup_printf (_("Role of %s"), name);
  remove = g_strdup_printf (_("Remove %s"), name);

  wijk_widget_set_accessible_label (GTK_WIDGET (self->cost_scale), cost);
  wijk_widget_set_accessible_label (GTK_WIDGET (self->benefit_scale), benefit);
  wijk_widget_set_accessible_label (GTK_WIDGET (self->role_dropdown), role);
  /* The button inside the drop-down is what AT-SPI clicks. */
  if (gtk_widget_get_first_child (GTK_WIDGET (self->role_dropdown)) != NULL)
    wijk_widget_set_accessible_label (gtk_widget_get_first_child (GTK_WIDGET (self->role_dropdown)),
                                      role);
  wijk_widget_set_accessible_label (GTK_WIDGET (self->remove_button), remove);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->remove_button), remove);
}

/**
 * wijk_owner_row_set_owner:
 * @self: a #WijkOwnerRow
 * @owner: the owner as it is in the model
 * @org: (nullable): its organisation, %NULL when the id names none
 *
 * Shows @owner without emitting "edited". A slider the user is dragging
 * already shows the model's value, so setting it again changes nothing.
 */
void
wijk_owner_row_set_owner (WijkOwnerRow           *self,
                          const WijkOwner        *owner,
                          const WijkOrganisation *org)
{
  const char *name;

  g_return_if_fail (WIJK_IS_OWNER_ROW (self));
  g_return_if_fail (owner != NULL);

  name = org != NULL && org->name != NULL ? org->name : owner->org_id;
  self->syncing++;
  if (g_strcmp0 (self->org_id, owner->org_id) != 0 ||
      g_strcmp0 (gtk_label_get_label (self->name_label), name) != 0)
    {
      g_free (self->org_id);
      self->org_id = g_strdup (owner->org_id);
      gtk_label_set_label (self->name_label, name);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), name);
      set_accessible_names (self, name);
    }
  wijk_swatch_set_colour (self->swatch, org != NULL ? org->colour : NULL);
  if ((guint) owner->role < WIJK_N_ROLES)
    gtk_drop_down_set_selected (self->role_dropdown, owner->role);
  gtk_range_set_value (GTK_RANGE (self->cost_scale), owner->cost_share * 100.0);
  gtk_range_set_value (GTK_RANGE (self->benefit_scale), owner->benefit_share * 100.0);
  /* Set again: the value label follows value-changed, which does not fire
   * when the value stays the same. */
  update_value_label (self->cost_value, gtk_range_get_value (GTK_RANGE (self->cost_scale)));
  update_value_label (self->benefit_value,
                      gtk_range_get_value (GTK_RANGE (self->benefit_scale)));
  self->syncing--;
}

const char *
wijk_owner_row_get_org_id (WijkOwnerRow *self)
{
  g_return_val_if_fail (WIJK_IS_OWNER_ROW (self), NULL);
  return self->org_id;
}

WijkRole
wijk_owner_row_get_role (WijkOwnerRow *self)
{
  guint selected;

  g_return_val_if_fail (WIJK_IS_OWNER_ROW (self), WIJK_ROLE_PARTNER);

  selected = gtk_drop_down_get_selected (self->role_dropdown);
  return selected < WIJK_N_ROLES ? (WijkRole) selected : WIJK_ROLE_PARTNER;
}

double
wijk_owner_row_get_cost_share (WijkOwnerRow *self)
{
  g_return_val_if_fail (WIJK_IS_OWNER_ROW (self), 0.0);
  return gtk_range_get_value (GTK_RANGE (self->cost_scale)) / 100.0;
}

double
wijk_owner_row_get_benefit_share (WijkOwnerRow *self)
{
  g_return_val_if_fail (WIJK_IS_OWNER_ROW (self), 0.0);
  return gtk_range_get_value (GTK_RANGE (self->benefit_scale)) / 100.0;
}

/**
 * wijk_owner_row_apply:
 * @self: a #WijkOwnerRow
 * @owner: a copy of the owner as it is in the model
 *
 * Writes into @owner what the user changed in the row, and only that: a
 * share that was not touched keeps its exact value (1/3 stays 1/3, not
 * 33.333…/100).
 */
void
wijk_owner_row_apply (WijkOwnerRow *self,
                      WijkOwner    *owner)
{
  double cost, benefit;

  g_return_if_fail (WIJK_IS_OWNER_ROW (self));
  g_return_if_fail (owner != NULL);

  cost = gtk_range_get_value (GTK_RANGE (self->cost_scale));
  benefit = gtk_range_get_value (GTK_RANGE (self->benefit_scale));
  owner->role = wijk_owner_row_get_role (self);
  if (cost != CLAMP (owner->cost_share * 100.0, 0.0, 100.0))
    owner->cost_share = cost / 100.0;
  if (benefit != CLAMP (owner->benefit_share * 100.0, 0.0, 100.0))
    owner->benefit_share = benefit / 100.0;
}

GtkRange *
wijk_owner_row_get_cost_scale (WijkOwnerRow *self)
{
  g_return_val_if_fail (WIJK_IS_OWNER_ROW (self), NULL);
  return GTK_RANGE (self->cost_scale);
}

GtkRange *
wijk_owner_row_get_benefit_scale (WijkOwnerRow *self)
{
  g_return_val_if_fail (WIJK_IS_OWNER_ROW (self), NULL);
  return GTK_RANGE (self->benefit_scale);
}

GtkLabel *
wijk_owner_row_get_cost_label (WijkOwnerRow *self)
{
  g_return_val_if_fail (WIJK_IS_OWNER_ROW (self), NULL);
  return self->cost_value;
}

GtkDropDown *
wijk_owner_row_get_role_dropdown (WijkOwnerRow *self)
{
  g_return_val_if_fail (WIJK_IS_OWNER_ROW (self), NULL);
  return self->role_dropdown;
}
