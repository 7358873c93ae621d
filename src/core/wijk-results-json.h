/* wijk-results-json.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "wijk-impact.h"

G_BEGIN_DECLS

/**
 * WIJK_RESULTS_JSON_FORMAT:
 *
 * The value of the "format" key of a results document.
 */
#define WIJK_RESULTS_JSON_FORMAT "wijkpact-results"

/*
 * The results of a workshop as JSON (PRODUCT.md §3 "Results as JSON",
 * docs/methodology.md): "actions", "organisations", "purchase_groups" and
 * "park" with the documented keys, and more. Money in euros, CO2 in tonnes
 * CO2e, `_per_year` figures are year 1; `null` where a figure is undefined;
 * numbers at full precision (the shortest text that reads back to the same
 * double), always in the C locale.
 *
 * @impact must have been computed from @workshop.
 */
JsonNode *wijk_results_to_json_node (WijkImpact         *impact,
                                     const WijkWorkshop *workshop);

/* The same as text in the interchange layout, ending with a newline. */
char     *wijk_results_to_json      (WijkImpact         *impact,
                                     const WijkWorkshop *workshop);

G_END_DECLS
