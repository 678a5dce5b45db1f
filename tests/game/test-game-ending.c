/* Ending when the cards run out: a rule chosen in setup. No pile is shuffled anew, so every card
 * is drawn once; the end of the turn whose card was the last one ends the game. The rule is kept
 * in the saved game, and a game saved before the rule existed has it off. */
#include <glib/gstdio.h>

#include "game-rules-test-util.h"

/* The test board: 0 start, 1 rood, 2 groen, 3 choose, 4 blauw, 5 compliment, 6 rood, 7 swap,
 * 8 rest, 9 groen. spel.json has three red cards, two green ones and one blue one. */

static KbGame *
new_game (KbDeck   *deck,
          gboolean  end_when_cards_run_out)
{
  g_autoptr(GError) error = NULL;
  KbGame *game = kb_game_new (deck, 7, &error);

  g_assert_no_error (error);
  kb_test_ok (kb_game_add_player (game, "Anna", kb_test_colors[0], KB_PAWN_SHAPE_CIRCLE, &error),
              error);
  kb_test_ok (kb_game_add_player (game, "Bram", kb_test_colors[1], KB_PAWN_SHAPE_STAR, &error),
              error);
  g_assert_false (kb_game_get_end_when_cards_run_out (game));
  kb_test_ok (kb_game_set_end_when_cards_run_out (game, end_when_cards_run_out, &error), error);
  kb_test_ok (kb_game_start (game, &error), error);
  return game;
}

/* The current player throws what takes their pawn to @square. */
static void
throw_to (KbGame *game,
          guint   square)
{
  g_autoptr(GError) error = NULL;
  guint n = kb_board_get_n_squares (kb_game_get_board (game));
  guint at = kb_game_get_player_square (game, kb_game_get_current_player (game));
  guint value = (square + n - at) % n;

  kb_test_ok (kb_game_throw (game, value > 0 ? value : n, &error), error);
  g_assert_cmpuint (kb_game_get_player_square (game, kb_game_get_current_player (game)), ==,
                    square);
}

static const KbGameMove *
last_move (KbGame *game)
{
  return kb_game_get_move (game, kb_game_get_n_moves (game) - 1);
}

/* Draws on a red, green or blue square whose pile still has cards. */
static void
draw_any (KbGame *game)
{
  static const struct { guint square; const char *category; } squares[] = {
    { 1, "rood" }, { 2, "groen" }, { 4, "blauw" },
  };
  KbDeck *deck = kb_game_get_deck (game);

  for (guint i = 0; i < G_N_ELEMENTS (squares); i++)
    if (kb_game_get_pile_size (game, kb_deck_find_category (deck, squares[i].category)) > 0)
      {
        throw_to (game, squares[i].square);
        g_assert_cmpint (kb_game_get_phase (game), ==, KB_GAME_PHASE_CARD);
        return;
      }
  g_assert_not_reached ();
}

/* Six cards, six turns: each card drawn once, the game over at the end of the sixth turn. An
 * empty pile gives no card and is not shuffled anew; undo takes the end back. */
