/* wijk-financing-fields.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "wijk-workshop.h"

G_BEGIN_DECLS

/* Which fields of a financing line count for its kind, and what they mean
 * to the user (wijk-workshop.h, WijkFinancing; docs/methodology.md,
 * "Financing"), for the action editor's financing rows. */
gboolean    wijk_financing_kind_has_org          (WijkFinancingKind    kind);
gboolean    wijk_financing_kind_has_capex_share  (WijkFinancingKind    kind);
gboolean    wijk_financing_kind_has_rate         (WijkFinancingKind    kind);
gboolean    wijk_financing_kind_has_years        (WijkFinancingKind    kind);
gboolean    wijk_financing_uses_capex_share      (const WijkFinancing *line);

char       *wijk_financing_describe              (const WijkFinancing *line);
const char *wijk_financing_get_label_title       (WijkFinancingKind    kind);
const char *wijk_financing_get_org_subtitle      (WijkFinancingKind    kind);
const char *wijk_financing_get_amount_subtitle   (const WijkFinancing *line);
const char *wijk_financing_get_years_subtitle    (WijkFinancingKind    kind);

G_END_DECLS
