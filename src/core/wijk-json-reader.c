/* wijk-json-reader.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Reading values out of untrusted JSON documents, with errors that start
 * with the JSON path of the offending value. Shared by the Workshop JSON
 * and GeoJSON readers. */

#define G_LOG_DOMAIN "wijk-json"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdarg.h>
#include <string.h>

#include "wijk-json-reader.h"
#include "wijk-json-text.h"

void
wijk_json_fail (GError        **error,
                WijkJsonError   code,
                const char     *path,
                const char     *format,
                ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (path != NULL && *path != '\0')
    g_set_error (error, WIJK_JSON_ERROR, code, "%s: %s", path, message);
  else
    g_set_error_literal (error, WIJK_JSON_ERROR, code, message);
}

char *
wijk_json_member_path (const char *path,
                       const char *key)
{
  return *path != '\0' ? g_strconcat (path, ".", key, NULL) : g_strdup (key);
}

char *
wijk_json_index_path (const char *path,
                      guint       index)
{
  return g_strdup_printf ("%s[%u]", path, index);
}

/* Reading values */

JsonNode *
wijk_json_member (JsonObject *object,
                  const char *key)
{
  JsonNode *node = json_object_get_member (object, key);

  return node != NULL && !JSON_NODE_HOLDS_NULL (node) ? node : NULL;
}

gboolean
wijk_json_check_keys (JsonObject          *object,
                      const char          *path,
                      const char * const  *allowed,
                      GError             **error)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    {
      if (!g_strv_contains (allowed, name))
        {
          g_autofree char *sub = wijk_json_member_path (path, name);

          wijk_json_fail (error, WIJK_JSON_ERROR_UNKNOWN_KEY, sub, _("unknown key"));
          return FALSE;
        }
    }
  return TRUE;
}

JsonObject *
wijk_json_expect_object (JsonNode    *node,
                         const char  *path,
                         GError     **error)
{
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      wijk_json_fail (error, WIJK_JSON_ERROR_TYPE, path, _("expected an object"));
      return NULL;
    }
  return json_node_get_object (node);
}

JsonArray *
wijk_json_expect_array (JsonNode    *node,
                        const char  *path,
                        GError     **error)
{
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      wijk_json_fail (error, WIJK_JSON_ERROR_TYPE, path, _("expected an array"));
      return NULL;
    }
  return json_node_get_array (node);
}

gboolean
wijk_json_lookup (JsonObject  *object,
                  const char  *path,
                  const char  *key,
                  gboolean     required,
                  JsonNode   **node,
                  GError     **error)
{
  *node = wijk_json_member (object, key);
  if (*node == NULL && required)
    {
      wijk_json_fail (error, WIJK_JSON_ERROR_MISSING, path, _("missing required key “%s”"), key);
      return FALSE;
    }
  return TRUE;
}

gboolean
wijk_json_holds (JsonNode *node,
                 GType     type)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

static gboolean
holds_string (JsonNode *node)
{
  return wijk_json_holds (node, G_TYPE_STRING);
}

static gboolean
holds_boolean (JsonNode *node)
{
  return wijk_json_holds (node, G_TYPE_BOOLEAN);
}

/* wijk_json_lookup(), then a type check: a present value that @holds does
 * not accept fails with the untranslated message @expected. */
static gboolean
lookup_typed (JsonObject  *object,
              const char  *path,
              const char  *key,
              gboolean     required,
              gboolean   (*holds) (JsonNode *node),
              const char  *expected,
              JsonNode   **node,
              GError     **error)
{
  if (!wijk_json_lookup (object, path, key, required, node, error))
    return FALSE;
  if (*node != NULL && !holds (*node))
    {
      g_autofree char *sub = wijk_json_member_path (path, key);

      wijk_json_fail (error, WIJK_JSON_ERROR_TYPE, sub, "%s", _(expected));
      return FALSE;
    }
  return TRUE;
}

gboolean
wijk_json_read_string (JsonObject  *object,
                       const char  *path,
                       const char  *key,
                       gboolean     required,
                       char       **value,
                       GError     **error)
{
  JsonNode *node;

  if (!lookup_typed (object, path, key, required, holds_string, N_("expected a string"), &node,
                     error))
    return FALSE;
  if (node != NULL)
    {
      g_free (*value);
      *value = g_strdup (json_node_get_string (node));
    }
  return TRUE;
}

gboolean
wijk_json_is_number (JsonNode *node)
{
  return wijk_json_holds (node, G_TYPE_INT64) || wijk_json_holds (node, G_TYPE_DOUBLE);
}

