/* wijk-drawing-layer.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-map"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "wijk-drawing-layer.h"
#include "wijk-format.h"
#include "wijk-geometry.h"
#include "wijk-map-paint.h"

/* The area in progress: a translucent fill in the action's colour, the
 * edges placed so far, a dashed "rubber band" from the last corner to the
 * pointer and back to the first, a handle on every corner (the first one
 * grows when a click there would close the area) and the area in m² in
 * its middle. An edge that would cross another is drawn in red. */

#define VERTEX_RADIUS 5
#define FIRST_VERTEX_RADIUS 6.5
#define CLOSE_RADIUS 9
#define CLOSE_HIT_RADIUS 12
#define FILL_ALPHA 0.25

struct _WijkDrawingLayer
{
  ShumateLayer  parent_instance;

  GArray       *vertices;       /* of WijkLonLat */
  GdkRGBA       colour;
  gboolean      pointer_inside;
  double        pointer_x;
  double        pointer_y;
};

G_DEFINE_FINAL_TYPE (WijkDrawingLayer, wijk_drawing_layer, SHUMATE_TYPE_LAYER)

static const GdkRGBA error_colour = { 0.753, 0.110, 0.157, 1 };   /* #c01c28 */

/* Plane geometry on longitude and latitude is enough to tell whether two
 * edges a few hundred metres long cross: the projection keeps straight
 * lines straight to well under a pixel at this scale. */
static double
orientation (const WijkLonLat *a,
             const WijkLonLat *b,
             const WijkLonLat *c)
{
  return (b->lon - a->lon) * (c->lat - a->lat) - (b->lat - a->lat) * (c->lon - a->lon);
}

static gboolean
segments_cross (const WijkLonLat *a,
                const WijkLonLat *b,
                const WijkLonLat *c,
                const WijkLonLat *d)
{
  double d1 = orientation (c, d, a);
  double d2 = orientation (c, d, b);
  double d3 = orientation (a, b, c);
  double d4 = orientation (a, b, d);

  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0))
         && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

static const WijkLonLat *
vertex (WijkDrawingLayer *self,
        guint             index)
{
  return &g_array_index (self->vertices, WijkLonLat, index);
}

/* Whether the edge from @from (a corner's index) to @to crosses one of
 * the edges between corners, leaving out those that share a corner with it:
 * @skip_first leaves out the first edge too (the closing edge touches it). */
static gboolean
edge_crosses (WijkDrawingLayer *self,
              guint             from,
              const WijkLonLat *to,
              gboolean          skip_first)
{
  guint n = self->vertices->len;

  for (guint i = skip_first ? 1 : 0; i + 2 < n; i++)
    {
      if (i + 1 == from || i == from)
        continue;
      if (segments_cross (vertex (self, from), to, vertex (self, i), vertex (self, i + 1)))
        return TRUE;
    }
  return FALSE;
}

static void
to_widget (WijkDrawingLayer *self,
           const WijkLonLat *position,
           double           *x,
           double           *y)
{
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));

  shumate_viewport_location_to_widget_coords (viewport, GTK_WIDGET (self),
                                              position->lat, position->lon, x, y);
}

static gboolean
pointer_location (WijkDrawingLayer *self,
                  WijkLonLat       *position)
{
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));

  if (!self->pointer_inside)
    return FALSE;
  shumate_viewport_widget_coords_to_location (viewport, GTK_WIDGET (self),
                                              self->pointer_x, self->pointer_y,
                                              &position->lat, &position->lon);
  return TRUE;
}

/* The corners with the pointer as the next one, while it is over the map. */
static GArray *
preview_ring (WijkDrawingLayer *self,
              gboolean         *with_pointer)
{
  GArray *ring = g_array_copy (self->vertices);
  WijkLonLat pointer;

  *with_pointer = !wijk_drawing_layer_hits_first_vertex (self, self->pointer_x, self->pointer_y)
                  && pointer_location (self, &pointer);
  if (*with_pointer)
    g_array_append_val (ring, pointer);
  return ring;
}

