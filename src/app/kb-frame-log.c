/* For the benchmarks (tests/bench), never for users: with KLETSBORDEN_FRAME_LOG=FILE set, every
 * window of the program writes one line per frame to FILE, from the frame clock's own
 * timings once they are complete:
 *   frame WINDOW COUNTER FRAME_TIME_US PRESENTATION_TIME_US REFRESH_INTERVAL_US
 * (times on the monotonic clock; a presentation time of 0: the display server did not say when
 * the frame reached the screen). The figures are computed outside the app (kb-bench-display). */
#define G_LOG_DOMAIN "kletsborden-frame-log"

#include "config.h"

#include <stdio.h>

#include "kb-frame-log.h"

typedef struct
{
  FILE *out;
  guint window;      /* the window's number, in the order they were realized */
  gint64 reported;   /* the next frame counter to write */
} FrameLog;

static FILE *log_file;
static guint n_windows;

/* Timings complete some frames later (when the compositor's presentation feedback arrives), so
 * each paint writes whatever completed since the last; GTK keeps a history of 16 frames. */
static void
after_paint (GdkFrameClock *clock,
             FrameLog      *log)
{
  gint64 current = gdk_frame_clock_get_frame_counter (clock);

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
  const char *path = g_getenv ("KLETSBORDEN_FRAME_LOG");
  GListModel *toplevels;

  if (path == NULL || *path == '\0' || log_file != NULL)
    return;
  log_file = fopen (path, "a");
  if (log_file == NULL)
    {
      g_warning ("cannot write the frame log %s", path);
      return;
    }
  toplevels = gtk_window_get_toplevels ();
  g_signal_connect (toplevels, "items-changed", G_CALLBACK (toplevels_changed), NULL);
  toplevels_changed (toplevels, 0, 0, g_list_model_get_n_items (toplevels));
}
