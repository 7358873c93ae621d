/* wijk-action-item.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-items"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wijk-catalog.h"
#include "wijk-items-private.h"

struct _WijkActionItem
{
  GObject     parent_instance;

  char       *id;
  char       *title;
  char       *type;
  char       *type_name;
  WijkTheme   theme;
  WijkStatus  status;
  char       *lead_org_id;
  char       *lead_org_name;
  WijkAction *action;
};

enum {
  ACTION_PROP_0,
  ACTION_PROP_ID,
  ACTION_PROP_TITLE,
  ACTION_PROP_TYPE,
  ACTION_PROP_TYPE_NAME,
  ACTION_PROP_THEME,
  ACTION_PROP_THEME_ID,
  ACTION_PROP_THEME_LABEL,
  ACTION_PROP_ICON_NAME,
  ACTION_PROP_COLOUR,
  ACTION_PROP_STATUS,
  ACTION_PROP_STATUS_LABEL,
  ACTION_PROP_LEAD_ORG_ID,
  ACTION_PROP_LEAD_ORG_NAME,
  ACTION_PROP_HAS_LOCATION,
  ACTION_N_PROPS
};

static GParamSpec *action_props[ACTION_N_PROPS];

G_DEFINE_FINAL_TYPE (WijkActionItem, wijk_action_item, G_TYPE_OBJECT)

static void
wijk_action_item_finalize (GObject *object)
{
  WijkActionItem *self = WIJK_ACTION_ITEM (object);

  g_free (self->id);
  g_free (self->title);
  g_free (self->type);
  g_free (self->type_name);
  g_free (self->lead_org_id);
  g_free (self->lead_org_name);
  g_clear_pointer (&self->action, wijk_action_free);

  G_OBJECT_CLASS (wijk_action_item_parent_class)->finalize (object);
}

static void
wijk_action_item_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  WijkActionItem *self = WIJK_ACTION_ITEM (object);

  switch (prop_id)
    {
    case ACTION_PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case ACTION_PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case ACTION_PROP_TYPE:
      g_value_set_string (value, self->type);
      break;
    case ACTION_PROP_TYPE_NAME:
      g_value_set_string (value, self->type_name);
      break;
    case ACTION_PROP_THEME:
      g_value_set_uint (value, self->theme);
      break;
    case ACTION_PROP_THEME_ID:
      g_value_set_string (value, wijk_theme_to_string (self->theme));
      break;
    case ACTION_PROP_THEME_LABEL:
      g_value_set_string (value, wijk_theme_get_label (self->theme));
      break;
    case ACTION_PROP_ICON_NAME:
      g_value_set_string (value, wijk_theme_get_icon_name (self->theme));
      break;
    case ACTION_PROP_COLOUR:
      g_value_set_string (value, wijk_theme_get_colour (self->theme));
      break;
    case ACTION_PROP_STATUS:
      g_value_set_uint (value, self->status);
      break;
    case ACTION_PROP_STATUS_LABEL:
      g_value_set_string (value, wijk_status_get_label (self->status));
      break;
    case ACTION_PROP_LEAD_ORG_ID:
      g_value_set_string (value, self->lead_org_id);
      break;
    case ACTION_PROP_LEAD_ORG_NAME:
      g_value_set_string (value, self->lead_org_name);
      break;
    case ACTION_PROP_HAS_LOCATION:
      g_value_set_boolean (value, self->action != NULL && self->action->location != NULL);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wijk_action_item_class_init (WijkActionItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = wijk_action_item_finalize;
  object_class->get_property = wijk_action_item_get_property;

  action_props[ACTION_PROP_ID] = WIJK_ITEMS_STR_PROP ("id");
  action_props[ACTION_PROP_TITLE] = WIJK_ITEMS_STR_PROP ("title");
  action_props[ACTION_PROP_TYPE] = WIJK_ITEMS_STR_PROP ("type");
  action_props[ACTION_PROP_TYPE_NAME] = WIJK_ITEMS_STR_PROP ("type-name");
  action_props[ACTION_PROP_THEME] = WIJK_ITEMS_UINT_PROP ("theme", WIJK_N_THEMES - 1);
  action_props[ACTION_PROP_THEME_ID] = WIJK_ITEMS_STR_PROP ("theme-id");
  action_props[ACTION_PROP_THEME_LABEL] = WIJK_ITEMS_STR_PROP ("theme-label");
  action_props[ACTION_PROP_ICON_NAME] = WIJK_ITEMS_STR_PROP ("icon-name");
  action_props[ACTION_PROP_COLOUR] = WIJK_ITEMS_STR_PROP ("colour");
  action_props[ACTION_PROP_STATUS] = WIJK_ITEMS_UINT_PROP ("status", WIJK_N_STATUSES - 1);
  action_props[ACTION_PROP_STATUS_LABEL] = WIJK_ITEMS_STR_PROP ("status-label");
  action_props[ACTION_PROP_LEAD_ORG_ID] = WIJK_ITEMS_STR_PROP ("lead-org-id");
  action_props[ACTION_PROP_LEAD_ORG_NAME] = WIJK_ITEMS_STR_PROP ("lead-org-name");
  action_props[ACTION_PROP_HAS_LOCATION] = WIJK_ITEMS_BOOL_PROP ("has-location");

  g_object_class_install_properties (object_class, ACTION_N_PROPS, action_props);
}

static void
wijk_action_item_init (WijkActionItem *self)
{
}

/* The lead owner, or the first owner when no one leads. */
static const WijkOwner *
find_lead_owner (const WijkAction *action)
{
  if (action->owners == NULL || action->owners->len == 0)
    return NULL;

  for (guint i = 0; i < action->owners->len; i++)
    {
      const WijkOwner *owner = g_ptr_array_index (action->owners, i);

      if (owner->role == WIJK_ROLE_LEAD)
        return owner;
    }

  return g_ptr_array_index (action->owners, 0);
}

