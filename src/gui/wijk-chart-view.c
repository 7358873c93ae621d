/* wijk-chart-view.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Shows a chart of wijk-chart-render in the widget tree: the drawing is the
 * core's, on the cairo context of gtk_snapshot_append_cairo(), in the
 * widget's own colours and font. */

#define G_LOG_DOMAIN "wijk-chart-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "wijk-chart-view.h"
#include "wijk-format.h"

#define PROGRESS_BAR_HEIGHT 10

struct _WijkChartView
{
  GtkWidget parent_instance;

  WijkChartKind kind;
  double reduced;
  double target;
  double values[WIJK_N_THEMES];
  WijkChartUnit unit;
};

G_DEFINE_ENUM_TYPE (WijkChartKind, wijk_chart_kind,
                    G_DEFINE_ENUM_VALUE (WIJK_CHART_KIND_PROGRESS, "progress"),
                    G_DEFINE_ENUM_VALUE (WIJK_CHART_KIND_THEMES, "themes"))

G_DEFINE_FINAL_TYPE (WijkChartView, wijk_chart_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
rgba_to_array (const GdkRGBA *rgba,
               double         out[4])
{
  out[0] = rgba->red;
  out[1] = rgba->green;
  out[2] = rgba->blue;
  out[3] = rgba->alpha;
}

/* The chart in the widget's colours: text in the foreground colour, the
 * track a faint version of it, the fill in libadwaita's accent colour. */
static char *
style_from_widget (WijkChartView  *self,
                   WijkChartStyle *style)
{
  GtkStyleContext *context;
  PangoContext *pango;
  GdkRGBA colour;
  GdkRGBA accent;
  char *font;

G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  context = gtk_widget_get_style_context (GTK_WIDGET (self));
  gtk_style_context_get_color (context, &colour);
  if (!gtk_style_context_lookup_color (context, "accent_bg_color", &accent))
    gdk_rgba_parse (&accent, "#3584e4");
G_GNUC_END_IGNORE_DEPRECATIONS

  rgba_to_array (&colour, style->foreground);
  rgba_to_array (&colour, style->track);
  style->track[3] *= 0.15;
  rgba_to_array (&accent, style->accent);

  pango = gtk_widget_get_pango_context (GTK_WIDGET (self));
  font = pango_font_description_to_string (pango_context_get_font_description (pango));
  style->font = font;
  /* The widget's glyph rendering: the chart's text then uses the fonts,
   * and the glyphs, the labels around it loaded already. */
  style->font_options = pango_cairo_context_get_font_options (pango);
  return font;
}

static void
wijk_chart_view_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  WijkChartView *self = WIJK_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  WijkChartStyle style;
  g_autofree char *font = NULL;
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  font = style_from_widget (self, &style);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  switch (self->kind)
    {
    case WIJK_CHART_KIND_PROGRESS:
      wijk_chart_render_progress (cr, width, height, self->reduced, self->target, &style);
      break;
    case WIJK_CHART_KIND_THEMES:
      wijk_chart_render_themes (cr, width, height, self->values, self->unit, &style);
      break;
    default:
      g_assert_not_reached ();
    }
  cairo_destroy (cr);
}

static int
line_height (WijkChartView *self)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), "0");
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);
  return height;
}

static void
wijk_chart_view_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  WijkChartView *self = WIJK_CHART_VIEW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 120;
      *natural = 280;
      return;
    }

  switch (self->kind)
    {
    case WIJK_CHART_KIND_PROGRESS:
      /* A bar: its figures are the panel's own labels. Given a
       * height-request that leaves room, the chart writes them under it,
       * as on paper. */
      *minimum = *natural = PROGRESS_BAR_HEIGHT;
      break;
    case WIJK_CHART_KIND_THEMES:
      *minimum = *natural = (int) ceil (line_height (self) * 1.6) * WIJK_N_THEMES;
      break;
    default:
      g_assert_not_reached ();
    }
}

