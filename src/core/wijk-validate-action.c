/* wijk-validate-action.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-validate"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "wijk-catalog.h"
#include "wijk-validate-private.h"

/* Actions */

static char *
action_record (const WijkAction *action)
{
  const char *name = action->title;

  if (name == NULL || *name == '\0' || !g_utf8_validate (name, -1, NULL))
    name = action->id;
  return g_strdup_printf (_("Action “%s”"), name);
}

/* The record's name is only built when there is something to say: this
 * runs on every parameter edit. */
static gboolean
check_param (const WijkAction      *action,
             const WijkActionType  *type,
             guint                  index,
             double                 value,
             GError               **error)
{
  const WijkParamSpec *spec = &type->params[index];
  g_autoptr(GError) local_error = NULL;
  g_autofree char *record = NULL;

  if (!isfinite (value))
    {
      record = action_record (action);
      g_set_error (error, WIJK_VALIDATE_ERROR, WIJK_VALIDATE_ERROR_NOT_FINITE,
                   _("%s: parameter “%s” is %g, not a finite number"),
                   record, spec->name, value);
      return FALSE;
    }
  if (value < spec->min || value > spec->max)
    {
      record = action_record (action);
      g_set_error (error, WIJK_VALIDATE_ERROR, WIJK_VALIDATE_ERROR_OUT_OF_RANGE,
                   _("%s: parameter “%s” is %g, outside %g–%g"),
                   record, spec->name, value, spec->min, spec->max);
      return FALSE;
    }
  /* The catalogue has the last word (whole numbers, anything it adds). */
  if (!wijk_action_type_check_param (type, index, value, &local_error))
    {
      record = action_record (action);
      g_set_error (error, WIJK_VALIDATE_ERROR, WIJK_VALIDATE_ERROR_OUT_OF_RANGE,
                   "%s: %s", record, local_error->message);
      return FALSE;
    }
  return TRUE;
}

/**
 * wijk_validate_action_param:
 * @action: an action with a type of the catalogue
 * @index: the index of one of its type's parameters
 * @value: the value @action's parameter is to take
 * @error: return location for a #WIJK_VALIDATE_ERROR
 *
 * Checks one parameter value as wijk_validate_action() would, without
 * checking the rest of the action.
 *
 * Returns: whether @value is valid for the parameter
 */
gboolean
wijk_validate_action_param (const WijkAction  *action,
                            guint              index,
                            double             value,
                            GError           **error)
{
  const WijkActionType *type;

  g_return_val_if_fail (action != NULL, FALSE);

  type = wijk_catalog_lookup (action->type);
  if (type == NULL || index >= type->n_params)
    {
      g_autofree char *record = action_record (action);

      g_set_error (error, WIJK_VALIDATE_ERROR, WIJK_VALIDATE_ERROR_INVALID,
                   _("%s: the type “%s” has no parameter %u"), record, action->type, index);
      return FALSE;
    }
  return check_param (action, type, index, value, error);
}

static gboolean
check_owners (const WijkWorkshop  *ws,
              const WijkAction    *action,
              const char          *record,
              GError             **error)
{
  for (guint i = 0; i < action->owners->len; i++)
    {
      const WijkOwner *owner = g_ptr_array_index (action->owners, i);

      if (!wijk_check_text (record, "owners.org", owner->org_id, TRUE, error) ||
          !wijk_check_org_reference (ws, record, "owners.org", owner->org_id, error) ||
          !wijk_check_enum (record, "owners.role", owner->role, WIJK_N_ROLES, error) ||
          !wijk_check_number (record, "owners.cost_share", owner->cost_share, 0.0, 1.0, error) ||
          !wijk_check_number (record, "owners.benefit_share", owner->benefit_share, 0.0, 1.0,
                              error))
        return FALSE;

      for (guint j = 0; j < i; j++)
        {
          const WijkOwner *other = g_ptr_array_index (action->owners, j);

          if (g_str_equal (owner->org_id, other->org_id))
            {
              g_set_error (error, WIJK_VALIDATE_ERROR, WIJK_VALIDATE_ERROR_INVALID,
                           _("%s: the organisation “%s” is an owner twice"),
                           record, owner->org_id);
              return FALSE;
            }
        }
    }
  return TRUE;
}

