/* wijk-owner-row.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "wijk-workshop.h"

G_BEGIN_DECLS

#define WIJK_TYPE_OWNER_ROW (wijk_owner_row_get_type ())

G_DECLARE_FINAL_TYPE (WijkOwnerRow, wijk_owner_row, WIJK, OWNER_ROW, AdwPreferencesRow)

/* One co-owner of an action in the action editor: the organisation, its
 * role and its cost and benefit share sliders. The row only shows and
 * reports: it emits "edited" when the user changes the role or a share,
 * "remove" when the user asks to remove the owner, and "gesture-begin" /
 * "gesture-end" around a pointer drag on a slider, so that the editor can
 * make one drag one undo step. */
GtkWidget  *wijk_owner_row_new               (void);
void        wijk_owner_row_set_owner         (WijkOwnerRow           *self,
                                              const WijkOwner        *owner,
                                              const WijkOrganisation *org);
const char *wijk_owner_row_get_org_id        (WijkOwnerRow           *self);
WijkRole    wijk_owner_row_get_role          (WijkOwnerRow           *self);
double      wijk_owner_row_get_cost_share    (WijkOwnerRow           *self);
double      wijk_owner_row_get_benefit_share (WijkOwnerRow           *self);
void        wijk_owner_row_apply             (WijkOwnerRow           *self,
                                              WijkOwner              *owner);

G_END_DECLS
