/* wijk-workshop.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-workshop"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "wijk-workshop.h"

typedef struct
{
  const char *id;
  const char *label;
} EnumName;

static const EnumName theme_names[WIJK_N_THEMES] = {
  { "mobility", N_("Mobility") },
  { "renewable_energy", N_("Renewable energy") },
  { "efficiency", N_("Efficiency & renovation") },
  { "circularity", N_("Circularity") },
  { "densification", N_("Densification") },
  { "green_space", N_("Green space") },
  { "adaptation", N_("Climate adaptation") },
};

/* Okabe–Ito, a palette that stays distinguishable with colour blindness. */
static const char * const theme_colours[WIJK_N_THEMES] = {
  "#56B4E9", "#E69F00", "#0072B2", "#CC79A7", "#F0E442", "#009E73", "#D55E00",
};

static const EnumName status_names[WIJK_N_STATUSES] = {
  { "idea", N_("Idea") },
  { "draft", N_("Draft") },
  { "agreed", N_("Agreed") },
  { "signed", N_("Signed") },
};

static const EnumName org_kind_names[WIJK_N_ORG_KINDS] = {
  { "company", N_("Company") },
  { "research", N_("Research centre") },
  { "public", N_("Public authority") },
  { "association", N_("Association") },
  { "school", N_("School") },
};

static const EnumName role_names[WIJK_N_ROLES] = {
  { "lead", N_("Lead") },
  { "partner", N_("Partner") },
  { "funder", N_("Funder") },
  { "supporter", N_("Supporter") },
};

static const EnumName purchase_status_names[WIJK_N_PURCHASE_STATUSES] = {
  { "committed", N_("Committed") },
  { "interested", N_("Interested") },
};

static const EnumName financing_kind_names[WIJK_N_FINANCING_KINDS] = {
  { "own_funds", N_("Own funds") },
  { "subsidy", N_("Subsidy") },
  { "loan", N_("Bank loan") },
  { "third_party", N_("Third party (ESCO)") },
  { "cooperative", N_("Cooperative investment") },
};

static gboolean
enum_from_string (const EnumName *names,
                  guint           n_names,
                  const char     *str,
                  int            *value)
{
  if (str == NULL)
    return FALSE;

  for (guint i = 0; i < n_names; i++)
    {
      if (strcmp (names[i].id, str) == 0)
        {
          *value = (int) i;
          return TRUE;
        }
    }

  return FALSE;
}

#define DEFINE_ENUM_NAMES(prefix, Type, table, N)                          \
  const char *                                                              \
  prefix##_to_string (Type value)                                           \
  {                                                                         \
    g_return_val_if_fail ((guint) value < N, NULL);                         \
    return table[value].id;                                                 \
  }                                                                         \
  gboolean                                                                  \
  prefix##_from_string (const char *str,                                    \
                        Type       *value)                                  \
  {                                                                         \
    int v;                                                                  \
    if (!enum_from_string (table, N, str, &v))                              \
      return FALSE;                                                         \
    *value = (Type) v;                                                      \
    return TRUE;                                                            \
  }

#define DEFINE_ENUM_LABEL(prefix, Type, table, N)                           \
  const char *                                                              \
  prefix##_get_label (Type value)                                           \
  {                                                                         \
    g_return_val_if_fail ((guint) value < N, NULL);                         \
    return _(table[value].label);                                           \
  }

DEFINE_ENUM_NAMES (wijk_theme, WijkTheme, theme_names, WIJK_N_THEMES)
DEFINE_ENUM_LABEL (wijk_theme, WijkTheme, theme_names, WIJK_N_THEMES)
DEFINE_ENUM_NAMES (wijk_status, WijkStatus, status_names, WIJK_N_STATUSES)
DEFINE_ENUM_LABEL (wijk_status, WijkStatus, status_names, WIJK_N_STATUSES)
DEFINE_ENUM_NAMES (wijk_org_kind, WijkOrgKind, org_kind_names, WIJK_N_ORG_KINDS)
DEFINE_ENUM_LABEL (wijk_org_kind, WijkOrgKind, org_kind_names, WIJK_N_ORG_KINDS)
DEFINE_ENUM_NAMES (wijk_role, WijkRole, role_names, WIJK_N_ROLES)
DEFINE_ENUM_LABEL (wijk_role, WijkRole, role_names, WIJK_N_ROLES)
DEFINE_ENUM_NAMES (wijk_purchase_status, WijkPurchaseStatus, purchase_status_names,
                   WIJK_N_PURCHASE_STATUSES)
