/* test-workshop.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "wijk-workshop.h"

static void
test_enum_round_trip (void)
{
  for (guint i = 0; i < WIJK_N_THEMES; i++)
    {
      WijkTheme theme;

      g_assert_true (wijk_theme_from_string (wijk_theme_to_string (i), &theme));
      g_assert_cmpuint (theme, ==, i);
      g_assert_nonnull (wijk_theme_get_label (i));
    }
  for (guint i = 0; i < WIJK_N_ROLES; i++)
    {
      WijkRole role;

      g_assert_true (wijk_role_from_string (wijk_role_to_string (i), &role));
      g_assert_cmpuint (role, ==, i);
    }
  g_assert_false (wijk_status_from_string ("finished", &(WijkStatus) { 0 }));
  g_assert_false (wijk_org_kind_from_string (NULL, &(WijkOrgKind) { 0 }));
}

static void
test_deep_copy (void)
{
  g_autoptr(WijkWorkshop) workshop = wijk_workshop_new ();
  g_autoptr(WijkWorkshop) copy = NULL;
  WijkAction *action = wijk_action_new ("a1", "solar_pv");
  WijkOwner *owner = wijk_owner_new ("siemens");
  WijkPlot *plot = wijk_plot_new ("p1");
  GArray *ring = g_array_new (FALSE, FALSE, sizeof (WijkLonLat));
  GPtrArray *part = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  WijkLonLat corners[] = { { 4.71, 50.84 }, { 4.72, 50.84 }, { 4.72, 50.85 }, { 4.71, 50.84 } };
  WijkAction *found;

  g_array_append_vals (ring, corners, G_N_ELEMENTS (corners));
  g_ptr_array_add (part, ring);
  plot->geometry = wijk_geometry_new (WIJK_GEOMETRY_POLYGON);
  g_ptr_array_add (plot->geometry->parts, part);
  g_ptr_array_add (workshop->plots, plot);

  owner->cost_share = 0.6;
  g_ptr_array_add (action->owners, owner);
  action->params[0] = 250;
  action->location = wijk_geometry_new_point (4.72, 50.85);
  g_ptr_array_add (workshop->actions, action);

  copy = wijk_workshop_copy (workshop);
  found = wijk_workshop_find_action (copy, "a1");
  g_assert_nonnull (found);
  g_assert_true (found != action);
  g_assert_cmpfloat (found->params[0], ==, 250);
  g_assert_cmpstr (((WijkOwner *) g_ptr_array_index (found->owners, 0))->org_id, ==, "siemens");
  g_assert_true (wijk_geometry_equal (found->location, action->location));
  g_assert_true (wijk_geometry_equal (wijk_workshop_find_plot (copy, "p1")->geometry,
                                      plot->geometry));
  g_assert_cmpstr (copy->uuid, ==, workshop->uuid);
  g_assert_null (wijk_workshop_find_action (copy, "a2"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/wijk/workshop/enum-round-trip", test_enum_round_trip);
  g_test_add_func ("/wijk/workshop/deep-copy", test_deep_copy);

  return g_test_run ();
}
