/* wijk-plot-layer.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-map"

#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "wijk-geometry.h"
#include "wijk-map-paint.h"
#include "wijk-plot-layer.h"

/* The park's own map: the site's outline, its streets and its plots, each
 * plot in its owner's colour. Without a tile basemap it also paints the
 * ground, so the map is complete offline. */

#define PLOT_FILL_ALPHA 0.35
#define HIGHLIGHT_FILL_ALPHA 0.6
#define PLOT_LABEL_MIN_ZOOM 16.5
/* How far a plot's name stays inside its top edge, in pixels. */
#define LABEL_INSET 6
#define STREET_LABEL_MIN_ZOOM 14.5

typedef struct
{
  GdkRGBA ground;
  GdkRGBA site;
  GdkRGBA site_edge;
  GdkRGBA street;
  GdkRGBA street_casing;
  GdkRGBA label;
  GdkRGBA halo;
  GdkRGBA no_owner;
} Palette;

static const Palette light_palette = {
  .ground = { 0.937, 0.929, 0.906, 1 },
  .site = { 0.976, 0.973, 0.957, 1 },
  .site_edge = { 0.478, 0.447, 0.384, 1 },
  .street = { 0.812, 0.792, 0.757, 1 },
  .street_casing = { 1, 1, 1, 1 },
  .label = { 0.325, 0.306, 0.275, 1 },
  .halo = { 0.976, 0.973, 0.957, 0.9 },
  .no_owner = { 0.6, 0.58, 0.55, 1 },
};

static const Palette dark_palette = {
  .ground = { 0.149, 0.145, 0.137, 1 },
  .site = { 0.196, 0.192, 0.180, 1 },
  .site_edge = { 0.604, 0.580, 0.525, 1 },
  .street = { 0.310, 0.302, 0.286, 1 },
  .street_casing = { 0.110, 0.106, 0.102, 1 },
  .label = { 0.816, 0.800, 0.769, 1 },
  .halo = { 0.149, 0.145, 0.137, 0.9 },
  .no_owner = { 0.5, 0.49, 0.47, 1 },
};

struct _WijkPlotLayer
{
  ShumateLayer       parent_instance;

  WijkWorkshopModel *model;
  char              *highlight_org;
  char              *picked_plot;
  gboolean           basemap;
};

