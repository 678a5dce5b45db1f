/* The board game in the tests of tests/present: started as a game leader starts it, played on
 * with the clicker's keys. */
#include "config.h"

#include "kb-board-page.h"
#include "kb-new-game-page.h"
#include "kb-present-board.h"

static gboolean
on_board (gpointer window)
{
  return g_strcmp0 (kb_window_get_visible_screen (window), "board") == 0;
}

/* The new-game page on the built-in deck's board, its players as they come; Return starts. */
void
kb_present_start_board (KbWindow *window)
{
  g_autofree char *path = g_build_filename (g_getenv ("KLETSBORDEN_CARDS_DIR"),
                                            "kletsborden.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDeck) deck = kb_deck_new_from_file (file, &error);

  g_assert_no_error (error);
  kb_window_new_board_game (window, deck);
  kb_new_game_page_focus (kb_window_get_new_game_page (window));
  kb_test_wait_for_paint (GTK_WIDGET (window));
  if (!kb_present_wait (kb_present_is_active, window, 10000))
    g_test_message ("the window never got the keyboard: %s", kb_present_describe_focus ());
  if (!kb_present_key ("new game", "Return", "the board", on_board, window))
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (kb_window_get_new_game_page (window)),
                                               "new-game.start", NULL));
  g_assert_true (kb_present_wait (on_board, window, 1000));
}

/* No pawn walks, in either window (a key while one walks only makes it arrive). */
static gboolean
settled (gpointer window)
{
  GtkWindow *room = kb_window_get_board_audience (window);
  GtkWidget *room_view = room != NULL ? kb_present_find (GTK_WIDGET (room), KB_TYPE_BOARD_VIEW)
                                      : NULL;

  return !kb_board_view_is_animating (kb_board_page_get_board_view (
                                        kb_window_get_board_page (window))) &&
         (room_view == NULL || !kb_board_view_is_animating (KB_BOARD_VIEW (room_view)));
}

/* Waits for the pawns; a "choose" or "swap" square waits for a choice the clicker cannot make:
 * the test makes it, as the game leader would with the mouse. */
void
kb_present_settle (KbWindow *window)
{
  KbBoardPage *page = kb_window_get_board_page (window);
  KbGame *game = kb_board_page_get_game (page);

  kb_present_wait (settled, window, 5000);
  if (kb_game_get_phase (game) == KB_GAME_PHASE_CHOOSE_CATEGORY)
    gtk_widget_activate_action (GTK_WIDGET (page), "board.choose", "u", 0);
  else if (kb_game_get_phase (game) == KB_GAME_PHASE_CHOOSE_PLAYER)
    gtk_widget_activate_action (GTK_WIDGET (page), "board.swap", "u",
                                (kb_game_get_current_player (game) + 1) %
                                kb_game_get_n_players (game));
  kb_present_wait (settled, window, 5000);
}

typedef struct { int moves; } Kept;

static gboolean
kept_moves_are (gpointer data)
{
  return kb_test_kept_moves () == ((Kept *) data)->moves;
}

/* Page Down or Space: one more move in the kept game, which the next start replays. */
void
kb_present_play_key (KbWindow   *window,
                     const char *mode,
                     const char *keys)
{
  g_autofree char *expected = NULL;
  Kept kept;

  kb_present_settle (window);
  kept.moves = kb_test_kept_moves () + 1;
  expected = g_strdup_printf ("move %d in the kept game", kept.moves);
  kb_present_key (mode, keys, expected, kept_moves_are, &kept);
}
