/* wijk-workshop.h
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * WIJK_MAX_PARAMS:
 *
 * The largest number of parameters an action type of the catalogue has.
 * An action keeps its parameters in a fixed array in catalogue order.
 */
#define WIJK_MAX_PARAMS 4

typedef enum
{
  WIJK_THEME_MOBILITY,
  WIJK_THEME_RENEWABLE_ENERGY,
  WIJK_THEME_EFFICIENCY,
  WIJK_THEME_CIRCULARITY,
  WIJK_THEME_DENSIFICATION,
  WIJK_THEME_GREEN_SPACE,
  WIJK_THEME_ADAPTATION,
  WIJK_N_THEMES
} WijkTheme;

typedef enum
{
  WIJK_STATUS_IDEA,
  WIJK_STATUS_DRAFT,
  WIJK_STATUS_AGREED,
  WIJK_STATUS_SIGNED,
  WIJK_N_STATUSES
} WijkStatus;

typedef enum
{
  WIJK_ORG_KIND_COMPANY,
  WIJK_ORG_KIND_RESEARCH,
  WIJK_ORG_KIND_PUBLIC,
  WIJK_ORG_KIND_ASSOCIATION,
  WIJK_ORG_KIND_SCHOOL,
  WIJK_N_ORG_KINDS
} WijkOrgKind;

typedef enum
{
  WIJK_ROLE_LEAD,
  WIJK_ROLE_PARTNER,
  WIJK_ROLE_FUNDER,
  WIJK_ROLE_SUPPORTER,
  WIJK_N_ROLES
} WijkRole;

typedef enum
{
  WIJK_PURCHASE_COMMITTED,
  WIJK_PURCHASE_INTERESTED,
  WIJK_N_PURCHASE_STATUSES
} WijkPurchaseStatus;

typedef enum
{
  WIJK_FINANCING_OWN_FUNDS,
  WIJK_FINANCING_SUBSIDY,
  WIJK_FINANCING_LOAN,
  WIJK_FINANCING_THIRD_PARTY,
  WIJK_FINANCING_COOPERATIVE,
  WIJK_N_FINANCING_KINDS
} WijkFinancingKind;

typedef enum
{
  WIJK_GEOMETRY_POINT,
  WIJK_GEOMETRY_LINE_STRING,
  WIJK_GEOMETRY_POLYGON,
  WIJK_GEOMETRY_MULTI_POLYGON,
} WijkGeometryKind;

typedef struct
{
  double lon;
  double lat;
} WijkLonLat;

/**
 * WijkGeometry:
 * @kind: what the geometry is
 * @point: the position of a %WIJK_GEOMETRY_POINT
 * @parts: for a line string one part holding one ring (the line); for a
 *   polygon one part; for a multi-polygon one part per polygon. A part is a
 *   #GPtrArray of rings, a ring a #GArray of #WijkLonLat (outer ring first,
 *   then holes; closed rings repeat their first position at the end as in
 *   GeoJSON). %NULL for a point.
 *
 * A geometry in WGS 84 longitude/latitude, as in GeoJSON (RFC 7946).
 */
typedef struct
{
  WijkGeometryKind kind;
  WijkLonLat point;
  GPtrArray *parts;
} WijkGeometry;

/**
 * WijkPriceTier:
 * @min_quantity: the smallest purchase quantity this price applies to
 * @unit_price_eur: the price of one unit at this tier
 */
typedef struct
{
  double min_quantity;
  double unit_price_eur;
} WijkPriceTier;

/**
 * WijkFactor:
 * @name: the factor's name as in reference-data (e.g. "grid_kg_co2_per_kwh")
 * @value: its value (unused when @tiers is set)
 * @tiers: (nullable): a price-tier table of #WijkPriceTier sorted by
 *   min_quantity, for factors named `<type>_price_tiers`
 * @unit, @source, @year, @confidence ("H", "M" or "L"), @note: provenance
 */
typedef struct
{
  char *name;
  double value;
  GArray *tiers;
  char *unit;
  char *source;
  char *year;
  char *confidence;
  char *note;
} WijkFactor;

typedef struct
{
  char *id;
  char *name;
  WijkOrgKind kind;
  gint64 employees;                 /* 0 when unknown */
  double baseline_mwh_per_year;     /* 0 when unknown */
  double baseline_t_co2_per_year;   /* 0 when unknown */
  char *colour;                     /* "#rrggbb" */
  gboolean illustrative;            /* figures are illustrative estimates */
} WijkOrganisation;

/* A plot of land, or another feature of the site (its outline, a street). */
typedef struct
{
  char *id;
  char *name;
  char *kind;                       /* "plot", "outline" or "street" */
  char *owner_org;                  /* (nullable) organisation id */
  WijkGeometry *geometry;
  gboolean approximate;             /* geometry is an approximation */
} WijkPlot;

