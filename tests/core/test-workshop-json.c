/* test-workshop-json.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "wijk-catalog.h"
#include "wijk-workshop-json.h"

/* JSON in the tests is written with ' for " to keep it readable. */
static char *
json (const char *single_quoted)
{
  return g_strdelimit (g_strdup (single_quoted), "'", '"');
}

#define HEADER \
  "'format': 'wijkpact-workshop', 'version': 1, "                                  \
  "'workshop': {'name': 'Haasrode', 'discount_rate': 0.04, "                       \
  "             'baseline_t_co2_per_year': 30000, 'target_t_co2_per_year': 6300, " \
  "             'target_year': 2030}"

#define ORGS \
  "'organisations': [{'id': 'siemens', 'name': 'Siemens', 'kind': 'company'}, " \
  "                  {'id': 'leuven', 'name': 'Stad Leuven', 'kind': 'public'}]"

/* The minimal example of PRODUCT.md §2. */
static const char minimal[] =
  "{" HEADER ", "
  "'factors': {'grid_kg_co2_per_kwh': 0.16}, "
  ORGS ", "
  "'actions': [{"
  "  'id': 'a1', 'type': 'solar_pv', 'title': 'PV on hall 3',"
  "  'params': {'kwp': 250, 'self_consumption': 0.7},"
  "  'owners': [{'org': 'siemens', 'role': 'lead', 'cost_share': 0.6, 'benefit_share': 0.6},"
  "             {'org': 'leuven', 'role': 'funder', 'cost_share': 0.4, 'benefit_share': 0.4}],"
  "  'purchase_group': 'pv-2027'"
  "}],"
  "'purchase_groups': [{'id': 'pv-2027', 'type': 'solar_pv'}]"
  "}";

/* Every key of the format at least once. */
static const char full[] =
  "{'format': 'wijkpact-workshop', 'version': 1,"
  " 'workshop': {'uuid': '5b0e9c52-8f0b-4c8e-9d4a-1f6f0a2b3c4d', 'name': 'Haasrode Research Park',"
  "   'site': 'Leuven-Heverlee', 'language': 'nl', 'currency': 'EUR', 'baseline_year': 2024,"
  "   'target_year': 2030, 'baseline_t_co2_per_year': 30000, 'target_t_co2_per_year': 6300,"
  "   'discount_rate': 0.04, 'illustrative': true},"
  " 'factors': {"
  "   'grid_kg_co2_per_kwh': 0.16,"
  "   'gas_kg_co2_per_kwh': {'value': 0.203, 'unit': 'kg CO2/kWh', 'source': 'own meter study',"
  "                          'year': '2025', 'confidence': 'M', 'note': 'measured'},"
  "   'solar_pv_price_tiers': [{'min_quantity': 0, 'unit_price_eur': 900},"
  "                            {'min_quantity': 250, 'unit_price_eur': 760}],"
  "   'heat_pump_price_tiers': {'tiers': [{'min_quantity': 0, 'unit_price_eur': 1100}],"
  "                             'unit': 'EUR/kW', 'source': 'offer'}},"
  " 'organisations': ["
  "   {'id': 'siemens', 'name': 'Siemens', 'kind': 'company', 'employees': 800,"
  "    'baseline_mwh_per_year': 5200.5, 'baseline_t_co2_per_year': 950,"
  "    'colour': '#0077bb', 'illustrative': true},"
  "   {'id': 'leuven', 'name': 'Stad Leuven', 'kind': 'public'},"
  "   {'id': 'ucll', 'name': 'UCLL', 'kind': 'school'}],"
  " 'plots': ["
  "   {'id': 'outline', 'name': 'Park', 'kind': 'outline', 'approximate': true,"
  "    'geometry': {'type': 'Polygon', 'coordinates': [[[4.714, 50.844], [4.74, 50.843],"
  "                 [4.741, 50.852], [4.714, 50.857], [4.714, 50.844]]]}},"
  "   {'id': 'p1', 'name': 'Siemens campus', 'owner': 'siemens',"
  "    'geometry': {'type': 'MultiPolygon', 'coordinates': [[[[4.72, 50.85], [4.721, 50.85],"
  "                 [4.721, 50.851], [4.72, 50.85]]]]}},"
  "   {'id': 's1', 'name': 'Interleuvenlaan', 'kind': 'street',"
  "    'geometry': {'type': 'LineString', 'coordinates': [[4.72, 50.845], [4.73, 50.855]]}}],"
  " 'actions': ["
  "   {'id': 'a1', 'type': 'solar_pv', 'title': 'PV on hall 3', 'description': 'Flat roof',"
  "    'status': 'agreed', 'start_year': 2027, 'params': {'kwp': 250, 'self_consumption': 0.7},"
  "    'location': {'type': 'Point', 'coordinates': [4.7205, 50.8505]},"
  "    'owners': [{'org': 'siemens', 'role': 'lead', 'cost_share': 0.6, 'benefit_share': 0.6},"
  "               {'org': 'leuven', 'role': 'funder', 'cost_share': 0.4, 'benefit_share': 0.4}],"
  "    'financing': [{'id': 'f1', 'kind': 'own_funds', 'org': 'siemens', 'amount_eur': 100000},"
  "                  {'id': 'f2', 'kind': 'loan', 'label': 'KBC', 'amount_eur': 75000,"
  "                   'share_of_capex': 0, 'rate': 0.045, 'years': 10, 'savings_share': 0}],"
  "    'purchase_group': 'pv-2027', 'purchase_status': 'interested'},"
  "   {'id': 'a2', 'type': 'trees', 'params': {}, 'owners': [],"
  "    'location': {'type': 'Polygon', 'coordinates': [[[4.72, 50.85], [4.721, 50.85],"
  "                 [4.721, 50.851], [4.72, 50.85]]]}}],"
  " 'purchase_groups': [{'id': 'pv-2027', 'type': 'solar_pv', 'name': 'PV 2027'}],"
  " 'comments': [{'id': 'c1', 'action': 'a1', 'author': 'siemens', 'text': 'Roof is \\u00e9 ok\\n',"
  "               'created': 1767225600},"
  "              {'id': 'c2', 'text': 'On the whole workshop'}],"
  " 'approvals': [{'id': 'ap1', 'action': 'a1', 'org': 'siemens', 'approved': true,"
  "                'note': 'Board', 'created': 1767225700}],"
  " 'signatures': [{'id': 'sg1', 'org': 'siemens', 'signer_name': 'An Peeters',"
  "                 'signer_role': 'CEO', 'signed_at': 1767225800,"
  "                 'drawing': [[[0, 0], [1.5, 2]], [[3, 3]]]}],"
  " 'scenarios': [{'id': 'sc1', 'name': 'Ambitious', 'description': 'More PV',"
  "                'actions': [{'id': 'a1', 'params': {'kwp': 500}}], 'created': 1767225900},"
  "               {'id': 'sc2', 'name': 'Opaque', 'actions': 'not json at all'}]"
  "}";

