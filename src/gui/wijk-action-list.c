/* wijk-action-list.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-action-list"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "wijk-action-list.h"
#include "wijk-action-row.h"
#include "wijk-theme-group.h"

/* The workshop's actions grouped by theme, each group a branch that folds,
 * filtered by a search over title, type, theme, status and lead
 * organisation. The selection follows the map's and the map follows it. */

struct _WijkActionList
{
  GtkWidget           parent_instance;

  GtkLabel           *count_label;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *status_dropdown;
  GtkDropDown        *org_dropdown;
  GtkStringList      *status_names;
  GtkStringList      *org_names;
  GtkStack           *stack;
  GtkListView        *list_view;

  WijkWorkshopModel  *model;
  GtkSortListModel   *sorted;
  GListStore         *groups;
  GtkCustomFilter    *search_filter;
  GtkCustomFilter    *group_filter;
  GtkTreeListModel   *tree;
  GtkSingleSelection *selection;
  char               *query;
  char               *selected;

  /* The organisation filter: the ids behind org_names (after "All"), and
   * the chosen one, which survives a rebuild of the names. */
  GPtrArray          *org_ids;
  char               *org_filter;
  gboolean            updating_orgs;
  gboolean            setting_model;
};

enum {
  PROP_0,
  PROP_MODEL,
  PROP_SELECTED_ACTION,
  N_PROPS
};

enum {
  ACTION_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (WijkActionList, wijk_action_list, GTK_TYPE_WIDGET)

static gboolean
has_owner (const WijkAction *action,
           const char       *org_id)
{
  for (guint i = 0; action->owners != NULL && i < action->owners->len; i++)
    {
      const WijkOwner *owner = g_ptr_array_index (action->owners, i);

      if (g_strcmp0 (owner->org_id, org_id) == 0)
        return TRUE;
    }

  return FALSE;
}

static gboolean
matches_query (WijkActionList *self,
               WijkActionItem *action)
{
  const char *fields[] = {
    wijk_action_item_get_title (action),
    wijk_action_item_get_type_name (action),
    wijk_theme_get_label (wijk_action_item_get_theme (action)),
    wijk_status_get_label (wijk_action_item_get_status (action)),
    wijk_action_item_get_lead_org_name (action),
  };

  if (self->query == NULL)
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      if (fields[i] != NULL && g_str_match_string (self->query, fields[i], TRUE))
        return TRUE;
    }

  return FALSE;
}

/* The search, the status and the organisation (any of the owners). */
static gboolean
matches_filters (gpointer item,
                 gpointer user_data)
{
  WijkActionList *self = user_data;
  WijkActionItem *action = item;
  guint status = self->status_dropdown != NULL
                 ? gtk_drop_down_get_selected (self->status_dropdown)
                 : 0;

  if (status != 0 && status != GTK_INVALID_LIST_POSITION
      && wijk_action_item_get_status (action) != status - 1)
    return FALSE;

  if (self->org_filter != NULL && !has_owner (wijk_action_item_get_action (action), self->org_filter))
    return FALSE;

  return matches_query (self, action);
}

static gboolean
group_not_empty (gpointer item,
                 gpointer user_data)
{
  return wijk_theme_group_get_n_items (item) > 0;
}

static GListModel *
create_branch (gpointer item,
               gpointer user_data)
{
  if (!WIJK_IS_THEME_GROUP (item))
    return NULL;

  return g_object_ref (wijk_theme_group_get_model (item));
}

static guint
count_shown (WijkActionList *self)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->groups)); i++)
    {
      g_autoptr(WijkThemeGroup) group = g_list_model_get_item (G_LIST_MODEL (self->groups), i);

      n += wijk_theme_group_get_n_items (group);
    }

  return n;
}

/* Shows a page of the stack; the status pages, with their large icons,
 * are built the first time they are shown, once the list is on screen
 * (update_state runs again on map). */
