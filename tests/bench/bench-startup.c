/* bench-startup.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Time from process start to the first frame of the main window (with the
 * map, the bundled workshop's layers and the figures drawn), next to a bare
 * GTK + libadwaita + libshumate window that this program builds itself, in
 * the same run; and the peak memory of both.
 *
 * Budget (PRODUCT.md §7): wijkpact's median ≤ 1.25 × the bare window's
 * median; its peak RSS ≤ 40 MiB above the bare window's.
 *
 * Both run with the font settings of a GNOME session (Cantarell 11, slight
 * hinting, greyscale antialiasing), which a GNOME desktop's settings daemon
 * announces and a bare X server does not: without them GTK falls back to
 * DejaVu Sans with full hinting, a set-up no GNOME user has, where every
 * new size of a font runs its hinting program.
 *
 *   xvfb-run -a -s "-screen 0 1280x800x24" build/tests/bench/bench-startup build/src/wijkpact
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <errno.h>
#include <shumate/shumate.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#define TIME_BUDGET 1.25
#define MEMORY_BUDGET_MIB 40.0
#define DEFAULT_RUNS 11

typedef struct
{
  double seconds;
  double peak_rss_mib;
} Sample;

static void
on_after_paint (GdkFrameClock *clock,
                gpointer       user_data)
{
  GApplication *app = user_data;

  g_print ("FIRST_FRAME %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  fflush (stdout);
  g_signal_handlers_disconnect_by_func (clock, on_after_paint, user_data);
  g_application_quit (app);
}

static void
on_map (GtkWidget *window,
        gpointer   user_data)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), user_data);
}

static void
bare_activate (GtkApplication *app)
{
  GtkWidget *window = adw_application_window_new (app);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *map = GTK_WIDGET (shumate_simple_map_new ());
  ShumateViewport *viewport = shumate_simple_map_get_viewport (SHUMATE_SIMPLE_MAP (map));

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 720);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_widget_set_vexpand (map, TRUE);
  shumate_location_set_location (SHUMATE_LOCATION (viewport), 50.850, 4.727);
  shumate_viewport_set_zoom_level (viewport, 15);
  gtk_box_append (GTK_BOX (box), map);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  g_signal_connect (window, "map", G_CALLBACK (on_map), app);
  gtk_window_present (GTK_WINDOW (window));
}

static int
run_bare_window (void)
{
  g_autoptr(AdwApplication) app =
    adw_application_new ("io.github.wijkpact.BenchBare", G_APPLICATION_NON_UNIQUE);

  g_signal_connect (app, "activate", G_CALLBACK (bare_activate), NULL);
  return g_application_run (G_APPLICATION (app), 0, NULL);
}

/* Starts ARGV, reads the child's FIRST_FRAME line and its peak RSS. */
static gboolean
measure (char   **argv,
         char   **envp,
         Sample  *sample)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GIOChannel) channel = NULL;
  g_autofree char *line = NULL;
  struct rusage usage;
  GPid pid;
  int out_fd;
  int status;
  gint64 start;
  gint64 frame = 0;

  start = g_get_monotonic_time ();
  if (!g_spawn_async_with_pipes (NULL, argv, envp, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                                 &pid, NULL, &out_fd, NULL, &error))
    {
      g_printerr ("bench-startup: cannot start %s: %s\n", argv[0], error->message);
      return FALSE;
    }

  channel = g_io_channel_unix_new (out_fd);
  g_io_channel_set_close_on_unref (channel, TRUE);
  while (g_io_channel_read_line (channel, &line, NULL, NULL, NULL) == G_IO_STATUS_NORMAL)
    {
      if (g_str_has_prefix (line, "FIRST_FRAME "))
        frame = g_ascii_strtoll (line + strlen ("FIRST_FRAME "), NULL, 10);
      g_clear_pointer (&line, g_free);
    }

  while (wait4 (pid, &status, 0, &usage) < 0)
    {
      if (errno != EINTR)
        return FALSE;
    }

  if (frame == 0 || !WIFEXITED (status) || WEXITSTATUS (status) != 0)
    {
      g_printerr ("bench-startup: %s did not report its first frame (status %d)\n",
                  argv[0], status);
      return FALSE;
    }

  sample->seconds = (frame - start) / 1e6;
  sample->peak_rss_mib = usage.ru_maxrss / 1024.0;   /* ru_maxrss is in KiB */
  return TRUE;
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

/* A settings.ini with GNOME's default font settings, in a configuration
 * folder of its own. */
