/* wijk-bundled.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-bundled"

#include "config.h"

#include <gio/gio.h>

#include "wijk-bundled.h"
#include "wijk-core-resources.h"
#include "wijk-geojson.h"
#include "wijk-validate.h"
#include "wijk-workshop-json.h"

#define HAASRODE_RESOURCES "/io/github/wijkpact/Wijkpact/core/haasrode/"

static GBytes *
lookup (const char  *name,
        GError     **error)
{
  g_autofree char *path = g_strconcat (HAASRODE_RESOURCES, name, NULL);

  return g_resource_lookup_data (wijk_core_get_resource (), path,
                                 G_RESOURCE_LOOKUP_FLAGS_NONE, error);
}

static gboolean
add_features (WijkWorkshop  *ws,
              const char    *name,
              const char    *kind,
              GError       **error)
{
  g_autoptr(GBytes) bytes = lookup (name, error);
  g_autoptr(GPtrArray) plots = NULL;
  gsize len;
  const char *text;

  if (bytes == NULL)
    return FALSE;
  text = g_bytes_get_data (bytes, &len);
  plots = wijk_geojson_load_features (text, len, ws, kind, error);
  if (plots == NULL)
    {
      g_prefix_error (error, "%s: ", name);
      return FALSE;
    }
  g_ptr_array_extend_and_steal (ws->plots, g_steal_pointer (&plots));
  return TRUE;
}

WijkWorkshop *
wijk_bundled_load_haasrode (GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(WijkWorkshop) ws = NULL;
  gsize len;
  const char *text;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = lookup ("workshop.json", error);
  if (bytes == NULL)
    return NULL;
  text = g_bytes_get_data (bytes, &len);
  ws = wijk_workshop_json_load (text, len, error);
  if (ws == NULL)
    {
      g_prefix_error (error, "workshop.json: ");
      return NULL;
    }

  if (!add_features (ws, "outline.geojson", "outline", error) ||
      !add_features (ws, "streets.geojson", "street", error) ||
      !add_features (ws, "plots.geojson", "plot", error) ||
      !wijk_validate_workshop (ws, error))
    return NULL;

  return g_steal_pointer (&ws);
}
