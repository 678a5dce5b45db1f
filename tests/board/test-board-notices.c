/* What a facilitator notices in the first minutes of a board game, under Xvfb with real key
 * presses: the round in the header counted from the player who began, and the end screen in
 * agreement with it; the flag said on the screen and marked on the player; L on the board; a
 * turn timer (T); swaps and hand moves that walk; what a square asks, clear of the board. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <adwaita.h>

#include "kb-application.h"
#include "kb-board-layout.h"
#include "kb-board-page.h"
#include "kb-board-view.h"
#include "kb-new-game-page.h"
#include "kb-timer-ring.h"
#include "kb-ui-test.h"
#include "kb-window.h"

#include "board-page-test-util.h"

static const char *
header_subtitle (void)
{
  AdwWindowTitle *title = ADW_WINDOW_TITLE (find_widget (GTK_WIDGET (page),
                                                         ADW_TYPE_WINDOW_TITLE));

  return adw_window_title_get_subtitle (title);
}

/* Bram (the second) begins: the first round lasts until the turn is back with him. */
static void
test_round_from_starter (void)
{
  g_autoptr(GError) error = NULL;

  starter = 1;
  start_game (3);
  starter = 0;
  g_assert_cmpuint (kb_game_get_current_player (game ()), ==, 1);
  g_assert_cmpstr (header_subtitle (), ==, "Round 1");
  press ("v", 1);
  g_assert_cmpstr (header_subtitle (), ==, "Round 1");
  press ("v", 2);
  g_assert_cmpstr (header_subtitle (), ==, "Round 1");
  press ("v", 3);
  g_assert_cmpuint (kb_game_get_current_player (game ()), ==, 1);
  g_assert_cmpstr (header_subtitle (), ==, "Round 2");

  /* Ending now, before anyone played in round 2: one round was played. */
  g_assert_true (kb_game_end (game (), &error));
  g_assert_no_error (error);
  g_assert_cmpstr (kb_board_page_get_prompt (page), ==, "You played 1 round together.");
  press ("ctrl+z", 3);
  press ("v", 4);
  g_assert_cmpstr (header_subtitle (), ==, "Round 2");
  g_assert_true (kb_game_end (game (), &error));
  g_assert_cmpstr (kb_board_page_get_prompt (page), ==, "You played 2 rounds together.");
}

/* The flag count the players list shows beside @name (0 when the mark is hidden), read from the
 * row's widgets as the room sees them, not from what the page says it shows. */
static guint
row_flags (GtkWidget  *root,
           const char *name)
{
  if (gtk_widget_has_css_class (root, "board-player"))
    {
      GtkWidget *count = kb_test_find_by_class (root, "board-flag-count");

      for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        if (GTK_IS_LABEL (child) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (child)), name) == 0)
          {
            g_assert_nonnull (count);
            return gtk_widget_is_visible (count)
                   ? (guint) atoi (gtk_label_get_label (GTK_LABEL (count))) : 0;
          }
      return G_MAXUINT;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      guint found = row_flags (child, name);

      if (found != G_MAXUINT)
        return found;
    }
  return G_MAXUINT;
}

/* V: the turn passes, the screen says who raised the flag (the room's copy too), and the
 * player's row carries a flag with how often; undo takes it back. */
static void
test_flag_shown (void)
{
  g_autoptr(KbBoardPage) room = NULL;

  start_game (3);
  room = g_object_ref_sink (kb_board_page_new ());
  kb_board_page_set_audience (room, TRUE);
  kb_board_page_set_game (room, game ());
  g_assert_null (kb_test_find_label (GTK_WIDGET (page), "raised the flag"));
  g_assert_cmpuint (kb_board_page_get_shown_flag_count (page, 0), ==, 0);
  g_assert_cmpuint (row_flags (GTK_WIDGET (page), "Anna"), ==, 0);
  press ("v", 1);
  g_assert_cmpuint (kb_game_get_current_player (game ()), ==, 1);
  g_assert_nonnull (kb_test_find_label (GTK_WIDGET (page), "Anna raised the flag."));
  g_assert_cmpuint (kb_board_page_get_shown_flag_count (page, 0), ==, 1);
  g_assert_cmpuint (kb_board_page_get_shown_flag_count (room, 0), ==, 1);
  g_assert_cmpuint (row_flags (GTK_WIDGET (page), "Anna"), ==, 1);
  g_assert_cmpuint (row_flags (GTK_WIDGET (room), "Anna"), ==, 1);
  g_assert_nonnull (kb_test_find_label (GTK_WIDGET (page), "Bram’s turn"));
  press ("v", 2);
  g_assert_nonnull (kb_test_find_label (GTK_WIDGET (page), "Bram raised the flag."));
  g_assert_cmpuint (kb_board_page_get_shown_flag_count (page, 1), ==, 1);
  g_assert_cmpuint (row_flags (GTK_WIDGET (page), "Bram"), ==, 1);
  press ("ctrl+z", 1);
  g_assert_cmpuint (kb_board_page_get_shown_flag_count (page, 1), ==, 0);
  g_assert_cmpuint (row_flags (GTK_WIDGET (page), "Bram"), ==, 0);
  g_assert_nonnull (kb_test_find_label (GTK_WIDGET (page), "Anna raised the flag."));
  /* The line belongs to the turn after the flag: a throw takes it away. */
  die_numbers[0] = 1;
  press ("space", 2);
  g_assert_null (kb_test_find_label (GTK_WIDGET (page), "raised the flag"));
  g_assert_cmpuint (kb_board_page_get_shown_flag_count (page, 0), ==, 1);
}

