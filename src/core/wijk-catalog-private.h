/* wijk-catalog-private.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wijk-catalog.h"

G_BEGIN_DECLS

/* The catalogue, in wijk-catalog-types.c. */
extern const WijkActionType wijk_catalog_types[];
extern const guint          wijk_catalog_n_types;

/* The default values of the scalar factors, indexed by #WijkFactorId. */
const double *wijk_catalog_get_default_values    (void);

/* The default price-tier table of the type at @type_index, or %NULL. */
const GArray *wijk_catalog_get_default_tiers     (guint       type_index);

/* The index of the type whose tier factor is @name ("<type>_price_tiers"),
 * -1 when @name is not one. */
gint          wijk_catalog_lookup_tiers_type     (const char *name);

G_END_DECLS