static void
show_page (WijkActionList *self,
           const char     *name)
{
  if (gtk_stack_get_child_by_name (self->stack, name) == NULL)
    {
      gboolean empty = g_str_equal (name, "empty");
      GtkWidget *page;

      if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
        return;

      page = adw_status_page_new ();

      adw_status_page_set_icon_name (ADW_STATUS_PAGE (page),
                                     empty ? "mark-location-symbolic" : "system-search-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (page),
                                 empty ? _("No Actions Yet") : _("No Matching Actions"));
      adw_status_page_set_description (ADW_STATUS_PAGE (page),
        empty ? _("Draft one with the “Action” button or by clicking on the map.")
              : _("Try another word, or another status or organisation."));
      gtk_widget_add_css_class (page, "compact");
      gtk_stack_add_named (self->stack, page, name);
    }

  gtk_stack_set_visible_child_name (self->stack, name);
}

static void
update_state (WijkActionList *self)
{
  guint total = self->model != NULL
                ? g_list_model_get_n_items (wijk_workshop_model_get_actions (self->model))
                : 0;
  guint shown = count_shown (self);
  g_autofree char *count = g_strdup_printf ("%u", total);

  gtk_label_set_label (self->count_label, total > 0 ? count : "");

  if (total == 0)
    show_page (self, "empty");
  else if (shown == 0)
    show_page (self, "no-results");
  else
    show_page (self, "list");
}

static void
on_group_count_changed (WijkActionList *self)
{
  /* A new model fills every group at once: the groups are filtered once
   * afterwards, not once per theme. */
  if (self->setting_model)
    return;

  gtk_filter_changed (GTK_FILTER (self->group_filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_state (self);
}


/* Where an action's row is now, expanding its group if needed. */
static guint
find_action_row (WijkActionList *self,
                 const char     *id)
{
  GListModel *rows = G_LIST_MODEL (self->tree);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);
      g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);

      if (WIJK_IS_THEME_GROUP (item) && !gtk_tree_list_row_get_expanded (row))
        {
          GListModel *children = wijk_theme_group_get_model (WIJK_THEME_GROUP (item));

          for (guint j = 0; j < g_list_model_get_n_items (children); j++)
            {
              g_autoptr(WijkActionItem) child = g_list_model_get_item (children, j);

              if (g_strcmp0 (wijk_action_item_get_id (child), id) == 0)
                gtk_tree_list_row_set_expanded (row, TRUE);
            }
        }
      else if (WIJK_IS_ACTION_ITEM (item)
               && g_strcmp0 (wijk_action_item_get_id (WIJK_ACTION_ITEM (item)), id) == 0)
        {
          return i;
        }
    }

  return GTK_INVALID_LIST_POSITION;
}

/* The list's selection shows self->selected when its row is in the list. */
static void
sync_selection (WijkActionList *self)
{
  guint position = GTK_INVALID_LIST_POSITION;

  if (self->selected != NULL)
    position = find_action_row (self, self->selected);

  if (gtk_single_selection_get_selected (self->selection) == position)
    return;

  gtk_single_selection_set_selected (self->selection, position);
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u",
                                position);
}

static void
set_selected (WijkActionList *self,
              const char     *action_id)
{
  if (g_strcmp0 (self->selected, action_id) == 0)
    return;

  g_free (self->selected);
  self->selected = g_strdup (action_id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ACTION]);
}

static void
on_selection_changed (WijkActionList *self)
{
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (self->selection);
  g_autoptr(GObject) item = row != NULL ? gtk_tree_list_row_get_item (row) : NULL;

  if (WIJK_IS_ACTION_ITEM (item))
    set_selected (self, wijk_action_item_get_id (WIJK_ACTION_ITEM (item)));
}

static void
on_activate (WijkActionList *self,
             guint           position)
{
  g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (self->tree), position);
  g_autoptr(GObject) item = row != NULL ? gtk_tree_list_row_get_item (row) : NULL;

  if (WIJK_IS_THEME_GROUP (item))
    gtk_tree_list_row_set_expanded (row, !gtk_tree_list_row_get_expanded (row));
  else if (WIJK_IS_ACTION_ITEM (item))
    g_signal_emit (self, signals[ACTION_ACTIVATED], 0,
                   wijk_action_item_get_id (WIJK_ACTION_ITEM (item)));
}