void
wijk_action_item_update (WijkActionItem     *self,
                         const WijkAction   *action,
                         const WijkWorkshop *workshop)
{
  GObject *object = G_OBJECT (self);
  const WijkActionType *type = wijk_catalog_lookup (action->type);
  const WijkOwner *lead = find_lead_owner (action);
  const WijkOrganisation *org = NULL;
  WijkTheme theme = type != NULL ? type->theme : WIJK_THEME_MOBILITY;
  gboolean had_location = self->action != NULL && self->action->location != NULL;

  if (lead != NULL)
    org = wijk_workshop_find_organisation (workshop, lead->org_id);

  g_object_freeze_notify (object);

  g_clear_pointer (&self->action, wijk_action_free);
  self->action = wijk_action_copy (action);

  wijk_items_notify_if (object, wijk_items_set_str (&self->title, action->title), action_props[ACTION_PROP_TITLE]);
  wijk_items_notify_if (object, wijk_items_set_str (&self->type, action->type), action_props[ACTION_PROP_TYPE]);
  wijk_items_notify_if (object,
             wijk_items_set_str (&self->type_name, type != NULL ? _(type->name) : action->type),
             action_props[ACTION_PROP_TYPE_NAME]);
  wijk_items_notify_if (object,
             wijk_items_set_str (&self->lead_org_id, lead != NULL ? lead->org_id : NULL),
             action_props[ACTION_PROP_LEAD_ORG_ID]);
  wijk_items_notify_if (object,
             wijk_items_set_str (&self->lead_org_name, org != NULL ? org->name : NULL),
             action_props[ACTION_PROP_LEAD_ORG_NAME]);
  wijk_items_notify_if (object, had_location != (action->location != NULL),
             action_props[ACTION_PROP_HAS_LOCATION]);

  if (self->theme != theme)
    {
      self->theme = theme;
      g_object_notify_by_pspec (object, action_props[ACTION_PROP_THEME]);
      g_object_notify_by_pspec (object, action_props[ACTION_PROP_THEME_ID]);
      g_object_notify_by_pspec (object, action_props[ACTION_PROP_THEME_LABEL]);
      g_object_notify_by_pspec (object, action_props[ACTION_PROP_ICON_NAME]);
      g_object_notify_by_pspec (object, action_props[ACTION_PROP_COLOUR]);
    }

  if (self->status != action->status)
    {
      self->status = action->status;
      g_object_notify_by_pspec (object, action_props[ACTION_PROP_STATUS]);
      g_object_notify_by_pspec (object, action_props[ACTION_PROP_STATUS_LABEL]);
    }

  g_object_thaw_notify (object);
}

WijkActionItem *
wijk_action_item_new (const WijkAction   *action,
                      const WijkWorkshop *workshop)
{
  WijkActionItem *self = g_object_new (WIJK_TYPE_ACTION_ITEM, NULL);

  self->id = g_strdup (action->id);
  self->theme = WIJK_N_THEMES;  /* so that the first update sets it */
  wijk_action_item_update (self, action, workshop);
  return self;
}

const char *
wijk_action_item_get_id (WijkActionItem *self)
{
  g_return_val_if_fail (WIJK_IS_ACTION_ITEM (self), NULL);
  return self->id;
}

const char *
wijk_action_item_get_title (WijkActionItem *self)
{
  g_return_val_if_fail (WIJK_IS_ACTION_ITEM (self), NULL);
  return self->title;
}

const char *
wijk_action_item_get_type_id (WijkActionItem *self)
{
  g_return_val_if_fail (WIJK_IS_ACTION_ITEM (self), NULL);
  return self->type;
}

const char *
wijk_action_item_get_type_name (WijkActionItem *self)
{
  g_return_val_if_fail (WIJK_IS_ACTION_ITEM (self), NULL);
  return self->type_name;
}

WijkTheme
wijk_action_item_get_theme (WijkActionItem *self)
{
  g_return_val_if_fail (WIJK_IS_ACTION_ITEM (self), 0);
  return self->theme;
}

WijkStatus
wijk_action_item_get_status (WijkActionItem *self)
{
  g_return_val_if_fail (WIJK_IS_ACTION_ITEM (self), 0);
  return self->status;
}

const char *
wijk_action_item_get_lead_org_id (WijkActionItem *self)
{
  g_return_val_if_fail (WIJK_IS_ACTION_ITEM (self), NULL);
  return self->lead_org_id;
}

const char *
wijk_action_item_get_lead_org_name (WijkActionItem *self)
{
  g_return_val_if_fail (WIJK_IS_ACTION_ITEM (self), NULL);
  return self->lead_org_name;
}

/**
 * wijk_action_item_get_action:
 * @self: an action item
 *
 * Returns: (transfer none): the item's copy of the action, valid until the
 *   item is next updated
 */
const WijkAction *
wijk_action_item_get_action (WijkActionItem *self)
{
  g_return_val_if_fail (WIJK_IS_ACTION_ITEM (self), NULL);
  return self->action;
}

