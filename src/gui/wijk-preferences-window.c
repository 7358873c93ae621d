/* wijk-preferences-window.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "wijk-preferences-window.h"

/* The map's basemap and the offline switch. The language follows the
 * system. */

/* The rows of the basemap combo, in the order of the TileSource enum. */
static const char * const basemap_nicks[] = { "none", "osm", "mbtiles" };

struct _WijkPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  AdwComboRow          *basemap_row;
  AdwActionRow         *mbtiles_row;
  GtkSwitch            *offline_switch;

  GSettings            *settings;
};

G_DEFINE_FINAL_TYPE (WijkPreferencesWindow, wijk_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static gboolean
nick_to_position (GValue   *value,
                  GVariant *variant,
                  gpointer  user_data)
{
  const char *nick = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (basemap_nicks); i++)
    {
      if (g_str_equal (nick, basemap_nicks[i]))
        {
          g_value_set_uint (value, i);
          return TRUE;
        }
    }

  return FALSE;
}

static GVariant *
position_to_nick (const GValue       *value,
                  const GVariantType *expected_type,
                  gpointer            user_data)
{
  guint position = g_value_get_uint (value);

  if (position >= G_N_ELEMENTS (basemap_nicks))
    return NULL;

  return g_variant_new_string (basemap_nicks[position]);
}

static void
update_rows (WijkPreferencesWindow *self)
{
  g_autofree char *path = g_settings_get_string (self->settings, "mbtiles-path");
  int basemap = g_settings_get_enum (self->settings, "tile-source");
  gboolean offline = g_settings_get_boolean (self->settings, "offline");

  adw_action_row_set_subtitle (self->mbtiles_row, *path != '\0' ? path : _("None chosen"));

  if (basemap == 1 && offline)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->basemap_row),
                                 _("Turn off “Offline” to load the tiles"));
  else if (basemap == 1)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->basemap_row),
                                 _("Tiles come from openstreetmap.org and are kept in a cache"));
  else
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->basemap_row), NULL);
}

static void
on_mbtiles_response (GtkNativeDialog       *dialog,
                     int                    response,
                     WijkPreferencesWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        {
          g_settings_set_string (self->settings, "mbtiles-path", path);
          g_settings_set_enum (self->settings, "tile-source", 2);
        }
    }

  g_object_unref (dialog);
}

static void
on_choose_mbtiles (WijkPreferencesWindow *self)
{
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("MBTiles basemaps"));
  gtk_file_filter_add_suffix (filter, "mbtiles");

  dialog = gtk_file_chooser_native_new (_("Choose a Basemap"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Choose"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_mbtiles_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
wijk_preferences_window_dispose (GObject *object)
{
  WijkPreferencesWindow *self = WIJK_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), WIJK_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (wijk_preferences_window_parent_class)->dispose (object);
}

static void
wijk_preferences_window_class_init (WijkPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = wijk_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/wijkpact/Wijkpact/wijk-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, WijkPreferencesWindow, basemap_row);
  gtk_widget_class_bind_template_child (widget_class, WijkPreferencesWindow, mbtiles_row);
  gtk_widget_class_bind_template_child (widget_class, WijkPreferencesWindow, offline_switch);
  gtk_widget_class_bind_template_callback (widget_class, on_choose_mbtiles);
}

static void
wijk_preferences_window_init (WijkPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * wijk_preferences_window_new:
 * @settings: the application's settings
 *
 * Returns: (transfer floating): a new preferences window
 */
GtkWidget *
wijk_preferences_window_new (GSettings *settings)
{
  WijkPreferencesWindow *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (WIJK_TYPE_PREFERENCES_WINDOW, NULL);
  self->settings = g_object_ref (settings);

  g_settings_bind_with_mapping (settings, "tile-source", self->basemap_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, nick_to_position, position_to_nick,
                                NULL, NULL);
  g_settings_bind (settings, "offline", self->offline_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_object (settings, "changed", G_CALLBACK (update_rows), self,
                           G_CONNECT_SWAPPED);
  update_rows (self);

  return GTK_WIDGET (self);
}
