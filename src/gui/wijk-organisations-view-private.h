/* wijk-organisations-view-private.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wijk-organisations-view.h"

G_BEGIN_DECLS

/* The view's controls, for the widget tests. */
AdwEntryRow        *wijk_organisations_view_get_name_row            (WijkOrganisationsView *self);
AdwComboRow        *wijk_organisations_view_get_kind_row            (WijkOrganisationsView *self);
GtkSpinButton      *wijk_organisations_view_get_employees_spin      (WijkOrganisationsView *self);
GtkSpinButton      *wijk_organisations_view_get_energy_spin         (WijkOrganisationsView *self);
GtkSpinButton      *wijk_organisations_view_get_emissions_spin      (WijkOrganisationsView *self);
GtkColorButton     *wijk_organisations_view_get_colour_button       (WijkOrganisationsView *self);
GtkSwitch          *wijk_organisations_view_get_illustrative_switch (WijkOrganisationsView *self);
GtkRevealer        *wijk_organisations_view_get_error_banner        (WijkOrganisationsView *self);
GtkSingleSelection *wijk_organisations_view_get_selection           (WijkOrganisationsView *self);
guint               wijk_organisations_view_get_n_commitments       (WijkOrganisationsView *self);
AdwLeaflet         *wijk_organisations_view_get_leaflet             (WijkOrganisationsView *self);
GtkListView        *wijk_organisations_view_get_list_view           (WijkOrganisationsView *self);
GtkWidget          *wijk_organisations_view_get_editor_pane         (WijkOrganisationsView *self);

G_END_DECLS
