/* wijk-validate.c
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

#include "wijk-validate-private.h"

G_DEFINE_QUARK (wijk-validate-error-quark, wijk_validate_error)

/* Helpers. @record is the already translated name of the record a field
 * belongs to, such as "Action “PV on hall 3”". */

gboolean
wijk_check_text (const char  *record,
                 const char  *field,
                 const char  *value,
                 gboolean     required,
                 GError     **error)
{
  if (value != NULL && !g_utf8_validate (value, -1, NULL))
    {
      g_set_error (error, WIJK_VALIDATE_ERROR, WIJK_VALIDATE_ERROR_INVALID,
                   /* Translators: the first %s is a record such as Action “X” */
                   _("%s: “%s” is not valid UTF-8 text"), record, field);
      return FALSE;
    }
  if (required && (value == NULL || *value == '\0'))
    {
      g_set_error (error, WIJK_VALIDATE_ERROR, WIJK_VALIDATE_ERROR_MISSING,
                   _("%s: “%s” must not be empty"), record, field);
      return FALSE;
    }
  return TRUE;
}

gboolean
wijk_check_number (const char  *record,
                   const char  *field,
                   double       value,
                   double       min,
                   double       max,
                   GError     **error)
{
  if (!isfinite (value))
    {
      g_set_error (error, WIJK_VALIDATE_ERROR, WIJK_VALIDATE_ERROR_NOT_FINITE,
                   _("%s: “%s” is %g, not a finite number"), record, field, value);
      return FALSE;
    }
  if (value < min || value > max)
    {
      g_set_error (error, WIJK_VALIDATE_ERROR, WIJK_VALIDATE_ERROR_OUT_OF_RANGE,
                   _("%s: “%s” is %g, outside %g–%g"), record, field, value, min, max);
      return FALSE;
    }
  return TRUE;
}

gboolean
wijk_check_year (const char  *record,
                 const char  *field,
                 gint64       year,
                 GError     **error)
{
  if (year != 0 && (year < WIJK_YEAR_MIN || year > WIJK_YEAR_MAX))
    {
      g_set_error (error, WIJK_VALIDATE_ERROR, WIJK_VALIDATE_ERROR_OUT_OF_RANGE,
                   _("%s: “%s” is %lld, not a year between %d and %d"),
                   record, field, (long long) year, WIJK_YEAR_MIN, WIJK_YEAR_MAX);
      return FALSE;
    }
  return TRUE;
}

gboolean
wijk_check_enum (const char  *record,
                 const char  *field,
                 guint        value,
                 guint        n_values,
                 GError     **error)
{
  if (value >= n_values)
    {
      g_set_error (error, WIJK_VALIDATE_ERROR, WIJK_VALIDATE_ERROR_INVALID,
                   _("%s: “%s” has the unknown value %u"), record, field, value);
      return FALSE;
    }
  return TRUE;
}

gboolean
wijk_check_timestamp (const char  *record,
                      const char  *field,
                      gint64       value,
                      GError     **error)
{
  if (value < 0)
    {
      g_set_error (error, WIJK_VALIDATE_ERROR, WIJK_VALIDATE_ERROR_OUT_OF_RANGE,
                   _("%s: “%s” is %lld, before 1970"), record, field, (long long) value);
      return FALSE;
    }
  return TRUE;
}

gboolean
wijk_check_org_reference (const WijkWorkshop  *ws,
                          const char          *record,
                          const char          *field,
                          const char          *org_id,
                          GError             **error)
{
  if (ws == NULL || org_id == NULL)
    return TRUE;
  if (wijk_workshop_find_organisation (ws, org_id) == NULL)
    {
      g_set_error (error, WIJK_VALIDATE_ERROR, WIJK_VALIDATE_ERROR_REFERENCE,
                   _("%s: “%s” names the organisation “%s”, which is not in this workshop"),
                   record, field, org_id);
      return FALSE;
    }
  return TRUE;
}

/* Workshop settings */

static gboolean
is_lower_tag (const char *str)
{
  gsize len = strlen (str);

  if (len < 2 || len > 3)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_islower (str[i]))
      return FALSE;
  return TRUE;
}

static gboolean
is_currency_code (const char *str)
{
  if (strlen (str) != 3)
    return FALSE;
  for (gsize i = 0; i < 3; i++)
    if (!g_ascii_isupper (str[i]))
      return FALSE;
  return TRUE;
}

