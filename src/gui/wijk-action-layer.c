/* wijk-action-layer.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-map"

#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "wijk-action-layer.h"
#include "wijk-geometry.h"
#include "wijk-map-paint.h"

/* The workshop's actions: a round marker in the theme's colour with the
 * theme's icon, and for area actions (depaving, a green roof, trees…) the
 * area itself. The selected action stands out. */

#define MARKER_RADIUS 14
#define SELECTED_RADIUS 17
#define HALO_WIDTH 6
#define ICON_SIZE 16
#define AREA_FILL_ALPHA 0.3
#define SELECTED_AREA_FILL_ALPHA 0.5

struct _WijkActionLayer
{
  ShumateLayer       parent_instance;

  WijkWorkshopModel *model;
  char              *selected;

  /* An action being dragged is drawn where the pointer took it; the one
   * whose area is being redrawn is not drawn at all. */
  char              *dragged;
  double             drag_dx;
  double             drag_dy;
  char              *hidden;
};

enum {
  PROP_0,
  PROP_MODEL,
  PROP_SELECTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (WijkActionLayer, wijk_action_layer, SHUMATE_TYPE_LAYER)

static gboolean
is_selected (WijkActionLayer *self,
             WijkActionItem  *item)
{
  return self->selected != NULL
         && g_strcmp0 (wijk_action_item_get_id (item), self->selected) == 0;
}

static gboolean
is_dragged (WijkActionLayer *self,
            WijkActionItem  *item)
{
  return self->dragged != NULL
         && g_strcmp0 (wijk_action_item_get_id (item), self->dragged) == 0;
}

static gboolean
is_hidden (WijkActionLayer *self,
           WijkActionItem  *item)
{
  return self->hidden != NULL
         && g_strcmp0 (wijk_action_item_get_id (item), self->hidden) == 0;
}

static void
theme_colour (WijkActionItem *item,
              GdkRGBA        *colour)
{
  static const GdkRGBA grey = { 0.5, 0.5, 0.5, 1 };

  wijk_map_paint_parse_colour (wijk_theme_get_colour (wijk_action_item_get_theme (item)),
                               &grey, colour);
}

/* Where the marker of an action sits, in the layer's coordinates: its
 * point, or the centre of its area or line. */
static gboolean
marker_position (WijkActionLayer *self,
                 WijkActionItem  *item,
                 double          *x,
                 double          *y)
{
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  const WijkAction *action = wijk_action_item_get_action (item);
  WijkLonLat centre;

  if (action->location == NULL)
    return FALSE;

  if (action->location->kind == WIJK_GEOMETRY_POINT)
    centre = action->location->point;
  else if (!wijk_geometry_centroid (action->location, &centre))
    return FALSE;

  shumate_viewport_location_to_widget_coords (viewport, GTK_WIDGET (self), centre.lat, centre.lon,
                                              x, y);
  if (is_dragged (self, item))
    {
      *x += self->drag_dx;
      *y += self->drag_dy;
    }
  return TRUE;
}

static gboolean
has_area (const WijkAction *action)
{
  return action->location != NULL && action->location->kind != WIJK_GEOMETRY_POINT;
}

static void
paint_area (WijkActionLayer *self,
            cairo_t         *cr,
            WijkActionItem  *item)
{
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  const WijkAction *action = wijk_action_item_get_action (item);
  gboolean selected = is_selected (self, item);
  GdkRGBA colour, edge;

  theme_colour (item, &colour);
  wijk_map_paint_shade (&colour, 0.75, &edge);

  cairo_save (cr);
  if (is_dragged (self, item))
    cairo_translate (cr, self->drag_dx, self->drag_dy);
  cairo_new_path (cr);
  wijk_map_paint_geometry_path (cr, viewport, GTK_WIDGET (self), action->location);
  cairo_restore (cr);

  if (action->location->kind == WIJK_GEOMETRY_LINE_STRING)
    {
      cairo_set_line_width (cr, selected ? 6 : 4);
      gdk_cairo_set_source_rgba (cr, &colour);
      cairo_stroke (cr);
      return;
    }

  cairo_set_source_rgba (cr, colour.red, colour.green, colour.blue,
                         selected ? SELECTED_AREA_FILL_ALPHA : AREA_FILL_ALPHA);
  cairo_fill_preserve (cr);
  cairo_set_line_width (cr, selected ? 3.5 : 2);
  gdk_cairo_set_source_rgba (cr, &edge);
  cairo_stroke (cr);
}

/* The part of the layer that the visible areas cover, with room for their
 * outlines, or FALSE when no area is in view. */
static gboolean
areas_bounds (WijkActionLayer *self,
              GListModel      *actions,
              int              width,
              int              height,
              graphene_rect_t *bounds)
{
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  graphene_rect_t layer = GRAPHENE_RECT_INIT (0, 0, width, height);
  gboolean any = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(WijkActionItem) item = g_list_model_get_item (actions, i);
      const WijkAction *action = wijk_action_item_get_action (item);
      graphene_rect_t area;

      if (!has_area (action) || is_hidden (self, item)
          || !wijk_map_paint_geometry_bounds (viewport, GTK_WIDGET (self), action->location, &area))
        continue;
      if (is_dragged (self, item))
        graphene_rect_offset (&area, self->drag_dx, self->drag_dy);
      if (any)
        graphene_rect_union (bounds, &area, bounds);
      else
        *bounds = area;
      any = TRUE;
    }

