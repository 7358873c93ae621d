/* wijk-map-view.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-map"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "wijk-geometry.h"
#include "wijk-map-view-private.h"
#include "wijk-mbtiles-source.h"
#include "wijk-offline-source.h"
#include "wijk-tile-downloader.h"

/* The map of the park: a libshumate map with the park's own layers on top.
 * Offline, which is the default, it has no tiles at all and never touches
 * the network; a preference adds OpenStreetMap tiles or a local MBTiles
 * basemap underneath. */

#define FIT_MARGIN 24

GParamSpec *wijk_map_view_properties[WIJK_MAP_VIEW_N_PROPS];
guint wijk_map_view_signals[WIJK_MAP_VIEW_N_SIGNALS];

G_DEFINE_FINAL_TYPE (WijkMapView, wijk_map_view, GTK_TYPE_WIDGET)

/* The bounds of the site's outline, or of all its plots without one. */
static gboolean
site_bounds (WijkWorkshopModel *model,
             WijkLonLat        *min,
             WijkLonLat        *max)
{
  GListModel *plots = wijk_workshop_model_get_plots (model);
  gboolean found = FALSE;

  for (guint pass = 0; pass < 2 && !found; pass++)
    {
      for (guint i = 0; i < g_list_model_get_n_items (plots); i++)
        {
          g_autoptr(WijkPlotItem) item = g_list_model_get_item (plots, i);
          const WijkPlot *plot = wijk_plot_item_get_plot (item);
          WijkLonLat a, b;

          if (pass == 0 && g_strcmp0 (plot->kind, "outline") != 0)
            continue;
          if (plot->geometry == NULL || !wijk_geometry_bounds (plot->geometry, &a, &b))
            continue;

          if (!found)
            {
              *min = a;
              *max = b;
              found = TRUE;
            }
          min->lon = MIN (min->lon, a.lon);
          min->lat = MIN (min->lat, a.lat);
          max->lon = MAX (max->lon, b.lon);
          max->lat = MAX (max->lat, b.lat);
        }
    }

  return found;
}

static void
fit_site_now (WijkMapView *self,
              int          width,
              int          height)
{
  ShumateViewport *viewport = shumate_simple_map_get_viewport (self->map);
  ShumateMapSource *source = shumate_viewport_get_reference_map_source (viewport);
  WijkLonLat min = { 0, 0 }, max = { 0, 0 };
  double x0, x1, y0, y1, zoom;

  if (self->model == NULL || !site_bounds (self->model, &min, &max))
    {
      shumate_viewport_set_zoom_level (viewport, WIJK_MAP_VIEW_DEFAULT_ZOOM);
      shumate_location_set_location (SHUMATE_LOCATION (viewport),
                                     WIJK_MAP_VIEW_DEFAULT_LATITUDE,
                                     WIJK_MAP_VIEW_DEFAULT_LONGITUDE);
      return;
    }

  /* Pixel coordinates at zoom 0; each zoom level doubles them. */
  x0 = shumate_map_source_get_x (source, 0, min.lon);
  x1 = shumate_map_source_get_x (source, 0, max.lon);
  y0 = shumate_map_source_get_y (source, 0, max.lat);
  y1 = shumate_map_source_get_y (source, 0, min.lat);
  zoom = MIN (log2 (MAX (width - 2 * FIT_MARGIN, 1) / MAX (x1 - x0, 1e-9)),
              log2 (MAX (height - 2 * FIT_MARGIN, 1) / MAX (y1 - y0, 1e-9)));

  /* Tiles look sharp only at whole zoom levels. */
  zoom = self->basemap == WIJK_BASEMAP_NONE ? floor (zoom * 4) / 4 : floor (zoom);

  shumate_viewport_set_zoom_level (viewport, zoom);
  shumate_location_set_location (SHUMATE_LOCATION (viewport),
                                 shumate_map_source_get_latitude (source, 0, (y0 + y1) / 2),
                                 shumate_map_source_get_longitude (source, 0, (x0 + x1) / 2));
}

