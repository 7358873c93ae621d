/* wijk-geometry-measure.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Areas, lengths, centroids, bounds and hit tests of geometries on the
 * sphere of the WGS 84 mean radius (see wijk-geometry.h). */

#define G_LOG_DOMAIN "wijk-geometry"

#include "config.h"

#include <math.h>

#include "wijk-geometry.h"

#define DEG (G_PI / 180.0)
/* Metres per degree of latitude on the sphere. */
#define M_PER_DEG (WIJK_EARTH_RADIUS_M * DEG)

static double
normalise_dlon (double dlon)
{
  while (dlon > 180)
    dlon -= 360;
  while (dlon < -180)
    dlon += 360;
  return dlon;
}

/* Σ over the edges of the signed spherical excess of the quadrilateral
 * between the edge and the equator (unit sphere; docs in the header). */
static double
ring_excess (const GArray *ring)
{
  double sum = 0;

  for (guint i = 0; i + 1 < ring->len; i++)
    {
      const WijkLonLat *p1 = &g_array_index (ring, WijkLonLat, i);
      const WijkLonLat *p2 = &g_array_index (ring, WijkLonLat, i + 1);
      double dl = normalise_dlon (p2->lon - p1->lon) * DEG;
      double t1 = tan (p1->lat * DEG / 2);
      double t2 = tan (p2->lat * DEG / 2);

      sum += 2 * atan2 (tan (dl / 2) * (t1 + t2), 1 + t1 * t2);
    }
  return sum;
}

static double
part_area_m2 (const GPtrArray *part)
{
  double area = 0;

  for (guint r = 0; r < part->len; r++)
    {
      double ring_area = fabs (ring_excess (g_ptr_array_index (part, r)))
                         * WIJK_EARTH_RADIUS_M * WIJK_EARTH_RADIUS_M;

      area += r == 0 ? ring_area : -ring_area;
    }
  return MAX (area, 0);
}

static gboolean
has_area (const WijkGeometry *geometry)
{
  return geometry != NULL &&
         (geometry->kind == WIJK_GEOMETRY_POLYGON ||
          geometry->kind == WIJK_GEOMETRY_MULTI_POLYGON);
}

double
wijk_geometry_area_m2 (const WijkGeometry *geometry)
{
  double area = 0;

  g_return_val_if_fail (geometry != NULL, 0);

  if (!has_area (geometry))
    return 0;
  for (guint p = 0; p < geometry->parts->len; p++)
    area += part_area_m2 (g_ptr_array_index (geometry->parts, p));
  return area;
}

double
wijk_distance_m (const WijkLonLat *a,
                 const WijkLonLat *b)
{
  double dphi, dlambda, h;

  g_return_val_if_fail (a != NULL && b != NULL, 0);

  dphi = (b->lat - a->lat) * DEG;
  dlambda = normalise_dlon (b->lon - a->lon) * DEG;
  h = sin (dphi / 2) * sin (dphi / 2) +
      cos (a->lat * DEG) * cos (b->lat * DEG) * sin (dlambda / 2) * sin (dlambda / 2);
  return 2 * WIJK_EARTH_RADIUS_M * asin (sqrt (CLAMP (h, 0, 1)));
}

static double
ring_length_m (const GArray *ring)
{
  double length = 0;

  for (guint i = 0; i + 1 < ring->len; i++)
    length += wijk_distance_m (&g_array_index (ring, WijkLonLat, i),
                               &g_array_index (ring, WijkLonLat, i + 1));
  return length;
}

double
wijk_geometry_length_m (const WijkGeometry *geometry)
{
  double length = 0;

  g_return_val_if_fail (geometry != NULL, 0);

  if (geometry->kind == WIJK_GEOMETRY_POINT)
    return 0;
  for (guint p = 0; p < geometry->parts->len; p++)
    {
      GPtrArray *part = g_ptr_array_index (geometry->parts, p);

      if (part->len > 0)
        length += ring_length_m (g_ptr_array_index (part, 0));
    }
  return length;
}

gboolean
wijk_geometry_bounds (const WijkGeometry *geometry,
                      WijkLonLat         *min,
                      WijkLonLat         *max)
{
  gboolean any = FALSE;

  g_return_val_if_fail (geometry != NULL && min != NULL && max != NULL, FALSE);

  if (geometry->kind == WIJK_GEOMETRY_POINT)
    {
      *min = *max = geometry->point;
      return TRUE;
    }
  for (guint p = 0; p < geometry->parts->len; p++)
    {
      GPtrArray *part = g_ptr_array_index (geometry->parts, p);

      for (guint r = 0; r < part->len; r++)
        {
          GArray *ring = g_ptr_array_index (part, r);

          for (guint i = 0; i < ring->len; i++)
            {
              WijkLonLat pos = g_array_index (ring, WijkLonLat, i);

              if (!any)
                {
                  *min = *max = pos;
                  any = TRUE;
                  continue;
                }
              min->lon = MIN (min->lon, pos.lon);
              min->lat = MIN (min->lat, pos.lat);
              max->lon = MAX (max->lon, pos.lon);
              max->lat = MAX (max->lat, pos.lat);
            }
        }
    }
  return any;
}