enum {
  PROP_0,
  PROP_MODEL,
  PROP_BASEMAP,
  PROP_HIGHLIGHT_ORG,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (WijkPlotLayer, wijk_plot_layer, SHUMATE_TYPE_LAYER)

static gboolean
is_kind (WijkPlotItem *item,
         const char   *kind)
{
  return g_strcmp0 (wijk_plot_item_get_kind (item), kind) == 0;
}

static void
paint_site (WijkPlotLayer  *self,
            cairo_t        *cr,
            const Palette  *palette,
            WijkPlotItem   *item)
{
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  const WijkPlot *plot = wijk_plot_item_get_plot (item);
  static const double dashes[] = { 8, 5 };

  if (plot->geometry == NULL)
    return;

  cairo_new_path (cr);
  wijk_map_paint_geometry_path (cr, viewport, GTK_WIDGET (self), plot->geometry);
  if (!self->basemap)
    {
      gdk_cairo_set_source_rgba (cr, &palette->site);
      cairo_fill_preserve (cr);
    }
  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  cairo_set_line_width (cr, 2);
  gdk_cairo_set_source_rgba (cr, &palette->site_edge);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

static void
paint_plot (WijkPlotLayer *self,
            cairo_t       *cr,
            const Palette *palette,
            WijkPlotItem  *item)
{
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  const WijkPlot *plot = wijk_plot_item_get_plot (item);
  gboolean highlighted = self->highlight_org != NULL
                         && g_strcmp0 (plot->owner_org, self->highlight_org) == 0;
  gboolean picked = self->picked_plot != NULL && g_strcmp0 (plot->id, self->picked_plot) == 0;
  GdkRGBA colour, edge;

  if (plot->geometry == NULL || plot->geometry->kind == WIJK_GEOMETRY_POINT)
    return;

  wijk_map_paint_parse_colour (wijk_plot_item_get_colour (item), &palette->no_owner, &colour);
  wijk_map_paint_shade (&colour, 0.7, &edge);

  cairo_new_path (cr);
  wijk_map_paint_geometry_path (cr, viewport, GTK_WIDGET (self), plot->geometry);
  cairo_set_source_rgba (cr, colour.red, colour.green, colour.blue,
                         highlighted || picked ? HIGHLIGHT_FILL_ALPHA : PLOT_FILL_ALPHA);
  cairo_fill_preserve (cr);
  if (picked)
    {
      /* The plot a click would take as an area: a wide edge in the
       * system's accent blue, on a white casing. */
      cairo_set_line_width (cr, 6);
      cairo_set_source_rgba (cr, 1, 1, 1, 0.9);
      cairo_stroke_preserve (cr);
      cairo_set_line_width (cr, 3.5);
      cairo_set_source_rgb (cr, 0.208, 0.518, 0.894);
      cairo_stroke (cr);
      return;
    }
  cairo_set_line_width (cr, highlighted ? 3 : 1.5);
  gdk_cairo_set_source_rgba (cr, &edge);
  cairo_stroke (cr);
}

static double
street_width (double zoom)
{
  return CLAMP (6 * pow (2, zoom - 16), 2, 16);
}

static void
paint_street (WijkPlotLayer *self,
              cairo_t       *cr,
              const Palette *palette,
              WijkPlotItem  *item,
              double         zoom)
{
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  const WijkPlot *plot = wijk_plot_item_get_plot (item);
  double width = street_width (zoom);

  if (plot->geometry == NULL || plot->geometry->kind != WIJK_GEOMETRY_LINE_STRING)
    return;

  cairo_new_path (cr);
  wijk_map_paint_geometry_path (cr, viewport, GTK_WIDGET (self), plot->geometry);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_width (cr, width + 2);
  gdk_cairo_set_source_rgba (cr, &palette->street_casing);
  cairo_stroke_preserve (cr);
  cairo_set_line_width (cr, width);
  gdk_cairo_set_source_rgba (cr, &palette->street);
  cairo_stroke (cr);
}

static PangoLayout *
create_label_layout (WijkPlotLayer *self,
                     const char    *text,
                     double         scale,
                     gboolean       bold)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  g_autoptr(PangoFontDescription) font = NULL;

  font = pango_font_description_copy (pango_context_get_font_description (context));
  pango_font_description_set_size (font, (int) (pango_font_description_get_size (font) * scale));
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_SEMIBOLD);
  pango_layout_set_font_description (layout, font);
  return layout;
}

/* The name along the street's longest segment, upright. */
static void
paint_street_label (WijkPlotLayer *self,
                    cairo_t       *cr,
                    const Palette *palette,
                    WijkPlotItem  *item)
{
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  const WijkPlot *plot = wijk_plot_item_get_plot (item);
  g_autoptr(PangoLayout) layout = NULL;
  GPtrArray *part;
  GArray *line;
  double best = 0, bx = 0, by = 0, angle = 0, px = 0, py = 0;
  int text_width;

  if (plot->name == NULL || plot->geometry == NULL
      || plot->geometry->kind != WIJK_GEOMETRY_LINE_STRING || plot->geometry->parts->len == 0)
    return;

  part = g_ptr_array_index (plot->geometry->parts, 0);
  if (part->len == 0)
    return;
  line = g_ptr_array_index (part, 0);
  for (guint i = 0; i < line->len; i++)
    {
      const WijkLonLat *p = &g_array_index (line, WijkLonLat, i);
      double x, y;

      shumate_viewport_location_to_widget_coords (viewport, GTK_WIDGET (self), p->lat, p->lon,
                                                  &x, &y);
      if (i > 0 && hypot (x - px, y - py) > best)
        {
          best = hypot (x - px, y - py);
          bx = (x + px) / 2;
          by = (y + py) / 2;
          angle = atan2 (y - py, x - px);
        }
      px = x;
      py = y;
    }

  if (angle > G_PI / 2)
    angle -= G_PI;
  else if (angle < -G_PI / 2)
    angle += G_PI;

  layout = create_label_layout (self, plot->name, 0.8, FALSE);
  pango_layout_get_pixel_size (layout, &text_width, NULL);
  if (best < text_width + 24)
    return;

  wijk_map_paint_label (cr, layout, bx, by, angle, &palette->label, &palette->halo);
}

