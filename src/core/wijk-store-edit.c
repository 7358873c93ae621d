/* wijk-store-edit.c
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

/* The edits of records. Each one validates against the workshop as it is,
 * writes in one transaction recorded for undo, then brings the workshop in
 * memory up to date by the same change (no reload) and emits "changed". */

/* Puts @item in place of @old in @array (freeing @old), or appends it. */
static void
replace_or_append (GPtrArray *array,
                   gpointer   old,
                   gpointer   item)
{
  guint index;

  if (old != NULL && g_ptr_array_find (array, old, &index))
    {
      g_ptr_array_remove_index (array, index);
      g_ptr_array_insert (array, (gint) index, item);
    }
  else
    g_ptr_array_add (array, item);
}

static gboolean
set_not_found (GError     **error,
               const char  *what,
               const char  *id)
{
  g_set_error (error, WIJK_STORE_ERROR, WIJK_STORE_ERROR_NOT_FOUND,
               /* Translators: “There is no organisation “x” in this workshop” */
               _("There is no %s “%s” in this workshop"), what, id);
  return FALSE;
}

/* Settings and factors */

/**
 * wijk_store_set_workshop_info:
 * @self: a store
 * @info: a workshop whose settings (name, site, language, currency, years,
 *   baseline, target, discount rate, illustrative) are to be taken; its
 *   records and uuid are ignored
 * @error: return location for a #WIJK_STORE_ERROR
 *
 * Returns: whether the settings were changed
 */
gboolean
wijk_store_set_workshop_info (WijkStore           *self,
                              const WijkWorkshop  *info,
                              GError             **error)
{
  g_autoptr(GError) local_error = NULL;
  WijkWorkshop *ws;
  WijkWorkshop tmp;

  g_return_val_if_fail (WIJK_IS_STORE (self), FALSE);
  g_return_val_if_fail (info != NULL, FALSE);

  ws = self->workshop;
  tmp = *info;
  tmp.uuid = ws->uuid;  /* a workshop's identity does not change */
  if (!wijk_validate_workshop_info (&tmp, &local_error))
    return wijk_store_refuse_invalid (error, g_steal_pointer (&local_error));

  if (!wijk_store_edit_begin (self, error) ||
      !wijk_store_edit_finish (self, wijk_store_write_info (&self->cache, &tmp, error),
                               _("Change workshop settings"), error))
    return FALSE;

  /* Copied before freed: @info may be the workshop itself. */
#define SET_STRING(field) \
  G_STMT_START {                                                  \
    char *copy_ = g_strdup (info->field);                         \
    g_free (ws->field);                                           \
    ws->field = copy_;                                            \
  } G_STMT_END
  SET_STRING (name);
  SET_STRING (site);
  SET_STRING (language);
  SET_STRING (currency);
#undef SET_STRING
  ws->baseline_year = info->baseline_year;
  ws->target_year = info->target_year;
  ws->baseline_t_co2_per_year = info->baseline_t_co2_per_year;
  ws->target_t_co2_per_year = info->target_t_co2_per_year;
  ws->discount_rate = info->discount_rate;
  ws->illustrative = info->illustrative;

  wijk_store_edit_done (self, WIJK_STORE_CHANGE_WORKSHOP, NULL);
  return TRUE;
}

/**
 * wijk_store_put_factor:
 * @self: a store
 * @factor: a reference factor, added or replacing the one of its name
 * @error: return location for a #WIJK_STORE_ERROR
 *
 * Returns: whether the factor was written
 */
gboolean
wijk_store_put_factor (WijkStore         *self,
                       const WijkFactor  *factor,
                       GError           **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (WIJK_IS_STORE (self), FALSE);
  g_return_val_if_fail (factor != NULL, FALSE);

  if (!wijk_validate_factor (factor, &local_error))
    return wijk_store_refuse_invalid (error, g_steal_pointer (&local_error));

  if (!wijk_store_edit_begin (self, error) ||
      !wijk_store_edit_finish (self, wijk_store_write_factor (&self->cache, factor, error),
                               _("Change factor"), error))
    return FALSE;

  replace_or_append (self->workshop->factors,
                     wijk_workshop_find_factor (self->workshop, factor->name),
                     wijk_factor_copy (factor));
  wijk_store_edit_done (self, WIJK_STORE_CHANGE_FACTORS, factor->name);
  return TRUE;
}

