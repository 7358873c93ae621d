/* wijk-financing-row.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "wijk-workshop.h"

G_BEGIN_DECLS

#define WIJK_TYPE_FINANCING_ROW (wijk_financing_row_get_type ())

G_DECLARE_FINAL_TYPE (WijkFinancingRow, wijk_financing_row, WIJK, FINANCING_ROW, AdwExpanderRow)

/* One financing line of an action in the action editor: kind,
 * organisation, name, amount, share of capex, share of savings, interest
 * rate and years, each row shown only for the kinds it counts for. Like
 * #WijkOwnerRow it only shows and reports: "edited" when the user changes a
 * value, "remove" when the user asks to remove the line. */
GtkWidget  *wijk_financing_row_new               (void);
void        wijk_financing_row_set_organisations (WijkFinancingRow    *self,
                                                  const WijkWorkshop  *ws,
                                                  const WijkAction    *action);
void        wijk_financing_row_set_line          (WijkFinancingRow    *self,
                                                  const WijkFinancing *line,
                                                  guint                number);
const char *wijk_financing_row_get_id            (WijkFinancingRow    *self);
void        wijk_financing_row_apply             (WijkFinancingRow    *self,
                                                  WijkFinancing       *line);
void        wijk_financing_row_commit_pending    (WijkFinancingRow    *self);

G_END_DECLS