/**
 * wijk_validate_workshop_info:
 * @ws: a workshop
 * @error: return location for a #WIJK_VALIDATE_ERROR
 *
 * Checks the workshop's own settings (not its records): a name, a language
 * tag and currency code when set, a discount rate in [0, 1), non-negative
 * baseline and target, years between %WIJK_YEAR_MIN and %WIJK_YEAR_MAX (or
 * 0) with the target year not before the baseline year.
 *
 * Returns: whether the settings are valid
 */
gboolean
wijk_validate_workshop_info (const WijkWorkshop  *ws,
                             GError             **error)
{
  const char *record = _("Workshop");

  g_return_val_if_fail (ws != NULL, FALSE);

  if (!wijk_check_text (record, "uuid", ws->uuid, TRUE, error) ||
      !wijk_check_text (record, "name", ws->name, TRUE, error) ||
      !wijk_check_text (record, "site", ws->site, FALSE, error) ||
      !wijk_check_text (record, "language", ws->language, FALSE, error) ||
      !wijk_check_text (record, "currency", ws->currency, FALSE, error))
    return FALSE;

  if (ws->language != NULL && !is_lower_tag (ws->language))
    {
      g_set_error (error, WIJK_VALIDATE_ERROR, WIJK_VALIDATE_ERROR_INVALID,
                   _("%s: “%s” is “%s”, not a language code such as “nl”"),
                   record, "language", ws->language);
      return FALSE;
    }
  if (ws->currency != NULL && !is_currency_code (ws->currency))
    {
      g_set_error (error, WIJK_VALIDATE_ERROR, WIJK_VALIDATE_ERROR_INVALID,
                   _("%s: “%s” is “%s”, not a currency code such as “EUR”"),
                   record, "currency", ws->currency);
      return FALSE;
    }

  if (!wijk_check_number (record, "discount_rate", ws->discount_rate, 0.0, 1.0, error) ||
      !wijk_check_number (record, "baseline_t_co2_per_year", ws->baseline_t_co2_per_year,
                          0.0, G_MAXDOUBLE, error) ||
      !wijk_check_number (record, "target_t_co2_per_year", ws->target_t_co2_per_year,
                          0.0, G_MAXDOUBLE, error) ||
      !wijk_check_year (record, "baseline_year", ws->baseline_year, error) ||
      !wijk_check_year (record, "target_year", ws->target_year, error))
    return FALSE;

  /* A rate of 100 % or more makes every future value vanish. */
  if (ws->discount_rate >= 1.0)
    {
      g_set_error (error, WIJK_VALIDATE_ERROR, WIJK_VALIDATE_ERROR_OUT_OF_RANGE,
                   _("%s: “%s” is %g, not below 1"), record, "discount_rate",
                   ws->discount_rate);
      return FALSE;
    }
  if (ws->baseline_year != 0 && ws->target_year != 0 && ws->target_year < ws->baseline_year)
    {
      g_set_error (error, WIJK_VALIDATE_ERROR, WIJK_VALIDATE_ERROR_OUT_OF_RANGE,
                   _("%s: the target year %d comes before the baseline year %d"),
                   record, ws->target_year, ws->baseline_year);
      return FALSE;
    }
  return TRUE;
}

/* Factors */

/**
 * wijk_validate_factor:
 * @factor: a reference factor
 * @error: return location for a #WIJK_VALIDATE_ERROR
 *
 * Checks a factor: a name, a finite value, a confidence of "H", "M" or "L"
 * when set, and a price-tier table (when there is one) whose quantities are
 * non-negative, strictly ascending (so unique) and whose prices are
 * non-negative, all finite.
 *
 * Returns: whether @factor is valid
 */