DEFINE_ENUM_NAMES (wijk_financing_kind, WijkFinancingKind, financing_kind_names,
                   WIJK_N_FINANCING_KINDS)
DEFINE_ENUM_LABEL (wijk_financing_kind, WijkFinancingKind, financing_kind_names,
                   WIJK_N_FINANCING_KINDS)

const char *
wijk_theme_get_colour (WijkTheme theme)
{
  g_return_val_if_fail ((guint) theme < WIJK_N_THEMES, NULL);
  return theme_colours[theme];
}

const char *
wijk_theme_get_icon_name (WijkTheme theme)
{
  static const char * const icons[WIJK_N_THEMES] = {
    "wijk-theme-mobility-symbolic",
    "wijk-theme-renewable-energy-symbolic",
    "wijk-theme-efficiency-symbolic",
    "wijk-theme-circularity-symbolic",
    "wijk-theme-densification-symbolic",
    "wijk-theme-green-space-symbolic",
    "wijk-theme-adaptation-symbolic",
  };

  g_return_val_if_fail ((guint) theme < WIJK_N_THEMES, NULL);
  return icons[theme];
}

/* Geometry */

static GArray *
ring_copy (const GArray *ring)
{
  GArray *copy = g_array_sized_new (FALSE, FALSE, sizeof (WijkLonLat), ring->len);

  g_array_append_vals (copy, ring->data, ring->len);
  return copy;
}

static GPtrArray *
part_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
}

WijkGeometry *
wijk_geometry_new (WijkGeometryKind kind)
{
  WijkGeometry *geometry = g_new0 (WijkGeometry, 1);

  geometry->kind = kind;
  if (kind != WIJK_GEOMETRY_POINT)
    geometry->parts = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  return geometry;
}

WijkGeometry *
wijk_geometry_new_point (double lon,
                         double lat)
{
  WijkGeometry *geometry = wijk_geometry_new (WIJK_GEOMETRY_POINT);

  geometry->point.lon = lon;
  geometry->point.lat = lat;
  return geometry;
}

WijkGeometry *
wijk_geometry_copy (const WijkGeometry *geometry)
{
  WijkGeometry *copy;

  if (geometry == NULL)
    return NULL;

  copy = wijk_geometry_new (geometry->kind);
  copy->point = geometry->point;
  if (geometry->parts != NULL)
    {
      for (guint p = 0; p < geometry->parts->len; p++)
        {
          GPtrArray *part = g_ptr_array_index (geometry->parts, p);
          GPtrArray *part_copy = part_new ();

          for (guint r = 0; r < part->len; r++)
            g_ptr_array_add (part_copy, ring_copy (g_ptr_array_index (part, r)));
          g_ptr_array_add (copy->parts, part_copy);
        }
    }
  return copy;
}

void
wijk_geometry_free (WijkGeometry *geometry)
{
  if (geometry == NULL)
    return;
  g_clear_pointer (&geometry->parts, g_ptr_array_unref);
  g_free (geometry);
}

static gboolean
ring_equal (const GArray *a,
            const GArray *b)
{
  return a->len == b->len &&
         memcmp (a->data, b->data, a->len * sizeof (WijkLonLat)) == 0;
}

gboolean
wijk_geometry_equal (const WijkGeometry *a,
                     const WijkGeometry *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  if (a->kind != b->kind)
    return FALSE;
  if (a->kind == WIJK_GEOMETRY_POINT)
    return a->point.lon == b->point.lon && a->point.lat == b->point.lat;
  if (a->parts->len != b->parts->len)
    return FALSE;

  for (guint p = 0; p < a->parts->len; p++)
    {
      GPtrArray *pa = g_ptr_array_index (a->parts, p);
      GPtrArray *pb = g_ptr_array_index (b->parts, p);

      if (pa->len != pb->len)
        return FALSE;
      for (guint r = 0; r < pa->len; r++)
        if (!ring_equal (g_ptr_array_index (pa, r), g_ptr_array_index (pb, r)))
          return FALSE;
    }
  return TRUE;
}

