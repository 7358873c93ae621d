/* wijk-workshop-json.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "wijk-json-text.h"
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

/**
 * wijk_workshop_json_load:
 * @text: Workshop JSON text (need not be nul-terminated)
 * @len: the length of @text in bytes
 * @error: return location for a #WIJK_JSON_ERROR
 *
 * Reads a Workshop JSON document (docs/workshop-json.md): fills in the
 * defaults (catalogue factors and parameters, titles, status), refuses
 * unknown keys, wrong types, missing required keys, duplicate ids and
 * dangling references, and checks every record with wijk-validate.h. Every
 * error message starts with the JSON path of the offending value, such as
 * `actions[2].owners[0].org: no organisation “sony”` (see #WijkJsonError).
 *
 * Returns: (transfer full) (nullable): the workshop, or %NULL on error
 */
WijkWorkshop *wijk_workshop_json_load        (const char          *text,
                                              gsize                len,
                                              GError             **error);

/**
 * wijk_workshop_json_load_file:
 * @path: a file name
 * @error: return location for a #G_FILE_ERROR or #WIJK_JSON_ERROR
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
 * @error: return location for a #WIJK_JSON_ERROR
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
