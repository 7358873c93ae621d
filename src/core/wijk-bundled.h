/* wijk-bundled.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "wijk-workshop.h"

G_BEGIN_DECLS

/**
 * wijk_bundled_load_haasrode:
 * @error: return location for a #WIJK_JSON_ERROR or a #G_RESOURCE_ERROR
 *
 * Builds the bundled "Haasrode Research Park" workshop from the text files
 * compiled into the core (data/haasrode/): the settings, organisations,
 * example actions and notes of `workshop.json` (Workshop JSON), the
 * catalogue's default factors, and the outline, streets and plots of
 * `outline.geojson`, `streets.geojson` and `plots.geojson`. The geometry is
 * approximate and the organisations' figures illustrative; the data says
 * so. Each call gives a new workshop with a new random UUID.
 *
 * Returns: (transfer full) (nullable): the workshop, or %NULL on error
 *   (which only a broken build can cause)
 */
WijkWorkshop *wijk_bundled_load_haasrode (GError **error);

G_END_DECLS