static WijkWorkshop *
load (const char  *single_quoted,
      GError     **error)
{
  g_autofree char *text = json (single_quoted);

  return wijk_workshop_json_load (text, strlen (text), error);
}

static void
test_minimal_defaults (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WijkWorkshop) ws = load (minimal, &error);
  g_autoptr(GPtrArray) defaults = wijk_catalog_dup_default_factors ();
  const WijkFactor *grid, *gas, *standard_gas;
  const WijkAction *a1;
  const WijkOwner *owner;

  g_assert_no_error (error);
  g_assert_nonnull (ws);
  g_assert_cmpstr (ws->name, ==, "Haasrode");
  g_assert_cmpfloat (ws->target_t_co2_per_year, ==, 6300);
  g_assert_cmpint (ws->target_year, ==, 2030);
  g_assert_cmpint (ws->baseline_year, ==, 0);
  g_assert_cmpstr (ws->language, ==, "en");
  g_assert_cmpstr (ws->currency, ==, "EUR");
  g_assert_nonnull (ws->uuid);

  /* A factor given as a number keeps its unit, not the default's source;
   * one left out is the catalogue's, with its source. */
  grid = wijk_workshop_find_factor (ws, "grid_kg_co2_per_kwh");
  g_assert_cmpfloat (grid->value, ==, 0.16);
  g_assert_cmpstr (grid->unit, ==, wijk_catalog_get_default_factor ("grid_kg_co2_per_kwh")->unit);
  g_assert_null (grid->source);
  gas = wijk_workshop_find_factor (ws, "gas_kg_co2_per_kwh");
  standard_gas = wijk_catalog_get_default_factor ("gas_kg_co2_per_kwh");
  g_assert_cmpfloat (gas->value, ==, standard_gas->value);
  g_assert_cmpstr (gas->source, ==, standard_gas->source);
  g_assert_cmpuint (ws->factors->len, ==, defaults->len);

  a1 = wijk_workshop_find_action (ws, "a1");
  g_assert_cmpstr (a1->title, ==, "PV on hall 3");
  g_assert_cmpint (a1->status, ==, WIJK_STATUS_IDEA);
  g_assert_cmpfloat (a1->params[0], ==, 250);
  g_assert_cmpfloat (a1->params[1], ==, 0.7);
  g_assert_cmpstr (a1->purchase_group, ==, "pv-2027");
  g_assert_cmpint (a1->purchase_status, ==, WIJK_PURCHASE_COMMITTED);
  g_assert_null (a1->location);
  g_assert_cmpuint (a1->owners->len, ==, 2);
  owner = g_ptr_array_index (a1->owners, 1);
  g_assert_cmpstr (owner->org_id, ==, "leuven");
  g_assert_cmpint (owner->role, ==, WIJK_ROLE_FUNDER);
  g_assert_cmpfloat (owner->cost_share, ==, 0.4);
}

static void
test_missing_param_and_title (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WijkWorkshop) ws = NULL;
  const WijkActionType *pv = wijk_catalog_lookup ("solar_pv");
  const WijkAction *a;

  ws = load ("{" HEADER ", 'actions': [{'id': 'x', 'type': 'solar_pv', 'params': {'kwp': 40},"
             " 'owners': [{'org': 'nobody-checked-yet'}]}]}", &error);
  /* The owner must exist: a reference error first. */
  g_assert_null (ws);
  g_assert_error (error, WIJK_JSON_ERROR, WIJK_JSON_ERROR_REFERENCE);
  g_clear_error (&error);

  ws = load ("{" HEADER ", 'actions': [{'id': 'x', 'type': 'solar_pv', 'params': {'kwp': 40},"
             " 'owners': []}]}", &error);
  g_assert_no_error (error);
  a = g_ptr_array_index (ws->actions, 0);
  /* The title is the type's untranslated name; the missing parameter its
   * catalogue default. */
  g_assert_cmpstr (a->title, ==, pv->name);
  g_assert_cmpfloat (a->params[0], ==, 40);
  g_assert_cmpint (wijk_action_type_find_param (pv, "self_consumption"), ==, 1);
  g_assert_cmpfloat (a->params[1], ==, pv->params[1].default_value);
}

