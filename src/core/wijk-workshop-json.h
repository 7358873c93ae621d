/* wijk-workshop-json.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "wijk-workshop.h"

G_BEGIN_DECLS

/**
 * WIJK_WORKSHOP_JSON_FORMAT:
 *
 * The value of the "format" key of a Workshop JSON document.
 */
#define WIJK_WORKSHOP_JSON_FORMAT "wijkpact-workshop"

/**
 * WIJK_WORKSHOP_JSON_VERSION:
 *
 * The version of the Workshop JSON format this code writes and the newest
 * it reads.
 */
#define WIJK_WORKSHOP_JSON_VERSION 1

#define WIJK_WORKSHOP_JSON_ERROR (wijk_workshop_json_error_quark ())

/**
 * WijkWorkshopJsonError:
 * @WIJK_WORKSHOP_JSON_ERROR_PARSE: the text is not JSON (or nests too deeply)
 * @WIJK_WORKSHOP_JSON_ERROR_FORMAT: not a Workshop JSON document, or a newer
 *   version of it
 * @WIJK_WORKSHOP_JSON_ERROR_UNKNOWN_KEY: a key, parameter or factor that the
 *   format does not have
 * @WIJK_WORKSHOP_JSON_ERROR_TYPE: a value of the wrong JSON type
 * @WIJK_WORKSHOP_JSON_ERROR_MISSING: a required key is missing
 * @WIJK_WORKSHOP_JSON_ERROR_DUPLICATE: an id is used twice
 * @WIJK_WORKSHOP_JSON_ERROR_REFERENCE: an id names a record that is not there
 * @WIJK_WORKSHOP_JSON_ERROR_INVALID: a value is refused: unknown enumeration
 *   value or action type, bad geometry, or a rule of wijk-validate.h
 *
 * Every message starts with the JSON path of the offending value, such as
 * `actions[2].owners[0].org: no organisation “sony”` (see
 * docs/workshop-json.md).
 */
typedef enum
{
  WIJK_WORKSHOP_JSON_ERROR_PARSE,
  WIJK_WORKSHOP_JSON_ERROR_FORMAT,
  WIJK_WORKSHOP_JSON_ERROR_UNKNOWN_KEY,
  WIJK_WORKSHOP_JSON_ERROR_TYPE,
  WIJK_WORKSHOP_JSON_ERROR_MISSING,
  WIJK_WORKSHOP_JSON_ERROR_DUPLICATE,
  WIJK_WORKSHOP_JSON_ERROR_REFERENCE,
  WIJK_WORKSHOP_JSON_ERROR_INVALID,
} WijkWorkshopJsonError;

GQuark        wijk_workshop_json_error_quark (void);

/**
 * wijk_workshop_json_load:
 * @text: Workshop JSON text (need not be nul-terminated)
 * @len: the length of @text in bytes
 * @error: return location for a #WIJK_WORKSHOP_JSON_ERROR
 *
 * Reads a Workshop JSON document (docs/workshop-json.md): fills in the
 * defaults (catalogue factors and parameters, titles, status), refuses
 * unknown keys, wrong types, missing required keys, duplicate ids and
 * dangling references, and checks every record with wijk-validate.h.
 *
 * Returns: (transfer full) (nullable): the workshop, or %NULL on error
 */
WijkWorkshop *wijk_workshop_json_load        (const char          *text,
                                              gsize                len,
                                              GError             **error);

/**
 * wijk_workshop_json_load_file:
 * @path: a file name
 * @error: return location for a #G_FILE_ERROR or #WIJK_WORKSHOP_JSON_ERROR
 *
 * wijk_workshop_json_load() on the contents of @path.
 *
 * Returns: (transfer full) (nullable): the workshop, or %NULL on error
 */
WijkWorkshop *wijk_workshop_json_load_file   (const char          *path,
                                              GError             **error);

/**
 * wijk_workshop_json_load_node:
 * @root: a parsed Workshop JSON document
 * @error: return location for a #WIJK_WORKSHOP_JSON_ERROR
 *
 * wijk_workshop_json_load() on an already parsed document.
 *
 * Returns: (transfer full) (nullable): the workshop, or %NULL on error
 */
WijkWorkshop *wijk_workshop_json_load_node   (JsonNode            *root,
                                              GError             **error);

/**
 * wijk_workshop_json_to_node:
 * @ws: a workshop
 *
 * The workshop as a Workshop JSON tree, keys in the documented order.
 *
 * Returns: (transfer full): the document's root
 */
JsonNode     *wijk_workshop_json_to_node     (const WijkWorkshop  *ws);

/**
 * wijk_workshop_json_dump:
 * @ws: a workshop
 *
 * The workshop as Workshop JSON text: deterministic (fixed key order,
 * 2-space indentation, numbers in their shortest exact form), so that
 * export → import → export gives the same bytes.
 *
 * Returns: (transfer full): the text, ending with a newline
 */
char         *wijk_workshop_json_dump        (const WijkWorkshop  *ws);

G_END_DECLS