gboolean
wijk_validate_factor (const WijkFactor  *factor,
                      GError           **error)
{
  g_autofree char *record = NULL;

  g_return_val_if_fail (factor != NULL, FALSE);

  if (!wijk_check_text (_("Factor"), "name", factor->name, TRUE, error))
    return FALSE;
  record = g_strdup_printf (_("Factor “%s”"), factor->name);

  if (!wijk_check_text (record, "unit", factor->unit, FALSE, error) ||
      !wijk_check_text (record, "source", factor->source, FALSE, error) ||
      !wijk_check_text (record, "year", factor->year, FALSE, error) ||
      !wijk_check_text (record, "confidence", factor->confidence, FALSE, error) ||
      !wijk_check_text (record, "note", factor->note, FALSE, error) ||
      !wijk_check_number (record, "value", factor->value, -G_MAXDOUBLE, G_MAXDOUBLE, error))
    return FALSE;

  if (factor->confidence != NULL && *factor->confidence != '\0' &&
      g_strcmp0 (factor->confidence, "H") != 0 && g_strcmp0 (factor->confidence, "M") != 0 &&
      g_strcmp0 (factor->confidence, "L") != 0)
    {
      g_set_error (error, WIJK_VALIDATE_ERROR, WIJK_VALIDATE_ERROR_INVALID,
                   _("%s: “%s” is “%s”, not H, M or L"), record, "confidence",
                   factor->confidence);
      return FALSE;
    }

  if (factor->tiers == NULL)
    return TRUE;

  for (guint i = 0; i < factor->tiers->len; i++)
    {
      const WijkPriceTier *tier = &g_array_index (factor->tiers, WijkPriceTier, i);

      if (!wijk_check_number (record, "min_quantity", tier->min_quantity, 0.0, G_MAXDOUBLE,
                              error) ||
          !wijk_check_number (record, "unit_price_eur", tier->unit_price_eur, 0.0, G_MAXDOUBLE,
                              error))
        return FALSE;
      if (i > 0 && tier->min_quantity <= g_array_index (factor->tiers, WijkPriceTier,
                                                        i - 1).min_quantity)
        {
          g_set_error (error, WIJK_VALIDATE_ERROR, WIJK_VALIDATE_ERROR_INVALID,
                       _("%s: the price tier at %g does not come after the one at %g; "
                         "tiers must be in ascending order of min_quantity, each once"),
                       record, tier->min_quantity,
                       g_array_index (factor->tiers, WijkPriceTier, i - 1).min_quantity);
          return FALSE;
        }
    }
  return TRUE;
}

/* Organisations and plots */

static gboolean
is_colour (const char *str)
{
  if (strlen (str) != 7 || str[0] != '#')
    return FALSE;
  for (gsize i = 1; i < 7; i++)
    if (!g_ascii_isxdigit (str[i]))
      return FALSE;
  return TRUE;
}

/**
 * wijk_validate_organisation:
 * @org: an organisation
 * @error: return location for a #WIJK_VALIDATE_ERROR
 *
 * Checks an organisation: an id and a name, a known kind, non-negative
 * finite figures and a colour "#rrggbb" when set.
 *
 * Returns: whether @org is valid
 */
