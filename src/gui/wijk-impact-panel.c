/* wijk-impact-panel.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The live impact panel (PRODUCT.md §4): the park's headline figures, the
 * progress to the target and the figures per theme, recalculated on every
 * edit of the store. Each figure opens a popover with its formula filled
 * in with the values used. */

#define G_LOG_DOMAIN "wijk-impact-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "wijk-chart-view.h"
#include "wijk-format.h"
#include "wijk-impact-panel.h"
#include "wijk-impact-panel-private.h"
#include "wijk-widget-style.h"

G_DEFINE_FINAL_TYPE (WijkImpactPanel, wijk_impact_panel, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

enum {
  SIGNAL_UPDATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/**
 * wijk_impact_panel_get_workshop:
 * @self: a #WijkImpactPanel
 *
 * Returns: (nullable): the workshop of the panel's store, valid until its
 *   next edit
 */
const WijkWorkshop *
wijk_impact_panel_get_workshop (WijkImpactPanel *self)
{
  return self->store != NULL ? wijk_store_get_workshop (self->store) : NULL;
}

/* Showing the figures */

static void
set_figure (WijkImpactPanel  *self,
            WijkImpactFigure  figure,
            char             *text)
{
  g_autofree char *owned = text;
  g_autofree char *description = NULL;

  gtk_label_set_text (self->values[figure], owned);
  /* Translators: the accessible name of a figure's button: the figure's
   * title and its value, "Investment: €8.2 M". */
  description = g_strdup_printf (_("%s: %s"), wijk_impact_panel_get_figure_title (figure), owned);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->buttons[figure]),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);
}

static void
update_theme_rows (WijkImpactPanel      *self,
                   const WijkParkResult *park)
{
  double tonnes[WIJK_N_THEMES];

  for (guint i = 0; i < WIJK_N_THEMES; i++)
    {
      const WijkTotals *theme = &park->themes[i];
      WijkImpactThemeRow *row = &self->theme_rows[i];
      g_autofree char *t = wijk_format_quantity (theme->co2_t_per_year, NULL);
      g_autofree char *capex = wijk_format_money_short (theme->capex_eur);

      tonnes[i] = theme->co2_t_per_year;
      gtk_label_set_text (GTK_LABEL (row->tonnes), t);
      gtk_label_set_text (GTK_LABEL (row->capex), capex);
      /* A theme without actions stays in its place, greyed. */
      gtk_widget_set_opacity (row->name, theme->n_actions > 0 ? 1.0 : 0.55);
      gtk_widget_set_opacity (row->tonnes, theme->n_actions > 0 ? 1.0 : 0.55);
    }
  wijk_chart_view_set_theme_values (self->themes_chart, tonnes,
                                    WIJK_CHART_UNIT_TONNES_PER_YEAR);
}

static void
update_target_caption (WijkImpactPanel    *self,
                       const WijkWorkshop *workshop)
{
  g_autofree char *target = wijk_format_tonnes_per_year (workshop->target_t_co2_per_year);
  g_autofree char *caption = NULL;

  if (workshop->target_t_co2_per_year <= 0)
    caption = g_strdup (_("of the target (none set)"));
  else if (workshop->target_year > 0)
    /* Translators: under the share of the target reached, two short lines:
     * %d is the target's year, %s the target reduction ("6,300 t CO₂e/yr"). */
    caption = g_strdup_printf (_("of the %d target:\n%s"), workshop->target_year, target);
  else
    /* Translators: under the share of the target reached, two short lines;
     * %s is the target reduction ("6,300 t CO₂e/yr"). */
    caption = g_strdup_printf (_("of the target:\n%s"), target);
  gtk_label_set_text (self->target_caption, caption);
}

