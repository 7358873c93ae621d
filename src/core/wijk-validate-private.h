/* wijk-validate-private.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wijk-validate.h"

G_BEGIN_DECLS

/* The checks every rule is made of, shared by wijk-validate*.c. @record is
 * the already translated name of the record the field belongs to, such as
 * "Action “PV on hall 3”"; each sets a #WIJK_VALIDATE_ERROR naming the
 * record, the field and the value. */
gboolean wijk_check_text           (const char          *record,
                                    const char          *field,
                                    const char          *value,
                                    gboolean             required,
                                    GError             **error);
gboolean wijk_check_number         (const char          *record,
                                    const char          *field,
                                    double               value,
                                    double               min,
                                    double               max,
                                    GError             **error);
gboolean wijk_check_year           (const char          *record,
                                    const char          *field,
                                    gint64               year,
                                    GError             **error);
gboolean wijk_check_enum           (const char          *record,
                                    const char          *field,
                                    guint                value,
                                    guint                n_values,
                                    GError             **error);
gboolean wijk_check_timestamp      (const char          *record,
                                    const char          *field,
                                    gint64               value,
                                    GError             **error);
gboolean wijk_check_org_reference  (const WijkWorkshop  *ws,
                                    const char          *record,
                                    const char          *field,
                                    const char          *org_id,
                                    GError             **error);

G_END_DECLS