  if (!any)
    return FALSE;

  /* Half the widest outline (6 px, a selected line), rounded out. */
  graphene_rect_inset (bounds, -4, -4);
  graphene_rect_round_extents (bounds, bounds);
  return graphene_rect_intersection (bounds, &layer, bounds);
}

static void
append_disc (GtkSnapshot   *snapshot,
             double         x,
             double         y,
             double         radius,
             const GdkRGBA *colour)
{
  GskRoundedRect disc;

  gsk_rounded_rect_init_from_rect (&disc,
                                   &GRAPHENE_RECT_INIT (x - radius, y - radius,
                                                        2 * radius, 2 * radius),
                                   radius);
  gtk_snapshot_push_rounded_clip (snapshot, &disc);
  gtk_snapshot_append_color (snapshot, colour, &disc.bounds);
  gtk_snapshot_pop (snapshot);
}

static void
snapshot_icon (WijkActionLayer *self,
               GtkSnapshot     *snapshot,
               const char      *icon_name,
               double           x,
               double           y,
               const GdkRGBA   *colour)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (GTK_WIDGET (self)));
  g_autoptr(GIcon) gicon = g_themed_icon_new (icon_name);
  g_autoptr(GtkIconPaintable) icon = NULL;
  GdkRGBA colours[4] = { *colour, *colour, *colour, *colour };

  /* Looked up as a GtkImage looks up its icon (a themed icon, preloaded),
   * so that the marker shares the texture the action list's theme icons
   * are loading already instead of loading the SVG again. */
  icon = gtk_icon_theme_lookup_by_gicon (theme, gicon, ICON_SIZE,
                                         gtk_widget_get_scale_factor (GTK_WIDGET (self)),
                                         gtk_widget_get_direction (GTK_WIDGET (self)),
                                         GTK_ICON_LOOKUP_PRELOAD);

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (round (x - ICON_SIZE / 2.),
                                                         round (y - ICON_SIZE / 2.)));
  gtk_symbolic_paintable_snapshot_symbolic (GTK_SYMBOLIC_PAINTABLE (icon), snapshot,
                                            ICON_SIZE, ICON_SIZE, colours, G_N_ELEMENTS (colours));
  gtk_snapshot_restore (snapshot);
}