static void
update_figures (WijkImpactPanel *self)
{
  const WijkWorkshop *workshop = wijk_impact_panel_get_workshop (self);
  const WijkParkResult *park;

  if (self->impact == NULL || workshop == NULL)
    {
      for (guint i = 0; i < WIJK_N_IMPACT_FIGURES; i++)
        set_figure (self, i, g_strdup (WIJK_FORMAT_UNDEFINED));
      gtk_widget_set_visible (self->illustrative_note, FALSE);
      return;
    }

  park = wijk_impact_get_park (self->impact);
  set_figure (self, WIJK_IMPACT_FIGURE_REDUCTION,
              wijk_format_tonnes_per_year (park->totals.co2_t_per_year));
  set_figure (self, WIJK_IMPACT_FIGURE_TARGET, wijk_format_percent (park->share_of_target, 0));
  set_figure (self, WIJK_IMPACT_FIGURE_BASELINE,
              wijk_format_percent (park->share_of_baseline, 1));
  set_figure (self, WIJK_IMPACT_FIGURE_CAPEX, wijk_format_money_short (park->totals.capex_eur));
  set_figure (self, WIJK_IMPACT_FIGURE_SAVINGS,
              wijk_format_money_short (park->totals.net_savings_eur_per_year));
  update_target_caption (self, workshop);
  wijk_chart_view_set_progress (self->progress_chart, park->totals.co2_t_per_year,
                                workshop->target_t_co2_per_year);
  update_theme_rows (self, park);
  gtk_widget_set_visible (self->illustrative_note, workshop->illustrative);

  wijk_impact_panel_refresh_explanations (self);
}

/* Recalculation */

static void
recompute_full (WijkImpactPanel *self)
{
  const WijkWorkshop *workshop = wijk_impact_panel_get_workshop (self);

  if (workshop == NULL)
    g_clear_pointer (&self->impact, wijk_impact_free);
  else if (self->impact == NULL)
    self->impact = wijk_impact_new (workshop);
  else
    wijk_impact_recompute (self->impact, workshop);
  self->n_full++;
}

/* The calculation is far under a frame's time (PRODUCT.md §7: 0.5 ms for a
 * thousand actions), so it runs at once, in the handler: the labels are
 * set before the next frame is drawn and no stale figure is ever shown. */
static void
recalculate (WijkImpactPanel *self,
             WijkStoreChange  change,
             const char      *id)
{
  switch (change)
    {
    case WIJK_STORE_CHANGE_COMMENTS:
    case WIJK_STORE_CHANGE_APPROVALS:
    case WIJK_STORE_CHANGE_SIGNATURES:
    case WIJK_STORE_CHANGE_SCENARIOS:
    case WIJK_STORE_CHANGE_PLOTS:
      return;
    case WIJK_STORE_CHANGE_ACTIONS:
      if (id != NULL && self->impact != NULL)
        {
          wijk_impact_update_action (self->impact, wijk_impact_panel_get_workshop (self), id);
          self->n_incremental++;
          break;
        }
      recompute_full (self);
      break;
    case WIJK_STORE_CHANGE_WORKSHOP:
    case WIJK_STORE_CHANGE_FACTORS:
    case WIJK_STORE_CHANGE_ORGANISATIONS:
    case WIJK_STORE_CHANGE_PURCHASE_GROUPS:
    case WIJK_STORE_CHANGE_ALL:
    default:
      recompute_full (self);
      break;
    }

  update_figures (self);
  g_signal_emit (self, signals[SIGNAL_UPDATED], 0);
}

static void
on_store_changed (WijkImpactPanel *self,
                  int              change,
                  const char      *id)
{
  recalculate (self, (WijkStoreChange) change, id);
}

/* Public API */

/**
 * wijk_impact_panel_set_store:
 * @self: a #WijkImpactPanel
 * @store: (nullable): the workshop's store
 *
 * Shows the figures of @store's workshop and follows its edits.
 */
