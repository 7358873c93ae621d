/* wijk-organisations-view.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "wijk-items.h"

G_BEGIN_DECLS

#define WIJK_TYPE_ORGANISATIONS_VIEW (wijk_organisations_view_get_type ())

G_DECLARE_FINAL_TYPE (WijkOrganisationsView, wijk_organisations_view, WIJK, ORGANISATIONS_VIEW, GtkWidget)

/* The organisations of a workshop: a list beside an editor (name, kind,
 * colour, employees, baseline, whether the figures are illustrative), with
 * add and delete. Every change is one committed store edit.
 *
 * Signals: "organisation-selected" (the id, %NULL when none) so the map can
 * highlight the plots; "action-activated" (an action id) when a commitment
 * is clicked; "error" (a translated message) when an edit is refused;
 * "toast" (an #AdwToast) for the window's toast overlay, e.g. the undoable
 * delete. */
GtkWidget         *wijk_organisations_view_new             (WijkWorkshopModel     *model);
WijkWorkshopModel *wijk_organisations_view_get_model       (WijkOrganisationsView *self);
void               wijk_organisations_view_set_model       (WijkOrganisationsView *self,
                                                            WijkWorkshopModel     *model);
const char        *wijk_organisations_view_get_selected_id (WijkOrganisationsView *self);
gboolean           wijk_organisations_view_select          (WijkOrganisationsView *self,
                                                            const char            *id);
gboolean           wijk_organisations_view_navigate_back   (WijkOrganisationsView *self);
void               wijk_organisations_view_set_show_back_bar (WijkOrganisationsView *self,
                                                            gboolean               show);

G_END_DECLS