static void
snapshot_marker (WijkActionLayer *self,
                 GtkSnapshot     *snapshot,
                 WijkActionItem  *item)
{
  static const GdkRGBA white = { 1, 1, 1, 1 };
  static const GdkRGBA dark_icon = { 0.12, 0.12, 0.12, 1 };
  static const GdkRGBA shadow = { 0, 0, 0, 0.35 };
  gboolean selected = is_selected (self, item);
  double radius = selected ? SELECTED_RADIUS : MARKER_RADIUS;
  GskRoundedRect outline;
  GdkRGBA colour, halo;
  double x, y;

  if (!marker_position (self, item, &x, &y))
    return;

  theme_colour (item, &colour);

  if (selected)
    {
      halo = colour;
      halo.alpha = 0.35;
      append_disc (snapshot, x, y, radius + HALO_WIDTH, &halo);
    }

  gsk_rounded_rect_init_from_rect (&outline,
                                   &GRAPHENE_RECT_INIT (x - radius, y - radius,
                                                        2 * radius, 2 * radius),
                                   radius);
  gtk_snapshot_append_outset_shadow (snapshot, &outline, &shadow, 0, 1, 0, 3);
  append_disc (snapshot, x, y, radius, &white);
  append_disc (snapshot, x, y, radius - 2, &colour);

  /* Light theme colours (the yellow of densification) take a dark icon. */
  snapshot_icon (self, snapshot, wijk_theme_get_icon_name (wijk_action_item_get_theme (item)),
                 x, y, wijk_map_paint_luminance (&colour) > 0.5 ? &dark_icon : &white);
}

static void
wijk_action_layer_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  WijkActionLayer *self = WIJK_ACTION_LAYER (widget);
  ShumateViewport *viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  WijkActionItem *selected = NULL;
  graphene_rect_t bounds;
  GListModel *actions;
  guint n;
  cairo_t *cr;

  if (self->model == NULL || width <= 0 || height <= 0
      || shumate_viewport_get_reference_map_source (viewport) == NULL)
    return;

  actions = wijk_workshop_model_get_actions (self->model);
  n = g_list_model_get_n_items (actions);

  /* The areas' cairo node covers the areas alone: a cairo node is an image
   * of its whole size, cleared, drawn and composited, which for the whole
   * map costs as much as all the markers together. */
  if (areas_bounds (self, actions, width, height, &bounds))
    {
      cr = gtk_snapshot_append_cairo (snapshot, &bounds);
      cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(WijkActionItem) item = g_list_model_get_item (actions, i);

          if (has_area (wijk_action_item_get_action (item)) && !is_hidden (self, item))
            paint_area (self, cr, item);
        }
      cairo_destroy (cr);
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WijkActionItem) item = g_list_model_get_item (actions, i);

      if (is_hidden (self, item))
        continue;
      if (is_selected (self, item))
        selected = item;
      else
        snapshot_marker (self, snapshot, item);
    }

  /* On top of the others. */
  if (selected != NULL)
    snapshot_marker (self, snapshot, selected);
}

