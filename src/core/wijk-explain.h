/* wijk-explain.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "wijk-impact.h"

G_BEGIN_DECLS

/**
 * WijkFigure:
 *
 * The figures of an action (and, where it makes sense, of an
 * organisation) that can be explained.
 */
typedef enum
{
  WIJK_FIGURE_CO2_PER_YEAR,
  WIJK_FIGURE_CO2_ONE_OFF,
  WIJK_FIGURE_CO2_LIFETIME,
  WIJK_FIGURE_CAPEX,
  WIJK_FIGURE_GROSS_SAVINGS,
  WIJK_FIGURE_ADDED_OPEX,
  WIJK_FIGURE_NET_SAVINGS,
  WIJK_FIGURE_NPV,
  WIJK_FIGURE_NPV_WITH_CARBON,
  WIJK_FIGURE_PAYBACK,
  WIJK_FIGURE_ABATEMENT,
  WIJK_FIGURE_CRF,
  WIJK_FIGURE_FINANCING_GAP,
  WIJK_FIGURE_DEBT_SERVICE,
  WIJK_N_FIGURES
} WijkFigure;

/**
 * WijkParkFigure:
 *
 * The park totals that can be explained.
 */
typedef enum
{
  WIJK_PARK_FIGURE_CO2_PER_YEAR,
  WIJK_PARK_FIGURE_SHARE_OF_BASELINE,
  WIJK_PARK_FIGURE_SHARE_OF_TARGET,
  WIJK_PARK_FIGURE_CAPEX,
  WIJK_PARK_FIGURE_NET_SAVINGS,
  WIJK_N_PARK_FIGURES
} WijkParkFigure;

/**
 * WijkExplanationTerm:
 * @name: the parameter's or factor's machine name ("kwp",
 *   "grid_kg_co2_per_kwh"), or a setting such as "discount_rate"
 * @symbol: how the formula writes it ("kwp", "EF_el", "r")
 * @label: (nullable): a translated label
 * @value: the value used
 * @unit: the unit as shown in the filled-in formula
 * @is_factor: whether it is a reference factor of the workshop
 * @source, @year, @confidence, @note, @unit_description: (nullable): the
 *   factor's provenance, or where a setting comes from
 *
 * One value that went into a figure.
 */
typedef struct
{
  char    *name;
  char    *symbol;
  char    *label;
  double   value;
  char    *unit;
  gboolean is_factor;
  char    *source;
  char    *year;
  char    *confidence;
  char    *note;
  char    *unit_description;
} WijkExplanationTerm;

/**
 * WijkExplanation:
 * @title: what the figure is, e.g. "Yearly CO₂e reduction"
 * @formula: the formula with symbols: "kwp × Y × EF_el / 1000"
 * @filled: the formula with the values used: "250 kWp × 900 kWh/kWp ×
 *   0.15 kg/kWh / 1000"
 * @result: the figure (NAN when undefined)
 * @unit: its unit
 * @text: one line for a popover or the PDF: "@filled = 33.75 t CO₂e/yr",
 *   or why the figure is undefined
 * @note: (nullable): a remark, e.g. the purchase group's tier
 * @terms: the #WijkExplanationTerm used, parameters first, each once
 *
 * A figure explained as its formula filled in with the values used
 * (docs/methodology.md). Numbers are formatted for the user's locale.
 */
typedef struct
{
  char      *title;
  char      *formula;
  char      *filled;
  double     result;
  char      *unit;
  char      *text;
  char      *note;
  GPtrArray *terms;
} WijkExplanation;

/* Each returns %NULL when the id is unknown or the figure does not apply
 * (an organisation's CRF). Free with wijk_explanation_free(). */
WijkExplanation *wijk_explain_action       (const WijkImpact   *impact,
                                            const WijkWorkshop *workshop,
                                            const char         *action_id,
                                            WijkFigure          figure);
WijkExplanation *wijk_explain_cobenefit    (const WijkImpact   *impact,
                                            const WijkWorkshop *workshop,
                                            const char         *action_id,
                                            guint               index);
WijkExplanation *wijk_explain_organisation (const WijkImpact   *impact,
                                            const WijkWorkshop *workshop,
                                            const char         *org_id,
                                            WijkFigure          figure);
/* The group's unit price, or with @expected the price its expected
 * quantity reaches. */
WijkExplanation *wijk_explain_group_price  (const WijkImpact   *impact,
                                            const WijkWorkshop *workshop,
                                            const char         *group_id,
                                            gboolean            expected);
WijkExplanation *wijk_explain_park         (const WijkImpact   *impact,
                                            const WijkWorkshop *workshop,
                                            WijkParkFigure      figure);

void             wijk_explanation_free     (WijkExplanation    *explanation);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WijkExplanation, wijk_explanation_free)

G_END_DECLS