static void
test_full_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WijkWorkshop) ws = load (full, &error);
  g_autoptr(WijkWorkshop) again = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  const WijkFactor *factor;
  const WijkAction *a1;
  const WijkFinancing *loan;
  const WijkComment *comment;
  const WijkSignature *signature;
  const WijkScenario *scenario;

  g_assert_no_error (error);

  g_assert_cmpstr (ws->uuid, ==, "5b0e9c52-8f0b-4c8e-9d4a-1f6f0a2b3c4d");
  g_assert_true (ws->illustrative);
  g_assert_cmpint (ws->baseline_year, ==, 2024);
  factor = wijk_workshop_find_factor (ws, "gas_kg_co2_per_kwh");
  g_assert_cmpfloat (factor->value, ==, 0.203);
  g_assert_cmpstr (factor->source, ==, "own meter study");
  g_assert_cmpstr (factor->confidence, ==, "M");
  factor = wijk_workshop_find_factor (ws, "solar_pv_price_tiers");
  g_assert_cmpuint (factor->tiers->len, ==, 2);
  g_assert_cmpfloat (g_array_index (factor->tiers, WijkPriceTier, 1).unit_price_eur, ==, 760);
  factor = wijk_workshop_find_factor (ws, "heat_pump_price_tiers");
  g_assert_cmpstr (factor->unit, ==, "EUR/kW");

  g_assert_cmpint (wijk_workshop_find_organisation (ws, "siemens")->employees, ==, 800);
  g_assert_cmpint (wijk_workshop_find_organisation (ws, "ucll")->kind, ==, WIJK_ORG_KIND_SCHOOL);
  g_assert_cmpstr (wijk_workshop_find_plot (ws, "p1")->owner_org, ==, "siemens");
  g_assert_cmpstr (wijk_workshop_find_plot (ws, "s1")->kind, ==, "street");
  g_assert_true (wijk_workshop_find_plot (ws, "outline")->approximate);

  a1 = wijk_workshop_find_action (ws, "a1");
  g_assert_cmpint (a1->status, ==, WIJK_STATUS_AGREED);
  g_assert_cmpint (a1->start_year, ==, 2027);
  g_assert_cmpint (a1->purchase_status, ==, WIJK_PURCHASE_INTERESTED);
  g_assert_cmpint (a1->location->kind, ==, WIJK_GEOMETRY_POINT);
  loan = g_ptr_array_index (a1->financing, 1);
  g_assert_cmpint (loan->kind, ==, WIJK_FINANCING_LOAN);
  g_assert_cmpint (loan->years, ==, 10);
  g_assert_cmpfloat (loan->rate, ==, 0.045);

  comment = g_ptr_array_index (ws->comments, 0);
  g_assert_cmpstr (comment->text, ==, "Roof is é ok\n");
  g_assert_cmpint (comment->created, ==, 1767225600);
  signature = g_ptr_array_index (ws->signatures, 0);
  g_assert_cmpstr (signature->drawing, ==, "[[[0,0],[1.5,2]],[[3,3]]]");
  scenario = g_ptr_array_index (ws->scenarios, 0);
  g_assert_cmpstr (scenario->actions_json, ==, "[{\"id\":\"a1\",\"params\":{\"kwp\":500}}]");
  scenario = g_ptr_array_index (ws->scenarios, 1);
  g_assert_cmpstr (scenario->actions_json, ==, "not json at all");

  first = wijk_workshop_json_dump (ws);
  again = wijk_workshop_json_load (first, strlen (first), &error);
  g_assert_no_error (error);
  second = wijk_workshop_json_dump (again);
  g_assert_cmpstr (first, ==, second);

  /* The export carries everything: the second model equals the first. */
  g_assert_cmpuint (again->factors->len, ==, ws->factors->len);
  g_assert_cmpuint (again->plots->len, ==, 3);
  g_assert_true (wijk_geometry_equal (wijk_workshop_find_plot (again, "p1")->geometry,
                                      wijk_workshop_find_plot (ws, "p1")->geometry));
  g_assert_cmpstr (((WijkScenario *) g_ptr_array_index (again->scenarios, 1))->actions_json, ==,
                   "not json at all");
}