static void
on_redraw_needed (WijkActionLayer *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
wijk_action_layer_constructed (GObject *object)
{
  WijkActionLayer *self = WIJK_ACTION_LAYER (object);

  G_OBJECT_CLASS (wijk_action_layer_parent_class)->constructed (object);

  g_signal_connect_object (shumate_layer_get_viewport (SHUMATE_LAYER (self)), "notify",
                           G_CALLBACK (on_redraw_needed), self, G_CONNECT_SWAPPED);
}

static void
wijk_action_layer_dispose (GObject *object)
{
  WijkActionLayer *self = WIJK_ACTION_LAYER (object);

  wijk_action_layer_set_model (self, NULL);

  G_OBJECT_CLASS (wijk_action_layer_parent_class)->dispose (object);
}

static void
wijk_action_layer_finalize (GObject *object)
{
  WijkActionLayer *self = WIJK_ACTION_LAYER (object);

  g_free (self->selected);
  g_free (self->dragged);
  g_free (self->hidden);

  G_OBJECT_CLASS (wijk_action_layer_parent_class)->finalize (object);
}

static void
wijk_action_layer_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  WijkActionLayer *self = WIJK_ACTION_LAYER (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;
    case PROP_SELECTED:
      g_value_set_string (value, self->selected);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wijk_action_layer_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  WijkActionLayer *self = WIJK_ACTION_LAYER (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      wijk_action_layer_set_model (self, g_value_get_object (value));
      break;
    case PROP_SELECTED:
      wijk_action_layer_set_selected (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wijk_action_layer_class_init (WijkActionLayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = wijk_action_layer_constructed;
  object_class->dispose = wijk_action_layer_dispose;
  object_class->finalize = wijk_action_layer_finalize;
  object_class->get_property = wijk_action_layer_get_property;
  object_class->set_property = wijk_action_layer_set_property;

  widget_class->snapshot = wijk_action_layer_snapshot;

  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, WIJK_TYPE_WORKSHOP_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED] =
    g_param_spec_string ("selected", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "wijkactionlayer");
}

static void
wijk_action_layer_init (WijkActionLayer *self)
{
  /* Clicks go through to the map, which hit-tests the layers itself. */
  gtk_widget_set_can_target (GTK_WIDGET (self), FALSE);
}

/**
 * wijk_action_layer_new:
 * @viewport: the map's viewport
 *
 * Returns: (transfer floating): a new action layer
 */
WijkActionLayer *
wijk_action_layer_new (ShumateViewport *viewport)
{
  g_return_val_if_fail (SHUMATE_IS_VIEWPORT (viewport), NULL);

  return g_object_new (WIJK_TYPE_ACTION_LAYER, "viewport", viewport, NULL);
}

WijkWorkshopModel *
wijk_action_layer_get_model (WijkActionLayer *self)
{
  g_return_val_if_fail (WIJK_IS_ACTION_LAYER (self), NULL);
  return self->model;
}

void
wijk_action_layer_set_model (WijkActionLayer   *self,
                             WijkWorkshopModel *model)
{
  g_return_if_fail (WIJK_IS_ACTION_LAYER (self));
  g_return_if_fail (model == NULL || WIJK_IS_WORKSHOP_MODEL (model));

  if (self->model == model)
    return;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, on_redraw_needed, self);

  g_set_object (&self->model, model);

  if (model != NULL)
    g_signal_connect_object (model, "changed", G_CALLBACK (on_redraw_needed), self,
                             G_CONNECT_SWAPPED);

  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

const char *
wijk_action_layer_get_selected (WijkActionLayer *self)
{
  g_return_val_if_fail (WIJK_IS_ACTION_LAYER (self), NULL);
  return self->selected;
}

/**
 * wijk_action_layer_set_selected:
 * @self: an action layer
 * @action_id: (nullable): the id of the action to highlight
 */
void
wijk_action_layer_set_selected (WijkActionLayer *self,
                                const char      *action_id)
{
  g_return_if_fail (WIJK_IS_ACTION_LAYER (self));

  if (g_strcmp0 (self->selected, action_id) == 0)
    return;

  g_free (self->selected);
  self->selected = g_strdup (action_id);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

static gboolean
marker_hit (WijkActionLayer *self,
            WijkActionItem  *item,
            double           x,
            double           y)
{
  double radius = is_selected (self, item) ? SELECTED_RADIUS : MARKER_RADIUS;
  double mx, my;

  return !is_hidden (self, item) && marker_position (self, item, &mx, &my)
         && hypot (x - mx, y - my) <= radius + 2;
}

/**
 * wijk_action_layer_get_action_at:
 * @self: an action layer
 * @x: a position in the layer
 * @y: a position in the layer
 *
 * Markers are hit before areas, the selected marker and the last drawn
 * first, as they lie on top.
 *
 * Returns: (transfer none) (nullable): the action under the position
 */
WijkActionItem *
wijk_action_layer_get_action_at (WijkActionLayer *self,
                                 double           x,
                                 double           y)
{
  ShumateViewport *viewport;
  GListModel *actions;
  double lat, lon;

  g_return_val_if_fail (WIJK_IS_ACTION_LAYER (self), NULL);

  if (self->model == NULL)
    return NULL;

  actions = wijk_workshop_model_get_actions (self->model);

  if (self->selected != NULL)
    {
      WijkActionItem *item = wijk_workshop_model_find_action (self->model, self->selected);

      if (item != NULL && marker_hit (self, item, x, y))
        return item;
    }

  for (guint i = g_list_model_get_n_items (actions); i-- > 0;)
    {
      g_autoptr(WijkActionItem) item = g_list_model_get_item (actions, i);

      if (marker_hit (self, item, x, y))
        return item;
    }

  viewport = shumate_layer_get_viewport (SHUMATE_LAYER (self));
  shumate_viewport_widget_coords_to_location (viewport, GTK_WIDGET (self), x, y, &lat, &lon);
  for (guint i = g_list_model_get_n_items (actions); i-- > 0;)
    {
      g_autoptr(WijkActionItem) item = g_list_model_get_item (actions, i);
      const WijkAction *action = wijk_action_item_get_action (item);

      if (has_area (action) && !is_hidden (self, item)
          && wijk_geometry_contains (action->location, lon, lat))
        return item;
    }

  return NULL;
}

/**
 * wijk_action_layer_get_marker_position:
 * @self: an action layer
 * @action_id: an action's id
 * @x: (out): the marker's centre in the layer
 * @y: (out): the marker's centre in the layer
 *
 * Returns: %FALSE when the action is not there or has no location
 */
gboolean
wijk_action_layer_get_marker_position (WijkActionLayer *self,
                                       const char      *action_id,
                                       double          *x,
                                       double          *y)
{
  WijkActionItem *item;

  g_return_val_if_fail (WIJK_IS_ACTION_LAYER (self), FALSE);
  g_return_val_if_fail (action_id != NULL, FALSE);

  if (self->model == NULL)
    return FALSE;

  item = wijk_workshop_model_find_action (self->model, action_id);
  return item != NULL && marker_position (self, item, x, y);
}

/**
 * wijk_action_layer_get_marker_at:
 * @self: an action layer
 * @x: a position in the layer
 * @y: a position in the layer
 *
 * Like wijk_action_layer_get_action_at() but for markers only, which are
 * what can be dragged.
 *
 * Returns: (transfer none) (nullable): the action whose marker is there
 */
WijkActionItem *
wijk_action_layer_get_marker_at (WijkActionLayer *self,
                                 double           x,
                                 double           y)
{
  GListModel *actions;

  g_return_val_if_fail (WIJK_IS_ACTION_LAYER (self), NULL);

  if (self->model == NULL)
    return NULL;

  if (self->selected != NULL)
    {
      WijkActionItem *item = wijk_workshop_model_find_action (self->model, self->selected);

      if (item != NULL && marker_hit (self, item, x, y))
        return item;
    }

  actions = wijk_workshop_model_get_actions (self->model);
  for (guint i = g_list_model_get_n_items (actions); i-- > 0;)
    {
      g_autoptr(WijkActionItem) item = g_list_model_get_item (actions, i);

      if (marker_hit (self, item, x, y))
        return item;
    }

  return NULL;
}

/**
 * wijk_action_layer_set_drag:
 * @self: an action layer
 * @action_id: (nullable): the action being dragged, %NULL when none is
 * @dx: how far it was dragged, in pixels
 * @dy: how far it was dragged, in pixels
 *
 * Draws the action (its marker and its area) moved by (@dx, @dy) while it
 * is dragged and not yet dropped.
 */
void
wijk_action_layer_set_drag (WijkActionLayer *self,
                            const char      *action_id,
                            double           dx,
                            double           dy)
{
  g_return_if_fail (WIJK_IS_ACTION_LAYER (self));

  if (g_strcmp0 (self->dragged, action_id) != 0)
    {
      g_free (self->dragged);
      self->dragged = g_strdup (action_id);
    }
  self->drag_dx = action_id != NULL ? dx : 0;
  self->drag_dy = action_id != NULL ? dy : 0;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * wijk_action_layer_set_hidden:
 * @self: an action layer
 * @action_id: (nullable): an action not to draw (its area is being
 *   redrawn), or %NULL to draw them all
 */
void
wijk_action_layer_set_hidden (WijkActionLayer *self,
                              const char      *action_id)
{
  g_return_if_fail (WIJK_IS_ACTION_LAYER (self));

  if (g_strcmp0 (self->hidden, action_id) == 0)
    return;

  g_free (self->hidden);
  self->hidden = g_strdup (action_id);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
