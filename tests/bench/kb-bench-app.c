/* Benchmarks of the GTK side (run under a display, e.g. xvfb-run): kb-bench-app COMMAND.
 *   startup [RUNS=7] [DECK]  start → first card on screen, beside a bare GTK 4 window
 *   animation [N=100] [DECK] frames and dropped frames during N draw animations at 1920×1080
 *   memory [N=1000] [DECK]   resident memory after N cards shown
 * Figures are printed as "name value" lines, for the issue notes; nothing is asserted. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kb-application.h"
#include "kb-card-view.h"
#include "kb-locale.h"
#include "kb-play-page.h"
#include "kb-window.h"

static const char *default_deck = SOURCE_CARDS_DIR "/eigen-schroom.json";

static double
rss_mb (void)
{
  g_autofree char *status = NULL;
  char *line;

  g_autoptr(GError) error = NULL;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, &error))
    {
      g_printerr ("cannot read the memory figures: %s\n", error->message);
      return 0;
    }
  line = strstr (status, "VmRSS:");
  return line != NULL ? g_ascii_strtoull (line + 6 + strspn (line + 6, " \t"), NULL, 10) / 1024.0
                      : 0;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

static void
spin_until (gboolean *flag)
{
  while (!*flag)
    g_main_context_iteration (NULL, TRUE);
}

static void
after_paint (GdkFrameClock *clock,
             gpointer       user_data)
{
  gboolean *painted = user_data;
  *painted = TRUE;
}

/* The child of "startup": shows a card (or a bare window) and prints the monotonic time of
 * its first frame; the parent took the time just before it spawned us. */
static int
child_first_frame (const char *what,
                   const char *deck_path)
{
  gboolean painted = FALSE;
  GtkWindow *window;

  kb_locale_init ();
  gtk_init ();
  if (g_str_equal (what, "bare"))
    {
      window = GTK_WINDOW (gtk_window_new ());
      gtk_window_set_default_size (window, 1920, 1080);
    }
  else
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GFile) file = g_file_new_for_path (deck_path);
      KbApplication *app = kb_application_new (G_APPLICATION_NON_UNIQUE);

      g_application_register (G_APPLICATION (app), NULL, &error);
      window = GTK_WINDOW (kb_window_new (app));
      gtk_window_set_default_size (window, 1920, 1080);
      if (!kb_window_open_file (KB_WINDOW (window), file))
        return 1;
      kb_session_next (kb_play_page_get_session (kb_window_get_play_page (KB_WINDOW (window))));
    }
  gtk_window_present (window);
  gtk_widget_realize (GTK_WIDGET (window));
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                    G_CALLBACK (after_paint), &painted);
  spin_until (&painted);
  g_print ("%" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  return 0;
}

static double
time_child (const char *self_path,
            const char *what,
            const char *deck)
{
  const char *argv[] = { self_path, "--child", what, deck, NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL,
                     &status, &error) || !g_spawn_check_wait_status (status, NULL))
    {
      g_printerr ("%s failed: %s\n", what, error ? error->message : "exit status");
      exit (1);
    }
  return (g_ascii_strtoll (out, NULL, 10) - start) / 1000.0;
}

static int
bench_startup (const char *self_path,
               int         runs,
               const char *deck)
{
  g_autofree double *bare = g_new (double, runs);
  g_autofree double *card = g_new (double, runs);

  /* Side by side in the same run, so a busy machine weighs on both alike. */
  for (int r = 0; r < runs; r++)
    {
      bare[r] = time_child (self_path, "bare", deck);
      card[r] = time_child (self_path, "card", deck);
    }
  g_print ("startup.runs                 %8d\n", runs);
  g_print ("startup.bare_gtk_window_ms   %8.1f\n", median (bare, runs));
  g_print ("startup.first_card_ms        %8.1f\n", median (card, runs));
  return 0;
}

typedef struct
{
  gint64 last;
  GArray *intervals;          /* double, ms between two painted frames */
} FrameLog;

static void
log_frame (GdkFrameClock *clock,
           FrameLog      *log)
{
  gint64 now = gdk_frame_clock_get_frame_time (clock);

  if (log->last != 0)
    {
      double ms = (now - log->last) / 1000.0;
      g_array_append_val (log->intervals, ms);
    }
  log->last = now;
}