static void
on_search_changed (WijkActionList *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  g_clear_pointer (&self->query, g_free);
  if (text != NULL && *text != '\0')
    self->query = g_strdup (text);

  gtk_filter_changed (GTK_FILTER (self->search_filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_state (self);
  sync_selection (self);
}

static void
on_filter_changed (WijkActionList *self)
{
  guint org = gtk_drop_down_get_selected (self->org_dropdown);

  /* The template's drop-downs may notify before the filters exist. */
  if (self->updating_orgs || self->search_filter == NULL)
    return;

  g_clear_pointer (&self->org_filter, g_free);
  if (org != 0 && org != GTK_INVALID_LIST_POSITION && org - 1 < self->org_ids->len)
    self->org_filter = g_strdup (g_ptr_array_index (self->org_ids, org - 1));

  gtk_filter_changed (GTK_FILTER (self->search_filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_state (self);
  sync_selection (self);
}

/* The organisation filter lists the workshop's organisations; it is
 * rebuilt only when they change, and keeps its choice if it is still
 * there. */
static void
update_org_names (WijkActionList *self)
{
  GListModel *orgs = self->model != NULL ? wijk_workshop_model_get_organisations (self->model) : NULL;
  guint n = orgs != NULL ? g_list_model_get_n_items (orgs) : 0;
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  gboolean same = n == self->org_ids->len;
  guint selected = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WijkOrganisationItem) org = g_list_model_get_item (orgs, i);
      const char *name = wijk_organisation_item_get_name (org);

      g_ptr_array_add (ids, g_strdup (wijk_organisation_item_get_id (org)));
      g_ptr_array_add (names, g_strdup (name != NULL ? name : wijk_organisation_item_get_id (org)));
      same = same
             && g_str_equal (g_ptr_array_index (ids, i), g_ptr_array_index (self->org_ids, i))
             && g_strcmp0 (g_ptr_array_index (names, i),
                           gtk_string_list_get_string (self->org_names, i + 1)) == 0;
      if (g_strcmp0 (self->org_filter, g_ptr_array_index (ids, i)) == 0)
        selected = i + 1;
    }

  if (same)
    return;

  self->updating_orgs = TRUE;
  g_ptr_array_add (names, NULL);
  gtk_string_list_splice (self->org_names, 1,
                          g_list_model_get_n_items (G_LIST_MODEL (self->org_names)) - 1,
                          (const char * const *) names->pdata);
  g_ptr_array_set_size (self->org_ids, 0);
  g_ptr_array_extend_and_steal (self->org_ids, g_steal_pointer (&ids));
  gtk_drop_down_set_selected (self->org_dropdown, selected);
  self->updating_orgs = FALSE;

  if (selected == 0)
    g_clear_pointer (&self->org_filter, g_free);
}

static void
on_stop_search (WijkActionList *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
on_model_changed (WijkActionList *self)
{
  update_org_names (self);

  /* Items change in place: a new title or type moves an action. */
  gtk_sorter_changed (gtk_sort_list_model_get_sorter (self->sorted), GTK_SORTER_CHANGE_DIFFERENT);
  gtk_filter_changed (GTK_FILTER (self->search_filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_state (self);

  if (self->selected != NULL
      && wijk_workshop_model_find_action (self->model, self->selected) == NULL)
    set_selected (self, NULL);
  sync_selection (self);
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           gpointer                  user_data)
{
  GtkWidget *expander = gtk_tree_expander_new ();

  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), wijk_action_row_new ());
  gtk_list_item_set_child (list_item, expander);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          gpointer                  user_data)
{
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);
  GtkTreeExpander *expander = GTK_TREE_EXPANDER (gtk_list_item_get_child (list_item));
  g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);
  gboolean is_group = WIJK_IS_THEME_GROUP (item);

  gtk_tree_expander_set_list_row (expander, row);
  wijk_action_row_set_item (WIJK_ACTION_ROW (gtk_tree_expander_get_child (expander)), item);

  /* A theme's heading folds and unfolds; only actions are selected. */
  gtk_list_item_set_selectable (list_item, !is_group);
  if (is_group)
    gtk_widget_add_css_class (GTK_WIDGET (expander), "wijk-group");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (expander), "wijk-group");
}

