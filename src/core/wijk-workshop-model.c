/* wijk-workshop-model.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-items"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wijk-items-private.h"

typedef struct
{
  const char *(*record_id) (gconstpointer record);
  const char *(*item_id)   (gpointer item);
  gpointer    (*create)    (gconstpointer record, const WijkWorkshop *workshop);
  void        (*update)    (gpointer item, gconstpointer record, const WijkWorkshop *workshop);
} ItemOps;

/* The three kinds of item behind one interface, for sync_list(). */
#define DEFINE_ITEM_OPS(prefix, Record, CAST)                             \
  static const char *                                                     \
  prefix##_record_id (gconstpointer record)                               \
  {                                                                       \
    return ((const Record *) record)->id;                                 \
  }                                                                       \
  static const char *                                                     \
  prefix##_item_id (gpointer item)                                        \
  {                                                                       \
    return wijk_##prefix##_item_get_id (CAST (item));                     \
  }                                                                       \
  static gpointer                                                         \
  prefix##_create (gconstpointer       record,                            \
                   const WijkWorkshop *workshop)                          \
  {                                                                       \
    return wijk_##prefix##_item_new (record, workshop);                   \
  }                                                                       \
  static void                                                             \
  prefix##_update (gpointer            item,                              \
                   gconstpointer       record,                            \
                   const WijkWorkshop *workshop)                          \
  {                                                                       \
    wijk_##prefix##_item_update (CAST (item), record, workshop);          \
  }                                                                       \
  static const ItemOps prefix##_ops = {                                   \
    prefix##_record_id, prefix##_item_id, prefix##_create, prefix##_update\
  };

DEFINE_ITEM_OPS (action, WijkAction, WIJK_ACTION_ITEM)
DEFINE_ITEM_OPS (organisation, WijkOrganisation, WIJK_ORGANISATION_ITEM)
DEFINE_ITEM_OPS (plot, WijkPlot, WIJK_PLOT_ITEM)

struct _WijkWorkshopModel
{
  GObject     parent_instance;

  WijkStore  *store;
  GListStore *actions;
  GListStore *organisations;
  GListStore *plots;
  char       *name;
  gboolean    approximate;
};

enum {
  MODEL_PROP_0,
  MODEL_PROP_STORE,
  MODEL_PROP_NAME,
  MODEL_PROP_APPROXIMATE,
  MODEL_N_PROPS
};

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static GParamSpec *model_props[MODEL_N_PROPS];
static guint model_signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (WijkWorkshopModel, wijk_workshop_model, G_TYPE_OBJECT)

static guint
find_item (GListStore    *list,
           const ItemOps *ops,
           const char    *id,
           guint          from)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));

  for (guint i = from; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (list), i);

      if (g_strcmp0 (ops->item_id (item), id) == 0)
        return i;
    }

  return G_MAXUINT;
}

/* Brings @list in line with @records: the order of @records, one item per
 * record, existing items updated rather than replaced. */
static void
sync_list (GListStore         *list,
           GPtrArray          *records,
           const ItemOps      *ops,
           const WijkWorkshop *workshop)
{
  g_autoptr(GHashTable) wanted = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_records = records != NULL ? records->len : 0;
  guint n_items;

  for (guint i = 0; i < n_records; i++)
    g_hash_table_add (wanted, (gpointer) ops->record_id (g_ptr_array_index (records, i)));

  for (guint i = g_list_model_get_n_items (G_LIST_MODEL (list)); i-- > 0;)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (list), i);

      if (!g_hash_table_contains (wanted, ops->item_id (item)))
        g_list_store_remove (list, i);
    }

  for (guint i = 0; i < n_records; i++)
    {
      gconstpointer record = g_ptr_array_index (records, i);
      guint found = find_item (list, ops, ops->record_id (record), i);
      g_autoptr(GObject) item = NULL;

      if (found == i)
        {
          item = g_list_model_get_item (G_LIST_MODEL (list), i);
          ops->update (item, record, workshop);
          continue;
        }

      if (found != G_MAXUINT)
        {
          item = g_list_model_get_item (G_LIST_MODEL (list), found);
          g_list_store_remove (list, found);
          ops->update (item, record, workshop);
        }
      else
        {
          item = ops->create (record, workshop);
        }
      g_list_store_insert (list, i, item);
    }

  /* Only duplicate ids could leave items over. */
  n_items = g_list_model_get_n_items (G_LIST_MODEL (list));
  if (n_items > n_records)
    g_list_store_splice (list, n_records, n_items - n_records, NULL, 0);
}

