/* wijk-action-editor-owners.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-action-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "wijk-action-editor-private.h"
#include "wijk-format.h"
#include "wijk-validate.h"

/* Co-owners */

static gint
find_owner (const WijkAction *action,
            const char       *org_id)
{
  for (guint i = 0; i < action->owners->len; i++)
    {
      const WijkOwner *owner = g_ptr_array_index (action->owners, i);

      if (g_strcmp0 (owner->org_id, org_id) == 0)
        return i;
    }
  return -1;
}

static void
owner_edited_cb (WijkActionEditor *self,
                 WijkOwnerRow     *row)
{
  g_autoptr(WijkAction) action = NULL;
  gint index;

  if (self->syncing > 0 || (action = wijk_action_editor_dup_action (self)) == NULL)
    return;
  index = find_owner (action, wijk_owner_row_get_org_id (row));
  if (index < 0)
    return;
  wijk_owner_row_apply (row, g_ptr_array_index (action->owners, index));
  wijk_action_editor_commit (self, action);
}

static void
owner_remove_cb (WijkActionEditor *self,
                 WijkOwnerRow     *row)
{
  g_autoptr(WijkAction) action = NULL;
  gint index;

  if ((action = wijk_action_editor_dup_action (self)) == NULL)
    return;
  index = find_owner (action, wijk_owner_row_get_org_id (row));
  if (index < 0)
    return;
  g_ptr_array_remove_index (action->owners, index);
  wijk_action_editor_commit (self, action);
}

/* A drag on a share slider is one undo step: the edits it makes while the
 * pointer moves (committed at once, so the map and the figures follow)
 * are grouped until the button is released. */
static void
owner_gesture_begin_cb (WijkActionEditor *self)
{
  if (self->group_open || self->store == NULL)
    return;
  wijk_store_begin_group (self->store, _("Change shares"));
  self->group_open = TRUE;
}

static void
owner_gesture_end_cb (WijkActionEditor *self)
{
  wijk_action_editor_close_group (self);
}

static gboolean
same_owners (WijkActionEditor *self,
             const WijkAction *action)
{
  if (self->owner_rows->len != action->owners->len)
    return FALSE;
  for (guint i = 0; i < action->owners->len; i++)
    {
      const WijkOwner *owner = g_ptr_array_index (action->owners, i);

      if (g_strcmp0 (wijk_owner_row_get_org_id (g_ptr_array_index (self->owner_rows, i)),
                     owner->org_id) != 0)
        return FALSE;
    }
  return TRUE;
}