static void
unbind_row (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            gpointer                  user_data)
{
  GtkTreeExpander *expander = GTK_TREE_EXPANDER (gtk_list_item_get_child (list_item));

  gtk_tree_expander_set_list_row (expander, NULL);
  wijk_action_row_set_item (WIJK_ACTION_ROW (gtk_tree_expander_get_child (expander)), NULL);
}

static void
build_groups (WijkActionList *self)
{
  GListModel *actions = G_LIST_MODEL (self->sorted);

  g_list_store_remove_all (self->groups);

  for (guint theme = 0; theme < WIJK_N_THEMES; theme++)
    {
      g_autoptr(WijkThemeGroup) group = wijk_theme_group_new (theme, actions,
                                                              GTK_FILTER (self->search_filter));

      g_signal_connect_object (group, "notify::n-items", G_CALLBACK (on_group_count_changed),
                               self, G_CONNECT_SWAPPED);
      g_list_store_append (self->groups, group);
    }

  gtk_filter_changed (GTK_FILTER (self->group_filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
wijk_action_list_dispose (GObject *object)
{
  WijkActionList *self = WIJK_ACTION_LIST (object);
  GtkWidget *child;

  wijk_action_list_set_model (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), WIJK_TYPE_ACTION_LIST);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->selection);
  g_clear_object (&self->tree);
  g_clear_object (&self->groups);
  g_clear_object (&self->sorted);
  g_clear_object (&self->search_filter);
  g_clear_object (&self->group_filter);

  G_OBJECT_CLASS (wijk_action_list_parent_class)->dispose (object);
}

static void
wijk_action_list_finalize (GObject *object)
{
  WijkActionList *self = WIJK_ACTION_LIST (object);

  g_free (self->query);
  g_free (self->selected);
  g_free (self->org_filter);
  g_clear_pointer (&self->org_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (wijk_action_list_parent_class)->finalize (object);
}

static void
wijk_action_list_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  WijkActionList *self = WIJK_ACTION_LIST (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;
    case PROP_SELECTED_ACTION:
      g_value_set_string (value, self->selected);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wijk_action_list_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  WijkActionList *self = WIJK_ACTION_LIST (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      wijk_action_list_set_model (self, g_value_get_object (value));
      break;
    case PROP_SELECTED_ACTION:
      wijk_action_list_set_selected_action (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wijk_action_list_class_init (WijkActionListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wijk_action_list_dispose;
  object_class->finalize = wijk_action_list_finalize;
  object_class->get_property = wijk_action_list_get_property;
  object_class->set_property = wijk_action_list_set_property;

  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, WIJK_TYPE_WORKSHOP_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_ACTION] =
    g_param_spec_string ("selected-action", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * WijkActionList::action-activated:
   * @self: the list
   * @action_id: the action
   *
   * An action's row was activated (Enter or a double click), e.g. to edit it.
   */
  signals[ACTION_ACTIVATED] =
    g_signal_new ("action-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/wijkpact/Wijkpact/wijk-action-list.ui");
  gtk_widget_class_bind_template_child (widget_class, WijkActionList, count_label);
  gtk_widget_class_bind_template_child (widget_class, WijkActionList, search_entry);
  gtk_widget_class_bind_template_child (widget_class, WijkActionList, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, WijkActionList, org_dropdown);
  gtk_widget_class_bind_template_child (widget_class, WijkActionList, status_names);
  gtk_widget_class_bind_template_child (widget_class, WijkActionList, org_names);
  gtk_widget_class_bind_template_child (widget_class, WijkActionList, stack);
  gtk_widget_class_bind_template_child (widget_class, WijkActionList, list_view);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_activate);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "wijkactionlist");
}

static void
wijk_action_list_init (WijkActionList *self)
{
  GtkListItemFactory *factory;

  self->org_ids = g_ptr_array_new_with_free_func (g_free);
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint status = 0; status < WIJK_N_STATUSES; status++)
    gtk_string_list_append (self->status_names, wijk_status_get_label (status));

  self->search_filter = gtk_custom_filter_new (matches_filters, self, NULL);
  self->group_filter = gtk_custom_filter_new (group_not_empty, NULL, NULL);
  self->groups = g_list_store_new (WIJK_TYPE_THEME_GROUP);
  self->sorted = gtk_sort_list_model_new (NULL, GTK_SORTER (gtk_string_sorter_new (
    gtk_property_expression_new (WIJK_TYPE_ACTION_ITEM, NULL, "title"))));

  self->tree = gtk_tree_list_model_new (
    G_LIST_MODEL (gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->groups)),
                                             g_object_ref (GTK_FILTER (self->group_filter)))),
    FALSE, TRUE, create_branch, NULL, NULL);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->tree)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (on_selection_changed), self, G_CONNECT_SWAPPED);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  build_groups (self);
  update_state (self);
  g_signal_connect (self, "map", G_CALLBACK (update_state), NULL);
}