/* Organisations */

/**
 * wijk_store_put_organisation:
 * @self: a store
 * @org: an organisation, added or replacing the one of its id
 * @error: return location for a #WIJK_STORE_ERROR
 *
 * Returns: whether the organisation was written
 */
gboolean
wijk_store_put_organisation (WijkStore               *self,
                             const WijkOrganisation  *org,
                             GError                 **error)
{
  g_autoptr(GError) local_error = NULL;
  WijkOrganisation *old;

  g_return_val_if_fail (WIJK_IS_STORE (self), FALSE);
  g_return_val_if_fail (org != NULL, FALSE);

  if (!wijk_validate_organisation (org, &local_error))
    return wijk_store_refuse_invalid (error, g_steal_pointer (&local_error));

  old = wijk_workshop_find_organisation (self->workshop, org->id);
  if (!wijk_store_edit_begin (self, error) ||
      !wijk_store_edit_finish (self, wijk_store_write_organisation (&self->cache, org, error),
                               old != NULL ? _("Change organisation") : _("Add organisation"),
                               error))
    return FALSE;

  replace_or_append (self->workshop->organisations, old, wijk_organisation_copy (org));
  wijk_store_edit_done (self, WIJK_STORE_CHANGE_ORGANISATIONS, org->id);
  return TRUE;
}

static const char *
action_name (const WijkAction *action)
{
  return action->title != NULL && *action->title != '\0' ? action->title : action->id;
}

/* What still refers to an organisation, for the message of the refusal. */
static char *
describe_org_uses (const WijkWorkshop *ws,
                   const char         *org_id)
{
  g_autoptr(GString) uses = g_string_new (NULL);
  guint n_other = 0;

  for (guint i = 0; i < ws->actions->len; i++)
    {
      const WijkAction *action = g_ptr_array_index (ws->actions, i);
      gboolean uses_org = FALSE;

      for (guint j = 0; j < action->owners->len; j++)
        uses_org |= g_str_equal (((WijkOwner *) g_ptr_array_index (action->owners, j))->org_id,
                                 org_id);
      for (guint j = 0; j < action->financing->len; j++)
        uses_org |= g_strcmp0 (((WijkFinancing *) g_ptr_array_index (action->financing,
                                                                     j))->org_id, org_id) == 0;
      if (uses_org)
        g_string_append_printf (uses, "%s“%s”", uses->len > 0 ? ", " : "",
                                action_name (action));
    }
  for (guint i = 0; i < ws->approvals->len; i++)
    n_other += g_str_equal (((WijkApproval *) g_ptr_array_index (ws->approvals, i))->org_id,
                            org_id);
  for (guint i = 0; i < ws->signatures->len; i++)
    n_other += g_str_equal (((WijkSignature *) g_ptr_array_index (ws->signatures, i))->org_id,
                            org_id);

  if (uses->len == 0 && n_other == 0)
    return NULL;
  if (uses->len == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u approval or signature",
                                         "%u approvals or signatures", n_other), n_other);
  if (n_other > 0)
    g_string_append_printf (uses, g_dngettext (GETTEXT_PACKAGE,
                                               " and %u approval or signature",
                                               " and %u approvals or signatures", n_other),
                            n_other);
  return g_string_free (g_steal_pointer (&uses), FALSE);
}

/**
 * wijk_store_delete_organisation:
 * @self: a store
 * @id: the organisation's id
 * @error: return location for a #WIJK_STORE_ERROR
 *
 * Deletes an organisation; plots it owned lose their owner. An organisation
 * that still owns or finances actions, or approved or signed, is not
 * deleted (%WIJK_STORE_ERROR_IN_USE, naming the actions).
 *
 * Returns: whether the organisation was deleted
 */
