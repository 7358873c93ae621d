/* wijk-organisation-item.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-items"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wijk-items-private.h"

struct _WijkOrganisationItem
{
  GObject           parent_instance;

  char             *id;
  WijkOrganisation *org;
  guint             n_plots;
  guint             n_actions;
};

enum {
  ORG_PROP_0,
  ORG_PROP_ID,
  ORG_PROP_NAME,
  ORG_PROP_KIND,
  ORG_PROP_KIND_LABEL,
  ORG_PROP_COLOUR,
  ORG_PROP_EMPLOYEES,
  ORG_PROP_ILLUSTRATIVE,
  ORG_PROP_N_PLOTS,
  ORG_PROP_N_ACTIONS,
  ORG_N_PROPS
};

static GParamSpec *org_props[ORG_N_PROPS];

G_DEFINE_FINAL_TYPE (WijkOrganisationItem, wijk_organisation_item, G_TYPE_OBJECT)

static void
wijk_organisation_item_finalize (GObject *object)
{
  WijkOrganisationItem *self = WIJK_ORGANISATION_ITEM (object);

  g_free (self->id);
  g_clear_pointer (&self->org, wijk_organisation_free);

  G_OBJECT_CLASS (wijk_organisation_item_parent_class)->finalize (object);
}

static void
wijk_organisation_item_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  WijkOrganisationItem *self = WIJK_ORGANISATION_ITEM (object);

  switch (prop_id)
    {
    case ORG_PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case ORG_PROP_NAME:
      g_value_set_string (value, self->org->name);
      break;
    case ORG_PROP_KIND:
      g_value_set_uint (value, self->org->kind);
      break;
    case ORG_PROP_KIND_LABEL:
      g_value_set_string (value, wijk_org_kind_get_label (self->org->kind));
      break;
    case ORG_PROP_COLOUR:
      g_value_set_string (value, self->org->colour);
      break;
    case ORG_PROP_EMPLOYEES:
      g_value_set_int64 (value, self->org->employees);
      break;
    case ORG_PROP_ILLUSTRATIVE:
      g_value_set_boolean (value, self->org->illustrative);
      break;
    case ORG_PROP_N_PLOTS:
      g_value_set_uint (value, self->n_plots);
      break;
    case ORG_PROP_N_ACTIONS:
      g_value_set_uint (value, self->n_actions);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wijk_organisation_item_class_init (WijkOrganisationItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = wijk_organisation_item_finalize;
  object_class->get_property = wijk_organisation_item_get_property;

  org_props[ORG_PROP_ID] = WIJK_ITEMS_STR_PROP ("id");
  org_props[ORG_PROP_NAME] = WIJK_ITEMS_STR_PROP ("name");
  org_props[ORG_PROP_KIND] = WIJK_ITEMS_UINT_PROP ("kind", WIJK_N_ORG_KINDS - 1);
  org_props[ORG_PROP_KIND_LABEL] = WIJK_ITEMS_STR_PROP ("kind-label");
  org_props[ORG_PROP_COLOUR] = WIJK_ITEMS_STR_PROP ("colour");
  org_props[ORG_PROP_EMPLOYEES] =
    g_param_spec_int64 ("employees", NULL, NULL, 0, G_MAXINT64, 0,
                        WIJK_ITEMS_PROP_FLAGS);
  org_props[ORG_PROP_ILLUSTRATIVE] = WIJK_ITEMS_BOOL_PROP ("illustrative");
  org_props[ORG_PROP_N_PLOTS] = WIJK_ITEMS_UINT_PROP ("n-plots", G_MAXUINT);
  org_props[ORG_PROP_N_ACTIONS] = WIJK_ITEMS_UINT_PROP ("n-actions", G_MAXUINT);

  g_object_class_install_properties (object_class, ORG_N_PROPS, org_props);
}

static void
wijk_organisation_item_init (WijkOrganisationItem *self)
{
}

static guint
count_plots_of (const WijkWorkshop *workshop,
                const char         *org_id)
{
  guint n = 0;

  for (guint i = 0; i < workshop->plots->len; i++)
    {
      const WijkPlot *plot = g_ptr_array_index (workshop->plots, i);

      n += g_strcmp0 (plot->owner_org, org_id) == 0;
    }

  return n;
}

static guint
count_actions_of (const WijkWorkshop *workshop,
                  const char         *org_id)
{
  guint n = 0;

  for (guint i = 0; i < workshop->actions->len; i++)
    {
      const WijkAction *action = g_ptr_array_index (workshop->actions, i);

      for (guint j = 0; action->owners != NULL && j < action->owners->len; j++)
        {
          const WijkOwner *owner = g_ptr_array_index (action->owners, j);

          if (g_strcmp0 (owner->org_id, org_id) == 0)
            {
              n++;
              break;
            }
        }
    }

  return n;
}

void
wijk_organisation_item_update (WijkOrganisationItem   *self,
                               const WijkOrganisation *org,
                               const WijkWorkshop     *workshop)
{
  GObject *object = G_OBJECT (self);
  g_autoptr(WijkOrganisation) old = g_steal_pointer (&self->org);
  guint n_plots = count_plots_of (workshop, org->id);
  guint n_actions = count_actions_of (workshop, org->id);

  self->org = wijk_organisation_copy (org);
  if (old == NULL)
    {
      self->n_plots = n_plots;
      self->n_actions = n_actions;
      return;
    }

  g_object_freeze_notify (object);
  wijk_items_notify_if (object, g_strcmp0 (old->name, org->name) != 0, org_props[ORG_PROP_NAME]);
  wijk_items_notify_if (object, old->kind != org->kind, org_props[ORG_PROP_KIND]);
  wijk_items_notify_if (object, old->kind != org->kind, org_props[ORG_PROP_KIND_LABEL]);
  wijk_items_notify_if (object, g_strcmp0 (old->colour, org->colour) != 0, org_props[ORG_PROP_COLOUR]);
  wijk_items_notify_if (object, old->employees != org->employees, org_props[ORG_PROP_EMPLOYEES]);
  wijk_items_notify_if (object, old->illustrative != org->illustrative, org_props[ORG_PROP_ILLUSTRATIVE]);
  if (self->n_plots != n_plots)
    {
      self->n_plots = n_plots;
      g_object_notify_by_pspec (object, org_props[ORG_PROP_N_PLOTS]);
    }
  if (self->n_actions != n_actions)
    {
      self->n_actions = n_actions;
      g_object_notify_by_pspec (object, org_props[ORG_PROP_N_ACTIONS]);
    }
  g_object_thaw_notify (object);
}

WijkOrganisationItem *
wijk_organisation_item_new (const WijkOrganisation *org,
                            const WijkWorkshop     *workshop)
{
  WijkOrganisationItem *self = g_object_new (WIJK_TYPE_ORGANISATION_ITEM, NULL);

  self->id = g_strdup (org->id);
  wijk_organisation_item_update (self, org, workshop);
  return self;
}

const char *
wijk_organisation_item_get_id (WijkOrganisationItem *self)
{
  g_return_val_if_fail (WIJK_IS_ORGANISATION_ITEM (self), NULL);
  return self->id;
}

const char *
wijk_organisation_item_get_name (WijkOrganisationItem *self)
{
  g_return_val_if_fail (WIJK_IS_ORGANISATION_ITEM (self), NULL);
  return self->org->name;
}

const char *
wijk_organisation_item_get_colour (WijkOrganisationItem *self)
{
  g_return_val_if_fail (WIJK_IS_ORGANISATION_ITEM (self), NULL);
  return self->org->colour;
}

/**
 * wijk_organisation_item_get_organisation:
 * @self: an organisation item
 *
 * Returns: (transfer none): the item's copy of the organisation, valid
 *   until the item is next updated
 */
const WijkOrganisation *
wijk_organisation_item_get_organisation (WijkOrganisationItem *self)
{
  g_return_val_if_fail (WIJK_IS_ORGANISATION_ITEM (self), NULL);
  return self->org;
}

