/* wijk-store.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "wijk-workshop.h"

G_BEGIN_DECLS

/**
 * WIJK_STORE_APPLICATION_ID:
 *
 * The `PRAGMA application_id` of every workshop file: "WIJK" in ASCII
 * (0x57494A4B, 1464420939), a big-endian 32-bit number at byte 68 of the
 * file.
 */
#define WIJK_STORE_APPLICATION_ID 0x57494A4B

/**
 * WIJK_STORE_SCHEMA_VERSION:
 *
 * The file format written by this version (`PRAGMA user_version`). Older
 * files are upgraded when opened; newer ones are refused.
 */
#define WIJK_STORE_SCHEMA_VERSION 3

#define WIJK_STORE_ERROR (wijk_store_error_quark ())

typedef enum
{
  WIJK_STORE_ERROR_IO,             /* cannot read or write the file */
  WIJK_STORE_ERROR_NOT_A_WORKSHOP, /* a database or file of another kind */
  WIJK_STORE_ERROR_CORRUPT,        /* damaged database, fails quick_check */
  WIJK_STORE_ERROR_LOCKED,         /* another program holds the file */
  WIJK_STORE_ERROR_TOO_NEW,        /* written by a newer Wijkpact */
  WIJK_STORE_ERROR_EXISTS,         /* create: the file is already there */
  WIJK_STORE_ERROR_NOT_FOUND,      /* an edit names a row that is not there */
  WIJK_STORE_ERROR_INVALID,        /* a value fails validation */
  WIJK_STORE_ERROR_IN_USE,         /* a delete that others still refer to */
  WIJK_STORE_ERROR_NOTHING_TO_UNDO,
  WIJK_STORE_ERROR_CONFLICT,       /* undo/redo: the history does not match the rows */
} WijkStoreError;

/**
 * WijkStoreChange:
 *
 * What a #WijkStore::changed emission is about.
 */
typedef enum
{
  WIJK_STORE_CHANGE_WORKSHOP,      /* settings (name, target, rate…) */
  WIJK_STORE_CHANGE_FACTORS,
  WIJK_STORE_CHANGE_ORGANISATIONS,
  WIJK_STORE_CHANGE_PLOTS,
  WIJK_STORE_CHANGE_ACTIONS,
  WIJK_STORE_CHANGE_PURCHASE_GROUPS,
  WIJK_STORE_CHANGE_COMMENTS,
  WIJK_STORE_CHANGE_APPROVALS,
  WIJK_STORE_CHANGE_SIGNATURES,
  WIJK_STORE_CHANGE_SCENARIOS,
  WIJK_STORE_CHANGE_ALL,           /* undo, redo, reload: anything changed */
} WijkStoreChange;

#define WIJK_TYPE_STORE (wijk_store_get_type ())

G_DECLARE_FINAL_TYPE (WijkStore, wijk_store, WIJK, STORE, GObject)

GQuark              wijk_store_error_quark         (void);

/* Opening and creating. A file that is not a workshop, is corrupt, locked
 * or newer gets a specific error and is never modified. */
WijkStore          *wijk_store_open                (const char          *path,
                                                    GError             **error);
WijkStore          *wijk_store_create              (const char          *path,
                                                    const WijkWorkshop  *initial,
                                                    GError             **error);
gboolean            wijk_store_save_as             (WijkStore           *self,
                                                    const char          *path,
                                                    GError             **error);
const char         *wijk_store_get_path            (WijkStore           *self);

/* The workshop as it is now in the file. The pointer stays valid until the
 * next edit, undo or redo; copy what you keep. */
const WijkWorkshop *wijk_store_get_workshop        (WijkStore           *self);

/* Edits. Each is validated, committed in its own transaction and recorded
 * as one undo step, unless it is inside begin_group/end_group, which makes
 * one user gesture one step. "put" inserts or replaces by id. */
void                wijk_store_begin_group         (WijkStore           *self,
                                                    const char          *label);
gboolean            wijk_store_end_group           (WijkStore           *self,
                                                    GError             **error);
gboolean            wijk_store_set_workshop_info   (WijkStore           *self,
                                                    const WijkWorkshop  *info,
                                                    GError             **error);
gboolean            wijk_store_put_factor          (WijkStore           *self,
                                                    const WijkFactor    *factor,
                                                    GError             **error);
gboolean            wijk_store_put_organisation    (WijkStore           *self,
                                                    const WijkOrganisation *org,
                                                    GError             **error);
gboolean            wijk_store_delete_organisation (WijkStore           *self,
                                                    const char          *id,
                                                    GError             **error);
gboolean            wijk_store_put_plot            (WijkStore           *self,
                                                    const WijkPlot      *plot,
                                                    GError             **error);
gboolean            wijk_store_delete_plot         (WijkStore           *self,
                                                    const char          *id,
                                                    GError             **error);
gboolean            wijk_store_put_action          (WijkStore           *self,
                                                    const WijkAction    *action,
                                                    GError             **error);
gboolean            wijk_store_set_action_param    (WijkStore           *self,
                                                    const char          *action_id,
                                                    const char          *param,
                                                    double               value,
                                                    GError             **error);
gboolean            wijk_store_delete_action       (WijkStore           *self,
                                                    const char          *id,
                                                    GError             **error);
gboolean            wijk_store_put_purchase_group  (WijkStore           *self,
                                                    const WijkPurchaseGroup *group,
                                                    GError             **error);
gboolean            wijk_store_delete_purchase_group (WijkStore         *self,
                                                    const char          *id,
                                                    GError             **error);
gboolean            wijk_store_put_comment         (WijkStore           *self,
                                                    const WijkComment   *comment,
                                                    GError             **error);
gboolean            wijk_store_put_approval        (WijkStore           *self,
                                                    const WijkApproval  *approval,
                                                    GError             **error);
gboolean            wijk_store_put_signature       (WijkStore           *self,
                                                    const WijkSignature *signature,
                                                    GError             **error);
gboolean            wijk_store_put_scenario        (WijkStore           *self,
                                                    const WijkScenario  *scenario,
                                                    GError             **error);
gboolean            wijk_store_delete_comment      (WijkStore           *self,
                                                    const char          *id,
                                                    GError             **error);
gboolean            wijk_store_delete_scenario     (WijkStore           *self,
                                                    const char          *id,
                                                    GError             **error);

/* Undo and redo, stored in the file: they survive a restart. */
gboolean            wijk_store_can_undo            (WijkStore           *self);
gboolean            wijk_store_can_redo            (WijkStore           *self);
char               *wijk_store_dup_undo_label      (WijkStore           *self);
char               *wijk_store_dup_redo_label      (WijkStore           *self);
gboolean            wijk_store_undo                (WijkStore           *self,
                                                    GError             **error);
gboolean            wijk_store_redo                (WijkStore           *self,
                                                    GError             **error);

G_END_DECLS