static void
fit_site (WijkMapView *self,
          int          width,
          int          height)
{
  self->fitting = TRUE;
  fit_site_now (self, width, height);
  self->fitting = FALSE;
  self->fit_pending = FALSE;
  self->auto_fit = TRUE;
  self->fitted_width = width;
  self->fitted_height = height;
}

static void
on_viewport_changed (WijkMapView *self)
{
  if (!self->fitting)
    self->auto_fit = FALSE;
}

static void
wijk_map_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  WijkMapView *self = WIJK_MAP_VIEW (widget);

  gtk_widget_measure (GTK_WIDGET (self->overlay), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
wijk_map_view_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  WijkMapView *self = WIJK_MAP_VIEW (widget);

  /* Fitting needs the size, which a new map does not have yet. It comes
   * before the children's allocation: a new zoom level changes the scale
   * and the zoom buttons, which must then be laid out again. */
  if (width > 0 && height > 0
      && (self->fit_pending
          || (self->auto_fit && (width != self->fitted_width || height != self->fitted_height))))
    fit_site (self, width, height);

  gtk_widget_allocate (GTK_WIDGET (self->overlay), width, height, baseline, NULL);
  if (self->here_popover != NULL)
    gtk_popover_present (self->here_popover);
}

static void
on_selected_notify (WijkMapView *self)
{
  /* A keyboard move belongs to the action it began on. */
  wijk_map_view_end_nudge (self);
  g_clear_pointer (&self->nudge_refused, g_free);
  wijk_map_view_update_drafting (self);
  g_object_notify_by_pspec (G_OBJECT (self),
                            wijk_map_view_properties[WIJK_MAP_VIEW_PROP_SELECTED_ACTION]);
}

static void
on_model_changed (WijkMapView *self)
{
  const char *selected = wijk_action_layer_get_selected (self->action_layer);

  wijk_map_view_keys_model_changed (self);
  /* An action deleted, or undone, cannot stay selected. */
  if (selected != NULL && wijk_workshop_model_find_action (self->model, selected) == NULL)
    wijk_map_view_set_selected_action (self, NULL);
  wijk_map_view_update_drafting (self);
}

static void
wijk_map_view_dispose (GObject *object)
{
  WijkMapView *self = WIJK_MAP_VIEW (object);
  GtkWidget *child;

  wijk_map_view_drafting_dispose (self);
  wijk_map_view_keys_dispose (self);
  wijk_map_view_set_model (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), WIJK_TYPE_MAP_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->map_source);

  G_OBJECT_CLASS (wijk_map_view_parent_class)->dispose (object);
}