static gboolean
check_financing_line (const WijkWorkshop   *ws,
                      const char           *record,
                      const WijkFinancing  *line,
                      GError              **error)
{
  g_autofree char *line_record = NULL;

  if (!wijk_check_text (record, "financing.id", line->id, TRUE, error))
    return FALSE;
  /* Translators: an action, then the id of one of its financing lines */
  line_record = g_strdup_printf (_("%s, financing line “%s”"), record, line->id);

  return wijk_check_enum (line_record, "kind", line->kind, WIJK_N_FINANCING_KINDS, error) &&
         wijk_check_text (line_record, "org", line->org_id, FALSE, error) &&
         wijk_check_text (line_record, "label", line->label, FALSE, error) &&
         wijk_check_org_reference (ws, line_record, "org", line->org_id, error) &&
         wijk_check_number (line_record, "amount_eur", line->amount_eur, 0.0, G_MAXDOUBLE, error) &&
         wijk_check_number (line_record, "share_of_capex", line->share_of_capex, 0.0, 1.0, error) &&
         wijk_check_number (line_record, "rate", line->rate, 0.0, 1.0, error) &&
         wijk_check_number (line_record, "years", line->years, 0.0, 100.0, error) &&
         wijk_check_number (line_record, "savings_share", line->savings_share, 0.0, 1.0, error);
}

static gboolean
check_financing (const WijkWorkshop  *ws,
                 const WijkAction    *action,
                 const char          *record,
                 GError             **error)
{
  for (guint i = 0; i < action->financing->len; i++)
    {
      const WijkFinancing *line = g_ptr_array_index (action->financing, i);

      if (!check_financing_line (ws, record, line, error))
        return FALSE;
      for (guint j = 0; j < i; j++)
        {
          const WijkFinancing *other = g_ptr_array_index (action->financing, j);

          if (g_str_equal (line->id, other->id))
            {
              g_set_error (error, WIJK_VALIDATE_ERROR, WIJK_VALIDATE_ERROR_INVALID,
                           _("%s: the financing line id “%s” is used twice"),
                           record, line->id);
              return FALSE;
            }
        }
    }
  return TRUE;
}

static gboolean
check_purchase_group (const WijkWorkshop  *ws,
                      const WijkAction    *action,
                      const char          *record,
                      GError             **error)
{
  const WijkPurchaseGroup *group;

  if (!wijk_check_enum (record, "purchase_status", action->purchase_status,
                        WIJK_N_PURCHASE_STATUSES, error) ||
      !wijk_check_text (record, "purchase_group", action->purchase_group, FALSE, error))
    return FALSE;
  if (ws == NULL || action->purchase_group == NULL)
    return TRUE;

  group = wijk_workshop_find_purchase_group (ws, action->purchase_group);
  if (group == NULL)
    {
      g_set_error (error, WIJK_VALIDATE_ERROR, WIJK_VALIDATE_ERROR_REFERENCE,
                   _("%s: the purchase group “%s” is not in this workshop"),
                   record, action->purchase_group);
      return FALSE;
    }
  if (g_strcmp0 (group->type, action->type) != 0)
    {
      g_set_error (error, WIJK_VALIDATE_ERROR, WIJK_VALIDATE_ERROR_REFERENCE,
                   _("%s: the purchase group “%s” bundles “%s”, not “%s”"),
                   record, action->purchase_group, group->type, action->type);
      return FALSE;
    }
  return TRUE;
}

/**
 * wijk_validate_action:
 * @ws: (nullable): the workshop the action belongs to, for its references;
 *   %NULL checks the action on its own
 * @action: an action
 * @error: return location for a #WIJK_VALIDATE_ERROR
 *
 * Checks an action: an id, a type of the catalogue, each of the type's
 * parameters finite and within its range, a known status and a sane start
 * year, owners that are organisations of @ws, each once, with finite shares
 * in [0, 1] — and from *agreed* on, cost and benefit shares that each add up
 * to 1 (see wijk_validate_shares()) —, a purchase group of @ws bundling the
 * same type, well-formed financing lines and location.
 *
 * Returns: whether @action is valid
 */
