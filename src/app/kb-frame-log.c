/* For the benchmarks (tests/bench), never for users: with KLETSBORDEN_FRAME_LOG=FILE set, every
 * window of the program writes one line per frame to FILE, from the frame clock's own
 * timings once they are complete:
 *   frame WINDOW COUNTER FRAME_TIME_US PRESENTATION_TIME_US REFRESH_INTERVAL_US
 * (times on the monotonic clock; a presentation time of 0: the display server did not say when
 * the frame reached the screen), and the steps of a start as they pass:
 *   mark WHAT TIME_US
 * The figures are computed outside the app (kb-bench-display). */
#define G_LOG_DOMAIN "kletsborden-frame-log"

#include "config.h"

#include <stdio.h>

#include "kb-frame-log.h"

typedef struct
{
  FILE *out;
  guint window;      /* the window's number, in the order they were realized */
  gint64 reported;   /* the next frame counter to write */
  gboolean painted;
} FrameLog;

static FILE *log_file;
static gboolean log_tried;
static guint n_windows;

/* Returns: (nullable): the log, opened on first use */
static FILE *
get_log (void)
{
  const char *path;

  if (log_tried)
    return log_file;
  log_tried = TRUE;
  path = g_getenv ("KLETSBORDEN_FRAME_LOG");
  if (path == NULL || *path == '\0')
    return NULL;
  log_file = fopen (path, "a");
  if (log_file == NULL)
    g_warning ("cannot write the frame log %s", path);
  return log_file;
}

/* Timings complete some frames later (when the compositor's presentation feedback arrives), so
 * each paint writes whatever completed since the last; GTK keeps a history of 16 frames. */
static void
after_paint (GdkFrameClock *clock,
             FrameLog      *log)
{
  gint64 current = gdk_frame_clock_get_frame_counter (clock);

  if (!log->painted)
    {
      log->painted = TRUE;
      fprintf (log->out, "mark first-paint-%u %" G_GINT64_FORMAT "\n", log->window,
               g_get_monotonic_time ());
    }
  log->reported = MAX (log->reported, gdk_frame_clock_get_history_start (clock));
  for (; log->reported <= current; log->reported++)
    {
      GdkFrameTimings *timings = gdk_frame_clock_get_timings (clock, log->reported);

      if (timings == NULL)
        continue;
      if (!gdk_frame_timings_get_complete (timings) && current - log->reported < 12)
        break;
      fprintf (log->out, "frame %u %" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT
               " %" G_GINT64_FORMAT "\n", log->window, log->reported,
               gdk_frame_timings_get_frame_time (timings),
               gdk_frame_timings_get_presentation_time (timings),
               gdk_frame_timings_get_refresh_interval (timings));
    }
  fflush (log->out);
}

static void
frame_log_free (gpointer  data,
                GClosure *closure)
{
  g_free (data);
}

static void
window_realized (GtkWidget *window)
{
  FrameLog *log = g_new0 (FrameLog, 1);

  log->out = log_file;
  log->window = n_windows++;
  g_signal_connect_data (gtk_widget_get_frame_clock (window), "after-paint",
                         G_CALLBACK (after_paint), log, frame_log_free, 0);
}

/* Every toplevel, not only the application's windows: the room's view is a window of its own. */
static void
toplevels_changed (GListModel *toplevels,
                   guint       position,
                   guint       removed,
                   guint       added)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (g_object_get_data (G_OBJECT (window), "kb-frame-log") != NULL)
        continue;
      g_object_set_data (G_OBJECT (window), "kb-frame-log", GINT_TO_POINTER (TRUE));
      if (gtk_widget_get_realized (window))
        window_realized (window);
      else
        g_signal_connect (window, "realize", G_CALLBACK (window_realized), NULL);
    }
}

void
kb_frame_log_install (void)
{
  static gboolean installed;
  GListModel *toplevels;

  if (installed || get_log () == NULL)
    return;
  installed = TRUE;
  toplevels = gtk_window_get_toplevels ();
  g_signal_connect (toplevels, "items-changed", G_CALLBACK (toplevels_changed), NULL);
  toplevels_changed (toplevels, 0, 0, g_list_model_get_n_items (toplevels));
}

/* A step of the start (or anything else worth a time), when the log is on; costs nothing else. */
void
kb_frame_log_mark (const char *what)
{
  FILE *out = get_log ();

  if (out == NULL)
    return;
  fprintf (out, "mark %s %" G_GINT64_FORMAT "\n", what, g_get_monotonic_time ());
  fflush (out);
}
