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

#include "wijk-catalog.h"
#include "wijk-validate.h"

G_DEFINE_QUARK (wijk-validate-error-quark, wijk_validate_error)

/* Helpers. @record is the already translated name of the record a field
 * belongs to, such as "Action “PV on hall 3”". */

static gboolean
check_text (const char  *record,
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

static gboolean
check_number (const char  *record,
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

static gboolean
check_year (const char  *record,
            const char  *field,
            gint64       year,
            GError     **error)
{
  if (year != 0 && (year < WIJK_YEAR_MIN || year > WIJK_YEAR_MAX))
    {
      g_set_error (error, WIJK_VALIDATE_ERROR, WIJK_VALIDATE_ERROR_OUT_OF_RANGE,
                   _("%s: “%s” is %" G_GINT64_FORMAT ", not a year between %d and %d"),
                   record, field, year, WIJK_YEAR_MIN, WIJK_YEAR_MAX);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_enum (const char  *record,
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

static gboolean
check_timestamp (const char  *record,
                 const char  *field,
                 gint64       value,
                 GError     **error)
{
  if (value < 0)
    {
      g_set_error (error, WIJK_VALIDATE_ERROR, WIJK_VALIDATE_ERROR_OUT_OF_RANGE,
                   _("%s: “%s” is %" G_GINT64_FORMAT ", before 1970"), record, field, value);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_org_reference (const WijkWorkshop  *ws,
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

/* Geometry */

static gboolean
check_position (const char        *what,
                const WijkLonLat  *position,
                GError           **error)
{
  return check_number (what, "longitude", position->lon, -180.0, 180.0, error) &&
         check_number (what, "latitude", position->lat, -90.0, 90.0, error);
}

static gboolean
check_ring (const char    *what,
            const GArray  *ring,
            gboolean       closed,
            GError       **error)
{
  guint min_len = closed ? 4 : 2;
  const WijkLonLat *first, *last;

  if (ring == NULL || ring->len < min_len)
    {
      g_set_error (error, WIJK_VALIDATE_ERROR, WIJK_VALIDATE_ERROR_INVALID,
                   _("%s: a ring or line has %u positions, fewer than %u"),
                   what, ring != NULL ? ring->len : 0, min_len);
      return FALSE;
    }
  for (guint i = 0; i < ring->len; i++)
    if (!check_position (what, &g_array_index (ring, WijkLonLat, i), error))
      return FALSE;

  first = &g_array_index (ring, WijkLonLat, 0);
  last = &g_array_index (ring, WijkLonLat, ring->len - 1);
  if (closed && (first->lon != last->lon || first->lat != last->lat))
    {
      g_set_error (error, WIJK_VALIDATE_ERROR, WIJK_VALIDATE_ERROR_INVALID,
                   _("%s: a polygon ring does not end where it starts (%g, %g)"),
                   what, first->lon, first->lat);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_part (const char       *what,
            const GPtrArray  *part,
            gboolean          closed,
            guint             max_rings,
            GError          **error)
{
  if (part == NULL || part->len == 0 || part->len > max_rings)
    {
      g_set_error (error, WIJK_VALIDATE_ERROR, WIJK_VALIDATE_ERROR_INVALID,
                   _("%s: a part has %u rings"), what, part != NULL ? part->len : 0);
      return FALSE;
    }
  for (guint r = 0; r < part->len; r++)
    if (!check_ring (what, g_ptr_array_index (part, r), closed, error))
      return FALSE;
  return TRUE;
}

/**
 * wijk_validate_geometry:
 * @geometry: a geometry
 * @what: the translated name of what the geometry belongs to, for the message
 * @error: return location for a #WIJK_VALIDATE_ERROR
 *
 * Checks that @geometry is a well-formed GeoJSON geometry in WGS 84: finite
 * positions within ±180° and ±90°, lines of two positions or more, closed
 * polygon rings of four or more.
 *
 * Returns: whether @geometry is valid
 */
gboolean
wijk_validate_geometry (const WijkGeometry  *geometry,
                        const char          *what,
                        GError             **error)
{
  guint max_parts = 1;
  guint max_rings = G_MAXUINT;
  gboolean closed = TRUE;

  g_return_val_if_fail (geometry != NULL, FALSE);
  g_return_val_if_fail (what != NULL, FALSE);

  switch (geometry->kind)
    {
    case WIJK_GEOMETRY_POINT:
      return check_position (what, &geometry->point, error);
    case WIJK_GEOMETRY_LINE_STRING:
      max_rings = 1;
      closed = FALSE;
      break;
    case WIJK_GEOMETRY_POLYGON:
      break;
    case WIJK_GEOMETRY_MULTI_POLYGON:
      max_parts = G_MAXUINT;
      break;
    default:
      g_set_error (error, WIJK_VALIDATE_ERROR, WIJK_VALIDATE_ERROR_INVALID,
                   _("%s: unknown geometry kind %d"), what, (int) geometry->kind);
      return FALSE;
    }

  if (geometry->parts == NULL || geometry->parts->len == 0 ||
      geometry->parts->len > max_parts)
    {
      g_set_error (error, WIJK_VALIDATE_ERROR, WIJK_VALIDATE_ERROR_INVALID,
                   _("%s: the geometry has %u parts"),
                   what, geometry->parts != NULL ? geometry->parts->len : 0);
      return FALSE;
    }
  for (guint p = 0; p < geometry->parts->len; p++)
    if (!check_part (what, g_ptr_array_index (geometry->parts, p), closed, max_rings, error))
      return FALSE;
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

  if (!check_text (record, "uuid", ws->uuid, TRUE, error) ||
      !check_text (record, "name", ws->name, TRUE, error) ||
      !check_text (record, "site", ws->site, FALSE, error) ||
      !check_text (record, "language", ws->language, FALSE, error) ||
      !check_text (record, "currency", ws->currency, FALSE, error))
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

  if (!check_number (record, "discount_rate", ws->discount_rate, 0.0, 1.0, error) ||
      !check_number (record, "baseline_t_co2_per_year", ws->baseline_t_co2_per_year,
                     0.0, G_MAXDOUBLE, error) ||
      !check_number (record, "target_t_co2_per_year", ws->target_t_co2_per_year,
                     0.0, G_MAXDOUBLE, error) ||
      !check_year (record, "baseline_year", ws->baseline_year, error) ||
      !check_year (record, "target_year", ws->target_year, error))
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

  if (!check_text (_("Factor"), "name", factor->name, TRUE, error))
    return FALSE;
  record = g_strdup_printf (_("Factor “%s”"), factor->name);

  if (!check_text (record, "unit", factor->unit, FALSE, error) ||
      !check_text (record, "source", factor->source, FALSE, error) ||
      !check_text (record, "year", factor->year, FALSE, error) ||
      !check_text (record, "confidence", factor->confidence, FALSE, error) ||
      !check_text (record, "note", factor->note, FALSE, error) ||
      !check_number (record, "value", factor->value, -G_MAXDOUBLE, G_MAXDOUBLE, error))
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

      if (!check_number (record, "min_quantity", tier->min_quantity, 0.0, G_MAXDOUBLE, error) ||
          !check_number (record, "unit_price_eur", tier->unit_price_eur, 0.0, G_MAXDOUBLE,
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

  if (!check_text (_("Organisation"), "id", org->id, TRUE, error))
    return FALSE;
  record = g_strdup_printf (_("Organisation “%s”"), org->id);

  if (!check_text (record, "name", org->name, TRUE, error) ||
      !check_text (record, "colour", org->colour, FALSE, error) ||
      !check_enum (record, "kind", org->kind, WIJK_N_ORG_KINDS, error) ||
      !check_number (record, "employees", (double) org->employees, 0.0, G_MAXDOUBLE, error) ||
      !check_number (record, "baseline_mwh_per_year", org->baseline_mwh_per_year,
                     0.0, G_MAXDOUBLE, error) ||
      !check_number (record, "baseline_t_co2_per_year", org->baseline_t_co2_per_year,
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

/**
 * wijk_validate_plot:
 * @ws: (nullable): the workshop the plot belongs to, for its owner
 * @plot: a plot, outline or street
 * @error: return location for a #WIJK_VALIDATE_ERROR
 *
 * Checks a plot: an id, a kind "plot", "outline" or "street", an owner that
 * is an organisation of @ws when set, and a valid geometry — a polygon or
 * multi-polygon, or for a street also a line string.
 *
 * Returns: whether @plot is valid
 */
gboolean
wijk_validate_plot (const WijkWorkshop  *ws,
                    const WijkPlot      *plot,
                    GError             **error)
{
  g_autofree char *record = NULL;
  gboolean is_street;

  g_return_val_if_fail (plot != NULL, FALSE);

  if (!check_text (_("Plot"), "id", plot->id, TRUE, error))
    return FALSE;
  record = g_strdup_printf (_("Plot “%s”"), plot->id);

  if (!check_text (record, "name", plot->name, FALSE, error) ||
      !check_text (record, "kind", plot->kind, TRUE, error) ||
      !check_text (record, "owner_org", plot->owner_org, FALSE, error))
    return FALSE;

  is_street = g_str_equal (plot->kind, "street");
  if (!is_street && !g_str_equal (plot->kind, "plot") && !g_str_equal (plot->kind, "outline"))
    {
      g_set_error (error, WIJK_VALIDATE_ERROR, WIJK_VALIDATE_ERROR_INVALID,
                   _("%s: “%s” is “%s”, not plot, outline or street"),
                   record, "kind", plot->kind);
      return FALSE;
    }
  if (!check_org_reference (ws, record, "owner_org", plot->owner_org, error))
    return FALSE;

  if (plot->geometry == NULL)
    {
      g_set_error (error, WIJK_VALIDATE_ERROR, WIJK_VALIDATE_ERROR_MISSING,
                   _("%s: “%s” must not be empty"), record, "geometry");
      return FALSE;
    }
  if (plot->geometry->kind == WIJK_GEOMETRY_POINT ||
      (plot->geometry->kind == WIJK_GEOMETRY_LINE_STRING && !is_street))
    {
      g_set_error (error, WIJK_VALIDATE_ERROR, WIJK_VALIDATE_ERROR_INVALID,
                   _("%s: a %s needs a polygon, not a point or a line"), record, plot->kind);
      return FALSE;
    }
  return wijk_validate_geometry (plot->geometry, record, error);
}

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

      if (!check_text (record, "owners.org", owner->org_id, TRUE, error) ||
          !check_org_reference (ws, record, "owners.org", owner->org_id, error) ||
          !check_enum (record, "owners.role", owner->role, WIJK_N_ROLES, error) ||
          !check_number (record, "owners.cost_share", owner->cost_share, 0.0, 1.0, error) ||
          !check_number (record, "owners.benefit_share", owner->benefit_share, 0.0, 1.0, error))
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

  if (!check_text (record, "financing.id", line->id, TRUE, error))
    return FALSE;
  /* Translators: an action, then the id of one of its financing lines */
  line_record = g_strdup_printf (_("%s, financing line “%s”"), record, line->id);

  return check_enum (line_record, "kind", line->kind, WIJK_N_FINANCING_KINDS, error) &&
         check_text (line_record, "org", line->org_id, FALSE, error) &&
         check_text (line_record, "label", line->label, FALSE, error) &&
         check_org_reference (ws, line_record, "org", line->org_id, error) &&
         check_number (line_record, "amount_eur", line->amount_eur, 0.0, G_MAXDOUBLE, error) &&
         check_number (line_record, "share_of_capex", line->share_of_capex, 0.0, 1.0, error) &&
         check_number (line_record, "rate", line->rate, 0.0, 1.0, error) &&
         check_number (line_record, "years", line->years, 0.0, 100.0, error) &&
         check_number (line_record, "savings_share", line->savings_share, 0.0, 1.0, error);
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

  if (!check_enum (record, "purchase_status", action->purchase_status,
                   WIJK_N_PURCHASE_STATUSES, error) ||
      !check_text (record, "purchase_group", action->purchase_group, FALSE, error))
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

  if (!check_text (_("Action"), "id", action->id, TRUE, error))
    return FALSE;
  record = action_record (action);

  if (!check_text (record, "type", action->type, TRUE, error) ||
      !check_text (record, "title", action->title, FALSE, error) ||
      !check_text (record, "description", action->description, FALSE, error) ||
      !check_enum (record, "status", action->status, WIJK_N_STATUSES, error) ||
      !check_year (record, "start_year", action->start_year, error))
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

/* The other records */

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

  if (!check_text (_("Purchase group"), "id", group->id, TRUE, error))
    return FALSE;
  record = g_strdup_printf (_("Purchase group “%s”"), group->id);

  if (!check_text (record, "type", group->type, TRUE, error) ||
      !check_text (record, "name", group->name, FALSE, error))
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

  if (!check_text (_("Comment"), "id", comment->id, TRUE, error))
    return FALSE;
  record = g_strdup_printf (_("Comment “%s”"), comment->id);

  return check_text (record, "action", comment->action_id, FALSE, error) &&
         check_text (record, "author", comment->author, FALSE, error) &&
         check_text (record, "text", comment->text, TRUE, error) &&
         check_timestamp (record, "created", comment->created, error) &&
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

  if (!check_text (_("Approval"), "id", approval->id, TRUE, error))
    return FALSE;
  record = g_strdup_printf (_("Approval “%s”"), approval->id);

  return check_text (record, "action", approval->action_id, TRUE, error) &&
         check_text (record, "org", approval->org_id, TRUE, error) &&
         check_text (record, "note", approval->note, FALSE, error) &&
         check_timestamp (record, "created", approval->created, error) &&
         check_action_reference (ws, record, approval->action_id, error) &&
         check_org_reference (ws, record, "org", approval->org_id, error);
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

  if (!check_text (_("Signature"), "id", signature->id, TRUE, error))
    return FALSE;
  record = g_strdup_printf (_("Signature “%s”"), signature->id);

  return check_text (record, "org", signature->org_id, TRUE, error) &&
         check_text (record, "signer_name", signature->signer_name, TRUE, error) &&
         check_text (record, "signer_role", signature->signer_role, FALSE, error) &&
         check_text (record, "drawing", signature->drawing, FALSE, error) &&
         check_timestamp (record, "signed_at", signature->signed_at, error) &&
         check_org_reference (ws, record, "org", signature->org_id, error);
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

  if (!check_text (_("Scenario"), "id", scenario->id, TRUE, error))
    return FALSE;
  record = g_strdup_printf (_("Scenario “%s”"), scenario->id);

  return check_text (record, "name", scenario->name, TRUE, error) &&
         check_text (record, "description", scenario->description, FALSE, error) &&
         check_text (record, "actions", scenario->actions_json, FALSE, error) &&
         check_timestamp (record, "created", scenario->created, error);
}

/* The whole workshop */

/* Every record type starts with its id (or name) as first member. */
static gboolean
check_unique_ids (GPtrArray   *records,
                  const char  *what,
                  GError     **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < records->len; i++)
    {
      const char *id = *(char **) g_ptr_array_index (records, i);

      if (id == NULL)
        continue;  /* refused as missing by the record's own check */
      if (!g_hash_table_add (seen, (gpointer) id))
        {
          g_set_error (error, WIJK_VALIDATE_ERROR, WIJK_VALIDATE_ERROR_INVALID,
                       /* Translators: %s is e.g. “organisation”, then its id */
                       _("The %s id “%s” is used twice"), what, id);
          return FALSE;
        }
    }
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

          if (line->id != NULL && !g_hash_table_add (seen, line->id))
            {
              g_set_error (error, WIJK_VALIDATE_ERROR, WIJK_VALIDATE_ERROR_INVALID,
                           _("The %s id “%s” is used twice"), "financing", line->id);
              return FALSE;
            }
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