typedef struct
{
  char *org_id;
  WijkRole role;
  double cost_share;                /* fraction in [0, 1] */
  double benefit_share;             /* fraction in [0, 1] */
} WijkOwner;

/**
 * WijkFinancing:
 *
 * One financing line of an action. Which fields count depends on @kind:
 * - own funds: @org_id, @amount_eur
 * - subsidy: @amount_eur, or @share_of_capex when it is > 0
 * - loan: @amount_eur, @rate, @years (an annuity)
 * - third party / ESCO: @amount_eur (capex paid by the investor, or
 *   @share_of_capex), @savings_share of the savings for @years
 * - cooperative: @amount_eur, @rate (interest), @years
 */
typedef struct
{
  char *id;
  WijkFinancingKind kind;
  char *org_id;                     /* (nullable) */
  char *label;                      /* (nullable) e.g. the subsidy's name */
  double amount_eur;
  double share_of_capex;
  double rate;
  gint years;
  double savings_share;
} WijkFinancing;

typedef struct
{
  char *id;
  char *type;                       /* catalogue type id, e.g. "solar_pv" */
  char *title;
  char *description;
  WijkStatus status;
  gint start_year;                  /* 0 when not set */
  double params[WIJK_MAX_PARAMS];   /* in catalogue order */
  WijkGeometry *location;           /* (nullable) point or polygon */
  GPtrArray *owners;                /* of WijkOwner */
  GPtrArray *financing;             /* of WijkFinancing */
  char *purchase_group;             /* (nullable) purchase group id */
  WijkPurchaseStatus purchase_status;
} WijkAction;

typedef struct
{
  char *id;
  char *type;                       /* the catalogue type it bundles */
  char *name;
} WijkPurchaseGroup;

typedef struct
{
  char *id;
  char *action_id;                  /* (nullable) NULL: on the workshop */
  char *author;                     /* organisation id or a person's name */
  char *text;
  gint64 created;                   /* unix time, seconds */
} WijkComment;

typedef struct
{
  char *id;
  char *action_id;
  char *org_id;
  gboolean approved;
  char *note;
  gint64 created;
} WijkApproval;

typedef struct
{
  char *id;
  char *org_id;
  char *signer_name;
  char *signer_role;
  gint64 signed_at;
  char *drawing;                    /* (nullable) strokes as JSON text */
} WijkSignature;

typedef struct
{
  char *id;
  char *name;
  char *description;
  char *actions_json;               /* the scenario's action set */
  gint64 created;
} WijkScenario;

typedef struct
{
  char *uuid;
  char *name;
  char *site;
  char *language;                   /* "en", "nl" or "fr" */
  char *currency;                   /* "EUR" */
  gint baseline_year;
  gint target_year;
  double baseline_t_co2_per_year;
  double target_t_co2_per_year;
  double discount_rate;
  gboolean illustrative;

  GPtrArray *factors;               /* of WijkFactor */
  GPtrArray *organisations;         /* of WijkOrganisation */
  GPtrArray *plots;                 /* of WijkPlot */
  GPtrArray *actions;               /* of WijkAction */
  GPtrArray *purchase_groups;       /* of WijkPurchaseGroup */
  GPtrArray *comments;              /* of WijkComment */
  GPtrArray *approvals;             /* of WijkApproval */
  GPtrArray *signatures;            /* of WijkSignature */
  GPtrArray *scenarios;             /* of WijkScenario */
} WijkWorkshop;

/* Machine names (JSON, SQL) and translated labels of the enumerations. */
const char  *wijk_theme_to_string            (WijkTheme          theme);
gboolean     wijk_theme_from_string          (const char        *str,
                                              WijkTheme         *theme);
const char  *wijk_theme_get_label            (WijkTheme          theme);
const char  *wijk_theme_get_colour           (WijkTheme          theme);
const char  *wijk_theme_get_icon_name        (WijkTheme          theme);
const char  *wijk_status_to_string           (WijkStatus         status);
gboolean     wijk_status_from_string         (const char        *str,
                                              WijkStatus        *status);
const char  *wijk_status_get_label           (WijkStatus         status);
const char  *wijk_org_kind_to_string         (WijkOrgKind        kind);
gboolean     wijk_org_kind_from_string       (const char        *str,
                                              WijkOrgKind       *kind);
const char  *wijk_org_kind_get_label         (WijkOrgKind        kind);
const char  *wijk_role_to_string             (WijkRole           role);
gboolean     wijk_role_from_string           (const char        *str,
                                              WijkRole          *role);
const char  *wijk_role_get_label             (WijkRole           role);
const char  *wijk_purchase_status_to_string  (WijkPurchaseStatus status);
gboolean     wijk_purchase_status_from_string (const char       *str,
                                              WijkPurchaseStatus *status);
