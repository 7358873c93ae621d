/* test-map-view.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gui-test-util.h"
#include "wijk-items.h"
#include "wijk-map-view.h"

/* The map offline: the plot and action layers draw on a plain ground with
 * no tiles and no network, follow the model, and hit-test their markers;
 * every control on it has an accessible name. */

typedef struct
{
  char              *dir;
  WijkStore         *store;
  WijkWorkshopModel *model;
  GtkWindow         *window;
  WijkMapView       *map;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->store = gui_test_create_store (&fixture->dir);
  fixture->model = wijk_workshop_model_new (fixture->store);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 640, 480);
  fixture->map = WIJK_MAP_VIEW (wijk_map_view_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->map));
  wijk_map_view_set_model (fixture->map, fixture->model);
  gtk_window_present (fixture->window);

  g_assert_true (gui_test_wait (gui_test_widget_has_size, fixture->map, 10));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->map));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  g_clear_object (&fixture->store);
  g_assert_finalize_object (fixture->model);
  gui_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static void
location_to_point (Fixture *fixture,
                   double   lat,
                   double   lon,
                   double  *x,
                   double  *y)
{
  GtkWidget *layer = GTK_WIDGET (wijk_map_view_get_plot_layer (fixture->map));

  shumate_viewport_location_to_widget_coords (wijk_map_view_get_viewport (fixture->map),
                                              layer, lat, lon, x, y);
}

static void
hex_to_rgb (const char *hex,
            int         rgb[3])
{
  GdkRGBA rgba;

  g_assert_true (gdk_rgba_parse (&rgba, hex));
  rgb[0] = (int) (rgba.red * 255 + 0.5);
  rgb[1] = (int) (rgba.green * 255 + 0.5);
  rgb[2] = (int) (rgba.blue * 255 + 0.5);
}

/* Colour over ground at alpha: what a translucent fill gives. */
static void
blend (const int ground[3],
       const int colour[3],
       double    alpha,
       int       out[3])
{
  for (int i = 0; i < 3; i++)
    out[i] = (int) (ground[i] * (1 - alpha) + colour[i] * alpha + 0.5);
}

static void
test_map_view_offline (Fixture       *fixture,
                       gconstpointer  data)
{
  ShumateViewport *viewport = wijk_map_view_get_viewport (fixture->map);
  g_autoptr(GuiTestPixels) pixels = NULL;
  int site[3], plot[3], marker[3], acme[3], solar[3], expected[3];
  double x, y;

  g_assert_cmpint (wijk_map_view_get_basemap (fixture->map), ==, WIJK_BASEMAP_NONE);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->map)));

  /* The view fits the outline (0.024° × 0.014° around 50.85 °N) into
   * 640 × 480 px less 24 px margins, 592 × 432 px. At zoom 0 the world is
   * 256 px wide: 0.024° of longitude is 256 × 0.024/360 = 0.017067 px, and
   * 592/0.017067 = 34 687 = 2^15.08. In Mercator, 0.014° of latitude is
   * 256/(2π) × sec 50.85° × 0.014° × π/180 = 40.744 × 1.5841 × 2.4435e-4
   * = 0.015771 px, and 432/0.015771 = 27 392 = 2^14.74. The smaller,
   * rounded down to a quarter: 14.5. */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->map)), ==, 640);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (fixture->map)), ==, 480);
  g_assert_cmpfloat_with_epsilon (shumate_viewport_get_zoom_level (viewport), 14.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (shumate_location_get_latitude (SHUMATE_LOCATION (viewport)),
                                  50.850, 1e-3);
  g_assert_cmpfloat_with_epsilon (shumate_location_get_longitude (SHUMATE_LOCATION (viewport)),
                                  4.727, 1e-6);

  pixels = gui_test_render (GTK_WIDGET (fixture->map));

  /* Inside the site, away from plots, streets and markers: the site's
   * ground. Inside the plot of Acme: Acme's blue at 35 % over it. */
  location_to_point (fixture, 50.8445, 4.730, &x, &y);
  gui_test_pixel (pixels, x, y, site);
  location_to_point (fixture, 50.846, 4.7205, &x, &y);
  gui_test_pixel (pixels, x, y, plot);
  hex_to_rgb ("#0072b2", acme);
  blend (site, acme, 0.35, expected);
  gui_test_assert_colour (plot, expected, 3);

  /* The solar marker: the theme's colour in the ring between the icon
   * (8 px from the centre) and the white border (from 12 px). */
  g_assert_true (wijk_action_layer_get_marker_position (wijk_map_view_get_action_layer (fixture->map),
                                                        "a1", &x, &y));
  gui_test_pixel (pixels, x, y + 10, marker);
  hex_to_rgb (wijk_theme_get_colour (WIJK_THEME_RENEWABLE_ENERGY), solar);
  gui_test_assert_colour (marker, solar, 2);
}