static gboolean
write_gnome_settings (const char *config_home)
{
  static const char settings[] =
    "[Settings]\n"
    "gtk-font-name=Cantarell 11\n"
    "gtk-xft-antialias=1\n"
    "gtk-xft-hinting=1\n"
    "gtk-xft-hintstyle=hintslight\n"
    "gtk-xft-rgba=none\n";
  g_autofree char *dir = g_build_filename (config_home, "gtk-4.0", NULL);
  g_autofree char *path = g_build_filename (dir, "settings.ini", NULL);
  g_autoptr(GError) error = NULL;

  if (g_mkdir_with_parents (dir, 0700) != 0
      || !g_file_set_contents (path, settings, -1, &error))
    {
      g_printerr ("bench-startup: cannot write %s: %s\n", path,
                  error != NULL ? error->message : g_strerror (errno));
      return FALSE;
    }
  return TRUE;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median_of (Sample *samples,
           guint   n,
           gboolean memory)
{
  g_autofree double *values = g_new (double, n);

  for (guint i = 0; i < n; i++)
    values[i] = memory ? samples[i].peak_rss_mib : samples[i].seconds;
  qsort (values, n, sizeof (double), compare_doubles);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *self = NULL;
  g_autofree char *data_home = NULL;
  g_autofree char *config_home = NULL;
  g_autoptr(GTestDBus) bus = NULL;
  g_auto(GStrv) envp = NULL;
  g_autofree Sample *bare = NULL;
  g_autofree Sample *app = NULL;
  const char *app_path;
  guint runs = DEFAULT_RUNS;
  double bare_time, app_time, bare_rss, app_rss;
  gboolean ok;

  if (argc > 1 && strcmp (argv[1], "--bare-window") == 0)
    return run_bare_window ();

  if (argc < 2)
    {
      g_printerr ("usage: %s PATH-TO-WIJKPACT [RUNS]\n", argv[0]);
      return 2;
    }
  app_path = argv[1];
  if (argc > 2)
    runs = MAX (1, atoi (argv[2]));

  self = g_file_read_link ("/proc/self/exe", NULL);
  data_home = g_dir_make_tmp ("wijk-bench-startup-XXXXXX", NULL);
  if (data_home == NULL)
    return 1;
  config_home = g_build_filename (data_home, "config", NULL);
  if (!write_gnome_settings (config_home))
    return 1;

  /* A desktop session always has a session bus. Without one, each
   * GApplication would have one started for it through X11 autolaunch,
   * which costs more than the rest of its start-up and differs from run to
   * run: both windows get a private bus instead. */
  if (g_getenv ("DBUS_SESSION_BUS_ADDRESS") == NULL)
    {
      /* g_test_dbus_up() unsets DISPLAY, which the windows need. */
      g_autofree char *display = g_strdup (g_getenv ("DISPLAY"));

      bus = g_test_dbus_new (G_TEST_DBUS_NONE);
      g_test_dbus_up (bus);
      if (display != NULL)
        g_setenv ("DISPLAY", display, TRUE);
    }
  envp = g_get_environ ();
  envp = g_environ_setenv (envp, "WIJK_BENCH_FIRST_FRAME", "1", TRUE);
  envp = g_environ_setenv (envp, "XDG_DATA_HOME", data_home, TRUE);
  envp = g_environ_setenv (envp, "XDG_CONFIG_HOME", config_home, TRUE);
  envp = g_environ_setenv (envp, "GSETTINGS_BACKEND", "memory", TRUE);
  envp = g_environ_setenv (envp, "GSK_RENDERER", "cairo", FALSE);
  /* The application's settings schema, compiled in the build tree. */
  envp = g_environ_setenv (envp, "GSETTINGS_SCHEMA_DIR", WIJK_BUILD_SCHEMA_DIR, FALSE);
  envp = g_environ_setenv (envp, "NO_AT_BRIDGE", "1", TRUE);

  bare = g_new0 (Sample, runs);
  app = g_new0 (Sample, runs);

  {
    /* One warm-up of each: font and icon caches, and the bundled workshop
     * file that the first start of the app creates. */
    char *bare_argv[] = { self, (char *) "--bare-window", NULL };
    char *app_argv[] = { (char *) app_path, NULL };
    Sample warm;

    if (!measure (bare_argv, envp, &warm) || !measure (app_argv, envp, &warm))
      return 1;

    for (guint i = 0; i < runs; i++)
      {
        if (!measure (bare_argv, envp, &bare[i]) || !measure (app_argv, envp, &app[i]))
          return 1;
      }
  }

  bare_time = median_of (bare, runs, FALSE);
  app_time = median_of (app, runs, FALSE);
  bare_rss = median_of (bare, runs, TRUE);
  app_rss = median_of (app, runs, TRUE);

  g_print ("runs: %u (after one warm-up each)\n", runs);
  g_print ("bare GTK + libadwaita + libshumate window: first frame %.3f s, peak RSS %.1f MiB\n",
           bare_time, bare_rss);
  g_print ("wijkpact with the bundled workshop:        first frame %.3f s, peak RSS %.1f MiB\n",
           app_time, app_rss);
  g_print ("time:   %.3f s, budget <= %.2f x %.3f s = %.3f s: %s\n",
           app_time, TIME_BUDGET, bare_time, TIME_BUDGET * bare_time,
           app_time <= TIME_BUDGET * bare_time ? "met" : "MISSED");
  g_print ("memory: %.1f MiB, budget <= %.1f + %.0f MiB = %.1f MiB: %s\n",
           app_rss, bare_rss, MEMORY_BUDGET_MIB, bare_rss + MEMORY_BUDGET_MIB,
           app_rss <= bare_rss + MEMORY_BUDGET_MIB ? "met" : "MISSED");

  ok = app_time <= TIME_BUDGET * bare_time && app_rss <= bare_rss + MEMORY_BUDGET_MIB;
  if (bus != NULL)
    g_test_dbus_down (bus);
  remove_tree (data_home);
  return ok ? 0 : 1;
}
