/* The rules of the board game: setting up, who begins, moving round the loop, every square, the
 * box and the flag, reshuffling, the facilitator's moves and undo. */
#include "game-rules-test-util.h"
#include "kb-locale.h"

/* The test board: 0 start, 1 rood, 2 groen, 3 choose, 4 blauw, 5 compliment, 6 rood, 7 swap,
 * 8 rest, 9 groen. */

static KbCategory *
category (KbDeck     *deck,
          const char *id)
{
  KbCategory *c = kb_deck_find_category (deck, id);
  g_assert_nonnull (c);
  return c;
}

static const char *
card_category (KbGame *game)
{
  g_assert_nonnull (kb_game_get_card (game));
  return kb_category_get_id (kb_card_get_category (kb_game_get_card (game)));
}

static void
refused (gboolean   done,
         GError   **error)
{
  g_assert_error (*error, KB_GAME_ERROR, KB_GAME_ERROR_NOT_ALLOWED);
  g_assert_false (done);
  g_clear_error (error);
}

static void
test_setup (void)
{
  g_autoptr(KbDeck) deck = kb_test_load_deck ("spel.json");
  g_autoptr(KbDeck) bare = kb_test_load_deck ("no-board.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(KbGame) game = NULL;
  KbGame *none;

  none = kb_game_new (bare, 1, &error);
  g_assert_null (none);
  g_assert_error (error, KB_GAME_ERROR, KB_GAME_ERROR_NO_BOARD);
  g_clear_error (&error);

  game = kb_game_new (deck, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (kb_game_get_phase (game), ==, KB_GAME_PHASE_SETUP);
  refused (kb_game_roll (game, &error), &error);
  refused (kb_game_add_player (game, "Anna", "red", KB_PAWN_SHAPE_STAR, &error), &error);
  refused (kb_game_add_player (game, "  ", "#112233", KB_PAWN_SHAPE_STAR, &error), &error);
  refused (kb_game_add_player (game, "Anna", "#112233", (KbPawnShape) 99, &error), &error);
  kb_test_ok (kb_game_add_player (game, "Anna", "#aabbcc", KB_PAWN_SHAPE_STAR, &error), error);
  g_assert_cmpstr (kb_game_get_player_color (game, 0), ==, "#AABBCC");
  refused (kb_game_start (game, &error), &error);
  for (guint i = 1; i < KB_GAME_MAX_PLAYERS; i++)
    kb_test_ok (kb_game_add_player (game, "Speler", kb_test_colors[i], KB_PAWN_SHAPE_CROSS, &error),
        error);
  refused (kb_game_add_player (game, "Negen", "#000000", KB_PAWN_SHAPE_CIRCLE, &error), &error);
  kb_test_ok (kb_game_set_player (game, 1, "Bram", "#101010", KB_PAWN_SHAPE_HEXAGON, &error), error);
  g_assert_cmpstr (kb_game_get_player_name (game, 1), ==, "Bram");
  g_assert_cmpint (kb_game_get_player_pawn (game, 1), ==, KB_PAWN_SHAPE_HEXAGON);
  kb_test_ok (kb_game_set_starter (game, 7, &error), error);
  kb_test_ok (kb_game_remove_player (game, 7, &error), error);
  g_assert_cmpuint (kb_game_get_starter (game), ==, 0);
  refused (kb_game_set_starter (game, 7, &error), &error);
  kb_test_ok (kb_game_set_starter (game, 2, &error), error);
  kb_test_ok (kb_game_remove_player (game, 0, &error), error);
  g_assert_cmpuint (kb_game_get_starter (game), ==, 1);
  g_assert_cmpuint (kb_game_get_n_players (game), ==, 6);

  kb_test_ok (kb_game_start (game, &error), error);
  g_assert_cmpint (kb_game_get_phase (game), ==, KB_GAME_PHASE_ROLL);
  g_assert_cmpuint (kb_game_get_current_player (game), ==, 1);
  g_assert_cmpuint (kb_game_get_pile_size (game, category (deck, "rood")), ==, 3);
  g_assert_cmpuint (kb_game_get_pile_size (game, category (deck, "groen")), ==, 2);
  g_assert_cmpuint (kb_game_get_pile_size (game, category (deck, "blauw")), ==, 1);
  g_assert_false (kb_game_can_undo (game));
  refused (kb_game_start (game, &error), &error);
  refused (kb_game_set_player (game, 0, "X", "#000000", KB_PAWN_SHAPE_CIRCLE, &error), &error);
  refused (kb_game_next_turn (game, &error), &error);
  refused (kb_game_put_in_box (game, &error), &error);
  for (guint i = 0; i < kb_game_get_n_players (game); i++)
    g_assert_cmpuint (kb_game_get_player_square (game, i), ==, 0);
}

static void
test_starter_by_die (void)
{
  g_autoptr(KbDeck) deck = kb_test_load_deck ("spel.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(KbGame) game = kb_game_new (deck, 7, &error);
  g_autoptr(GArray) rolls = NULL;
  KbTestDie die;

  /* 4, 6, 6: the last two tie and throw again: 2, 5. */
  kb_test_die_load (&die, 5, (guint[]) { 4, 6, 6, 2, 5 });
  kb_game_set_die_func (game, kb_test_die_throw, &die, NULL);
  refused (kb_game_roll_for_starter (game, &rolls, &error), &error);
  for (guint i = 0; i < 3; i++)
    kb_test_ok (kb_game_add_player (game, "Speler", kb_test_colors[i], KB_PAWN_SHAPE_CIRCLE, &error),
        error);
  kb_test_ok (kb_game_roll_for_starter (game, &rolls, &error), error);
  g_assert_cmpuint (rolls->len, ==, 3);
  g_assert_cmpuint (g_array_index (rolls, guint, 0), ==, 4);
  g_assert_cmpuint (g_array_index (rolls, guint, 1), ==, 2);
  g_assert_cmpuint (g_array_index (rolls, guint, 2), ==, 5);
  g_assert_cmpuint (kb_game_get_starter (game), ==, 2);
  kb_test_ok (kb_game_start (game, &error), error);
  g_assert_cmpuint (kb_game_get_current_player (game), ==, 2);

  /* Without a die function the seed decides, the same way every time. */
  {
    g_autoptr(KbGame) a = kb_game_new (deck, 99, NULL);
    g_autoptr(KbGame) b = kb_game_new (deck, 99, NULL);
    for (guint i = 0; i < 5; i++)
      {
        kb_game_add_player (a, "A", kb_test_colors[i], KB_PAWN_SHAPE_CIRCLE, NULL);
        kb_game_add_player (b, "B", kb_test_colors[i], KB_PAWN_SHAPE_CIRCLE, NULL);
      }
    kb_test_ok (kb_game_roll_for_starter (a, NULL, &error), error);
    kb_test_ok (kb_game_roll_for_starter (b, NULL, &error), error);
    g_assert_cmpuint (kb_game_get_starter (a), ==, kb_game_get_starter (b));
  }
}

static void
test_loop_and_wrap (void)
{
  g_autoptr(KbDeck) deck = kb_test_load_deck ("spel.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(KbGame) game = NULL;
  KbTestDie die;
  const KbGameMove *move;

  kb_test_die_load (&die, 2, (guint[]) { 1, 6 });
  game = kb_test_new_game (deck, 2, &die);

  kb_test_ok (kb_game_roll (game, &error), error);
  g_assert_cmpuint (kb_game_get_last_roll (game), ==, 1);
  g_assert_cmpuint (kb_game_get_player_square (game, 0), ==, 1);
  g_assert_cmpint (kb_game_get_phase (game), ==, KB_GAME_PHASE_CARD);
  g_assert_cmpstr (card_category (game), ==, "rood");
  g_assert_cmpuint (kb_game_get_pile_size (game, category (deck, "rood")), ==, 2);
  move = kb_game_get_move (game, 0);
  g_assert_cmpint (move->kind, ==, KB_GAME_MOVE_ROLL);
  g_assert_cmpuint (move->value, ==, 1);
  g_assert_cmpuint (move->square, ==, 1);
  g_assert_cmpuint (move->from, ==, 0);
  g_assert_true (move->card == kb_game_get_card (game));
  refused (kb_game_roll (game, &error), &error);
  kb_test_ok (kb_game_next_turn (game, &error), error);
  g_assert_null (kb_game_get_card (game));
  g_assert_cmpuint (kb_game_get_current_player (game), ==, 1);
  g_assert_cmpuint (kb_game_get_n_turns (game), ==, 1);

  /* A physical die: any number up to two twelve-sided dice. */
  refused (kb_game_throw (game, 0, &error), &error);
  refused (kb_game_throw (game, KB_GAME_MAX_THROW + 1, &error), &error);
  kb_test_ok (kb_game_throw (game, 8, &error), error);
  g_assert_cmpuint (kb_game_get_player_square (game, 1), ==, 8);
  g_assert_cmpint (kb_game_get_phase (game), ==, KB_GAME_PHASE_TURN_OVER);   /* rest */
  g_assert_null (kb_game_get_card (game));
  kb_test_ok (kb_game_next_turn (game, &error), error);

  /* 1 + 6 = 7: swap. */
  kb_test_ok (kb_game_roll (game, &error), error);
  g_assert_cmpuint (kb_game_get_player_square (game, 0), ==, 7);
  g_assert_cmpint (kb_game_get_phase (game), ==, KB_GAME_PHASE_CHOOSE_PLAYER);
  refused (kb_game_next_turn (game, &error), &error);
  refused (kb_game_swap_with (game, 0, &error), &error);
  refused (kb_game_swap_with (game, 5, &error), &error);
  kb_test_ok (kb_game_swap_with (game, 1, &error), error);
  g_assert_cmpuint (kb_game_get_player_square (game, 0), ==, 8);
  g_assert_cmpuint (kb_game_get_player_square (game, 1), ==, 7);
  g_assert_cmpint (kb_game_get_phase (game), ==, KB_GAME_PHASE_TURN_OVER);
  kb_test_ok (kb_game_next_turn (game, &error), error);

  /* Past the end: 7 + 5 = 12 is square 2. */
  kb_test_ok (kb_game_throw (game, 5, &error), error);
  g_assert_cmpuint (kb_game_get_player_square (game, 1), ==, 2);
  g_assert_cmpstr (card_category (game), ==, "groen");
  g_assert_cmpuint (kb_game_get_move (game, kb_game_get_n_moves (game) - 1)->from, ==, 7);
  kb_test_ok (kb_game_next_turn (game, &error), error);
  /* 8 + 2 = 10 is square 0, the start: nothing to do. */
  kb_test_ok (kb_game_throw (game, 2, &error), error);
  g_assert_cmpuint (kb_game_get_player_square (game, 0), ==, 0);
  g_assert_cmpint (kb_game_get_phase (game), ==, KB_GAME_PHASE_TURN_OVER);
}

static void
test_choose_and_compliment (void)
{
  g_autoptr(KbDeck) deck = kb_test_load_deck ("spel.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(KbGame) game = kb_test_new_game (deck, 2, NULL);
  g_autoptr(KbDeck) other = kb_test_load_deck ("other-deck.json");

  kb_test_ok (kb_game_throw (game, 3, &error), error);
  g_assert_cmpint (kb_game_get_phase (game), ==, KB_GAME_PHASE_CHOOSE_CATEGORY);
  g_assert_null (kb_game_get_card (game));
  refused (kb_game_put_in_box (game, &error), &error);
  refused (kb_game_choose_category (game, kb_deck_get_category (other, 0), &error), &error);
  kb_test_ok (kb_game_choose_category (game, category (deck, "blauw"), &error), error);
  g_assert_cmpint (kb_game_get_phase (game), ==, KB_GAME_PHASE_CARD);
  g_assert_cmpstr (kb_card_get_id (kb_game_get_card (game)), ==, "blauw-1");
  g_assert_true (kb_game_get_move (game, 1)->category == category (deck, "blauw"));
  kb_test_ok (kb_game_next_turn (game, &error), error);

  kb_test_ok (kb_game_throw (game, 5, &error), error);
  g_assert_cmpint (kb_game_get_phase (game), ==, KB_GAME_PHASE_COMPLIMENT);
  g_assert_null (kb_game_get_card (game));
  refused (kb_game_put_in_box (game, &error), &error);
  kb_test_ok (kb_game_next_turn (game, &error), error);
  g_assert_cmpuint (kb_game_get_current_player (game), ==, 0);
}

static void
test_box (void)
{
  g_autoptr(KbDeck) deck = kb_test_load_deck ("spel.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(KbGame) game = kb_test_new_game (deck, 3, NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  KbCategory *rood = category (deck, "rood");

  kb_test_ok (kb_game_throw (game, 1, &error), error);
  g_hash_table_add (seen, kb_game_get_card (game));
  for (guint i = 0; i < 2; i++)
    {
      kb_test_ok (kb_game_put_in_box (game, &error), error);
      g_assert_cmpuint (kb_game_get_player_box_size (game, 0), ==, i + 1);
      g_assert_cmpint (kb_game_get_phase (game), ==, KB_GAME_PHASE_CARD);
      g_assert_cmpstr (card_category (game), ==, "rood");
      g_assert_true (g_hash_table_add (seen, kb_game_get_card (game)));
    }
  g_assert_cmpuint (kb_game_get_pile_size (game, rood), ==, 0);
  /* All three red cards in the box: nothing left to draw, the turn is over. */
  kb_test_ok (kb_game_put_in_box (game, &error), error);
  g_assert_cmpuint (kb_game_get_player_box_size (game, 0), ==, 3);
  g_assert_cmpint (kb_game_get_phase (game), ==, KB_GAME_PHASE_TURN_OVER);
  g_assert_null (kb_game_get_card (game));
  kb_test_ok (kb_game_next_turn (game, &error), error);

  kb_test_ok (kb_game_throw (game, 6, &error), error);
  g_assert_cmpint (kb_game_get_phase (game), ==, KB_GAME_PHASE_TURN_OVER);
  g_assert_cmpuint (kb_game_get_player_box_size (game, 1), ==, 0);
  kb_test_ok (kb_game_next_turn (game, &error), error);

  /* When Anna leaves, her box goes with her and the red cards come back. */
  kb_test_ok (kb_game_remove_player (game, 0, &error), error);
  g_assert_cmpuint (kb_game_get_n_players (game), ==, 2);
  g_assert_cmpstr (kb_game_get_player_name (game, kb_game_get_current_player (game)), ==,
                   "Chaimae");
  kb_test_ok (kb_game_throw (game, 6, &error), error);
  g_assert_cmpstr (card_category (game), ==, "rood");
  g_assert_true (kb_game_get_move (game, kb_game_get_n_moves (game) - 1)->reshuffled);
  g_assert_cmpuint (kb_game_get_pile_size (game, rood), ==, 2);
}

static void
test_flag (void)
{
  g_autoptr(KbDeck) deck = kb_test_load_deck ("spel.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(KbGame) game = kb_test_new_game (deck, 3, NULL);

  kb_test_ok (kb_game_throw (game, 2, &error), error);
  g_assert_cmpint (kb_game_get_phase (game), ==, KB_GAME_PHASE_CARD);
  kb_test_ok (kb_game_flag (game, &error), error);
  g_assert_cmpuint (kb_game_get_player_box_size (game, 0), ==, 0);
  g_assert_null (kb_game_get_card (game));
  g_assert_cmpuint (kb_game_get_current_player (game), ==, 1);
  g_assert_cmpint (kb_game_get_phase (game), ==, KB_GAME_PHASE_ROLL);
  /* Before the roll, and on a square that asks for a choice, too. */
  kb_test_ok (kb_game_flag (game, &error), error);
  g_assert_cmpuint (kb_game_get_current_player (game), ==, 2);
  kb_test_ok (kb_game_throw (game, 3, &error), error);
  g_assert_cmpint (kb_game_get_phase (game), ==, KB_GAME_PHASE_CHOOSE_CATEGORY);
  kb_test_ok (kb_game_flag (game, &error), error);
  g_assert_cmpuint (kb_game_get_current_player (game), ==, 0);
  g_assert_cmpuint (kb_game_get_n_turns (game), ==, 3);
  g_assert_cmpint (kb_game_get_move (game, 1)->kind, ==, KB_GAME_MOVE_FLAG);
}

static void
test_reshuffle (void)
{
  g_autoptr(KbDeck) deck = kb_test_load_deck ("spel.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(KbGame) game = kb_test_new_game (deck, 2, NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  KbCategory *rood = category (deck, "rood");
  KbCard *boxed;

  /* Red is on squares 1 and 6: the two players walk 1, 5, 5, … and land on red each time. */
  kb_test_ok (kb_game_throw (game, 1, &error), error);
  g_hash_table_add (seen, kb_game_get_card (game));
  kb_test_ok (kb_game_next_turn (game, &error), error);
  kb_test_ok (kb_game_throw (game, 6, &error), error);
  g_assert_true (g_hash_table_add (seen, kb_game_get_card (game)));
  kb_test_ok (kb_game_next_turn (game, &error), error);
  kb_test_ok (kb_game_throw (game, 5, &error), error);
  g_assert_true (g_hash_table_add (seen, kb_game_get_card (game)));
  g_assert_false (kb_game_get_move (game, 4)->reshuffled);
  g_assert_cmpuint (kb_game_get_pile_size (game, rood), ==, 0);
  /* Keep this one out of the next pile. */
  boxed = kb_game_get_card (game);
  kb_test_ok (kb_game_put_in_box (game, &error), error);
  g_assert_true (kb_game_get_move (game, 5)->reshuffled);
  g_assert_true (kb_game_get_card (game) != boxed);
  g_assert_cmpuint (kb_game_get_pile_size (game, rood), ==, 1);
  kb_test_ok (kb_game_next_turn (game, &error), error);
  kb_test_ok (kb_game_throw (game, 5, &error), error);
  g_assert_true (kb_game_get_card (game) != boxed);
  g_assert_cmpuint (kb_game_get_pile_size (game, rood), ==, 0);
  kb_test_ok (kb_game_next_turn (game, &error), error);
  kb_test_ok (kb_game_throw (game, 5, &error), error);
  g_assert_true (kb_game_get_move (game, kb_game_get_n_moves (game) - 1)->reshuffled);
  g_assert_true (kb_game_get_card (game) != boxed);
  g_assert_cmpuint (kb_game_get_pile_size (game, rood), ==, 1);
}

static void
test_facilitator (void)
{
  g_autoptr(KbDeck) deck = kb_test_load_deck ("spel.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(KbGame) game = kb_test_new_game (deck, 3, NULL);

  kb_test_ok (kb_game_move_pawn (game, 1, 4, &error), error);
  g_assert_cmpuint (kb_game_get_player_square (game, 1), ==, 4);
  g_assert_cmpint (kb_game_get_phase (game), ==, KB_GAME_PHASE_ROLL);
  g_assert_null (kb_game_get_card (game));
  refused (kb_game_move_pawn (game, 1, 10, &error), &error);
  refused (kb_game_move_pawn (game, 3, 1, &error), &error);

  kb_test_ok (kb_game_throw (game, 2, &error), error);
  kb_test_ok (kb_game_skip (game, &error), error);
  g_assert_cmpuint (kb_game_get_current_player (game), ==, 1);
  g_assert_null (kb_game_get_card (game));

  kb_test_ok (kb_game_add_player (game, "Daan", "#123456", KB_PAWN_SHAPE_DIAMOND, &error), error);
  g_assert_cmpuint (kb_game_get_n_players (game), ==, 4);
  g_assert_cmpuint (kb_game_get_player_square (game, 3), ==, 0);
  g_assert_cmpuint (kb_game_get_current_player (game), ==, 1);
  refused (kb_game_add_player (game, "", "#123456", KB_PAWN_SHAPE_DIAMOND, &error), &error);

  /* Anna leaves: Bram keeps his turn though his index moves. */
  kb_test_ok (kb_game_remove_player (game, 0, &error), error);
  g_assert_cmpuint (kb_game_get_current_player (game), ==, 0);
  g_assert_cmpstr (kb_game_get_player_name (game, 0), ==, "Bram");
  /* Bram leaves in the middle of his turn: Chaimae's turn begins. */
  kb_test_ok (kb_game_throw (game, 1, &error), error);
  kb_test_ok (kb_game_remove_player (game, 0, &error), error);
  {
    const KbGameMove *move = kb_game_get_move (game, kb_game_get_n_moves (game) - 1);
    g_assert_cmpint (move->kind, ==, KB_GAME_MOVE_REMOVE_PLAYER);
    g_assert_cmpstr (move->player_name, ==, "Bram");
    g_assert_cmpstr (move->target_name, ==, "Bram");
    g_assert_cmpstr (kb_game_get_move (game, 0)->target_name, ==, "Bram");   /* the pawn */
    g_assert_cmpstr (kb_game_get_move (game, 0)->player_name, ==, "Anna");
  }
  g_assert_cmpstr (kb_game_get_player_name (game, kb_game_get_current_player (game)), ==,
                   "Chaimae");
  g_assert_cmpint (kb_game_get_phase (game), ==, KB_GAME_PHASE_ROLL);
  refused (kb_game_remove_player (game, 0, &error), &error);   /* two must stay */

  kb_test_ok (kb_game_flag (game, &error), error);
  kb_test_ok (kb_game_flag (game, &error), error);
  kb_test_ok (kb_game_flag (game, &error), error);
  kb_test_ok (kb_game_end (game, &error), error);
  g_assert_cmpint (kb_game_get_phase (game), ==, KB_GAME_PHASE_FINISHED);
  refused (kb_game_roll (game, &error), &error);
  refused (kb_game_skip (game, &error), &error);
  g_assert_true (kb_game_undo (game));
  g_assert_cmpint (kb_game_get_phase (game), ==, KB_GAME_PHASE_ROLL);
}

static void
test_rounds (void)
{
  g_autoptr(KbDeck) deck = kb_test_load_deck ("spel.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(KbGame) game = kb_game_new (deck, 3, &error);

  kb_game_add_player (game, "Anna", "#111111", KB_PAWN_SHAPE_CIRCLE, &error);
  kb_game_add_player (game, "Bram", "#222222", KB_PAWN_SHAPE_CIRCLE, &error);
  kb_game_add_player (game, "Chaimae", "#333333", KB_PAWN_SHAPE_CIRCLE, &error);
  kb_game_set_starter (game, 1, &error);
  kb_test_ok (kb_game_start (game, &error), error);
  g_assert_cmpuint (kb_game_get_rounds_played (game), ==, 0);
  g_assert_cmpuint (kb_game_get_round (game), ==, 1);
  kb_test_ok (kb_game_flag (game, &error), error);
  /* Bram began: Chaimae and Anna still play in the first round. */
  g_assert_cmpuint (kb_game_get_rounds_played (game), ==, 1);
  g_assert_cmpuint (kb_game_get_round (game), ==, 1);
  kb_test_ok (kb_game_flag (game, &error), error);
  g_assert_cmpuint (kb_game_get_round (game), ==, 1);
  kb_test_ok (kb_game_flag (game, &error), error);
  g_assert_cmpuint (kb_game_get_current_player (game), ==, 1);
  g_assert_cmpuint (kb_game_get_rounds_played (game), ==, 1);
  g_assert_cmpuint (kb_game_get_round (game), ==, 2);
  kb_test_ok (kb_game_flag (game, &error), error);
  g_assert_cmpuint (kb_game_get_rounds_played (game), ==, 2);
  g_assert_cmpuint (kb_game_get_round (game), ==, 2);
  kb_test_ok (kb_game_end (game, &error), error);
  g_assert_cmpuint (kb_game_get_rounds_played (game), ==, 2);
  g_assert_cmpuint (kb_game_get_n_turns (game), ==, 4);
}

/* The last of the round leaves during their turn: the turn comes back to the one who began,
 * and the round is over. */
static void
test_rounds_when_last_leaves (void)
{
  g_autoptr(KbDeck) deck = kb_test_load_deck ("spel.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(KbGame) game = kb_game_new (deck, 3, &error);

  kb_game_add_player (game, "Anna", "#111111", KB_PAWN_SHAPE_CIRCLE, &error);
  kb_game_add_player (game, "Bram", "#222222", KB_PAWN_SHAPE_CIRCLE, &error);
  kb_game_add_player (game, "Chaimae", "#333333", KB_PAWN_SHAPE_CIRCLE, &error);
  kb_game_add_player (game, "Dewi", "#444444", KB_PAWN_SHAPE_CIRCLE, &error);
  kb_game_set_starter (game, 2, &error);
  kb_test_ok (kb_game_start (game, &error), error);
  kb_test_ok (kb_game_flag (game, &error), error);
  kb_test_ok (kb_game_flag (game, &error), error);
  kb_test_ok (kb_game_flag (game, &error), error);
  g_assert_cmpstr (kb_game_get_player_name (game, kb_game_get_current_player (game)), ==,
                   "Bram");
  g_assert_cmpuint (kb_game_get_round (game), ==, 1);
  kb_test_ok (kb_game_remove_player (game, 1, &error), error);
  g_assert_cmpstr (kb_game_get_player_name (game, kb_game_get_current_player (game)), ==,
                   "Chaimae");
  g_assert_cmpuint (kb_game_get_round (game), ==, 2);
  g_assert_cmpuint (kb_game_get_rounds_played (game), ==, 1);
  g_assert_true (kb_game_undo (game));
  g_assert_cmpuint (kb_game_get_round (game), ==, 1);
}

/* Each flag raised is counted for the player who raised it, through a leave, and undo takes it
 * back. */
static void
test_flags_counted (void)
{
  g_autoptr(KbDeck) deck = kb_test_load_deck ("spel.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(KbGame) game = kb_game_new (deck, 3, &error);

  kb_game_add_player (game, "Anna", "#111111", KB_PAWN_SHAPE_CIRCLE, &error);
  kb_game_add_player (game, "Bram", "#222222", KB_PAWN_SHAPE_CIRCLE, &error);
  kb_game_add_player (game, "Chaimae", "#333333", KB_PAWN_SHAPE_CIRCLE, &error);
  g_assert_cmpuint (kb_game_get_player_flags (game, 0), ==, 0);
  kb_test_ok (kb_game_start (game, &error), error);
  kb_test_ok (kb_game_flag (game, &error), error);                   /* Anna */
  kb_test_ok (kb_game_throw (game, 1, &error), error);               /* Bram */
  kb_test_ok (kb_game_next_turn (game, &error), error);
  kb_test_ok (kb_game_flag (game, &error), error);                   /* Chaimae */
  kb_test_ok (kb_game_flag (game, &error), error);                   /* Anna */
  g_assert_cmpuint (kb_game_get_player_flags (game, 0), ==, 2);
  g_assert_cmpuint (kb_game_get_player_flags (game, 1), ==, 0);
  g_assert_cmpuint (kb_game_get_player_flags (game, 2), ==, 1);
  kb_test_ok (kb_game_remove_player (game, 0, &error), error);
  g_assert_cmpstr (kb_game_get_player_name (game, 1), ==, "Chaimae");
  g_assert_cmpuint (kb_game_get_player_flags (game, 1), ==, 1);
  kb_test_ok (kb_game_add_player (game, "Dewi", "#444444", KB_PAWN_SHAPE_STAR, &error), error);
  g_assert_cmpuint (kb_game_get_player_flags (game, 2), ==, 0);
  g_assert_true (kb_game_undo (game));
  g_assert_true (kb_game_undo (game));
  g_assert_true (kb_game_undo (game));
  g_assert_cmpuint (kb_game_get_player_flags (game, 0), ==, 1);
}

static void
count (gpointer object,
       gpointer data)
{
  (*(guint *) data)++;
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              gpointer    data)
{
  (*(guint *) data)++;
}

static void
test_signals (void)
{
  g_autoptr(KbDeck) deck = kb_test_load_deck ("spel.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(KbGame) game = kb_test_new_game (deck, 2, NULL);
  guint changed = 0, phase = 0, current = 0, can_undo = 0;

  g_signal_connect (game, "changed", G_CALLBACK (count), &changed);
  g_signal_connect (game, "notify::phase", G_CALLBACK (count_notify), &phase);
  g_signal_connect (game, "notify::current-player", G_CALLBACK (count_notify), &current);
  g_signal_connect (game, "notify::can-undo", G_CALLBACK (count_notify), &can_undo);
  kb_test_ok (kb_game_throw (game, 1, &error), error);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpuint (phase, ==, 1);
  g_assert_cmpuint (current, ==, 0);
  g_assert_cmpuint (can_undo, ==, 1);
  refused (kb_game_throw (game, 1, &error), &error);
  g_assert_cmpuint (changed, ==, 1);
  kb_test_ok (kb_game_put_in_box (game, &error), error);
  g_assert_cmpuint (changed, ==, 2);
  g_assert_cmpuint (phase, ==, 1);
  kb_test_ok (kb_game_next_turn (game, &error), error);
  g_assert_cmpuint (current, ==, 1);
  while (kb_game_undo (game))
    ;
  g_assert_cmpuint (changed, ==, 6);
  g_assert_cmpuint (can_undo, ==, 2);
  g_assert_false (kb_game_can_undo (game));
}

static void
test_builtin_board (void)
{
  g_autoptr(KbDeck) deck = kb_test_load_deck ("kletsborden");
  g_autoptr(KbGame) game = kb_test_game_new (deck, 2026);
  g_autoptr(GRand) rand = g_rand_new_with_seed (2026);
  KbBoard *board = kb_game_get_board (game);
  guint n_cards = 0;

  g_assert_cmpuint (kb_board_get_n_squares (board), ==, 20);
  while (kb_game_get_n_turns (game) < 1000)
    {
      const KbGameMove *move;

      kb_test_play_one (game, rand, TRUE);
      move = kb_game_get_move (game, kb_game_get_n_moves (game) - 1);
      for (guint p = 0; p < kb_game_get_n_players (game); p++)
        g_assert_cmpuint (kb_game_get_player_square (game, p), <, 20);
      if ((move->kind == KB_GAME_MOVE_ROLL || move->kind == KB_GAME_MOVE_THROW) &&
          move->card != NULL)
        {
          KbSquare *square = kb_board_get_square (board, move->square);
          g_assert_true (kb_card_get_category (move->card) == kb_square_get_category (square));
          n_cards++;
        }
      if (move->kind == KB_GAME_MOVE_ROLL)
        g_assert_cmpuint (move->value, <=, kb_board_get_die (board));
    }
  g_assert_cmpuint (n_cards, >, 300);
}

static void
test_names (void)
{
  for (guint i = 0; i <= KB_PAWN_SHAPE_LAST; i++)
    {
      KbPawnShape shape;
      g_assert_true (kb_pawn_shape_from_string (kb_pawn_shape_to_string (i), &shape));
      g_assert_cmpint (shape, ==, i);
    }
  for (guint i = 0; i <= KB_GAME_PHASE_FINISHED; i++)
    {
      KbGamePhase phase;
      g_assert_true (kb_game_phase_from_string (kb_game_phase_to_string (i), &phase));
      g_assert_cmpint (phase, ==, i);
    }
  for (guint i = 0; i <= KB_GAME_MOVE_END; i++)
    {
      KbGameMoveKind kind;
      g_assert_true (kb_game_move_kind_from_string (kb_game_move_kind_to_string (i), &kind));
      g_assert_cmpint (kind, ==, i);
    }
  g_assert_false (kb_pawn_shape_from_string ("blob", &(KbPawnShape) { 0 }));
}

int
main (int   argc,
      char *argv[])
{
  kb_locale_init ();
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/game/setup", test_setup);
  g_test_add_func ("/game/starter-by-die", test_starter_by_die);
  g_test_add_func ("/game/loop-and-wrap", test_loop_and_wrap);
  g_test_add_func ("/game/choose-and-compliment", test_choose_and_compliment);
  g_test_add_func ("/game/box", test_box);
  g_test_add_func ("/game/flag", test_flag);
  g_test_add_func ("/game/reshuffle", test_reshuffle);
  g_test_add_func ("/game/facilitator", test_facilitator);
  g_test_add_func ("/game/rounds", test_rounds);
  g_test_add_func ("/game/rounds-when-last-leaves", test_rounds_when_last_leaves);
  g_test_add_func ("/game/flags-counted", test_flags_counted);
  g_test_add_func ("/game/signals", test_signals);
  g_test_add_func ("/game/builtin-board", test_builtin_board);
  g_test_add_func ("/game/names", test_names);
  return g_test_run ();
}
