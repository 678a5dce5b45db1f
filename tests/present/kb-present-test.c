/* Helpers for the tests in a real compositor (run by run-in-mutter.sh, run-in-weston.sh,
 * run-in-openbox.sh). A key that does not reach the app is reported, with where the focus
 * was, and the test goes on: one run shows every key that dies, which is what issue 11 needs
 * to know (and what the figures script collects). */
#include "config.h"

#include "kb-locale.h"
#include "kb-present-test.h"
#include "kb-test-scale.h"

/* How long a key may take to show its effect: keys that never arrive must not eat the test's
 * time-out, and a real key takes some milliseconds, even under ASan. */
#define KEY_MS 5000   /* a key that arrives is seen within ~300 ms; under load (2 cores) the compositor takes seconds */

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
  /* Under the sanitizers every step of GTK is several times slower: so is the patience. */
  gint64 end = g_get_monotonic_time () + ms * (gint64) 1000 * kb_test_scaled (1, 5);

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

/* Returns: (transfer none): every window of the application: which is active, fullscreen, where
 * the focus is. Kept until the next call, so it can go straight into a message. */
const char *
kb_present_describe_focus (void)
{
  static char *last;
  g_autoptr(GString) text = g_string_new (NULL);
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (g_application_get_default ()));

  for (GList *l = windows; l != NULL; l = l->next)
    {
      g_autofree char *one = describe_window (l->data);
      g_string_append_printf (text, "%s%s", text->len > 0 ? "; " : "", one);
    }
  g_free (last);
  last = g_string_free (g_steal_pointer (&text), FALSE);
  return last;
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
  return kb_present_key_within (mode, keys, expected, reached, data, KEY_MS);
}

/* kb_present_key() for a key whose effect takes the compositor longer: a window placed on a
 * screen (@ms milliseconds at most). */
