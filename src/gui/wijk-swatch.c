/* wijk-swatch.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-swatch"

#include "config.h"

#include "wijk-swatch.h"

/* A rounded square in a colour (an organisation's, a theme's), with an
 * optional symbolic icon drawn on it in black or white, whichever reads
 * better on the colour. Used in lists and editor headers. */
struct _WijkSwatch
{
  GtkWidget parent_instance;

  char *colour;
  char *icon_name;
  int size;
  GdkRGBA rgba;
};

G_DEFINE_FINAL_TYPE (WijkSwatch, wijk_swatch, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_COLOUR,
  PROP_ICON_NAME,
  PROP_SIZE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define DEFAULT_SIZE 24

static gboolean
colour_is_light (const GdkRGBA *rgba)
{
  /* Relative luminance (sRGB coefficients) without linearisation: good
   * enough to choose between a black and a white icon. */
  return 0.2126 * rgba->red + 0.7152 * rgba->green + 0.0722 * rgba->blue > 0.6;
}

static void
wijk_swatch_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  WijkSwatch *self = WIJK_SWATCH (widget);

  *minimum = *natural = self->size;
}

static void
snapshot_icon (WijkSwatch  *self,
               GtkSnapshot *snapshot,
               float        width,
               float        height)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (GTK_WIDGET (self)));
  g_autoptr(GtkIconPaintable) icon = NULL;
  GdkRGBA colours[4];
  int icon_size = MAX (8, (int) (self->size * 0.6 + 0.5));

  if (!gtk_icon_theme_has_icon (theme, self->icon_name))
    return;

  icon = gtk_icon_theme_lookup_icon (theme, self->icon_name, NULL, icon_size,
                                     gtk_widget_get_scale_factor (GTK_WIDGET (self)),
                                     gtk_widget_get_direction (GTK_WIDGET (self)), 0);
  if (colour_is_light (&self->rgba))
    colours[0] = (GdkRGBA) { 0, 0, 0, 0.8f };
  else
    colours[0] = (GdkRGBA) { 1, 1, 1, 1 };
  colours[1] = colours[2] = colours[3] = colours[0];

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT ((width - icon_size) / 2.f,
                                                          (height - icon_size) / 2.f));
  gtk_symbolic_paintable_snapshot_symbolic (GTK_SYMBOLIC_PAINTABLE (icon), snapshot,
                                            icon_size, icon_size, colours, 4);
  gtk_snapshot_restore (snapshot);
}

static void
wijk_swatch_snapshot (GtkWidget   *widget,
                      GtkSnapshot *snapshot)
{
  WijkSwatch *self = WIJK_SWATCH (widget);
  float width = gtk_widget_get_width (widget);
  float height = gtk_widget_get_height (widget);
  float side = MIN (width, height);
  GskRoundedRect outline;
  const GdkRGBA border = { 0, 0, 0, 0.15f };

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT ((width - side) / 2.f,
                                                          (height - side) / 2.f));
  gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (0, 0, side, side),
                                   side * 0.28f);
  gtk_snapshot_push_rounded_clip (snapshot, &outline);
  gtk_snapshot_append_color (snapshot, &self->rgba, &outline.bounds);
  gtk_snapshot_pop (snapshot);
  /* A faint rim so that light colours stay visible on a light background. */
  gtk_snapshot_append_border (snapshot, &outline,
                              (float[4]) { 1, 1, 1, 1 },
                              (GdkRGBA[4]) { border, border, border, border });
  if (self->icon_name != NULL && self->icon_name[0] != '\0')
    snapshot_icon (self, snapshot, side, side);
  gtk_snapshot_restore (snapshot);
}

static void
wijk_swatch_finalize (GObject *object)
{
  WijkSwatch *self = WIJK_SWATCH (object);

  g_clear_pointer (&self->colour, g_free);
  g_clear_pointer (&self->icon_name, g_free);

  G_OBJECT_CLASS (wijk_swatch_parent_class)->finalize (object);
}

