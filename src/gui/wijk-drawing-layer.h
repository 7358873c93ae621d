/* wijk-drawing-layer.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <shumate/shumate.h>

#include "wijk-workshop.h"

G_BEGIN_DECLS

#define WIJK_TYPE_DRAWING_LAYER (wijk_drawing_layer_get_type ())

G_DECLARE_FINAL_TYPE (WijkDrawingLayer, wijk_drawing_layer, WIJK, DRAWING_LAYER, ShumateLayer)

/* An area being drawn on the map: its corners so far, the edge that
 * follows the pointer, and the area's size, live. It knows nothing of
 * actions or the store; the map view feeds it. */
WijkDrawingLayer *wijk_drawing_layer_new               (ShumateViewport  *viewport);
void              wijk_drawing_layer_set_colour        (WijkDrawingLayer *self,
                                                        const GdkRGBA    *colour);
guint             wijk_drawing_layer_get_n_vertices    (WijkDrawingLayer *self);
const WijkLonLat *wijk_drawing_layer_get_vertex        (WijkDrawingLayer *self,
                                                        guint             index);
gboolean          wijk_drawing_layer_would_cross       (WijkDrawingLayer *self,
                                                        double            longitude,
                                                        double            latitude);
gboolean          wijk_drawing_layer_add_vertex        (WijkDrawingLayer *self,
                                                        double            longitude,
                                                        double            latitude);
gboolean          wijk_drawing_layer_remove_last_vertex (WijkDrawingLayer *self);
void              wijk_drawing_layer_clear             (WijkDrawingLayer *self);
gboolean          wijk_drawing_layer_can_close         (WijkDrawingLayer *self);
gboolean          wijk_drawing_layer_hits_first_vertex (WijkDrawingLayer *self,
                                                        double            x,
                                                        double            y);
void              wijk_drawing_layer_set_pointer       (WijkDrawingLayer *self,
                                                        gboolean          inside,
                                                        double            x,
                                                        double            y);
WijkGeometry     *wijk_drawing_layer_dup_polygon       (WijkDrawingLayer *self);
double            wijk_drawing_layer_get_area_m2       (WijkDrawingLayer *self);
double            wijk_drawing_layer_get_preview_area_m2 (WijkDrawingLayer *self);

G_END_DECLS