gboolean
wijk_store_delete_organisation (WijkStore   *self,
                                const char  *id,
                                GError     **error)
{
  g_autofree char *uses = NULL;
  WijkOrganisation *org;
  gboolean ok;

  g_return_val_if_fail (WIJK_IS_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  org = wijk_workshop_find_organisation (self->workshop, id);
  if (org == NULL)
    return set_not_found (error, _("organisation"), id);
  uses = describe_org_uses (self->workshop, id);
  if (uses != NULL)
    {
      g_set_error (error, WIJK_STORE_ERROR, WIJK_STORE_ERROR_IN_USE,
                   _("“%s” cannot be deleted: it still takes part in %s"), org->name, uses);
      return FALSE;
    }

  if (!wijk_store_edit_begin (self, error))
    return FALSE;
  ok = wijk_store_delete_by_id (&self->cache, WIJK_STMT_CLEAR_PLOT_OWNER, id, error) &&
       wijk_store_delete_by_id (&self->cache, WIJK_STMT_DELETE_ORGANISATION, id, error);
  if (!wijk_store_edit_finish (self, ok, _("Delete organisation"), error))
    return FALSE;

  for (guint i = 0; i < self->workshop->plots->len; i++)
    {
      WijkPlot *plot = g_ptr_array_index (self->workshop->plots, i);

      if (g_strcmp0 (plot->owner_org, id) == 0)
        g_clear_pointer (&plot->owner_org, g_free);
    }
  g_ptr_array_remove (self->workshop->organisations, org);
  wijk_store_edit_done (self, WIJK_STORE_CHANGE_ORGANISATIONS, id);
  return TRUE;
}

/* Plots */

/**
 * wijk_store_put_plot:
 * @self: a store
 * @plot: a plot, outline or street, added or replacing the one of its id
 * @error: return location for a #WIJK_STORE_ERROR
 *
 * Returns: whether the plot was written
 */
gboolean
wijk_store_put_plot (WijkStore       *self,
                     const WijkPlot  *plot,
                     GError         **error)
{
  g_autoptr(GError) local_error = NULL;
  WijkPlot *old;

  g_return_val_if_fail (WIJK_IS_STORE (self), FALSE);
  g_return_val_if_fail (plot != NULL, FALSE);

  if (!wijk_validate_plot (self->workshop, plot, &local_error))
    return wijk_store_refuse_invalid (error, g_steal_pointer (&local_error));

  old = wijk_workshop_find_plot (self->workshop, plot->id);
  if (!wijk_store_edit_begin (self, error) ||
      !wijk_store_edit_finish (self, wijk_store_write_plot (&self->cache, plot, error),
                               old != NULL ? _("Change plot") : _("Add plot"), error))
    return FALSE;

  replace_or_append (self->workshop->plots, old, wijk_plot_copy (plot));
  wijk_store_edit_done (self, WIJK_STORE_CHANGE_PLOTS, plot->id);
  return TRUE;
}

/**
 * wijk_store_delete_plot:
 * @self: a store
 * @id: the plot's id
 * @error: return location for a #WIJK_STORE_ERROR
 *
 * Returns: whether the plot was deleted
 */
gboolean
wijk_store_delete_plot (WijkStore   *self,
                        const char  *id,
                        GError     **error)
{
  WijkPlot *plot;

  g_return_val_if_fail (WIJK_IS_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  plot = wijk_workshop_find_plot (self->workshop, id);
  if (plot == NULL)
    return set_not_found (error, _("plot"), id);

  if (!wijk_store_edit_begin (self, error) ||
      !wijk_store_edit_finish (self,
                               wijk_store_delete_by_id (&self->cache, WIJK_STMT_DELETE_PLOT,
                                                        id, error),
                               _("Delete plot"), error))
    return FALSE;

  g_ptr_array_remove (self->workshop->plots, plot);
  wijk_store_edit_done (self, WIJK_STORE_CHANGE_PLOTS, id);
  return TRUE;
}

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
                             line->id, action_name (other));
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

  replace_or_append (self->workshop->actions, old, wijk_action_copy (action));
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
    return set_not_found (error, _("action"), action_id);
  type = wijk_catalog_lookup (action->type);
  index = wijk_action_type_find_param (type, param);
  if (index < 0)
    {
      g_set_error (error, WIJK_STORE_ERROR, WIJK_STORE_ERROR_INVALID,
                   _("Action “%s”: the type “%s” has no parameter “%s”"),
                   action_name (action), action->type, param);
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
    return set_not_found (error, _("action"), id);

  if (!wijk_store_edit_begin (self, error))
    return FALSE;
  for (guint i = 0; ok && i < G_N_ELEMENTS (deletes); i++)
    ok = wijk_store_delete_by_id (&self->cache, deletes[i], id, error);
  if (!wijk_store_edit_finish (self, ok, _("Delete action"), error))
    return FALSE;

  remove_where_action (self->workshop->comments, G_STRUCT_OFFSET (WijkComment, action_id), id);
  remove_where_action (self->workshop->approvals, G_STRUCT_OFFSET (WijkApproval, action_id),
                       id);
  g_ptr_array_remove (self->workshop->actions, action);
  wijk_store_edit_done (self, WIJK_STORE_CHANGE_ACTIONS, id);
  return TRUE;
}

/* Purchase groups */

static gboolean
check_group_members (const WijkWorkshop       *ws,
                     const WijkPurchaseGroup  *group,
                     GError                  **error)
{
  for (guint i = 0; i < ws->actions->len; i++)
    {
      const WijkAction *action = g_ptr_array_index (ws->actions, i);

      if (g_strcmp0 (action->purchase_group, group->id) == 0 &&
          !g_str_equal (action->type, group->type))
        {
          g_set_error (error, WIJK_STORE_ERROR, WIJK_STORE_ERROR_IN_USE,
                       _("Purchase group “%s” cannot bundle “%s”: its member “%s” is of type "
                         "“%s”"), group->id, group->type, action_name (action), action->type);
          return FALSE;
        }
    }
  return TRUE;
}

/**
 * wijk_store_put_purchase_group:
 * @self: a store
 * @group: a purchase group, added or replacing the one of its id
 * @error: return location for a #WIJK_STORE_ERROR
 *
 * Returns: whether the group was written
 */
gboolean
wijk_store_put_purchase_group (WijkStore                *self,
                               const WijkPurchaseGroup  *group,
                               GError                  **error)
{
  g_autoptr(GError) local_error = NULL;
  WijkPurchaseGroup *old;

  g_return_val_if_fail (WIJK_IS_STORE (self), FALSE);
  g_return_val_if_fail (group != NULL, FALSE);

  if (!wijk_validate_purchase_group (group, &local_error))
    return wijk_store_refuse_invalid (error, g_steal_pointer (&local_error));
  if (!check_group_members (self->workshop, group, error))
    return FALSE;

  old = wijk_workshop_find_purchase_group (self->workshop, group->id);
  if (!wijk_store_edit_begin (self, error) ||
      !wijk_store_edit_finish (self,
                               wijk_store_write_purchase_group (&self->cache, group, error),
                               old != NULL ? _("Change purchase group")
                                           : _("Add purchase group"), error))
    return FALSE;

  replace_or_append (self->workshop->purchase_groups, old, wijk_purchase_group_copy (group));
  wijk_store_edit_done (self, WIJK_STORE_CHANGE_PURCHASE_GROUPS, group->id);
  return TRUE;
}

/**
 * wijk_store_delete_purchase_group:
 * @self: a store
 * @id: the group's id
 * @error: return location for a #WIJK_STORE_ERROR
 *
 * Deletes a purchase group; its members stay, outside any group.
 *
 * Returns: whether the group was deleted
 */
gboolean
wijk_store_delete_purchase_group (WijkStore   *self,
                                  const char  *id,
                                  GError     **error)
{
  WijkPurchaseGroup *group;
  gboolean ok;

  g_return_val_if_fail (WIJK_IS_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  group = wijk_workshop_find_purchase_group (self->workshop, id);
  if (group == NULL)
    return set_not_found (error, _("purchase group"), id);

  if (!wijk_store_edit_begin (self, error))
    return FALSE;
  ok = wijk_store_delete_by_id (&self->cache, WIJK_STMT_CLEAR_PURCHASE_GROUP, id, error) &&
       wijk_store_delete_by_id (&self->cache, WIJK_STMT_DELETE_PURCHASE_GROUP, id, error);
  if (!wijk_store_edit_finish (self, ok, _("Delete purchase group"), error))
    return FALSE;

  for (guint i = 0; i < self->workshop->actions->len; i++)
    {
      WijkAction *action = g_ptr_array_index (self->workshop->actions, i);

      if (g_strcmp0 (action->purchase_group, id) == 0)
        g_clear_pointer (&action->purchase_group, g_free);
    }
  g_ptr_array_remove (self->workshop->purchase_groups, group);
  wijk_store_edit_done (self, WIJK_STORE_CHANGE_PURCHASE_GROUPS, id);
  return TRUE;
}

/* Comments, approvals, signatures, scenarios */

static gpointer
find_by_id (GPtrArray  *records,
            const char *id)
{
  for (guint i = 0; i < records->len; i++)
    if (g_strcmp0 (*(char **) g_ptr_array_index (records, i), id) == 0)
      return g_ptr_array_index (records, i);
  return NULL;
}

/* The common part of the last few puts: @ok is the validation's verdict. */
static gboolean
put_record (WijkStore        *self,
            gboolean          valid,
            GError           *validate_error,
            gboolean        (*write) (WijkStmtCache *, gconstpointer, GError **),
            gconstpointer     record,
            GPtrArray        *records,
            gpointer        (*copy) (gconstpointer),
            const char       *label,
            WijkStoreChange   change,
            GError          **error)
{
  const char *id = *(char * const *) record;

  if (!valid)
    return wijk_store_refuse_invalid (error, validate_error);

  if (!wijk_store_edit_begin (self, error) ||
      !wijk_store_edit_finish (self, write (&self->cache, record, error), label, error))
    return FALSE;

  replace_or_append (records, find_by_id (records, id), copy (record));
  wijk_store_edit_done (self, change, id);
  return TRUE;
}

#define PUT_RECORD(self, validate_call, write, record, records, copy, label, change, error) \
  G_STMT_START {                                                                         \
    GError *validate_error_ = NULL;                                                      \
    gboolean valid_ = (validate_call);                                                   \
    return put_record ((self), valid_, validate_error_,                                  \
                       (gboolean (*) (WijkStmtCache *, gconstpointer, GError **)) (write), \
                       (record), (records), (gpointer (*) (gconstpointer)) (copy),       \
                       (label), (change), (error));                                      \
  } G_STMT_END

/**
 * wijk_store_put_comment:
 * @self: a store
 * @comment: a comment, added or replacing the one of its id
 * @error: return location for a #WIJK_STORE_ERROR
 *
 * Returns: whether the comment was written
 */
gboolean
wijk_store_put_comment (WijkStore          *self,
                        const WijkComment  *comment,
                        GError            **error)
{
  g_return_val_if_fail (WIJK_IS_STORE (self), FALSE);
  g_return_val_if_fail (comment != NULL, FALSE);

  PUT_RECORD (self, wijk_validate_comment (self->workshop, comment, &validate_error_),
              wijk_store_write_comment, comment, self->workshop->comments, wijk_comment_copy,
              _("Comment"), WIJK_STORE_CHANGE_COMMENTS, error);
}

/**
 * wijk_store_put_approval:
 * @self: a store
 * @approval: an approval, added or replacing the one of its id
 * @error: return location for a #WIJK_STORE_ERROR
 *
 * Returns: whether the approval was written
 */
gboolean
wijk_store_put_approval (WijkStore           *self,
                         const WijkApproval  *approval,
                         GError             **error)
{
  g_return_val_if_fail (WIJK_IS_STORE (self), FALSE);
  g_return_val_if_fail (approval != NULL, FALSE);

  PUT_RECORD (self, wijk_validate_approval (self->workshop, approval, &validate_error_),
              wijk_store_write_approval, approval, self->workshop->approvals,
              wijk_approval_copy, _("Approve"), WIJK_STORE_CHANGE_APPROVALS, error);
}

/**
 * wijk_store_put_signature:
 * @self: a store
 * @signature: a signature, added or replacing the one of its id
 * @error: return location for a #WIJK_STORE_ERROR
 *
 * Returns: whether the signature was written
 */
gboolean
wijk_store_put_signature (WijkStore            *self,
                          const WijkSignature  *signature,
                          GError              **error)
{
  g_return_val_if_fail (WIJK_IS_STORE (self), FALSE);
  g_return_val_if_fail (signature != NULL, FALSE);

  PUT_RECORD (self, wijk_validate_signature (self->workshop, signature, &validate_error_),
              wijk_store_write_signature, signature, self->workshop->signatures,
              wijk_signature_copy, _("Sign"), WIJK_STORE_CHANGE_SIGNATURES, error);
}

/**
 * wijk_store_put_scenario:
 * @self: a store
 * @scenario: a scenario, added or replacing the one of its id
 * @error: return location for a #WIJK_STORE_ERROR
 *
 * Returns: whether the scenario was written
 */
gboolean
wijk_store_put_scenario (WijkStore           *self,
                         const WijkScenario  *scenario,
                         GError             **error)
{
  g_return_val_if_fail (WIJK_IS_STORE (self), FALSE);
  g_return_val_if_fail (scenario != NULL, FALSE);

  PUT_RECORD (self, wijk_validate_scenario (scenario, &validate_error_),
              wijk_store_write_scenario, scenario, self->workshop->scenarios,
              wijk_scenario_copy, _("Save scenario"), WIJK_STORE_CHANGE_SCENARIOS, error);
}

#undef PUT_RECORD

static gboolean
delete_record (WijkStore        *self,
               WijkStmt          stmt,
               GPtrArray        *records,
               const char       *id,
               const char       *what,
               const char       *label,
               WijkStoreChange   change,
               GError          **error)
{
  gpointer record = find_by_id (records, id);

  if (record == NULL)
    return set_not_found (error, what, id);

  if (!wijk_store_edit_begin (self, error) ||
      !wijk_store_edit_finish (self, wijk_store_delete_by_id (&self->cache, stmt, id, error),
                               label, error))
    return FALSE;

  g_ptr_array_remove (records, record);
  wijk_store_edit_done (self, change, id);
  return TRUE;
}

/**
 * wijk_store_delete_comment:
 * @self: a store
 * @id: the comment's id
 * @error: return location for a #WIJK_STORE_ERROR
 *
 * Returns: whether the comment was deleted
 */
gboolean
wijk_store_delete_comment (WijkStore   *self,
                           const char  *id,
                           GError     **error)
{
  g_return_val_if_fail (WIJK_IS_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  return delete_record (self, WIJK_STMT_DELETE_COMMENT, self->workshop->comments, id,
                        _("comment"), _("Delete comment"), WIJK_STORE_CHANGE_COMMENTS, error);
}

/**
 * wijk_store_delete_scenario:
 * @self: a store
 * @id: the scenario's id
 * @error: return location for a #WIJK_STORE_ERROR
 *
 * Returns: whether the scenario was deleted
 */
gboolean
wijk_store_delete_scenario (WijkStore   *self,
                            const char  *id,
                            GError     **error)
{
  g_return_val_if_fail (WIJK_IS_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  return delete_record (self, WIJK_STMT_DELETE_SCENARIO, self->workshop->scenarios, id,
                        _("scenario"), _("Delete scenario"), WIJK_STORE_CHANGE_SCENARIOS,
                        error);
}