gboolean
kb_present_key_within (const char      *mode,
                       const char      *keys,
                       const char      *expected,
                       KbTestCondition  reached,
                       gpointer         data,
                       guint            ms)
{
  g_autofree char *before = g_strdup (kb_present_describe_focus ());
  gboolean ok;

  kb_test_send_key (keys);
  ok = kb_present_wait (reached, data, ms);
  g_test_message ("key\t%s\t%s\t%s\t%s", kb_test_compositor () != NULL ? kb_test_compositor ()
                                                                     : "x11", mode, keys,
                  ok ? "reached" : "LOST");
  if (!ok)
    {
      const char *after = kb_present_describe_focus ();

      g_test_message ("%s, %s: %s did not give %s within %u ms. Before: %s. After: %s",
                      kb_test_compositor (), mode, keys, expected, ms, before, after);
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

static void
follow_surface (GtkWindow *window)
{
  GPtrArray *on = g_ptr_array_new ();
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));

  g_object_set_data_full (G_OBJECT (window), "kb-present-on", on,
                          (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect (surface, "enter-monitor", G_CALLBACK (entered), on);
  g_signal_connect (surface, "leave-monitor", G_CALLBACK (left), on);
}

/* Starts following which screen @window is on, from the moment it has a surface (the
 * compositor says it later). */
void
kb_present_follow (GtkWindow *window)
{
  if (g_object_get_data (G_OBJECT (window), "kb-present-on") != NULL)
    return;
  if (gtk_widget_get_realized (GTK_WIDGET (window)))
    follow_surface (window);
  else
    g_signal_connect (window, "realize", G_CALLBACK (follow_surface), NULL);
}

static void
window_added (GtkApplication *app,
              GtkWindow      *window)
{
  kb_present_follow (window);
}

/* Follows every window @app has or gets (the room's window is made on F5, and again on M). */
void
kb_present_follow_app (GtkApplication *app)
{
  for (GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
    kb_present_follow (l->data);
  g_signal_connect (app, "window-added", G_CALLBACK (window_added), NULL);
}

/* Returns: (nullable): the screen @window is on (the last it entered of those it is still
 *   on), or %NULL while the compositor has not said */
GdkMonitor *
kb_present_monitor (GtkWindow *window)
{
  GPtrArray *on = window != NULL ? g_object_get_data (G_OBJECT (window), "kb-present-on") : NULL;

  return on != NULL && on->len > 0 ? g_ptr_array_index (on, on->len - 1) : NULL;
}

/* Whether both windows are on a screen, and not the same one. */
gboolean
kb_present_on_other_screens (GtkWindow *one,
                             GtkWindow *other)
{
  GdkMonitor *a = kb_present_monitor (one), *b = kb_present_monitor (other);

  return a != NULL && b != NULL && a != b;
}

const char *
kb_present_connector (GtkWindow *window)
{
  GdkMonitor *monitor = kb_present_monitor (window);

  return monitor != NULL ? gdk_monitor_get_connector (monitor) : "(no screen yet)";
}

/* Whether @room is up, fullscreen, on another screen than @facilitator's window. */
gboolean
kb_present_room_placed (GtkWindow *room,
                        GtkWindow *facilitator)
{
  return room != NULL && kb_present_is_fullscreen (room) &&
         kb_present_on_other_screens (room, facilitator);
}

/* Whether presenting has ended: no room window on screen, the facilitator's not fullscreen. */
gboolean
kb_present_ended (GtkWindow *room,
                  GtkWindow *facilitator)
{
  return (room == NULL || !gtk_widget_get_mapped (GTK_WIDGET (room))) &&
         !gtk_window_is_fullscreen (facilitator);
}

/* Waits until @target has the keyboard, as it should after the window that had it went away;
 * says so when it does not. */
void
kb_present_wait_for_keyboard (GtkWindow *target)
{
  if (!kb_present_wait (kb_present_is_active, target, 3000))
    g_test_message ("“%s” did not get the keyboard back: %s", gtk_window_get_title (target),
                    kb_present_describe_focus ());
}

/* Clicks into @target (the real pointer, in the middle of its screen) and waits until it has
 * the keyboard. */
void
kb_present_click_into (GtkWindow *target)
{
  kb_present_click (target);
  if (!kb_present_wait (kb_present_is_active, target, 3000))
    g_test_message ("a click did not give “%s” the keyboard: %s", gtk_window_get_title (target),
                    kb_present_describe_focus ());
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

/* Returns: (transfer full): what @widget shows, as the pixels of a texture (RGBA) */
GBytes *
kb_present_snapshot (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  guchar *pixels;

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node == NULL)
    return g_bytes_new (NULL, 0);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (g_getenv ("KB_TEST_SNAPSHOT_DIR") != NULL)
    {
      static int n;
      g_autofree char *name = g_strdup_printf ("%s/snapshot-%02d.png",
                                               g_getenv ("KB_TEST_SNAPSHOT_DIR"), n++);
      gdk_texture_save_to_png (texture, name);
    }
  pixels = g_malloc ((gsize) width * height * 4);
  gdk_texture_download (texture, pixels, width * 4);
  return g_bytes_new_take (pixels, (gsize) width * height * 4);
}

/* Returns: (transfer full): what @widget shows once it has settled: the same for a second
 *   (a card that turns shows its back for a moment) */
GBytes *
kb_present_settled_snapshot (GtkWidget *widget)
{
  g_autoptr(GBytes) last = kb_present_snapshot (widget);
  int same = 0;

  for (int i = 0; i < 60 && same < 6; i++)
    {
      g_autoptr(GBytes) now = NULL;
      gint64 until = g_get_monotonic_time () + 150 * 1000;

      while (g_get_monotonic_time () < until)
        g_main_context_iteration (NULL, FALSE);
      now = kb_present_snapshot (widget);
      same = g_bytes_equal (now, last) ? same + 1 : 0;
      g_bytes_unref (last);
      last = g_steal_pointer (&now);
    }
  return g_steal_pointer (&last);
}

/* Returns: (nullable) (transfer none): the first widget of @type in @root's tree, @root
 *   included: the card view or the board the room's window shows, however it is wrapped */
GtkWidget *
kb_present_find (GtkWidget *root,
                 GType      type)
{
  if (root == NULL || G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = kb_present_find (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}
