/* editor-test-util.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the editor widget tests share besides gui-test-util.h: a workshop
 * file in a temporary directory with two organisations and one solar PV
 * action, a window for the widget, and screenshots on request.
 */

#pragma once

#include <adwaita.h>
#include <glib/gstdio.h>
#include <stdlib.h>

#include "gui-test-util.h"
#include "wijk-catalog.h"
#include "wijk-resources.h"
#include "wijk-store.h"

static inline WijkOrganisation *
editor_test_organisation (const char  *id,
                          const char  *name,
                          WijkOrgKind  kind,
                          const char  *colour)
{
  WijkOrganisation *org = wijk_organisation_new (id);

  org->name = g_strdup (name);
  org->kind = kind;
  org->colour = g_strdup (colour);
  return org;
}

/* Two organisations (Siemens, Stad Leuven) and one solar PV action "a1"
 * with the catalogue's default parameters and no owners. */
static inline WijkWorkshop *
editor_test_workshop (void)
{
  WijkWorkshop *ws = wijk_workshop_new ();
  WijkAction *action = wijk_action_new ("a1", "solar_pv");

  ws->name = g_strdup ("Test park");
  ws->baseline_t_co2_per_year = 30000;
  ws->target_t_co2_per_year = 6300;
  ws->target_year = 2030;
  g_ptr_array_unref (ws->factors);
  ws->factors = wijk_catalog_dup_default_factors ();
  g_ptr_array_add (ws->organisations,
                   editor_test_organisation ("siemens", "Siemens", WIJK_ORG_KIND_COMPANY,
                                             "#332288"));
  g_ptr_array_add (ws->organisations,
                   editor_test_organisation ("leuven", "Stad Leuven", WIJK_ORG_KIND_PUBLIC,
                                             "#44AA99"));
  wijk_action_type_set_defaults (wijk_catalog_lookup ("solar_pv"), action);
  action->title = g_strdup ("PV on hall 3");
  g_ptr_array_add (ws->actions, action);
  return ws;
}

static inline char *
editor_test_make_file (char      **dir,
                       WijkStore **store)
{
  g_autoptr(WijkWorkshop) ws = editor_test_workshop ();
  g_autoptr(GError) error = NULL;
  char *path;

  *dir = g_dir_make_tmp ("wijk-gui-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (*dir, "test.wijkpact", NULL);
  *store = wijk_store_create (path, ws, &error);
  g_assert_no_error (error);
  g_assert_nonnull (*store);
  return path;
}

/* A window of @width × @height, taller when screenshots are taken so that
 * they show the whole widget. */
static inline GtkWidget *
editor_test_window_new (GtkWidget *child,
                        int        width,
                        int        height)
{
  GtkWidget *window = gtk_window_new ();
  const char *shot_height = g_getenv ("WIJK_TEST_SCREENSHOT_HEIGHT");

  if (g_getenv ("WIJK_TEST_SCREENSHOT_DIR") != NULL && shot_height != NULL)
    height = MAX (height, atoi (shot_height));
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_set_child (GTK_WINDOW (window), child);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);
  return window;
}

/* With WIJK_TEST_SCREENSHOT_DIR set, saves what @widget shows as
 * <dir>/<name>.png, to look at the widgets without a desktop. */
static inline void
editor_test_screenshot (GtkWidget  *widget,
                        const char *name)
{
  const char *dir = g_getenv ("WIJK_TEST_SCREENSHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file = NULL;
  GskRenderer *renderer;
  int width, height;

  if (dir == NULL)
    return;

  /* Let transitions (crossfades, revealers) finish. */
  gui_test_spin (0.5);
  gtk_test_widget_wait_for_draw (widget);
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  file = g_strdup_printf ("%s/%s.png", dir, name);
  g_assert_true (gdk_texture_save_to_png (texture, file));
}
