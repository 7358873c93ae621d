/* wijk-store-edit-action.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "wijk-catalog.h"
#include "wijk-store-private.h"
#include "wijk-validate.h"

/* The edits of actions, as those of wijk-store-edit.c. */

/* Actions */

/* Financing line ids are unique across the workshop: an upsert would
 * otherwise move another action's line to this one. */
static gboolean
check_financing_ids (const WijkWorkshop  *ws,
                     const WijkAction    *action,
                     GError             **error)
{
  for (guint i = 0; i < action->financing->len; i++)
    {
      const WijkFinancing *line = g_ptr_array_index (action->financing, i);

      for (guint a = 0; a < ws->actions->len; a++)
        {
          const WijkAction *other = g_ptr_array_index (ws->actions, a);

          if (g_str_equal (other->id, action->id))
            continue;
          for (guint j = 0; j < other->financing->len; j++)
            if (g_str_equal (((WijkFinancing *) g_ptr_array_index (other->financing,
                                                                   j))->id, line->id))
              {
                g_set_error (error, WIJK_STORE_ERROR, WIJK_STORE_ERROR_INVALID,
                             _("The financing line “%s” already belongs to the action “%s”"),
                             line->id, wijk_store_action_name (other));
                return FALSE;
              }
        }
    }
  return TRUE;
}

/**
 * wijk_store_put_action:
 * @self: a store
 * @action: an action with its parameters, owners and financing lines,
 *   added or replacing the one of its id
 * @error: return location for a #WIJK_STORE_ERROR
 *
 * The action must pass wijk_validate_action() against the workshop: from
 * *agreed* on, for example, its shares must add up to 1.
 *
 * Returns: whether the action was written
 */
gboolean
wijk_store_put_action (WijkStore         *self,
                       const WijkAction  *action,
                       GError           **error)
{
  g_autoptr(GError) local_error = NULL;
  WijkAction *old;

  g_return_val_if_fail (WIJK_IS_STORE (self), FALSE);
  g_return_val_if_fail (action != NULL, FALSE);

  if (!wijk_validate_action (self->workshop, action, &local_error))
    return wijk_store_refuse_invalid (error, g_steal_pointer (&local_error));
  if (!check_financing_ids (self->workshop, action, error))
    return FALSE;

  old = wijk_workshop_find_action (self->workshop, action->id);
  if (!wijk_store_edit_begin (self, error) ||
      !wijk_store_edit_finish (self,
                               wijk_store_write_action (&self->cache, action, old, error),
                               old != NULL ? _("Change action") : _("Add action"), error))
    return FALSE;

  wijk_store_replace_or_append (self->workshop->actions, old, wijk_action_copy (action));
  wijk_store_edit_done (self, WIJK_STORE_CHANGE_ACTIONS, action->id);
  return TRUE;
}

/**
 * wijk_store_set_action_param:
 * @self: a store
 * @action_id: the action's id
 * @param: the name of one of its type's parameters
 * @value: the new value, within the parameter's range
 * @error: return location for a #WIJK_STORE_ERROR
 *
 * The quick edit of one parameter (a slider, a spin button).
 *
 * Returns: whether the parameter was changed
 */
gboolean
wijk_store_set_action_param (WijkStore   *self,
                             const char  *action_id,
                             const char  *param,
                             double       value,
                             GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  const WijkActionType *type;
  WijkAction *action;
  gint index;

  g_return_val_if_fail (WIJK_IS_STORE (self), FALSE);
  g_return_val_if_fail (action_id != NULL, FALSE);
  g_return_val_if_fail (param != NULL, FALSE);

  action = wijk_workshop_find_action (self->workshop, action_id);
  if (action == NULL)
    return wijk_store_set_not_found (error, _("action"), action_id);
  type = wijk_catalog_lookup (action->type);
  index = wijk_action_type_find_param (type, param);
  if (index < 0)
    {
      g_set_error (error, WIJK_STORE_ERROR, WIJK_STORE_ERROR_INVALID,
                   _("Action “%s”: the type “%s” has no parameter “%s”"),
                   wijk_store_action_name (action), action->type, param);
      return FALSE;
    }
  if (!wijk_validate_action_param (action, (guint) index, value, &local_error))
    return wijk_store_refuse_invalid (error, g_steal_pointer (&local_error));

  if (!wijk_store_edit_begin (self, error) ||
      !wijk_store_edit_finish (self,
                               wijk_store_write_param (&self->cache, action_id, param, value,
                                                       error),
                               _("Change parameter"), error))
    return FALSE;

  action->params[index] = value;
  wijk_store_edit_done (self, WIJK_STORE_CHANGE_ACTIONS, action_id);
  return TRUE;
}

static void
remove_where_action (GPtrArray  *array,
                     gsize       action_id_offset,
                     const char *action_id)
{
  for (guint i = array->len; i-- > 0;)
    {
      const char *id = G_STRUCT_MEMBER (const char *, g_ptr_array_index (array, i),
                                        action_id_offset);

      if (g_strcmp0 (id, action_id) == 0)
        g_ptr_array_remove_index (array, i);
    }
}

/**
 * wijk_store_delete_action:
 * @self: a store
 * @id: the action's id
 * @error: return location for a #WIJK_STORE_ERROR
 *
 * Deletes an action with its parameters, owners, financing lines,
 * comments and approvals.
 *
 * Returns: whether the action was deleted
 */
gboolean
wijk_store_delete_action (WijkStore   *self,
                          const char  *id,
                          GError     **error)
{
  /* The caller's id may live in the cached record this removes. */
  g_autofree char *id_copy = g_strdup (id);
  static const WijkStmt deletes[] = {
    WIJK_STMT_DELETE_ACTION_COMMENTS, WIJK_STMT_DELETE_ACTION_APPROVALS,
    WIJK_STMT_DELETE_FINANCINGS, WIJK_STMT_DELETE_OWNERS, WIJK_STMT_DELETE_PARAMS,
    WIJK_STMT_DELETE_ACTION,
  };
  WijkAction *action;
  gboolean ok = TRUE;

  g_return_val_if_fail (WIJK_IS_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  action = wijk_workshop_find_action (self->workshop, id);
  if (action == NULL)
    return wijk_store_set_not_found (error, _("action"), id);

  if (!wijk_store_edit_begin (self, error))
    return FALSE;
  for (guint i = 0; ok && i < G_N_ELEMENTS (deletes); i++)
    ok = wijk_store_delete_by_id (&self->cache, deletes[i], id, error);
  if (!wijk_store_edit_finish (self, ok, _("Delete action"), error))
    return FALSE;

  remove_where_action (self->workshop->comments, G_STRUCT_OFFSET (WijkComment, action_id),
                       id_copy);
  remove_where_action (self->workshop->approvals, G_STRUCT_OFFSET (WijkApproval, action_id),
                       id_copy);
  g_ptr_array_remove (self->workshop->actions, action);
  wijk_store_edit_done (self, WIJK_STORE_CHANGE_ACTIONS, id_copy);
  return TRUE;
}
