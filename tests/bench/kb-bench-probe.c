/* The yardstick for start-up and for frames: the least a GTK 4 program can do to put a card on
 * the screen, and to slide one.
 *   kb-bench-probe [#RRGGBB]: a bare GtkWindow, fullscreen, painting one card colour, started
 *     and timed exactly as the app is (kb-bench-pixel, from outside).
 *   kb-bench-probe --slide: the same window; each Space slides a card-sized opaque rectangle in
 *     over the last one in 280 ms, as the app's card view does, and with KLETSBORDEN_FRAME_LOG
 *     set it writes the app's frame log (kb-frame-log.c): what the display stack here allows.
 * No libadwaita, no CSS of its own, no GApplication: what remains is GTK's own work. */
#include <gtk/gtk.h>
#include <stdio.h>
#include <string.h>

#define SLIDE_US 280000

static GdkRGBA colour = { 0.784, 0.333, 0.239, 1.0 };   /* #C8553D, a category's colour */
static gint64 slide_start;                               /* 0: no slide */
static guint n_slides;
static FILE *frame_log;
static gint64 reported;

static void
draw (GtkDrawingArea *area,
      cairo_t        *cr,
      int             width,
      int             height,
      gpointer        user_data)
{
  static const GdkRGBA cards[] = { { 0.98, 0.96, 0.93, 1 }, { 0.85, 0.90, 0.96, 1 } };
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (area));
  double t = 1, card_h = height * 0.92, card_w = card_h / 1.4, x = (width - card_w) / 2;

  gdk_cairo_set_source_rgba (cr, &colour);
  cairo_paint (cr);
  if (n_slides == 0)
    return;
  if (slide_start != 0 && clock != NULL)
    t = MIN ((gdk_frame_clock_get_frame_time (clock) - slide_start) / (double) SLIDE_US, 1.0);
  t = 1 - (1 - t) * (1 - t) * (1 - t);   /* ease out, as the app's */
  gdk_cairo_set_source_rgba (cr, &cards[(n_slides + 1) % 2]);
  cairo_rectangle (cr, x - card_w * 0.6 * t, height * 0.04, card_w, card_h);
  cairo_fill (cr);
  gdk_cairo_set_source_rgba (cr, &cards[n_slides % 2]);
  cairo_rectangle (cr, x + card_w * 0.6 * (1 - t), height * 0.04, card_w, card_h);
  cairo_fill (cr);
}

static gboolean
tick (GtkWidget     *area,
      GdkFrameClock *clock,
      gpointer       user_data)
{
  gtk_widget_queue_draw (area);
  if (gdk_frame_clock_get_frame_time (clock) - slide_start >= SLIDE_US)
    {
      slide_start = 0;
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

static gboolean
key_pressed (GtkEventControllerKey *controller,
             guint                  keyval,
             guint                  keycode,
             GdkModifierType        state,
             GtkWidget             *area)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (area);

  if (keyval != GDK_KEY_space || clock == NULL)
    return FALSE;
  n_slides++;
  if (slide_start == 0)
    gtk_widget_add_tick_callback (area, tick, NULL, NULL);
  slide_start = gdk_frame_clock_get_frame_time (clock);
  gtk_widget_queue_draw (area);
  return TRUE;
}

/* The app's frame log, line for line (see src/app/kb-frame-log.c). */
static void
after_paint (GdkFrameClock *clock)
{
  gint64 current = gdk_frame_clock_get_frame_counter (clock);

  reported = MAX (reported, gdk_frame_clock_get_history_start (clock));
  for (; reported <= current; reported++)
    {
      GdkFrameTimings *timings = gdk_frame_clock_get_timings (clock, reported);

      if (timings == NULL)
        continue;
      if (!gdk_frame_timings_get_complete (timings) && current - reported < 12)
        break;
      fprintf (frame_log, "frame 0 %" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT
               " %" G_GINT64_FORMAT "\n", reported, gdk_frame_timings_get_frame_time (timings),
               gdk_frame_timings_get_presentation_time (timings),
               gdk_frame_timings_get_refresh_interval (timings));
    }
  fflush (frame_log);
}

static void
realized (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (after_paint),
                    NULL);
}

/* The app's start marks (kb_frame_log_mark), for the steps both programs take. */
static void
mark (const char *what)
{
  if (frame_log != NULL)
    {
      fprintf (frame_log, "mark %s %" G_GINT64_FORMAT "\n", what, g_get_monotonic_time ());
      fflush (frame_log);
    }
}

static void
first_paint (GdkFrameClock *clock)
{
  mark ("first-paint-0");
  g_signal_handlers_disconnect_by_func (clock, first_paint, NULL);
}

static void
realized_for_marks (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (first_paint),
                    NULL);
}

static void
quit (gboolean *done)
{
  *done = TRUE;
  g_main_context_wakeup (NULL);
}

int
main (int   argc,
      char *argv[])
{
  GtkWidget *window, *area;
  gboolean done = FALSE, slide = argc > 1 && strcmp (argv[1], "--slide") == 0;
  const char *log_path = g_getenv ("KLETSBORDEN_FRAME_LOG");

  if (argc > 1 && !slide && !gdk_rgba_parse (&colour, argv[1]))
    {
      g_printerr ("kb-bench-probe: %s is no colour\n", argv[1]);
      return 2;
    }
  if (log_path != NULL)
    frame_log = fopen (log_path, "a");
  mark ("main");
  gtk_init ();
  mark ("gtk-started");
  window = gtk_window_new ();
  area = gtk_drawing_area_new ();
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw, NULL, NULL);
  gtk_window_set_child (GTK_WINDOW (window), area);
  gtk_window_set_default_size (GTK_WINDOW (window), 1920, 1080);
  gtk_window_fullscreen (GTK_WINDOW (window));
  if (slide)
    {
      GtkEventController *keys = gtk_event_controller_key_new ();

      g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed), area);
      gtk_widget_add_controller (window, keys);
      if (frame_log != NULL)
        g_signal_connect (window, "realize", G_CALLBACK (realized), NULL);
    }
  if (frame_log != NULL)
    g_signal_connect (window, "realize", G_CALLBACK (realized_for_marks), NULL);
  g_signal_connect_swapped (window, "destroy", G_CALLBACK (quit), &done);
  gtk_window_present (GTK_WINDOW (window));
  mark ("window-presented");
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  return 0;
}