/* Records */

WijkFactor *
wijk_factor_new (const char *name)
{
  WijkFactor *factor = g_new0 (WijkFactor, 1);

  factor->name = g_strdup (name);
  return factor;
}

WijkFactor *
wijk_factor_copy (const WijkFactor *factor)
{
  WijkFactor *copy = wijk_factor_new (factor->name);

  copy->value = factor->value;
  if (factor->tiers != NULL)
    {
      copy->tiers = g_array_sized_new (FALSE, FALSE, sizeof (WijkPriceTier),
                                       factor->tiers->len);
      g_array_append_vals (copy->tiers, factor->tiers->data, factor->tiers->len);
    }
  copy->unit = g_strdup (factor->unit);
  copy->source = g_strdup (factor->source);
  copy->year = g_strdup (factor->year);
  copy->confidence = g_strdup (factor->confidence);
  copy->note = g_strdup (factor->note);
  return copy;
}

void
wijk_factor_free (WijkFactor *factor)
{
  if (factor == NULL)
    return;
  g_free (factor->name);
  g_clear_pointer (&factor->tiers, g_array_unref);
  g_free (factor->unit);
  g_free (factor->source);
  g_free (factor->year);
  g_free (factor->confidence);
  g_free (factor->note);
  g_free (factor);
}

WijkOrganisation *
wijk_organisation_new (const char *id)
{
  WijkOrganisation *org = g_new0 (WijkOrganisation, 1);

  org->id = g_strdup (id);
  org->kind = WIJK_ORG_KIND_COMPANY;
  return org;
}

WijkOrganisation *
wijk_organisation_copy (const WijkOrganisation *org)
{
  WijkOrganisation *copy = g_memdup2 (org, sizeof *org);

  copy->id = g_strdup (org->id);
  copy->name = g_strdup (org->name);
  copy->colour = g_strdup (org->colour);
  return copy;
}

void
wijk_organisation_free (WijkOrganisation *org)
{
  if (org == NULL)
    return;
  g_free (org->id);
  g_free (org->name);
  g_free (org->colour);
  g_free (org);
}

WijkPlot *
wijk_plot_new (const char *id)
{
  WijkPlot *plot = g_new0 (WijkPlot, 1);

  plot->id = g_strdup (id);
  plot->kind = g_strdup ("plot");
  return plot;
}

WijkPlot *
wijk_plot_copy (const WijkPlot *plot)
{
  WijkPlot *copy = g_memdup2 (plot, sizeof *plot);

  copy->id = g_strdup (plot->id);
  copy->name = g_strdup (plot->name);
  copy->kind = g_strdup (plot->kind);
  copy->owner_org = g_strdup (plot->owner_org);
  copy->geometry = wijk_geometry_copy (plot->geometry);
  return copy;
}

void
wijk_plot_free (WijkPlot *plot)
{
  if (plot == NULL)
    return;
  g_free (plot->id);
  g_free (plot->name);
  g_free (plot->kind);
  g_free (plot->owner_org);
  wijk_geometry_free (plot->geometry);
  g_free (plot);
}

WijkOwner *
wijk_owner_new (const char *org_id)
{
  WijkOwner *owner = g_new0 (WijkOwner, 1);

  owner->org_id = g_strdup (org_id);
  owner->role = WIJK_ROLE_PARTNER;
  return owner;
}

WijkOwner *
wijk_owner_copy (const WijkOwner *owner)
{
  WijkOwner *copy = g_memdup2 (owner, sizeof *owner);

  copy->org_id = g_strdup (owner->org_id);
  return copy;
}

void
wijk_owner_free (WijkOwner *owner)
{
  if (owner == NULL)
    return;
  g_free (owner->org_id);
  g_free (owner);
}

WijkFinancing *
wijk_financing_new (const char *id)
{
  WijkFinancing *line = g_new0 (WijkFinancing, 1);

  line->id = g_strdup (id);
  return line;
}

