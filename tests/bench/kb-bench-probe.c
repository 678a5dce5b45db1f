/* The yardstick for start-up: the least a GTK 4 program can do to put a card on the screen.
 * kb-bench-probe [#RRGGBB]: a bare GtkWindow, fullscreen, painting one card colour, started and
 * timed exactly as the app is (kb-bench-pixel, from outside). No libadwaita, no CSS of its own,
 * no GApplication: what remains is GTK's own start. */
#include <gtk/gtk.h>

static GdkRGBA colour = { 0.784, 0.333, 0.239, 1.0 };   /* #C8553D, a category's colour */

static void
draw (GtkDrawingArea *area,
      cairo_t        *cr,
      int             width,
      int             height,
      gpointer        user_data)
{
  gdk_cairo_set_source_rgba (cr, &colour);
  cairo_paint (cr);
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
  gboolean done = FALSE;

  if (argc > 1 && !gdk_rgba_parse (&colour, argv[1]))
    {
      g_printerr ("kb-bench-probe: %s is no colour\n", argv[1]);
      return 2;
    }
  gtk_init ();
  window = gtk_window_new ();
  area = gtk_drawing_area_new ();
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw, NULL, NULL);
  gtk_window_set_child (GTK_WINDOW (window), area);
  gtk_window_set_default_size (GTK_WINDOW (window), 1920, 1080);
  gtk_window_fullscreen (GTK_WINDOW (window));
  g_signal_connect_swapped (window, "destroy", G_CALLBACK (quit), &done);
  gtk_window_present (GTK_WINDOW (window));
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  return 0;
}