static const WijkLonLat *
first_position (const WijkGeometry *geometry)
{
  GPtrArray *part;
  GArray *ring;

  if (geometry->kind == WIJK_GEOMETRY_POINT)
    return &geometry->point;
  if (geometry->parts->len == 0)
    return NULL;
  part = g_ptr_array_index (geometry->parts, 0);
  if (part->len == 0)
    return NULL;
  ring = g_ptr_array_index (part, 0);
  if (ring->len == 0)
    return NULL;
  return &g_array_index (ring, WijkLonLat, 0);
}

/* A local equirectangular projection in metres around an origin. */
typedef struct
{
  WijkLonLat origin;
  double x_scale;
} Projection;

static void
projection_init (Projection       *proj,
                 const WijkLonLat *origin)
{
  proj->origin = *origin;
  proj->x_scale = M_PER_DEG * cos (origin->lat * DEG);
}

static void
project (const Projection *proj,
         const WijkLonLat *pos,
         double           *x,
         double           *y)
{
  *x = normalise_dlon (pos->lon - proj->origin.lon) * proj->x_scale;
  *y = (pos->lat - proj->origin.lat) * M_PER_DEG;
}

static void
unproject (const Projection *proj,
           double            x,
           double            y,
           WijkLonLat       *pos)
{
  pos->lon = proj->x_scale > 0 ? proj->origin.lon + x / proj->x_scale : proj->origin.lon;
  pos->lat = proj->origin.lat + y / M_PER_DEG;
}

/* Adds the ring's signed area and first moments (shoelace formula). */
static void
ring_moments (const Projection *proj,
              const GArray     *ring,
              double           *area,
              double           *mx,
              double           *my)
{
  double a = 0, sx = 0, sy = 0;

  for (guint i = 0; i + 1 < ring->len; i++)
    {
      double x1, y1, x2, y2, cross;

      project (proj, &g_array_index (ring, WijkLonLat, i), &x1, &y1);
      project (proj, &g_array_index (ring, WijkLonLat, i + 1), &x2, &y2);
      cross = x1 * y2 - x2 * y1;
      a += cross / 2;
      sx += (x1 + x2) * cross / 6;
      sy += (y1 + y2) * cross / 6;
    }
  *area = a;
  *mx = sx;
  *my = sy;
}

static gboolean
area_centroid (const WijkGeometry *geometry,
               const Projection   *proj,
               double             *cx,
               double             *cy)
{
  double total = 0, mx = 0, my = 0;

  for (guint p = 0; p < geometry->parts->len; p++)
    {
      GPtrArray *part = g_ptr_array_index (geometry->parts, p);

      for (guint r = 0; r < part->len; r++)
        {
          double a, x, y;
          /* The outer ring counts positive, holes negative, whichever way
           * each ring turns. */
          double sign;

          ring_moments (proj, g_ptr_array_index (part, r), &a, &x, &y);
          sign = (a < 0 ? -1 : 1) * (r == 0 ? 1 : -1);
          total += sign * a;
          mx += sign * x;
          my += sign * y;
        }
    }
  if (!(fabs (total) > 0))
    return FALSE;
  *cx = mx / total;
  *cy = my / total;
  return TRUE;
}

static gboolean
line_centroid (const WijkGeometry *geometry,
               const Projection   *proj,
               double             *cx,
               double             *cy)
{
  double total = 0, mx = 0, my = 0;

  for (guint p = 0; p < geometry->parts->len; p++)
    {
      GPtrArray *part = g_ptr_array_index (geometry->parts, p);
      GArray *ring;

      if (part->len == 0)
        continue;
      ring = g_ptr_array_index (part, 0);
      for (guint i = 0; i + 1 < ring->len; i++)
        {
          double x1, y1, x2, y2, len;

          project (proj, &g_array_index (ring, WijkLonLat, i), &x1, &y1);
          project (proj, &g_array_index (ring, WijkLonLat, i + 1), &x2, &y2);
          len = hypot (x2 - x1, y2 - y1);
          total += len;
          mx += len * (x1 + x2) / 2;
          my += len * (y1 + y2) / 2;
        }
    }
  if (!(total > 0))
    return FALSE;
  *cx = mx / total;
  *cy = my / total;
  return TRUE;
}

