/* test-geojson.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "wijk-geojson.h"
#include "wijk-geometry.h"

/* JSON in the tests is written with ' for " to keep it readable. */
static char *
json (const char *single_quoted)
{
  return g_strdelimit (g_strdup (single_quoted), "'", '"');
}

#define SQUARE "{'type': 'Polygon', 'coordinates': [[[4.72, 50.85], [4.721, 50.85]," \
               " [4.721, 50.851], [4.72, 50.851], [4.72, 50.85]]]}"

static WijkWorkshop *
workshop (void)
{
  WijkWorkshop *ws = wijk_workshop_new ();
  WijkOrganisation *siemens = wijk_organisation_new ("siemens");
  WijkPlot *existing = wijk_plot_new ("taken");

  siemens->name = g_strdup ("Siemens");
  g_ptr_array_add (ws->organisations, siemens);
  existing->name = g_strdup ("Existing");
  existing->geometry = wijk_geometry_from_geojson ("{\"type\": \"Point\", "
                                                   "\"coordinates\": [4.72, 50.85]}", NULL);
  g_ptr_array_add (ws->plots, existing);
  return ws;
}

static GPtrArray *
load (const WijkWorkshop  *ws,
      const char          *kind,
      const char          *single_quoted,
      GError             **error)
{
  g_autofree char *text = json (single_quoted);

  return wijk_geojson_load_features (text, strlen (text), ws, kind, error);
}