static void
paint_plot_label (WijkPlotLayer *self,
                  cairo_t       *cr,
                  const Palette *palette,
                  WijkPlotItem  *item)
{
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  const WijkPlot *plot = wijk_plot_item_get_plot (item);
  g_autoptr(PangoLayout) layout = NULL;
  graphene_rect_t bounds;
  WijkLonLat centre;
  double x, y;
  int text_width, text_height;

  if (plot->name == NULL || plot->geometry == NULL
      || !wijk_geometry_centroid (plot->geometry, &centre)
      || !wijk_map_paint_geometry_bounds (viewport, GTK_WIDGET (self), plot->geometry, &bounds))
    return;

  layout = create_label_layout (self, plot->name, 0.75, TRUE);
  pango_layout_get_pixel_size (layout, &text_width, &text_height);
  if (text_width + 8 > bounds.size.width || text_height + 2 * LABEL_INSET > bounds.size.height)
    return;

  /* Along the plot's top edge, centred: an action drafted on the plot has
   * its marker where the plot was clicked, most often in its middle. */
  shumate_viewport_location_to_widget_coords (viewport, GTK_WIDGET (self), centre.lat, centre.lon,
                                              &x, &y);
  y = bounds.origin.y + LABEL_INSET + text_height / 2.0;
  wijk_map_paint_label (cr, layout, x, y, 0, &palette->label, &palette->halo);
}

