/* Presenting the board game with two screens (run by tests/play/test-two-screens.sh inside
 * weston with two outputs): F5 puts the board for the room on the other screen, fullscreen; it
 * follows the game, the calm screen and the leader's turn timer; F5 again brings everything back to one window. */
#include "config.h"

#include "kb-application.h"
#include "kb-board-page.h"
#include "kb-locale.h"
#include "kb-new-game-page.h"
#include "kb-ui-test.h"
#include "kb-window.h"

static GdkMonitor *main_monitor;
static GdkMonitor *audience_monitor;

static KbBoardPage *room_page;

static gboolean
room_settled (gpointer game)
{
  KbBoardView *view = kb_board_page_get_board_view (room_page);

  return !kb_board_view_is_animating (view) &&
         kb_board_view_get_shown_square (view, 0) == kb_game_get_player_square (game, 0);
}

static void
test_present_board (void)
{
  g_autoptr(KbApplication) app = kb_application_new (G_APPLICATION_NON_UNIQUE);
  g_autoptr(GError) error = NULL;
  GListModel *monitors = gdk_display_get_monitors (gdk_display_get_default ());
  KbWindow *window;
  KbBoardPage *page;
  GtkWindow *audience;
  KbGame *game;
  gboolean calm = FALSE;

  g_assert_cmpuint (g_list_model_get_n_items (monitors), ==, 2);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_application_hold (G_APPLICATION (app));
  g_application_activate (G_APPLICATION (app));
  window = KB_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  kb_test_track_monitor (GTK_WINDOW (window), &main_monitor);
  g_assert_true (kb_test_wait_for (kb_test_is_set, &main_monitor));

  /* With no deck given the page offers the library's, which load off the main thread. */
  kb_test_wait_for_library (window);
  kb_window_new_board_game (window, NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (kb_window_get_new_game_page (window)),
                                             "new-game.start", NULL));
  g_assert_cmpstr (kb_window_get_visible_screen (window), ==, "board");
  page = kb_window_get_board_page (window);
  game = kb_board_page_get_game (page);
  g_assert_nonnull (game);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "board.present", NULL));
  audience = kb_window_get_board_audience (window);
  g_assert_nonnull (audience);
  kb_test_track_monitor (audience, &audience_monitor);
  g_assert_true (kb_test_wait_for (kb_test_is_mapped, audience));
  g_assert_true (kb_test_wait_for (kb_test_is_set, &audience_monitor));
  g_test_message ("game leader on %s, the room on %s", gdk_monitor_get_connector (main_monitor),
                  gdk_monitor_get_connector (audience_monitor));
  g_assert_true (audience_monitor != main_monitor);
  g_assert_false (gtk_window_is_fullscreen (GTK_WINDOW (window)));

  /* The room's board is the same game, without the game leader's controls. */
  room_page = KB_BOARD_PAGE (gtk_window_get_child (audience));
  g_assert_true (kb_board_page_get_audience (room_page));
  g_assert_true (kb_board_page_get_game (room_page) == game);
  g_assert_true (kb_game_roll (game, NULL));
  g_assert_true (kb_test_wait_for (room_settled, game));

  /* The leader's turn timer (T) shows in the room's window too, as the card timer does when the
   * room is to see the timer; with that setting off, only the leader sees it. */
  {
    g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);
    GtkWidget *ring;

    g_assert_true (kb_board_page_get_turn_timer (room_page) ==
                   kb_board_page_get_turn_timer (page));
    g_settings_set_boolean (settings, "timer-public", TRUE);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "board.timer", NULL));
    ring = kb_test_find_by_class (GTK_WIDGET (room_page), "board-turn-ring");
    g_assert_nonnull (ring);
    g_assert_true (kb_test_wait_for (kb_test_is_mapped, ring));
    g_assert_true (kb_timer_is_running (kb_board_page_get_turn_timer (room_page)));
    g_settings_set_boolean (settings, "timer-public", FALSE);
    g_assert_false (gtk_widget_get_visible (ring));
    g_settings_set_boolean (settings, "timer-public", TRUE);
    g_assert_true (gtk_widget_get_visible (ring));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "board.timer", NULL));
  }

  g_object_set (page, "calm", TRUE, NULL);
  g_object_get (room_page, "calm", &calm, NULL);
  g_assert_true (calm);
  g_object_set (page, "calm", FALSE, NULL);

  /* F5 again: one window, the game where it was. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "board.present", NULL));
  g_assert_null (kb_window_get_board_audience (window));
  g_assert_true (kb_board_page_get_game (page) == game);
  g_assert_cmpuint (kb_game_get_n_moves (game), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
  g_application_release (G_APPLICATION (app));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *state_dir = g_dir_make_tmp ("kb-board-screens-XXXXXX", NULL);

  g_setenv ("XDG_STATE_HOME", state_dir, TRUE);
  kb_locale_init ();
  gtk_test_init (&argc, &argv, NULL);
  g_test_add_func ("/board/present/two-screens", test_present_board);
  return g_test_run ();
}