/* What a screen reader says: the chart's figures in words. */
static void
update_accessible (WijkChartView *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (self->kind == WIJK_CHART_KIND_PROGRESS)
    {
      g_autofree char *reduced = wijk_format_tonnes_per_year (self->reduced);
      g_autofree char *target = wijk_format_tonnes_per_year (self->target);

      /* Translators: the spoken description of the progress chart; the
       * first %s is the park's reduction, the second the target, both as
       * "2,140 t CO₂e/yr". */
      g_string_printf (text, _("%s of the target of %s"), reduced, target);
    }
  else
    {
      for (guint i = 0; i < WIJK_N_THEMES; i++)
        {
          g_autofree char *value = self->unit == WIJK_CHART_UNIT_MONEY
                                   ? wijk_format_money_short (self->values[i])
                                   : wijk_format_tonnes_per_year (self->values[i]);

          if (text->len > 0)
            g_string_append (text, "; ");
          /* Translators: one theme in the spoken description of the chart
           * per theme: "Mobility: 420 t CO₂e/yr". */
          g_string_append_printf (text, _("%s: %s"), wijk_theme_get_label (i), value);
        }
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text->str,
                                  -1);
}

static void
wijk_chart_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  WijkChartView *self = WIJK_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wijk_chart_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  WijkChartView *self = WIJK_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_KIND:
      wijk_chart_view_set_kind (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wijk_chart_view_class_init (WijkChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = wijk_chart_view_get_property;
  object_class->set_property = wijk_chart_view_set_property;
  widget_class->snapshot = wijk_chart_view_snapshot;
  widget_class->measure = wijk_chart_view_measure;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       WIJK_TYPE_CHART_KIND, WIJK_CHART_KIND_PROGRESS,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "wijk-chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
wijk_chart_view_init (WijkChartView *self)
{
  self->reduced = 0;
  self->target = NAN;
  self->unit = WIJK_CHART_UNIT_TONNES_PER_YEAR;
  update_accessible (self);
}

/**
 * wijk_chart_view_new:
 * @kind: which chart to show
 *
 * Returns: (transfer floating): a new chart view
 */
GtkWidget *
wijk_chart_view_new (WijkChartKind kind)
{
  return g_object_new (WIJK_TYPE_CHART_VIEW, "kind", kind, NULL);
}

WijkChartKind
wijk_chart_view_get_kind (WijkChartView *self)
{
  g_return_val_if_fail (WIJK_IS_CHART_VIEW (self), WIJK_CHART_KIND_PROGRESS);

  return self->kind;
}

void
wijk_chart_view_set_kind (WijkChartView *self,
                          WijkChartKind  kind)
{
  g_return_if_fail (WIJK_IS_CHART_VIEW (self));

  if (self->kind == kind)
    return;

  self->kind = kind;
  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

/* Equal, or both undefined. */
static gboolean
same_value (double a,
            double b)
{
  return a == b || (isnan (a) && isnan (b));
}

/**
 * wijk_chart_view_set_progress:
 * @self: a #WijkChartView
 * @reduced: the park's reduction, t CO2e/yr
 * @target: the target reduction, t CO2e/yr
 *
 * Sets the figures of a %WIJK_CHART_KIND_PROGRESS chart.
 */
void
wijk_chart_view_set_progress (WijkChartView *self,
                              double         reduced,
                              double         target)
{
  g_return_if_fail (WIJK_IS_CHART_VIEW (self));

  if (same_value (self->reduced, reduced) && same_value (self->target, target))
    return;

  self->reduced = reduced;
  self->target = target;
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * wijk_chart_view_set_theme_values:
 * @self: a #WijkChartView
 * @values: one value per #WijkTheme
 * @unit: what the values are
 *
 * Sets the figures of a %WIJK_CHART_KIND_THEMES chart.
 */
void
wijk_chart_view_set_theme_values (WijkChartView *self,
                                  const double   values[WIJK_N_THEMES],
                                  WijkChartUnit  unit)
{
  gboolean changed;

  g_return_if_fail (WIJK_IS_CHART_VIEW (self));
  g_return_if_fail (values != NULL);

  changed = self->unit != unit;
  for (guint i = 0; i < WIJK_N_THEMES; i++)
    changed |= !same_value (self->values[i], values[i]);
  if (!changed)
    return;

  memcpy (self->values, values, sizeof self->values);
  self->unit = unit;
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * wijk_chart_view_get_theme_values:
 * @self: a #WijkChartView
 * @values: (out caller-allocates): where to copy the values per theme
 *
 * Copies the values the themes chart shows.
 */
void
wijk_chart_view_get_theme_values (WijkChartView *self,
                                  double         values[WIJK_N_THEMES])
{
  g_return_if_fail (WIJK_IS_CHART_VIEW (self));
  g_return_if_fail (values != NULL);

  memcpy (values, self->values, sizeof self->values);
}