gboolean
wijk_validate_organisation (const WijkOrganisation  *org,
                            GError                 **error)
{
  g_autofree char *record = NULL;

  g_return_val_if_fail (org != NULL, FALSE);

  if (!wijk_check_text (_("Organisation"), "id", org->id, TRUE, error))
    return FALSE;
  record = g_strdup_printf (_("Organisation “%s”"), org->id);

  if (!wijk_check_text (record, "name", org->name, TRUE, error) ||
      !wijk_check_text (record, "colour", org->colour, FALSE, error) ||
      !wijk_check_enum (record, "kind", org->kind, WIJK_N_ORG_KINDS, error) ||
      !wijk_check_number (record, "employees", (double) org->employees, 0.0, G_MAXDOUBLE, error) ||
      !wijk_check_number (record, "baseline_mwh_per_year", org->baseline_mwh_per_year,
                     0.0, G_MAXDOUBLE, error) ||
      !wijk_check_number (record, "baseline_t_co2_per_year", org->baseline_t_co2_per_year,
                     0.0, G_MAXDOUBLE, error))
    return FALSE;

  if (org->colour != NULL && *org->colour != '\0' && !is_colour (org->colour))
    {
      g_set_error (error, WIJK_VALIDATE_ERROR, WIJK_VALIDATE_ERROR_INVALID,
                   _("%s: “%s” is “%s”, not a colour such as “#0072b2”"),
                   record, "colour", org->colour);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_action_reference (const WijkWorkshop  *ws,
                        const char          *record,
                        const char          *action_id,
                        GError             **error)
{
  if (ws == NULL || action_id == NULL)
    return TRUE;
  if (wijk_workshop_find_action (ws, action_id) == NULL)
    {
      g_set_error (error, WIJK_VALIDATE_ERROR, WIJK_VALIDATE_ERROR_REFERENCE,
                   _("%s: “%s” names the action “%s”, which is not in this workshop"),
                   record, "action", action_id);
      return FALSE;
    }
  return TRUE;
}

/**
 * wijk_validate_comment:
 * @ws: (nullable): the workshop the comment belongs to
 * @comment: a comment
 * @error: return location for a #WIJK_VALIDATE_ERROR
 *
 * Checks a comment: an id, some text, an action of @ws when it is about one.
 *
 * Returns: whether @comment is valid
 */
gboolean
wijk_validate_comment (const WijkWorkshop  *ws,
                       const WijkComment   *comment,
                       GError             **error)
{
  g_autofree char *record = NULL;

  g_return_val_if_fail (comment != NULL, FALSE);

  if (!wijk_check_text (_("Comment"), "id", comment->id, TRUE, error))
    return FALSE;
  record = g_strdup_printf (_("Comment “%s”"), comment->id);

  return wijk_check_text (record, "action", comment->action_id, FALSE, error) &&
         wijk_check_text (record, "author", comment->author, FALSE, error) &&
         wijk_check_text (record, "text", comment->text, TRUE, error) &&
         wijk_check_timestamp (record, "created", comment->created, error) &&
         check_action_reference (ws, record, comment->action_id, error);
}

/**
 * wijk_validate_approval:
 * @ws: (nullable): the workshop the approval belongs to
 * @approval: an approval
 * @error: return location for a #WIJK_VALIDATE_ERROR
 *
 * Checks an approval: an id, an action and an organisation of @ws.
 *
 * Returns: whether @approval is valid
 */
gboolean
wijk_validate_approval (const WijkWorkshop  *ws,
                        const WijkApproval  *approval,
                        GError             **error)
{
  g_autofree char *record = NULL;

  g_return_val_if_fail (approval != NULL, FALSE);

  if (!wijk_check_text (_("Approval"), "id", approval->id, TRUE, error))
    return FALSE;
  record = g_strdup_printf (_("Approval “%s”"), approval->id);

  return wijk_check_text (record, "action", approval->action_id, TRUE, error) &&
         wijk_check_text (record, "org", approval->org_id, TRUE, error) &&
         wijk_check_text (record, "note", approval->note, FALSE, error) &&
         wijk_check_timestamp (record, "created", approval->created, error) &&
         check_action_reference (ws, record, approval->action_id, error) &&
         wijk_check_org_reference (ws, record, "org", approval->org_id, error);
}

/**
 * wijk_validate_signature:
 * @ws: (nullable): the workshop the signature belongs to
 * @signature: a signature
 * @error: return location for a #WIJK_VALIDATE_ERROR
 *
 * Checks a signature: an id, an organisation of @ws, a signer's name.
 *
 * Returns: whether @signature is valid
 */
gboolean
wijk_validate_signature (const WijkWorkshop   *ws,
                         const WijkSignature  *signature,
                         GError              **error)
{
  g_autofree char *record = NULL;

  g_return_val_if_fail (signature != NULL, FALSE);

  if (!wijk_check_text (_("Signature"), "id", signature->id, TRUE, error))
    return FALSE;
  record = g_strdup_printf (_("Signature “%s”"), signature->id);

  return wijk_check_text (record, "org", signature->org_id, TRUE, error) &&
         wijk_check_text (record, "signer_name", signature->signer_name, TRUE, error) &&
         wijk_check_text (record, "signer_role", signature->signer_role, FALSE, error) &&
         wijk_check_text (record, "drawing", signature->drawing, FALSE, error) &&
         wijk_check_timestamp (record, "signed_at", signature->signed_at, error) &&
         wijk_check_org_reference (ws, record, "org", signature->org_id, error);
}

/**
 * wijk_validate_scenario:
 * @scenario: a scenario
 * @error: return location for a #WIJK_VALIDATE_ERROR
 *
 * Checks a scenario: an id and a name.
 *
 * Returns: whether @scenario is valid
 */
gboolean
wijk_validate_scenario (const WijkScenario  *scenario,
                        GError             **error)
{
  g_autofree char *record = NULL;

  g_return_val_if_fail (scenario != NULL, FALSE);

  if (!wijk_check_text (_("Scenario"), "id", scenario->id, TRUE, error))
    return FALSE;
  record = g_strdup_printf (_("Scenario “%s”"), scenario->id);

  return wijk_check_text (record, "name", scenario->name, TRUE, error) &&
         wijk_check_text (record, "description", scenario->description, FALSE, error) &&
         wijk_check_text (record, "actions", scenario->actions_json, FALSE, error) &&
         wijk_check_timestamp (record, "created", scenario->created, error);
}

/* The whole workshop */

/* Adds @id to the ids of one kind of record @seen so far; fails when it
 * is there already. A missing id is refused by the record's own check. */
static gboolean
add_unique_id (GHashTable  *seen,
               const char  *what,
               const char  *id,
               GError     **error)
{
  if (id == NULL || g_hash_table_add (seen, (gpointer) id))
    return TRUE;
  g_set_error (error, WIJK_VALIDATE_ERROR, WIJK_VALIDATE_ERROR_INVALID,
               /* Translators: %s is e.g. “organisation”, then its id */
               _("The %s id “%s” is used twice"), what, id);
  return FALSE;
}

/* Every record type starts with its id (or name) as first member. */
static gboolean
check_unique_ids (GPtrArray   *records,
                  const char  *what,
                  GError     **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < records->len; i++)
    if (!add_unique_id (seen, what, *(char **) g_ptr_array_index (records, i), error))
      return FALSE;
  return TRUE;
}

static gboolean
check_financing_ids (const WijkWorkshop  *ws,
                     GError             **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint a = 0; a < ws->actions->len; a++)
    {
      const WijkAction *action = g_ptr_array_index (ws->actions, a);

      for (guint i = 0; i < action->financing->len; i++)
        {
          const WijkFinancing *line = g_ptr_array_index (action->financing, i);

          if (!add_unique_id (seen, "financing", line->id, error))
            return FALSE;
        }
    }
  return TRUE;
}