gboolean
wijk_geometry_centroid (const WijkGeometry *geometry,
                        WijkLonLat         *centroid)
{
  const WijkLonLat *origin;
  Projection proj;
  double cx, cy;
  gboolean ok;

  g_return_val_if_fail (geometry != NULL && centroid != NULL, FALSE);

  if (geometry->kind == WIJK_GEOMETRY_POINT)
    {
      *centroid = geometry->point;
      return TRUE;
    }
  origin = first_position (geometry);
  if (origin == NULL)
    return FALSE;
  projection_init (&proj, origin);

  if (has_area (geometry))
    ok = area_centroid (geometry, &proj, &cx, &cy);
  else
    ok = line_centroid (geometry, &proj, &cx, &cy);
  if (ok)
    unproject (&proj, cx, cy, centroid);
  return ok;
}

static gboolean
ring_crossings_odd (const GArray *ring,
                    double        lon,
                    double        lat)
{
  gboolean inside = FALSE;

  for (guint i = 0, j = ring->len - 1; i < ring->len; j = i++)
    {
      const WijkLonLat *pi = &g_array_index (ring, WijkLonLat, i);
      const WijkLonLat *pj = &g_array_index (ring, WijkLonLat, j);

      if ((pi->lat > lat) != (pj->lat > lat) &&
          lon < (pj->lon - pi->lon) * (lat - pi->lat) / (pj->lat - pi->lat) + pi->lon)
        inside = !inside;
    }
  return inside;
}

gboolean
wijk_geometry_contains (const WijkGeometry *geometry,
                        double              lon,
                        double              lat)
{
  g_return_val_if_fail (geometry != NULL, FALSE);

  if (!has_area (geometry))
    return FALSE;

  for (guint p = 0; p < geometry->parts->len; p++)
    {
      GPtrArray *part = g_ptr_array_index (geometry->parts, p);
      gboolean inside = FALSE;

      for (guint r = 0; r < part->len; r++)
        {
          GArray *ring = g_ptr_array_index (part, r);

          if (ring->len > 0 && ring_crossings_odd (ring, lon, lat))
            inside = !inside;
        }
      if (inside)
        return TRUE;
    }
  return FALSE;
}

static double
segment_distance (double x1,
                  double y1,
                  double x2,
                  double y2)
{
  /* Distance from the origin to the segment (x1, y1)–(x2, y2). */
  double dx = x2 - x1, dy = y2 - y1;
  double len2 = dx * dx + dy * dy;
  double t = len2 > 0 ? -(x1 * dx + y1 * dy) / len2 : 0;

  t = CLAMP (t, 0, 1);
  return hypot (x1 + t * dx, y1 + t * dy);
}

double
wijk_geometry_distance_to_m (const WijkGeometry *geometry,
                             double              lon,
                             double              lat)
{
  WijkLonLat here = { lon, lat };
  Projection proj;
  double best = INFINITY;

  g_return_val_if_fail (geometry != NULL, INFINITY);

  if (geometry->kind == WIJK_GEOMETRY_POINT)
    return wijk_distance_m (&here, &geometry->point);
  if (wijk_geometry_contains (geometry, lon, lat))
    return 0;

  projection_init (&proj, &here);
  for (guint p = 0; p < geometry->parts->len; p++)
    {
      GPtrArray *part = g_ptr_array_index (geometry->parts, p);

      for (guint r = 0; r < part->len; r++)
        {
          GArray *ring = g_ptr_array_index (part, r);

          for (guint i = 0; i < ring->len; i++)
            {
              double x1, y1, x2, y2;
              guint j = i + 1 < ring->len ? i + 1 : i;

              project (&proj, &g_array_index (ring, WijkLonLat, i), &x1, &y1);
              project (&proj, &g_array_index (ring, WijkLonLat, j), &x2, &y2);
              best = MIN (best, segment_distance (x1, y1, x2, y2));
            }
        }
    }
  return best;
}

WijkGeometry *
wijk_geometry_new_polygon (const WijkLonLat *positions,
                           guint             n_positions)
{
  WijkGeometry *geometry;
  GPtrArray *part;
  GArray *ring;

  g_return_val_if_fail (positions != NULL || n_positions == 0, NULL);

  geometry = wijk_geometry_new (WIJK_GEOMETRY_POLYGON);
  part = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  ring = g_array_sized_new (FALSE, FALSE, sizeof (WijkLonLat), n_positions + 1);
  g_array_append_vals (ring, positions, n_positions);
  if (n_positions > 0 &&
      (positions[0].lon != positions[n_positions - 1].lon ||
       positions[0].lat != positions[n_positions - 1].lat))
    g_array_append_val (ring, positions[0]);
  g_ptr_array_add (part, ring);
  g_ptr_array_add (geometry->parts, part);
  return geometry;
}