static void
test_plots (void)
{
  g_autoptr(WijkWorkshop) ws = workshop ();
  g_autoptr(GPtrArray) plots = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = json (
    "{'type': 'FeatureCollection', 'name': 'percelen',"
    " 'crs': {'type': 'name', 'properties': {'name': 'urn:ogc:def:crs:OGC:1.3:CRS84'}},"
    " 'features': ["
    "  {'type': 'Feature', 'properties': {'name': 'Hall 3', 'owner': 'siemens', 'id': 'p1',"
    "   'fid': 12, 'area': 1200.5, 'approximate': true}, 'geometry': " SQUARE "},"
    "  {'type': 'Feature', 'id': 42, 'properties': {'name': 'Car park', 'owner': null},"
    "   'geometry': {'type': 'MultiPolygon', 'coordinates': [[[[4.73, 50.85], [4.731, 50.85],"
    "   [4.731, 50.851], [4.73, 50.85]]]]}},"
    "  {'type': 'Feature', 'properties': {'name': 'Field'}, 'geometry': " SQUARE "}]}");
  const WijkPlot *p;

  plots = wijk_geojson_load_plots (text, strlen (text), ws, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (plots->len, ==, 3);

  p = g_ptr_array_index (plots, 0);
  g_assert_cmpstr (p->id, ==, "p1");
  g_assert_cmpstr (p->name, ==, "Hall 3");
  g_assert_cmpstr (p->kind, ==, "plot");
  g_assert_cmpstr (p->owner_org, ==, "siemens");
  g_assert_true (p->approximate);
  g_assert_cmpint (p->geometry->kind, ==, WIJK_GEOMETRY_POLYGON);

  /* The feature's own id when the properties have none; no owner. */
  p = g_ptr_array_index (plots, 1);
  g_assert_cmpstr (p->id, ==, "42");
  g_assert_null (p->owner_org);
  g_assert_false (p->approximate);
  g_assert_cmpint (p->geometry->kind, ==, WIJK_GEOMETRY_MULTI_POLYGON);

  /* A new unique id when there is none at all. */
  p = g_ptr_array_index (plots, 2);
  g_assert_true (g_uuid_string_is_valid (p->id));

  /* An empty collection is no plots, not an error. */
  g_clear_pointer (&plots, g_ptr_array_unref);
  plots = load (ws, "plot", "{'type': 'FeatureCollection', 'features': []}", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (plots->len, ==, 0);
}

static void
test_streets_and_outline (void)
{
  g_autoptr(GPtrArray) streets = NULL;
  g_autoptr(GPtrArray) outline = NULL;
  g_autoptr(GError) error = NULL;

  streets = load (NULL, "street",
                  "{'type': 'FeatureCollection', 'features': [{'type': 'Feature',"
                  " 'properties': {'name': 'Interleuvenlaan', 'id': 's1'},"
                  " 'geometry': {'type': 'LineString', 'coordinates': [[4.72, 50.845],"
                  " [4.73, 50.855]]}}]}", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (((WijkPlot *) g_ptr_array_index (streets, 0))->kind, ==, "street");

  outline = load (NULL, "street",
                  "{'type': 'FeatureCollection', 'features': [{'type': 'Feature',"
                  " 'properties': {'name': 'Park'}, 'geometry': " SQUARE "}]}", &error);
  g_assert_null (outline);
  g_assert_error (error, WIJK_JSON_ERROR, WIJK_JSON_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "features[0].geometry: a street needs a LineString, not a Polygon");
  g_clear_error (&error);

  outline = load (NULL, "outline",
                  "{'type': 'FeatureCollection', 'features': [{'type': 'Feature',"
                  " 'properties': {'name': 'Park'}, 'geometry': " SQUARE "}]}", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (((WijkPlot *) g_ptr_array_index (outline, 0))->kind, ==, "outline");
}

static void
test_dump_round_trip (void)
{
  g_autoptr(WijkWorkshop) ws = workshop ();
  g_autoptr(GPtrArray) plots = NULL;
  g_autoptr(GPtrArray) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *again = NULL;

  plots = load (ws, "plot", "{'type': 'FeatureCollection', 'features': [{'type': 'Feature',"
                " 'properties': {'name': 'Hall 3', 'owner': 'siemens', 'id': 'p1',"
                " 'approximate': true}, 'geometry': " SQUARE "}]}", &error);
  g_assert_no_error (error);

  text = wijk_geojson_dump_plots (plots);
  back = wijk_geojson_load_plots (text, strlen (text), ws, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (back->len, ==, 1);
  g_assert_true (wijk_geometry_equal (((WijkPlot *) g_ptr_array_index (back, 0))->geometry,
                                      ((WijkPlot *) g_ptr_array_index (plots, 0))->geometry));
  g_assert_cmpstr (((WijkPlot *) g_ptr_array_index (back, 0))->owner_org, ==, "siemens");
  again = wijk_geojson_dump_plots (back);
  g_assert_cmpstr (text, ==, again);
  g_assert_true (g_str_has_prefix (text, "{\n  \"type\": \"FeatureCollection\",\n"));
}

static void
assert_refused (const char *single_quoted,
                int         code,
                const char *message)
{
  g_autoptr(WijkWorkshop) ws = workshop ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) plots = load (ws, "plot", single_quoted, &error);

  g_assert_null (plots);
  if (g_test_verbose ())
    g_test_message ("%s", error != NULL ? error->message : "(no error)");
  g_assert_error (error, WIJK_JSON_ERROR, code);
  if (message != NULL)
    g_assert_cmpstr (error->message, ==, message);
}

#define FEATURES(list) "{'type': 'FeatureCollection', 'features': [" list "]}"
#define NAMED "'properties': {'name': 'P'}"

static void
test_errors (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) plots = NULL;

  plots = wijk_geojson_load_plots ("{\"type\": ", 9, NULL, &error);
  g_assert_error (error, WIJK_JSON_ERROR, WIJK_JSON_ERROR_PARSE);
  g_clear_error (&error);

  assert_refused ("[1]", WIJK_JSON_ERROR_FORMAT,
                  "not a GeoJSON FeatureCollection: the document is not a JSON object");
  assert_refused ("{'type': 'Feature', " NAMED ", 'geometry': " SQUARE "}",
                  WIJK_JSON_ERROR_FORMAT, "type: expected a FeatureCollection, not a Feature");
  assert_refused ("{'features': []}", WIJK_JSON_ERROR_MISSING, "missing required key “type”");
  assert_refused ("{'type': 'FeatureCollection'}", WIJK_JSON_ERROR_MISSING,
                  "missing required key “features”");
  assert_refused ("{'type': 'FeatureCollection', 'features': {}}", WIJK_JSON_ERROR_TYPE,
                  "features: expected an array");
  assert_refused ("{'type': 'FeatureCollection', 'features': [],"
                  " 'crs': {'type': 'name',"
                  "         'properties': {'name': 'urn:ogc:def:crs:EPSG::31370'}}}",
                  WIJK_JSON_ERROR_FORMAT,
                  "crs: coordinates in “urn:ogc:def:crs:EPSG::31370” cannot be read; "
                  "export the layer in WGS 84 (EPSG:4326)");
  assert_refused (FEATURES (SQUARE), WIJK_JSON_ERROR_INVALID,
                  "features[0].type: expected a Feature, not a Polygon");
  assert_refused (FEATURES ("{'type': 'Feature', " NAMED ", 'geometry': " SQUARE "},"
                            "{'type': 'Feature', " NAMED ", 'geometry': {'type': 'Point',"
                            " 'coordinates': [4.72, 50.85]}}"),
                  WIJK_JSON_ERROR_INVALID,
                  "features[1].geometry: a plot needs a Polygon or MultiPolygon, not a Point");
  assert_refused (FEATURES ("{'type': 'Feature', " NAMED "}"), WIJK_JSON_ERROR_MISSING,
                  "features[0]: missing required key “geometry”");
  assert_refused (FEATURES ("{'type': 'Feature', " NAMED ", 'geometry': null}"),
                  WIJK_JSON_ERROR_MISSING, "features[0]: missing required key “geometry”");
  assert_refused (FEATURES ("{'type': 'Feature', " NAMED ", 'geometry': {'type': 'Polygon',"
                            " 'coordinates': [[[4.72, 50.85], [4.721, 91], [4.721, 50.851],"
                            " [4.72, 50.85]]]}}"),
                  WIJK_JSON_ERROR_INVALID,
                  "features[0].geometry.coordinates[0][1][1]: latitude 91 is outside [−90, 90]");
  assert_refused (FEATURES ("{'type': 'Feature', " NAMED ", 'geometry': {'type': 'Polygon',"
                            " 'coordinates': [[[4.72, 50.85], [4.721, 50.85], [4.721, 50.851],"
                            " [4.72, 50.851]]]}}"),
                  WIJK_JSON_ERROR_INVALID,
                  "features[0].geometry.coordinates[0]: the ring is not closed "
                  "(its last position must repeat the first)");
  assert_refused (FEATURES ("{'type': 'Feature', 'properties': {'name': 'P', 'owner': 'sony'},"
                            " 'geometry': " SQUARE "}"),
                  WIJK_JSON_ERROR_REFERENCE,
                  "features[0].properties.owner: no organisation “sony”");
  assert_refused (FEATURES ("{'type': 'Feature', 'properties': {'naam': 'P'},"
                            " 'geometry': " SQUARE "}"),
                  WIJK_JSON_ERROR_MISSING, "features[0].properties: missing required key “name”");
  assert_refused (FEATURES ("{'type': 'Feature', 'geometry': " SQUARE "}"),
                  WIJK_JSON_ERROR_MISSING, "features[0]: missing required key “properties”");
  assert_refused (FEATURES ("{'type': 'Feature', 'properties': {'name': 5},"
                            " 'geometry': " SQUARE "}"),
                  WIJK_JSON_ERROR_TYPE, "features[0].properties.name: expected a string");
  assert_refused (FEATURES ("{'type': 'Feature', 'properties': {'name': 'P', 'id': 'a'},"
                            " 'geometry': " SQUARE "},"
                            "{'type': 'Feature', 'properties': {'name': 'Q', 'id': 'a'},"
                            " 'geometry': " SQUARE "}"),
                  WIJK_JSON_ERROR_DUPLICATE,
                  "features[1].properties.id: duplicate id “a” "
                  "(also at features[0].properties.id)");
  assert_refused (FEATURES ("{'type': 'Feature', 'properties': {'name': 'P', 'id': 'taken'},"
                            " 'geometry': " SQUARE "}"),
                  WIJK_JSON_ERROR_DUPLICATE,
                  "features[0].properties.id: the workshop already has a plot with the id "
                  "“taken”");
  assert_refused (FEATURES ("{'type': 'Feature', 'properties': {'name': 'P', 'id': 1.5},"
                            " 'geometry': " SQUARE "}"),
                  WIJK_JSON_ERROR_TYPE,
                  "features[0].properties.id: expected a non-empty string or a whole number");
}

/* Damaged collections load or fail with a message; never a crash. */
static void
test_mutations (void)
{
  static const char noise[] = "{}[]\",:0123456789.eE-+ \x01\xff";
  g_autoptr(WijkWorkshop) ws = workshop ();
  g_autofree char *original = json (
    FEATURES ("{'type': 'Feature', 'properties': {'name': 'Hall 3', 'owner': 'siemens',"
              " 'id': 'p1'}, 'geometry': " SQUARE "},"
              "{'type': 'Feature', 'properties': {'name': 'Car park'}, 'geometry':"
              " {'type': 'MultiPolygon', 'coordinates': [[[[4.73, 50.85], [4.731, 50.85],"
              " [4.731, 50.851], [4.73, 50.85]]]]}}"));
  gsize len = strlen (original);
  g_autoptr(GRand) rand = g_rand_new_with_seed (4727);

  for (guint round = 0; round < 2000; round++)
    {
      g_autofree char *text = g_strdup (original);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) plots = NULL;
      gsize at = g_rand_int_range (rand, 0, len);
      gsize n = g_rand_int_range (rand, 1, 8);

      n = MIN (n, len - at);
      if (g_rand_boolean (rand))
        for (gsize i = 0; i < n; i++)
          text[at + i] = noise[g_rand_int_range (rand, 0, sizeof noise)];
      else
        memmove (text + at, text + at + n, len - at - n + 1);

      plots = wijk_geojson_load_plots (text, strlen (text), ws, &error);
      g_assert_true ((plots == NULL) != (error == NULL));
      if (plots == NULL)
        g_assert_true (error->domain == WIJK_JSON_ERROR);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/wijk/geojson/plots", test_plots);
  g_test_add_func ("/wijk/geojson/streets-and-outline", test_streets_and_outline);
  g_test_add_func ("/wijk/geojson/dump-round-trip", test_dump_round_trip);
  g_test_add_func ("/wijk/geojson/errors", test_errors);
  g_test_add_func ("/wijk/geojson/mutations", test_mutations);

  return g_test_run ();
}
