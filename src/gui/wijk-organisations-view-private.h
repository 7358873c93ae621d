/* wijk-organisations-view-private.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <math.h>

#include "wijk-organisations-view.h"
#include "wijk-swatch.h"

G_BEGIN_DECLS

/* The view is in two files: wijk-organisations-view.c (the list, showing
 * the selected organisation, folding) and wijk-organisations-view-edit.c
 * (its edits, add and delete). */
struct _WijkOrganisationsView
{
  GtkWidget parent_instance;

  AdwLeaflet *leaflet;
  GtkWidget *separator;
  GtkWidget *content;
  GtkWidget *back_bar;
  GtkButton *back_button;
  GtkListView *list_view;
  GtkSingleSelection *selection;
  GtkButton *add_button;
  GtkButton *delete_button;
  GtkStack *stack;
  GtkScrolledWindow *scroller;
  WijkSwatch *header_swatch;
  GtkLabel *header_name;
  GtkLabel *header_summary;
  GtkRevealer *error_revealer;
  GtkLabel *error_label;
  AdwEntryRow *name_row;
  AdwComboRow *kind_row;
  GtkStringList *kinds;
  GtkColorButton *colour_button;
  GtkSpinButton *employees_spin;
  GtkSpinButton *energy_spin;
  GtkSpinButton *emissions_spin;
  GtkSwitch *illustrative_switch;
  AdwPreferencesGroup *commitments_group;

  WijkWorkshopModel *model;
  GPtrArray *commitment_rows;
  GtkEventController *name_focus;
  char *selected_id;
  char *synced_name;
  gboolean show_back_bar;
  guint syncing;
};

WijkStore        *wijk_organisations_view_get_store         (WijkOrganisationsView *self);
const WijkOrganisation *
                  wijk_organisations_view_peek_organisation (WijkOrganisationsView *self);
WijkOrganisation *wijk_organisations_view_dup_organisation  (WijkOrganisationsView *self);
void              wijk_organisations_view_show_error        (WijkOrganisationsView *self,
                                                             const char            *message);
void              wijk_organisations_view_sync_editor       (WijkOrganisationsView *self);
void              wijk_organisations_view_show_editor       (WijkOrganisationsView *self);
void              wijk_organisations_view_commit_name       (WijkOrganisationsView *self);
void              wijk_organisations_view_init_edits        (WijkOrganisationsView *self);
void              wijk_organisations_view_class_init_edits  (GtkWidgetClass        *widget_class);

/* A value the spin button only rounded for display (its text parsed back
 * when the focus leaves) is not an edit. */
static inline gboolean
wijk_spin_differs (GtkSpinButton *spin,
                   double         model_value)
{
  double tolerance = 0.5 * pow (10.0, -(double) gtk_spin_button_get_digits (spin));

  return fabs (gtk_spin_button_get_value (spin) - model_value) >= tolerance;
}

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
