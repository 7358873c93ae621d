/* wijk-catalog.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-catalog"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "wijk-catalog-private.h"

/* Looking types up and checking parameters; the types themselves are in
 * wijk-catalog-types.c. */

G_DEFINE_QUARK (wijk-catalog-error-quark, wijk_catalog_error)

guint
wijk_catalog_get_n_types (void)
{
  return wijk_catalog_n_types;
}

const WijkActionType *
wijk_catalog_get_type (guint index)
{
  g_return_val_if_fail (index < wijk_catalog_n_types, NULL);
  return &wijk_catalog_types[index];
}

gint
wijk_catalog_get_type_index (const WijkActionType *type)
{
  g_return_val_if_fail (type >= wijk_catalog_types &&
                        type < wijk_catalog_types + wijk_catalog_n_types, -1);
  return (gint) (type - wijk_catalog_types);
}

const WijkActionType *
wijk_catalog_lookup (const char *id)
{
  if (id == NULL)
    return NULL;
  for (guint i = 0; i < wijk_catalog_n_types; i++)
    {
      const WijkActionType *type = &wijk_catalog_types[i];

      /* The first letter spares most comparisons: this is called for
       * every action of every computation. */
      if (type->id[0] == id[0] && strcmp (type->id, id) == 0)
        return type;
    }
  return NULL;
}

const char *
wijk_action_type_get_name (const WijkActionType *type)
{
  g_return_val_if_fail (type != NULL, NULL);
  return _(type->name);
}

const char *
wijk_action_type_get_description (const WijkActionType *type)
{
  g_return_val_if_fail (type != NULL, NULL);
  return _(type->description);
}

/* "<type>_price_tiers" for every type, made once. */
static const char * const *
get_tiers_factor_names (void)
{
  static const char **names;

  if (g_once_init_enter (&names))
    {
      const char **made = g_new0 (const char *, wijk_catalog_n_types);

      for (guint i = 0; i < wijk_catalog_n_types; i++)
        {
          g_autofree char *name = g_strconcat (wijk_catalog_types[i].id, "_price_tiers", NULL);

          made[i] = g_intern_string (name);
        }
      g_once_init_leave (&names, made);
    }
  return names;
}

const char *
wijk_action_type_get_tiers_factor (const WijkActionType *type)
{
  gint index = wijk_catalog_get_type_index (type);

  g_return_val_if_fail (index >= 0, NULL);
  return get_tiers_factor_names ()[index];
}

gint
wijk_action_type_find_param (const WijkActionType *type,
                             const char           *name)
{
  g_return_val_if_fail (type != NULL, -1);

  if (name == NULL)
    return -1;
  for (guint i = 0; i < type->n_params; i++)
    {
      if (strcmp (type->params[i].name, name) == 0)
        return (gint) i;
    }
  return -1;
}

gboolean
wijk_action_type_check_param (const WijkActionType *type,
                              guint                 index,
                              double                value,
                              GError              **error)
{
  const WijkParamSpec *spec;

  g_return_val_if_fail (type != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (index >= type->n_params)
    {
      g_set_error (error, WIJK_CATALOG_ERROR, WIJK_CATALOG_ERROR_UNKNOWN_PARAM,
                   _("Action type “%s” has no parameter number %u"), type->id, index);
      return FALSE;
    }

  spec = &type->params[index];
  if (!isfinite (value))
    {
      g_set_error (error, WIJK_CATALOG_ERROR, WIJK_CATALOG_ERROR_NOT_FINITE,
                   _("Parameter “%s” of “%s” must be a finite number"), spec->name, type->id);
      return FALSE;
    }
  if (value < spec->min || value > spec->max)
    {
      g_set_error (error, WIJK_CATALOG_ERROR, WIJK_CATALOG_ERROR_OUT_OF_RANGE,
                   _("Parameter “%s” of “%s” must lie between %g and %g, not %g"),
                   spec->name, type->id, spec->min, spec->max, value);
      return FALSE;
    }
  if (spec->integer && value != floor (value))
    {
      g_set_error (error, WIJK_CATALOG_ERROR, WIJK_CATALOG_ERROR_OUT_OF_RANGE,
                   _("Parameter “%s” of “%s” must be a whole number, not %g"),
                   spec->name, type->id, value);
      return FALSE;
    }
  return TRUE;
}

void
wijk_action_type_set_defaults (const WijkActionType *type,
                               WijkAction           *action)
{
  g_return_if_fail (type != NULL);
  g_return_if_fail (action != NULL);

  for (guint i = 0; i < WIJK_MAX_PARAMS; i++)
    action->params[i] = i < type->n_params ? type->params[i].default_value : 0.0;
}

double
wijk_action_type_param_from_area (const WijkActionType *type,
                                  const WijkWorkshop   *workshop,
                                  double                area_m2)
{
  const WijkFactor *factor = NULL;
  const char *name;

  g_return_val_if_fail (type != NULL, 0.0);
  g_return_val_if_fail (type->area_param >= 0, 0.0);

  if (type->area_factor == WIJK_FACTOR_NONE)
    return area_m2;

  name = wijk_catalog_get_factor_name (type->area_factor);
  if (workshop != NULL)
    factor = wijk_workshop_find_factor (workshop, name);
  if (factor == NULL)
    factor = wijk_catalog_get_default_factor (name);
  return factor != NULL ? area_m2 * factor->value : 0.0;
}