static void
test_exact_numbers (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WijkWorkshop) ws = load (minimal, &error);
  g_autoptr(WijkWorkshop) back = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  WijkAction *a1;

  g_assert_no_error (error);
  a1 = wijk_workshop_find_action (ws, "a1");
  /* Values that need 16 or 17 significant digits, or none after the point. */
  a1->params[0] = 1000.0 / 3.0;
  a1->params[1] = 0.1 + 0.2;
  ws->discount_rate = 0.1 + 0.2 - 0.25;
  ws->baseline_t_co2_per_year = 12345.678901234567;
  ws->target_t_co2_per_year = 1e15;

  first = wijk_workshop_json_dump (ws);
  back = wijk_workshop_json_load (first, strlen (first), &error);
  g_assert_no_error (error);
  a1 = wijk_workshop_find_action (back, "a1");
  g_assert_true (a1->params[0] == 1000.0 / 3.0);
  g_assert_true (a1->params[1] == 0.1 + 0.2);
  g_assert_true (back->discount_rate == 0.1 + 0.2 - 0.25);
  g_assert_true (back->baseline_t_co2_per_year == 12345.678901234567);
  g_assert_true (back->target_t_co2_per_year == 1e15);
  g_assert_nonnull (strstr (first, "\"self_consumption\": 0.30000000000000004"));
  g_assert_nonnull (strstr (first, "\"target_t_co2_per_year\": 1e+15"));
  second = wijk_workshop_json_dump (back);
  g_assert_cmpstr (first, ==, second);
}

/* Values the reader fills in are written out even when the model has none,
 * so a workshop made in code exports stably too. */
static void
test_export_fills_defaults (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WijkWorkshop) ws = load (minimal, &error);
  g_autoptr(WijkWorkshop) back = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  g_assert_no_error (error);
  g_clear_pointer (&wijk_workshop_find_action (ws, "a1")->title, g_free);
  g_clear_pointer (&ws->language, g_free);
  g_clear_pointer (&ws->currency, g_free);

  first = wijk_workshop_json_dump (ws);
  back = wijk_workshop_json_load (first, strlen (first), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (wijk_workshop_find_action (back, "a1")->title, ==,
                   wijk_catalog_lookup ("solar_pv")->name);
  g_assert_cmpstr (back->language, ==, "en");
  second = wijk_workshop_json_dump (back);
  g_assert_cmpstr (first, ==, second);
}

static void
test_layout (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WijkWorkshop) ws = load (minimal, &error);
  g_autofree char *text = NULL;
  g_autofree char *expected_head = NULL;

  g_assert_no_error (error);
  g_free (ws->uuid);
  ws->uuid = g_strdup ("u");
  wijk_workshop_find_action (ws, "a1")->location = wijk_geometry_new_point (4.7275, 50.8463);

  text = wijk_workshop_json_dump (ws);
  expected_head = json ("{\n"
                        "  'format': 'wijkpact-workshop',\n"
                        "  'version': 1,\n"
                        "  'workshop': {\n"
                        "    'uuid': 'u',\n"
                        "    'name': 'Haasrode',\n"
                        "    'language': 'en',\n"
                        "    'currency': 'EUR',\n"
                        "    'target_year': 2030,\n"
                        "    'baseline_t_co2_per_year': 30000,\n"
                        "    'target_t_co2_per_year': 6300,\n"
                        "    'discount_rate': 0.04,\n"
                        "    'illustrative': false\n"
                        "  },\n"
                        "  'factors': {\n"
                        "    'grid_kg_co2_per_kwh': {\n"
                        "      'value': 0.16,\n");
  g_assert_true (g_str_has_prefix (text, expected_head));
  g_assert_true (g_str_has_suffix (text, "  \"scenarios\": []\n}\n"));
  g_assert_nonnull (strstr (text, "      \"location\": {\n"
                            "        \"type\": \"Point\",\n"
                            "        \"coordinates\": [4.7275, 50.8463]\n"
                            "      },\n"));
  g_assert_nonnull (strstr (text, "      \"params\": {\n"
                            "        \"kwp\": 250,\n"
                            "        \"self_consumption\": 0.7\n"
                            "      },\n"));
}

static void
assert_refused (const char *single_quoted,
                int         code,
                const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WijkWorkshop) ws = load (single_quoted, &error);

  g_assert_null (ws);
  if (g_test_verbose ())
    g_test_message ("%s", error != NULL ? error->message : "(no error)");
  g_assert_error (error, WIJK_JSON_ERROR, code);
  g_assert_cmpstr (error->message, ==, message);
}

static void
test_parse_and_format_errors (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WijkWorkshop) ws = NULL;

  ws = load ("{'format': ", &error);
  g_assert_error (error, WIJK_JSON_ERROR, WIJK_JSON_ERROR_PARSE);
  g_assert_true (g_str_has_prefix (error->message, "not valid JSON: "));
  g_clear_error (&error);
  ws = wijk_workshop_json_load ("", 0, &error);
  g_assert_error (error, WIJK_JSON_ERROR, WIJK_JSON_ERROR_PARSE);

  assert_refused ("[1, 2]", WIJK_JSON_ERROR_FORMAT,
                  "not a Wijkpact workshop: the document is not a JSON object");
  assert_refused ("{'version': 1}", WIJK_JSON_ERROR_MISSING,
                  "missing required key “format”");
  assert_refused ("{'format': 'geojson', 'version': 1}", WIJK_JSON_ERROR_FORMAT,
                  "format: “geojson” is not a Wijkpact workshop (expected “wijkpact-workshop”)");
  assert_refused ("{'format': 'wijkpact-workshop'}", WIJK_JSON_ERROR_MISSING,
                  "missing required key “version”");
  assert_refused ("{'format': 'wijkpact-workshop', 'version': 2}",
                  WIJK_JSON_ERROR_FORMAT,
                  "version: version 2 is newer than this Wijkpact reads (up to 1)");
  assert_refused ("{'format': 'wijkpact-workshop', 'version': '1'}",
                  WIJK_JSON_ERROR_TYPE,
                  "version: expected a whole number");
  assert_refused ("{'format': 'wijkpact-workshop', 'version': 0}",
                  WIJK_JSON_ERROR_INVALID, "version: 0 is outside 1–2147483647");
}