static void
rebuild_owner_rows (WijkActionEditor *self,
                    const WijkAction *action)
{
  /* A drag cannot outlive its row. */
  wijk_action_editor_close_group (self);
  wijk_action_editor_remove_rows (self->owners_group, self->owner_rows);
  wijk_action_editor_show_placeholder (self->owners_group, self->owners_placeholder, FALSE);

  for (guint i = 0; i < action->owners->len; i++)
    {
      GtkWidget *row = wijk_owner_row_new ();

      g_signal_connect_object (row, "edited", G_CALLBACK (owner_edited_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (row, "remove", G_CALLBACK (owner_remove_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (row, "gesture-begin", G_CALLBACK (owner_gesture_begin_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (row, "gesture-end", G_CALLBACK (owner_gesture_end_cb),
                               self, G_CONNECT_SWAPPED);
      g_ptr_array_add (self->owner_rows, row);
      adw_preferences_group_add (self->owners_group, row);
    }
}

/* The warning names the sums that are off, so the room sees by how much. */
static char *
describe_shares (const WijkAction *action)
{
  double cost = 0.0, benefit = 0.0;
  gboolean cost_ok, benefit_ok;
  g_autofree char *cost_text = NULL;
  g_autofree char *benefit_text = NULL;
  g_autofree char *hundred = NULL;

  for (guint i = 0; i < action->owners->len; i++)
    {
      const WijkOwner *owner = g_ptr_array_index (action->owners, i);

      cost += owner->cost_share;
      benefit += owner->benefit_share;
    }
  cost_ok = fabs (cost - 1.0) <= WIJK_SHARES_EPSILON;
  benefit_ok = fabs (benefit - 1.0) <= WIJK_SHARES_EPSILON;
  cost_text = wijk_format_share (cost);
  benefit_text = wijk_format_share (benefit);

  hundred = wijk_format_percent (1.0, 0);

  if (!cost_ok && !benefit_ok)
    /* Translators: the first two %s are the sums ("90%", "110%"), the
     * others "100%" */
    return g_strdup_printf (_("Cost shares add up to %s and benefit shares to %s, not %s. "
                              "The action cannot be agreed until both add up to %s."),
                            cost_text, benefit_text, hundred, hundred);
  if (!cost_ok)
    /* Translators: the first %s is the sum ("90%"), the others "100%" */
    return g_strdup_printf (_("Cost shares add up to %s, not %s. "
                              "The action cannot be agreed until they add up to %s."),
                            cost_text, hundred, hundred);
  /* Translators: the first %s is the sum ("90%"), the others "100%" */
  return g_strdup_printf (_("Benefit shares add up to %s, not %s. "
                            "The action cannot be agreed until they add up to %s."),
                          benefit_text, hundred, hundred);
}

static void
sync_add_owner_menu (WijkActionEditor   *self,
                     const WijkWorkshop *ws,
                     const WijkAction   *action)
{
  g_autoptr(GMenu) menu = g_menu_new ();

  for (guint i = 0; i < ws->organisations->len; i++)
    {
      const WijkOrganisation *org = g_ptr_array_index (ws->organisations, i);
      g_autoptr(GMenuItem) item = NULL;
      g_auto(GStrv) parts = NULL;
      g_autofree char *label = NULL;

      if (find_owner (action, org->id) >= 0)
        continue;
      /* Menu labels take "_" as a mnemonic: double it. */
      parts = g_strsplit (org->name != NULL ? org->name : org->id, "_", -1);
      label = g_strjoinv ("__", parts);
      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target_value (item, "editor.add-owner",
                                               g_variant_new_string (org->id));
      g_menu_append_item (menu, item);
    }
  gtk_menu_button_set_menu_model (self->add_owner_button, G_MENU_MODEL (menu));
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_owner_button),
                            g_menu_model_get_n_items (G_MENU_MODEL (menu)) > 0 &&
                            !wijk_action_is_locked (action));
}

void
wijk_action_editor_sync_owners (WijkActionEditor   *self,
                                const WijkWorkshop *ws,
                                const WijkAction   *action)
{
  gboolean locked = wijk_action_is_locked (action);
  gboolean warn;

  if (!same_owners (self, action))
    rebuild_owner_rows (self, action);
  wijk_action_editor_show_placeholder (self->owners_group, self->owners_placeholder,
                                       action->owners->len == 0);

  for (guint i = 0; i < action->owners->len; i++)
    {
      const WijkOwner *owner = g_ptr_array_index (action->owners, i);
      GtkWidget *row = g_ptr_array_index (self->owner_rows, i);

      wijk_owner_row_set_owner (WIJK_OWNER_ROW (row), owner,
                                wijk_workshop_find_organisation (ws, owner->org_id));
      gtk_widget_set_sensitive (row, !locked);
    }

  adw_preferences_group_set_description (self->owners_group,
                                         locked
                                         ? _("Agreed actions keep their shares: set the status "
                                             "back to Draft to change them.")
                                         : _("Who pays and who gains"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.split-equally",
                                 action->owners->len > 0 && !locked);
  sync_add_owner_menu (self, ws, action);

  warn = action->owners->len > 0 && !wijk_validate_shares (action, NULL);
  if (warn)
    {
      g_autofree char *text = describe_shares (action);

      gtk_label_set_label (self->shares_label, text);
    }
  gtk_revealer_set_reveal_child (self->shares_revealer, warn);
  /* The refusal to agree is moot once the shares add up. */
  if (!warn && action->owners->len > 0)
    wijk_action_editor_show_status_error (self, NULL);
}

void
wijk_action_editor_add_owner_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  WijkActionEditor *self = WIJK_ACTION_EDITOR (widget);
  g_autoptr(WijkAction) action = wijk_action_editor_dup_action (self);
  const char *org_id = g_variant_get_string (parameter, NULL);
  WijkOwner *owner;

  if (action == NULL || find_owner (action, org_id) >= 0)
    return;

  /* The first owner leads and carries everything; later ones join with no
   * share until the room decides (the shares still add up). */
  owner = wijk_owner_new (org_id);
  owner->role = action->owners->len == 0 ? WIJK_ROLE_LEAD : WIJK_ROLE_PARTNER;
  owner->cost_share = owner->benefit_share = action->owners->len == 0 ? 1.0 : 0.0;
  g_ptr_array_add (action->owners, owner);
  wijk_action_editor_commit (self, action);
}

void
wijk_action_editor_split_equally_action (GtkWidget  *widget,
                                         const char *action_name,
                                         GVariant   *parameter)
{
  WijkActionEditor *self = WIJK_ACTION_EDITOR (widget);
  g_autoptr(WijkAction) action = wijk_action_editor_dup_action (self);
  gboolean changed = FALSE;
  double share;

  if (action == NULL || action->owners->len == 0)
    return;

  share = 1.0 / action->owners->len;
  for (guint i = 0; i < action->owners->len; i++)
    {
      WijkOwner *owner = g_ptr_array_index (action->owners, i);

      changed |= owner->cost_share != share || owner->benefit_share != share;
      owner->cost_share = owner->benefit_share = share;
    }
  if (changed)
    wijk_action_editor_commit (self, action);
}