static void
wijk_swatch_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  WijkSwatch *self = WIJK_SWATCH (object);

  switch (prop_id)
    {
    case PROP_COLOUR:
      g_value_set_string (value, self->colour);
      break;
    case PROP_ICON_NAME:
      g_value_set_string (value, self->icon_name);
      break;
    case PROP_SIZE:
      g_value_set_int (value, self->size);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wijk_swatch_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  WijkSwatch *self = WIJK_SWATCH (object);

  switch (prop_id)
    {
    case PROP_COLOUR:
      wijk_swatch_set_colour (self, g_value_get_string (value));
      break;
    case PROP_ICON_NAME:
      wijk_swatch_set_icon_name (self, g_value_get_string (value));
      break;
    case PROP_SIZE:
      wijk_swatch_set_size (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wijk_swatch_class_init (WijkSwatchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = wijk_swatch_finalize;
  object_class->get_property = wijk_swatch_get_property;
  object_class->set_property = wijk_swatch_set_property;

  widget_class->measure = wijk_swatch_measure;
  widget_class->snapshot = wijk_swatch_snapshot;

  properties[PROP_COLOUR] =
    g_param_spec_string ("colour", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ICON_NAME] =
    g_param_spec_string ("icon-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SIZE] =
    g_param_spec_int ("size", NULL, NULL, 8, 256, DEFAULT_SIZE,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "swatch");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PRESENTATION);
}

static void
wijk_swatch_init (WijkSwatch *self)
{
  self->size = DEFAULT_SIZE;
  self->rgba = (GdkRGBA) { 0.6f, 0.6f, 0.6f, 1 };
  gtk_widget_set_halign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
}

/**
 * wijk_swatch_new:
 * @colour: (nullable): a colour such as "#E69F00"
 * @icon_name: (nullable): a symbolic icon drawn on the colour
 *
 * Returns: (transfer floating): a new swatch
 */
GtkWidget *
wijk_swatch_new (const char *colour,
                 const char *icon_name)
{
  return g_object_new (WIJK_TYPE_SWATCH,
                       "colour", colour,
                       "icon-name", icon_name,
                       NULL);
}

const char *
wijk_swatch_get_colour (WijkSwatch *self)
{
  g_return_val_if_fail (WIJK_IS_SWATCH (self), NULL);
  return self->colour;
}

void
wijk_swatch_set_colour (WijkSwatch *self,
                        const char *colour)
{
  g_return_if_fail (WIJK_IS_SWATCH (self));

  if (g_strcmp0 (self->colour, colour) == 0)
    return;

  g_free (self->colour);
  self->colour = g_strdup (colour);
  /* An unparsable colour (a value from an untrusted file) shows as grey. */
  if (colour == NULL || !gdk_rgba_parse (&self->rgba, colour))
    self->rgba = (GdkRGBA) { 0.6f, 0.6f, 0.6f, 1 };
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOUR]);
}

const char *
wijk_swatch_get_icon_name (WijkSwatch *self)
{
  g_return_val_if_fail (WIJK_IS_SWATCH (self), NULL);
  return self->icon_name;
}

void
wijk_swatch_set_icon_name (WijkSwatch *self,
                           const char *icon_name)
{
  g_return_if_fail (WIJK_IS_SWATCH (self));

  if (g_strcmp0 (self->icon_name, icon_name) == 0)
    return;

  g_free (self->icon_name);
  self->icon_name = g_strdup (icon_name);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ICON_NAME]);
}

int
wijk_swatch_get_size (WijkSwatch *self)
{
  g_return_val_if_fail (WIJK_IS_SWATCH (self), DEFAULT_SIZE);
  return self->size;
}

void
wijk_swatch_set_size (WijkSwatch *self,
                      int         size)
{
  g_return_if_fail (WIJK_IS_SWATCH (self));

  if (self->size == size)
    return;

  self->size = size;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIZE]);
}