static void
test_unknown_keys (void)
{
  int code = WIJK_JSON_ERROR_UNKNOWN_KEY;

  assert_refused ("{" HEADER ", 'colour': 'red'}", code, "colour: unknown key");
  assert_refused ("{" HEADER ", 'factors': {'grid_kg_co2_per_kwhh': 0.1}}", code,
                  "factors.grid_kg_co2_per_kwhh: unknown factor");
  assert_refused ("{" HEADER ", 'factors': {'shuttle_price_tiers': []}}", code,
                  "factors.shuttle_price_tiers: unknown factor");
  assert_refused ("{" HEADER ", 'factors': {'grid_kg_co2_per_kwh': {'value': 1, 'url': 'x'}}}",
                  code, "factors.grid_kg_co2_per_kwh.url: unknown key");
  assert_refused ("{" HEADER ", 'factors': {'grid_kg_co2_per_kwh': {'tiers': []}}}", code,
                  "factors.grid_kg_co2_per_kwh.tiers: unknown key "
                  "(only a price-tier table has “tiers”)");
  assert_refused ("{" HEADER ", " ORGS ", 'actions': [{'id': 'a', 'type': 'solar_pv',"
                  " 'params': {'kwpp': 3}, 'owners': []}]}", code,
                  "actions[0].params.kwpp: unknown parameter");
  assert_refused ("{" HEADER ", " ORGS ", 'actions': [{'id': 'a', 'type': 'solar_pv',"
                  " 'params': {}, 'owners': [{'org': 'siemens', 'share': 1}]}]}", code,
                  "actions[0].owners[0].share: unknown key");
  assert_refused ("{" HEADER ", 'workshop2': {}}", code, "workshop2: unknown key");
  assert_refused ("{'format': 'wijkpact-workshop', 'version': 1, 'workshop': {'name': 'x',"
                  " 'discount_rate': 0, 'baseline_t_co2_per_year': 1,"
                  " 'target_t_co2_per_year': 1, 'target': 3}}", code,
                  "workshop.target: unknown key");
}

static void
test_wrong_types (void)
{
  int code = WIJK_JSON_ERROR_TYPE;

  assert_refused ("{'format': 'wijkpact-workshop', 'version': 1, 'workshop': {'name': 'x',"
                  " 'discount_rate': '4 %', 'baseline_t_co2_per_year': 1,"
                  " 'target_t_co2_per_year': 1}}", code,
                  "workshop.discount_rate: expected a number");
  assert_refused ("{'format': 'wijkpact-workshop', 'version': 1, 'workshop': {'name': 7,"
                  " 'discount_rate': 0, 'baseline_t_co2_per_year': 1,"
                  " 'target_t_co2_per_year': 1}}", code, "workshop.name: expected a string");
  assert_refused ("{'format': 'wijkpact-workshop', 'version': 1, 'workshop': [] }", code,
                  "workshop: expected an object");
  assert_refused ("{" HEADER ", 'organisations': {}}", code, "organisations: expected an array");
  assert_refused ("{" HEADER ", 'organisations': [{'id': 's', 'name': 'S', 'kind': 'company',"
                  " 'employees': 12.5}]}", code,
                  "organisations[0].employees: expected a whole number");
  assert_refused ("{" HEADER ", 'organisations': [{'id': 's', 'name': 'S', 'kind': 'company',"
                  " 'employees': -3}]}", WIJK_JSON_ERROR_INVALID,
                  "organisations[0].employees: -3 is less than 0");
  assert_refused ("{" HEADER ", 'organisations': [{'id': 's', 'name': 'S', 'kind': 'company',"
                  " 'employees': 1e300}]}", code,
                  "organisations[0].employees: expected a whole number");
  assert_refused ("{" HEADER ", 'organisations': [{'id': 's', 'name': 'S', 'kind': 'company',"
                  " 'illustrative': 'yes'}]}", code,
                  "organisations[0].illustrative: expected true or false");
  assert_refused ("{" HEADER ", 'actions': [{'id': 'a', 'type': 'solar_pv',"
                  " 'params': {'kwp': '250'}, 'owners': []}]}", code,
                  "actions[0].params.kwp: expected a number");
  assert_refused ("{" HEADER ", 'actions': [{'id': 'a', 'type': 'solar_pv',"
                  " 'params': [], 'owners': []}]}", code,
                  "actions[0].params: expected an object");
  assert_refused ("{" HEADER ", 'actions': [{'id': 'a', 'type': 'solar_pv',"
                  " 'params': {}, 'owners': {}}]}", code,
                  "actions[0].owners: expected an array");
  assert_refused ("{" HEADER ", 'actions': [{'id': 'a', 'type': 'solar_pv', 'start_year': 2027.5,"
                  " 'params': {}, 'owners': []}]}", code,
                  "actions[0].start_year: expected a whole number");
  assert_refused ("{" HEADER ", 'factors': {'grid_kg_co2_per_kwh': 'high'}}", code,
                  "factors.grid_kg_co2_per_kwh: expected a number or an object");
  assert_refused ("{" HEADER ", 'factors': {'solar_pv_price_tiers': 800}}", code,
                  "factors.solar_pv_price_tiers: expected a price-tier table (an array) "
                  "or an object");
  assert_refused ("{" HEADER ", 'factors': {'solar_pv_price_tiers': [{'min_quantity': 0,"
                  " 'unit_price_eur': null}]}}", WIJK_JSON_ERROR_MISSING,
                  "factors.solar_pv_price_tiers[0]: missing required key “unit_price_eur”");
}

