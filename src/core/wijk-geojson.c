/* wijk-geojson.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* GeoJSON plot import and export. GeoJSON comes from GIS tools (QGIS, a
 * municipality's open data), so members and properties we do not use are
 * ignored rather than refused; what we use is checked strictly. */

#define G_LOG_DOMAIN "wijk-geojson"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "wijk-geojson.h"
#include "wijk-geometry.h"
#include "wijk-json-reader.h"
#include "wijk-json-text.h"
#include "wijk-validate.h"

/* Names of WGS 84 longitude/latitude in the "crs" member of older GeoJSON
 * (QGIS still writes it). */
static const char * const wgs84_names[] = {
  "urn:ogc:def:crs:OGC:1.3:CRS84",
  "urn:ogc:def:crs:OGC::CRS84",
  "urn:ogc:def:crs:EPSG::4326",
  "EPSG:4326",
  NULL
};

static gboolean
check_crs (JsonObject  *root,
           GError     **error)
{
  JsonNode *crs = wijk_json_member (root, "crs");
  JsonNode *properties, *name_node;
  const char *name = NULL;

  if (crs == NULL)
    return TRUE;

  /* {"type": "name", "properties": {"name": "urn:ogc:def:crs:…"}} */
  properties = JSON_NODE_HOLDS_OBJECT (crs)
               ? wijk_json_member (json_node_get_object (crs), "properties") : NULL;
  name_node = properties != NULL && JSON_NODE_HOLDS_OBJECT (properties)
              ? wijk_json_member (json_node_get_object (properties), "name") : NULL;
  if (name_node != NULL && wijk_json_holds (name_node, G_TYPE_STRING))
    name = json_node_get_string (name_node);

  if (name != NULL && g_strv_contains (wgs84_names, name))
    return TRUE;
  wijk_json_fail (error, WIJK_JSON_ERROR_FORMAT, "crs",
                  _("coordinates in “%s” cannot be read; export the layer in WGS 84 "
                    "(EPSG:4326)"),
                  name != NULL ? name : _("an unknown reference system"));
  return FALSE;
}

