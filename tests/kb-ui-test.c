/* Helpers for the UI tests under Xvfb, weston, mutter or openbox. */
#include "config.h"

#include <string.h>

#include <gdk/x11/gdkx.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "kb-application.h"
#include "kb-game.h"
#include "kb-journal.h"
#include "kb-locale.h"
#include "kb-session-store.h"
#include "kb-test-scale.h"
#include "kb-ui-test.h"
#include "kb-window.h"

/* Under AddressSanitizer everything is several times slower: the library's scan of the decks
 * once took more than 10 s there on the loaded machine (import-dialog). */
#define TIMEOUT_SECONDS kb_test_scaled (10, 40)

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

static gboolean
time_passed (gpointer data)
{
  return g_get_monotonic_time () >= *(gint64 *) data;
}

/* The main loop runs on for @ms, as it does while a user reads what appeared. */
void
kb_test_wait_ms (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * G_TIME_SPAN_MILLISECOND;

  kb_test_wait_for (time_passed, &until);
}

/**
 * kb_test_find_label:
 *
 * Returns: (nullable) (transfer none): the first label on screen under @root (itself included)
 *   whose text holds @part, as a user reads it
 */
GtkLabel *
kb_test_find_label (GtkWidget  *root,
                    const char *part)
{
  if (GTK_IS_LABEL (root) && gtk_widget_get_mapped (root) &&
      strstr (gtk_label_get_label (GTK_LABEL (root)), part) != NULL)
    return GTK_LABEL (root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = kb_test_find_label (child, part);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Returns: (nullable) (transfer none): the first widget under @root (itself included) with
 *   the style class @css_class */
GtkWidget *
kb_test_find_by_class (GtkWidget  *root,
                       const char *css_class)
{
  if (gtk_widget_has_css_class (root, css_class))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = kb_test_find_by_class (child, css_class);
      if (found != NULL)
        return found;
    }
  return NULL;
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
  /* What the worker found arrives in the main loop: the decks and the kept session. */
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
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

/**
 * kb_test_begin:
 * @area: names the state folder ("play": kb-play-XXXXXX)
 * @app: (out): the application, as kb_test_start_app() starts it
 *
 * The start of a test program that presses real keys: kept state of its own (so that tests
 * side by side never see each other's), the interface's locale, GTK's test set-up, and the app
 * with its window at 1024x700.
 *
 * Returns: (transfer none) (nullable): the window; %NULL when there is no display to press
 *   keys on, and the program is to exit with 77 (skipped)
 */
KbWindow *
kb_test_begin (int            *argc,
               char         ***argv,
               const char     *area,
               KbApplication **app)
{
  g_autofree char *template = g_strdup_printf ("kb-%s-XXXXXX", area);
  g_autofree char *state_dir = g_dir_make_tmp (template, NULL);
  GtkWindow *window;

  g_setenv ("XDG_STATE_HOME", state_dir, TRUE);
  kb_locale_init ();
  gtk_test_init (argc, argv, NULL);
  *app = NULL;
  if (!kb_test_can_press_keys ())
    {
      g_test_skip ("needs an X display (Xvfb) and xdotool");
      return NULL;
    }

  *app = kb_test_start_app ();
  window = gtk_application_get_active_window (GTK_APPLICATION (*app));
  gtk_window_set_default_size (window, 1024, 700);
  return KB_WINDOW (window);
}

/* The end of a test program kb_test_begin() started: runs its tests, then stops @app. */
int
kb_test_end (KbApplication **app)
{
  int status = g_test_run ();

  kb_test_stop_app (g_steal_pointer (app));
  return status;
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

/* The compositor the runner started (tests/present/run-in-*.sh): "mutter", "weston",
 * "openbox", or NULL for a bare X server. */
const char *
kb_test_compositor (void)
{
  return g_getenv ("KB_TEST_COMPOSITOR");
}

static void
run_xdotool (const char * const *args)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) argv = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_strv_builder_add (builder, "xdotool");
  g_strv_builder_addv (builder, (const char **) args);
  argv = g_strv_builder_end (builder);
  g_spawn_sync (NULL, argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

/* The one mutter remote-desktop client of this process (tests/present/kb-remote-keys.c): a
 * session lives as long as the bus connection that made it. */
static GSubprocess *remote_keys;
static GDataInputStream *remote_replies;

static void
remote_request (const char *request)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *line = g_strconcat (request, "\n", NULL);
  g_autofree char *reply = NULL;

  if (remote_keys == NULL)
    {
      const char *program = g_getenv ("KB_TEST_REMOTE_KEYS");

      g_assert_nonnull (program);
      remote_keys = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE |
                                      G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error, program, NULL);
      g_assert_no_error (error);
      remote_replies = g_data_input_stream_new (g_subprocess_get_stdout_pipe (remote_keys));
      reply = g_data_input_stream_read_line_utf8 (remote_replies, NULL, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (reply, ==, "ready");
      g_clear_pointer (&reply, g_free);
    }
  g_output_stream_write_all (g_subprocess_get_stdin_pipe (remote_keys), line, strlen (line),
                             NULL, NULL, &error);
  g_assert_no_error (error);
  reply = g_data_input_stream_read_line_utf8 (remote_replies, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (reply, ==, "ok");
}

/**
 * kb_test_send_key:
 * @keys: xdotool's names: "Page_Down", "space", "alt+Left"
 *
 * Presses @keys on the keyboard of the compositor the runner started: they go to whatever
 * window has the focus there, as a clicker's keys do. In mutter through its RemoteDesktop API,
 * elsewhere through the X server (xdotool, XTEST).
 */
void
kb_test_send_key (const char *keys)
{
  if (g_strcmp0 (kb_test_compositor (), "mutter") == 0)
    remote_request (keys);
  else
    run_xdotool ((const char *[]) { "key", keys, NULL });
}

/* Moves the pointer to @x, @y of the screens' layout (the first screen at 0,0), as a user's
 * hand on the mouse: compositors put a new window on the screen with the pointer. */
void
kb_test_move_pointer (int x,
                      int y)
{
  if (g_strcmp0 (kb_test_compositor (), "mutter") == 0)
    {
      g_autofree char *home = g_strdup ("pointer -100000 -100000");
      g_autofree char *there = g_strdup_printf ("pointer %d %d", x, y);

      /* Only relative moves work without a screen-cast stream: into the top left corner, then
       * from there. */
      remote_request (home);
      remote_request (there);
    }
  else
    {
      g_autofree char *sx = g_strdup_printf ("%d", x);
      g_autofree char *sy = g_strdup_printf ("%d", y);

      run_xdotool ((const char *[]) { "mousemove", sx, sy, NULL });
    }
}

/* Clicks the left button where the pointer is. */
void
kb_test_click (void)
{
  if (g_strcmp0 (kb_test_compositor (), "mutter") == 0)
    remote_request ("click");
  else
    run_xdotool ((const char *[]) { "click", "1", NULL });
}

/* The kept file @name with its journal folded in (kb-journal.h), as the next start reads it. */
static JsonObject *
load_kept (JsonParser *parser,
           const char *name)
{
  g_autoptr(GFile) file = g_file_new_build_filename (g_get_user_state_dir (), "kletsborden", name,
                                                     NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) folded = NULL;
  const char *data;
  gsize size;

  if (g_str_has_prefix (name, "games"))
    folded = kb_game_read_autosave (file, NULL);
  else if ((bytes = g_file_load_bytes (file, NULL, NULL, NULL)) != NULL)
    folded = kb_journal_fold (file, bytes, kb_session_store_apply, NULL);
  if (folded == NULL)
    return NULL;
  data = g_bytes_get_data (folded, &size);
  if (!json_parser_load_from_data (parser, data != NULL ? data : "", (gssize) size, NULL) ||
      json_parser_get_root (parser) == NULL)
    return NULL;
  return json_node_get_object (json_parser_get_root (parser));
}

/**
 * kb_test_kept_position:
 *
 * What the next start would show: the place of the current card in the session kept on disk
 * ($XDG_STATE_HOME/kletsborden/session.json), read as any other program would read it.
 *
 * Returns: 1 for the first card, 0 before the first card, -1 when nothing is kept
 */
int
kb_test_kept_position (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *kept = load_kept (parser, "session.json");
  JsonObject *session;
  JsonArray *order;
  const char *current;

  if (kept == NULL)
    return -1;
  session = json_object_get_object_member (kept, "session");
  current = json_object_get_string_member_with_default (session, "current", NULL);
  if (current == NULL)
    return 0;
  order = json_object_get_array_member (session, "order");
  for (guint i = 0; i < json_array_get_length (order); i++)
    if (g_strcmp0 (json_array_get_string_element (order, i), current) == 0)
      return (int) i + 1;
  return -1;
}

/* Returns: how many moves the board game kept on disk has, as the next start would replay
 *   them: the newest file in $XDG_STATE_HOME/kletsborden/games (a test plays one game); -1
 *   when none is kept */
int
kb_test_kept_moves (void)
{
  g_autofree char *dir_path = g_build_filename (g_get_user_state_dir (), "kletsborden", "games",
                                                NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *newest = NULL;
  gint64 newest_time = 0;
  const char *name;
  JsonObject *kept;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename ("games", name, NULL);
      g_autofree char *full = g_build_filename (dir_path, name, NULL);
      GStatBuf st;

      if (g_str_has_suffix (name, ".json") && g_stat (full, &st) == 0 &&
          (newest == NULL || st.st_mtime >= newest_time))
        {
          g_free (newest);
          newest = g_steal_pointer (&path);
          newest_time = st.st_mtime;
        }
    }
  if (newest == NULL || (kept = load_kept (parser, newest)) == NULL ||
      !json_object_has_member (kept, "moves"))
    return -1;
  return (int) json_array_get_length (json_object_get_array_member (kept, "moves"));
}