static gboolean
drawn_in (gpointer lang)
{
  return g_strcmp0 (kb_board_view_get_drawn_language (view), lang) == 0;
}

/* L switches the board's cards to the deck's other language and back, as on a deck; it is no
 * move of the game. */
static void
test_language_key (void)
{
  start_game (2);
  g_assert_true (kb_test_wait_for (drawn_in, (gpointer) "en"));
  kb_test_press_key (GTK_WINDOW (window), "l");
  if (!kb_test_wait_for (drawn_in, (gpointer) "nl"))
    g_error ("after L the board is drawn in “%s”", kb_board_view_get_drawn_language (view));
  g_assert_cmpstr (kb_game_get_card_language (game ()), ==, "nl");
  g_assert_cmpuint (kb_game_get_n_moves (game ()), ==, 0);
  kb_test_press_key (GTK_WINDOW (window), "l");
  g_assert_true (kb_test_wait_for (drawn_in, (gpointer) "en"));
}

static gboolean
turn_ring_size_at_least (gpointer size)
{
  GtkWidget *ring = find_widget (GTK_WIDGET (page), KB_TYPE_TIMER_RING);

  return ring != NULL && gtk_widget_get_mapped (ring) &&
         gtk_widget_get_width (ring) >= GPOINTER_TO_INT (size);
}

static gboolean
timer_running_is (gpointer expected)
{
  return kb_timer_is_running (kb_board_page_get_turn_timer (page)) == GPOINTER_TO_INT (expected);
}

/* T on the board: a turn timer beside the player's name, large enough for the room; the next
 * player's turn starts from the full time, and the ring stays for them. */
static void
test_turn_timer (void)
{
  KbTimer *timer;

  start_game (2);
  timer = kb_board_page_get_turn_timer (page);
  g_assert_false (turn_ring_size_at_least (GINT_TO_POINTER (1)));
  kb_test_press_key (GTK_WINDOW (window), "t");
  g_assert_true (kb_test_wait_for (timer_running_is, GINT_TO_POINTER (TRUE)));
  g_assert_true (kb_test_wait_for (turn_ring_size_at_least, GINT_TO_POINTER (90)));
  kb_test_press_key (GTK_WINDOW (window), "t");
  g_assert_true (kb_test_wait_for (timer_running_is, GINT_TO_POINTER (FALSE)));
  press ("v", 1);
  g_assert_cmpuint (kb_game_get_current_player (game ()), ==, 1);
  g_assert_cmpint (kb_timer_get_remaining (timer), ==, kb_timer_get_duration (timer));
  g_assert_true (turn_ring_size_at_least (GINT_TO_POINTER (90)));
  kb_test_press_key (GTK_WINDOW (window), "t");
  g_assert_true (kb_test_wait_for (timer_running_is, GINT_TO_POINTER (TRUE)));
  kb_test_press_key (GTK_WINDOW (window), "shift+t");
  g_assert_true (kb_test_wait_for (timer_running_is, GINT_TO_POINTER (FALSE)));
  g_assert_cmpint (kb_timer_get_remaining (timer), ==, kb_timer_get_duration (timer));
}

/* End After This Round (the leader's menu): the header tells the room it is the last round, and
 * when the turn is back with the one who began, the thank-you screen comes; undo plays on. */