static void
test_cards_run_out (void)
{
  g_autoptr(KbDeck) deck = kb_test_load_deck ("spel.json");
  g_autoptr(KbGame) game = new_game (deck, TRUE);
  g_autoptr(GHashTable) drawn = g_hash_table_new (NULL, NULL);
  g_autoptr(GError) error = NULL;
  KbCategory *red = kb_deck_find_category (deck, "rood");

  g_assert_true (kb_game_get_end_when_cards_run_out (game));
  g_assert_cmpuint (kb_game_get_cards_left (game), ==, 6);
  g_assert_false (kb_game_set_end_when_cards_run_out (game, FALSE, &error));
  g_assert_error (error, KB_GAME_ERROR, KB_GAME_ERROR_NOT_ALLOWED);
  g_clear_error (&error);

  for (guint i = 0; i < 6; i++)
    {
      draw_any (game);
      g_assert_true (g_hash_table_add (drawn, kb_game_get_card (game)));
      g_assert_false (last_move (game)->reshuffled);
      g_assert_cmpuint (kb_game_get_cards_left (game), ==, 5 - i);
      if (i == 3)
        {
          /* The red pile is empty: a red square has no card, and the turn is simply over. */
          kb_test_ok (kb_game_next_turn (game, &error), error);
          g_assert_cmpuint (kb_game_get_pile_size (game, red), ==, 0);
          throw_to (game, 6);
          g_assert_cmpint (kb_game_get_phase (game), ==, KB_GAME_PHASE_TURN_OVER);
          g_assert_null (kb_game_get_card (game));
          g_assert_false (last_move (game)->reshuffled);
          g_assert_cmpuint (kb_game_get_pile_size (game, red), ==, 0);
        }
      if (i < 5)
        {
          kb_test_ok (kb_game_next_turn (game, &error), error);
          g_assert_cmpint (kb_game_get_phase (game), ==, KB_GAME_PHASE_ROLL);
        }
    }
  g_assert_cmpuint (g_hash_table_size (drawn), ==, 6);
  /* The last card is still to be talked about. */
  g_assert_cmpint (kb_game_get_phase (game), ==, KB_GAME_PHASE_CARD);
  g_assert_cmpuint (kb_game_get_cards_left (game), ==, 0);
  kb_test_ok (kb_game_next_turn (game, &error), error);
  g_assert_cmpint (kb_game_get_phase (game), ==, KB_GAME_PHASE_FINISHED);
  g_assert_null (kb_game_get_card (game));
  /* Seven turns by two players who took turns: four rounds, the last one not complete. */
  g_assert_cmpuint (kb_game_get_n_turns (game), ==, 7);
  g_assert_cmpuint (kb_game_get_rounds_played (game), ==, 4);
  g_assert_false (kb_game_roll (game, &error));
  g_clear_error (&error);

  g_assert_true (kb_game_undo (game));
  g_assert_cmpint (kb_game_get_phase (game), ==, KB_GAME_PHASE_CARD);
  g_assert_nonnull (kb_game_get_card (game));
  /* The flag and the box end the last turn too. */
  kb_test_ok (kb_game_flag (game, &error), error);
  g_assert_cmpint (kb_game_get_phase (game), ==, KB_GAME_PHASE_FINISHED);
  g_assert_true (kb_game_undo (game));
  kb_test_ok (kb_game_put_in_box (game, &error), error);
  g_assert_cmpint (kb_game_get_phase (game), ==, KB_GAME_PHASE_TURN_OVER);
  kb_test_ok (kb_game_next_turn (game, &error), error);
  g_assert_cmpint (kb_game_get_phase (game), ==, KB_GAME_PHASE_FINISHED);
}

/* Without the rule (the default), the seventh draw shuffles the pile anew and the game goes on. */
static void
test_rule_off (void)
{
  g_autoptr(KbDeck) deck = kb_test_load_deck ("spel.json");
  g_autoptr(KbGame) game = new_game (deck, FALSE);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 6; i++)
    {
      draw_any (game);
      kb_test_ok (kb_game_next_turn (game, &error), error);
      g_assert_cmpint (kb_game_get_phase (game), ==, KB_GAME_PHASE_ROLL);
    }
  g_assert_cmpuint (kb_game_get_cards_left (game), ==, 0);
  throw_to (game, 1);
  g_assert_cmpint (kb_game_get_phase (game), ==, KB_GAME_PHASE_CARD);
  g_assert_true (last_move (game)->reshuffled);
  kb_test_ok (kb_game_next_turn (game, &error), error);
  g_assert_cmpint (kb_game_get_phase (game), ==, KB_GAME_PHASE_ROLL);
}

/* The game leader removes the player whose turn had the last card: the game is over as when
 * that turn ended. */
static void
test_last_turn_leaves (void)
{
  g_autoptr(KbDeck) deck = kb_test_load_deck ("spel.json");
  g_autoptr(KbGame) game = new_game (deck, TRUE);
  g_autoptr(GError) error = NULL;

  kb_test_ok (kb_game_add_player (game, "Cem", kb_test_colors[2], KB_PAWN_SHAPE_CROSS, &error),
              error);
  for (guint i = 0; i < 6; i++)
    {
      draw_any (game);
      if (i < 5)
        kb_test_ok (kb_game_next_turn (game, &error), error);
    }
  kb_test_ok (kb_game_remove_player (game, kb_game_get_current_player (game), &error), error);
  g_assert_cmpint (kb_game_get_phase (game), ==, KB_GAME_PHASE_FINISHED);
}

