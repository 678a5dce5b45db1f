/* Undo in the board game: from the checkpoints, back below them, on again, and in a loaded game. */
#include "game-rules-test-util.h"
#include "kb-locale.h"

/* KB_GAME_CHECKPOINT_EVERY (kb-game-private.h): how far apart undo's copies of the state are. */
#define KB_TEST_CHECKPOINT_EVERY 256

/* What undo must give back: the state and the flags each player raised, which no save holds.
 * The whole saved game (which grows with the history) at every seventh move, so that the test
 * stays short under the sanitizers; what the screen shows at the others. Seven shares no factor
 * with undo's checkpoints, so the whole game is compared at every distance from one. */
static char *
fingerprint (KbGame *game)
{
  KbDeck *deck = kb_game_get_deck (game);
  KbCard *card = kb_game_get_card (game);
  GString *s = g_string_new (NULL);

  if (kb_game_get_n_moves (game) % 7 == 0)
    {
      g_autofree char *json = kb_game_to_json (game);
      g_string_append (s, json);
    }
  g_string_append_printf (s, "\nmoves %u phase %d current %u starter %u roll %u turns %u "
                          "rounds %u card %s\n", kb_game_get_n_moves (game),
                          kb_game_get_phase (game), kb_game_get_current_player (game),
                          kb_game_get_starter (game), kb_game_get_last_roll (game),
                          kb_game_get_n_turns (game), kb_game_get_rounds_played (game),
                          card != NULL ? kb_card_get_id (card) : "-");
  for (guint i = 0; i < kb_game_get_n_players (game); i++)
    g_string_append_printf (s, "%s on %u box %u flags %u\n", kb_game_get_player_name (game, i),
                            kb_game_get_player_square (game, i),
                            kb_game_get_player_box_size (game, i),
                            kb_game_get_player_flags (game, i));
  for (guint c = 0; c < kb_deck_get_n_categories (deck); c++)
    g_string_append_printf (s, "pile %u\n",
                            kb_game_get_pile_size (game, kb_deck_get_category (deck, c)));
  return g_string_free (s, FALSE);
}

/* Plays until @turns turns, noting the fingerprint after each move in @states. */
static void
play_noting (KbGame    *game,
             GRand     *rand,
             guint      turns,
             GPtrArray *states)
{
  while (kb_game_get_n_turns (game) < turns)
    {
      kb_test_play_one (game, rand, TRUE);
      g_ptr_array_add (states, fingerprint (game));
    }
  g_assert_cmpuint (kb_game_get_n_moves (game), ==, states->len - 1);
}

/* Undoes @game down to @n_moves moves, each step checked against @states, which loses them. */
static void
undo_checking (KbGame    *game,
               GPtrArray *states,
               guint      n_moves)
{
  while (kb_game_get_n_moves (game) > n_moves)
    {
      g_autofree char *now = NULL;

      g_assert_true (kb_game_undo (game));
      now = fingerprint (game);
      g_ptr_array_set_size (states, states->len - 1);
      g_assert_cmpstr (now, ==, g_ptr_array_index (states, states->len - 1));
    }
}

/* Undo, any number of times, gives back exactly each earlier state, to the start: 300 turns, over
 * several of undo's checkpoints (KB_GAME_CHECKPOINT_EVERY moves apart), back below two of them and
 * on again, and in a loaded game, whose checkpoints the load made. */
static void
check_undo (const char *deck_name,
            guint64     seed)
{
  g_autoptr(KbDeck) deck = kb_test_load_deck (deck_name);
  g_autoptr(KbGame) game = kb_test_game_new (deck, seed);
  g_autoptr(GPtrArray) states = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) copy = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GRand) rand = g_rand_new_with_seed ((guint32) seed);
  g_autoptr(GError) error = NULL;
  g_autoptr(KbGame) loaded = NULL;
  g_autofree char *json = NULL;

  g_ptr_array_add (states, fingerprint (game));
  play_noting (game, rand, 300, states);
  g_assert_cmpuint (kb_game_get_n_moves (game), >, 2 * KB_TEST_CHECKPOINT_EVERY + 10);
  undo_checking (game, states, KB_TEST_CHECKPOINT_EVERY - 10);
  play_noting (game, rand, 300, states);

  json = kb_game_to_json (game);
  loaded = kb_game_new_from_json (deck, json, -1, &error);
  g_assert_no_error (error);
  g_clear_pointer (&json, g_free);
  json = fingerprint (loaded);
  g_assert_cmpstr (json, ==, g_ptr_array_index (states, states->len - 1));
  for (guint i = 0; i < states->len; i++)
    g_ptr_array_add (copy, g_strdup (g_ptr_array_index (states, i)));
  undo_checking (loaded, copy, 0);
  g_assert_false (kb_game_undo (loaded));

  undo_checking (game, states, 0);
  g_assert_false (kb_game_undo (game));
  g_assert_cmpuint (kb_game_get_n_turns (game), ==, 0);
}

static void
test_undo (void)
{
  check_undo ("spel.json", 1);
  check_undo ("kletsborden", 2);
}

static void
test_undo_roll_again (void)
{
  g_autoptr(KbDeck) deck = kb_test_load_deck ("spel.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(KbGame) game = kb_test_new_game (deck, 2, NULL);

  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;

      kb_test_ok (kb_game_roll (game, &error), error);
      before = kb_game_to_json (game);
      g_assert_true (kb_game_undo (game));
      kb_test_ok (kb_game_roll (game, &error), error);
      after = kb_game_to_json (game);
      g_assert_cmpstr (before, ==, after);
      kb_test_ok (kb_game_flag (game, &error), error);
    }
}

/* The built-in board: 20 squares, four colours; every card drawn is the colour of its square. */

int
main (int   argc,
      char *argv[])
{
  kb_locale_init ();
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/game/undo", test_undo);
  g_test_add_func ("/game/undo-roll-again", test_undo_roll_again);
  return g_test_run ();
}