gboolean
wijk_json_read_number (JsonObject  *object,
                       const char  *path,
                       const char  *key,
                       gboolean     required,
                       double      *value,
                       GError     **error)
{
  JsonNode *node;

  if (!lookup_typed (object, path, key, required, wijk_json_is_number, N_("expected a number"),
                     &node, error))
    return FALSE;
  if (node != NULL)
    *value = json_node_get_double (node);
  return TRUE;
}

/* A JSON number as a whole gint64, if it is one; 2027.0 counts. */
static gboolean
node_get_whole (JsonNode *node,
                gint64   *value)
{
  double d;

  if (wijk_json_holds (node, G_TYPE_INT64))
    {
      *value = json_node_get_int (node);
      return TRUE;
    }
  if (!wijk_json_holds (node, G_TYPE_DOUBLE))
    return FALSE;
  d = json_node_get_double (node);
  /* 2⁶³ is the first double above G_MAXINT64; NaN fails the first test. */
  if (!(d == floor (d)) || d < -9223372036854775808.0 || d >= 9223372036854775808.0)
    return FALSE;
  *value = (gint64) d;
  return TRUE;
}

gboolean
wijk_json_read_integer (JsonObject  *object,
                        const char  *path,
                        const char  *key,
                        gint64       min,
                        gint64       max,
                        gint64      *value,
                        GError     **error)
{
  g_autofree char *sub = NULL;
  JsonNode *node;
  gint64 v;

  if (!wijk_json_lookup (object, path, key, FALSE, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;

  sub = wijk_json_member_path (path, key);
  if (!node_get_whole (node, &v))
    {
      wijk_json_fail (error, WIJK_JSON_ERROR_TYPE, sub, _("expected a whole number"));
      return FALSE;
    }
  if (v < min || v > max)
    {
      if (max == G_MAXINT64)
        wijk_json_fail (error, WIJK_JSON_ERROR_INVALID, sub,
                        _("%lld is less than %lld"), (long long) v, (long long) min);
      else
        wijk_json_fail (error, WIJK_JSON_ERROR_INVALID, sub,
                        _("%lld is outside %lld–%lld"), (long long) v, (long long) min,
                        (long long) max);
      return FALSE;
    }
  *value = v;
  return TRUE;
}

gboolean
wijk_json_read_int (JsonObject  *object,
                    const char  *path,
                    const char  *key,
                    gint        *value,
                    GError     **error)
{
  gint64 v = *value;

  if (!wijk_json_read_integer (object, path, key, G_MININT, G_MAXINT, &v, error))
    return FALSE;
  *value = (gint) v;
  return TRUE;
}

gboolean
wijk_json_read_bool (JsonObject  *object,
                     const char  *path,
                     const char  *key,
                     gboolean    *value,
                     GError     **error)
{
  JsonNode *node;

  if (!lookup_typed (object, path, key, FALSE, holds_boolean, N_("expected true or false"),
                     &node, error))
    return FALSE;
  if (node != NULL)
    *value = json_node_get_boolean (node);
  return TRUE;
}

gboolean
wijk_json_read_enum (JsonObject        *object,
                     const char        *path,
                     const char        *key,
                     gboolean           required,
                     WijkJsonEnumName   name_of,
                     guint              n_values,
                     guint             *value,
                     GError           **error)
{
  g_autofree char *str = NULL;
  g_autofree char *sub = NULL;
  g_autoptr(GString) expected = NULL;

  if (!wijk_json_read_string (object, path, key, required, &str, error))
    return FALSE;
  if (str == NULL)
    return TRUE;

  for (guint i = 0; i < n_values; i++)
    {
      if (strcmp (str, name_of (i)) == 0)
        {
          *value = i;
          return TRUE;
        }
    }

  expected = g_string_new (NULL);
  for (guint i = 0; i < n_values; i++)
    g_string_append_printf (expected, "%s%s", i > 0 ? ", " : "", name_of (i));
  sub = wijk_json_member_path (path, key);
  wijk_json_fail (error, WIJK_JSON_ERROR_INVALID, sub,
                  _("unknown value “%s” (expected one of %s)"), str, expected->str);
  return FALSE;
}

gboolean
wijk_json_read_text (JsonObject  *object,
                     const char  *path,
                     const char  *key,
                     char       **value,
                     GError     **error)
{
  JsonNode *node;

  if (!wijk_json_lookup (object, path, key, FALSE, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;
  g_free (*value);
  if (wijk_json_holds (node, G_TYPE_STRING))
    *value = g_strdup (json_node_get_string (node));
  else
    *value = wijk_json_write (node, FALSE);
  return TRUE;
}

