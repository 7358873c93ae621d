/* wijk-impact-panel-explain.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The impact panel's explanations: each headline figure is a button that
 * opens a popover with the calculation module's explanation of the park
 * total it shows (wijk_explain_park()). */

#define G_LOG_DOMAIN "wijk-impact-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "wijk-explain.h"
#include "wijk-format.h"
#include "wijk-impact-panel-private.h"

static const char * const figure_titles[WIJK_N_IMPACT_FIGURES] = {
  N_("Emissions reduced per year"),
  N_("Share of the target reached"),
  N_("Share of the baseline emissions"),
  N_("Investment"),
  N_("Net savings per year"),
};

const char *
wijk_impact_panel_get_figure_title (WijkImpactFigure figure)
{
  g_return_val_if_fail ((guint) figure < WIJK_N_IMPACT_FIGURES, NULL);

  return _(figure_titles[figure]);
}

/* The panel's figures are the park's totals of the calculation module. */
static const WijkParkFigure park_figures[WIJK_N_IMPACT_FIGURES] = {
  [WIJK_IMPACT_FIGURE_REDUCTION] = WIJK_PARK_FIGURE_CO2_PER_YEAR,
  [WIJK_IMPACT_FIGURE_TARGET] = WIJK_PARK_FIGURE_SHARE_OF_TARGET,
  [WIJK_IMPACT_FIGURE_BASELINE] = WIJK_PARK_FIGURE_SHARE_OF_BASELINE,
  [WIJK_IMPACT_FIGURE_CAPEX] = WIJK_PARK_FIGURE_CAPEX,
  [WIJK_IMPACT_FIGURE_SAVINGS] = WIJK_PARK_FIGURE_NET_SAVINGS,
};

static WijkExplanation *
explain (WijkImpactPanel  *self,
         WijkImpactFigure  figure)
{
  const WijkWorkshop *workshop = wijk_impact_panel_get_workshop (self);

  if (self->impact == NULL || workshop == NULL)
    return NULL;
  return wijk_explain_park (self->impact, workshop, park_figures[figure]);
}

/* "• target: 6,300 t CO₂e/yr — Leuven Climate City Contract, 2024" for
 * each value with a source. */
static void
append_sources (GString               *markup,
                const WijkExplanation *explanation)
{
  for (guint i = 0; explanation->terms != NULL && i < explanation->terms->len; i++)
    {
      const WijkExplanationTerm *term = g_ptr_array_index (explanation->terms, i);
      g_autofree char *value = NULL;
      g_autofree char *line = NULL;
      g_autofree char *escaped = NULL;

      if (term->source == NULL || term->source[0] == '\0')
        continue;
      value = wijk_format_quantity (term->value, term->unit);
      if (term->year != NULL && term->year[0] != '\0')
        /* Translators: a value of an explanation and where it comes from:
         * label, value with unit, source, year. */
        line = g_strdup_printf (_("%s: %s — %s, %s"),
                                term->label != NULL ? term->label : term->symbol,
                                value, term->source, term->year);
      else
        /* Translators: a value of an explanation and where it comes from:
         * label, value with unit, source. */
        line = g_strdup_printf (_("%s: %s — %s"),
                                term->label != NULL ? term->label : term->symbol,
                                value, term->source);
      escaped = g_markup_escape_text (line, -1);
      g_string_append_printf (markup, "\n<small>%s</small>", escaped);
    }
}

/**
 * wijk_impact_panel_dup_explanation:
 * @self: a #WijkImpactPanel
 * @figure: which figure
 *
 * The text of @figure's explanation: its formula filled in with the values
 * used, as the popover shows it.
 *
 * Returns: (transfer full): the explanation
 */
char *
wijk_impact_panel_dup_explanation (WijkImpactPanel  *self,
                                   WijkImpactFigure  figure)
{
  g_autoptr(WijkExplanation) explanation = NULL;

  g_return_val_if_fail (WIJK_IS_IMPACT_PANEL (self), NULL);
  g_return_val_if_fail ((guint) figure < WIJK_N_IMPACT_FIGURES, NULL);

  explanation = explain (self, figure);
  if (explanation == NULL)
    return g_strdup (_("No workshop is open."));
  if (explanation->note != NULL)
    return g_strdup_printf ("%s\n%s\n%s", explanation->formula, explanation->text,
                            explanation->note);
  return g_strdup_printf ("%s\n%s", explanation->formula, explanation->text);
}


/* A figure's explanation opens beside it, towards the map, so that it
 * hides no other figure. Its popover is made the first time it opens: the
 * first frame does not need five hidden popovers. */