static void
paint_features (WijkPlotLayer *self,
                cairo_t       *cr,
                const Palette *palette)
{
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  GListModel *plots = wijk_workshop_model_get_plots (self->model);
  guint n = g_list_model_get_n_items (plots);
  double zoom = shumate_viewport_get_zoom_level (viewport);

  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);

  /* Bottom to top: the site, the plots, the streets, the names. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WijkPlotItem) item = g_list_model_get_item (plots, i);

      if (is_kind (item, "outline"))
        paint_site (self, cr, palette, item);
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WijkPlotItem) item = g_list_model_get_item (plots, i);

      if (!is_kind (item, "outline") && !is_kind (item, "street"))
        paint_plot (self, cr, palette, item);
    }

  for (guint i = 0; i < n && !self->basemap; i++)
    {
      g_autoptr(WijkPlotItem) item = g_list_model_get_item (plots, i);

      if (is_kind (item, "street"))
        paint_street (self, cr, palette, item, zoom);
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WijkPlotItem) item = g_list_model_get_item (plots, i);

      if (is_kind (item, "street") && !self->basemap && zoom >= STREET_LABEL_MIN_ZOOM)
        paint_street_label (self, cr, palette, item);
      else if (is_kind (item, "plot") && zoom >= PLOT_LABEL_MIN_ZOOM)
        paint_plot_label (self, cr, palette, item);
    }
}

static void
wijk_plot_layer_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  WijkPlotLayer *self = WIJK_PLOT_LAYER (widget);
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  const Palette *palette = wijk_map_paint_is_dark () ? &dark_palette : &light_palette;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (width <= 0 || height <= 0 || shumate_viewport_get_reference_map_source (viewport) == NULL)
    return;

  if (!self->basemap)
    gtk_snapshot_append_color (snapshot, &palette->ground,
                               &GRAPHENE_RECT_INIT (0, 0, width, height));

  if (self->model == NULL)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  paint_features (self, cr, palette);
  cairo_destroy (cr);
}

static void
on_model_changed (WijkPlotLayer *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_viewport_changed (WijkPlotLayer *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
wijk_plot_layer_constructed (GObject *object)
{
  WijkPlotLayer *self = WIJK_PLOT_LAYER (object);

  G_OBJECT_CLASS (wijk_plot_layer_parent_class)->constructed (object);

  g_signal_connect_object (shumate_layer_get_viewport (SHUMATE_LAYER (self)), "notify",
                           G_CALLBACK (on_viewport_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (on_viewport_changed), self, G_CONNECT_SWAPPED);
}

static void
wijk_plot_layer_dispose (GObject *object)
{
  WijkPlotLayer *self = WIJK_PLOT_LAYER (object);

  wijk_plot_layer_set_model (self, NULL);

  G_OBJECT_CLASS (wijk_plot_layer_parent_class)->dispose (object);
}

static void
wijk_plot_layer_finalize (GObject *object)
{
  WijkPlotLayer *self = WIJK_PLOT_LAYER (object);

  g_free (self->highlight_org);
  g_free (self->picked_plot);

  G_OBJECT_CLASS (wijk_plot_layer_parent_class)->finalize (object);
}

static void
wijk_plot_layer_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  WijkPlotLayer *self = WIJK_PLOT_LAYER (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;
    case PROP_BASEMAP:
      g_value_set_boolean (value, self->basemap);
      break;
    case PROP_HIGHLIGHT_ORG:
      g_value_set_string (value, self->highlight_org);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wijk_plot_layer_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  WijkPlotLayer *self = WIJK_PLOT_LAYER (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      wijk_plot_layer_set_model (self, g_value_get_object (value));
      break;
    case PROP_BASEMAP:
      wijk_plot_layer_set_basemap (self, g_value_get_boolean (value));
      break;
    case PROP_HIGHLIGHT_ORG:
      wijk_plot_layer_set_highlight_org (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wijk_plot_layer_class_init (WijkPlotLayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = wijk_plot_layer_constructed;
  object_class->dispose = wijk_plot_layer_dispose;
  object_class->finalize = wijk_plot_layer_finalize;
  object_class->get_property = wijk_plot_layer_get_property;
  object_class->set_property = wijk_plot_layer_set_property;

  widget_class->snapshot = wijk_plot_layer_snapshot;

  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, WIJK_TYPE_WORKSHOP_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BASEMAP] =
    g_param_spec_boolean ("basemap", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HIGHLIGHT_ORG] =
    g_param_spec_string ("highlight-org", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "wijkplotlayer");
}

static void
wijk_plot_layer_init (WijkPlotLayer *self)
{
  /* Clicks go through to the map, which hit-tests the layers itself. */
  gtk_widget_set_can_target (GTK_WIDGET (self), FALSE);
}

/**
 * wijk_plot_layer_new:
 * @viewport: the map's viewport
 *
 * Returns: (transfer floating): a new plot layer
 */
WijkPlotLayer *
wijk_plot_layer_new (ShumateViewport *viewport)
{
  g_return_val_if_fail (SHUMATE_IS_VIEWPORT (viewport), NULL);

  return g_object_new (WIJK_TYPE_PLOT_LAYER, "viewport", viewport, NULL);
}

WijkWorkshopModel *
wijk_plot_layer_get_model (WijkPlotLayer *self)
{
  g_return_val_if_fail (WIJK_IS_PLOT_LAYER (self), NULL);
  return self->model;
}

void
wijk_plot_layer_set_model (WijkPlotLayer     *self,
                           WijkWorkshopModel *model)
{
  g_return_if_fail (WIJK_IS_PLOT_LAYER (self));
  g_return_if_fail (model == NULL || WIJK_IS_WORKSHOP_MODEL (model));

  if (self->model == model)
    return;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, on_model_changed, self);

  g_set_object (&self->model, model);

  if (model != NULL)
    g_signal_connect_object (model, "changed", G_CALLBACK (on_model_changed), self,
                             G_CONNECT_SWAPPED);

  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

