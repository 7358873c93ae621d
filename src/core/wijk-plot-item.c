/* wijk-plot-item.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-items"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wijk-items-private.h"

struct _WijkPlotItem
{
  GObject   parent_instance;

  char     *id;
  WijkPlot *plot;
  char     *owner_name;
  char     *colour;
};

enum {
  PLOT_PROP_0,
  PLOT_PROP_ID,
  PLOT_PROP_NAME,
  PLOT_PROP_KIND,
  PLOT_PROP_OWNER_ORG_ID,
  PLOT_PROP_OWNER_NAME,
  PLOT_PROP_COLOUR,
  PLOT_PROP_APPROXIMATE,
  PLOT_N_PROPS
};

static GParamSpec *plot_props[PLOT_N_PROPS];

G_DEFINE_FINAL_TYPE (WijkPlotItem, wijk_plot_item, G_TYPE_OBJECT)

static void
wijk_plot_item_finalize (GObject *object)
{
  WijkPlotItem *self = WIJK_PLOT_ITEM (object);

  g_free (self->id);
  g_free (self->owner_name);
  g_free (self->colour);
  g_clear_pointer (&self->plot, wijk_plot_free);

  G_OBJECT_CLASS (wijk_plot_item_parent_class)->finalize (object);
}

static void
wijk_plot_item_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  WijkPlotItem *self = WIJK_PLOT_ITEM (object);

  switch (prop_id)
    {
    case PLOT_PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PLOT_PROP_NAME:
      g_value_set_string (value, self->plot->name);
      break;
    case PLOT_PROP_KIND:
      g_value_set_string (value, self->plot->kind);
      break;
    case PLOT_PROP_OWNER_ORG_ID:
      g_value_set_string (value, self->plot->owner_org);
      break;
    case PLOT_PROP_OWNER_NAME:
      g_value_set_string (value, self->owner_name);
      break;
    case PLOT_PROP_COLOUR:
      g_value_set_string (value, self->colour);
      break;
    case PLOT_PROP_APPROXIMATE:
      g_value_set_boolean (value, self->plot->approximate);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wijk_plot_item_class_init (WijkPlotItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = wijk_plot_item_finalize;
  object_class->get_property = wijk_plot_item_get_property;

  plot_props[PLOT_PROP_ID] = WIJK_ITEMS_STR_PROP ("id");
  plot_props[PLOT_PROP_NAME] = WIJK_ITEMS_STR_PROP ("name");
  plot_props[PLOT_PROP_KIND] = WIJK_ITEMS_STR_PROP ("kind");
  plot_props[PLOT_PROP_OWNER_ORG_ID] = WIJK_ITEMS_STR_PROP ("owner-org-id");
  plot_props[PLOT_PROP_OWNER_NAME] = WIJK_ITEMS_STR_PROP ("owner-name");
  plot_props[PLOT_PROP_COLOUR] = WIJK_ITEMS_STR_PROP ("colour");
  plot_props[PLOT_PROP_APPROXIMATE] = WIJK_ITEMS_BOOL_PROP ("approximate");

  g_object_class_install_properties (object_class, PLOT_N_PROPS, plot_props);
}

static void
wijk_plot_item_init (WijkPlotItem *self)
{
}

void
wijk_plot_item_update (WijkPlotItem       *self,
                       const WijkPlot     *plot,
                       const WijkWorkshop *workshop)
{
  GObject *object = G_OBJECT (self);
  g_autoptr(WijkPlot) old = g_steal_pointer (&self->plot);
  const WijkOrganisation *owner = NULL;

  if (plot->owner_org != NULL)
    owner = wijk_workshop_find_organisation (workshop, plot->owner_org);

  self->plot = wijk_plot_copy (plot);

  g_object_freeze_notify (object);
  if (old != NULL)
    {
      wijk_items_notify_if (object, g_strcmp0 (old->name, plot->name) != 0, plot_props[PLOT_PROP_NAME]);
      wijk_items_notify_if (object, g_strcmp0 (old->kind, plot->kind) != 0, plot_props[PLOT_PROP_KIND]);
      wijk_items_notify_if (object, g_strcmp0 (old->owner_org, plot->owner_org) != 0,
                 plot_props[PLOT_PROP_OWNER_ORG_ID]);
      wijk_items_notify_if (object, old->approximate != plot->approximate,
                 plot_props[PLOT_PROP_APPROXIMATE]);
    }
  wijk_items_notify_if (object, wijk_items_set_str (&self->owner_name, owner != NULL ? owner->name : NULL),
             plot_props[PLOT_PROP_OWNER_NAME]);
  wijk_items_notify_if (object, wijk_items_set_str (&self->colour, owner != NULL ? owner->colour : NULL),
             plot_props[PLOT_PROP_COLOUR]);
  g_object_thaw_notify (object);
}

WijkPlotItem *
wijk_plot_item_new (const WijkPlot     *plot,
                    const WijkWorkshop *workshop)
{
  WijkPlotItem *self = g_object_new (WIJK_TYPE_PLOT_ITEM, NULL);

  self->id = g_strdup (plot->id);
  wijk_plot_item_update (self, plot, workshop);
  return self;
}

const char *
wijk_plot_item_get_id (WijkPlotItem *self)
{
  g_return_val_if_fail (WIJK_IS_PLOT_ITEM (self), NULL);
  return self->id;
}

const char *
wijk_plot_item_get_name (WijkPlotItem *self)
{
  g_return_val_if_fail (WIJK_IS_PLOT_ITEM (self), NULL);
  return self->plot->name;
}

const char *
wijk_plot_item_get_kind (WijkPlotItem *self)
{
  g_return_val_if_fail (WIJK_IS_PLOT_ITEM (self), NULL);
  return self->plot->kind;
}

const char *
wijk_plot_item_get_owner_org_id (WijkPlotItem *self)
{
  g_return_val_if_fail (WIJK_IS_PLOT_ITEM (self), NULL);
  return self->plot->owner_org;
}

const char *
wijk_plot_item_get_colour (WijkPlotItem *self)
{
  g_return_val_if_fail (WIJK_IS_PLOT_ITEM (self), NULL);
  return self->colour;
}

/**
 * wijk_plot_item_get_plot:
 * @self: a plot item
 *
 * Returns: (transfer none): the item's copy of the plot, valid until the
 *   item is next updated
 */
const WijkPlot *
wijk_plot_item_get_plot (WijkPlotItem *self)
{
  g_return_val_if_fail (WIJK_IS_PLOT_ITEM (self), NULL);
  return self->plot;
}

