/* wijk-geometry.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-geometry"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "wijk-geometry.h"
#include "wijk-json-text.h"

G_DEFINE_QUARK (wijk-geometry-error-quark, wijk_geometry_error)

/* Reading GeoJSON */

static gboolean
node_get_number (JsonNode *node,
                 double   *value)
{
  GType type;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  type = json_node_get_value_type (node);
  if (type != G_TYPE_INT64 && type != G_TYPE_DOUBLE)
    return FALSE;
  *value = json_node_get_double (node);
  return TRUE;
}

static gboolean
read_position (JsonNode    *node,
               const char  *path,
               WijkLonLat  *pos,
               GError     **error)
{
  JsonArray *array;
  guint len;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      g_set_error (error, WIJK_GEOMETRY_ERROR, WIJK_GEOMETRY_ERROR_INVALID,
                   _("%s: expected a position [longitude, latitude]"), path);
      return FALSE;
    }
  array = json_node_get_array (node);
  len = json_array_get_length (array);
  if (len < 2 || len > 3)
    {
      g_set_error (error, WIJK_GEOMETRY_ERROR, WIJK_GEOMETRY_ERROR_INVALID,
                   _("%s: a position has 2 or 3 numbers, not %u"), path, len);
      return FALSE;
    }
  for (guint i = 0; i < len; i++)
    {
      double value;

      if (!node_get_number (json_array_get_element (array, i), &value))
        {
          g_set_error (error, WIJK_GEOMETRY_ERROR, WIJK_GEOMETRY_ERROR_INVALID,
                       _("%s[%u]: expected a number"), path, i);
          return FALSE;
        }
      if (!isfinite (value))
        {
          g_set_error (error, WIJK_GEOMETRY_ERROR, WIJK_GEOMETRY_ERROR_INVALID,
                       _("%s[%u]: the number is not finite"), path, i);
          return FALSE;
        }
      if (i == 0 && (value < -180 || value > 180))
        {
          g_set_error (error, WIJK_GEOMETRY_ERROR, WIJK_GEOMETRY_ERROR_INVALID,
                       _("%s[0]: longitude %g is outside [−180, 180]"), path, value);
          return FALSE;
        }
      if (i == 1 && (value < -90 || value > 90))
        {
          g_set_error (error, WIJK_GEOMETRY_ERROR, WIJK_GEOMETRY_ERROR_INVALID,
                       _("%s[1]: latitude %g is outside [−90, 90]"), path, value);
          return FALSE;
        }
      if (i == 0)
        pos->lon = value;
      else if (i == 1)
        pos->lat = value;
    }
  return TRUE;
}

static JsonArray *
expect_array (JsonNode    *node,
              const char  *path,
              const char  *what,
              GError     **error)
{
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      g_set_error (error, WIJK_GEOMETRY_ERROR, WIJK_GEOMETRY_ERROR_INVALID,
                   _("%s: expected %s"), path, what);
      return NULL;
    }
  return json_node_get_array (node);
}

/* A line (min_len 2) or a polygon ring (closed, min_len 4). */
static GArray *
read_ring (JsonNode    *node,
           const char  *path,
           gboolean     closed,
           GError     **error)
{
  g_autoptr(GArray) ring = NULL;
  JsonArray *array;
  guint len;
  guint min_len = closed ? 4 : 2;
  WijkLonLat first, last;

  array = expect_array (node, path,
                        closed ? _("a ring (an array of positions)")
                               : _("an array of positions"),
                        error);
  if (array == NULL)
    return NULL;

  len = json_array_get_length (array);
  if (len < min_len)
    {
      g_set_error (error, WIJK_GEOMETRY_ERROR, WIJK_GEOMETRY_ERROR_INVALID,
                   closed ? _("%s: a ring needs at least %u positions, it has %u")
                          : _("%s: a line needs at least %u positions, it has %u"),
                   path, min_len, len);
      return NULL;
    }

  ring = g_array_sized_new (FALSE, FALSE, sizeof (WijkLonLat), len);
  for (guint i = 0; i < len; i++)
    {
      g_autofree char *sub = g_strdup_printf ("%s[%u]", path, i);
      WijkLonLat pos = { 0, 0 };

      if (!read_position (json_array_get_element (array, i), sub, &pos, error))
        return NULL;
      g_array_append_val (ring, pos);
    }

  first = g_array_index (ring, WijkLonLat, 0);
  last = g_array_index (ring, WijkLonLat, len - 1);
  if (closed && (first.lon != last.lon || first.lat != last.lat))
    {
      g_set_error (error, WIJK_GEOMETRY_ERROR, WIJK_GEOMETRY_ERROR_INVALID,
                   _("%s: the ring is not closed (its last position must repeat the first)"),
                   path);
      return NULL;
    }
  return g_steal_pointer (&ring);
}