static void
wijk_map_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  WijkMapView *self = WIJK_MAP_VIEW (object);

  switch (prop_id)
    {
    case WIJK_MAP_VIEW_PROP_MODEL:
      g_value_set_object (value, self->model);
      break;
    case WIJK_MAP_VIEW_PROP_SELECTED_ACTION:
      g_value_set_string (value, wijk_map_view_get_selected_action (self));
      break;
    case WIJK_MAP_VIEW_PROP_DRAWING_ACTION:
      g_value_set_string (value, self->drawing_action);
      break;
    case WIJK_MAP_VIEW_PROP_PICKING_PLOT:
      g_value_set_boolean (value, self->picking_plot);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wijk_map_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  WijkMapView *self = WIJK_MAP_VIEW (object);

  switch (prop_id)
    {
    case WIJK_MAP_VIEW_PROP_MODEL:
      wijk_map_view_set_model (self, g_value_get_object (value));
      break;
    case WIJK_MAP_VIEW_PROP_SELECTED_ACTION:
      wijk_map_view_set_selected_action (self, g_value_get_string (value));
      break;
    case WIJK_MAP_VIEW_PROP_PICKING_PLOT:
      wijk_map_view_set_picking_plot (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wijk_map_view_class_init (WijkMapViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wijk_map_view_dispose;
  object_class->get_property = wijk_map_view_get_property;
  object_class->set_property = wijk_map_view_set_property;

  widget_class->measure = wijk_map_view_measure;
  widget_class->size_allocate = wijk_map_view_size_allocate;

  wijk_map_view_properties[WIJK_MAP_VIEW_PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, WIJK_TYPE_WORKSHOP_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  wijk_map_view_properties[WIJK_MAP_VIEW_PROP_SELECTED_ACTION] =
    g_param_spec_string ("selected-action", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The action whose area is being drawn, or %NULL. */
  wijk_map_view_properties[WIJK_MAP_VIEW_PROP_DRAWING_ACTION] =
    g_param_spec_string ("drawing-action", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* While drawing: a click takes the outline of the plot there. */
  wijk_map_view_properties[WIJK_MAP_VIEW_PROP_PICKING_PLOT] =
    g_param_spec_boolean ("picking-plot", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, WIJK_MAP_VIEW_N_PROPS,
                                     wijk_map_view_properties);

  /**
   * WijkMapView::action-activated:
   * @self: the map view
   * @action_id: the action
   *
   * The user asked to edit an action: clicked its marker or area, or
   * drafted it on the map. The window opens it in the action editor.
   */
  wijk_map_view_signals[WIJK_MAP_VIEW_ACTION_ACTIVATED] =
    g_signal_new ("action-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (SHUMATE_TYPE_SIMPLE_MAP);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/wijkpact/Wijkpact/wijk-map-view.ui");
  gtk_widget_class_bind_template_child (widget_class, WijkMapView, overlay);
  gtk_widget_class_bind_template_child (widget_class, WijkMapView, map);
  gtk_widget_class_bind_template_child (widget_class, WijkMapView, approximate_chip);
  gtk_widget_class_bind_template_child (widget_class, WijkMapView, click_gesture);
  gtk_widget_class_bind_template_child (widget_class, WijkMapView, drag_gesture);
  gtk_widget_class_bind_template_child (widget_class, WijkMapView, here_popover);
  gtk_widget_class_bind_template_child (widget_class, WijkMapView, here_plot_label);
  gtk_widget_class_bind_template_child (widget_class, WijkMapView, here_owner_label);
  gtk_widget_class_bind_template_child (widget_class, WijkMapView, drawing_bar);
  gtk_widget_class_bind_template_child (widget_class, WijkMapView, drawing_title);
  gtk_widget_class_bind_template_child (widget_class, WijkMapView, drawing_hint);
  gtk_widget_class_bind_template_child (widget_class, WijkMapView, drawing_measure);
  gtk_widget_class_bind_template_child (widget_class, WijkMapView, area_bar);
  gtk_widget_class_bind_template_child (widget_class, WijkMapView, draw_area_button);
  wijk_map_view_input_class_init (widget_class);
  wijk_map_view_keys_class_init (widget_class);
  wijk_map_view_drafting_class_init (widget_class);

  gtk_widget_class_set_css_name (widget_class, "wijkmapview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
name_zoom_button (GtkButton *button)
{
  GtkWidget *image = gtk_button_get_child (button);
  const char *icon = GTK_IS_IMAGE (image) ? gtk_image_get_icon_name (GTK_IMAGE (image)) : NULL;
  const char *name;

  if (g_strcmp0 (icon, "zoom-in-symbolic") == 0)
    name = _("Zoom In");
  else if (g_strcmp0 (icon, "zoom-out-symbolic") == 0)
    name = _("Zoom Out");
  else
    return;

  gtk_widget_set_tooltip_text (GTK_WIDGET (button), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

/* libshumate 1.0's zoom buttons show an icon, an English tooltip and no
 * accessible name, and it has no API for them: they are found by their
 * icons and named in the user's language. */
static void
name_map_controls (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child))
        name_zoom_button (GTK_BUTTON (child));
      else
        name_map_controls (child);
    }
}

static void
wijk_map_view_init (WijkMapView *self)
{
  ShumateViewport *viewport;

  gtk_widget_init_template (GTK_WIDGET (self));

  viewport = shumate_simple_map_get_viewport (self->map);

  /* Belgian workshops measure in metres. */
  shumate_scale_set_unit (shumate_simple_map_get_scale (self->map), SHUMATE_UNIT_METRIC);
  name_map_controls (GTK_WIDGET (self->map));
  /* Shown when the map is turned (a touchpad's rotate gesture). */
  gtk_accessible_update_property (GTK_ACCESSIBLE (shumate_simple_map_get_compass (self->map)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Compass"),
                                  -1);

  /* The base layer first, so that the park's layers lie above it. */
  wijk_map_view_set_basemap (self, WIJK_BASEMAP_NONE, NULL, NULL);

  self->plot_layer = wijk_plot_layer_new (viewport);
  self->action_layer = wijk_action_layer_new (viewport);
  self->drawing_layer = wijk_drawing_layer_new (viewport);
  shumate_simple_map_add_overlay_layer (self->map, SHUMATE_LAYER (self->plot_layer));
  shumate_simple_map_add_overlay_layer (self->map, SHUMATE_LAYER (self->action_layer));
  shumate_simple_map_add_overlay_layer (self->map, SHUMATE_LAYER (self->drawing_layer));
  g_signal_connect_object (self->action_layer, "notify::selected",
                           G_CALLBACK (on_selected_notify), self, G_CONNECT_SWAPPED);

  shumate_viewport_set_zoom_level (viewport, WIJK_MAP_VIEW_DEFAULT_ZOOM);
  shumate_location_set_location (SHUMATE_LOCATION (viewport),
                                 WIJK_MAP_VIEW_DEFAULT_LATITUDE,
                                 WIJK_MAP_VIEW_DEFAULT_LONGITUDE);
  g_signal_connect_object (viewport, "notify::zoom-level", G_CALLBACK (on_viewport_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (viewport, "notify::latitude", G_CALLBACK (on_viewport_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (viewport, "notify::longitude", G_CALLBACK (on_viewport_changed), self,
                           G_CONNECT_SWAPPED);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Map of the park"),
                                  -1);
  wijk_map_view_drafting_init (self);
}

GtkWidget *
wijk_map_view_new (void)
{
  return g_object_new (WIJK_TYPE_MAP_VIEW, NULL);
}

WijkWorkshopModel *
wijk_map_view_get_model (WijkMapView *self)
{
  g_return_val_if_fail (WIJK_IS_MAP_VIEW (self), NULL);
  return self->model;
}

/**
 * wijk_map_view_set_model:
 * @self: a map view
 * @model: (nullable): the workshop to show
 *
 * Shows @model and fits the view to its site.
 */
void
wijk_map_view_set_model (WijkMapView       *self,
                         WijkWorkshopModel *model)
{
  g_return_if_fail (WIJK_IS_MAP_VIEW (self));
  g_return_if_fail (model == NULL || WIJK_IS_WORKSHOP_MODEL (model));

  if (self->model == model)
    return;

  wijk_map_view_cancel_drawing (self);
  wijk_map_view_end_nudge (self);
  if (self->model != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->model, on_model_changed, self);
      g_signal_handlers_disconnect_by_func (self->model, wijk_map_view_update_drafting, self);
    }

  g_set_object (&self->model, model);
  wijk_plot_layer_set_model (self->plot_layer, model);
  wijk_action_layer_set_model (self->action_layer, model);
  wijk_map_view_set_selected_action (self, NULL);

  if (model != NULL)
    {
      g_signal_connect_object (model, "changed", G_CALLBACK (on_model_changed), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (model, "notify::approximate",
                               G_CALLBACK (wijk_map_view_update_drafting), self,
                               G_CONNECT_SWAPPED);
      wijk_map_view_show_site (self);
    }
  wijk_map_view_update_drafting (self);

  g_object_notify_by_pspec (G_OBJECT (self), wijk_map_view_properties[WIJK_MAP_VIEW_PROP_MODEL]);
}

const char *
wijk_map_view_get_selected_action (WijkMapView *self)
{
  g_return_val_if_fail (WIJK_IS_MAP_VIEW (self), NULL);
  return wijk_action_layer_get_selected (self->action_layer);
}

/**
 * wijk_map_view_set_selected_action:
 * @self: a map view
 * @action_id: (nullable): the action to highlight
 */
void
wijk_map_view_set_selected_action (WijkMapView *self,
                                   const char  *action_id)
{
  g_return_if_fail (WIJK_IS_MAP_VIEW (self));

  /* The layer notifies, and so the view (on_selected_notify). */
  wijk_action_layer_set_selected (self->action_layer, action_id);
}

WijkBasemap
wijk_map_view_get_basemap (WijkMapView *self)
{
  g_return_val_if_fail (WIJK_IS_MAP_VIEW (self), WIJK_BASEMAP_NONE);
  return self->basemap;
}

/* OpenStreetMap's standard tiles, fetched with Wijkpact's own user agent
 * and kept in libshumate's file cache (wijk-tile-downloader.c says why). */
static ShumateMapSource *
new_osm_source (void)
{
  g_autoptr(WijkTileDownloader) downloader = NULL;

  downloader = wijk_tile_downloader_new ("https://tile.openstreetmap.org/{z}/{x}/{y}.png",
                                         "wijkpact-osm", NULL);

  return SHUMATE_MAP_SOURCE (shumate_raster_renderer_new_full (
    SHUMATE_MAP_SOURCE_OSM_MAPNIK,
    "OpenStreetMap",
    /* Translators: the attribution OpenStreetMap requires under its tiles. */
    _("© OpenStreetMap contributors"),
    "https://www.openstreetmap.org/copyright",
    0, 19, 256,
    SHUMATE_MAP_PROJECTION_MERCATOR,
    SHUMATE_DATA_SOURCE (downloader)));
}

static ShumateMapSource *
new_map_source (WijkBasemap   basemap,
                const char   *mbtiles_path,
                GError      **error)
{
  g_autoptr(WijkMbtilesSource) mbtiles = NULL;

  switch (basemap)
    {
    case WIJK_BASEMAP_NONE:
      return wijk_offline_source_new ();

    case WIJK_BASEMAP_OSM:
      return new_osm_source ();

    case WIJK_BASEMAP_MBTILES:
      mbtiles = wijk_mbtiles_source_new (mbtiles_path != NULL ? mbtiles_path : "", error);
      return mbtiles != NULL ? wijk_mbtiles_source_new_map_source (mbtiles) : NULL;

    default:
      g_assert_not_reached ();
    }
}

/**
 * wijk_map_view_set_basemap:
 * @self: a map view
 * @basemap: what to draw under the park's layers
 * @mbtiles_path: (nullable): the MBTiles file for %WIJK_BASEMAP_MBTILES
 * @error: return location for a #WIJK_MBTILES_SOURCE_ERROR
 *
 * On error the basemap stays as it was.
 *
 * Returns: whether the basemap changed
 */
gboolean
wijk_map_view_set_basemap (WijkMapView  *self,
                           WijkBasemap   basemap,
                           const char   *mbtiles_path,
                           GError      **error)
{
  ShumateViewport *viewport;
  g_autoptr(ShumateMapSource) source = NULL;
  guint min_zoom, max_zoom;

  g_return_val_if_fail (WIJK_IS_MAP_VIEW (self), FALSE);
  g_return_val_if_fail (basemap <= WIJK_BASEMAP_MBTILES, FALSE);

  source = new_map_source (basemap, mbtiles_path, error);
  if (source == NULL)
    return FALSE;

  viewport = shumate_simple_map_get_viewport (self->map);
  shumate_simple_map_set_map_source (self->map, source);
  g_set_object (&self->map_source, source);
  self->basemap = basemap;

  /* A new source resets the viewport's zoom range to its own. */
  min_zoom = MAX (WIJK_MAP_VIEW_MIN_ZOOM, shumate_map_source_get_min_zoom_level (source));
  max_zoom = MIN (WIJK_MAP_VIEW_MAX_ZOOM, shumate_map_source_get_max_zoom_level (source));
  shumate_viewport_set_min_zoom_level (viewport, MIN (min_zoom, max_zoom));
  shumate_viewport_set_max_zoom_level (viewport, max_zoom);

  if (self->plot_layer != NULL)
    wijk_plot_layer_set_basemap (self->plot_layer, basemap != WIJK_BASEMAP_NONE);
  gtk_widget_set_visible (GTK_WIDGET (shumate_simple_map_get_license (self->map)),
                          basemap != WIJK_BASEMAP_NONE);
  return TRUE;
}

/**
 * wijk_map_view_show_site:
 * @self: a map view
 *
 * Fits the view to the site's outline (now, or once the view has a size).
 */
void
wijk_map_view_show_site (WijkMapView *self)
{
  int width, height;

  g_return_if_fail (WIJK_IS_MAP_VIEW (self));

  width = gtk_widget_get_width (GTK_WIDGET (self));
  height = gtk_widget_get_height (GTK_WIDGET (self));

  if (width > 0 && height > 0)
    fit_site (self, width, height);
  else
    self->fit_pending = TRUE;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

void
wijk_map_view_zoom_in (WijkMapView *self)
{
  g_return_if_fail (WIJK_IS_MAP_VIEW (self));
  shumate_map_zoom_in (shumate_simple_map_get_map (self->map));
}

void
wijk_map_view_zoom_out (WijkMapView *self)
{
  g_return_if_fail (WIJK_IS_MAP_VIEW (self));
  shumate_map_zoom_out (shumate_simple_map_get_map (self->map));
}

/**
 * wijk_map_view_show_action:
 * @self: a map view
 * @action_id: an action
 *
 * Moves the map to the action's marker unless it is in view already.
 */
void
wijk_map_view_show_action (WijkMapView *self,
                           const char  *action_id)
{
  WijkActionItem *item;
  const WijkAction *action;
  WijkLonLat centre;
  double x, y;
  int width, height;

  g_return_if_fail (WIJK_IS_MAP_VIEW (self));

  if (self->model == NULL || action_id == NULL
      || (item = wijk_workshop_model_find_action (self->model, action_id)) == NULL)
    return;

  action = wijk_action_item_get_action (item);
  width = gtk_widget_get_width (GTK_WIDGET (self->action_layer));
  height = gtk_widget_get_height (GTK_WIDGET (self->action_layer));
  if (action->location == NULL || width <= 0
      || !wijk_action_layer_get_marker_position (self->action_layer, action_id, &x, &y))
    return;

  if (x >= FIT_MARGIN && y >= FIT_MARGIN && x <= width - FIT_MARGIN && y <= height - FIT_MARGIN)
    return;

  if (action->location->kind == WIJK_GEOMETRY_POINT)
    centre = action->location->point;
  else if (!wijk_geometry_centroid (action->location, &centre))
    return;

  shumate_map_go_to (shumate_simple_map_get_map (self->map), centre.lat, centre.lon);
}

ShumateViewport *
wijk_map_view_get_viewport (WijkMapView *self)
{
  g_return_val_if_fail (WIJK_IS_MAP_VIEW (self), NULL);
  return shumate_simple_map_get_viewport (self->map);
}

ShumateSimpleMap *
wijk_map_view_get_map (WijkMapView *self)
{
  g_return_val_if_fail (WIJK_IS_MAP_VIEW (self), NULL);
  return self->map;
}

WijkPlotLayer *
wijk_map_view_get_plot_layer (WijkMapView *self)
{
  g_return_val_if_fail (WIJK_IS_MAP_VIEW (self), NULL);
  return self->plot_layer;
}

WijkActionLayer *
wijk_map_view_get_action_layer (WijkMapView *self)
{
  g_return_val_if_fail (WIJK_IS_MAP_VIEW (self), NULL);
  return self->action_layer;
}
