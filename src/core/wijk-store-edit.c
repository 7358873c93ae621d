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
void
wijk_store_replace_or_append (GPtrArray *array,
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

gboolean
wijk_store_set_not_found (GError     **error,
                          const char  *what,
                          const char  *id)
{
  g_set_error (error, WIJK_STORE_ERROR, WIJK_STORE_ERROR_NOT_FOUND,
               /* Translators: “There is no organisation “x” in this workshop” */
               _("There is no %s “%s” in this workshop"), what, id);
  return FALSE;
}

/* What to call an action in a message: its title, or its id. */
const char *
wijk_store_action_name (const WijkAction *action)
{
  return action->title != NULL && *action->title != '\0' ? action->title : action->id;
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

  wijk_store_replace_or_append (self->workshop->factors,
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

  wijk_store_replace_or_append (self->workshop->organisations, old,
                                wijk_organisation_copy (org));
  wijk_store_edit_done (self, WIJK_STORE_CHANGE_ORGANISATIONS, org->id);
  return TRUE;
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
                                wijk_store_action_name (action));
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
  /* The caller's id may live in the cached record this removes. */
  g_autofree char *id_copy = g_strdup (id);
  g_autofree char *uses = NULL;
  WijkOrganisation *org;
  gboolean ok;

  g_return_val_if_fail (WIJK_IS_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  org = wijk_workshop_find_organisation (self->workshop, id);
  if (org == NULL)
    return wijk_store_set_not_found (error, _("organisation"), id);
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
  wijk_store_edit_done (self, WIJK_STORE_CHANGE_ORGANISATIONS, id_copy);
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

  wijk_store_replace_or_append (self->workshop->plots, old, wijk_plot_copy (plot));
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
  g_return_val_if_fail (WIJK_IS_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  return wijk_store_delete_record (self, WIJK_STMT_DELETE_PLOT, self->workshop->plots, id,
                                   _("plot"), _("Delete plot"), WIJK_STORE_CHANGE_PLOTS, error);
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
                         "“%s”"), group->id, group->type, wijk_store_action_name (action),
                       action->type);
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

  wijk_store_replace_or_append (self->workshop->purchase_groups, old,
                                wijk_purchase_group_copy (group));
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
  /* The caller's id may live in the cached record this removes. */
  g_autofree char *id_copy = g_strdup (id);
  WijkPurchaseGroup *group;
  gboolean ok;

  g_return_val_if_fail (WIJK_IS_STORE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  group = wijk_workshop_find_purchase_group (self->workshop, id);
  if (group == NULL)
    return wijk_store_set_not_found (error, _("purchase group"), id);

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
  wijk_store_edit_done (self, WIJK_STORE_CHANGE_PURCHASE_GROUPS, id_copy);
  return TRUE;
}
