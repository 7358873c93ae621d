/* wijk-items-private.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wijk-items.h"

G_BEGIN_DECLS

/* How WijkWorkshopModel creates its items and brings them up to date. An
 * update notifies only the properties whose value changed. */
WijkActionItem       *wijk_action_item_new          (const WijkAction       *action,
                                                     const WijkWorkshop     *workshop);
void                  wijk_action_item_update       (WijkActionItem         *self,
                                                     const WijkAction       *action,
                                                     const WijkWorkshop     *workshop);
WijkOrganisationItem *wijk_organisation_item_new    (const WijkOrganisation *org,
                                                     const WijkWorkshop     *workshop);
void                  wijk_organisation_item_update (WijkOrganisationItem   *self,
                                                     const WijkOrganisation *org,
                                                     const WijkWorkshop     *workshop);
WijkPlotItem         *wijk_plot_item_new            (const WijkPlot         *plot,
                                                     const WijkWorkshop     *workshop);
void                  wijk_plot_item_update         (WijkPlotItem           *self,
                                                     const WijkPlot         *plot,
                                                     const WijkWorkshop     *workshop);

/* Replaces *field with a copy of value; returns whether it changed. */
static inline gboolean
wijk_items_set_str (char       **field,
                    const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

static inline void
wijk_items_notify_if (GObject    *object,
                      gboolean    changed,
                      GParamSpec *pspec)
{
  if (changed)
    g_object_notify_by_pspec (object, pspec);
}

#define WIJK_ITEMS_PROP_FLAGS (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)
#define WIJK_ITEMS_STR_PROP(name) \
  g_param_spec_string (name, NULL, NULL, NULL, WIJK_ITEMS_PROP_FLAGS)
#define WIJK_ITEMS_UINT_PROP(name, max) \
  g_param_spec_uint (name, NULL, NULL, 0, max, 0, WIJK_ITEMS_PROP_FLAGS)
#define WIJK_ITEMS_BOOL_PROP(name) \
  g_param_spec_boolean (name, NULL, NULL, FALSE, WIJK_ITEMS_PROP_FLAGS)

G_END_DECLS