static void
test_map_view_follows_model (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WijkOrganisation) acme = NULL;
  g_autoptr(GuiTestPixels) pixels = NULL;
  int site[3], plot[3], green[3], expected[3];
  double x, y;

  acme = wijk_organisation_copy (wijk_store_get_workshop (fixture->store)->organisations->pdata[0]);
  g_free (acme->colour);
  acme->colour = g_strdup ("#009e73");
  g_assert_true (wijk_store_put_organisation (fixture->store, acme, &error));
  g_assert_no_error (error);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->map));

  pixels = gui_test_render (GTK_WIDGET (fixture->map));
  location_to_point (fixture, 50.8445, 4.730, &x, &y);
  gui_test_pixel (pixels, x, y, site);
  location_to_point (fixture, 50.846, 4.7205, &x, &y);
  gui_test_pixel (pixels, x, y, plot);
  hex_to_rgb ("#009e73", green);
  blend (site, green, 0.35, expected);
  gui_test_assert_colour (plot, expected, 3);
}

/* An area action (a depaved parking lot in the site's south-east): its
 * fill is the theme's colour at 30 % over the ground, drawn where the
 * polygon is and nowhere else, also now that the areas' image covers only
 * their bounding box. */
static void
test_map_view_area_pixels (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WijkAction) depave = wijk_action_new ("a3", "depaving");
  g_autoptr(GuiTestPixels) before = NULL;
  g_autoptr(GuiTestPixels) pixels = NULL;
  int ground[3], inside[3], outside[3], theme[3], expected[3];
  double x, y;

  wijk_action_type_set_defaults (wijk_catalog_lookup ("depaving"), depave);
  depave->title = g_strdup ("Open up the car park");
  depave->location = gui_test_rectangle (4.7345, 50.8435, 4.7375, 50.8455);

  /* A point inside the area, away from its marker (at the centroid,
   * 4.736 E 50.8445 N) and its edges, and one just east of it, before and
   * after. At zoom 14.5, 0.001° of longitude is 256 × 2^14.5 / 360 × 0.001
   * = 16.5 px, and 0.001° of latitude 256 × 2^14.5 / 2π × sec 50.844° ×
   * 0.001 × π/180 = 26 px: this point is 18 px west and 16 px south of the
   * centroid, 6.6 px inside the west edge and 10 px inside the south one. */
  before = gui_test_render (GTK_WIDGET (fixture->map));
  location_to_point (fixture, 50.8439, 4.7349, &x, &y);
  gui_test_pixel (before, x, y, ground);

  g_assert_true (wijk_store_put_action (fixture->store, depave, &error));
  g_assert_no_error (error);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->map));
  pixels = gui_test_render (GTK_WIDGET (fixture->map));

  /* AREA_FILL_ALPHA: 0.3 of the climate adaptation colour over the ground. */
  gui_test_pixel (pixels, x, y, inside);
  hex_to_rgb (wijk_theme_get_colour (WIJK_THEME_ADAPTATION), theme);
  blend (ground, theme, 0.3, expected);
  gui_test_assert_colour (inside, expected, 3);

  location_to_point (fixture, 50.8445, 4.7385, &x, &y);
  gui_test_pixel (pixels, x, y, outside);
  gui_test_pixel (before, x, y, expected);
  gui_test_assert_colour (outside, expected, 1);
}