static void
test_end_after_round (void)
{
  g_autoptr(GError) error = NULL;

  start_game (2);
  press ("v", 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "board.end-after-round", NULL));
  g_assert_cmpstr (header_subtitle (), ==, "Round 1, the last");
  g_assert_null (kb_board_page_get_prompt (page));
  press ("v", 3);   /* the flag, and the end */
  g_assert_cmpuint (kb_game_get_phase (game ()), ==, KB_GAME_PHASE_FINISHED);
  g_assert_cmpstr (kb_board_page_get_prompt (page), ==, "You played 1 round together.");
  press ("ctrl+z", 2);
  g_assert_cmpuint (kb_game_get_phase (game ()), ==, KB_GAME_PHASE_ROLL);
  g_assert_cmpstr (header_subtitle (), ==, "Round 2");
  press ("v", 3);
  g_assert_cmpuint (kb_game_get_phase (game ()), !=, KB_GAME_PHASE_FINISHED);

  /* Ended another way while the wish stands (End the Game): an undo of that end plays on too,
   * and the round is no longer the last. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "board.end-after-round", NULL));
  g_assert_nonnull (strstr (header_subtitle (), "the last"));
  g_assert_true (kb_game_end (game (), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (kb_game_get_phase (game ()), ==, KB_GAME_PHASE_FINISHED);
  press ("ctrl+z", 3);
  g_assert_cmpuint (kb_game_get_phase (game ()), ==, KB_GAME_PHASE_ROLL);
  g_assert_null (strstr (header_subtitle (), "the last"));
}

static gboolean
switch_is (gpointer expected)
{
  GtkWidget *end_switch = find_widget (GTK_WIDGET (kb_window_get_new_game_page (window)),
                                       GTK_TYPE_SWITCH);

  return gtk_switch_get_active (GTK_SWITCH (end_switch)) == GPOINTER_TO_INT (expected);
}

/* Alt+E on the new-game page of a deck of six cards: the game ends when they run out. Each
 * turn throws onto a square of a colour with cards left, so every turn draws; the header counts
 * the cards down, the saved game keeps the rule, and the end of the sixth turn shows the thank-you
 * screen. The page remembers the choice; Alt+E again turns it off for the tests after. */
