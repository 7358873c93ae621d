/* wijk-map-drafting.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-map"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "wijk-format.h"
#include "wijk-geometry.h"
#include "wijk-map-drafting.h"

/* What a gesture on the map does to the workshop. Every function here is
 * one store edit inside a group of its own, so that the undo button names
 * the gesture ("Undo “Move action”") rather than the row it changed. */

static gboolean
is_plot (const WijkPlot *plot)
{
  return g_strcmp0 (plot->kind, "outline") != 0 && g_strcmp0 (plot->kind, "street") != 0
         && plot->geometry != NULL
         && (plot->geometry->kind == WIJK_GEOMETRY_POLYGON
             || plot->geometry->kind == WIJK_GEOMETRY_MULTI_POLYGON);
}

/**
 * wijk_map_drafting_find_plot_at:
 * @workshop: a workshop
 * @latitude: a position
 * @longitude: a position
 *
 * The plot under a position, as the map draws them: the last one drawn
 * lies on top. The site's outline and the streets are not plots.
 *
 * Returns: (transfer none) (nullable): the plot, or %NULL
 */
const WijkPlot *
wijk_map_drafting_find_plot_at (const WijkWorkshop *workshop,
                                double              latitude,
                                double              longitude)
{
  g_return_val_if_fail (workshop != NULL, NULL);

  for (guint i = workshop->plots->len; i-- > 0;)
    {
      const WijkPlot *plot = g_ptr_array_index (workshop->plots, i);

      if (is_plot (plot) && wijk_geometry_contains (plot->geometry, longitude, latitude))
        return plot;
    }

  return NULL;
}

static gboolean
put_as_step (WijkStore         *store,
             const WijkAction  *action,
             const char        *label,
             GError           **error)
{
  gboolean ok;

  wijk_store_begin_group (store, label);
  ok = wijk_store_put_action (store, action, error);
  wijk_store_end_group (store, NULL);
  return ok;
}

/**
 * wijk_map_drafting_place:
 * @store: the workshop
 * @action: a new action with its type, defaults and title, e.g. from
 *   wijk_new_action_dialog_dup_action(); its location and owners are set
 * @latitude: where the map was clicked
 * @longitude: where the map was clicked
 * @plot_id: (nullable): the plot clicked on
 * @error: return location for a #WIJK_STORE_ERROR
 *
 * Puts @action into the store at the point, as one undo step. Drafted on
 * a plot that an organisation owns, the action gets that organisation as
 * its lead, bearing all the cost and getting all the benefit, which the
 * group then shares out in the editor.
 *
 * Returns: whether the action was added
 */
gboolean
wijk_map_drafting_place (WijkStore   *store,
                         WijkAction  *action,
                         double       latitude,
                         double       longitude,
                         const char  *plot_id,
                         GError     **error)
{
  const WijkWorkshop *workshop;
  const WijkPlot *plot;

  g_return_val_if_fail (WIJK_IS_STORE (store), FALSE);
  g_return_val_if_fail (action != NULL && action->id != NULL, FALSE);

  workshop = wijk_store_get_workshop (store);
  plot = plot_id != NULL ? wijk_workshop_find_plot (workshop, plot_id) : NULL;

  g_clear_pointer (&action->location, wijk_geometry_free);
  action->location = wijk_geometry_new_point (longitude, latitude);

  if (plot != NULL && plot->owner_org != NULL && action->owners->len == 0
      && wijk_workshop_find_organisation (workshop, plot->owner_org) != NULL)
    {
      WijkOwner *lead = wijk_owner_new (plot->owner_org);

      lead->role = WIJK_ROLE_LEAD;
      lead->cost_share = 1;
      lead->benefit_share = 1;
      g_ptr_array_add (action->owners, lead);
    }

  return put_as_step (store, action, _("Add action"), error);
}

static gboolean
find_action (WijkStore         *store,
             const char        *action_id,
             WijkAction       **copy,
             GError           **error)
{
  const WijkAction *action = wijk_workshop_find_action (wijk_store_get_workshop (store),
                                                        action_id);

  if (action == NULL)
    {
      g_set_error (error, WIJK_STORE_ERROR, WIJK_STORE_ERROR_NOT_FOUND,
                   _("There is no action “%s” in this workshop"), action_id);
      return FALSE;
    }

  *copy = wijk_action_copy (action);
  return TRUE;
}

static void
translate (WijkGeometry *geometry,
           double        dlon,
           double        dlat)
{
  geometry->point.lon += dlon;
  geometry->point.lat += dlat;

  for (guint p = 0; geometry->parts != NULL && p < geometry->parts->len; p++)
    {
      GPtrArray *part = g_ptr_array_index (geometry->parts, p);

      for (guint r = 0; r < part->len; r++)
        {
          GArray *ring = g_ptr_array_index (part, r);

          for (guint i = 0; i < ring->len; i++)
            {
              WijkLonLat *position = &g_array_index (ring, WijkLonLat, i);

              position->lon += dlon;
              position->lat += dlat;
            }
        }
    }
}

/**
 * wijk_map_drafting_move:
 * @store: the workshop
 * @action_id: the action dragged
 * @latitude: where its marker was dropped
 * @longitude: where its marker was dropped
 * @error: return location for a #WIJK_STORE_ERROR
 *
 * Moves an action's marker, as one undo step. A point moves to the
 * position; an area moves with its marker, its shape and size unchanged,
 * so that its centroid lands on the position. An action without a
 * location gets a point there.
 *
 * Returns: whether the action was moved
 */
