/* test-geometry.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "wijk-geometry.h"
#include "wijk-json-text.h"

/* On the sphere of radius R = 6371008.8 m one degree of arc is
 * π · R / 180 = 111195.0802 m, so 0.001° is 111.1950802 m. */
#define M_PER_MILLIDEG 111.1950802

/* A box of w × h thousandths of a degree with its south-west corner at
 * (lon, lat), turning anticlockwise. */
static WijkGeometry *
box (double lon,
     double lat,
     double w,
     double h)
{
  WijkLonLat corners[] = {
    { lon, lat }, { lon + w / 1000, lat }, { lon + w / 1000, lat + h / 1000 },
    { lon, lat + h / 1000 },
  };

  return wijk_geometry_new_polygon (corners, G_N_ELEMENTS (corners));
}

static GArray *
first_ring (WijkGeometry *geometry)
{
  GPtrArray *part = g_ptr_array_index (geometry->parts, 0);

  return g_ptr_array_index (part, 0);
}

static void
test_area_square (void)
{
  g_autoptr(WijkGeometry) square = box (4.727, 50.85, 1, 1);

  /* 0.001° × 0.001° at 50.85–50.851° N: north–south 111.1950802 m,
   * east–west 111.1950802 m · cos (50.8505°) = 111.1950802 · 0.631346028.
   * Area = 111.1950802² · 0.631346028 = 12364.34586 · 0.631346028
   *      = 7806.1806 m². */
  g_assert_cmpfloat_with_epsilon (wijk_geometry_area_m2 (square), 7806.1806, 0.01);
}

static void
test_area_orientation_and_hole (void)
{
  g_autoptr(WijkGeometry) outer = box (4.727, 50.85, 2, 2);
  g_autoptr(WijkGeometry) hole = box (4.7275, 50.8505, 1, 1);
  GPtrArray *part = g_ptr_array_index (outer->parts, 0);
  GArray *hole_ring = first_ring (hole);
  GArray *reversed = g_array_new (FALSE, FALSE, sizeof (WijkLonLat));

  /* Outer 0.002° square at 50.85–50.852° N, cos (50.851°) = 0.631339260:
   * 222.3901604² · 0.631339260 = 49457.3834 · 0.631339260 = 31224.388 m².
   * Hole 0.001° square at 50.8505–50.8515° N, same middle latitude:
   * 12364.34586 · 0.631339260 = 7806.097 m².
   * Polygon with hole: 31224.388 − 7806.097 = 23418.291 m². */
  g_assert_cmpfloat_with_epsilon (wijk_geometry_area_m2 (outer), 31224.388, 0.01);

  /* A hole turning the same way as the outer ring still counts negative. */
  for (guint i = hole_ring->len; i > 0; i--)
    g_array_append_val (reversed, g_array_index (hole_ring, WijkLonLat, i - 1));
  g_ptr_array_add (part, reversed);
  g_assert_cmpfloat_with_epsilon (wijk_geometry_area_m2 (outer), 23418.291, 0.01);
  g_ptr_array_remove_index (part, 1);
  g_ptr_array_add (part, g_array_ref (hole_ring));
  g_assert_cmpfloat_with_epsilon (wijk_geometry_area_m2 (outer), 23418.291, 0.01);

  /* A point or a line has no area. */
  g_assert_cmpfloat (wijk_geometry_area_m2 (&(WijkGeometry) { WIJK_GEOMETRY_POINT }), ==, 0);
}

static void
test_area_multi_polygon (void)
{
  g_autoptr(WijkGeometry) multi = wijk_geometry_new (WIJK_GEOMETRY_MULTI_POLYGON);
  g_autoptr(WijkGeometry) a = box (4.727, 50.85, 1, 1);
  g_autoptr(WijkGeometry) b = box (4.729, 50.85, 1, 1);

  g_ptr_array_add (multi->parts, g_ptr_array_ref (g_ptr_array_index (a->parts, 0)));
  g_ptr_array_add (multi->parts, g_ptr_array_ref (g_ptr_array_index (b->parts, 0)));
  /* Two squares like test_area_square's: 2 · 7806.1806 = 15612.3612 m². */
  g_assert_cmpfloat_with_epsilon (wijk_geometry_area_m2 (multi), 15612.3612, 0.02);
}

