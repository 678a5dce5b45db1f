/* Issue 11, the board game on two screens, in a real compositor: F5 puts the room's board
 * fullscreen on the other screen than the game leader's; the clicker's keys play on from either
 * window (Page Down, Space, B, period); Esc from either window ends presenting; F5 again
 * presents again. */
#include "config.h"

#include "kb-board-page.h"
#include "kb-new-game-page.h"
#include "kb-present-test.h"
#include "kb-window.h"

static KbWindow *window;

static GtkWindow *
room (void)
{
  return kb_window_get_board_audience (window);
}

static KbBoardPage *
page (void)
{
  return kb_window_get_board_page (window);
}

static gboolean
room_placed (gpointer data)
{
  return kb_present_room_placed (room (), GTK_WINDOW (window));
}

static gboolean
ended (gpointer data)
{
  return kb_present_ended (room (), GTK_WINDOW (window));
}

static gboolean
on_board (gpointer data)
{
  return g_strcmp0 (kb_window_get_visible_screen (window), "board") == 0;
}

/* No pawn walks, in either window (a key while one walks only makes it arrive). */
static gboolean
settled (gpointer data)
{
  GtkWidget *room_view = room () != NULL
                         ? kb_present_find (GTK_WIDGET (room ()), KB_TYPE_BOARD_VIEW) : NULL;

  return !kb_board_view_is_animating (kb_board_page_get_board_view (page ())) &&
         (room_view == NULL || !kb_board_view_is_animating (KB_BOARD_VIEW (room_view)));
}

/* The calm screen for the room, and the game leader's page says so too (the game leader must
 * see what the room sees). */
static gboolean
calm_is (gpointer expected)
{
  GtkWidget *room_page = room () != NULL
                         ? kb_present_find (gtk_window_get_child (room ()), KB_TYPE_BOARD_PAGE)
                         : NULL;
  gboolean calm = FALSE, room_calm = FALSE;

  g_object_get (page (), "calm", &calm, NULL);
  if (room_page != NULL)
    g_object_get (room_page, "calm", &room_calm, NULL);
  else
    room_calm = calm;
  return calm == GPOINTER_TO_INT (expected) && room_calm == calm;
}

typedef struct { int moves; } Kept;

static gboolean
kept_moves_are (gpointer data)
{
  return kb_test_kept_moves () == ((Kept *) data)->moves;
}

/* Page Down or Space: one more move in the kept game (a choice on a special square is made
 * by the test, as the game leader would with the mouse). */
static void
play_key (const char *mode,
          const char *keys)
{
  KbGame *game = kb_board_page_get_game (page ());
  g_autofree char *expected = NULL;
  Kept kept;

  kb_present_wait (settled, NULL, 5000);
  if (kb_game_get_phase (game) == KB_GAME_PHASE_CHOOSE_CATEGORY)
    gtk_widget_activate_action (GTK_WIDGET (page ()), "board.choose", "u", 0);
  else if (kb_game_get_phase (game) == KB_GAME_PHASE_CHOOSE_PLAYER)
    gtk_widget_activate_action (GTK_WIDGET (page ()), "board.swap", "u",
                                (kb_game_get_current_player (game) + 1) %
                                kb_game_get_n_players (game));
  kb_present_wait (settled, NULL, 5000);
  kept.moves = kb_test_kept_moves () + 1;
  expected = g_strdup_printf ("move %d in the kept game", kept.moves);
  kb_present_key (mode, keys, expected, kept_moves_are, &kept);
}

/* After a lost key: both views calm (or not), so the next key is tried from a known state. */
static void
make_calm (gboolean calm)
{
  GtkWidget *room_page = room () != NULL
                         ? kb_present_find (gtk_window_get_child (room ()), KB_TYPE_BOARD_PAGE)
                         : NULL;
  gboolean leader_calm = FALSE, room_calm = FALSE;

  g_object_get (page (), "calm", &leader_calm, NULL);
  if (room_page != NULL)
    g_object_get (room_page, "calm", &room_calm, NULL);
  g_test_message ("calm: the game leader's page %s, the room's %s",
                  leader_calm ? "yes" : "no", room_page == NULL ? "(no room)" : room_calm ? "yes" : "no");
  g_object_set (page (), "calm", calm, NULL);
  if (room_page != NULL)
    g_object_set (room_page, "calm", calm, NULL);
}

static void
board_keys (const char *mode)
{
  play_key (mode, "Page_Down");
  play_key (mode, "space");
  kb_present_wait (settled, NULL, 5000);
  if (!kb_present_key (mode, "b", "the calm screen for the room and the game leader", calm_is,
                       GINT_TO_POINTER (TRUE)))
    make_calm (TRUE);
  if (!kb_present_key (mode, "period", "the board again for both", calm_is,
                       GINT_TO_POINTER (FALSE)))
    make_calm (FALSE);
}

static void
end_presenting (const char *mode)
{
  if (!kb_present_key (mode, "Escape", "the end of presenting", ended, NULL))
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page ()), "board.present", NULL));
  g_assert_true (kb_present_wait (ended, NULL, 3000));
  kb_present_wait_for_keyboard (GTK_WINDOW (window));
}

static void
test_board_two_screens (void)
{
  g_autoptr(KbApplication) app = NULL;
  g_autofree char *path = g_build_filename (g_getenv ("KLETSBORDEN_CARDS_DIR"),
                                            "kletsborden.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDeck) deck = kb_deck_new_from_file (file, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (gdk_display_get_monitors (
                      gdk_display_get_default ())), ==, 2);
  app = kb_test_start_app ();
  kb_present_follow_app (GTK_APPLICATION (app));
  window = KB_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  kb_window_new_board_game (window, deck);
  kb_new_game_page_focus (kb_window_get_new_game_page (window));
  kb_test_wait_for_paint (GTK_WIDGET (window));
  if (!kb_present_wait (kb_present_is_active, window, 10000))
    g_test_message ("the window never got the keyboard: %s", kb_present_describe_focus ());
  if (!kb_present_key ("new game", "Return", "the board", on_board, NULL))
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (kb_window_get_new_game_page (window)),
                                               "new-game.start", NULL));
  g_assert_true (kb_present_wait (on_board, NULL, 1000));

  if (!kb_present_key_within ("board, windowed, two screens", "F5",
                              "the room's board fullscreen on the other screen", room_placed,
                              NULL, 10000))
    g_assert_nonnull (room ());
  g_test_message ("landing\t%s\tboard F5\tgame leader on %s\troom on %s%s", kb_test_compositor (),
                  kb_present_connector (GTK_WINDOW (window)), kb_present_connector (room ()),
                  gtk_window_is_fullscreen (room ()) ? " (fullscreen)" : "");
  board_keys ("board, presenting, two screens");

  kb_present_click_into (room ());
  board_keys ("board, presenting, in the room's window");
  end_presenting ("board, presenting, in the room's window");

  kb_present_key_within ("board, windowed, two screens", "F5",
                         "the room's board fullscreen on the other screen", room_placed, NULL,
                         10000);
  play_key ("board, presenting again, two screens", "Page_Down");
  end_presenting ("board, presenting again, two screens");
  play_key ("board, windowed after presenting", "Page_Down");

  kb_test_stop_app (g_steal_pointer (&app));
}

int
main (int   argc,
      char *argv[])
{
  kb_present_test_init (&argc, &argv);
  g_test_add_func ("/present/board-two-screens", test_board_two_screens);
  return g_test_run ();
}
