/* wijk-theme-group.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-action-list"

#include "config.h"

#include "wijk-items.h"
#include "wijk-theme-group.h"

/* The actions of one theme, as a branch of the action list: those of the
 * workshop's actions that have the theme and pass the list's filter. */

struct _WijkThemeGroup
{
  GObject             parent_instance;

  WijkTheme           theme;
  GtkFilterListModel *model;
};

enum {
  PROP_0,
  PROP_THEME,
  PROP_LABEL,
  PROP_ICON_NAME,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (WijkThemeGroup, wijk_theme_group, G_TYPE_OBJECT)

static gboolean
has_theme (gpointer item,
           gpointer user_data)
{
  return wijk_action_item_get_theme (item) == GPOINTER_TO_UINT (user_data);
}

static void
on_items_changed (WijkThemeGroup *self,
                  guint           position,
                  guint           removed,
                  guint           added)
{
  if (removed != added)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

static void
wijk_theme_group_finalize (GObject *object)
{
  WijkThemeGroup *self = WIJK_THEME_GROUP (object);

  g_clear_object (&self->model);

  G_OBJECT_CLASS (wijk_theme_group_parent_class)->finalize (object);
}

static void
wijk_theme_group_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  WijkThemeGroup *self = WIJK_THEME_GROUP (object);

  switch (prop_id)
    {
    case PROP_THEME:
      g_value_set_uint (value, self->theme);
      break;
    case PROP_LABEL:
      g_value_set_string (value, wijk_theme_get_label (self->theme));
      break;
    case PROP_ICON_NAME:
      g_value_set_string (value, wijk_theme_get_icon_name (self->theme));
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, wijk_theme_group_get_n_items (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wijk_theme_group_class_init (WijkThemeGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = wijk_theme_group_finalize;
  object_class->get_property = wijk_theme_group_get_property;

  properties[PROP_THEME] = g_param_spec_uint ("theme", NULL, NULL, 0, WIJK_N_THEMES - 1, 0, flags);
  properties[PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, NULL, flags);
  properties[PROP_ICON_NAME] = g_param_spec_string ("icon-name", NULL, NULL, NULL, flags);
  properties[PROP_N_ITEMS] = g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
wijk_theme_group_init (WijkThemeGroup *self)
{
}

/**
 * wijk_theme_group_new:
 * @theme: the group's theme
 * @actions: a list of #WijkActionItem
 * @filter: (nullable): a further filter, e.g. the search
 *
 * Returns: (transfer full): a new group
 */
WijkThemeGroup *
wijk_theme_group_new (WijkTheme   theme,
                      GListModel *actions,
                      GtkFilter  *filter)
{
  WijkThemeGroup *self;
  GtkMultiFilter *every;

  g_return_val_if_fail (theme < WIJK_N_THEMES, NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (actions), NULL);

  self = g_object_new (WIJK_TYPE_THEME_GROUP, NULL);
  self->theme = theme;

  every = GTK_MULTI_FILTER (gtk_every_filter_new ());
  gtk_multi_filter_append (every, GTK_FILTER (gtk_custom_filter_new (has_theme,
                                                                     GUINT_TO_POINTER (theme),
                                                                     NULL)));
  if (filter != NULL)
    gtk_multi_filter_append (every, g_object_ref (filter));

  self->model = gtk_filter_list_model_new (g_object_ref (actions), GTK_FILTER (every));
  g_signal_connect_object (self->model, "items-changed", G_CALLBACK (on_items_changed), self,
                           G_CONNECT_SWAPPED);
  return self;
}

WijkTheme
wijk_theme_group_get_theme (WijkThemeGroup *self)
{
  g_return_val_if_fail (WIJK_IS_THEME_GROUP (self), 0);
  return self->theme;
}

/**
 * wijk_theme_group_get_model:
 * @self: a theme group
 *
 * Returns: (transfer none): the group's actions
 */
GListModel *
wijk_theme_group_get_model (WijkThemeGroup *self)
{
  g_return_val_if_fail (WIJK_IS_THEME_GROUP (self), NULL);
  return G_LIST_MODEL (self->model);
}

guint
wijk_theme_group_get_n_items (WijkThemeGroup *self)
{
  g_return_val_if_fail (WIJK_IS_THEME_GROUP (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->model));
}