static void
test_missing_keys (void)
{
  int code = WIJK_JSON_ERROR_MISSING;

  assert_refused ("{'format': 'wijkpact-workshop', 'version': 1}", code,
                  "missing required key “workshop”");
  assert_refused ("{'format': 'wijkpact-workshop', 'version': 1, 'workshop': {"
                  " 'discount_rate': 0, 'baseline_t_co2_per_year': 1,"
                  " 'target_t_co2_per_year': 1}}", code,
                  "workshop: missing required key “name”");
  assert_refused ("{'format': 'wijkpact-workshop', 'version': 1, 'workshop': {'name': 'x',"
                  " 'discount_rate': 0, 'target_t_co2_per_year': 1}}", code,
                  "workshop: missing required key “baseline_t_co2_per_year”");
  assert_refused ("{" HEADER ", 'organisations': [{'id': 's', 'name': 'S', 'kind': 'company'},"
                  " {'id': 't', 'name': 'T'}]}", code,
                  "organisations[1]: missing required key “kind”");
  assert_refused ("{" HEADER ", 'organisations': [{'name': 'S', 'kind': 'company'}]}", code,
                  "organisations[0]: missing required key “id”");
  assert_refused ("{" HEADER ", 'actions': [{'id': 'a', 'type': 'solar_pv', 'params': {}}]}",
                  code, "actions[0]: missing required key “owners”");
  assert_refused ("{" HEADER ", 'actions': [{'id': 'a', 'type': 'solar_pv', 'owners': []}]}",
                  code, "actions[0]: missing required key “params”");
  assert_refused ("{" HEADER ", 'actions': [{'type': 'solar_pv', 'params': {}, 'owners': []}]}",
                  code, "actions[0]: missing required key “id”");
  assert_refused ("{" HEADER ", 'plots': [{'id': 'p'}]}", code,
                  "plots[0]: missing required key “geometry”");
  assert_refused ("{" HEADER ", " ORGS ", 'actions': [{'id': 'a', 'type': 'solar_pv',"
                  " 'params': {}, 'owners': [],"
                  " 'financing': [{'kind': 'loan', 'amount_eur': 5}]}]}", code,
                  "actions[0].financing[0]: missing required key “id”");
}

static void
test_duplicates (void)
{
  int code = WIJK_JSON_ERROR_DUPLICATE;

  assert_refused ("{" HEADER ", 'organisations': ["
                  " {'id': 'siemens', 'name': 'S', 'kind': 'company'},"
                  " {'id': 'siemens', 'name': 'S2', 'kind': 'company'}]}", code,
                  "organisations[1].id: duplicate id “siemens” (also at organisations[0])");
  assert_refused ("{" HEADER ", 'actions': [{'id': 'a', 'type': 'trees', 'params': {},"
                  " 'owners': []}, {'id': 'b', 'type': 'trees', 'params': {}, 'owners': []},"
                  " {'id': 'a', 'type': 'trees', 'params': {}, 'owners': []}]}", code,
                  "actions[2].id: duplicate id “a” (also at actions[0])");
  /* Financing lines are unique across the whole workshop. */
  assert_refused ("{" HEADER ", 'actions': [{'id': 'a', 'type': 'trees', 'params': {},"
                  " 'owners': [], 'financing': [{'id': 'f', 'kind': 'subsidy'}]},"
                  " {'id': 'b', 'type': 'trees', 'params': {}, 'owners': [],"
                  " 'financing': [{'id': 'f', 'kind': 'subsidy'}]}]}", code,
                  "actions[1].financing[0].id: duplicate id “f” "
                  "(also at actions[0].financing[0])");
}

