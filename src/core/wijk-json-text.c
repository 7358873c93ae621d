/* wijk-json-text.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-json"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "wijk-json-text.h"

G_DEFINE_QUARK (wijk-json-error-quark, wijk_json_error)

/* The deepest nesting of arrays and objects, strings skipped. */
static guint
max_depth (const char *text,
           gsize       len)
{
  guint depth = 0, deepest = 0;
  gboolean in_string = FALSE;

  for (gsize i = 0; i < len; i++)
    {
      char c = text[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
          continue;
        }
      if (c == '"')
        in_string = TRUE;
      else if (c == '[' || c == '{')
        {
          depth++;
          deepest = MAX (deepest, depth);
        }
      else if ((c == ']' || c == '}') && depth > 0)
        depth--;
    }
  return deepest;
}

JsonNode *
wijk_json_parse (const char  *text,
                 gsize        len,
                 GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;

  g_return_val_if_fail (text != NULL || len == 0, NULL);

  if (len > G_MAXSSIZE)
    {
      g_set_error (error, WIJK_JSON_ERROR, WIJK_JSON_ERROR_PARSE,
                   _("the document is too large"));
      return NULL;
    }
  if (max_depth (text, len) > WIJK_JSON_MAX_DEPTH)
    {
      g_set_error (error, WIJK_JSON_ERROR, WIJK_JSON_ERROR_TOO_DEEP,
                   _("arrays and objects nest deeper than %d levels"), WIJK_JSON_MAX_DEPTH);
      return NULL;
    }

  parser = json_parser_new_immutable ();
  if (len == 0 || !json_parser_load_from_data (parser, text, (gssize) len, &local_error))
    {
      g_set_error (error, WIJK_JSON_ERROR, WIJK_JSON_ERROR_PARSE,
                   _("not valid JSON: %s"),
                   local_error != NULL ? local_error->message : _("the document is empty"));
      return NULL;
    }
  root = json_parser_get_root (parser);
  if (root == NULL)
    {
      g_set_error (error, WIJK_JSON_ERROR, WIJK_JSON_ERROR_PARSE,
                   _("not valid JSON: %s"), _("the document is empty"));
      return NULL;
    }
  return json_node_copy (root);
}

char *
wijk_json_format_double (double value)
{
  static const char * const formats[] = { "%.15g", "%.16g", "%.17g" };
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_val_if_fail (isfinite (value), g_strdup ("null"));

  if (value == 0)
    return g_strdup ("0");

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_ascii_formatd (buf, sizeof buf, formats[i], value);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }
  return g_strdup (buf);
}

static void
write_string (GString    *out,
              const char *str)
{
  g_string_append_c (out, '"');
  for (const char *p = str; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      switch (c)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        default:
          if (c < 0x20)
            g_string_append_printf (out, "\\u%04x", c);
          else
            g_string_append_c (out, (char) c);
          break;
        }
    }
  g_string_append_c (out, '"');
}

static void
write_value (GString  *out,
             JsonNode *node)
{
  GType type = json_node_get_value_type (node);

  if (type == G_TYPE_INT64)
    g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
  else if (type == G_TYPE_DOUBLE)
    {
      g_autofree char *number = wijk_json_format_double (json_node_get_double (node));

      g_string_append (out, number);
    }
  else if (type == G_TYPE_BOOLEAN)
    g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
  else if (type == G_TYPE_STRING)
    write_string (out, json_node_get_string (node));
  else
    g_assert_not_reached ();
}

static void
newline (GString  *out,
         gboolean  pretty,
         guint     depth)
{
  if (!pretty)
    return;
  g_string_append_c (out, '\n');
  for (guint i = 0; i < depth; i++)
    g_string_append (out, "  ");
}

static gboolean
array_is_flat (JsonArray *array)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNodeType type = json_node_get_node_type (json_array_get_element (array, i));

      if (type == JSON_NODE_OBJECT || type == JSON_NODE_ARRAY)
        return FALSE;
    }
  return TRUE;
}

static void write_node (GString *out, JsonNode *node, gboolean pretty, guint depth);

static void
write_object (GString    *out,
              JsonObject *object,
              gboolean    pretty,
              guint       depth)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;
  gboolean first = TRUE;

  if (json_object_get_size (object) == 0)
    {
      g_string_append (out, "{}");
      return;
    }

  g_string_append_c (out, '{');
  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &member))
    {
      if (!first)
        g_string_append_c (out, ',');
      first = FALSE;
      newline (out, pretty, depth + 1);
      write_string (out, name);
      g_string_append (out, pretty ? ": " : ":");
      write_node (out, member, pretty, depth + 1);
    }
  newline (out, pretty, depth);
  g_string_append_c (out, '}');
}

static void
write_array (GString   *out,
             JsonArray *array,
             gboolean   pretty,
             guint      depth)
{
  guint n = json_array_get_length (array);
  gboolean flat = array_is_flat (array);

  g_string_append_c (out, '[');
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (out, pretty && flat ? ", " : ",");
      if (!flat)
        newline (out, pretty, depth + 1);
      write_node (out, json_array_get_element (array, i), pretty, depth + 1);
    }
  if (!flat && n > 0)
    newline (out, pretty, depth);
  g_string_append_c (out, ']');
}

static void
write_node (GString  *out,
            JsonNode *node,
            gboolean  pretty,
            guint     depth)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      write_object (out, json_node_get_object (node), pretty, depth);
      break;
    case JSON_NODE_ARRAY:
      write_array (out, json_node_get_array (node), pretty, depth);
      break;
    case JSON_NODE_VALUE:
      write_value (out, node);
      break;
    case JSON_NODE_NULL:
    default:
      g_string_append (out, "null");
      break;
    }
}

char *
wijk_json_write (JsonNode *node,
                 gboolean  pretty)
{
  GString *out;

  g_return_val_if_fail (node != NULL, NULL);

  out = g_string_new (NULL);
  write_node (out, node, pretty, 0);
  if (pretty)
    g_string_append_c (out, '\n');
  return g_string_free (out, FALSE);
}

JsonNode *
wijk_json_node_take_object (JsonObject *object)
{
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  json_node_take_object (node, object);
  return node;
}

JsonNode *
wijk_json_node_take_array (JsonArray *array)
{
  JsonNode *node = json_node_new (JSON_NODE_ARRAY);

  json_node_take_array (node, array);
  return node;
}
