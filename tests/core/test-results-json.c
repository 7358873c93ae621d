/* test-results-json.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "calc-fixtures.h"
#include "wijk-results-json.h"

static JsonObject *
parse (const char *text,
       JsonParser *parser)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);
  return json_node_get_object (json_parser_get_root (parser));
}

static JsonObject *
element (JsonObject *object,
         const char *array,
         guint       index)
{
  return json_array_get_object_element (json_object_get_array_member (object, array), index);
}

static void
test_example (void)
{
  g_autoptr(WijkWorkshop) ws = fixture_example ();
  g_autoptr(WijkImpact) impact = wijk_impact_new (ws);
  g_autofree char *text = wijk_results_to_json (impact, ws);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root = parse (text, parser);
  JsonObject *a1 = element (root, "actions", 0);
  JsonObject *siemens = element (root, "organisations", 0);
  JsonObject *group = element (root, "purchase_groups", 0);
  JsonObject *member = element (group, "members", 0);
  JsonObject *park = json_object_get_object_member (root, "park");
  const char *fixed_action[] = {
    "id", "co2_t_per_year", "co2_t_one_off", "co2_t_lifetime", "capex_eur",
    "net_savings_eur_per_year", "npv_eur", "npv_with_carbon_eur", "payback_years",
    "abatement_eur_per_t", "cobenefits",
  };
  g_autoptr(GList) members = json_object_get_members (a1);
  GList *l = members;

  /* The fixed keys come first, in the order of PRODUCT.md §3. */
  for (guint i = 0; i < G_N_ELEMENTS (fixed_action); i++, l = l->next)
    g_assert_cmpstr (l->data, ==, fixed_action[i]);

  /* The worked example (see test-impact.c for the arithmetic). */
  g_assert_cmpstr (json_object_get_string_member (a1, "id"), ==, "a1");
  assert_close (json_object_get_double_member (a1, "co2_t_per_year"), 33.75);
  assert_close (json_object_get_double_member (a1, "co2_t_one_off"), 0);
  assert_close (json_object_get_double_member (a1, "co2_t_lifetime"), 795.0133601);
  assert_close (json_object_get_double_member (a1, "capex_eur"), 175000);
  assert_close (json_object_get_double_member (a1, "net_savings_eur_per_year"), 34275);
  assert_close (json_object_get_double_member (a1, "npv_eur"), 331776.5874);
  assert_close (json_object_get_double_member (a1, "npv_with_carbon_eur"), 369411.4579);
  assert_close (json_object_get_double_member (a1, "payback_years"), 5.105762217);
  assert_close (json_object_get_double_member (a1, "abatement_eur_per_t"), -661.1752282);
  g_assert_cmpuint (json_object_get_size (json_object_get_object_member (a1, "cobenefits")),
                    ==, 0);
  g_assert_cmpstr (json_object_get_string_member (a1, "purchase_group"), ==, "pv-2027");

  g_assert_cmpstr (json_object_get_string_member (siemens, "id"), ==, "siemens");
  assert_close (json_object_get_double_member (siemens, "capex_eur"), 105000);
  assert_close (json_object_get_double_member (siemens, "net_savings_eur_per_year"), 20565);
  assert_close (json_object_get_double_member (siemens, "npv_eur"), 199065.9524);
  assert_close (json_object_get_double_member (siemens, "co2_t_per_year"), 20.25);

  g_assert_cmpstr (json_object_get_string_member (group, "id"), ==, "pv-2027");
  assert_close (json_object_get_double_member (group, "total_quantity"), 600);
  assert_close (json_object_get_double_member (group, "unit_price_eur"), 700);
  g_assert_cmpstr (json_object_get_string_member (member, "action"), ==, "a1");
  assert_close (json_object_get_double_member (member, "saving_eur"), 20000);
  /* Both committed: expected 600 kWp */
  assert_close (json_object_get_double_member (group, "expected_quantity"), 600);

  /* a1 + a2: 81 t/yr, 81 / 30000, 81 / 6300 */
  assert_close (json_object_get_double_member (park, "co2_t_per_year"), 81);
  assert_close (json_object_get_double_member (park, "share_of_baseline"), 0.0027);
  assert_close (json_object_get_double_member (park, "share_of_target"), 81.0 / 6300.0);
  assert_close (json_object_get_double_member (park, "capex_eur"), 420000);
  /* 2 × 34275 × (250 + 350) / 500: a1 34275, a2 350/250 × 34275 = 47985 */
  assert_close (json_object_get_double_member (park, "net_savings_eur_per_year"), 82260);
  g_assert_true (json_object_has_member (park, "themes"));
  g_assert_true (json_object_has_member (park, "macc"));
  g_assert_true (json_object_has_member (park, "investment_by_year"));
}

static void
test_null_and_precision (void)
{
  g_autoptr(WijkWorkshop) ws = fixture_workshop ();
  g_autoptr(WijkImpact) impact = NULL;
  g_autofree char *text = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root, *pave, *pv;
  const WijkActionResult *r;
  const char *saved = setlocale (LC_NUMERIC, NULL);
  g_autofree char *old_locale = g_strdup (saved);

  /* Depaving saves nothing and no CO2: payback and abatement are null;
   * stormwater 500 × 0.8 × 0.8 = 320 m³/yr. */
  fixture_add_action (ws, "pave", "depaving", 500.0, NAN);
  fixture_add_action (ws, "pv", "solar_pv", 123.456, 0.33, NAN);
  ws->baseline_t_co2_per_year = 0;
  impact = wijk_impact_new (ws);

  /* A locale with a decimal comma must not leak into the JSON. */
  if (setlocale (LC_NUMERIC, "nl_BE.UTF-8") == NULL)
    setlocale (LC_NUMERIC, "de_DE.UTF-8");
  text = wijk_results_to_json (impact, ws);
  setlocale (LC_NUMERIC, old_locale);

  root = parse (text, parser);
  pave = element (root, "actions", 0);
  g_assert_true (json_node_is_null (json_object_get_member (pave, "payback_years")));
  g_assert_true (json_node_is_null (json_object_get_member (pave, "abatement_eur_per_t")));
  assert_close (json_object_get_double_member (
                  json_object_get_object_member (pave, "cobenefits"), "stormwater_m3_per_year"),
                320);
  g_assert_true (json_node_is_null (json_object_get_member (
    json_object_get_object_member (root, "park"), "share_of_baseline")));

  /* Full precision: every figure reads back to the very same double. */
  pv = element (root, "actions", 1);
  r = wijk_impact_get_action_result (impact, 1);
  g_assert_cmpfloat (json_object_get_double_member (pv, "npv_eur"), ==, r->npv_eur);
  g_assert_cmpfloat (json_object_get_double_member (pv, "co2_t_lifetime"), ==, r->co2_t_lifetime);
  g_assert_cmpfloat (json_object_get_double_member (pv, "abatement_eur_per_t"), ==,
                     r->abatement_eur_per_t);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/wijk/results-json/example", test_example);
  g_test_add_func ("/wijk/results-json/null-and-precision", test_null_and_precision);

  return g_test_run ();
}