static void
test_distance (void)
{
  WijkLonLat a = { 4.727, 50.85 };
  WijkLonLat north = { 4.727, 50.86 };
  WijkLonLat east = { 4.728, 50.85 };

  /* 0.01° along a meridian: 10 · 111.1950802 = 1111.950802 m. */
  g_assert_cmpfloat_with_epsilon (wijk_distance_m (&a, &north), 1111.9508, 0.001);
  /* 0.001° along the parallel 50.85° N: 111.1950802 · cos (50.85°)
   * = 111.1950802 · 0.631352795 = 70.20333 m (the great circle is shorter
   * by far less than a millimetre here). */
  g_assert_cmpfloat_with_epsilon (wijk_distance_m (&a, &east), 70.20333, 0.001);
  g_assert_cmpfloat (wijk_distance_m (&a, &a), ==, 0);
}

static void
test_length_and_distance_to (void)
{
  g_autoptr(WijkGeometry) line = NULL;
  g_autoptr(WijkGeometry) square = box (4.727, 50.85, 1, 1);
  g_autoptr(GError) error = NULL;

  line = wijk_geometry_from_geojson ("{\"type\":\"LineString\",\"coordinates\":"
                                     "[[4.727,50.85],[4.727,50.86],[4.727,50.87]]}", &error);
  g_assert_no_error (error);
  /* Two legs of 0.01° along a meridian: 2 · 1111.950802 = 2223.9016 m. */
  g_assert_cmpfloat_with_epsilon (wijk_geometry_length_m (line), 2223.9016, 0.001);
  /* 0.001° east of the line at 50.86° N: 111.1950802 · cos (50.86°)
   * = 111.1950802 · 0.6312174 = 70.1883 m. */
  g_assert_cmpfloat_with_epsilon (wijk_geometry_distance_to_m (line, 4.728, 50.86),
                                  70.1883, 0.01);
  /* Beyond the line's end, 0.001° north: 111.195 m to the end point. */
  g_assert_cmpfloat_with_epsilon (wijk_geometry_distance_to_m (line, 4.727, 50.871),
                                  111.195, 0.01);
  /* Inside the square: 0; 0.001° south of its southern edge: 111.195 m. */
  g_assert_cmpfloat (wijk_geometry_distance_to_m (square, 4.7275, 50.8505), ==, 0);
  g_assert_cmpfloat_with_epsilon (wijk_geometry_distance_to_m (square, 4.7275, 50.849),
                                  111.195, 0.01);
  /* The perimeter: 2 · 111.1950802 + 70.20333 (south edge, test_distance)
   * + 111.1950802 · 0.6313393 (north edge at 50.851°) = 222.39016 + 70.20333
   * + 70.20182 = 362.7953 m. */
  g_assert_cmpfloat_with_epsilon (wijk_geometry_length_m (square), 362.7953, 0.01);
}

static void
test_centroid_and_bounds (void)
{
  g_autoptr(WijkGeometry) outer = box (4.727, 50.85, 2, 2);
  g_autoptr(WijkGeometry) hole = box (4.7275, 50.8505, 0.5, 0.5);
  g_autoptr(WijkGeometry) line = NULL;
  WijkLonLat c, min, max;

  /* A box's centroid is its middle. */
  g_assert_true (wijk_geometry_centroid (outer, &c));
  g_assert_cmpfloat_with_epsilon (c.lon, 4.728, 1e-9);
  g_assert_cmpfloat_with_epsilon (c.lat, 50.851, 1e-9);

  /* With a hole of 0.5 × 0.5 (area 0.25, centre 0.75) in a 2 × 2 box
   * (area 4, centre 1), in thousandths of a degree from the corner:
   * (4 · 1 − 0.25 · 0.75) / (4 − 0.25) = 3.8125 / 3.75 = 1.0166667 on both
   * axes (the projection is linear in each axis). */
  g_ptr_array_add (g_ptr_array_index (outer->parts, 0),
                   g_array_ref (first_ring (hole)));
  g_assert_true (wijk_geometry_centroid (outer, &c));
  g_assert_cmpfloat_with_epsilon (c.lon, 4.727 + 0.0010166667, 1e-9);
  g_assert_cmpfloat_with_epsilon (c.lat, 50.85 + 0.0010166667, 1e-9);

  g_assert_true (wijk_geometry_bounds (outer, &min, &max));
  g_assert_cmpfloat (min.lon, ==, 4.727);
  g_assert_cmpfloat (min.lat, ==, 50.85);
  g_assert_cmpfloat_with_epsilon (max.lon, 4.729, 1e-12);
  g_assert_cmpfloat_with_epsilon (max.lat, 50.852, 1e-12);

  /* A line's centroid weighs segments by length: legs of 0.01° and 0.02°
   * north from 50.85° give (0.005 · 1 + 0.02 · 2) / 3 = 0.015° → 50.865. */
  line = wijk_geometry_from_geojson ("{\"type\":\"LineString\",\"coordinates\":"
                                     "[[4.727,50.85],[4.727,50.86],[4.727,50.88]]}", NULL);
  g_assert_nonnull (line);
  g_assert_true (wijk_geometry_centroid (line, &c));
  g_assert_cmpfloat_with_epsilon (c.lon, 4.727, 1e-12);
  g_assert_cmpfloat_with_epsilon (c.lat, 50.865, 1e-9);
}