GtkWidget *
wijk_action_list_new (void)
{
  return g_object_new (WIJK_TYPE_ACTION_LIST, NULL);
}

WijkWorkshopModel *
wijk_action_list_get_model (WijkActionList *self)
{
  g_return_val_if_fail (WIJK_IS_ACTION_LIST (self), NULL);
  return self->model;
}

void
wijk_action_list_set_model (WijkActionList    *self,
                            WijkWorkshopModel *model)
{
  g_return_if_fail (WIJK_IS_ACTION_LIST (self));
  g_return_if_fail (model == NULL || WIJK_IS_WORKSHOP_MODEL (model));

  if (self->model == model)
    return;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, on_model_changed, self);

  g_set_object (&self->model, model);
  set_selected (self, NULL);

  if (self->sorted != NULL)
    {
      self->setting_model = TRUE;
      gtk_sort_list_model_set_model (self->sorted,
                                     model != NULL ? wijk_workshop_model_get_actions (model) : NULL);
      self->setting_model = FALSE;
      gtk_filter_changed (GTK_FILTER (self->group_filter), GTK_FILTER_CHANGE_DIFFERENT);
    }

  if (model != NULL)
    g_signal_connect_object (model, "changed", G_CALLBACK (on_model_changed), self,
                             G_CONNECT_SWAPPED);

  if (self->stack != NULL)
    {
      update_org_names (self);
      update_state (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

const char *
wijk_action_list_get_selected_action (WijkActionList *self)
{
  g_return_val_if_fail (WIJK_IS_ACTION_LIST (self), NULL);
  return self->selected;
}

/**
 * wijk_action_list_set_selected_action:
 * @self: an action list
 * @action_id: (nullable): the action to select
 *
 * Selects the action's row, unfolding its theme and scrolling to it.
 */
void
wijk_action_list_set_selected_action (WijkActionList *self,
                                      const char     *action_id)
{
  g_return_if_fail (WIJK_IS_ACTION_LIST (self));

  set_selected (self, action_id);
  sync_selection (self);
}

void
wijk_action_list_focus_search (WijkActionList *self)
{
  g_return_if_fail (WIJK_IS_ACTION_LIST (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

GtkListView *
wijk_action_list_get_list_view (WijkActionList *self)
{
  g_return_val_if_fail (WIJK_IS_ACTION_LIST (self), NULL);
  return self->list_view;
}

/**
 * wijk_action_list_get_n_shown:
 * @self: an action list
 *
 * Returns: how many actions pass the search
 */
guint
wijk_action_list_get_n_shown (WijkActionList *self)
{
  g_return_val_if_fail (WIJK_IS_ACTION_LIST (self), 0);
  return count_shown (self);
}