#define CHECK_EACH(array, call)                                       \
  G_STMT_START {                                                      \
    for (guint i_ = 0; i_ < (array)->len; i_++)                       \
      {                                                               \
        gconstpointer item = g_ptr_array_index ((array), i_);         \
        if (!(call))                                                  \
          return FALSE;                                               \
      }                                                               \
  } G_STMT_END

/**
 * wijk_validate_workshop:
 * @ws: a workshop
 * @error: return location for a #WIJK_VALIDATE_ERROR
 *
 * Checks everything: the settings, every record with the rules of its own
 * function, references between records, and that ids (factor names) are
 * unique within each kind of record.
 *
 * Returns: whether @ws is valid
 */
gboolean
wijk_validate_workshop (const WijkWorkshop  *ws,
                        GError             **error)
{
  g_return_val_if_fail (ws != NULL, FALSE);

  if (!wijk_validate_workshop_info (ws, error))
    return FALSE;

  CHECK_EACH (ws->factors, wijk_validate_factor (item, error));
  CHECK_EACH (ws->organisations, wijk_validate_organisation (item, error));
  CHECK_EACH (ws->plots, wijk_validate_plot (ws, item, error));
  CHECK_EACH (ws->purchase_groups, wijk_validate_purchase_group (item, error));
  CHECK_EACH (ws->actions, wijk_validate_action (ws, item, error));
  CHECK_EACH (ws->comments, wijk_validate_comment (ws, item, error));
  CHECK_EACH (ws->approvals, wijk_validate_approval (ws, item, error));
  CHECK_EACH (ws->signatures, wijk_validate_signature (ws, item, error));
  CHECK_EACH (ws->scenarios, wijk_validate_scenario (item, error));

  return check_unique_ids (ws->factors, "factor", error) &&
         check_unique_ids (ws->organisations, "organisation", error) &&
         check_unique_ids (ws->plots, "plot", error) &&
         check_unique_ids (ws->purchase_groups, "purchase group", error) &&
         check_unique_ids (ws->actions, "action", error) &&
         check_financing_ids (ws, error) &&
         check_unique_ids (ws->comments, "comment", error) &&
         check_unique_ids (ws->approvals, "approval", error) &&
         check_unique_ids (ws->signatures, "signature", error) &&
         check_unique_ids (ws->scenarios, "scenario", error);
}

#undef CHECK_EACH
