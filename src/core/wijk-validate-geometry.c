/* wijk-validate-geometry.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-validate"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "wijk-validate-private.h"

/* Geometry */

static gboolean
check_position (const char        *what,
                const WijkLonLat  *position,
                GError           **error)
{
  return wijk_check_number (what, "longitude", position->lon, -180.0, 180.0, error) &&
         wijk_check_number (what, "latitude", position->lat, -90.0, 90.0, error);
}

static gboolean
check_ring (const char    *what,
            const GArray  *ring,
            gboolean       closed,
            GError       **error)
{
  guint min_len = closed ? 4 : 2;
  const WijkLonLat *first, *last;

  if (ring == NULL || ring->len < min_len)
    {
      g_set_error (error, WIJK_VALIDATE_ERROR, WIJK_VALIDATE_ERROR_INVALID,
                   _("%s: a ring or line has %u positions, fewer than %u"),
                   what, ring != NULL ? ring->len : 0, min_len);
      return FALSE;
    }
  for (guint i = 0; i < ring->len; i++)
    if (!check_position (what, &g_array_index (ring, WijkLonLat, i), error))
      return FALSE;

  first = &g_array_index (ring, WijkLonLat, 0);
  last = &g_array_index (ring, WijkLonLat, ring->len - 1);
  if (closed && (first->lon != last->lon || first->lat != last->lat))
    {
      g_set_error (error, WIJK_VALIDATE_ERROR, WIJK_VALIDATE_ERROR_INVALID,
                   _("%s: a polygon ring does not end where it starts (%g, %g)"),
                   what, first->lon, first->lat);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_part (const char       *what,
            const GPtrArray  *part,
            gboolean          closed,
            guint             max_rings,
            GError          **error)
{
  if (part == NULL || part->len == 0 || part->len > max_rings)
    {
      g_set_error (error, WIJK_VALIDATE_ERROR, WIJK_VALIDATE_ERROR_INVALID,
                   _("%s: a part has %u rings"), what, part != NULL ? part->len : 0);
      return FALSE;
    }
  for (guint r = 0; r < part->len; r++)
    if (!check_ring (what, g_ptr_array_index (part, r), closed, error))
      return FALSE;
  return TRUE;
}

/**
 * wijk_validate_geometry:
 * @geometry: a geometry
 * @what: the translated name of what the geometry belongs to, for the message
 * @error: return location for a #WIJK_VALIDATE_ERROR
 *
 * Checks that @geometry is a well-formed GeoJSON geometry in WGS 84: finite
 * positions within ±180° and ±90°, lines of two positions or more, closed
 * polygon rings of four or more.
 *
 * Returns: whether @geometry is valid
 */
gboolean
wijk_validate_geometry (const WijkGeometry  *geometry,
                        const char          *what,
                        GError             **error)
{
  guint max_parts = 1;
  guint max_rings = G_MAXUINT;
  gboolean closed = TRUE;

  g_return_val_if_fail (geometry != NULL, FALSE);
  g_return_val_if_fail (what != NULL, FALSE);

  switch (geometry->kind)
    {
    case WIJK_GEOMETRY_POINT:
      return check_position (what, &geometry->point, error);
    case WIJK_GEOMETRY_LINE_STRING:
      max_rings = 1;
      closed = FALSE;
      break;
    case WIJK_GEOMETRY_POLYGON:
      break;
    case WIJK_GEOMETRY_MULTI_POLYGON:
      max_parts = G_MAXUINT;
      break;
    default:
      g_set_error (error, WIJK_VALIDATE_ERROR, WIJK_VALIDATE_ERROR_INVALID,
                   _("%s: unknown geometry kind %d"), what, (int) geometry->kind);
      return FALSE;
    }

  if (geometry->parts == NULL || geometry->parts->len == 0 ||
      geometry->parts->len > max_parts)
    {
      g_set_error (error, WIJK_VALIDATE_ERROR, WIJK_VALIDATE_ERROR_INVALID,
                   _("%s: the geometry has %u parts"),
                   what, geometry->parts != NULL ? geometry->parts->len : 0);
      return FALSE;
    }
  for (guint p = 0; p < geometry->parts->len; p++)
    if (!check_part (what, g_ptr_array_index (geometry->parts, p), closed, max_rings, error))
      return FALSE;
  return TRUE;
}

/**
 * wijk_validate_plot:
 * @ws: (nullable): the workshop the plot belongs to, for its owner
 * @plot: a plot, outline or street
 * @error: return location for a #WIJK_VALIDATE_ERROR
 *
 * Checks a plot: an id, a kind "plot", "outline" or "street", an owner that
 * is an organisation of @ws when set, and a valid geometry — a polygon or
 * multi-polygon, or for a street also a line string.
 *
 * Returns: whether @plot is valid
 */
gboolean
wijk_validate_plot (const WijkWorkshop  *ws,
                    const WijkPlot      *plot,
                    GError             **error)
{
  g_autofree char *record = NULL;
  gboolean is_street;

  g_return_val_if_fail (plot != NULL, FALSE);

  if (!wijk_check_text (_("Plot"), "id", plot->id, TRUE, error))
    return FALSE;
  record = g_strdup_printf (_("Plot “%s”"), plot->id);

  if (!wijk_check_text (record, "name", plot->name, FALSE, error) ||
      !wijk_check_text (record, "kind", plot->kind, TRUE, error) ||
      !wijk_check_text (record, "owner_org", plot->owner_org, FALSE, error))
    return FALSE;

  is_street = g_str_equal (plot->kind, "street");
  if (!is_street && !g_str_equal (plot->kind, "plot") && !g_str_equal (plot->kind, "outline"))
    {
      g_set_error (error, WIJK_VALIDATE_ERROR, WIJK_VALIDATE_ERROR_INVALID,
                   _("%s: “%s” is “%s”, not plot, outline or street"),
                   record, "kind", plot->kind);
      return FALSE;
    }
  if (!wijk_check_org_reference (ws, record, "owner_org", plot->owner_org, error))
    return FALSE;

  if (plot->geometry == NULL)
    {
      g_set_error (error, WIJK_VALIDATE_ERROR, WIJK_VALIDATE_ERROR_MISSING,
                   _("%s: “%s” must not be empty"), record, "geometry");
      return FALSE;
    }
  if (plot->geometry->kind == WIJK_GEOMETRY_POINT ||
      (plot->geometry->kind == WIJK_GEOMETRY_LINE_STRING && !is_street))
    {
      g_set_error (error, WIJK_VALIDATE_ERROR, WIJK_VALIDATE_ERROR_INVALID,
                   _("%s: a %s needs a polygon, not a point or a line"), record, plot->kind);
      return FALSE;
    }
  return wijk_validate_geometry (plot->geometry, record, error);
}
