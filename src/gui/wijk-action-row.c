/* wijk-action-row.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-action-list"

#include "config.h"

#include <glib/gi18n.h>

#include "wijk-action-row.h"
#include "wijk-items.h"
#include "wijk-theme-group.h"

/* A row of the action list: a theme's heading with its count, or an
 * action with its theme badge, title, lead organisation and status. The
 * items change in place, so the row follows their notifications.
 *
 * The list makes a row for each line it shows, and most show only one of
 * the two layouts: each is built the first time the row needs it (a
 * dozen rows are made as the window opens). */

struct _WijkActionRow
{
  GtkWidget  parent_instance;

  GtkStack  *stack;
  GtkWidget *group_box;
  GtkWidget *action_box;
  GtkImage  *group_icon;
  GtkLabel  *group_label;
  GtkLabel  *group_count;
  GtkImage  *action_icon;
  GtkLabel  *title_label;
  GtkLabel  *subtitle_label;
  GtkLabel  *status_label;

  GObject   *item;
};

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (WijkActionRow, wijk_action_row, GTK_TYPE_WIDGET)

static void
set_classes (GtkWidget  *widget,
             const char *first,
             const char *second)
{
  const char *classes[] = { first, second, NULL };

  gtk_widget_set_css_classes (widget, classes);
}

static GtkWidget *
new_label (const char *first_class,
           const char *second_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  set_classes (label, first_class, second_class);
  return label;
}

static GtkImage *
new_icon (void)
{
  /* The row's own accessible name says what the icon shows. */
  return g_object_new (GTK_TYPE_IMAGE,
                       "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                       NULL);
}

/* A theme's icon, name and count of actions. */
static void
ensure_group_box (WijkActionRow *self)
{
  if (self->group_box != NULL)
    return;

  self->group_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  gtk_widget_add_css_class (self->group_box, "wijk-group-row");
  self->group_icon = new_icon ();
  self->group_label = GTK_LABEL (new_label ("heading", NULL));
  gtk_widget_set_hexpand (GTK_WIDGET (self->group_label), TRUE);
  self->group_count = GTK_LABEL (gtk_label_new (NULL));
  set_classes (GTK_WIDGET (self->group_count), "dim-label", "numeric");
  gtk_box_append (GTK_BOX (self->group_box), GTK_WIDGET (self->group_icon));
  gtk_box_append (GTK_BOX (self->group_box), GTK_WIDGET (self->group_label));
  gtk_box_append (GTK_BOX (self->group_box), GTK_WIDGET (self->group_count));
  gtk_stack_add_named (self->stack, self->group_box, "group");
}

/* An action's theme badge, title over its lead organisation and type, and
 * its status. */
static void
ensure_action_box (WijkActionRow *self)
{
  GtkWidget *text;

  if (self->action_box != NULL)
    return;

  self->action_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  gtk_widget_add_css_class (self->action_box, "wijk-action-row");
  self->action_icon = new_icon ();
  gtk_widget_set_valign (GTK_WIDGET (self->action_icon), GTK_ALIGN_CENTER);
  text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_valign (text, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (text, TRUE);
  self->title_label = GTK_LABEL (new_label ("wijk-row-title", NULL));
  self->subtitle_label = GTK_LABEL (new_label ("caption", "dim-label"));
  gtk_box_append (GTK_BOX (text), GTK_WIDGET (self->title_label));
  gtk_box_append (GTK_BOX (text), GTK_WIDGET (self->subtitle_label));
  self->status_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_valign (GTK_WIDGET (self->status_label), GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (self->action_box), GTK_WIDGET (self->action_icon));
  gtk_box_append (GTK_BOX (self->action_box), text);
  gtk_box_append (GTK_BOX (self->action_box), GTK_WIDGET (self->status_label));
  gtk_stack_add_named (self->stack, self->action_box, "action");
}

static void
update_group (WijkActionRow  *self,
              WijkThemeGroup *group)
{
  WijkTheme theme = wijk_theme_group_get_theme (group);
  g_autofree char *theme_class = g_strdup_printf ("wijk-theme-%s", wijk_theme_to_string (theme));
  g_autofree char *count = g_strdup_printf ("%u", wijk_theme_group_get_n_items (group));

  ensure_group_box (self);
  gtk_image_set_from_icon_name (self->group_icon, wijk_theme_get_icon_name (theme));
  set_classes (GTK_WIDGET (self->group_icon), theme_class, NULL);
  gtk_label_set_label (self->group_label, wijk_theme_get_label (theme));
  gtk_label_set_label (self->group_count, count);
  gtk_stack_set_visible_child_name (self->stack, "group");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, wijk_theme_get_label (theme),
                                  -1);
}

static void
update_action (WijkActionRow  *self,
               WijkActionItem *item)
{
  WijkTheme theme = wijk_action_item_get_theme (item);
  WijkStatus status = wijk_action_item_get_status (item);
  const char *lead = wijk_action_item_get_lead_org_name (item);
  g_autofree char *theme_class = g_strdup_printf ("wijk-theme-%s", wijk_theme_to_string (theme));
  g_autofree char *status_class = g_strdup_printf ("wijk-status-%s", wijk_status_to_string (status));
  g_autofree char *subtitle = NULL;

  if (lead != NULL)
    /* Translators: the second line of an action in the list: "lead organisation · type". */
    subtitle = g_strdup_printf (_("%s · %s"), lead, wijk_action_item_get_type_name (item));
  else
    subtitle = g_strdup (wijk_action_item_get_type_name (item));

  ensure_action_box (self);
  gtk_image_set_from_icon_name (self->action_icon, wijk_theme_get_icon_name (theme));
  set_classes (GTK_WIDGET (self->action_icon), "wijk-badge", theme_class);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->action_icon), wijk_theme_get_label (theme));
  gtk_label_set_label (self->title_label, wijk_action_item_get_title (item));
  gtk_label_set_label (self->subtitle_label, subtitle);
  gtk_label_set_label (self->status_label, wijk_status_get_label (status));
  set_classes (GTK_WIDGET (self->status_label), "wijk-status", status_class);
  gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "caption");
  gtk_stack_set_visible_child_name (self->stack, "action");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, wijk_action_item_get_title (item),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle,
                                  -1);
}