static void
test_references (void)
{
  int code = WIJK_JSON_ERROR_REFERENCE;

  assert_refused ("{" HEADER ", " ORGS ", 'actions': ["
                  " {'id': 'a0', 'type': 'trees', 'params': {}, 'owners': []},"
                  " {'id': 'a1', 'type': 'trees', 'params': {}, 'owners': []},"
                  " {'id': 'a2', 'type': 'trees', 'params': {}, 'owners': [{'org': 'sony'}]}]}",
                  code, "actions[2].owners[0].org: no organisation “sony”");
  assert_refused ("{" HEADER ", " ORGS ", 'actions': [{'id': 'a', 'type': 'solar_pv',"
                  " 'params': {}, 'owners': [], 'purchase_group': 'pv'}]}", code,
                  "actions[0].purchase_group: no purchase group “pv”");
  assert_refused ("{" HEADER ", " ORGS ", 'plots': [{'id': 'p', 'owner': 'nikon',"
                  " 'geometry': {'type': 'Polygon', 'coordinates': [[[0, 0], [1, 0], [1, 1],"
                  " [0, 0]]]}}]}", code, "plots[0].owner: no organisation “nikon”");
  assert_refused ("{" HEADER ", 'comments': [{'id': 'c', 'action': 'a9', 'text': 'hi'}]}", code,
                  "comments[0].action: no action “a9”");
  assert_refused ("{" HEADER ", " ORGS ", 'actions': [{'id': 'a', 'type': 'trees',"
                  " 'params': {}, 'owners': []}], 'approvals': [{'id': 'p', 'action': 'a',"
                  " 'org': 'imec'}]}", code, "approvals[0].org: no organisation “imec”");
  assert_refused ("{" HEADER ", 'signatures': [{'id': 's', 'org': 'imec',"
                  " 'signer_name': 'X'}]}", code, "signatures[0].org: no organisation “imec”");
  assert_refused ("{" HEADER ", " ORGS ", 'actions': [{'id': 'a', 'type': 'trees',"
                  " 'params': {}, 'owners': [],"
                  " 'financing': [{'id': 'f', 'kind': 'own_funds', 'org': 'sony'}]}]}", code,
                  "actions[0].financing[0].org: no organisation “sony”");
}

static void
test_invalid_values (void)
{
  int code = WIJK_JSON_ERROR_INVALID;
  g_autoptr(GError) error = NULL;
  g_autoptr(WijkWorkshop) ws = NULL;

  assert_refused ("{" HEADER ", 'organisations': [{'id': 's', 'name': 'S', 'kind': 'firm'}]}",
                  code, "organisations[0].kind: unknown value “firm” (expected one of "
                  "company, research, public, association, school)");
  assert_refused ("{" HEADER ", 'actions': [{'id': 'a', 'type': 'solar', 'params': {},"
                  " 'owners': []}]}", code, "actions[0].type: unknown action type “solar”");
  assert_refused ("{" HEADER ", 'actions': [{'id': 'a', 'type': 'trees', 'status': 'done',"
                  " 'params': {}, 'owners': []}]}", code,
                  "actions[0].status: unknown value “done” (expected one of "
                  "idea, draft, agreed, signed)");
  /* Ranges come from wijk-validate.h, behind the record's path. */
  assert_refused ("{" HEADER ", " ORGS ", 'actions': [{'id': 'a1', 'type': 'solar_pv',"
                  " 'title': 'PV on hall 3', 'params': {'kwp': -5}, 'owners': []}]}", code,
                  "actions[0]: Action “PV on hall 3”: parameter “kwp” is -5, outside 0–100000");
  assert_refused ("{" HEADER ", " ORGS ", 'actions': [{'id': 'a1', 'type': 'solar_pv',"
                  " 'title': 'PV', 'params': {'kwp': 1e999}, 'owners': []}]}", code,
                  "actions[0]: Action “PV”: parameter “kwp” is inf, not a finite number");
  assert_refused ("{" HEADER ", " ORGS ", 'actions': [{'id': 'a1', 'type': 'solar_pv',"
                  " 'title': 'PV', 'params': {}, 'owners': [{'org': 'siemens',"
                  " 'cost_share': 1.5}]}]}", code,
                  "actions[0]: Action “PV”: “owners.cost_share” is 1.5, outside 0–1");
  assert_refused ("{'format': 'wijkpact-workshop', 'version': 1, 'workshop': {'name': 'x',"
                  " 'discount_rate': 0.04, 'baseline_t_co2_per_year': -1,"
                  " 'target_t_co2_per_year': 1}}", code,
                  "workshop: Workshop: “baseline_t_co2_per_year” is -1, outside 0–"
                  "1.79769e+308");

  /* Shares must sum to 1 from agreed on, not before. */
  ws = load ("{" HEADER ", " ORGS ", 'actions': [{'id': 'a1', 'type': 'solar_pv',"
             " 'title': 'PV', 'status': 'draft', 'params': {}, 'owners': ["
             " {'org': 'siemens', 'cost_share': 0.5, 'benefit_share': 1},"
             " {'org': 'leuven', 'cost_share': 0.4}]}]}", &error);
  g_assert_no_error (error);
  g_clear_pointer (&ws, wijk_workshop_free);
  ws = load ("{" HEADER ", " ORGS ", 'actions': [{'id': 'a1', 'type': 'solar_pv',"
             " 'title': 'PV', 'status': 'agreed', 'params': {}, 'owners': ["
             " {'org': 'siemens', 'cost_share': 0.5, 'benefit_share': 1},"
             " {'org': 'leuven', 'cost_share': 0.4}]}]}", &error);
  g_assert_null (ws);
  g_assert_error (error, WIJK_JSON_ERROR, code);
  g_assert_cmpstr (error->message, ==, "actions[0]: Action “PV”: cost shares add up to 90 %, "
                   "not 100 %");
  g_clear_error (&error);

  /* A purchase group must bundle the action's type. */
  ws = load ("{" HEADER ", 'actions': [{'id': 'a1', 'type': 'trees', 'title': 'T',"
             " 'params': {}, 'owners': [], 'purchase_group': 'g'}],"
             " 'purchase_groups': [{'id': 'g', 'type': 'solar_pv'}]}", &error);
  g_assert_error (error, WIJK_JSON_ERROR, code);
  g_assert_true (g_str_has_prefix (error->message, "actions[0]: "));
  g_clear_error (&error);

  /* Geometry errors carry the path into the geometry. */
  assert_refused ("{" HEADER ", 'plots': [{'id': 'p', 'geometry': {'type': 'Polygon',"
                  " 'coordinates': [[[0, 0], [1, 0], [1, 1], [0, 1]]]}}]}", code,
                  "plots[0].geometry.coordinates[0]: the ring is not closed "
                  "(its last position must repeat the first)");
  assert_refused ("{" HEADER ", 'actions': [{'id': 'a', 'type': 'trees', 'params': {},"
                  " 'owners': [], 'location': {'type': 'Point', 'coordinates': [4.7, 95]}}]}",
                  code, "actions[0].location.coordinates[1]: latitude 95 is outside [−90, 90]");
  /* Price tiers must ascend. */
  ws = load ("{" HEADER ", 'factors': {'solar_pv_price_tiers': [{'min_quantity': 100,"
             " 'unit_price_eur': 700}, {'min_quantity': 0, 'unit_price_eur': 850}]}}", &error);
  g_assert_error (error, WIJK_JSON_ERROR, code);
  g_assert_true (g_str_has_prefix (error->message, "factors.solar_pv_price_tiers: "));
}