static void
test_contains (void)
{
  g_autoptr(WijkGeometry) multi = NULL;
  g_autoptr(GError) error = NULL;

  /* Two squares; the first has a hole in its middle. */
  multi = wijk_geometry_from_geojson (
    "{\"type\":\"MultiPolygon\",\"coordinates\":["
    " [[[0,0],[4,0],[4,4],[0,4],[0,0]], [[1,1],[1,3],[3,3],[3,1],[1,1]]],"
    " [[[10,0],[12,0],[12,2],[10,2],[10,0]]]]}", &error);
  g_assert_no_error (error);

  g_assert_true (wijk_geometry_contains (multi, 0.5, 0.5));
  g_assert_false (wijk_geometry_contains (multi, 2, 2));     /* in the hole */
  g_assert_true (wijk_geometry_contains (multi, 11, 1));     /* second part */
  g_assert_false (wijk_geometry_contains (multi, 5, 1));
  g_assert_false (wijk_geometry_contains (multi, -0.5, 0.5));
  g_assert_false (wijk_geometry_contains (&(WijkGeometry) { WIJK_GEOMETRY_POINT }, 0, 0));
}

static void
test_geojson_round_trip (void)
{
  g_autoptr(WijkGeometry) point = wijk_geometry_new_point (4.7275, 50.8463);
  g_autoptr(WijkGeometry) square = box (4.727, 50.85, 1, 1);
  g_autoptr(WijkGeometry) back = NULL;
  g_autofree char *text = NULL;
  g_autofree char *again = NULL;
  g_autoptr(GError) error = NULL;

  text = wijk_geometry_to_geojson (point);
  g_assert_cmpstr (text, ==, "{\"type\":\"Point\",\"coordinates\":[4.7275,50.8463]}");
  back = wijk_geometry_from_geojson (text, &error);
  g_assert_no_error (error);
  g_assert_true (wijk_geometry_equal (point, back));
  g_clear_pointer (&back, wijk_geometry_free);
  g_clear_pointer (&text, g_free);

  /* 4.727 + 0.001 is 4.7279999999999998 as a double: it needs 17 digits and
   * must come back bit for bit. */
  text = wijk_geometry_to_geojson (square);
  back = wijk_geometry_from_geojson (text, &error);
  g_assert_no_error (error);
  g_assert_true (wijk_geometry_equal (square, back));
  again = wijk_geometry_to_geojson (back);
  g_assert_cmpstr (text, ==, again);
  g_assert_true (g_str_has_prefix (text, "{\"type\":\"Polygon\",\"coordinates\":[[[4.727,50.85],"));

  /* Integers without ".0", an altitude dropped. */
  g_clear_pointer (&back, wijk_geometry_free);
  g_clear_pointer (&text, g_free);
  back = wijk_geometry_from_geojson ("{\"type\":\"Point\",\"coordinates\":[4,50,12.5],"
                                     "\"bbox\":[4,50,4,50]}", &error);
  g_assert_no_error (error);
  text = wijk_geometry_to_geojson (back);
  g_assert_cmpstr (text, ==, "{\"type\":\"Point\",\"coordinates\":[4,50]}");
}