/* The rule is in the saved game, whole or journalled, and a loaded game keeps playing by it. */
static void
test_rule_saved (void)
{
  g_autoptr(KbDeck) deck = kb_test_load_deck ("spel.json");
  g_autoptr(KbGame) game = new_game (deck, TRUE);
  g_autoptr(KbGame) plain = new_game (deck, FALSE);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kb-game-ending-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "game.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *json = NULL;
  g_autofree char *plain_json = kb_game_to_json (plain);
  g_autoptr(KbGame) loaded = NULL;
  g_autoptr(KbGame) loaded_plain = NULL;

  kb_game_set_autosave_file (game, file);
  for (guint i = 0; i < 5; i++)
    {
      draw_any (game);
      kb_test_ok (kb_game_next_turn (game, &error), error);
    }
  kb_test_ok (kb_game_flush_autosave (game, &error), error);
  json = kb_game_to_json (game);
  g_assert_nonnull (strstr (json, "\"end-when-cards-run-out\" : true"));
  /* With every rule off, the file is as before the rule existed. */
  g_assert_null (strstr (plain_json, "\"rules\""));

  loaded = kb_game_load (file, deck, &error);
  g_assert_no_error (error);
  g_assert_true (kb_game_get_end_when_cards_run_out (loaded));
  g_assert_cmpuint (kb_game_get_cards_left (loaded), ==, 1);
  loaded_plain = kb_game_new_from_json (deck, plain_json, -1, &error);
  g_assert_no_error (error);
  g_assert_false (kb_game_get_end_when_cards_run_out (loaded_plain));

  /* The loaded game plays by the rule: its last card ends it. */
  kb_game_set_autosave_file (game, NULL);
  draw_any (loaded);
  kb_test_ok (kb_game_next_turn (loaded, &error), error);
  g_assert_cmpint (kb_game_get_phase (loaded), ==, KB_GAME_PHASE_FINISHED);
  g_clear_object (&loaded);
  g_clear_object (&loaded_plain);
  g_unlink (path);
  g_rmdir (dir);
}

/* A game saved before the rule existed has no "rules": it loads with the rule off. A "rules" of
 * the wrong kind is damage. */
static void
test_old_and_damaged_rules (void)
{
  g_autoptr(KbDeck) deck = kb_test_load_deck ("spel.json");
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "game", "data", "saved-game.json",
                                                 NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *old_text = NULL;
  g_autoptr(KbGame) old = kb_game_load (file, deck, &error);
  g_autoptr(KbGame) game = new_game (deck, TRUE);
  g_autofree char *json = kb_game_to_json (game);
  g_autoptr(GString) damaged = g_string_new (json);
  g_autoptr(GString) empty = g_string_new (json);
  KbGame *none;

  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &old_text, NULL, NULL));
  g_assert_null (strstr (old_text, "\"rules\""));
  g_assert_false (kb_game_get_end_when_cards_run_out (old));

  g_string_replace (damaged, "\"end-when-cards-run-out\" : true", "\"end-when-cards-run-out\" : 1",
                    1);
  none = kb_game_new_from_json (deck, damaged->str, -1, &error);
  g_assert_null (none);
  g_assert_error (error, KB_GAME_ERROR, KB_GAME_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "end-when-cards-run-out"));
  g_clear_error (&error);

  g_string_replace (empty, "\"end-when-cards-run-out\" : true", "\"later-rule\" : true", 1);
  none = kb_game_new_from_json (deck, empty->str, -1, &error);
  g_assert_no_error (error);
  g_assert_false (kb_game_get_end_when_cards_run_out (none));
  g_object_unref (none);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/game/ending/cards-run-out", test_cards_run_out);
  g_test_add_func ("/game/ending/rule-off", test_rule_off);
  g_test_add_func ("/game/ending/last-turn-leaves", test_last_turn_leaves);
  g_test_add_func ("/game/ending/rule-saved", test_rule_saved);
  g_test_add_func ("/game/ending/old-and-damaged-rules", test_old_and_damaged_rules);

  return g_test_run ();
}