static GPtrArray *
read_polygon (JsonNode    *node,
              const char  *path,
              GError     **error)
{
  g_autoptr(GPtrArray) part = NULL;
  JsonArray *array;
  guint len;

  array = expect_array (node, path, _("a polygon (an array of rings)"), error);
  if (array == NULL)
    return NULL;
  len = json_array_get_length (array);
  if (len == 0)
    {
      g_set_error (error, WIJK_GEOMETRY_ERROR, WIJK_GEOMETRY_ERROR_INVALID,
                   _("%s: a polygon needs at least one ring"), path);
      return NULL;
    }

  part = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  for (guint i = 0; i < len; i++)
    {
      g_autofree char *sub = g_strdup_printf ("%s[%u]", path, i);
      GArray *ring = read_ring (json_array_get_element (array, i), sub, TRUE, error);

      if (ring == NULL)
        return NULL;
      g_ptr_array_add (part, ring);
    }
  return g_steal_pointer (&part);
}

static gboolean
read_coordinates (WijkGeometry  *geometry,
                  JsonNode      *coordinates,
                  const char    *path,
                  GError       **error)
{
  JsonArray *array;
  GPtrArray *part;
  GArray *ring;

  switch (geometry->kind)
    {
    case WIJK_GEOMETRY_POINT:
      return read_position (coordinates, path, &geometry->point, error);

    case WIJK_GEOMETRY_LINE_STRING:
      ring = read_ring (coordinates, path, FALSE, error);
      if (ring == NULL)
        return FALSE;
      part = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
      g_ptr_array_add (part, ring);
      g_ptr_array_add (geometry->parts, part);
      return TRUE;

    case WIJK_GEOMETRY_POLYGON:
      part = read_polygon (coordinates, path, error);
      if (part == NULL)
        return FALSE;
      g_ptr_array_add (geometry->parts, part);
      return TRUE;

    case WIJK_GEOMETRY_MULTI_POLYGON:
      array = expect_array (coordinates, path, _("an array of polygons"), error);
      if (array == NULL)
        return FALSE;
      if (json_array_get_length (array) == 0)
        {
          g_set_error (error, WIJK_GEOMETRY_ERROR, WIJK_GEOMETRY_ERROR_INVALID,
                       _("%s: a multi-polygon needs at least one polygon"), path);
          return FALSE;
        }
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          g_autofree char *sub = g_strdup_printf ("%s[%u]", path, i);

          part = read_polygon (json_array_get_element (array, i), sub, error);
          if (part == NULL)
            return FALSE;
          g_ptr_array_add (geometry->parts, part);
        }
      return TRUE;

    default:
      g_assert_not_reached ();
    }
  return FALSE;
}

static gboolean
kind_from_type (const char        *type,
                const char        *path,
                WijkGeometryKind  *kind,
                GError           **error)
{
  static const char * const names[] = { "Point", "LineString", "Polygon", "MultiPolygon" };
  static const char * const unsupported[] = { "MultiPoint", "MultiLineString",
                                              "GeometryCollection" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      if (strcmp (type, names[i]) == 0)
        {
          *kind = (WijkGeometryKind) i;
          return TRUE;
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (unsupported); i++)
    {
      if (strcmp (type, unsupported[i]) == 0)
        {
          g_set_error (error, WIJK_GEOMETRY_ERROR, WIJK_GEOMETRY_ERROR_UNSUPPORTED,
                       _("%s.type: geometry type “%s” is not supported "
                         "(use Point, LineString, Polygon or MultiPolygon)"),
                       path, type);
          return FALSE;
        }
    }
  g_set_error (error, WIJK_GEOMETRY_ERROR, WIJK_GEOMETRY_ERROR_INVALID,
               _("%s.type: unknown geometry type “%s”"), path, type);
  return FALSE;
}

static gboolean
check_members (JsonObject  *object,
               const char  *path,
               GError     **error)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &member))
    {
      if (strcmp (name, "type") != 0 && strcmp (name, "coordinates") != 0 &&
          strcmp (name, "bbox") != 0)
        {
          g_set_error (error, WIJK_GEOMETRY_ERROR, WIJK_GEOMETRY_ERROR_INVALID,
                       _("%s.%s: unknown key"), path, name);
          return FALSE;
        }
    }
  return TRUE;
}

/**
 * wijk_geometry_from_json_node_at:
 * @node: a GeoJSON geometry object
 * @path: the JSON path of @node, the prefix of every error message
 * @error: return location for a #WIJK_GEOMETRY_ERROR
 *
 * wijk_geometry_from_json_node() for readers of larger documents, whose
 * messages name the geometry's place in them (e.g. "plots[2].geometry").
 *
 * Returns: (transfer full) (nullable): the geometry, or %NULL on error
 */