static double
ring_area_m2 (GArray *ring)
{
  g_autoptr(WijkGeometry) polygon = NULL;

  if (ring->len < 3)
    return 0;
  polygon = wijk_geometry_new_polygon ((const WijkLonLat *) (gpointer) ring->data, ring->len);
  return wijk_geometry_area_m2 (polygon);
}

static void
ring_path (WijkDrawingLayer *self,
           cairo_t          *cr,
           GArray           *ring)
{
  cairo_new_path (cr);
  for (guint i = 0; i < ring->len; i++)
    {
      double x, y;

      to_widget (self, &g_array_index (ring, WijkLonLat, i), &x, &y);
      cairo_line_to (cr, x, y);
    }
}

/* A line with a light casing, so that it reads on any plot colour. */
static void
stroke_cased (cairo_t       *cr,
              const GdkRGBA *colour,
              double         width)
{
  cairo_set_line_width (cr, width + 2.5);
  cairo_set_source_rgba (cr, 1, 1, 1, 0.9);
  cairo_stroke_preserve (cr);
  cairo_set_line_width (cr, width);
  gdk_cairo_set_source_rgba (cr, colour);
  cairo_stroke (cr);
}

static void
paint_rubber_band (WijkDrawingLayer *self,
                   cairo_t          *cr,
                   const GdkRGBA    *edge)
{
  static const double dashes[] = { 6, 4 };
  const WijkLonLat *last = vertex (self, self->vertices->len - 1);
  WijkLonLat pointer;
  gboolean crosses;
  double x, y, px = self->pointer_x, py = self->pointer_y;

  if (!pointer_location (self, &pointer))
    return;

  if (wijk_drawing_layer_hits_first_vertex (self, px, py))
    to_widget (self, vertex (self, 0), &px, &py);
  crosses = wijk_drawing_layer_would_cross (self, pointer.lon, pointer.lat);

  cairo_new_path (cr);
  to_widget (self, last, &x, &y);
  cairo_move_to (cr, x, y);
  cairo_line_to (cr, px, py);
  if (self->vertices->len >= 2)
    {
      to_widget (self, vertex (self, 0), &x, &y);
      cairo_line_to (cr, x, y);
    }
  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  stroke_cased (cr, crosses ? &error_colour : edge, 2);
  cairo_set_dash (cr, NULL, 0, 0);
}

static void
paint_vertex (cairo_t       *cr,
              double         x,
              double         y,
              double         radius,
              const GdkRGBA *rim,
              gboolean       filled)
{
  cairo_new_path (cr);
  cairo_arc (cr, x, y, radius, 0, 2 * G_PI);
  if (filled)
    gdk_cairo_set_source_rgba (cr, rim);
  else
    cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill_preserve (cr);
  cairo_set_line_width (cr, 2);
  if (filled)
    cairo_set_source_rgb (cr, 1, 1, 1);
  else
    gdk_cairo_set_source_rgba (cr, rim);
  cairo_stroke (cr);
}

static void
paint_vertices (WijkDrawingLayer *self,
                cairo_t          *cr,
                const GdkRGBA    *edge)
{
  gboolean closing = wijk_drawing_layer_hits_first_vertex (self, self->pointer_x,
                                                           self->pointer_y);

  for (guint i = self->vertices->len; i-- > 0;)
    {
      double x, y;

      to_widget (self, vertex (self, i), &x, &y);
      if (i > 0)
        paint_vertex (cr, x, y, VERTEX_RADIUS, edge, FALSE);
      else if (closing)
        paint_vertex (cr, x, y, CLOSE_RADIUS, edge, TRUE);
      else
        paint_vertex (cr, x, y, FIRST_VERTEX_RADIUS, edge, self->vertices->len >= 3);
    }
}

