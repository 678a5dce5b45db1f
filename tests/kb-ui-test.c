/* Helpers for the UI tests under Xvfb or weston. */
#include "config.h"

#include <gdk/x11/gdkx.h>

#include "kb-application.h"
#include "kb-ui-test.h"
#include "kb-window.h"

#define TIMEOUT_SECONDS 10

/**
 * kb_test_wait_for:
 *
 * Spins the main loop until @condition holds.
 *
 * Returns: %FALSE after a time-out: a test that never gets there fails, it does not hang.
 */
gboolean
kb_test_wait_for (KbTestCondition condition,
                  gpointer        data)
{
  gint64 end = g_get_monotonic_time () + TIMEOUT_SECONDS * G_USEC_PER_SEC;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > end)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  return TRUE;
}

gboolean
kb_test_is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (GTK_WIDGET (widget));
}

gboolean
kb_test_is_set (gpointer pointer_to_pointer)
{
  return *(gpointer *) pointer_to_pointer != NULL;
}

static void
after_paint (GdkFrameClock *clock,
             gpointer      *painted)
{
  *painted = clock;
}

/* Waits until the widget's surface has painted a frame: it is really on screen. */
void
kb_test_wait_for_paint (GtkWidget *widget)
{
  gpointer painted = NULL;
  GdkFrameClock *clock;
  gulong handler;

  g_assert_true (kb_test_wait_for (kb_test_is_mapped, widget));
  clock = gtk_widget_get_frame_clock (widget);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint), &painted);
  gtk_widget_queue_draw (widget);
  g_assert_true (kb_test_wait_for (kb_test_is_set, &painted));
  g_signal_handler_disconnect (clock, handler);
}

static gboolean
library_loaded (gpointer library)
{
  return !kb_library_page_is_loading (library);
}

/* Waits until the library of @window (a KbWindow) has found every deck: it loads them in a
 * worker thread. */
void
kb_test_wait_for_library (gpointer window)
{
  g_assert_true (kb_test_wait_for (library_loaded,
                                   kb_window_get_library_page (KB_WINDOW (window))));
}

/* Presses @key (xdotool's names: "space", "shift+t") in @window, through the X server, as a
 * keyboard or a presentation clicker would. */
void
kb_test_press_key (GtkWindow  *window,
                   const char *key)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  g_autofree char *xid = g_strdup_printf ("%lu", gdk_x11_surface_get_xid (surface));
  const char *argv[] = { "xdotool", "key", "--window", xid, key, NULL };
  g_autoptr(GError) error = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

/* Whether kb_test_press_key() can work here: an X display and xdotool. */
gboolean
kb_test_can_press_keys (void)
{
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");

  return GDK_IS_X11_DISPLAY (gdk_display_get_default ()) && xdotool != NULL;
}

static void
entered_monitor (GdkSurface  *surface,
                 GdkMonitor  *monitor,
                 GdkMonitor **where)
{
  *where = monitor;
}

/* Keeps *@where at the screen @window last entered, as the compositor says it. @where must
 * outlive the window (a static, in the tests). */
void
kb_test_track_monitor (GtkWindow   *window,
                       GdkMonitor **where)
{
  gtk_widget_realize (GTK_WIDGET (window));
  g_signal_connect (gtk_native_get_surface (GTK_NATIVE (window)), "enter-monitor",
                    G_CALLBACK (entered_monitor), where);
}

/**
 * kb_test_start_app:
 *
 * One application for a whole test program, as a real session has (a GApplication exports
 * itself on the bus and cannot be registered twice in one process). It is held, so closing a
 * window never quits it; its window is activated.
 *
 * Returns: (transfer full): the application
 */
KbApplication *
kb_test_start_app (void)
{
  KbApplication *app = kb_application_new (G_APPLICATION_NON_UNIQUE);
  g_autoptr(GError) error = NULL;

  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_application_hold (G_APPLICATION (app));
  g_application_activate (G_APPLICATION (app));
  return app;
}

/* Closes the application's windows and lets go of it. */
void
kb_test_stop_app (KbApplication *app)
{
  GtkWindow *window;

  while ((window = gtk_application_get_active_window (GTK_APPLICATION (app))) != NULL)
    gtk_window_destroy (window);
  g_application_release (G_APPLICATION (app));
  g_object_unref (app);
}