static void
update (WijkActionRow *self)
{
  if (WIJK_IS_THEME_GROUP (self->item))
    update_group (self, WIJK_THEME_GROUP (self->item));
  else if (WIJK_IS_ACTION_ITEM (self->item))
    update_action (self, WIJK_ACTION_ITEM (self->item));
}

static void
wijk_action_row_dispose (GObject *object)
{
  WijkActionRow *self = WIJK_ACTION_ROW (object);

  wijk_action_row_set_item (self, NULL);
  g_clear_pointer ((GtkWidget **) &self->stack, gtk_widget_unparent);

  G_OBJECT_CLASS (wijk_action_row_parent_class)->dispose (object);
}

static void
wijk_action_row_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  WijkActionRow *self = WIJK_ACTION_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wijk_action_row_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  WijkActionRow *self = WIJK_ACTION_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      wijk_action_row_set_item (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wijk_action_row_class_init (WijkActionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wijk_action_row_dispose;
  object_class->get_property = wijk_action_row_get_property;
  object_class->set_property = wijk_action_row_set_property;

  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, G_TYPE_OBJECT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "wijkactionrow");
}

static void
wijk_action_row_init (WijkActionRow *self)
{
  /* Only the visible layout is measured. */
  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_hhomogeneous (self->stack, FALSE);
  gtk_stack_set_vhomogeneous (self->stack, FALSE);
  gtk_widget_set_parent (GTK_WIDGET (self->stack), GTK_WIDGET (self));
}

GtkWidget *
wijk_action_row_new (void)
{
  return g_object_new (WIJK_TYPE_ACTION_ROW, NULL);
}

/**
 * wijk_action_row_get_item:
 * @self: a row
 *
 * Returns: (transfer none) (nullable): the #WijkThemeGroup or
 *   #WijkActionItem the row shows
 */
GObject *
wijk_action_row_get_item (WijkActionRow *self)
{
  g_return_val_if_fail (WIJK_IS_ACTION_ROW (self), NULL);
  return self->item;
}

void
wijk_action_row_set_item (WijkActionRow *self,
                          GObject       *item)
{
  g_return_if_fail (WIJK_IS_ACTION_ROW (self));
  g_return_if_fail (item == NULL || G_IS_OBJECT (item));

  if (self->item == item)
    return;

  if (self->item != NULL)
    g_signal_handlers_disconnect_by_func (self->item, update, self);

  g_set_object (&self->item, item);

  if (item != NULL)
    {
      g_signal_connect_object (item, "notify", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
      update (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}