static gboolean
any_plot_approximate (const WijkWorkshop *workshop)
{
  for (guint i = 0; i < workshop->plots->len; i++)
    {
      const WijkPlot *plot = g_ptr_array_index (workshop->plots, i);

      if (plot->approximate)
        return TRUE;
    }

  return FALSE;
}

/**
 * wijk_workshop_model_refresh:
 * @self: a workshop model
 *
 * Brings the lists and properties up to date with the store. The model
 * does this itself on the store's "changed" signal.
 */
void
wijk_workshop_model_refresh (WijkWorkshopModel *self)
{
  const WijkWorkshop *workshop;
  gboolean approximate;

  g_return_if_fail (WIJK_IS_WORKSHOP_MODEL (self));

  workshop = wijk_store_get_workshop (self->store);
  sync_list (self->organisations, workshop->organisations, &organisation_ops, workshop);
  sync_list (self->plots, workshop->plots, &plot_ops, workshop);
  sync_list (self->actions, workshop->actions, &action_ops, workshop);

  if (wijk_items_set_str (&self->name, workshop->name))
    g_object_notify_by_pspec (G_OBJECT (self), model_props[MODEL_PROP_NAME]);

  approximate = any_plot_approximate (workshop);
  if (self->approximate != approximate)
    {
      self->approximate = approximate;
      g_object_notify_by_pspec (G_OBJECT (self), model_props[MODEL_PROP_APPROXIMATE]);
    }
}

static void
on_store_changed (WijkWorkshopModel *self,
                  WijkStoreChange    change)
{
  wijk_workshop_model_refresh (self);
  g_signal_emit (self, model_signals[SIGNAL_CHANGED], 0, (guint) change);
}

static void
wijk_workshop_model_constructed (GObject *object)
{
  WijkWorkshopModel *self = WIJK_WORKSHOP_MODEL (object);

  G_OBJECT_CLASS (wijk_workshop_model_parent_class)->constructed (object);

  g_assert (self->store != NULL);
  /* Swapped, so that the handler sees the change however many further
   * arguments the signal carries. */
  g_signal_connect_object (self->store, "changed", G_CALLBACK (on_store_changed), self,
                           G_CONNECT_SWAPPED);
  wijk_workshop_model_refresh (self);
}

