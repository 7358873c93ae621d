/* wijk-catalog.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "wijk-workshop.h"

G_BEGIN_DECLS

/**
 * WijkParamSpec:
 * @name: the parameter's key in JSON and SQL, e.g. "kwp"
 * @label: translatable label (N_()), shown in the action editor
 * @unit: the unit, e.g. "kWp"
 * @default_value: the value a new action or a missing JSON key gets
 * @min: the smallest valid value (inclusive)
 * @max: the largest valid value (inclusive)
 * @integer: whether only whole numbers are valid
 *
 * One parameter of an action type.
 */
typedef struct
{
  const char *name;
  const char *label;
  const char *unit;
  double      default_value;
  double      min;
  double      max;
  gboolean    integer;
} WijkParamSpec;

/**
 * WijkActionType:
 * @id: the type's id, e.g. "solar_pv"
 * @theme: the theme it belongs to
 * @name: translatable name (N_())
 * @description: translatable one-sentence description (N_())
 * @n_params: how many of @params are used
 * @params: the parameters, in the order of #WijkAction.params
 * @lifetime_years: L, the lifetime used by the economics
 * @degradation: d, the yearly degradation of energy-derived values
 * @quantity_param: index of the purchase quantity parameter, -1 when the
 *   type is not bought (see "Group purchases")
 * @area_param: index of the area parameter filled from a drawn polygon, -1
 *   when the type is not drawn as an area
 * @factors: %NULL-terminated names of the factors the type uses
 *
 * One entry of the action catalogue (PRODUCT.md §3, docs/methodology.md).
 */
typedef struct _WijkActionType WijkActionType;

struct _WijkActionType
{
  const char          *id;
  WijkTheme            theme;
  const char          *name;
  const char          *description;
  guint                n_params;
  WijkParamSpec        params[WIJK_MAX_PARAMS];
  gint                 lifetime_years;
  double               degradation;
  gint                 quantity_param;
  gint                 area_param;
  const char * const  *factors;
};

#define WIJK_CATALOG_ERROR (wijk_catalog_error_quark ())

typedef enum
{
  WIJK_CATALOG_ERROR_UNKNOWN_TYPE,
  WIJK_CATALOG_ERROR_UNKNOWN_PARAM,
  WIJK_CATALOG_ERROR_OUT_OF_RANGE,
  WIJK_CATALOG_ERROR_NOT_FINITE,
} WijkCatalogError;

GQuark                wijk_catalog_error_quark      (void);

guint                 wijk_catalog_get_n_types      (void);
const WijkActionType *wijk_catalog_get_type         (guint                 index);
const WijkActionType *wijk_catalog_lookup           (const char           *id);
gint                  wijk_action_type_find_param   (const WijkActionType *type,
                                                     const char           *name);
gboolean              wijk_action_type_check_param  (const WijkActionType *type,
                                                     guint                 index,
                                                     double                value,
                                                     GError              **error);
void                  wijk_action_type_set_defaults (const WijkActionType *type,
                                                     WijkAction           *action);

/* The default factors of the catalogue with their sources (from
 * data/factors.json, compiled into the core): a new array of #WijkFactor. */
GPtrArray            *wijk_catalog_dup_default_factors (void);

G_END_DECLS