static void
wait_ms (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static KbWindow *
open_window (const char *deck_path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (deck_path);
  KbApplication *app = kb_application_new (G_APPLICATION_NON_UNIQUE);
  KbWindow *window;
  gboolean painted = FALSE;
  gulong handler;

  g_application_register (G_APPLICATION (app), NULL, &error);
  window = kb_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1920, 1080);
  gtk_window_present (GTK_WINDOW (window));
  if (!kb_window_open_file (window, file))
    exit (1);
  gtk_widget_realize (GTK_WIDGET (window));
  handler = g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                              G_CALLBACK (after_paint), &painted);
  spin_until (&painted);
  /* @painted lives on this stack frame: no frame may write to it once we return. */
  g_signal_handler_disconnect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), handler);
  return window;
}

static int
bench_animation (int         n,
                 const char *deck)
{
  KbWindow *window = open_window (deck);
  KbSession *session = kb_play_page_get_session (kb_window_get_play_page (window));
  FrameLog log = { 0, g_array_new (FALSE, FALSE, sizeof (double)) };
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  guint dropped = 0;
  double worst = 0;

  g_signal_connect (clock, "after-paint", G_CALLBACK (log_frame), &log);
  for (int i = 0; i < n; i++)
    {
      if (!kb_session_next (session))
        {
          kb_session_restart (session);
          kb_session_next (session);
        }
      wait_ms (350);    /* one animation (280 ms) and a little rest */
      log.last = 0;     /* the rest between animations is no dropped frame */
    }
  for (guint i = 0; i < log.intervals->len; i++)
    {
      double ms = g_array_index (log.intervals, double, i);
      /* A frame is dropped when more than one refresh (60 Hz) passed since the last. */
      dropped += ms > 1.5 * 1000.0 / 60 ? (guint) (ms / (1000.0 / 60)) - 1 : 0;
      worst = MAX (worst, ms);
    }
  g_print ("animation.count              %8d\n", n);
  g_print ("animation.frames             %8u\n", log.intervals->len);
  g_print ("animation.frames_dropped     %8u\n", dropped);
  g_print ("animation.worst_interval_ms  %8.1f\n", worst);
  g_print ("animation.cards_drawn        %8u\n",
           kb_card_view_get_n_rendered (kb_play_page_get_card_view (kb_window_get_play_page (
                                                                      window))));
  g_array_unref (log.intervals);
  return 0;
}

static int
bench_memory (int         n,
              const char *deck)
{
  KbWindow *window = open_window (deck);
  KbSession *session = kb_play_page_get_session (kb_window_get_play_page (window));
  double start = rss_mb (), after_100 = 0;

  for (int i = 0; i < n; i++)
    {
      if (!kb_session_next (session))
        kb_session_shuffle (session, (guint32) i);
      /* Let each card be drawn and its animation run out, as on a real screen. */
      wait_ms (30);
      if (i == 99)
        after_100 = rss_mb ();
    }
  g_print ("memory.cards_shown           %8d\n", n);
  g_print ("memory.rss_start_mb          %8.1f\n", start);
  g_print ("memory.rss_after_100_mb      %8.1f\n", after_100);
  g_print ("memory.rss_end_mb            %8.1f\n", rss_mb ());
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  const char *command = argc > 1 ? argv[1] : "";
  int count = argc > 2 ? atoi (argv[2]) : 0;
  const char *deck = argc > 3 ? argv[3] : default_deck;

  g_setenv ("XDG_STATE_HOME", g_get_tmp_dir (), FALSE);
  if (g_str_equal (command, "--child") && argc > 3)
    return child_first_frame (argv[2], argv[3]);

  if (g_str_equal (command, "startup"))
    return bench_startup (argv[0], count > 0 ? count : 7, deck);

  kb_locale_init ();
  gtk_init ();
  if (g_str_equal (command, "animation"))
    return bench_animation (count > 0 ? count : 100, deck);
  if (g_str_equal (command, "memory"))
    return bench_memory (count > 0 ? count : 1000, deck);

  g_printerr ("Usage: kb-bench-app startup [RUNS] [DECK] | animation [N] [DECK] | "
              "memory [N] [DECK]\n(under a display: xvfb-run -a)\n");
  return 2;
}