const char  *wijk_financing_kind_to_string   (WijkFinancingKind  kind);
gboolean     wijk_financing_kind_from_string (const char        *str,
                                              WijkFinancingKind *kind);
const char  *wijk_financing_kind_get_label   (WijkFinancingKind  kind);

/* Construction, deep copy and freeing. Every _new returns zeroed fields
 * with empty arrays; strings are owned (g_free). */
WijkGeometry      *wijk_geometry_new_point      (double lon,
                                                 double lat);
WijkGeometry      *wijk_geometry_new            (WijkGeometryKind kind);
WijkGeometry      *wijk_geometry_copy           (const WijkGeometry *geometry);
void               wijk_geometry_free           (WijkGeometry *geometry);
gboolean           wijk_geometry_equal          (const WijkGeometry *a,
                                                 const WijkGeometry *b);
WijkFactor        *wijk_factor_new              (const char *name);
WijkFactor        *wijk_factor_copy             (const WijkFactor *factor);
void               wijk_factor_free             (WijkFactor *factor);
WijkOrganisation  *wijk_organisation_new        (const char *id);
WijkOrganisation  *wijk_organisation_copy       (const WijkOrganisation *org);
void               wijk_organisation_free       (WijkOrganisation *org);
WijkPlot          *wijk_plot_new                (const char *id);
WijkPlot          *wijk_plot_copy               (const WijkPlot *plot);
void               wijk_plot_free               (WijkPlot *plot);
WijkOwner         *wijk_owner_new               (const char *org_id);
WijkOwner         *wijk_owner_copy              (const WijkOwner *owner);
void               wijk_owner_free              (WijkOwner *owner);
WijkFinancing     *wijk_financing_new           (const char *id);
WijkFinancing     *wijk_financing_copy          (const WijkFinancing *line);
void               wijk_financing_free          (WijkFinancing *line);
WijkAction        *wijk_action_new              (const char *id,
                                                 const char *type);
WijkAction        *wijk_action_copy             (const WijkAction *action);
void               wijk_action_free             (WijkAction *action);
WijkPurchaseGroup *wijk_purchase_group_new      (const char *id);
WijkPurchaseGroup *wijk_purchase_group_copy     (const WijkPurchaseGroup *group);
void               wijk_purchase_group_free     (WijkPurchaseGroup *group);
WijkComment       *wijk_comment_new             (const char *id);
WijkComment       *wijk_comment_copy            (const WijkComment *comment);
void               wijk_comment_free            (WijkComment *comment);
WijkApproval      *wijk_approval_new            (const char *id);
WijkApproval      *wijk_approval_copy           (const WijkApproval *approval);
void               wijk_approval_free           (WijkApproval *approval);
WijkSignature     *wijk_signature_new           (const char *id);
WijkSignature     *wijk_signature_copy          (const WijkSignature *signature);
void               wijk_signature_free          (WijkSignature *signature);
WijkScenario      *wijk_scenario_new            (const char *id);
WijkScenario      *wijk_scenario_copy           (const WijkScenario *scenario);
void               wijk_scenario_free           (WijkScenario *scenario);
WijkWorkshop      *wijk_workshop_new            (void);
WijkWorkshop      *wijk_workshop_copy           (const WijkWorkshop *workshop);
void               wijk_workshop_free           (WijkWorkshop *workshop);

/* Look-ups by id; %NULL when absent. */
WijkAction        *wijk_workshop_find_action         (const WijkWorkshop *workshop,
                                                      const char         *id);
WijkOrganisation  *wijk_workshop_find_organisation   (const WijkWorkshop *workshop,
                                                      const char         *id);
WijkPlot          *wijk_workshop_find_plot           (const WijkWorkshop *workshop,
                                                      const char         *id);
WijkFactor        *wijk_workshop_find_factor         (const WijkWorkshop *workshop,
                                                      const char         *name);
WijkPurchaseGroup *wijk_workshop_find_purchase_group (const WijkWorkshop *workshop,
                                                      const char         *id);

/* A new globally unique id (a random UUID), for rows that may be created
 * on more than one laptop. */
char              *wijk_new_id                  (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WijkGeometry, wijk_geometry_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (WijkFactor, wijk_factor_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (WijkOrganisation, wijk_organisation_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (WijkPlot, wijk_plot_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (WijkOwner, wijk_owner_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (WijkFinancing, wijk_financing_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (WijkAction, wijk_action_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (WijkPurchaseGroup, wijk_purchase_group_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (WijkComment, wijk_comment_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (WijkApproval, wijk_approval_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (WijkSignature, wijk_signature_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (WijkScenario, wijk_scenario_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (WijkWorkshop, wijk_workshop_free)

G_END_DECLS
