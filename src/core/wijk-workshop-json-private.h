/* wijk-workshop-json-private.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "wijk-workshop-json.h"

G_BEGIN_DECLS

/* The state of one Workshop JSON read: the workshop filled so far, so that
 * references can be checked against earlier sections, and the ids seen. */
typedef struct
{
  WijkWorkshop *ws;
  GHashTable   *ids;    /* "<kind>\x1f<id>" → path of the first record */
} WijkWorkshopReader;

/* Reads one record of a section at @path; %NULL with @error set when it is
 * refused. The caller adds it to the workshop. */
typedef gpointer (*WijkWorkshopReadRecord) (WijkWorkshopReader  *r,
                                            JsonNode            *node,
                                            const char          *path,
                                            GError             **error);

/* A wijk-validate.h error as a #WIJK_JSON_ERROR_INVALID with @path first. */
void     wijk_workshop_reader_fail                 (GError             **error,
                                                    const char          *path,
                                                    GError              *cause);

gpointer wijk_workshop_reader_read_organisation    (WijkWorkshopReader  *r,
                                                    JsonNode            *node,
                                                    const char          *path,
                                                    GError             **error);
gpointer wijk_workshop_reader_read_purchase_group  (WijkWorkshopReader  *r,
                                                    JsonNode            *node,
                                                    const char          *path,
                                                    GError             **error);
gpointer wijk_workshop_reader_read_plot            (WijkWorkshopReader  *r,
                                                    JsonNode            *node,
                                                    const char          *path,
                                                    GError             **error);
gpointer wijk_workshop_reader_read_action          (WijkWorkshopReader  *r,
                                                    JsonNode            *node,
                                                    const char          *path,
                                                    GError             **error);
gpointer wijk_workshop_reader_read_comment         (WijkWorkshopReader  *r,
                                                    JsonNode            *node,
                                                    const char          *path,
                                                    GError             **error);
gpointer wijk_workshop_reader_read_approval        (WijkWorkshopReader  *r,
                                                    JsonNode            *node,
                                                    const char          *path,
                                                    GError             **error);
gpointer wijk_workshop_reader_read_signature       (WijkWorkshopReader  *r,
                                                    JsonNode            *node,
                                                    const char          *path,
                                                    GError             **error);
gpointer wijk_workshop_reader_read_scenario        (WijkWorkshopReader  *r,
                                                    JsonNode            *node,
                                                    const char          *path,
                                                    GError             **error);

G_END_DECLS
