/* wijk-map-paint.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>
#include <shumate/shumate.h>

#include "wijk-workshop.h"

G_BEGIN_DECLS

/* Drawing helpers shared by the map's layers. */

void     wijk_map_paint_geometry_path (cairo_t            *cr,
                                       ShumateViewport    *viewport,
                                       GtkWidget          *widget,
                                       const WijkGeometry *geometry);
gboolean wijk_map_paint_geometry_bounds (ShumateViewport    *viewport,
                                         GtkWidget          *widget,
                                         const WijkGeometry *geometry,
                                         graphene_rect_t    *bounds);
void     wijk_map_paint_parse_colour   (const char         *spec,
                                        const GdkRGBA      *fallback,
                                        GdkRGBA            *colour);
void     wijk_map_paint_shade          (const GdkRGBA      *colour,
                                        double              factor,
                                        GdkRGBA            *shaded);
double   wijk_map_paint_luminance      (const GdkRGBA      *colour);
void     wijk_map_paint_label          (cairo_t            *cr,
                                        PangoLayout        *layout,
                                        double              x,
                                        double              y,
                                        double              angle,
                                        const GdkRGBA      *text,
                                        const GdkRGBA      *halo);
gboolean wijk_map_paint_is_dark        (void);

G_END_DECLS