void
wijk_impact_panel_set_store (WijkImpactPanel *self,
                             WijkStore       *store)
{
  g_return_if_fail (WIJK_IS_IMPACT_PANEL (self));
  g_return_if_fail (store == NULL || WIJK_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  g_clear_pointer (&self->impact, wijk_impact_free);

  /* The store names the action an edit touched, so that one action's edit
   * is recalculated incrementally. */
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed),
                             self, G_CONNECT_SWAPPED);

  recalculate (self, WIJK_STORE_CHANGE_ALL, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

WijkStore *
wijk_impact_panel_get_store (WijkImpactPanel *self)
{
  g_return_val_if_fail (WIJK_IS_IMPACT_PANEL (self), NULL);

  return self->store;
}

/**
 * wijk_impact_panel_get_impact:
 * @self: a #WijkImpactPanel
 *
 * The results the panel shows, for views that show more of them (the
 * MACC, the organisations' balance). Valid until the next edit.
 *
 * Returns: (nullable) (transfer none): the results, %NULL without a store
 */
const WijkImpact *
wijk_impact_panel_get_impact (WijkImpactPanel *self)
{
  g_return_val_if_fail (WIJK_IS_IMPACT_PANEL (self), NULL);

  return self->impact;
}

/**
 * wijk_impact_panel_get_figure_text:
 * @self: a #WijkImpactPanel
 * @figure: which figure
 *
 * Returns: (transfer none): the figure as the panel shows it
 */
const char *
wijk_impact_panel_get_figure_text (WijkImpactPanel  *self,
                                   WijkImpactFigure  figure)
{
  g_return_val_if_fail (WIJK_IS_IMPACT_PANEL (self), NULL);
  g_return_val_if_fail ((guint) figure < WIJK_N_IMPACT_FIGURES, NULL);

  return gtk_label_get_text (self->values[figure]);
}

void
wijk_impact_panel_get_recalculations (WijkImpactPanel *self,
                                      guint           *n_full,
                                      guint           *n_incremental)
{
  g_return_if_fail (WIJK_IS_IMPACT_PANEL (self));

  if (n_full != NULL)
    *n_full = self->n_full;
  if (n_incremental != NULL)
    *n_incremental = self->n_incremental;
}

const char *
wijk_impact_panel_get_theme_text (WijkImpactPanel *self,
                                  WijkTheme        theme,
                                  gboolean         capex)
{
  g_return_val_if_fail (WIJK_IS_IMPACT_PANEL (self), NULL);
  g_return_val_if_fail ((guint) theme < WIJK_N_THEMES, NULL);

  return gtk_label_get_text (GTK_LABEL (capex ? self->theme_rows[theme].capex
                                              : self->theme_rows[theme].tonnes));
}

gboolean
wijk_impact_panel_get_illustrative_shown (WijkImpactPanel *self)
{
  g_return_val_if_fail (WIJK_IS_IMPACT_PANEL (self), FALSE);

  return gtk_widget_get_visible (self->illustrative_note);
}

WijkChartView *
wijk_impact_panel_get_chart (WijkImpactPanel *self,
                             WijkChartKind    kind)
{
  g_return_val_if_fail (WIJK_IS_IMPACT_PANEL (self), NULL);

  return kind == WIJK_CHART_KIND_PROGRESS ? self->progress_chart : self->themes_chart;
}

/* GObject */

static GtkWidget *
numeric_label (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_add_css_class (label, "numeric");
  return label;
}

static void
build_theme_rows (WijkImpactPanel *self)
{
  for (guint i = 0; i < WIJK_N_THEMES; i++)
    {
      WijkImpactThemeRow *row = &self->theme_rows[i];
      g_autofree char *icon_class = g_strdup_printf ("wijk-theme-%s", wijk_theme_to_string (i));

      row->icon = gtk_image_new_from_icon_name (wijk_theme_get_icon_name (i));
      gtk_widget_add_css_class (row->icon, icon_class);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row->icon),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, wijk_theme_get_label (i),
                                      -1);
      row->name = gtk_label_new (wijk_theme_get_label (i));
      gtk_label_set_xalign (GTK_LABEL (row->name), 0);
      gtk_label_set_ellipsize (GTK_LABEL (row->name), PANGO_ELLIPSIZE_END);
      gtk_widget_set_hexpand (row->name, TRUE);
      row->tonnes = numeric_label ();
      row->capex = numeric_label ();
      gtk_widget_add_css_class (row->capex, "dim-label");

      gtk_grid_attach (self->theme_grid, row->icon, 0, (int) i + 1, 1, 1);
      gtk_grid_attach (self->theme_grid, row->name, 1, (int) i + 1, 1, 1);
      gtk_grid_attach (self->theme_grid, row->tonnes, 2, (int) i + 1, 1, 1);
      gtk_grid_attach (self->theme_grid, row->capex, 3, (int) i + 1, 1, 1);
    }
}