WijkGeometry *
wijk_geometry_from_json_node_at (JsonNode    *node,
                                 const char  *path,
                                 GError     **error)
{
  g_autoptr(WijkGeometry) geometry = NULL;
  g_autofree char *coordinates_path = NULL;
  JsonObject *object;
  JsonNode *type;
  WijkGeometryKind kind;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, WIJK_GEOMETRY_ERROR, WIJK_GEOMETRY_ERROR_INVALID,
                   _("%s: expected a GeoJSON geometry object"), path);
      return NULL;
    }
  object = json_node_get_object (node);
  if (!check_members (object, path, error))
    return NULL;

  type = json_object_get_member (object, "type");
  if (type == NULL)
    {
      g_set_error (error, WIJK_GEOMETRY_ERROR, WIJK_GEOMETRY_ERROR_INVALID,
                   _("%s: missing key “type”"), path);
      return NULL;
    }
  if (!JSON_NODE_HOLDS_VALUE (type) || json_node_get_value_type (type) != G_TYPE_STRING)
    {
      g_set_error (error, WIJK_GEOMETRY_ERROR, WIJK_GEOMETRY_ERROR_INVALID,
                   _("%s.type: expected a string"), path);
      return NULL;
    }
  if (!kind_from_type (json_node_get_string (type), path, &kind, error))
    return NULL;

  if (!json_object_has_member (object, "coordinates"))
    {
      g_set_error (error, WIJK_GEOMETRY_ERROR, WIJK_GEOMETRY_ERROR_INVALID,
                   _("%s: missing key “coordinates”"), path);
      return NULL;
    }

  geometry = wijk_geometry_new (kind);
  coordinates_path = g_strconcat (path, ".coordinates", NULL);
  if (!read_coordinates (geometry, json_object_get_member (object, "coordinates"),
                         coordinates_path, error))
    return NULL;

  return g_steal_pointer (&geometry);
}

WijkGeometry *
wijk_geometry_from_json_node (JsonNode  *node,
                              GError   **error)
{
  return wijk_geometry_from_json_node_at (node, "geometry", error);
}

WijkGeometry *
wijk_geometry_from_geojson (const char  *text,
                            GError     **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  root = wijk_json_parse (text, strlen (text), &local_error);
  if (root == NULL)
    {
      g_set_error (error, WIJK_GEOMETRY_ERROR, WIJK_GEOMETRY_ERROR_INVALID,
                   "geometry: %s", local_error->message);
      return NULL;
    }
  return wijk_geometry_from_json_node (root, error);
}

/* Writing GeoJSON */

static JsonNode *
position_to_node (const WijkLonLat *pos)
{
  JsonArray *array = json_array_sized_new (2);

  json_array_add_double_element (array, pos->lon);
  json_array_add_double_element (array, pos->lat);
  return wijk_json_node_take_array (array);
}

static JsonNode *
ring_to_node (const GArray *ring)
{
  JsonArray *array = json_array_sized_new (ring->len);

  for (guint i = 0; i < ring->len; i++)
    json_array_add_element (array, position_to_node (&g_array_index (ring, WijkLonLat, i)));
  return wijk_json_node_take_array (array);
}

static JsonNode *
part_to_node (const GPtrArray *part)
{
  JsonArray *array = json_array_sized_new (part->len);

  for (guint i = 0; i < part->len; i++)
    json_array_add_element (array, ring_to_node (g_ptr_array_index (part, i)));
  return wijk_json_node_take_array (array);
}

JsonNode *
wijk_geometry_to_json_node (const WijkGeometry *geometry)
{
  static const char * const names[] = { "Point", "LineString", "Polygon", "MultiPolygon" };
  JsonObject *object;
  JsonNode *coordinates = NULL;
  JsonArray *array;

  g_return_val_if_fail (geometry != NULL, NULL);
  g_return_val_if_fail ((guint) geometry->kind < G_N_ELEMENTS (names), NULL);

  switch (geometry->kind)
    {
    case WIJK_GEOMETRY_POINT:
      coordinates = position_to_node (&geometry->point);
      break;
    case WIJK_GEOMETRY_LINE_STRING:
      if (geometry->parts->len > 0 &&
          ((GPtrArray *) g_ptr_array_index (geometry->parts, 0))->len > 0)
        {
          GPtrArray *part = g_ptr_array_index (geometry->parts, 0);

          coordinates = ring_to_node (g_ptr_array_index (part, 0));
        }
      else
        coordinates = wijk_json_node_take_array (json_array_new ());
      break;
    case WIJK_GEOMETRY_POLYGON:
      if (geometry->parts->len > 0)
        coordinates = part_to_node (g_ptr_array_index (geometry->parts, 0));
      else
        coordinates = wijk_json_node_take_array (json_array_new ());
      break;
    case WIJK_GEOMETRY_MULTI_POLYGON:
      array = json_array_sized_new (geometry->parts->len);
      for (guint i = 0; i < geometry->parts->len; i++)
        json_array_add_element (array, part_to_node (g_ptr_array_index (geometry->parts, i)));
      coordinates = wijk_json_node_take_array (array);
      break;
    default:
      g_assert_not_reached ();
    }

  object = json_object_new ();
  json_object_set_string_member (object, "type", names[geometry->kind]);
  json_object_set_member (object, "coordinates", coordinates);
  return wijk_json_node_take_object (object);
}

char *
wijk_geometry_to_geojson (const WijkGeometry *geometry)
{
  g_autoptr(JsonNode) node = NULL;

  g_return_val_if_fail (geometry != NULL, NULL);

  node = wijk_geometry_to_json_node (geometry);
  return wijk_json_write (node, FALSE);
}
