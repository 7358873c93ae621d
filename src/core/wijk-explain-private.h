/* wijk-explain-private.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wijk-explain.h"

G_BEGIN_DECLS

/* A value a formula template names as {name}, besides the action's
 * parameters and the factors: shown as @symbol in the formula and as the
 * value with @unit in the filled-in text. @term, when set, names the
 * parameter or factor to list among the terms. */
typedef struct
{
  const char *name;
  const char *symbol;
  double      value;
  const char *unit;
  const char *term;
} WijkExplainValue;

typedef struct
{
  const WijkImpact     *impact;
  const WijkWorkshop   *workshop;
  const WijkAction     *action;
  const WijkActionType *type;
  WijkExplanation      *explanation;
  GString              *formula;
  GString              *filled;
  gboolean              percent;    /* show the result as a percentage */
} WijkExplainer;

void             wijk_explainer_init        (WijkExplainer          *x,
                                             const WijkImpact       *impact,
                                             const WijkWorkshop     *workshop,
                                             const WijkAction       *action,
                                             const char             *title,
                                             const char             *unit);
void             wijk_explainer_expand      (WijkExplainer          *x,
                                             const char             *template,
                                             const WijkExplainValue *values,
                                             guint                   n_values);
void             wijk_explainer_append      (WijkExplainer          *x,
                                             const char             *text);
void             wijk_explainer_add_setting (WijkExplainer          *x,
                                             const char             *name,
                                             const char             *symbol,
                                             double                  value,
                                             const char             *unit,
                                             const char             *source);
void             wijk_explainer_add_term    (WijkExplainer          *x,
                                             const char             *name);
WijkExplanation *wijk_explainer_finish      (WijkExplainer          *x,
                                             double                  result,
                                             const char             *undefined);

/* @value with @unit for people ("33.75 t CO₂e/yr", "€175,000"), with
 * @significant significant digits at most and no trailing zeros. */
char            *wijk_explain_format        (double                  value,
                                             const char             *unit,
                                             int                     significant);

/* The title and unit of @figure, translated, shared by the explanations
 * of an action, an organisation and the park; and the action's own value
 * of @figure. */
const char      *wijk_explain_figure_title  (WijkFigure              figure);
const char      *wijk_explain_figure_unit   (WijkFigure              figure);
double           wijk_explain_action_figure (const WijkActionResult *r,
                                             WijkFigure              figure);

G_END_DECLS