static void
wijk_impact_panel_dispose (GObject *object)
{
  WijkImpactPanel *self = WIJK_IMPACT_PANEL (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_pointer (&self->impact, wijk_impact_free);
  wijk_impact_panel_clear_popovers (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), WIJK_TYPE_IMPACT_PANEL);

  G_OBJECT_CLASS (wijk_impact_panel_parent_class)->dispose (object);
}

static void
wijk_impact_panel_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  WijkImpactPanel *self = WIJK_IMPACT_PANEL (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wijk_impact_panel_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  WijkImpactPanel *self = WIJK_IMPACT_PANEL (object);

  switch (prop_id)
    {
    case PROP_STORE:
      wijk_impact_panel_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

#define BIND_FIGURE(klass, name, figure) \
  G_STMT_START { \
    gtk_widget_class_bind_template_child_full (klass, #name "_button", FALSE, \
      G_STRUCT_OFFSET (WijkImpactPanel, buttons) + (figure) * sizeof (gpointer)); \
    gtk_widget_class_bind_template_child_full (klass, #name "_value", FALSE, \
      G_STRUCT_OFFSET (WijkImpactPanel, values) + (figure) * sizeof (gpointer)); \
  } G_STMT_END

static void
wijk_impact_panel_class_init (WijkImpactPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wijk_impact_panel_dispose;
  object_class->get_property = wijk_impact_panel_get_property;
  object_class->set_property = wijk_impact_panel_set_property;

  /**
   * WijkImpactPanel:store:
   *
   * The store whose workshop the panel shows.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         WIJK_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * WijkImpactPanel::updated:
   *
   * The figures were recalculated after an edit; wijk_impact_panel_get_impact()
   * has the new results.
   */
  signals[SIGNAL_UPDATED] =
    g_signal_new ("updated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (WIJK_TYPE_CHART_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/wijkpact/Wijkpact/wijk-impact-panel.ui");
  BIND_FIGURE (widget_class, reduction, WIJK_IMPACT_FIGURE_REDUCTION);
  BIND_FIGURE (widget_class, target, WIJK_IMPACT_FIGURE_TARGET);
  BIND_FIGURE (widget_class, baseline, WIJK_IMPACT_FIGURE_BASELINE);
  BIND_FIGURE (widget_class, capex, WIJK_IMPACT_FIGURE_CAPEX);
  BIND_FIGURE (widget_class, savings, WIJK_IMPACT_FIGURE_SAVINGS);
  gtk_widget_class_bind_template_child (widget_class, WijkImpactPanel, illustrative_note);
  gtk_widget_class_bind_template_child (widget_class, WijkImpactPanel, target_caption);
  gtk_widget_class_bind_template_child (widget_class, WijkImpactPanel, progress_chart);
  gtk_widget_class_bind_template_child (widget_class, WijkImpactPanel, themes_chart);
  gtk_widget_class_bind_template_child (widget_class, WijkImpactPanel, theme_grid);

  gtk_widget_class_set_css_name (widget_class, "wijk-impact-panel");
}

static void
wijk_impact_panel_init (WijkImpactPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  wijk_widget_style_ensure ();
  wijk_impact_panel_build_popovers (self);
  build_theme_rows (self);
  update_figures (self);
}

/**
 * wijk_impact_panel_new:
 *
 * Returns: (transfer floating): a new impact panel without a store
 */
GtkWidget *
wijk_impact_panel_new (void)
{
  return g_object_new (WIJK_TYPE_IMPACT_PANEL, NULL);
}
