/* wijk-items.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "wijk-store.h"
#include "wijk-workshop.h"

G_BEGIN_DECLS

/* The workshop as list models of GObjects, for the views: one object per
 * action, organisation and plot. When the store changes, the lists are
 * brought up to date in place: an item whose record is still there stays
 * the same object (its properties notify), so selections and bindings
 * survive an edit, an undo or a redo. */

#define WIJK_TYPE_ACTION_ITEM (wijk_action_item_get_type ())
#define WIJK_TYPE_ORGANISATION_ITEM (wijk_organisation_item_get_type ())
#define WIJK_TYPE_PLOT_ITEM (wijk_plot_item_get_type ())
#define WIJK_TYPE_WORKSHOP_MODEL (wijk_workshop_model_get_type ())

G_DECLARE_FINAL_TYPE (WijkActionItem, wijk_action_item, WIJK, ACTION_ITEM, GObject)
G_DECLARE_FINAL_TYPE (WijkOrganisationItem, wijk_organisation_item, WIJK, ORGANISATION_ITEM, GObject)
G_DECLARE_FINAL_TYPE (WijkPlotItem, wijk_plot_item, WIJK, PLOT_ITEM, GObject)
G_DECLARE_FINAL_TYPE (WijkWorkshopModel, wijk_workshop_model, WIJK, WORKSHOP_MODEL, GObject)

/**
 * WijkActionItem:
 *
 * An action of the workshop. Properties: "id", "title", "type" (the
 * catalogue id), "type-name" (translated), "theme" (a #WijkTheme),
 * "theme-id" (its machine name), "theme-label", "icon-name", "colour" (the
 * theme's), "status" (a #WijkStatus), "status-label", "lead-org-id" and
 * "lead-org-name" (the lead owner, or the first one), "has-location".
 */
const char         *wijk_action_item_get_id             (WijkActionItem       *self);
const char         *wijk_action_item_get_title          (WijkActionItem       *self);
const char         *wijk_action_item_get_type_id        (WijkActionItem       *self);
const char         *wijk_action_item_get_type_name      (WijkActionItem       *self);
WijkTheme           wijk_action_item_get_theme          (WijkActionItem       *self);
WijkStatus          wijk_action_item_get_status         (WijkActionItem       *self);
const char         *wijk_action_item_get_lead_org_id    (WijkActionItem       *self);
const char         *wijk_action_item_get_lead_org_name  (WijkActionItem       *self);
const WijkAction   *wijk_action_item_get_action         (WijkActionItem       *self);

/**
 * WijkOrganisationItem:
 *
 * An organisation. Properties: "id", "name", "kind" (a #WijkOrgKind),
 * "kind-label", "colour", "employees", "illustrative", "n-plots" (how many
 * plots it owns), "n-actions" (in how many actions it is an owner).
 */
const char         *wijk_organisation_item_get_id       (WijkOrganisationItem *self);
const char         *wijk_organisation_item_get_name     (WijkOrganisationItem *self);
const char         *wijk_organisation_item_get_colour   (WijkOrganisationItem *self);
const WijkOrganisation *wijk_organisation_item_get_organisation (WijkOrganisationItem *self);

/**
 * WijkPlotItem:
 *
 * A plot or another feature of the site. Properties: "id", "name", "kind"
 * ("plot", "outline" or "street"), "owner-org-id", "owner-name", "colour"
 * (the owner's, %NULL without an owner), "approximate".
 */
const char         *wijk_plot_item_get_id               (WijkPlotItem         *self);
const char         *wijk_plot_item_get_name             (WijkPlotItem         *self);
const char         *wijk_plot_item_get_kind             (WijkPlotItem         *self);
const char         *wijk_plot_item_get_owner_org_id     (WijkPlotItem         *self);
const char         *wijk_plot_item_get_colour           (WijkPlotItem         *self);
const WijkPlot     *wijk_plot_item_get_plot             (WijkPlotItem         *self);

/**
 * WijkWorkshopModel:
 *
 * Owns a reference to a #WijkStore and shows its workshop as lists. Emits
 * "changed" (with the #WijkStoreChange) after the lists are up to date.
 * Properties: "store", "name" (the workshop's name), "approximate" (whether
 * any plot's geometry is approximate).
 */
WijkWorkshopModel  *wijk_workshop_model_new                (WijkStore         *store);
WijkStore          *wijk_workshop_model_get_store          (WijkWorkshopModel *self);
const WijkWorkshop *wijk_workshop_model_get_workshop       (WijkWorkshopModel *self);
const char         *wijk_workshop_model_get_name           (WijkWorkshopModel *self);
gboolean            wijk_workshop_model_get_approximate    (WijkWorkshopModel *self);
GListModel         *wijk_workshop_model_get_actions        (WijkWorkshopModel *self);
GListModel         *wijk_workshop_model_get_organisations  (WijkWorkshopModel *self);
GListModel         *wijk_workshop_model_get_plots          (WijkWorkshopModel *self);
WijkActionItem     *wijk_workshop_model_find_action        (WijkWorkshopModel *self,
                                                            const char        *id);
WijkOrganisationItem *wijk_workshop_model_find_organisation (WijkWorkshopModel *self,
                                                            const char        *id);
WijkPlotItem       *wijk_workshop_model_find_plot          (WijkWorkshopModel *self,
                                                            const char        *id);
void                wijk_workshop_model_refresh            (WijkWorkshopModel *self);

G_END_DECLS
