/* wijk-action-editor-private.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "wijk-action-editor.h"
#include "wijk-catalog.h"
#include "wijk-financing-row.h"
#include "wijk-owner-row.h"
#include "wijk-swatch.h"

G_BEGIN_DECLS

/* The editor never keeps a copy of the action: every refresh reads it from
 * the store, every edit copies it, changes one thing and puts it back. The
 * rows of lists (parameters, owners, financing lines) are rebuilt only when
 * the list itself changes, so a slider being dragged or a field being typed
 * in survives the refresh that its own edit causes.
 *
 * The editor's sections live in their own files: wijk-action-editor-fields.c
 * (title, description, status, start year), -params.c, -owners.c,
 * -financing.c and -comments.c. */
struct _WijkActionEditor
{
  GtkWidget parent_instance;

  GtkStack *stack;
  WijkSwatch *type_swatch;
  GtkLabel *type_label;
  GtkLabel *theme_label;
  AdwEntryRow *title_row;
  AdwComboRow *status_row;
  GtkStringList *statuses;
  AdwActionRow *start_year_row;
  GtkSpinButton *start_year_spin;
  GtkAdjustment *start_year_adjustment;
  GtkRevealer *status_error_revealer;
  GtkLabel *status_error_label;
  GtkTextView *description_view;
  AdwPreferencesGroup *params_group;
  AdwPreferencesGroup *owners_group;
  GtkButton *split_button;
  GtkMenuButton *add_owner_button;
  GtkRevealer *shares_revealer;
  GtkLabel *shares_label;
  AdwPreferencesGroup *financing_group;
  GtkButton *add_financing_button;
  AdwPreferencesGroup *comments_group;
  AdwEntryRow *comment_row;
  GtkButton *add_comment_button;

  WijkStore *store;
  char *action_id;
  char *author;

  const WijkActionType *param_type;
  GPtrArray *param_spins;
  GPtrArray *param_rows;
  GPtrArray *owner_rows;
  GtkWidget *owners_placeholder;
  GPtrArray *financing_rows;
  GtkWidget *financing_placeholder;
  GPtrArray *comment_rows;
  char *comments_key;

  GtkEventController *title_focus;
  GtkEventController *description_focus;
  char *synced_title;
  char *synced_description;
  guint text_commit_source;
  gboolean start_year_unset;
  gboolean group_open;
  guint syncing;
};

/* Shared by the sections (wijk-action-editor.c) */
const WijkAction *wijk_action_editor_peek_action       (WijkActionEditor    *self);
WijkAction       *wijk_action_editor_dup_action        (WijkActionEditor    *self);
gboolean          wijk_action_editor_commit            (WijkActionEditor    *self,
                                                        const WijkAction    *action);
void              wijk_action_editor_report_error      (WijkActionEditor    *self,
                                                        const GError        *error);
void              wijk_action_editor_close_group       (WijkActionEditor    *self);
void              wijk_action_editor_sync              (WijkActionEditor    *self);
void              wijk_action_editor_show_status_error (WijkActionEditor    *self,
                                                        const char          *message);
void              wijk_action_editor_remove_rows       (AdwPreferencesGroup *group,
                                                        GPtrArray           *rows);
void              wijk_action_editor_show_placeholder  (AdwPreferencesGroup *group,
                                                        GtkWidget           *placeholder,
                                                        gboolean             shown);

/* Agreed and signed actions keep the shares their owners agreed to. */
static inline gboolean
wijk_action_is_locked (const WijkAction *action)
{
  return action->status >= WIJK_STATUS_AGREED;
}

static inline void
wijk_set_str (char       **field,
              const char  *value)
{
  if (*field != value)
    {
      g_free (*field);
      *field = g_strdup (value);
    }
}

/* The sections */
void              wijk_action_editor_init_fields       (WijkActionEditor     *self);
void              wijk_action_editor_class_init_fields (GtkWidgetClass       *widget_class);
void              wijk_action_editor_commit_pending_text (WijkActionEditor   *self);
void              wijk_action_editor_sync_text         (WijkActionEditor     *self,
                                                        const WijkAction     *action);