/* The feature's id: properties.id, or the feature's own id, or a new one. */
static gboolean
read_id (JsonObject  *feature,
         JsonObject  *properties,
         const char  *path,
         char       **id,
         GError     **error)
{
  JsonNode *node = wijk_json_member (properties, "id");
  g_autofree char *props_path = wijk_json_member_path (path, "properties");
  const char *where = props_path;

  if (node == NULL)
    {
      node = wijk_json_member (feature, "id");
      where = path;
    }
  if (node == NULL)
    {
      *id = wijk_new_id ();
      return TRUE;
    }
  if (wijk_json_holds (node, G_TYPE_STRING) && *json_node_get_string (node) != '\0')
    *id = g_strdup (json_node_get_string (node));
  else if (wijk_json_holds (node, G_TYPE_INT64))
    *id = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
  else
    {
      g_autofree char *sub = wijk_json_member_path (where, "id");

      wijk_json_fail (error, WIJK_JSON_ERROR_TYPE, sub,
                      _("expected a non-empty string or a whole number"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_unique (GHashTable          *seen,
              const WijkWorkshop  *ws,
              const char          *id,
              const char          *path,
              GError             **error)
{
  const char *first = g_hash_table_lookup (seen, id);

  if (first != NULL)
    {
      wijk_json_fail (error, WIJK_JSON_ERROR_DUPLICATE, path,
                      _("duplicate id “%s” (also at %s)"), id, first);
      return FALSE;
    }
  if (ws != NULL && wijk_workshop_find_plot (ws, id) != NULL)
    {
      wijk_json_fail (error, WIJK_JSON_ERROR_DUPLICATE, path,
                      _("the workshop already has a plot with the id “%s”"), id);
      return FALSE;
    }
  g_hash_table_insert (seen, g_strdup (id), g_strdup (path));
  return TRUE;
}

static gboolean
geometry_fits (const WijkGeometry  *geometry,
               const char          *kind,
               const char          *path,
               GError             **error)
{
  static const char * const names[] = { "Point", "LineString", "Polygon", "MultiPolygon" };
  gboolean street = g_str_equal (kind, "street");
  gboolean ok = street ? geometry->kind == WIJK_GEOMETRY_LINE_STRING
                       : (geometry->kind == WIJK_GEOMETRY_POLYGON ||
                          geometry->kind == WIJK_GEOMETRY_MULTI_POLYGON);

  if (ok)
    return TRUE;
  if (street)
    wijk_json_fail (error, WIJK_JSON_ERROR_INVALID, path,
                    _("a street needs a LineString, not a %s"), names[geometry->kind]);
  else
    wijk_json_fail (error, WIJK_JSON_ERROR_INVALID, path,
                    /* Translators: the first %s is "plot" or "outline" */
                    _("a %s needs a Polygon or MultiPolygon, not a %s"),
                    kind, names[geometry->kind]);
  return FALSE;
}

static WijkGeometry *
read_feature_geometry (JsonObject  *feature,
                       const char  *path,
                       const char  *kind,
                       GError     **error)
{
  g_autofree char *sub = wijk_json_member_path (path, "geometry");
  g_autoptr(WijkGeometry) geometry = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonNode *node;

  if (!wijk_json_lookup (feature, path, "geometry", TRUE, &node, error))
    return NULL;
  geometry = wijk_geometry_from_json_node_at (node, sub, &local_error);
  if (geometry == NULL)
    {
      wijk_json_fail (error, WIJK_JSON_ERROR_INVALID, NULL, "%s", local_error->message);
      return NULL;
    }
  if (!geometry_fits (geometry, kind, sub, error))
    return NULL;
  return g_steal_pointer (&geometry);
}

static JsonObject *
read_feature_object (JsonNode    *node,
                     const char  *path,
                     GError     **error)
{
  g_autofree char *type = NULL;
  JsonObject *feature = wijk_json_expect_object (node, path, error);

  if (feature == NULL ||
      !wijk_json_read_string (feature, path, "type", TRUE, &type, error))
    return NULL;
  if (!g_str_equal (type, "Feature"))
    {
      g_autofree char *sub = wijk_json_member_path (path, "type");

      wijk_json_fail (error, WIJK_JSON_ERROR_INVALID, sub,
                      _("expected a Feature, not a %s"), type);
      return NULL;
    }
  return feature;
}

static WijkPlot *
read_feature (JsonNode            *node,
              const char          *path,
              const WijkWorkshop  *ws,
              const char          *kind,
              GHashTable          *seen,
              GError             **error)
{
  g_autoptr(WijkPlot) plot = wijk_plot_new (NULL);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *props_path = wijk_json_member_path (path, "properties");
  g_autofree char *id_path = NULL;
  JsonObject *feature, *properties;
  JsonNode *props_node;

  feature = read_feature_object (node, path, error);
  if (feature == NULL ||
      !wijk_json_lookup (feature, path, "properties", TRUE, &props_node, error))
    return NULL;
  properties = wijk_json_expect_object (props_node, props_path, error);
  if (properties == NULL)
    return NULL;

  g_free (plot->kind);
  plot->kind = g_strdup (kind);
  if (!read_id (feature, properties, path, &plot->id, error))
    return NULL;
  id_path = wijk_json_member_path (props_path, "id");
  if (!check_unique (seen, ws, plot->id, id_path, error) ||
      !wijk_json_read_string (properties, props_path, "name", TRUE, &plot->name, error) ||
      !wijk_json_read_string (properties, props_path, "owner", FALSE, &plot->owner_org, error) ||
      !wijk_json_read_bool (properties, props_path, "approximate", &plot->approximate, error))
    return NULL;

  if (plot->owner_org != NULL &&
      (ws == NULL || wijk_workshop_find_organisation (ws, plot->owner_org) == NULL))
    {
      g_autofree char *sub = wijk_json_member_path (props_path, "owner");

      wijk_json_fail (error, WIJK_JSON_ERROR_REFERENCE, sub,
                      _("no organisation “%s”"), plot->owner_org);
      return NULL;
    }

  plot->geometry = read_feature_geometry (feature, path, kind, error);
  if (plot->geometry == NULL)
    return NULL;

  if (!wijk_validate_plot (ws, plot, &local_error))
    {
      wijk_json_fail (error, WIJK_JSON_ERROR_INVALID, path, "%s", local_error->message);
      return NULL;
    }
  return g_steal_pointer (&plot);
}

static JsonArray *
read_collection (JsonNode  *root,
                 GError   **error)
{
  g_autofree char *type = NULL;
  JsonObject *object;
  JsonNode *features;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      wijk_json_fail (error, WIJK_JSON_ERROR_FORMAT, NULL,
                      _("not a GeoJSON FeatureCollection: the document is not a JSON object"));
      return NULL;
    }
  object = json_node_get_object (root);
  if (!wijk_json_read_string (object, "", "type", TRUE, &type, error))
    return NULL;
  if (!g_str_equal (type, "FeatureCollection"))
    {
      wijk_json_fail (error, WIJK_JSON_ERROR_FORMAT, "type",
                      _("expected a FeatureCollection, not a %s"), type);
      return NULL;
    }
  if (!check_crs (object, error) ||
      !wijk_json_lookup (object, "", "features", TRUE, &features, error))
    return NULL;
  return wijk_json_expect_array (features, "features", error);
}

GPtrArray *
wijk_geojson_load_features (const char          *text,
                            gsize                len,
                            const WijkWorkshop  *ws,
                            const char          *kind,
                            GError             **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) plots = NULL;
  g_autoptr(GHashTable) seen = NULL;
  JsonArray *features;

  g_return_val_if_fail (text != NULL || len == 0, NULL);
  g_return_val_if_fail (g_strcmp0 (kind, "plot") == 0 || g_strcmp0 (kind, "outline") == 0 ||
                        g_strcmp0 (kind, "street") == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  root = wijk_json_parse (text, len, error);
  if (root == NULL)
    return NULL;
  features = read_collection (root, error);
  if (features == NULL)
    return NULL;

  plots = g_ptr_array_new_with_free_func ((GDestroyNotify) wijk_plot_free);
  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < json_array_get_length (features); i++)
    {
      g_autofree char *path = wijk_json_index_path ("features", i);
      WijkPlot *plot = read_feature (json_array_get_element (features, i), path, ws, kind,
                                     seen, error);

      if (plot == NULL)
        return NULL;
      g_ptr_array_add (plots, plot);
    }
  return g_steal_pointer (&plots);
}

GPtrArray *
wijk_geojson_load_plots (const char          *text,
                         gsize                len,
                         const WijkWorkshop  *ws,
                         GError             **error)
{
  return wijk_geojson_load_features (text, len, ws, "plot", error);
}

static JsonNode *
plot_to_feature (const WijkPlot *plot)
{
  JsonObject *feature = json_object_new ();
  JsonObject *properties = json_object_new ();

  if (plot->id != NULL)
    json_object_set_string_member (properties, "id", plot->id);
  if (plot->name != NULL)
    json_object_set_string_member (properties, "name", plot->name);
  if (plot->kind != NULL)
    json_object_set_string_member (properties, "kind", plot->kind);
  if (plot->owner_org != NULL)
    json_object_set_string_member (properties, "owner", plot->owner_org);
  json_object_set_boolean_member (properties, "approximate", plot->approximate);

  json_object_set_string_member (feature, "type", "Feature");
  json_object_set_object_member (feature, "properties", properties);
  if (plot->geometry != NULL)
    json_object_set_member (feature, "geometry", wijk_geometry_to_json_node (plot->geometry));
  else
    json_object_set_null_member (feature, "geometry");
  return wijk_json_node_take_object (feature);
}

char *
wijk_geojson_dump_plots (const GPtrArray *plots)
{
  g_autoptr(JsonNode) root = NULL;
  JsonObject *collection;
  JsonArray *features;

  g_return_val_if_fail (plots != NULL, NULL);

  features = json_array_sized_new (plots->len);
  for (guint i = 0; i < plots->len; i++)
    json_array_add_element (features, plot_to_feature (g_ptr_array_index (plots, i)));

  collection = json_object_new ();
  json_object_set_string_member (collection, "type", "FeatureCollection");
  json_object_set_array_member (collection, "features", features);
  root = wijk_json_node_take_object (collection);
  return wijk_json_write (root, TRUE);
}