gboolean
wijk_plot_layer_get_basemap (WijkPlotLayer *self)
{
  g_return_val_if_fail (WIJK_IS_PLOT_LAYER (self), FALSE);
  return self->basemap;
}

/**
 * wijk_plot_layer_set_basemap:
 * @self: a plot layer
 * @basemap: whether map tiles lie under the layer
 *
 * With a basemap the layer leaves the ground and the streets to the tiles
 * and draws only the site's outline and the plots.
 */
void
wijk_plot_layer_set_basemap (WijkPlotLayer *self,
                             gboolean       basemap)
{
  g_return_if_fail (WIJK_IS_PLOT_LAYER (self));

  basemap = !!basemap;
  if (self->basemap == basemap)
    return;

  self->basemap = basemap;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BASEMAP]);
}

const char *
wijk_plot_layer_get_highlight_org (WijkPlotLayer *self)
{
  g_return_val_if_fail (WIJK_IS_PLOT_LAYER (self), NULL);
  return self->highlight_org;
}

/**
 * wijk_plot_layer_set_highlight_org:
 * @self: a plot layer
 * @org_id: (nullable): the organisation whose plots stand out
 */
void
wijk_plot_layer_set_highlight_org (WijkPlotLayer *self,
                                   const char    *org_id)
{
  g_return_if_fail (WIJK_IS_PLOT_LAYER (self));

  if (g_strcmp0 (self->highlight_org, org_id) == 0)
    return;

  g_free (self->highlight_org);
  self->highlight_org = g_strdup (org_id);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIGHLIGHT_ORG]);
}

const char *
wijk_plot_layer_get_picked_plot (WijkPlotLayer *self)
{
  g_return_val_if_fail (WIJK_IS_PLOT_LAYER (self), NULL);
  return self->picked_plot;
}

/**
 * wijk_plot_layer_set_picked_plot:
 * @self: a plot layer
 * @plot_id: (nullable): the plot under the pointer while the user picks
 *   one, drawn with a wide edge
 */
void
wijk_plot_layer_set_picked_plot (WijkPlotLayer *self,
                                 const char    *plot_id)
{
  g_return_if_fail (WIJK_IS_PLOT_LAYER (self));

  if (g_strcmp0 (self->picked_plot, plot_id) == 0)
    return;

  g_free (self->picked_plot);
  self->picked_plot = g_strdup (plot_id);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * wijk_plot_layer_get_plot_at:
 * @self: a plot layer
 * @x: a position in the layer
 * @y: a position in the layer
 *
 * Returns: (transfer none) (nullable): the plot (not the outline or a
 *   street) under the position, or %NULL
 */
WijkPlotItem *
wijk_plot_layer_get_plot_at (WijkPlotLayer *self,
                             double         x,
                             double         y)
{
  ShumateViewport *viewport;
  GListModel *plots;
  double lat, lon;

  g_return_val_if_fail (WIJK_IS_PLOT_LAYER (self), NULL);

  if (self->model == NULL)
    return NULL;

  viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  shumate_viewport_widget_coords_to_location (viewport, GTK_WIDGET (self), x, y, &lat, &lon);
  plots = wijk_workshop_model_get_plots (self->model);

  /* The topmost, that is the last drawn, first. */
  for (guint i = g_list_model_get_n_items (plots); i-- > 0;)
    {
      g_autoptr(WijkPlotItem) item = g_list_model_get_item (plots, i);
      const WijkPlot *plot = wijk_plot_item_get_plot (item);

      if (is_kind (item, "outline") || is_kind (item, "street") || plot->geometry == NULL)
        continue;
      if (wijk_geometry_contains (plot->geometry, lon, lat))
        return item;
    }

  return NULL;
}