static void
ensure_popover (WijkImpactPanel  *self,
                WijkImpactFigure  figure)
{
  GtkWidget *popover;
  GtkWidget *label;

  if (self->popovers[figure] != NULL)
    return;

  popover = gtk_popover_new ();
  label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_widget_add_css_class (label, "impact-explanation");
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_end (label, 6);
  gtk_popover_set_child (GTK_POPOVER (popover), label);
  gtk_popover_set_position (GTK_POPOVER (popover), GTK_POS_LEFT);
  gtk_widget_set_parent (popover, GTK_WIDGET (self->buttons[figure]));

  self->popovers[figure] = GTK_POPOVER (popover);
  self->explanations[figure] = GTK_LABEL (label);
}

/* Filled when the popover opens, so that a recalculation costs no text:
 * the title, the formula in symbols, the formula filled in with the values
 * used and its result, a remark, and the sources of the values. */
static void
fill_explanation (WijkImpactPanel  *self,
                  WijkImpactFigure  figure)
{
  g_autoptr(WijkExplanation) explanation = explain (self, figure);
  g_autoptr(GString) markup = g_string_new (NULL);
  g_autofree char *title = g_markup_escape_text (wijk_impact_panel_get_figure_title (figure), -1);

  ensure_popover (self, figure);
  g_string_append_printf (markup, "<b>%s</b>", title);
  if (explanation == NULL)
    {
      g_autofree char *none = g_markup_escape_text (_("No workshop is open."), -1);

      g_string_append_printf (markup, "\n%s", none);
    }
  else
    {
      g_autofree char *formula = g_markup_escape_text (explanation->formula, -1);
      g_autofree char *text = g_markup_escape_text (explanation->text, -1);

      if (formula[0] != '\0')
        g_string_append_printf (markup, "\n<span alpha=\"70%%\">%s</span>", formula);
      g_string_append_printf (markup, "\n%s", text);
      if (explanation->note != NULL)
        {
          g_autofree char *note = g_markup_escape_text (explanation->note, -1);

          g_string_append_printf (markup, "\n<small>%s</small>", note);
        }
      append_sources (markup, explanation);
    }
  gtk_label_set_markup (self->explanations[figure], markup->str);
}

static void
on_figure_clicked (GtkButton       *button,
                   WijkImpactPanel *self)
{
  for (guint i = 0; i < WIJK_N_IMPACT_FIGURES; i++)
    {
      if (self->buttons[i] == button)
        {
          fill_explanation (self, i);
          gtk_popover_popup (self->popovers[i]);
        }
    }
}

/**
 * wijk_impact_panel_show_explanation:
 * @self: a #WijkImpactPanel
 * @figure: which figure
 *
 * Opens @figure's explanation, as a click on it does.
 */
void
wijk_impact_panel_show_explanation (WijkImpactPanel  *self,
                                    WijkImpactFigure  figure)
{
  g_return_if_fail (WIJK_IS_IMPACT_PANEL (self));
  g_return_if_fail ((guint) figure < WIJK_N_IMPACT_FIGURES);

  fill_explanation (self, figure);
  gtk_popover_popup (self->popovers[figure]);
}

/* The text of @figure's popover as last filled, without markup. */
const char *
wijk_impact_panel_get_explanation_text (WijkImpactPanel  *self,
                                        WijkImpactFigure  figure)
{
  g_return_val_if_fail (WIJK_IS_IMPACT_PANEL (self), NULL);
  g_return_val_if_fail ((guint) figure < WIJK_N_IMPACT_FIGURES, NULL);

  if (self->explanations[figure] == NULL)
    return "";
  return gtk_label_get_text (self->explanations[figure]);
}

/* Each figure is a button that opens its explanation. */
void
wijk_impact_panel_build_popovers (WijkImpactPanel *self)
{
  for (guint i = 0; i < WIJK_N_IMPACT_FIGURES; i++)
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->buttons[i]),
                                      GTK_ACCESSIBLE_PROPERTY_HAS_POPUP, TRUE,
                                      -1);
      g_signal_connect_object (self->buttons[i], "clicked",
                               G_CALLBACK (on_figure_clicked), self, 0);
    }
}

/* An open explanation follows the figures. */
void
wijk_impact_panel_refresh_explanations (WijkImpactPanel *self)
{
  for (guint i = 0; i < WIJK_N_IMPACT_FIGURES; i++)
    {
      if (self->popovers[i] != NULL && gtk_widget_get_visible (GTK_WIDGET (self->popovers[i])))
        fill_explanation (self, i);
    }
}

void
wijk_impact_panel_clear_popovers (WijkImpactPanel *self)
{
  for (guint i = 0; i < WIJK_N_IMPACT_FIGURES; i++)
    {
      if (self->popovers[i] != NULL)
        gtk_widget_unparent (GTK_WIDGET (self->popovers[i]));
      self->popovers[i] = NULL;
      self->explanations[i] = NULL;
    }
}