/* The area's size in the middle of the shape (its centroid on screen). */
static void
paint_area_label (WijkDrawingLayer *self,
                  cairo_t          *cr,
                  GArray           *ring)
{
  static const GdkRGBA text = { 0.1, 0.1, 0.1, 1 };
  static const GdkRGBA halo = { 1, 1, 1, 0.92 };
  g_autoptr(PangoLayout) layout = NULL;
  g_autofree char *label = NULL;
  double area = ring_area_m2 (ring), cx = 0, cy = 0, twice_area = 0;
  double x0 = 0, y0 = 0;

  if (area <= 0)
    return;

  for (guint i = 0; i < ring->len; i++)
    {
      double x1, y1, x2, y2, cross;

      to_widget (self, &g_array_index (ring, WijkLonLat, i), &x1, &y1);
      to_widget (self, &g_array_index (ring, WijkLonLat, (i + 1) % ring->len), &x2, &y2);
      cross = x1 * y2 - x2 * y1;
      twice_area += cross;
      cx += (x1 + x2) * cross;
      cy += (y1 + y2) * cross;
      x0 += x1 / ring->len;
      y0 += y1 / ring->len;
    }
  if (fabs (twice_area) > 1)
    {
      x0 = cx / (3 * twice_area);
      y0 = cy / (3 * twice_area);
    }

  /* Translators: the unit of an area drawn on the map, square metres. */
  label = wijk_format_quantity (round (area), _("m²"));
  layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);
  {
    g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>", label);

    pango_layout_set_markup (layout, markup, -1);
  }
  wijk_map_paint_label (cr, layout, x0, y0, 0, &text, &halo);
}

static void
wijk_drawing_layer_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  WijkDrawingLayer *self = WIJK_DRAWING_LAYER (widget);
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autoptr(GArray) ring = NULL;
  gboolean with_pointer;
  GdkRGBA edge;
  cairo_t *cr;

  if (self->vertices->len == 0 || width <= 0 || height <= 0
      || shumate_viewport_get_reference_map_source (viewport) == NULL)
    return;

  wijk_map_paint_shade (&self->colour, 0.75, &edge);
  ring = preview_ring (self, &with_pointer);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  if (ring->len >= 3)
    {
      ring_path (self, cr, ring);
      cairo_close_path (cr);
      cairo_set_source_rgba (cr, self->colour.red, self->colour.green, self->colour.blue,
                             FILL_ALPHA);
      cairo_fill (cr);
    }

  if (self->vertices->len >= 2)
    {
      ring_path (self, cr, self->vertices);
      stroke_cased (cr, &edge, 2.5);
    }

  paint_rubber_band (self, cr, &edge);
  paint_vertices (self, cr, &edge);
  paint_area_label (self, cr, ring);
  cairo_destroy (cr);
}