/* Close enough for plot names (zoom 16.5 and more), the name of the Acme
 * campus sits along the plot's top edge, and its middle, where a marker
 * drafted on the plot goes, keeps the plot's plain colour. */
static void
test_map_view_plot_label (Fixture       *fixture,
                          gconstpointer  data)
{
  ShumateViewport *viewport = wijk_map_view_get_viewport (fixture->map);
  g_autoptr(GuiTestPixels) pixels = NULL;
  int site[3], plot[3], acme[3], expected[3], rgb[3];
  double x, y, top;
  gboolean text = FALSE;

  /* At zoom 17 the plot (0.007° by 0.004°) is 0.007 × 256 × 2^17 / 360 =
   * 652 px wide: zoom 16.5 makes it 461 px, within the 640 px window, and
   * its 0.004° of latitude 0.004 × 256 × 2^16.5 / 2π × π/180 × sec 50.846°
   * = 419 px, within 480. */
  shumate_viewport_set_zoom_level (viewport, 16.5);
  shumate_location_set_location (SHUMATE_LOCATION (viewport), 50.846, 4.7205);
  gtk_widget_queue_draw (GTK_WIDGET (fixture->map));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->map));
  pixels = gui_test_render (GTK_WIDGET (fixture->map));

  /* The site's ground in the view's corner, 4.7157 E 50.8483 N: inside
   * the site, west of the plot (from 4.717 E). */
  gui_test_pixel (pixels, 5, 5, site);
  hex_to_rgb ("#0072b2", acme);
  blend (site, acme, 0.35, expected);

  /* The middle of the plot: its colour alone. */
  location_to_point (fixture, 50.846, 4.7205, &x, &y);
  gui_test_pixel (pixels, x, y, plot);
  gui_test_assert_colour (plot, expected, 3);

  /* Below the top edge (50.848 N), within LABEL_INSET (6 px) plus a line
   * of text: dark pixels of the name somewhere along the middle third. */
  location_to_point (fixture, 50.848, 4.7205, &x, &top);
  for (double dy = 8; dy < 20 && !text; dy += 1)
    for (double dx = -60; dx <= 60 && !text; dx += 1)
      if (gui_test_pixel_try (pixels, x + dx, top + dy, rgb))
        text = rgb[0] + rgb[1] + rgb[2] < 3 * 100;
  g_assert_true (text);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_map_view_hit_and_select (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  WijkActionLayer *layer = wijk_map_view_get_action_layer (fixture->map);
  WijkActionItem *hit;
  guint notified = 0;
  double x, y;

  g_signal_connect (fixture->map, "notify::selected-action", G_CALLBACK (count_notify), &notified);

  g_assert_true (wijk_action_layer_get_marker_position (layer, "a2", &x, &y));
  hit = wijk_action_layer_get_action_at (layer, x + 5, y - 5);
  g_assert_nonnull (hit);
  g_assert_cmpstr (wijk_action_item_get_id (hit), ==, "a2");
  g_assert_null (wijk_action_layer_get_action_at (layer, x + 40, y));

  /* Plots, not the site's outline, are hit. */
  location_to_point (fixture, 50.846, 4.7205, &x, &y);
  g_assert_cmpstr (wijk_plot_item_get_id (wijk_plot_layer_get_plot_at (
                     wijk_map_view_get_plot_layer (fixture->map), x, y)), ==, "p1");
  location_to_point (fixture, 50.8445, 4.730, &x, &y);
  g_assert_null (wijk_plot_layer_get_plot_at (wijk_map_view_get_plot_layer (fixture->map), x, y));

  wijk_map_view_set_selected_action (fixture->map, "a2");
  g_assert_cmpstr (wijk_map_view_get_selected_action (fixture->map), ==, "a2");
  g_assert_cmpuint (notified, ==, 1);

  /* A deleted action does not stay selected. */
  g_assert_true (wijk_store_delete_action (fixture->store, "a2", &error));
  g_assert_no_error (error);
  g_assert_null (wijk_map_view_get_selected_action (fixture->map));
  g_assert_cmpuint (notified, ==, 2);
  g_assert_false (wijk_action_layer_get_marker_position (layer, "a2", &x, &y));
}

