/* wijk-json-reader.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "wijk-json-text.h"

G_BEGIN_DECLS

/* Reading values out of untrusted JSON documents for the Workshop JSON and
 * GeoJSON readers. Every error is a #WIJK_JSON_ERROR whose message starts
 * with a JSON path: @path names the object being read ("" for the root),
 * and a member's path is "<path>.<key>", an element's "<path>[<index>]".
 *
 * The readers of optional members leave *value alone when the member is
 * absent or null, and fail when a required one is. */

/* Sets @error to "<path>: <message>" (just the message when @path is
 * %NULL or ""). */
void        wijk_json_fail         (GError             **error,
                                    WijkJsonError        code,
                                    const char          *path,
                                    const char          *format,
                                    ...) G_GNUC_PRINTF (4, 5);

char       *wijk_json_member_path  (const char          *path,
                                    const char          *key);
char       *wijk_json_index_path   (const char          *path,
                                    guint                index);

/* The member, or %NULL when it is absent or null (null means "not set"). */
JsonNode   *wijk_json_member       (JsonObject          *object,
                                    const char          *key);
/* Fails with the first key of @object that is not in @allowed. */
gboolean    wijk_json_check_keys   (JsonObject          *object,
                                    const char          *path,
                                    const char * const  *allowed,
                                    GError             **error);
JsonObject *wijk_json_expect_object (JsonNode           *node,
                                     const char         *path,
                                     GError            **error);
JsonArray  *wijk_json_expect_array (JsonNode            *node,
                                    const char          *path,
                                    GError             **error);
/* %FALSE when @key is @required and missing; else *node is the member or
 * %NULL. */
gboolean    wijk_json_lookup       (JsonObject          *object,
                                    const char          *path,
                                    const char          *key,
                                    gboolean             required,
                                    JsonNode           **node,
                                    GError             **error);
gboolean    wijk_json_holds        (JsonNode            *node,
                                    GType                type);
gboolean    wijk_json_is_number    (JsonNode            *node);

gboolean    wijk_json_read_string  (JsonObject          *object,
                                    const char          *path,
                                    const char          *key,
                                    gboolean             required,
                                    char               **value,
                                    GError             **error);
gboolean    wijk_json_read_number  (JsonObject          *object,
                                    const char          *path,
                                    const char          *key,
                                    gboolean             required,
                                    double              *value,
                                    GError             **error);
/* An optional whole number in [@min, @max]; 2027.0 counts as whole. */
gboolean    wijk_json_read_integer (JsonObject          *object,
                                    const char          *path,
                                    const char          *key,
                                    gint64               min,
                                    gint64               max,
                                    gint64              *value,
                                    GError             **error);
gboolean    wijk_json_read_int     (JsonObject          *object,
                                    const char          *path,
                                    const char          *key,
                                    gint                *value,
                                    GError             **error);
gboolean    wijk_json_read_bool    (JsonObject          *object,
                                    const char          *path,
                                    const char          *key,
                                    gboolean            *value,
                                    GError             **error);

/* The machine name of an enumeration's value, for 0 ≤ @value < n. */
typedef const char *(*WijkJsonEnumName) (guint value);

gboolean    wijk_json_read_enum    (JsonObject          *object,
                                    const char          *path,
                                    const char          *key,
                                    gboolean             required,
                                    WijkJsonEnumName     name_of,
                                    guint                n_values,
                                    guint               *value,
                                    GError             **error);
/* Any JSON value kept as text: a string as it is, anything else written
 * compactly with wijk_json_write(). */
gboolean    wijk_json_read_text    (JsonObject          *object,
                                    const char          *path,
                                    const char          *key,
                                    char               **value,
                                    GError             **error);

G_END_DECLS