static void
test_end_when_cards_run_out (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "board", "data", "twelve.json",
                                                 NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(KbGameKeeper) keeper = kb_game_keeper_new (NULL);
  KbNewGamePage *new_game = kb_window_get_new_game_page (window);
  GtkWidget *end_switch = find_widget (GTK_WIDGET (new_game), GTK_TYPE_SWITCH);
  g_autoptr(GFile) kept = NULL;
  g_autoptr(KbGame) loaded = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (kb_window_open_file (window, file, KB_WINDOW_PLAY_BOARD));
  g_assert_cmpstr (kb_window_get_visible_screen (window), ==, "new-game");
  g_assert_true (kb_game_keeper_forget_for (keeper, kb_deck_get_file (
                                              kb_new_game_page_get_deck (new_game)), NULL));
  while (kb_new_game_page_get_n_players (new_game) > 2)
    kb_new_game_page_remove_player (new_game, 2);
  kb_new_game_page_set_player_name (new_game, 0, "Anna");
  kb_new_game_page_set_player_name (new_game, 1, "Bram");
  kb_new_game_page_set_starter (new_game, 0);
  g_assert_nonnull (end_switch);
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (end_switch)));
  kb_new_game_page_focus (new_game);
  kb_test_wait_for_paint (GTK_WIDGET (new_game));
  kb_test_press_key (GTK_WINDOW (window), "alt+e");
  g_assert_true (kb_test_wait_for (switch_is, GINT_TO_POINTER (TRUE)));
  kb_new_game_page_focus (new_game);
  kb_test_press_key (GTK_WINDOW (window), "Return");
  g_assert_true (kb_test_wait_for (screen_is, "board"));
  page = kb_window_get_board_page (window);
  view = kb_board_page_get_board_view (page);
  g_assert_true (kb_game_get_end_when_cards_run_out (game ()));
  kb_game_set_die_func (game (), fixed_die, NULL, NULL);
  /* Squares 1, 3, 5 … are red, 2, 4 … blue; three cards of each. Anna and Bram throw 1, 1, 1
   * and Bram then 2, past the red square whose pile is empty by then. */
  for (guint i = 0; i < 5; i++)
    die_numbers[i] = 1;
  die_numbers[5] = 2;
  die_next = 0;
  kb_test_wait_for_paint (GTK_WIDGET (view));
  g_assert_cmpstr (header_subtitle (), ==, "Round 1, 6 cards left");

  for (guint turn = 0; turn < 5; turn++)
    {
      press ("space", 2 * turn + 1);
      g_assert_cmpuint (kb_game_get_phase (game ()), ==, KB_GAME_PHASE_CARD);
      press ("Return", 2 * turn + 2);
      g_assert_cmpuint (kb_game_get_phase (game ()), ==, KB_GAME_PHASE_ROLL);
    }
  g_assert_cmpstr (header_subtitle (), ==, "Round 3, 1 card left");
  g_assert_null (kb_board_page_get_prompt (page));

  /* The kept game has the rule: a game loaded from it ends the same way. */
  kept = kb_game_keeper_file_for (keeper, kb_game_get_deck (game ()));
  g_assert_true (kb_game_flush_autosave (game (), &error));
  loaded = kb_game_load (kept, kb_game_get_deck (game ()), &error);
  g_assert_no_error (error);
  g_assert_true (kb_game_get_end_when_cards_run_out (loaded));
  g_assert_cmpuint (kb_game_get_cards_left (loaded), ==, 1);

  press ("space", 11);
  g_assert_cmpuint (kb_game_get_phase (game ()), ==, KB_GAME_PHASE_CARD);
  g_assert_cmpstr (header_subtitle (), ==, "Round 3, the last turn");
  press ("Return", 12);
  g_assert_cmpuint (kb_game_get_phase (game ()), ==, KB_GAME_PHASE_FINISHED);
  g_assert_cmpstr (kb_board_page_get_prompt (page), ==, "You played 3 rounds together.");

  /* The next game on this page starts with the rule on again, until it is turned off. */
  g_assert_true (kb_window_open_file (window, file, KB_WINDOW_PLAY_BOARD));
  g_assert_cmpstr (kb_window_get_visible_screen (window), ==, "new-game");
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (end_switch)));
  kb_test_wait_for_paint (GTK_WIDGET (new_game));
  kb_test_press_key (GTK_WINDOW (window), "alt+e");
  g_assert_true (kb_test_wait_for (switch_is, GINT_TO_POINTER (FALSE)));
}

/* What the frames drew while the pawns moved: for each of two players, whether a frame drew
 * the pawn on a square strictly between @from and @to (on the way, not jumped). */
typedef struct
{
  guint players[2];
  guint from[2], to[2];
  guint n;
  gboolean on_the_way[2];
} Sampled;

static gboolean
sample_until_settled (gpointer data)
{
  Sampled *s = data;

  for (guint i = 0; i < s->n; i++)
    {
      guint at = kb_board_view_get_drawn_square (view, s->players[i]);

      if (at > MIN (s->from[i], s->to[i]) && at < MAX (s->from[i], s->to[i]))
        s->on_the_way[i] = TRUE;
    }
  return !kb_board_view_is_animating (view);
}

/* A swap walks both pawns along the squares, past each other, as a throw does; a pawn put
 * elsewhere by the game leader walks there too; with the system's animations off, they jump. */
static void
test_swap_and_hand_walk (void)
{
  Sampled swapped = { { 0, 1 }, { 15, 6 }, { 6, 15 }, 2, { FALSE, FALSE } };
  Sampled moved = { { 1 }, { 15 }, { 3 }, 1, { FALSE } };

  reach_swap_square ();
  kb_test_press_key (GTK_WINDOW (window), "1");
  g_assert_true (kb_test_wait_for (n_moves_is, GUINT_TO_POINTER (6)));
  g_assert_true (kb_test_wait_for (sample_until_settled, &swapped));
  g_assert_true (swapped.on_the_way[0]);
  g_assert_true (swapped.on_the_way[1]);
  kb_test_wait_for_paint (GTK_WIDGET (view));
  g_assert_cmpuint (kb_board_view_get_drawn_square (view, 0), ==, 6);
  g_assert_cmpuint (kb_board_view_get_drawn_square (view, 1), ==, 15);

  /* The leader puts Bram back on square 4 (3, counted from 0). */
  move_by_hand (1, 4);
  g_assert_true (kb_test_wait_for (sample_until_settled, &moved));
  g_assert_true (moved.on_the_way[0]);
  kb_test_wait_for_paint (GTK_WIDGET (view));
  g_assert_cmpuint (kb_board_view_get_drawn_square (view, 1), ==, 3);
  focus_window (GTK_WINDOW (window));

  /* Animations off: a pawn moved by hand is at its end at once. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  move_by_hand (1, 12);
  g_assert_false (kb_board_view_is_animating (view));
  g_assert_cmpuint (kb_board_view_get_shown_square (view, 1), ==, 11);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", TRUE, NULL);
  focus_window (GTK_WINDOW (window));
}

static gboolean
window_size_is (gpointer size)
{
  const int *wh = size;

  /* The window's own size, without the few pixels its frame takes under Xvfb. */
  return ABS (gtk_widget_get_width (GTK_WIDGET (window)) - wh[0]) <= 12 &&
         ABS (gtk_widget_get_height (GTK_WIDGET (window)) - wh[1]) <= 12;
}