WijkFinancing *
wijk_financing_copy (const WijkFinancing *line)
{
  WijkFinancing *copy = g_memdup2 (line, sizeof *line);

  copy->id = g_strdup (line->id);
  copy->org_id = g_strdup (line->org_id);
  copy->label = g_strdup (line->label);
  return copy;
}

void
wijk_financing_free (WijkFinancing *line)
{
  if (line == NULL)
    return;
  g_free (line->id);
  g_free (line->org_id);
  g_free (line->label);
  g_free (line);
}

WijkAction *
wijk_action_new (const char *id,
                 const char *type)
{
  WijkAction *action = g_new0 (WijkAction, 1);

  action->id = g_strdup (id);
  action->type = g_strdup (type);
  action->owners = g_ptr_array_new_with_free_func ((GDestroyNotify) wijk_owner_free);
  action->financing = g_ptr_array_new_with_free_func ((GDestroyNotify) wijk_financing_free);
  return action;
}

static GPtrArray *
ptr_array_deep_copy (GPtrArray      *array,
                     GCopyFunc       copy,
                     GDestroyNotify  free_func)
{
  GPtrArray *result = g_ptr_array_new_full (array->len, free_func);

  for (guint i = 0; i < array->len; i++)
    g_ptr_array_add (result, copy (g_ptr_array_index (array, i), NULL));
  return result;
}

WijkAction *
wijk_action_copy (const WijkAction *action)
{
  WijkAction *copy = g_memdup2 (action, sizeof *action);

  copy->id = g_strdup (action->id);
  copy->type = g_strdup (action->type);
  copy->title = g_strdup (action->title);
  copy->description = g_strdup (action->description);
  copy->location = wijk_geometry_copy (action->location);
  copy->owners = ptr_array_deep_copy (action->owners, (GCopyFunc) wijk_owner_copy,
                                      (GDestroyNotify) wijk_owner_free);
  copy->financing = ptr_array_deep_copy (action->financing, (GCopyFunc) wijk_financing_copy,
                                         (GDestroyNotify) wijk_financing_free);
  copy->purchase_group = g_strdup (action->purchase_group);
  return copy;
}

void
wijk_action_free (WijkAction *action)
{
  if (action == NULL)
    return;
  g_free (action->id);
  g_free (action->type);
  g_free (action->title);
  g_free (action->description);
  wijk_geometry_free (action->location);
  g_clear_pointer (&action->owners, g_ptr_array_unref);
  g_clear_pointer (&action->financing, g_ptr_array_unref);
  g_free (action->purchase_group);
  g_free (action);
}

WijkPurchaseGroup *
wijk_purchase_group_new (const char *id)
{
  WijkPurchaseGroup *group = g_new0 (WijkPurchaseGroup, 1);

  group->id = g_strdup (id);
  return group;
}

WijkPurchaseGroup *
wijk_purchase_group_copy (const WijkPurchaseGroup *group)
{
  WijkPurchaseGroup *copy = wijk_purchase_group_new (group->id);

  copy->type = g_strdup (group->type);
  copy->name = g_strdup (group->name);
  return copy;
}

void
wijk_purchase_group_free (WijkPurchaseGroup *group)
{
  if (group == NULL)
    return;
  g_free (group->id);
  g_free (group->type);
  g_free (group->name);
  g_free (group);
}

WijkComment *
wijk_comment_new (const char *id)
{
  WijkComment *comment = g_new0 (WijkComment, 1);

  comment->id = g_strdup (id);
  return comment;
}

WijkComment *
wijk_comment_copy (const WijkComment *comment)
{
  WijkComment *copy = g_memdup2 (comment, sizeof *comment);

  copy->id = g_strdup (comment->id);
  copy->action_id = g_strdup (comment->action_id);
  copy->author = g_strdup (comment->author);
  copy->text = g_strdup (comment->text);
  return copy;
}

void
wijk_comment_free (WijkComment *comment)
{
  if (comment == NULL)
    return;
  g_free (comment->id);
  g_free (comment->action_id);
  g_free (comment->author);
  g_free (comment->text);
  g_free (comment);
}

