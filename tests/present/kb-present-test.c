/* Helpers for the tests in a real compositor (run by run-in-mutter.sh, run-in-weston.sh,
 * run-in-openbox.sh). A key that does not reach the app is reported, with where the focus
 * was, and the test goes on: one run shows every key that dies, which is what issue 11 needs
 * to know (and what the figures script collects). */
#include "config.h"

#include "kb-locale.h"
#include "kb-present-test.h"

/* How long a key may take to show its effect: keys that never arrive must not eat the test's
 * time-out, and a real key takes some milliseconds, even under ASan. */
#define KEY_MS 2500

void
kb_present_test_init (int    *argc,
                      char ***argv)
{
  g_autofree char *state_dir = g_dir_make_tmp ("kb-present-XXXXXX", NULL);

  g_setenv ("XDG_STATE_HOME", state_dir, TRUE);
  kb_locale_init ();
  gtk_test_init (argc, argv, NULL);
  /* The pointer on the first screen; in mutter this also starts the remote-desktop session,
   * whose input device mutter needs before it gives a new window the keyboard. */
  kb_test_move_pointer (960, 540);
}

gboolean
kb_present_wait (KbTestCondition condition,
                 gpointer        data,
                 guint           ms)
{
  gint64 end = g_get_monotonic_time () + ms * (gint64) 1000;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > end)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  return TRUE;
}

static char *
describe_window (GtkWindow *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return g_strdup_printf ("“%s”%s%s on %s, focus on %s", gtk_window_get_title (window),
                          gtk_window_is_active (window) ? " (active)" : "",
                          gtk_window_is_fullscreen (window) ? " fullscreen" : "",
                          kb_present_connector (window),
                          focus != NULL ? G_OBJECT_TYPE_NAME (focus) : "nothing");
}

/* Returns: every window of the application: which is active, fullscreen, where the focus is */
char *
kb_present_describe_focus (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (g_application_get_default ()));

  for (GList *l = windows; l != NULL; l = l->next)
    {
      g_autofree char *one = describe_window (l->data);
      g_string_append_printf (text, "%s%s", text->len > 0 ? "; " : "", one);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * kb_present_key:
 * @mode: what the user sees when the key is pressed ("fullscreen"), for the report
 * @keys: xdotool's names ("Page_Down", "alt+Left")
 * @expected: what the key should do ("the next card"), for the report
 * @reached: whether it did, as the user sees it
 *
 * Presses @keys for real and waits for their effect. A line "# key MODE KEYS: reached|LOST"
 * goes to the test's output either way (the figures script reads them); a lost key fails the
 * test, but the test goes on.
 *
 * Returns: whether the key did what it should
 */
gboolean
kb_present_key (const char      *mode,
                const char      *keys,
                const char      *expected,
                KbTestCondition  reached,
                gpointer         data)
{
  g_autofree char *before = kb_present_describe_focus ();
  gboolean ok;

  kb_test_send_key (keys);
  ok = kb_present_wait (reached, data, KEY_MS);
  g_test_message ("key\t%s\t%s\t%s\t%s", kb_test_compositor () != NULL ? kb_test_compositor ()
                                                                     : "x11", mode, keys,
                  ok ? "reached" : "LOST");
  if (!ok)
    {
      g_autofree char *after = kb_present_describe_focus ();

      g_test_message ("%s, %s: %s did not give %s. Before: %s. After: %s", kb_test_compositor (),
                      mode, keys, expected, before, after);
      g_test_fail ();
    }
  return ok;
}

typedef struct { int position; } Kept;

static gboolean
kept_at (gpointer data)
{
  return kb_test_kept_position () == ((Kept *) data)->position;
}

/* Presses @keys and checks that the kept session moved @delta cards (the next start would
 * show that card). */
gboolean
kb_present_key_moves (const char *mode,
                      const char *keys,
                      int         delta)
{
  Kept kept = { kb_test_kept_position () + delta };
  g_autofree char *expected = g_strdup_printf ("card %d in the kept session (was %d)",
                                               kept.position, kept.position - delta);

  return kb_present_key (mode, keys, expected, kept_at, &kept);
}

/* Which screens a window is on, as the compositor says it (enter-monitor, leave-monitor). */
static void
entered (GdkSurface *surface,
         GdkMonitor *monitor,
         GPtrArray  *on)
{
  g_ptr_array_remove (on, monitor);
  g_ptr_array_add (on, monitor);
}

static void
left (GdkSurface *surface,
      GdkMonitor *monitor,
      GPtrArray  *on)
{
  g_ptr_array_remove (on, monitor);
}

/* Starts following which screen @window is on; call it before the window is shown, or at
 * once after (the compositor answers later). */
void
kb_present_follow (GtkWindow *window)
{
  GPtrArray *on = g_ptr_array_new ();
  GdkSurface *surface;

  gtk_widget_realize (GTK_WIDGET (window));
  surface = gtk_native_get_surface (GTK_NATIVE (window));
  g_object_set_data_full (G_OBJECT (window), "kb-present-on", on,
                          (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect (surface, "enter-monitor", G_CALLBACK (entered), on);
  g_signal_connect (surface, "leave-monitor", G_CALLBACK (left), on);
}

/* Returns: (nullable): the screen @window is on (the last it entered of those it is still
 *   on), or %NULL while the compositor has not said */
GdkMonitor *
kb_present_monitor (GtkWindow *window)
{
  GPtrArray *on = window != NULL ? g_object_get_data (G_OBJECT (window), "kb-present-on") : NULL;

  return on != NULL && on->len > 0 ? g_ptr_array_index (on, on->len - 1) : NULL;
}

const char *
kb_present_connector (GtkWindow *window)
{
  GdkMonitor *monitor = kb_present_monitor (window);

  return monitor != NULL ? gdk_monitor_get_connector (monitor) : "(no screen yet)";
}

gboolean
kb_present_is_fullscreen (gpointer window)
{
  return gtk_widget_get_mapped (window) && gtk_window_is_fullscreen (window);
}

gboolean
kb_present_is_windowed (gpointer window)
{
  return !gtk_window_is_fullscreen (window);
}

gboolean
kb_present_is_active (gpointer window)
{
  return gtk_window_is_active (window);
}

/* Clicks the middle of @window's screen with the real pointer, as a user who wants to talk
 * to that window does. */
void
kb_present_click (GtkWindow *window)
{
  GdkMonitor *monitor = kb_present_monitor (window);
  GdkRectangle area;

  g_assert_nonnull (monitor);
  gdk_monitor_get_geometry (monitor, &area);
  kb_test_move_pointer (area.x + area.width / 2, area.y + area.height / 2);
  kb_test_click ();
}