void              wijk_action_editor_sync_start_year   (WijkActionEditor     *self,
                                                        const WijkAction     *action);
void              wijk_action_editor_sync_params       (WijkActionEditor     *self,
                                                        const WijkAction     *action,
                                                        const WijkActionType *type);
void              wijk_action_editor_sync_owners       (WijkActionEditor     *self,
                                                        const WijkWorkshop   *ws,
                                                        const WijkAction     *action);
void              wijk_action_editor_sync_financing    (WijkActionEditor     *self,
                                                        const WijkWorkshop   *ws,
                                                        const WijkAction     *action);
void              wijk_action_editor_commit_pending_financing (WijkActionEditor *self);
void              wijk_action_editor_sync_comments     (WijkActionEditor     *self,
                                                        const WijkWorkshop   *ws,
                                                        const WijkAction     *action);
void              wijk_action_editor_comment_activated (WijkActionEditor     *self);
void              wijk_action_editor_add_owner_action  (GtkWidget            *widget,
                                                        const char           *action_name,
                                                        GVariant             *parameter);
void              wijk_action_editor_split_equally_action (GtkWidget         *widget,
                                                        const char           *action_name,
                                                        GVariant             *parameter);
void              wijk_action_editor_add_financing_action (GtkWidget         *widget,
                                                        const char           *action_name,
                                                        GVariant             *parameter);
void              wijk_action_editor_add_comment_action (GtkWidget           *widget,
                                                        const char           *action_name,
                                                        GVariant             *parameter);

/* The editor's controls, for the widget tests. */
GtkSpinButton    *wijk_action_editor_get_param_spin     (WijkActionEditor *self,
                                                         const char       *name);
WijkOwnerRow     *wijk_action_editor_get_owner_row      (WijkActionEditor *self,
                                                         const char       *org_id);
WijkFinancingRow *wijk_action_editor_get_financing_row  (WijkActionEditor *self,
                                                         guint             index);
GtkRevealer      *wijk_action_editor_get_shares_warning (WijkActionEditor *self);
GtkLabel         *wijk_action_editor_get_shares_label   (WijkActionEditor *self);
GtkRevealer      *wijk_action_editor_get_status_error   (WijkActionEditor *self);
AdwEntryRow      *wijk_action_editor_get_title_row      (WijkActionEditor *self);
AdwComboRow      *wijk_action_editor_get_status_row     (WijkActionEditor *self);
GtkSpinButton    *wijk_action_editor_get_start_year_spin (WijkActionEditor *self);
GtkTextView      *wijk_action_editor_get_description_view (WijkActionEditor *self);
AdwEntryRow      *wijk_action_editor_get_comment_row    (WijkActionEditor *self);
guint             wijk_action_editor_get_n_comment_rows (WijkActionEditor *self);

/* The controls inside an owner row and a financing row. */
GtkRange         *wijk_owner_row_get_cost_scale         (WijkOwnerRow     *self);
GtkRange         *wijk_owner_row_get_benefit_scale      (WijkOwnerRow     *self);
GtkLabel         *wijk_owner_row_get_cost_label         (WijkOwnerRow     *self);
GtkDropDown      *wijk_owner_row_get_role_dropdown      (WijkOwnerRow     *self);
GtkSpinButton    *wijk_financing_row_get_amount_spin    (WijkFinancingRow *self);
GtkSpinButton    *wijk_financing_row_get_rate_spin      (WijkFinancingRow *self);
GtkSpinButton    *wijk_financing_row_get_years_spin     (WijkFinancingRow *self);
AdwComboRow      *wijk_financing_row_get_kind_row       (WijkFinancingRow *self);
AdwComboRow      *wijk_financing_row_get_org_row        (WijkFinancingRow *self);
AdwEntryRow      *wijk_financing_row_get_label_row      (WijkFinancingRow *self);
GtkSpinButton    *wijk_financing_row_get_capex_share_spin (WijkFinancingRow *self);
GtkSpinButton    *wijk_financing_row_get_savings_share_spin (WijkFinancingRow *self);

G_END_DECLS