static void
on_viewport_changed (WijkDrawingLayer *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
wijk_drawing_layer_constructed (GObject *object)
{
  WijkDrawingLayer *self = WIJK_DRAWING_LAYER (object);

  G_OBJECT_CLASS (wijk_drawing_layer_parent_class)->constructed (object);

  g_signal_connect_object (shumate_layer_get_viewport (SHUMATE_LAYER (self)), "notify",
                           G_CALLBACK (on_viewport_changed), self, G_CONNECT_SWAPPED);
}

static void
wijk_drawing_layer_finalize (GObject *object)
{
  WijkDrawingLayer *self = WIJK_DRAWING_LAYER (object);

  g_array_unref (self->vertices);

  G_OBJECT_CLASS (wijk_drawing_layer_parent_class)->finalize (object);
}

static void
wijk_drawing_layer_class_init (WijkDrawingLayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = wijk_drawing_layer_constructed;
  object_class->finalize = wijk_drawing_layer_finalize;

  widget_class->snapshot = wijk_drawing_layer_snapshot;

  gtk_widget_class_set_css_name (widget_class, "wijkdrawinglayer");
}

static void
wijk_drawing_layer_init (WijkDrawingLayer *self)
{
  self->vertices = g_array_new (FALSE, FALSE, sizeof (WijkLonLat));
  self->colour = (GdkRGBA) { 0.208, 0.518, 0.894, 1 };

  /* Clicks go through to the map, which adds the corners. */
  gtk_widget_set_can_target (GTK_WIDGET (self), FALSE);
}

/**
 * wijk_drawing_layer_new:
 * @viewport: the map's viewport
 *
 * Returns: (transfer floating): a new, empty drawing layer
 */
WijkDrawingLayer *
wijk_drawing_layer_new (ShumateViewport *viewport)
{
  g_return_val_if_fail (SHUMATE_IS_VIEWPORT (viewport), NULL);

  return g_object_new (WIJK_TYPE_DRAWING_LAYER, "viewport", viewport, NULL);
}

/**
 * wijk_drawing_layer_set_colour:
 * @self: a drawing layer
 * @colour: the colour of the action's theme
 */
void
wijk_drawing_layer_set_colour (WijkDrawingLayer *self,
                               const GdkRGBA    *colour)
{
  g_return_if_fail (WIJK_IS_DRAWING_LAYER (self));
  g_return_if_fail (colour != NULL);

  self->colour = *colour;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
wijk_drawing_layer_get_n_vertices (WijkDrawingLayer *self)
{
  g_return_val_if_fail (WIJK_IS_DRAWING_LAYER (self), 0);
  return self->vertices->len;
}

/**
 * wijk_drawing_layer_get_vertex:
 * @self: a drawing layer
 * @index: a corner's index, from 0
 *
 * Returns: (transfer none): the corner
 */
const WijkLonLat *
wijk_drawing_layer_get_vertex (WijkDrawingLayer *self,
                               guint             index)
{
  g_return_val_if_fail (WIJK_IS_DRAWING_LAYER (self), NULL);
  g_return_val_if_fail (index < self->vertices->len, NULL);

  return vertex (self, index);
}

/**
 * wijk_drawing_layer_would_cross:
 * @self: a drawing layer
 * @longitude: the next corner
 * @latitude: the next corner
 *
 * Returns: whether the edge to that corner would cross an edge already
 *   drawn, which would make the area's outline cross itself
 */
gboolean
wijk_drawing_layer_would_cross (WijkDrawingLayer *self,
                                double            longitude,
                                double            latitude)
{
  WijkLonLat next = { longitude, latitude };

  g_return_val_if_fail (WIJK_IS_DRAWING_LAYER (self), FALSE);

  return self->vertices->len >= 3
         && edge_crosses (self, self->vertices->len - 1, &next, FALSE);
}

/**
 * wijk_drawing_layer_add_vertex:
 * @self: a drawing layer
 * @longitude: the new corner
 * @latitude: the new corner
 *
 * Returns: %FALSE, adding nothing, when the new edge would cross another
 */
gboolean
wijk_drawing_layer_add_vertex (WijkDrawingLayer *self,
                               double            longitude,
                               double            latitude)
{
  WijkLonLat position = { longitude, latitude };

  g_return_val_if_fail (WIJK_IS_DRAWING_LAYER (self), FALSE);

  if (wijk_drawing_layer_would_cross (self, longitude, latitude))
    return FALSE;

  g_array_append_val (self->vertices, position);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return TRUE;
}

/**
 * wijk_drawing_layer_remove_last_vertex:
 * @self: a drawing layer
 *
 * Returns: %FALSE when there was no corner to remove
 */
gboolean
wijk_drawing_layer_remove_last_vertex (WijkDrawingLayer *self)
{
  g_return_val_if_fail (WIJK_IS_DRAWING_LAYER (self), FALSE);

  if (self->vertices->len == 0)
    return FALSE;

  g_array_set_size (self->vertices, self->vertices->len - 1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return TRUE;
}

void
wijk_drawing_layer_clear (WijkDrawingLayer *self)
{
  g_return_if_fail (WIJK_IS_DRAWING_LAYER (self));

  g_array_set_size (self->vertices, 0);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * wijk_drawing_layer_can_close:
 * @self: a drawing layer
 *
 * Returns: whether the corners make an area: at least three, and the edge
 *   back to the first does not cross another
 */
gboolean
wijk_drawing_layer_can_close (WijkDrawingLayer *self)
{
  guint n;

  g_return_val_if_fail (WIJK_IS_DRAWING_LAYER (self), FALSE);

  n = self->vertices->len;
  return n >= 3 && !edge_crosses (self, n - 1, vertex (self, 0), TRUE)
         && wijk_drawing_layer_get_area_m2 (self) > 0;
}

/**
 * wijk_drawing_layer_hits_first_vertex:
 * @self: a drawing layer
 * @x: a position in the layer
 * @y: a position in the layer
 *
 * Returns: whether a click at the position closes the area: it is on the
 *   first corner and the area can be closed
 */
gboolean
wijk_drawing_layer_hits_first_vertex (WijkDrawingLayer *self,
                                      double            x,
                                      double            y)
{
  double fx, fy;

  g_return_val_if_fail (WIJK_IS_DRAWING_LAYER (self), FALSE);

  if (self->vertices->len < 3)
    return FALSE;
  to_widget (self, vertex (self, 0), &fx, &fy);
  return hypot (x - fx, y - fy) <= CLOSE_HIT_RADIUS && wijk_drawing_layer_can_close (self);
}

/**
 * wijk_drawing_layer_set_pointer:
 * @self: a drawing layer
 * @inside: whether the pointer is over the map
 * @x: where it is, in the layer
 * @y: where it is, in the layer
 */
void
wijk_drawing_layer_set_pointer (WijkDrawingLayer *self,
                                gboolean          inside,
                                double            x,
                                double            y)
{
  g_return_if_fail (WIJK_IS_DRAWING_LAYER (self));

  self->pointer_inside = inside;
  self->pointer_x = x;
  self->pointer_y = y;
  if (self->vertices->len > 0)
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * wijk_drawing_layer_dup_polygon:
 * @self: a drawing layer
 *
 * Returns: (transfer full) (nullable): the corners as a closed polygon, or
 *   %NULL when they do not make an area (wijk_drawing_layer_can_close())
 */
WijkGeometry *
wijk_drawing_layer_dup_polygon (WijkDrawingLayer *self)
{
  g_return_val_if_fail (WIJK_IS_DRAWING_LAYER (self), NULL);

  if (!wijk_drawing_layer_can_close (self))
    return NULL;
  return wijk_geometry_new_polygon ((const WijkLonLat *) (gpointer) self->vertices->data,
                                    self->vertices->len);
}

/**
 * wijk_drawing_layer_get_area_m2:
 * @self: a drawing layer
 *
 * Returns: the geodesic area of the corners placed so far, 0 below three
 */
double
wijk_drawing_layer_get_area_m2 (WijkDrawingLayer *self)
{
  g_return_val_if_fail (WIJK_IS_DRAWING_LAYER (self), 0);
  return ring_area_m2 (self->vertices);
}

/**
 * wijk_drawing_layer_get_preview_area_m2:
 * @self: a drawing layer
 *
 * The area as drawn on the map: with the pointer as the next corner while
 * it is over the map, so that the size follows the pointer.
 *
 * Returns: the geodesic area in m², 0 below three corners
 */
double
wijk_drawing_layer_get_preview_area_m2 (WijkDrawingLayer *self)
{
  g_autoptr(GArray) ring = NULL;
  gboolean with_pointer;

  g_return_val_if_fail (WIJK_IS_DRAWING_LAYER (self), 0);

  if (self->vertices->len == 0)
    return 0;
  ring = preview_ring (self, &with_pointer);
  return ring_area_m2 (ring);
}