WijkApproval *
wijk_approval_new (const char *id)
{
  WijkApproval *approval = g_new0 (WijkApproval, 1);

  approval->id = g_strdup (id);
  return approval;
}

WijkApproval *
wijk_approval_copy (const WijkApproval *approval)
{
  WijkApproval *copy = g_memdup2 (approval, sizeof *approval);

  copy->id = g_strdup (approval->id);
  copy->action_id = g_strdup (approval->action_id);
  copy->org_id = g_strdup (approval->org_id);
  copy->note = g_strdup (approval->note);
  return copy;
}

void
wijk_approval_free (WijkApproval *approval)
{
  if (approval == NULL)
    return;
  g_free (approval->id);
  g_free (approval->action_id);
  g_free (approval->org_id);
  g_free (approval->note);
  g_free (approval);
}

WijkSignature *
wijk_signature_new (const char *id)
{
  WijkSignature *signature = g_new0 (WijkSignature, 1);

  signature->id = g_strdup (id);
  return signature;
}

WijkSignature *
wijk_signature_copy (const WijkSignature *signature)
{
  WijkSignature *copy = g_memdup2 (signature, sizeof *signature);

  copy->id = g_strdup (signature->id);
  copy->org_id = g_strdup (signature->org_id);
  copy->signer_name = g_strdup (signature->signer_name);
  copy->signer_role = g_strdup (signature->signer_role);
  copy->drawing = g_strdup (signature->drawing);
  return copy;
}

void
wijk_signature_free (WijkSignature *signature)
{
  if (signature == NULL)
    return;
  g_free (signature->id);
  g_free (signature->org_id);
  g_free (signature->signer_name);
  g_free (signature->signer_role);
  g_free (signature->drawing);
  g_free (signature);
}

WijkScenario *
wijk_scenario_new (const char *id)
{
  WijkScenario *scenario = g_new0 (WijkScenario, 1);

  scenario->id = g_strdup (id);
  return scenario;
}

WijkScenario *
wijk_scenario_copy (const WijkScenario *scenario)
{
  WijkScenario *copy = g_memdup2 (scenario, sizeof *scenario);

  copy->id = g_strdup (scenario->id);
  copy->name = g_strdup (scenario->name);
  copy->description = g_strdup (scenario->description);
  copy->actions_json = g_strdup (scenario->actions_json);
  return copy;
}

void
wijk_scenario_free (WijkScenario *scenario)
{
  if (scenario == NULL)
    return;
  g_free (scenario->id);
  g_free (scenario->name);
  g_free (scenario->description);
  g_free (scenario->actions_json);
  g_free (scenario);
}

WijkWorkshop *
wijk_workshop_new (void)
{
  WijkWorkshop *workshop = g_new0 (WijkWorkshop, 1);

  workshop->uuid = g_uuid_string_random ();
  workshop->language = g_strdup ("en");
  workshop->currency = g_strdup ("EUR");
  workshop->discount_rate = 0.04;
  workshop->factors = g_ptr_array_new_with_free_func ((GDestroyNotify) wijk_factor_free);
  workshop->organisations = g_ptr_array_new_with_free_func ((GDestroyNotify) wijk_organisation_free);
  workshop->plots = g_ptr_array_new_with_free_func ((GDestroyNotify) wijk_plot_free);
  workshop->actions = g_ptr_array_new_with_free_func ((GDestroyNotify) wijk_action_free);
  workshop->purchase_groups =
    g_ptr_array_new_with_free_func ((GDestroyNotify) wijk_purchase_group_free);
  workshop->comments = g_ptr_array_new_with_free_func ((GDestroyNotify) wijk_comment_free);
  workshop->approvals = g_ptr_array_new_with_free_func ((GDestroyNotify) wijk_approval_free);
  workshop->signatures = g_ptr_array_new_with_free_func ((GDestroyNotify) wijk_signature_free);
  workshop->scenarios = g_ptr_array_new_with_free_func ((GDestroyNotify) wijk_scenario_free);
  return workshop;
}

#define COPY_ARRAY(field, copy_func, free_func)                                  \
  g_ptr_array_unref (copy->field);                                               \
  copy->field = ptr_array_deep_copy (workshop->field, (GCopyFunc) copy_func,     \
                                     (GDestroyNotify) free_func)