gboolean
wijk_map_drafting_move (WijkStore   *store,
                        const char  *action_id,
                        double       latitude,
                        double       longitude,
                        GError     **error)
{
  g_autoptr(WijkAction) action = NULL;
  WijkLonLat centre;

  g_return_val_if_fail (WIJK_IS_STORE (store), FALSE);
  g_return_val_if_fail (action_id != NULL, FALSE);

  if (!find_action (store, action_id, &action, error))
    return FALSE;

  if (action->location != NULL && action->location->kind != WIJK_GEOMETRY_POINT
      && wijk_geometry_centroid (action->location, &centre))
    {
      translate (action->location, longitude - centre.lon, latitude - centre.lat);
    }
  else
    {
      g_clear_pointer (&action->location, wijk_geometry_free);
      action->location = wijk_geometry_new_point (longitude, latitude);
    }

  return put_as_step (store, action, _("Move action"), error);
}

/**
 * wijk_map_drafting_set_area:
 * @store: the workshop
 * @action_id: an action whose type is drawn as an area
 * @area: a polygon or multi-polygon
 * @value: (out) (optional): the value the area parameter got
 * @error: return location for a #WIJK_STORE_ERROR
 *
 * Makes @area the action's location and fills its area parameter from the
 * area's geodesic size (for solar PV, the kWp a roof of that size holds,
 * see wijk_action_type_param_from_area()), clamped to the parameter's
 * range: one undo step.
 *
 * Returns: whether the action was changed
 */
gboolean
wijk_map_drafting_set_area (WijkStore           *store,
                            const char          *action_id,
                            const WijkGeometry  *area,
                            double              *value,
                            GError             **error)
{
  g_autoptr(WijkAction) action = NULL;
  const WijkActionType *type;
  const WijkParamSpec *spec;
  double result;

  g_return_val_if_fail (WIJK_IS_STORE (store), FALSE);
  g_return_val_if_fail (action_id != NULL, FALSE);
  g_return_val_if_fail (area != NULL, FALSE);
  g_return_val_if_fail (area->kind == WIJK_GEOMETRY_POLYGON
                        || area->kind == WIJK_GEOMETRY_MULTI_POLYGON, FALSE);

  if (!find_action (store, action_id, &action, error))
    return FALSE;

  type = wijk_catalog_lookup (action->type);
  if (type == NULL || type->area_param < 0)
    {
      g_set_error (error, WIJK_STORE_ERROR, WIJK_STORE_ERROR_INVALID,
                   _("An action of the type “%s” is not drawn as an area"), action->type);
      return FALSE;
    }

  spec = &type->params[type->area_param];
  result = wijk_action_type_param_from_area (type, wijk_store_get_workshop (store),
                                             wijk_geometry_area_m2 (area));
  result = CLAMP (result, spec->min, spec->max);
  if (spec->integer)
    result = round (result);

  g_clear_pointer (&action->location, wijk_geometry_free);
  action->location = wijk_geometry_copy (area);
  action->params[type->area_param] = result;

  if (!put_as_step (store, action, _("Draw area"), error))
    return FALSE;

  if (value != NULL)
    *value = result;
  return TRUE;
}

/**
 * wijk_map_drafting_is_area_type:
 * @type_id: a catalogue type id
 *
 * Returns: whether actions of the type are drawn as areas
 */
gboolean
wijk_map_drafting_is_area_type (const char *type_id)
{
  const WijkActionType *type = type_id != NULL ? wijk_catalog_lookup (type_id) : NULL;

  return type != NULL && type->area_param >= 0;
}

/**
 * wijk_map_drafting_describe_area:
 * @type: an action type drawn as an area
 * @area_m2: the area drawn
 * @value: the value its area parameter got
 *
 * What a drawn area did to the action, for a toast: "Roof of 1,200 m² →
 * 180 kWp suggested", "Area unsealed: 1,200 m²".
 *
 * Returns: (transfer full): the text
 */
char *
wijk_map_drafting_describe_area (const WijkActionType *type,
                                 double                area_m2,
                                 double                value)
{
  const WijkParamSpec *spec;
  g_autofree char *area = NULL;
  g_autofree char *param = NULL;

  g_return_val_if_fail (type != NULL && type->area_param >= 0, NULL);

  spec = &type->params[type->area_param];
  /* Translators: the unit of an area drawn on the map, square metres. */
  area = wijk_format_quantity (round (area_m2), _("m²"));

  if (type->area_factor == WIJK_FACTOR_NONE)
    /* Translators: e.g. "Area unsealed: 1,200 m²", after drawing an area. */
    return g_strdup_printf (_("%s: %s"), _(spec->label), area);

  param = wijk_map_drafting_format_value (spec, value);
  /* Translators: after drawing a roof for solar panels, e.g. "Roof of
   * 1,200 m² → 180 kWp suggested". */
  return g_strdup_printf (_("Roof of %s → %s suggested"), area, param);
}

/**
 * wijk_map_drafting_format_value:
 * @spec: the area parameter of a type
 * @value: its value for a drawn area
 *
 * A suggestion taken from a drawn area is no more precise than the
 * drawing: from 10 up it is shown in whole units, "180 kWp".
 *
 * Returns: (transfer full): the value with its unit
 */
char *
wijk_map_drafting_format_value (const WijkParamSpec *spec,
                                double               value)
{
  g_return_val_if_fail (spec != NULL, NULL);

  return wijk_format_quantity (fabs (value) >= 10 ? round (value) : value,
                               spec->unit[0] != '\0' ? _(spec->unit) : NULL);
}