static void
test_format_double (void)
{
  struct { double value; const char *text; } cases[] = {
    { 250, "250" },
    { 0.1, "0.1" },
    { 0.1 + 0.2, "0.30000000000000004" },   /* needs 17 digits */
    { -0.0, "0" },
    { 1e21, "1e+21" },
    { 6300, "6300" },
    { 0.04, "0.04" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = wijk_json_format_double (cases[i].value);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
test_json_parse_guards (void)
{
  g_autoptr(GString) deep = g_string_new (NULL);
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;

  /* 64 levels of arrays are fine, 65 are refused before parsing. */
  for (guint i = 0; i < WIJK_JSON_MAX_DEPTH; i++)
    g_string_prepend_c (deep, '[');
  for (guint i = 0; i < WIJK_JSON_MAX_DEPTH; i++)
    g_string_append_c (deep, ']');
  node = wijk_json_parse (deep->str, deep->len, &error);
  g_assert_no_error (error);
  g_assert_nonnull (node);
  g_clear_pointer (&node, json_node_unref);

  g_string_prepend (deep, "{\"a\": ");
  g_string_append (deep, ", \"s\": \"[[[[\\\"{{\"}");
  node = wijk_json_parse (deep->str, deep->len, &error);
  g_assert_error (error, WIJK_JSON_ERROR, WIJK_JSON_ERROR_TOO_DEEP);
  g_assert_null (node);
  g_clear_error (&error);

  /* Brackets inside strings do not count. */
  g_string_assign (deep, "{\"s\": \"");
  for (guint i = 0; i < 2 * WIJK_JSON_MAX_DEPTH; i++)
    g_string_append (deep, "[{");
  g_string_append (deep, "\"}");
  node = wijk_json_parse (deep->str, deep->len, &error);
  g_assert_no_error (error);
  g_clear_pointer (&node, json_node_unref);

  node = wijk_json_parse ("", 0, &error);
  g_assert_error (error, WIJK_JSON_ERROR, WIJK_JSON_ERROR_PARSE);
  g_clear_error (&error);
  node = wijk_json_parse ("  ", 2, &error);
  g_assert_error (error, WIJK_JSON_ERROR, WIJK_JSON_ERROR_PARSE);
  g_clear_error (&error);
  node = wijk_json_parse ("{\"a\": }", 7, &error);
  g_assert_error (error, WIJK_JSON_ERROR, WIJK_JSON_ERROR_PARSE);
}

static void
assert_refused (const char *text,
                int         code,
                const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WijkGeometry) geometry = wijk_geometry_from_geojson (text, &error);

  g_assert_null (geometry);
  g_assert_error (error, WIJK_GEOMETRY_ERROR, code);
  if (g_test_verbose ())
    g_test_message ("%s → %s", text, error->message);
  if (message != NULL)
    g_assert_cmpstr (error->message, ==, message);
  else
    g_assert_true (g_str_has_prefix (error->message, "geometry: not valid JSON: "));
}

static void
test_errors (void)
{
  int invalid = WIJK_GEOMETRY_ERROR_INVALID;

  assert_refused ("[1, 2]", invalid, "geometry: expected a GeoJSON geometry object");
  assert_refused ("{\"coordinates\": [1, 2]}", invalid, "geometry: missing key “type”");
  assert_refused ("{\"type\": 3, \"coordinates\": [1, 2]}", invalid,
                  "geometry.type: expected a string");
  assert_refused ("{\"type\": \"Circle\", \"coordinates\": [1, 2]}", invalid,
                  "geometry.type: unknown geometry type “Circle”");
  assert_refused ("{\"type\": \"MultiPoint\", \"coordinates\": [[1, 2]]}",
                  WIJK_GEOMETRY_ERROR_UNSUPPORTED,
                  "geometry.type: geometry type “MultiPoint” is not supported "
                  "(use Point, LineString, Polygon or MultiPolygon)");
  assert_refused ("{\"type\": \"Point\"}", invalid, "geometry: missing key “coordinates”");
  assert_refused ("{\"type\": \"Point\", \"coordinates\": [1, 2], \"crs\": 4326}", invalid,
                  "geometry.crs: unknown key");
  assert_refused ("{\"type\": \"Point\", \"coordinates\": [1]}", invalid,
                  "geometry.coordinates: a position has 2 or 3 numbers, not 1");
  assert_refused ("{\"type\": \"Point\", \"coordinates\": [1, \"2\"]}", invalid,
                  "geometry.coordinates[1]: expected a number");
  assert_refused ("{\"type\": \"Point\", \"coordinates\": [181, 50]}", invalid,
                  "geometry.coordinates[0]: longitude 181 is outside [−180, 180]");
  assert_refused ("{\"type\": \"Point\", \"coordinates\": [4, -90.5]}", invalid,
                  "geometry.coordinates[1]: latitude -90.5 is outside [−90, 90]");
  assert_refused ("{\"type\": \"Point\", \"coordinates\": [4, 1e999]}", invalid,
                  "geometry.coordinates[1]: the number is not finite");
  assert_refused ("{\"type\": \"LineString\", \"coordinates\": [[4, 50]]}", invalid,
                  "geometry.coordinates: a line needs at least 2 positions, it has 1");
  assert_refused ("{\"type\": \"Polygon\", \"coordinates\": []}", invalid,
                  "geometry.coordinates: a polygon needs at least one ring");
  assert_refused ("{\"type\": \"Polygon\", \"coordinates\": [[[0,0],[1,0],[0,0]]]}", invalid,
                  "geometry.coordinates[0]: a ring needs at least 4 positions, it has 3");
  assert_refused ("{\"type\": \"Polygon\", \"coordinates\": [[[0,0],[1,0],[1,1],[0,1]]]}",
                  invalid,
                  "geometry.coordinates[0]: the ring is not closed "
                  "(its last position must repeat the first)");
  assert_refused ("{\"type\": \"MultiPolygon\", \"coordinates\": "
                  "[[[[0,0],[1,0],[1,1],[0,0]]], [[[0,0],[1,0],[1,1],[0,95]]]]}", invalid,
                  "geometry.coordinates[1][0][3][1]: latitude 95 is outside [−90, 90]");
  assert_refused ("{\"type\": \"MultiPolygon\", \"coordinates\": []}", invalid,
                  "geometry.coordinates: a multi-polygon needs at least one polygon");
  assert_refused ("{\"type\": \"Polygon\", \"coordinates\": [1, 2]}", invalid,
                  "geometry.coordinates[0]: expected a ring (an array of positions)");
  assert_refused ("{\"type\": ", invalid, NULL);
}

static void
test_errors_at_path (void)
{
  g_autoptr(JsonNode) node = json_from_string ("{\"type\": \"Point\", \"coordinates\": [4, 91]}",
                                               NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(WijkGeometry) geometry = wijk_geometry_from_json_node_at (node, "plots[2].geometry",
                                                                      &error);

  g_assert_null (geometry);
  g_assert_error (error, WIJK_GEOMETRY_ERROR, WIJK_GEOMETRY_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "plots[2].geometry.coordinates[1]: latitude 91 is outside [−90, 90]");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/wijk/geometry/area/square", test_area_square);
  g_test_add_func ("/wijk/geometry/area/orientation-and-hole", test_area_orientation_and_hole);
  g_test_add_func ("/wijk/geometry/area/multi-polygon", test_area_multi_polygon);
  g_test_add_func ("/wijk/geometry/distance", test_distance);
  g_test_add_func ("/wijk/geometry/length-and-distance-to", test_length_and_distance_to);
  g_test_add_func ("/wijk/geometry/centroid-and-bounds", test_centroid_and_bounds);
  g_test_add_func ("/wijk/geometry/contains", test_contains);
  g_test_add_func ("/wijk/geometry/geojson-round-trip", test_geojson_round_trip);
  g_test_add_func ("/wijk/geometry/format-double", test_format_double);
  g_test_add_func ("/wijk/geometry/json-parse-guards", test_json_parse_guards);
  g_test_add_func ("/wijk/geometry/errors", test_errors);
  g_test_add_func ("/wijk/geometry/errors-at-path", test_errors_at_path);

  return g_test_run ();
}