gboolean
wijk_validate_action (const WijkWorkshop  *ws,
                      const WijkAction    *action,
                      GError             **error)
{
  g_autofree char *record = NULL;
  const WijkActionType *type;

  g_return_val_if_fail (action != NULL, FALSE);
  g_return_val_if_fail (action->owners != NULL && action->financing != NULL, FALSE);

  if (!wijk_check_text (_("Action"), "id", action->id, TRUE, error))
    return FALSE;
  record = action_record (action);

  if (!wijk_check_text (record, "type", action->type, TRUE, error) ||
      !wijk_check_text (record, "title", action->title, FALSE, error) ||
      !wijk_check_text (record, "description", action->description, FALSE, error) ||
      !wijk_check_enum (record, "status", action->status, WIJK_N_STATUSES, error) ||
      !wijk_check_year (record, "start_year", action->start_year, error))
    return FALSE;

  type = wijk_catalog_lookup (action->type);
  if (type == NULL)
    {
      g_set_error (error, WIJK_VALIDATE_ERROR, WIJK_VALIDATE_ERROR_INVALID,
                   _("%s: “%s” is “%s”, not an action type of the catalogue"),
                   record, "type", action->type);
      return FALSE;
    }
  for (guint i = 0; i < type->n_params; i++)
    if (!check_param (action, type, i, action->params[i], error))
      return FALSE;

  if (!check_owners (ws, action, record, error))
    return FALSE;
  if (action->status >= WIJK_STATUS_AGREED && !wijk_validate_shares (action, error))
    return FALSE;

  if (!check_purchase_group (ws, action, record, error) ||
      !check_financing (ws, action, record, error))
    return FALSE;

  if (action->location != NULL)
    {
      if (action->location->kind == WIJK_GEOMETRY_LINE_STRING)
        {
          g_set_error (error, WIJK_VALIDATE_ERROR, WIJK_VALIDATE_ERROR_INVALID,
                       _("%s: the location is a line, not a point or a polygon"), record);
          return FALSE;
        }
      if (!wijk_validate_geometry (action->location, record, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * wijk_validate_shares:
 * @action: an action
 * @error: return location for a #WIJK_VALIDATE_ERROR
 *
 * Checks only the rule an action must meet before it can become *agreed*:
 * its owners' cost shares add up to 1, and so do their benefit shares, each
 * within %WIJK_SHARES_EPSILON. The GUI uses it to warn early.
 *
 * Returns: whether both sums are 1
 */
gboolean
wijk_validate_shares (const WijkAction  *action,
                      GError           **error)
{
  g_autofree char *record = NULL;
  double cost = 0.0, benefit = 0.0;

  g_return_val_if_fail (action != NULL && action->owners != NULL, FALSE);

  for (guint i = 0; i < action->owners->len; i++)
    {
      const WijkOwner *owner = g_ptr_array_index (action->owners, i);

      cost += owner->cost_share;
      benefit += owner->benefit_share;
    }

  /* Written as !(… <= …) so that a NaN sum is refused too. */
  if (!(fabs (cost - 1.0) <= WIJK_SHARES_EPSILON))
    {
      record = action_record (action);
      g_set_error (error, WIJK_VALIDATE_ERROR, WIJK_VALIDATE_ERROR_SHARES,
                   _("%s: cost shares add up to %.10g %%, not 100 %%"),
                   record, cost * 100.0);
      return FALSE;
    }
  if (!(fabs (benefit - 1.0) <= WIJK_SHARES_EPSILON))
    {
      record = action_record (action);
      g_set_error (error, WIJK_VALIDATE_ERROR, WIJK_VALIDATE_ERROR_SHARES,
                   _("%s: benefit shares add up to %.10g %%, not 100 %%"),
                   record, benefit * 100.0);
      return FALSE;
    }
  return TRUE;
}

/* Purchase groups */

/**
 * wijk_validate_purchase_group:
 * @group: a purchase group
 * @error: return location for a #WIJK_VALIDATE_ERROR
 *
 * Checks a purchase group: an id and a type of the catalogue that is bought
 * (has a purchase quantity).
 *
 * Returns: whether @group is valid
 */
gboolean
wijk_validate_purchase_group (const WijkPurchaseGroup  *group,
                              GError                  **error)
{
  g_autofree char *record = NULL;
  const WijkActionType *type;

  g_return_val_if_fail (group != NULL, FALSE);

  if (!wijk_check_text (_("Purchase group"), "id", group->id, TRUE, error))
    return FALSE;
  record = g_strdup_printf (_("Purchase group “%s”"), group->id);

  if (!wijk_check_text (record, "type", group->type, TRUE, error) ||
      !wijk_check_text (record, "name", group->name, FALSE, error))
    return FALSE;

  type = wijk_catalog_lookup (group->type);
  if (type == NULL || type->quantity_param < 0)
    {
      g_set_error (error, WIJK_VALIDATE_ERROR, WIJK_VALIDATE_ERROR_INVALID,
                   _("%s: “%s” is “%s”, not an action type that is bought"),
                   record, "type", group->type);
      return FALSE;
    }
  return TRUE;
}
