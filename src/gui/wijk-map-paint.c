/* wijk-map-paint.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-map"

#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "wijk-map-paint.h"

static void
append_ring (cairo_t         *cr,
             ShumateViewport *viewport,
             GtkWidget       *widget,
             GArray          *ring,
             gboolean         closed)
{
  for (guint i = 0; i < ring->len; i++)
    {
      const WijkLonLat *p = &g_array_index (ring, WijkLonLat, i);
      double x, y;

      shumate_viewport_location_to_widget_coords (viewport, widget, p->lat, p->lon, &x, &y);
      if (i == 0)
        cairo_move_to (cr, x, y);
      else
        cairo_line_to (cr, x, y);
    }

  if (closed && ring->len > 0)
    cairo_close_path (cr);
}

/**
 * wijk_map_paint_geometry_path:
 * @cr: where to add the path
 * @viewport: the map's viewport
 * @widget: the layer, whose coordinates the path is in
 * @geometry: a line, polygon or multi-polygon
 *
 * Adds @geometry's rings to the current path (polygons closed, to be
 * filled with %CAIRO_FILL_RULE_EVEN_ODD so that holes stay open). A point
 * adds nothing.
 */
void
wijk_map_paint_geometry_path (cairo_t            *cr,
                              ShumateViewport    *viewport,
                              GtkWidget          *widget,
                              const WijkGeometry *geometry)
{
  gboolean closed = geometry->kind != WIJK_GEOMETRY_LINE_STRING;

  if (geometry->parts == NULL)
    return;

  for (guint i = 0; i < geometry->parts->len; i++)
    {
      GPtrArray *part = g_ptr_array_index (geometry->parts, i);

      for (guint j = 0; j < part->len; j++)
        append_ring (cr, viewport, widget, g_ptr_array_index (part, j), closed);
    }
}

/**
 * wijk_map_paint_geometry_bounds:
 * @viewport: the map's viewport
 * @widget: the layer
 * @geometry: any geometry
 * @bounds: (out): its bounding box in @widget's coordinates
 *
 * Returns: %FALSE when @geometry has no positions
 */
gboolean
wijk_map_paint_geometry_bounds (ShumateViewport    *viewport,
                                GtkWidget          *widget,
                                const WijkGeometry *geometry,
                                graphene_rect_t    *bounds)
{
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;
  double x, y;

  if (geometry->kind == WIJK_GEOMETRY_POINT)
    {
      shumate_viewport_location_to_widget_coords (viewport, widget, geometry->point.lat,
                                                  geometry->point.lon, &x, &y);
      graphene_rect_init (bounds, x, y, 0, 0);
      return TRUE;
    }

  for (guint i = 0; geometry->parts != NULL && i < geometry->parts->len; i++)
    {
      GPtrArray *part = g_ptr_array_index (geometry->parts, i);

      for (guint j = 0; j < part->len; j++)
        {
          GArray *ring = g_ptr_array_index (part, j);

          for (guint k = 0; k < ring->len; k++)
            {
              const WijkLonLat *p = &g_array_index (ring, WijkLonLat, k);

              shumate_viewport_location_to_widget_coords (viewport, widget, p->lat, p->lon,
                                                          &x, &y);
              x0 = MIN (x0, x);
              y0 = MIN (y0, y);
              x1 = MAX (x1, x);
              y1 = MAX (y1, y);
            }
        }
    }

  if (x0 > x1)
    return FALSE;

  graphene_rect_init (bounds, x0, y0, x1 - x0, y1 - y0);
  return TRUE;
}

/**
 * wijk_map_paint_parse_colour:
 * @spec: (nullable): a colour such as "#0072b2"
 * @fallback: the colour to use when @spec is %NULL or not a colour
 * @colour: (out): the colour
 */
void
wijk_map_paint_parse_colour (const char    *spec,
                             const GdkRGBA *fallback,
                             GdkRGBA       *colour)
{
  if (spec == NULL || !gdk_rgba_parse (colour, spec))
    *colour = *fallback;
}

/* Multiplies the colour's channels by @factor (< 1 darkens). */
void
wijk_map_paint_shade (const GdkRGBA *colour,
                      double         factor,
                      GdkRGBA       *shaded)
{
  shaded->red = CLAMP (colour->red * factor, 0., 1.);
  shaded->green = CLAMP (colour->green * factor, 0., 1.);
  shaded->blue = CLAMP (colour->blue * factor, 0., 1.);
  shaded->alpha = colour->alpha;
}

static double
linear (double channel)
{
  return channel <= 0.04045 ? channel / 12.92 : pow ((channel + 0.055) / 1.055, 2.4);
}

/* Relative luminance (WCAG 2), to choose a legible colour on top. */
double
wijk_map_paint_luminance (const GdkRGBA *colour)
{
  return 0.2126 * linear (colour->red) + 0.7152 * linear (colour->green)
         + 0.0722 * linear (colour->blue);
}

/**
 * wijk_map_paint_label:
 * @cr: a cairo context
 * @layout: the text
 * @x: the centre of the label
 * @y: the centre of the label
 * @angle: the label's rotation in radians
 * @text: the text's colour
 * @halo: the colour of the outline that keeps the text legible on any
 *   background
 */
void
wijk_map_paint_label (cairo_t       *cr,
                      PangoLayout   *layout,
                      double         x,
                      double         y,
                      double         angle,
                      const GdkRGBA *text,
                      const GdkRGBA *halo)
{
  /* The halo is the text itself drawn around its place, 1.5 px away in
   * eight directions. Stroking the glyphs' outlines would look the same but
   * asks the font for every outline, hinted, which costs a hundred times
   * more than the glyph images cairo caches anyway for the text. */
  static const double offsets[8][2] = {
    { -1.5, 0 }, { 1.5, 0 }, { 0, -1.5 }, { 0, 1.5 },
    { -1.06, -1.06 }, { 1.06, -1.06 }, { -1.06, 1.06 }, { 1.06, 1.06 },
  };
  int width, height;

  pango_layout_get_pixel_size (layout, &width, &height);

  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_rotate (cr, angle);
  gdk_cairo_set_source_rgba (cr, halo);
  for (guint i = 0; i < G_N_ELEMENTS (offsets); i++)
    {
      cairo_move_to (cr, -width / 2. + offsets[i][0], -height / 2. + offsets[i][1]);
      pango_cairo_show_layout (cr, layout);
    }
  cairo_move_to (cr, -width / 2., -height / 2.);
  gdk_cairo_set_source_rgba (cr, text);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

gboolean
wijk_map_paint_is_dark (void)
{
  return adw_style_manager_get_dark (adw_style_manager_get_default ());
}
