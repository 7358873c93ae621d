/* wijk-json-text.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/**
 * WIJK_JSON_MAX_DEPTH:
 *
 * How deeply arrays and objects may nest in a document wijk_json_parse()
 * accepts; deeper documents are refused before parsing (the parser
 * recurses).
 */
#define WIJK_JSON_MAX_DEPTH 64

#define WIJK_JSON_ERROR (wijk_json_error_quark ())

/**
 * WijkJsonError:
 * @WIJK_JSON_ERROR_PARSE: the text is not JSON, or is empty
 * @WIJK_JSON_ERROR_TOO_DEEP: arrays and objects nest deeper than
 *   %WIJK_JSON_MAX_DEPTH
 * @WIJK_JSON_ERROR_FORMAT: JSON, but not a document of the expected kind
 *   (another "format", a newer "version", not a FeatureCollection)
 * @WIJK_JSON_ERROR_UNKNOWN_KEY: a key, parameter or factor the format does
 *   not have
 * @WIJK_JSON_ERROR_TYPE: a value of the wrong JSON type
 * @WIJK_JSON_ERROR_MISSING: a required key is missing (or null)
 * @WIJK_JSON_ERROR_DUPLICATE: an id is used twice
 * @WIJK_JSON_ERROR_REFERENCE: an id names a record that is not there
 * @WIJK_JSON_ERROR_INVALID: a value is refused: an unknown enumeration value
 *   or action type, a bad geometry, or a rule of wijk-validate.h
 *
 * Why a JSON document was refused. The readers of Workshop JSON and GeoJSON
 * start every message with the JSON path of the offending value, such as
 * `actions[2].owners[0].org: no organisation “sony”`.
 */
typedef enum
{
  WIJK_JSON_ERROR_PARSE,
  WIJK_JSON_ERROR_TOO_DEEP,
  WIJK_JSON_ERROR_FORMAT,
  WIJK_JSON_ERROR_UNKNOWN_KEY,
  WIJK_JSON_ERROR_TYPE,
  WIJK_JSON_ERROR_MISSING,
  WIJK_JSON_ERROR_DUPLICATE,
  WIJK_JSON_ERROR_REFERENCE,
  WIJK_JSON_ERROR_INVALID,
} WijkJsonError;

GQuark    wijk_json_error_quark   (void);

/**
 * wijk_json_parse:
 * @text: JSON text, not necessarily nul-terminated
 * @len: its length in bytes
 * @error: return location for a #WIJK_JSON_ERROR
 *
 * Parses untrusted JSON text: refuses an empty document and nesting deeper
 * than %WIJK_JSON_MAX_DEPTH, and gives the parser's message otherwise.
 *
 * Returns: (transfer full) (nullable): the root node, or %NULL on error
 */
JsonNode *wijk_json_parse         (const char  *text,
                                   gsize        len,
                                   GError     **error);

/**
 * wijk_json_format_double:
 * @value: a finite number
 *
 * Formats @value in the C locale with the fewest significant digits (15, 16
 * or 17) that read back to the same double; whole numbers have no ".0" and
 * negative zero is written "0".
 *
 * Returns: (transfer full): the number as JSON text
 */
char *wijk_json_format_double (double value);

/**
 * wijk_json_write:
 * @node: the JSON tree to write
 * @pretty: %TRUE for the interchange layout, %FALSE for no whitespace at all
 *
 * Writes @node deterministically: object members in insertion order,
 * numbers with wijk_json_format_double(), strings with only the escapes
 * JSON requires. The pretty layout indents by 2 spaces, puts every object
 * member and every element of an array that holds objects or arrays on its
 * own line, writes arrays of scalars (such as a coordinate pair) on one line
 * as `[4.714, 50.844]`, and ends with a newline.
 *
 * Returns: (transfer full): the JSON text
 */
char *wijk_json_write          (JsonNode *node,
                                gboolean  pretty);

/* A new node that takes over the caller's reference to the object or array
 * (json_node_init_object/_array would add one, and leak the container). */
JsonNode *wijk_json_node_take_object (JsonObject *object);
JsonNode *wijk_json_node_take_array  (JsonArray  *array);

G_END_DECLS