/* Whether GTK gives the widget a name: a label of its own, or the widgets
 * it is labelled by (a button with a text is labelled by its label). A
 * tooltip is only a description. */
static gboolean
has_accessible_name (GtkWidget *widget)
{
  return gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL)
         || gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget),
                                              GTK_ACCESSIBLE_RELATION_LABELLED_BY);
}

/* Every button and every widget that takes the focus, shown or not (the
 * bars over the map, the "New Action Here" popover), has a name. */
static void
assert_controls_named (GtkWidget *widget,
                       guint     *n_buttons)
{
  if (GTK_IS_BUTTON (widget) || gtk_widget_get_focusable (widget))
    {
      if (!has_accessible_name (widget))
        g_error ("a %s (tooltip “%s”) on the map has no accessible name",
                 G_OBJECT_TYPE_NAME (widget), gtk_widget_get_tooltip_text (widget));
      if (GTK_IS_BUTTON (widget))
        (*n_buttons)++;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    assert_controls_named (child, n_buttons);
}

static GtkWidget *
find_button_with_icon (GtkWidget  *widget,
                       const char *icon_name)
{
  GtkWidget *image = GTK_IS_BUTTON (widget) ? gtk_button_get_child (GTK_BUTTON (widget)) : NULL;

  if (GTK_IS_IMAGE (image)
      && g_strcmp0 (gtk_image_get_icon_name (GTK_IMAGE (image)), icon_name) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button_with_icon (child, icon_name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_map_view_accessible_names (Fixture       *fixture,
                                gconstpointer  data)
{
  GtkWidget *simple_map = GTK_WIDGET (wijk_map_view_get_map (fixture->map));
  GtkWidget *zoom_in = find_button_with_icon (simple_map, "zoom-in-symbolic");
  GtkWidget *zoom_out = find_button_with_icon (simple_map, "zoom-out-symbolic");
  GtkWidget *compass;
  guint n_buttons = 0;

  /* libshumate's zoom buttons, named and with tooltips in the user's
   * language. */
  g_assert_nonnull (zoom_in);
  g_assert_nonnull (zoom_out);
  gtk_test_accessible_assert_property (zoom_in, GTK_ACCESSIBLE_PROPERTY_LABEL, "Zoom In");
  gtk_test_accessible_assert_property (zoom_out, GTK_ACCESSIBLE_PROPERTY_LABEL, "Zoom Out");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (zoom_in), ==, "Zoom In");
  compass = GTK_WIDGET (shumate_simple_map_get_compass (SHUMATE_SIMPLE_MAP (simple_map)));
  gtk_test_accessible_assert_property (compass, GTK_ACCESSIBLE_PROPERTY_LABEL, "Compass");

  /* The map itself takes the focus for its keys. */
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (fixture->map)));
  assert_controls_named (GTK_WIDGET (fixture->map), &n_buttons);
  /* The two zoom buttons; Cancel, Done, the last corner and "Use a Plot"
   * while drawing; "Draw Area" and "Use a Plot" for an area; "New Action
   * Here". */
  g_assert_cmpuint (n_buttons, ==, 9);
}

int
main (int   argc,
      char *argv[])
{
  if (!gui_test_init (&argc, &argv))
    return 0;

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/wijk/map-view/offline-layers", test_map_view_offline);
  ADD ("/wijk/map-view/follows-model", test_map_view_follows_model);
  ADD ("/wijk/map-view/area-pixels", test_map_view_area_pixels);
  ADD ("/wijk/map-view/plot-label", test_map_view_plot_label);
  ADD ("/wijk/map-view/hit-and-select", test_map_view_hit_and_select);
  ADD ("/wijk/map-view/accessible-names", test_map_view_accessible_names);

#undef ADD

  return g_test_run ();
}
