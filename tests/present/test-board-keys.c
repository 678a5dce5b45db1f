/* Issue 11 on the board page, one screen, in a real compositor: the clicker's keys work
 * there as on the cards, windowed, fullscreen (F) and presenting (F5), and after leaving each:
 * Page Down and Space play on (a move in the kept game, which the next start replays), B and
 * period the calm screen, F5 and Esc in and out. */
#include "config.h"

#include "kb-board-page.h"
#include "kb-new-game-page.h"
#include "kb-present-test.h"
#include "kb-window.h"

static KbWindow *window;
static KbBoardPage *page;

static gboolean
on_board (gpointer data)
{
  return g_strcmp0 (kb_window_get_visible_screen (window), "board") == 0;
}

static gboolean
calm_is (gpointer expected)
{
  gboolean calm;

  g_object_get (page, "calm", &calm, NULL);
  return calm == GPOINTER_TO_INT (expected);
}

static gboolean
settled (gpointer data)
{
  return !kb_board_view_is_animating (kb_board_page_get_board_view (page));
}

/* A pawn that walks takes a moment, and a "choose" or "swap" square waits for a choice the
 * clicker cannot make: the test makes it (as the game leader would, with the mouse). */
static void
settle (void)
{
  KbGame *game = kb_board_page_get_game (page);

  kb_present_wait (settled, NULL, 5000);
  if (kb_game_get_phase (game) == KB_GAME_PHASE_CHOOSE_CATEGORY)
    gtk_widget_activate_action (GTK_WIDGET (page), "board.choose", "u", 0);
  else if (kb_game_get_phase (game) == KB_GAME_PHASE_CHOOSE_PLAYER)
    gtk_widget_activate_action (GTK_WIDGET (page), "board.swap", "u",
                                (kb_game_get_current_player (game) + 1) %
                                kb_game_get_n_players (game));
  kb_present_wait (settled, NULL, 5000);
}

typedef struct { int moves; } Kept;

static gboolean
kept_moves_are (gpointer data)
{
  return kb_test_kept_moves () == ((Kept *) data)->moves;
}

static void
play_key (const char *mode,
          const char *keys)
{
  Kept kept;
  g_autofree char *expected = NULL;

  settle ();
  kept.moves = kb_test_kept_moves () + 1;
  expected = g_strdup_printf ("move %d in the kept game", kept.moves);
  kb_present_key (mode, keys, expected, kept_moves_are, &kept);
}

static void
board_keys (const char *mode)
{
  play_key (mode, "Page_Down");
  play_key (mode, "space");
  settle ();
  if (!kb_present_key (mode, "b", "the calm screen", calm_is, GINT_TO_POINTER (TRUE)))
    g_object_set (page, "calm", TRUE, NULL);
  if (!kb_present_key (mode, "period", "the board again", calm_is, GINT_TO_POINTER (FALSE)))
    g_object_set (page, "calm", FALSE, NULL);
}

static void
mode_key (const char *mode,
          const char *keys,
          gboolean    fullscreen)
{
  if (kb_present_key (mode, keys, fullscreen ? "a fullscreen window" : "a window again",
                      fullscreen ? kb_present_is_fullscreen : kb_present_is_windowed, window))
    return;
  if (fullscreen)
    gtk_window_fullscreen (GTK_WINDOW (window));
  else
    gtk_window_unfullscreen (GTK_WINDOW (window));
  kb_present_wait (fullscreen ? kb_present_is_fullscreen : kb_present_is_windowed, window, 5000);
}

static void
test_board_keys (void)
{
  g_autoptr(KbApplication) app = NULL;
  g_autofree char *path = g_build_filename (g_getenv ("KLETSBORDEN_CARDS_DIR"),
                                            "kletsborden.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDeck) deck = kb_deck_new_from_file (file, &error);

  g_assert_no_error (error);
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
  page = kb_window_get_board_page (window);
  g_assert_true (kb_present_wait (kb_test_is_set, &page, 1000));

  board_keys ("board, windowed");
  mode_key ("board, windowed", "f", TRUE);
  board_keys ("board, fullscreen (F)");
  mode_key ("board, fullscreen (F)", "Escape", FALSE);
  play_key ("board, windowed after Esc", "Page_Down");

  /* One screen: presenting is fullscreen here. */
  mode_key ("board, windowed after Esc", "F5", TRUE);
  board_keys ("board, presenting, one screen");
  mode_key ("board, presenting, one screen", "Escape", FALSE);
  mode_key ("board, windowed after presenting", "F5", TRUE);
  mode_key ("board, presenting, one screen", "F5", FALSE);
  play_key ("board, windowed at the end", "Page_Down");

  kb_test_stop_app (g_steal_pointer (&app));
}

int
main (int   argc,
      char *argv[])
{
  kb_present_test_init (&argc, &argv);
  g_test_add_func ("/present/board-keys", test_board_keys);
  return g_test_run ();
}