static gboolean
rect_meets (const graphene_rect_t *box,
            const graphene_rect_t *board,
            const KbRect          *rect)
{
  graphene_rect_t r = GRAPHENE_RECT_INIT (board->origin.x + rect->x, board->origin.y + rect->y,
                                          rect->width, rect->height);

  return graphene_rect_intersection (box, &r, NULL);
}

/* What a Choose or Swap square asks stands clear of the board's title and of every square, in
 * a large window and in small ones (it once covered the title in the middle of the board).
 * Xvfb's screen is 1280 × 1024 here, which GTK keeps the window within. */
static void
check_ask_beside_board (const char *what)
{
  const int sizes[][2] = { { 1240, 1000 }, { 1024, 600 }, { 800, 600 } };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      GtkWidget *ask = kb_test_find_by_class (GTK_WIDGET (page), "board-ask");
      graphene_rect_t ask_box, board_box;
      g_autoptr(KbBoardLayout) layout = NULL;
      KbRect title;

      gtk_window_set_default_size (GTK_WINDOW (window), sizes[i][0], sizes[i][1]);
      if (!kb_test_wait_for (window_size_is, (gpointer) sizes[i]))
        g_error ("the window is %d × %d, not %d × %d", gtk_widget_get_width (GTK_WIDGET (window)),
                 gtk_widget_get_height (GTK_WIDGET (window)), sizes[i][0], sizes[i][1]);
      kb_test_wait_for_paint (GTK_WIDGET (view));
      g_assert_cmpstr (kb_board_page_get_prompt (page), ==, what);
      g_assert_true (gtk_widget_get_mapped (ask));
      g_assert_true (gtk_widget_compute_bounds (ask, GTK_WIDGET (window), &ask_box));
      g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (view), GTK_WIDGET (window),
                                                &board_box));
      layout = kb_board_layout_new_for_board (kb_game_get_board (game ()),
                                              board_box.size.width, board_box.size.height);
      kb_board_layout_get_title_rect (layout, &title);
      g_test_message ("%s at %d × %d: %.0f,%.0f %.0f × %.0f", what, sizes[i][0], sizes[i][1],
                      ask_box.origin.x, ask_box.origin.y, ask_box.size.width,
                      ask_box.size.height);
      g_assert_false (rect_meets (&ask_box, &board_box, &title));
      for (guint s = 0; s < layout->n_squares; s++)
        g_assert_false (rect_meets (&ask_box, &board_box, &layout->squares[s]));
    }
}

static void
test_ask_beside_board (void)
{
  die_numbers[0] = 5;
  start_game (2);
  press ("space", 1);
  check_ask_beside_board ("Choose a colour");
  reach_swap_square ();
  check_ask_beside_board ("Swap places");
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 720);
}

int
main (int   argc,
      char *argv[])
{
  if ((window = kb_test_begin (&argc, &argv, "board", &the_app)) == NULL)
    return 77;

  g_test_add_func ("/board/notices/round-from-starter", test_round_from_starter);
  g_test_add_func ("/board/notices/flag-shown", test_flag_shown);
  g_test_add_func ("/board/notices/language-key", test_language_key);
  g_test_add_func ("/board/notices/turn-timer", test_turn_timer);
  g_test_add_func ("/board/notices/end-after-round", test_end_after_round);
  g_test_add_func ("/board/notices/end-when-cards-run-out", test_end_when_cards_run_out);
  g_test_add_func ("/board/notices/swap-and-hand-walk", test_swap_and_hand_walk);
  g_test_add_func ("/board/notices/ask-beside-board", test_ask_beside_board);

  return kb_test_end (&the_app);
}