WijkWorkshop *
wijk_workshop_copy (const WijkWorkshop *workshop)
{
  WijkWorkshop *copy = wijk_workshop_new ();

  g_free (copy->uuid);
  g_free (copy->language);
  g_free (copy->currency);
  copy->uuid = g_strdup (workshop->uuid);
  copy->name = g_strdup (workshop->name);
  copy->site = g_strdup (workshop->site);
  copy->language = g_strdup (workshop->language);
  copy->currency = g_strdup (workshop->currency);
  copy->baseline_year = workshop->baseline_year;
  copy->target_year = workshop->target_year;
  copy->baseline_t_co2_per_year = workshop->baseline_t_co2_per_year;
  copy->target_t_co2_per_year = workshop->target_t_co2_per_year;
  copy->discount_rate = workshop->discount_rate;
  copy->illustrative = workshop->illustrative;

  COPY_ARRAY (factors, wijk_factor_copy, wijk_factor_free);
  COPY_ARRAY (organisations, wijk_organisation_copy, wijk_organisation_free);
  COPY_ARRAY (plots, wijk_plot_copy, wijk_plot_free);
  COPY_ARRAY (actions, wijk_action_copy, wijk_action_free);
  COPY_ARRAY (purchase_groups, wijk_purchase_group_copy, wijk_purchase_group_free);
  COPY_ARRAY (comments, wijk_comment_copy, wijk_comment_free);
  COPY_ARRAY (approvals, wijk_approval_copy, wijk_approval_free);
  COPY_ARRAY (signatures, wijk_signature_copy, wijk_signature_free);
  COPY_ARRAY (scenarios, wijk_scenario_copy, wijk_scenario_free);
  return copy;
}

#undef COPY_ARRAY

void
wijk_workshop_free (WijkWorkshop *workshop)
{
  if (workshop == NULL)
    return;
  g_free (workshop->uuid);
  g_free (workshop->name);
  g_free (workshop->site);
  g_free (workshop->language);
  g_free (workshop->currency);
  g_clear_pointer (&workshop->factors, g_ptr_array_unref);
  g_clear_pointer (&workshop->organisations, g_ptr_array_unref);
  g_clear_pointer (&workshop->plots, g_ptr_array_unref);
  g_clear_pointer (&workshop->actions, g_ptr_array_unref);
  g_clear_pointer (&workshop->purchase_groups, g_ptr_array_unref);
  g_clear_pointer (&workshop->comments, g_ptr_array_unref);
  g_clear_pointer (&workshop->approvals, g_ptr_array_unref);
  g_clear_pointer (&workshop->signatures, g_ptr_array_unref);
  g_clear_pointer (&workshop->scenarios, g_ptr_array_unref);
  g_free (workshop);
}

/* Every record type starts with its id (or name) as first member. */
static gpointer
find_by_first_string (GPtrArray  *array,
                      const char *key)
{
  if (key == NULL)
    return NULL;

  for (guint i = 0; i < array->len; i++)
    {
      char **record = g_ptr_array_index (array, i);

      if (g_strcmp0 (*record, key) == 0)
        return record;
    }
  return NULL;
}

WijkAction *
wijk_workshop_find_action (const WijkWorkshop *workshop,
                           const char         *id)
{
  return find_by_first_string (workshop->actions, id);
}

WijkOrganisation *
wijk_workshop_find_organisation (const WijkWorkshop *workshop,
                                 const char         *id)
{
  return find_by_first_string (workshop->organisations, id);
}

WijkPlot *
wijk_workshop_find_plot (const WijkWorkshop *workshop,
                         const char         *id)
{
  return find_by_first_string (workshop->plots, id);
}

WijkFactor *
wijk_workshop_find_factor (const WijkWorkshop *workshop,
                           const char         *name)
{
  return find_by_first_string (workshop->factors, name);
}

WijkPurchaseGroup *
wijk_workshop_find_purchase_group (const WijkWorkshop *workshop,
                                   const char         *id)
{
  return find_by_first_string (workshop->purchase_groups, id);
}

char *
wijk_new_id (void)
{
  return g_uuid_string_random ();
}