/* Damaged documents: every load either gives a valid workshop that
 * exports stably, or an error with a message; never a crash (the suite
 * also runs under AddressSanitizer). */
static void
test_mutations (void)
{
  g_autofree char *original = json (full);
  gsize len = strlen (original);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260101);
  static const char noise[] = "{}[]\",:0123456789.eE-+tfn\\ \x01\xff";
  guint n_loaded = 0;

  for (guint round = 0; round < 3000; round++)
    {
      g_autofree char *text = g_strdup (original);
      g_autoptr(GError) error = NULL;
      g_autoptr(WijkWorkshop) ws = NULL;
      gsize at = g_rand_int_range (rand, 0, len);
      gsize n = g_rand_int_range (rand, 1, 12);
      gsize text_len = len;

      n = MIN (n, len - at);
      switch (g_rand_int_range (rand, 0, 3))
        {
        case 0:   /* overwrite with JSON-ish bytes, a control character, a byte
                   * that is not UTF-8 and a nul */
          for (gsize i = 0; i < n; i++)
            text[at + i] = noise[g_rand_int_range (rand, 0, sizeof noise)];
          break;
        case 1:   /* delete */
          memmove (text + at, text + at + n, len - at - n + 1);
          text_len = len - n;
          break;
        default:  /* cut short */
          text_len = at;
          break;
        }

      ws = wijk_workshop_json_load (text, text_len, &error);
      g_assert_true ((ws == NULL) != (error == NULL));
      if (ws == NULL)
        {
          g_assert_true (error->domain == WIJK_JSON_ERROR);
          g_assert_cmpuint (strlen (error->message), >, 0);
        }
      else
        {
          g_autofree char *first = wijk_workshop_json_dump (ws);
          g_autoptr(WijkWorkshop) again = wijk_workshop_json_load (first, strlen (first), &error);
          g_autofree char *second = NULL;

          g_assert_no_error (error);
          second = wijk_workshop_json_dump (again);
          g_assert_cmpstr (first, ==, second);
          n_loaded++;
        }
    }
  /* Some mutations land in free text and still load. */
  g_test_message ("%u of 3000 damaged documents loaded", n_loaded);
  g_assert_cmpuint (n_loaded, >, 0);
}

static void
test_load_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("wijk-json-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *text = json (minimal);
  g_autoptr(WijkWorkshop) ws = NULL;

  g_assert_no_error (error);
  path = g_build_filename (dir, "w.json", NULL);
  ws = wijk_workshop_json_load_file (path, &error);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (path, text, -1, &error));
  ws = wijk_workshop_json_load_file (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ws->name, ==, "Haasrode");

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/wijk/workshop-json/minimal-defaults", test_minimal_defaults);
  g_test_add_func ("/wijk/workshop-json/missing-param-and-title", test_missing_param_and_title);
  g_test_add_func ("/wijk/workshop-json/full-round-trip", test_full_round_trip);
  g_test_add_func ("/wijk/workshop-json/exact-numbers", test_exact_numbers);
  g_test_add_func ("/wijk/workshop-json/export-fills-defaults", test_export_fills_defaults);
  g_test_add_func ("/wijk/workshop-json/layout", test_layout);
  g_test_add_func ("/wijk/workshop-json/errors/parse-and-format", test_parse_and_format_errors);
  g_test_add_func ("/wijk/workshop-json/errors/unknown-keys", test_unknown_keys);
  g_test_add_func ("/wijk/workshop-json/errors/wrong-types", test_wrong_types);
  g_test_add_func ("/wijk/workshop-json/errors/missing-keys", test_missing_keys);
  g_test_add_func ("/wijk/workshop-json/errors/duplicates", test_duplicates);
  g_test_add_func ("/wijk/workshop-json/errors/references", test_references);
  g_test_add_func ("/wijk/workshop-json/errors/invalid-values", test_invalid_values);
  g_test_add_func ("/wijk/workshop-json/mutations", test_mutations);
  g_test_add_func ("/wijk/workshop-json/load-file", test_load_file);

  return g_test_run ();
}