static void
wijk_workshop_model_dispose (GObject *object)
{
  WijkWorkshopModel *self = WIJK_WORKSHOP_MODEL (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (wijk_workshop_model_parent_class)->dispose (object);
}

static void
wijk_workshop_model_finalize (GObject *object)
{
  WijkWorkshopModel *self = WIJK_WORKSHOP_MODEL (object);

  g_clear_object (&self->actions);
  g_clear_object (&self->organisations);
  g_clear_object (&self->plots);
  g_free (self->name);

  G_OBJECT_CLASS (wijk_workshop_model_parent_class)->finalize (object);
}

static void
wijk_workshop_model_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  WijkWorkshopModel *self = WIJK_WORKSHOP_MODEL (object);

  switch (prop_id)
    {
    case MODEL_PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case MODEL_PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case MODEL_PROP_APPROXIMATE:
      g_value_set_boolean (value, self->approximate);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wijk_workshop_model_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  WijkWorkshopModel *self = WIJK_WORKSHOP_MODEL (object);

  switch (prop_id)
    {
    case MODEL_PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wijk_workshop_model_class_init (WijkWorkshopModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = wijk_workshop_model_constructed;
  object_class->dispose = wijk_workshop_model_dispose;
  object_class->finalize = wijk_workshop_model_finalize;
  object_class->get_property = wijk_workshop_model_get_property;
  object_class->set_property = wijk_workshop_model_set_property;

  model_props[MODEL_PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, WIJK_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  model_props[MODEL_PROP_NAME] = WIJK_ITEMS_STR_PROP ("name");
  model_props[MODEL_PROP_APPROXIMATE] = WIJK_ITEMS_BOOL_PROP ("approximate");

  g_object_class_install_properties (object_class, MODEL_N_PROPS, model_props);

  /**
   * WijkWorkshopModel::changed:
   * @self: the model
   * @change: the #WijkStoreChange the store reported
   *
   * The store changed and the lists are up to date.
   */
  model_signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
wijk_workshop_model_init (WijkWorkshopModel *self)
{
  self->actions = g_list_store_new (WIJK_TYPE_ACTION_ITEM);
  self->organisations = g_list_store_new (WIJK_TYPE_ORGANISATION_ITEM);
  self->plots = g_list_store_new (WIJK_TYPE_PLOT_ITEM);
}

/**
 * wijk_workshop_model_new:
 * @store: the store to show
 *
 * Returns: (transfer full): a model that keeps @store alive
 */
WijkWorkshopModel *
wijk_workshop_model_new (WijkStore *store)
{
  g_return_val_if_fail (WIJK_IS_STORE (store), NULL);

  return g_object_new (WIJK_TYPE_WORKSHOP_MODEL, "store", store, NULL);
}

WijkStore *
wijk_workshop_model_get_store (WijkWorkshopModel *self)
{
  g_return_val_if_fail (WIJK_IS_WORKSHOP_MODEL (self), NULL);
  return self->store;
}

/**
 * wijk_workshop_model_get_workshop:
 * @self: a workshop model
 *
 * Returns: (transfer none): the store's workshop, valid until the next edit
 */
const WijkWorkshop *
wijk_workshop_model_get_workshop (WijkWorkshopModel *self)
{
  g_return_val_if_fail (WIJK_IS_WORKSHOP_MODEL (self), NULL);
  return wijk_store_get_workshop (self->store);
}

const char *
wijk_workshop_model_get_name (WijkWorkshopModel *self)
{
  g_return_val_if_fail (WIJK_IS_WORKSHOP_MODEL (self), NULL);
  return self->name;
}

gboolean
wijk_workshop_model_get_approximate (WijkWorkshopModel *self)
{
  g_return_val_if_fail (WIJK_IS_WORKSHOP_MODEL (self), FALSE);
  return self->approximate;
}

/**
 * wijk_workshop_model_get_actions:
 * @self: a workshop model
 *
 * Returns: (transfer none): a list of #WijkActionItem in the store's order
 */
GListModel *
wijk_workshop_model_get_actions (WijkWorkshopModel *self)
{
  g_return_val_if_fail (WIJK_IS_WORKSHOP_MODEL (self), NULL);
  return G_LIST_MODEL (self->actions);
}

/**
 * wijk_workshop_model_get_organisations:
 * @self: a workshop model
 *
 * Returns: (transfer none): a list of #WijkOrganisationItem
 */
GListModel *
wijk_workshop_model_get_organisations (WijkWorkshopModel *self)
{
  g_return_val_if_fail (WIJK_IS_WORKSHOP_MODEL (self), NULL);
  return G_LIST_MODEL (self->organisations);
}

/**
 * wijk_workshop_model_get_plots:
 * @self: a workshop model
 *
 * Returns: (transfer none): a list of #WijkPlotItem (plots, the site's
 *   outline and its streets)
 */
GListModel *
wijk_workshop_model_get_plots (WijkWorkshopModel *self)
{
  g_return_val_if_fail (WIJK_IS_WORKSHOP_MODEL (self), NULL);
  return G_LIST_MODEL (self->plots);
}

static gpointer
find_by_id (GListStore    *list,
            const ItemOps *ops,
            const char    *id)
{
  guint position = find_item (list, ops, id, 0);
  g_autoptr(GObject) item = NULL;

  if (position == G_MAXUINT)
    return NULL;

  /* The list holds a reference; hand out a borrowed one. */
  item = g_list_model_get_item (G_LIST_MODEL (list), position);
  return item;
}

/**
 * wijk_workshop_model_find_action:
 * @self: a workshop model
 * @id: an action id
 *
 * Returns: (transfer none) (nullable): the item, or %NULL
 */
WijkActionItem *
wijk_workshop_model_find_action (WijkWorkshopModel *self,
                                 const char        *id)
{
  g_return_val_if_fail (WIJK_IS_WORKSHOP_MODEL (self), NULL);
  return find_by_id (self->actions, &action_ops, id);
}

/**
 * wijk_workshop_model_find_organisation:
 * @self: a workshop model
 * @id: an organisation id
 *
 * Returns: (transfer none) (nullable): the item, or %NULL
 */
WijkOrganisationItem *
wijk_workshop_model_find_organisation (WijkWorkshopModel *self,
                                       const char        *id)
{
  g_return_val_if_fail (WIJK_IS_WORKSHOP_MODEL (self), NULL);
  return find_by_id (self->organisations, &organisation_ops, id);
}

/**
 * wijk_workshop_model_find_plot:
 * @self: a workshop model
 * @id: a plot id
 *
 * Returns: (transfer none) (nullable): the item, or %NULL
 */
WijkPlotItem *
wijk_workshop_model_find_plot (WijkWorkshopModel *self,
                               const char        *id)
{
  g_return_val_if_fail (WIJK_IS_WORKSHOP_MODEL (self), NULL);
  return find_by_id (self->plots, &plot_ops, id);
}
