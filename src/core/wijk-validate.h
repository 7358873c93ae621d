/* wijk-validate.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "wijk-workshop.h"

G_BEGIN_DECLS

#define WIJK_VALIDATE_ERROR (wijk_validate_error_quark ())

/**
 * WijkValidateError:
 * @WIJK_VALIDATE_ERROR_NOT_FINITE: a number is NaN or infinite
 * @WIJK_VALIDATE_ERROR_OUT_OF_RANGE: a number lies outside its valid range
 * @WIJK_VALIDATE_ERROR_SHARES: cost or benefit shares do not add up to 1
 * @WIJK_VALIDATE_ERROR_REFERENCE: an id names a row that is not there, or
 *   a row of the wrong kind
 * @WIJK_VALIDATE_ERROR_MISSING: a required value is empty
 * @WIJK_VALIDATE_ERROR_INVALID: anything else (unknown enumeration value,
 *   duplicate id, malformed text or geometry)
 *
 * Why a value was refused. Every error's message is translated and names the
 * record, the field and the value.
 */
typedef enum
{
  WIJK_VALIDATE_ERROR_NOT_FINITE,
  WIJK_VALIDATE_ERROR_OUT_OF_RANGE,
  WIJK_VALIDATE_ERROR_SHARES,
  WIJK_VALIDATE_ERROR_REFERENCE,
  WIJK_VALIDATE_ERROR_MISSING,
  WIJK_VALIDATE_ERROR_INVALID,
} WijkValidateError;

/**
 * WIJK_SHARES_EPSILON:
 *
 * How far the sum of an action's cost (or benefit) shares may lie from 1.
 */
#define WIJK_SHARES_EPSILON 1e-9

/* The earliest and latest year a workshop, action or financing line may
 * name; 0 means "not set" wherever a year is optional. */
#define WIJK_YEAR_MIN 1900
#define WIJK_YEAR_MAX 2200

GQuark   wijk_validate_error_quark      (void);

gboolean wijk_validate_geometry         (const WijkGeometry     *geometry,
                                         const char             *what,
                                         GError                **error);
gboolean wijk_validate_workshop_info    (const WijkWorkshop     *ws,
                                         GError                **error);
gboolean wijk_validate_factor           (const WijkFactor       *factor,
                                         GError                **error);
gboolean wijk_validate_organisation     (const WijkOrganisation *org,
                                         GError                **error);
gboolean wijk_validate_plot             (const WijkWorkshop     *ws,
                                         const WijkPlot         *plot,
                                         GError                **error);
gboolean wijk_validate_action           (const WijkWorkshop     *ws,
                                         const WijkAction       *action,
                                         GError                **error);
gboolean wijk_validate_action_param     (const WijkAction       *action,
                                         guint                   index,
                                         double                  value,
                                         GError                **error);
gboolean wijk_validate_shares           (const WijkAction       *action,
                                         GError                **error);
gboolean wijk_validate_purchase_group   (const WijkPurchaseGroup *group,
                                         GError                **error);
gboolean wijk_validate_comment          (const WijkWorkshop     *ws,
                                         const WijkComment      *comment,
                                         GError                **error);
gboolean wijk_validate_approval         (const WijkWorkshop     *ws,
                                         const WijkApproval     *approval,
                                         GError                **error);
gboolean wijk_validate_signature        (const WijkWorkshop     *ws,
                                         const WijkSignature    *signature,
                                         GError                **error);
gboolean wijk_validate_scenario         (const WijkScenario     *scenario,
                                         GError                **error);
gboolean wijk_validate_workshop         (const WijkWorkshop     *ws,
                                         GError                **error);

G_END_DECLS
