/* Presenting with two screens (run by test-two-screens.sh inside weston with two outputs): the
 * audience window goes to the other screen than the facilitator's window, M swaps the two views
 * (never stacks them), Esc ends presenting, and stopping brings everything back to one window at
 * the same card. */
#include "config.h"

#include "kb-application.h"
#include "kb-card-view.h"
#include "kb-focus.h"
#include "kb-locale.h"
#include "kb-play-page.h"
#include "kb-play-room.h"
#include "kb-window.h"
#include "kb-ui-test.h"

static GdkMonitor *main_monitor;
static GdkMonitor *audience_monitor;

typedef struct { GdkMonitor **where; GdkMonitor *not; } Moved;

static gboolean
moved_away (gpointer data)
{
  Moved *moved = data;
  return *moved->where != NULL && *moved->where != moved->not;
}

static gboolean
audience_there (gpointer window)
{
  return kb_window_get_audience_window (KB_WINDOW (window)) != NULL;
}

static gboolean
is_active (gpointer window)
{
  return gtk_window_is_active (GTK_WINDOW (window));
}

static gboolean
is_fullscreen (gpointer window)
{
  return gtk_window_is_fullscreen (GTK_WINDOW (window));
}

static gboolean
not_fullscreen (gpointer window)
{
  return !gtk_window_is_fullscreen (GTK_WINDOW (window));
}

static void
test_present_on_second_screen (void)
{
  g_autoptr(KbApplication) app = kb_application_new (G_APPLICATION_NON_UNIQUE);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "play", "data", "six-cards.json",
                                                 NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GListModel *monitors = gdk_display_get_monitors (gdk_display_get_default ());
  KbWindow *window;
  KbPlayPage *page;
  GtkWindow *audience;
  GdkMonitor *old_main, *old_audience;
  GtkWidget *focus;
  Moved moved;

  g_assert_cmpuint (g_list_model_get_n_items (monitors), ==, 2);

  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_application_hold (G_APPLICATION (app));
  g_application_activate (G_APPLICATION (app));
  window = KB_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  kb_test_track_monitor (GTK_WINDOW (window), &main_monitor);
  g_assert_true (kb_window_open_file (window, file, KB_WINDOW_PLAY_CARDS));
  page = kb_window_get_play_page (window);
  g_assert_true (kb_test_wait_for (kb_test_is_set, &main_monitor));

  kb_session_next (kb_play_page_get_session (page));
  kb_session_next (kb_play_page_get_session (page));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  g_assert_true (kb_test_wait_for (audience_there, window));
  audience = kb_window_get_audience_window (window);
  kb_test_track_monitor (audience, &audience_monitor);
  g_assert_true (kb_test_wait_for (kb_test_is_mapped, audience));
  g_assert_true (kb_test_wait_for (kb_test_is_set, &audience_monitor));
  g_test_message ("facilitator on %s, audience on %s", gdk_monitor_get_connector (main_monitor),
                  gdk_monitor_get_connector (audience_monitor));
  g_assert_true (audience_monitor != main_monitor);
  g_assert_true (kb_play_page_get_presenter (page));
  g_assert_false (gtk_window_is_fullscreen (GTK_WINDOW (window)));
  /* Only the facilitator's card shows a case's briefs. */
  g_assert_false (kb_card_view_get_room (kb_play_page_get_card_view (page)));
  g_assert_true (kb_card_view_get_room (
    kb_play_room_get_card_view (KB_PLAY_ROOM (gtk_window_get_child (audience)))));

  /* M swaps the two views: the room goes to the facilitator's screen and the facilitator's
   * window to the room's, never both on one. */
  old_main = main_monitor;
  old_audience = audience_monitor;
  moved = (Moved) { &audience_monitor, audience_monitor };
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.swap-screens", NULL));
  audience = kb_window_get_audience_window (window);
  g_assert_nonnull (audience);
  audience_monitor = NULL;
  kb_test_track_monitor (audience, &audience_monitor);
  g_assert_true (kb_test_wait_for (moved_away, &moved));
  g_assert_true (audience_monitor == old_main);
  moved = (Moved) { &main_monitor, old_main };
  g_assert_true (kb_test_wait_for (moved_away, &moved));
  g_assert_true (main_monitor == old_audience);

  /* Esc (from either window: the room's forwards its keys to the page) ends presenting. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "play.leave", NULL));
  g_assert_null (kb_window_get_audience_window (window));
  g_assert_false (kb_play_page_get_presenter (page));

  /* The swap had made the facilitator's window fullscreen: that ends too. */
  g_assert_true (kb_test_wait_for (not_fullscreen, window));

  /* F5 again, and F5 to stop: everything back in one window, at the same card. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  g_assert_true (kb_test_wait_for (audience_there, window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  g_assert_null (kb_window_get_audience_window (window));
  g_assert_false (kb_play_page_get_presenter (page));
  g_assert_cmpstr (kb_card_get_id (kb_session_get_current (kb_play_page_get_session (page))), ==,
                   "b");

  /* F: fullscreen for real (weston), and the keyboard stays on the card shown, not on a page
   * nobody sees (it went to the hidden board page: every key died). */
  /* The keyboard comes back to this window once the room's is gone. */
  g_assert_true (kb_test_wait_for (is_active, window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.fullscreen", NULL));
  g_assert_true (kb_test_wait_for (is_fullscreen, window));
  kb_test_wait_for_paint (GTK_WIDGET (window));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (focus == GTK_WIDGET (kb_play_page_get_card_view (page)));
  g_assert_true (kb_focus_is_shown (focus));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "play.leave", NULL));
  g_assert_true (kb_test_wait_for (not_fullscreen, window));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (focus == GTK_WIDGET (kb_play_page_get_card_view (page)));

  gtk_window_destroy (GTK_WINDOW (window));
  g_application_release (G_APPLICATION (app));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *state_dir = g_dir_make_tmp ("kb-screens-XXXXXX", NULL);

  g_setenv ("XDG_STATE_HOME", state_dir, TRUE);
  kb_locale_init ();
  gtk_test_init (&argc, &argv, NULL);
  g_test_add_func ("/play/present/two-screens", test_present_on_second_screen);
  return g_test_run ();
}
