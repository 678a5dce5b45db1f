/* Saving and loading a game: a round trip at every step of seeded games, files on disk and the
 * autosave, and broken saves that must give a clear error, never a crash. */
#include <glib/gstdio.h>

#include "game-test-util.h"
#include "game-strategy.h"
#include "kb-game-keeper.h"
#include "kb-locale.h"
#include "kb-test-scale.h"

static void
assert_round_trip (KbGame *game)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *json = kb_game_to_json (game);
  g_autoptr(KbGame) loaded = kb_game_new_from_json (kb_game_get_deck (game), json, -1, &error);
  g_autofree char *again = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  again = kb_game_to_json (loaded);
  g_assert_cmpstr (json, ==, again);
  g_assert_cmpint (kb_game_get_phase (loaded), ==, kb_game_get_phase (game));
  g_assert_cmpuint (kb_game_get_n_moves (loaded), ==, kb_game_get_n_moves (game));
}

/* 200 turns (30 under the sanitizers: each step loads the whole game, so the cost grows with the
 * square of the turns), with every move and now and then an undo, saved and loaded at every
 * step; the loaded game must also go on exactly as the original. */
static void
test_round_trip (gconstpointer data)
{
  const char *deck_name = data;
  g_autoptr(KbDeck) deck = kb_test_load_deck (deck_name);
  guint n_turns = kb_test_scaled (200, 30);

  for (guint64 seed = 1; seed <= 3; seed++)
    {
      g_autoptr(KbGame) game = kb_test_game_new (deck, seed);
      g_autoptr(GRand) rand = g_rand_new_with_seed ((guint32) seed);
      guint steps = 0;

      assert_round_trip (game);
      while (kb_game_get_n_turns (game) < n_turns)
        {
          if (g_rand_int_range (rand, 0, 100) < 3)
            kb_game_undo (game);
          else
            kb_test_play_one (game, rand, TRUE);
          assert_round_trip (game);
          steps++;
        }
      g_assert_cmpuint (steps, >, 2 * n_turns);

      /* A loaded game plays on as the original does, undo included. */
      {
        g_autofree char *json = kb_game_to_json (game);
        g_autoptr(KbGame) loaded = kb_game_new_from_json (deck, json, -1, NULL);
        g_autoptr(GRand) r1 = g_rand_new_with_seed (7);
        g_autoptr(GRand) r2 = g_rand_new_with_seed (7);
        g_autofree char *a = NULL;
        g_autofree char *b = NULL;

        for (guint i = 0; i < 50; i++)
          {
            kb_test_play_one (game, r1, TRUE);
            kb_test_play_one (loaded, r2, TRUE);
          }
        for (guint i = 0; i < 10; i++)
          {
            g_assert_true (kb_game_undo (game));
            g_assert_true (kb_game_undo (loaded));
          }
        a = kb_game_to_json (game);
        b = kb_game_to_json (loaded);
        g_assert_cmpstr (a, ==, b);
      }
    }
}

static void
test_setup_round_trip (void)
{
  g_autoptr(KbDeck) deck = kb_test_load_deck ("spel.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(KbGame) game = kb_game_new (deck, 5, &error);

  assert_round_trip (game);
  kb_game_add_player (game, "Anna", "#102030", KB_PAWN_SHAPE_STAR, &error);
  g_assert_no_error (error);
  assert_round_trip (game);
  kb_game_add_player (game, "Bram", "#405060", KB_PAWN_SHAPE_CROSS, &error);
  kb_game_roll_for_starter (game, NULL, &error);
  g_assert_no_error (error);
  assert_round_trip (game);
  kb_game_start (game, &error);
  g_assert_no_error (error);
  assert_round_trip (game);
  kb_game_end (game, &error);
  g_assert_no_error (error);
  assert_round_trip (game);
}

static void
test_file (void)
{
  g_autoptr(KbDeck) deck = kb_test_load_deck ("spel.json");
  g_autoptr(KbGame) game = kb_test_game_new (deck, 11);
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  g_autoptr(GError) error = NULL;
  g_autoptr(KbGameKeeper) keeper = kb_game_keeper_new (NULL);
  g_autoptr(GFile) file = kb_game_keeper_file_for (keeper, deck);
  g_autoptr(GFile) dir = kb_game_get_autosave_dir ();
  g_autofree char *dir_path = g_file_get_path (dir);
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *deck_id = NULL;
  g_autofree char *deck_path = NULL;
  g_autofree char *deck_file = g_file_get_path (kb_deck_get_file (deck));

  g_assert_true (g_str_has_prefix (dir_path, g_get_user_state_dir ()));
  g_assert_true (g_str_has_suffix (dir_path, "/kletsborden/games"));
  g_autofree char *basename = g_file_get_basename (file);
  g_autoptr(GFile) parent = g_file_get_parent (file);

  /* Where the app keeps the game: named by the deck's id and its file. */
  g_assert_true (g_file_equal (parent, dir));
  g_assert_true (g_str_has_prefix (basename, "spel-test-"));
  g_assert_true (g_str_has_suffix (basename, ".json"));
  g_assert_false (g_file_query_exists (file, NULL));

  kb_game_set_autosave_file (game, file);
  g_assert_true (kb_game_get_autosave_file (game) == file);
  for (guint i = 0; i < 30; i++)
    {
      g_autofree char *json = NULL;
      g_autofree char *saved = NULL;
      g_autoptr(KbGame) loaded = NULL;

      /* The file, its journal folded in, is the game after every move. */
      kb_test_play_one (game, rand, TRUE);
      json = kb_game_to_json (game);
      g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
      loaded = kb_game_load (file, deck, &error);
      g_assert_no_error (error);
      saved = kb_game_to_json (loaded);
      g_assert_cmpstr (json, ==, saved);
    }
  kb_game_set_autosave_file (game, NULL);

  g_assert_true (kb_game_read_deck_ref (file, &deck_id, &deck_path, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (deck_id, ==, "spel-test");
  g_assert_cmpstr (deck_path, ==, deck_file);

  /* Without a deck, the save's own reference opens it. */
  {
    g_autoptr(KbGame) loaded = kb_game_load (file, NULL, &error);
    g_autofree char *a = kb_game_to_json (game);
    g_autofree char *b = NULL;

    g_assert_no_error (error);
    b = kb_game_to_json (loaded);
    g_assert_cmpstr (a, ==, b);
  }
  /* No temporary file is left behind: the folder holds the game and its journal alone. */
  {
    g_autofree char *folder = g_path_get_dirname (path);
    g_autoptr(GDir) listing = g_dir_open (folder, 0, NULL);
    const char *name;
    g_autofree char *journal = g_strconcat (basename, ".journal", NULL);

    g_assert_nonnull (listing);
    while ((name = g_dir_read_name (listing)) != NULL)
      g_assert_true (g_str_equal (name, basename) || g_str_equal (name, journal));
  }
}

static void
on_save_failed (KbGame     *game,
                const char *message,
                char      **out)
{
  g_free (*out);
  *out = g_strdup (message);
}

static void
test_save_fails (void)
{
  g_autoptr(KbDeck) deck = kb_test_load_deck ("spel.json");
  g_autoptr(KbGame) game = kb_test_game_new (deck, 1);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kb-game-XXXXXX", NULL);
  g_autofree char *blocker = g_build_filename (dir, "file", NULL);
  g_autofree char *path = g_build_filename (blocker, "game.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *message = NULL;

  g_assert_true (g_file_set_contents (blocker, "", 0, NULL));
  g_assert_false (kb_game_save (game, file, &error));
  g_assert_error (error, KB_GAME_ERROR, KB_GAME_ERROR_SAVE);
  g_assert_nonnull (strstr (error->message, path));

  /* The autosave reports it and the game goes on. */
  g_signal_connect (game, "save-failed", G_CALLBACK (on_save_failed), &message);
  kb_game_set_autosave_file (game, file);
  g_assert_nonnull (message);
  g_clear_error (&error);
  g_assert_true (kb_game_flag (game, &error));
  g_assert_no_error (error);
  g_unlink (blocker);
  g_rmdir (dir);
}

typedef struct
{
  const char *file;
  KbGameError code;
  const char *message;   /* a part of it */
} Broken;

static const Broken broken[] = {
  { "empty.json", KB_GAME_ERROR_NOT_A_GAME, "not a saved Kletsborden game" },
  { "a-deck.json", KB_GAME_ERROR_NOT_A_GAME, "not a saved Kletsborden game" },
  { "truncated.json", KB_GAME_ERROR_INVALID, "damaged" },
  { "wrong-version.json", KB_GAME_ERROR_VERSION, "version 2" },
  { "version-string.json", KB_GAME_ERROR_INVALID, "“version”" },
  { "unknown-deck.json", KB_GAME_ERROR_OTHER_DECK, "“onbekend”" },
  { "no-state.json", KB_GAME_ERROR_INVALID, "“state”" },
  { "players-not-array.json", KB_GAME_ERROR_INVALID, "“players”" },
  { "current-out-of-range.json", KB_GAME_ERROR_INVALID, "“current” is out of range" },
  { "starter-negative.json", KB_GAME_ERROR_INVALID, "“starter” is out of range" },
  { "square-out-of-range.json", KB_GAME_ERROR_DECK_CHANGED, "no square 11 any more" },
  { "too-many-players.json", KB_GAME_ERROR_INVALID, "2 to 8 players, not 9" },
  { "bad-colour.json", KB_GAME_ERROR_INVALID, "#3366CC" },
  { "bad-pawn.json", KB_GAME_ERROR_INVALID, "“blob”" },
  { "unknown-card.json", KB_GAME_ERROR_DECK_CHANGED, "“rood-9” is no longer in it" },
  { "card-twice.json", KB_GAME_ERROR_INVALID, "more than one place" },
  { "card-in-wrong-pile.json", KB_GAME_ERROR_DECK_CHANGED, "in another category now" },
  { "unknown-pile.json", KB_GAME_ERROR_DECK_CHANGED, "“paars” is gone" },
  { "unknown-phase.json", KB_GAME_ERROR_INVALID, "“dancing”" },
  { "card-without-phase.json", KB_GAME_ERROR_INVALID, "does not fit" },
  { "bad-random.json", KB_GAME_ERROR_INVALID, "“random”" },
  { "unknown-move.json", KB_GAME_ERROR_INVALID, "“teleport”" },
  { "move-player-out-of-range.json", KB_GAME_ERROR_INVALID, "There is no player 7" },
  { "moves-do-not-match.json", KB_GAME_ERROR_DECK_CHANGED, "no longer lead to the saved" },
  { "moves-without-start.json", KB_GAME_ERROR_INVALID, "“start”" },
};

static void
test_broken (void)
{
  g_autoptr(KbDeck) deck = kb_test_load_deck ("spel.json");

  for (guint i = 0; i < G_N_ELEMENTS (broken); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "game", "data", "broken",
                                                     broken[i].file, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(KbGame) game = kb_game_load (file, deck, &error);

      g_test_message ("%s: %s", broken[i].file, error != NULL ? error->message : "(loaded)");
      g_assert_null (game);
      g_assert_error (error, KB_GAME_ERROR, (gint) broken[i].code);
      g_assert_nonnull (strstr (error->message, broken[i].message));
    }
}

static void
test_good_file (void)
{
  g_autoptr(KbDeck) deck = kb_test_load_deck ("spel.json");
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "game", "data", "saved-game.json",
                                                 NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KbGame) game = kb_game_load (file, deck, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (kb_game_get_n_players (game), ==, 5);
  g_assert_cmpuint (kb_game_get_n_moves (game), ==, 40);
}

static void
test_deck_refs (void)
{
  g_autoptr(KbDeck) deck = kb_test_load_deck ("spel.json");
  g_autoptr(KbDeck) other = kb_test_load_deck ("other-deck.json");
  g_autoptr(KbGame) game = kb_test_game_new (deck, 3);
  g_autoptr(GError) error = NULL;
  g_autofree char *json = kb_game_to_json (game);
  g_autofree char *deck_path = g_file_get_path (kb_deck_get_file (deck));
  g_autoptr(GString) moved = g_string_new (json);
  g_autofree char *dir = g_dir_make_tmp ("kb-game-XXXXXX", NULL);
  g_autofree char *save_path = g_build_filename (dir, "game.json", NULL);
  g_autoptr(GFile) save = g_file_new_for_path (save_path);
  KbGame *none;

  none = kb_game_new_from_json (other, json, -1, &error);
  g_assert_null (none);
  g_assert_error (error, KB_GAME_ERROR, KB_GAME_ERROR_OTHER_DECK);
  g_clear_error (&error);

  /* The deck is no longer where it was. */
  g_string_replace (moved, deck_path, "/nonexistent/spel.json", 0);
  g_assert_true (g_file_set_contents (save_path, moved->str, -1, NULL));
  none = kb_game_load (save, NULL, &error);
  g_assert_null (none);
  g_assert_error (error, KB_GAME_ERROR, KB_GAME_ERROR_DECK_MISSING);
  g_clear_error (&error);
  /* Given the deck, it still loads. */
  none = kb_game_load (save, deck, &error);
  g_assert_no_error (error);
  g_clear_object (&none);

  g_clear_object (&save);
  save = g_file_new_for_path ("/nonexistent/game.json");
  none = kb_game_load (save, deck, &error);
  g_assert_null (none);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_unlink (save_path);
  g_rmdir (dir);
}

/* The deck lost a card and a square and gained a category since the save: the full game is
 * refused, the position alone loads and plays on. */
static void
test_deck_changed (void)
{
  g_autoptr(KbDeck) deck = kb_test_load_deck ("spel-changed.json");
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "game", "data", "saved-game.json",
                                                 NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KbGame) game = kb_game_load (file, deck, &error);
  g_autoptr(KbDeck) original = kb_test_load_deck ("spel.json");
  g_autoptr(KbGame) saved = kb_game_load (file, original, NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (8);

  g_assert_null (game);
  g_assert_error (error, KB_GAME_ERROR, KB_GAME_ERROR_DECK_CHANGED);
  g_clear_error (&error);

  game = kb_game_load_position (file, deck, &error);
  g_assert_no_error (error);
  g_assert_nonnull (game);
  g_assert_false (kb_game_can_undo (game));
  g_assert_cmpint (kb_game_get_phase (game), ==, kb_game_get_phase (saved));
  g_assert_cmpuint (kb_game_get_current_player (game), ==, kb_game_get_current_player (saved));
  g_assert_cmpuint (kb_game_get_n_players (game), ==, kb_game_get_n_players (saved));
  for (guint i = 0; i < kb_game_get_n_players (game); i++)
    {
      g_assert_cmpstr (kb_game_get_player_name (game, i), ==,
                       kb_game_get_player_name (saved, i));
      g_assert_cmpuint (kb_game_get_player_square (game, i), ==,
                        kb_game_get_player_square (saved, i) % 9);
    }
  g_assert_cmpuint (kb_game_get_pile_size (game, kb_deck_find_category (deck, "geel")), ==, 0);
  g_assert_cmpuint (kb_game_get_pile_size (game, kb_deck_find_category (deck, "rood")), <=, 2);

  assert_round_trip (game);
  while (kb_game_get_n_turns (game) < kb_game_get_n_turns (saved) + kb_test_scaled (100, 20))
    {
      kb_test_play_one (game, rand, TRUE);
      assert_round_trip (game);
    }
  while (kb_game_undo (game))
    ;
  g_assert_cmpuint (kb_game_get_n_turns (game), ==, kb_game_get_n_turns (saved));
}

/* Every cut-off and many a damaged byte: an error or a game, never a crash or a warning. */
static void
test_damage (void)
{
  g_autoptr(KbDeck) deck = kb_test_load_deck ("spel.json");
  g_autoptr(KbGame) game = kb_test_game_new (deck, 21);
  g_autoptr(GRand) rand = g_rand_new_with_seed (21);
  g_autofree char *json = NULL;
  gsize len;
  guint loaded = 0;
  guint n_damaged = kb_test_scaled (2000, 300);

  while (kb_game_get_n_turns (game) < 20)
    kb_test_play_one (game, rand, TRUE);
  json = kb_game_to_json (game);
  len = strlen (json);

  for (gsize cut = 0; cut < len; cut += 7)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(KbGame) none = kb_game_new_from_json (deck, json, (gssize) cut, &error);

      g_assert_null (none);
      g_assert_error (error, KB_GAME_ERROR, error->code);
    }
  for (guint i = 0; i < n_damaged; i++)
    {
      g_autofree char *copy = g_strdup (json);
      g_autoptr(GError) error = NULL;
      g_autoptr(KbGame) maybe = NULL;
      static const char junk[] = "0123456789\"{}[],:-xnt ";

      for (guint k = 0; k < 3; k++)
        copy[g_rand_int_range (rand, 0, (gint32) len)] =
          junk[g_rand_int_range (rand, 0, sizeof junk - 1)];
      maybe = kb_game_new_from_json (deck, copy, -1, &error);
      if (maybe != NULL)
        {
          loaded++;
          assert_round_trip (maybe);
        }
      else
        g_assert_true (error != NULL && error->domain == KB_GAME_ERROR);
    }
  g_test_message ("%u of %u damaged saves still loaded (damage in spaces or names)", loaded,
                  n_damaged);
}

static void
test_dutch (void)
{
  g_autoptr(KbDeck) deck = kb_test_load_deck ("spel.json");
  g_autoptr(GError) error = NULL;
  KbGame *none;

  g_setenv ("LANGUAGE", "nl", TRUE);
  none = kb_game_new_from_json (deck, "{\"format\": \"kletsborden-game\", \"version\": 9}", -1,
                                &error);
  g_setenv ("LANGUAGE", "en", TRUE);
  g_assert_null (none);
  g_assert_error (error, KB_GAME_ERROR, KB_GAME_ERROR_VERSION);
  g_assert_nonnull (strstr (error->message, "versie"));
}

/* The words a saved game uses: a game with every move and every pawn shape, written by the
 * code before its words came from glib-mkenums (tests/game/data/every-word.json), must be
 * written again byte for byte, and load. KB_TEST_WRITE_GOLDEN=1 writes the file anew. */
static char *
kb_test_replace (const char *text,
                 const char *from,
                 const char *to)
{
  g_auto(GStrv) parts = g_strsplit (text, from, -1);

  return g_strjoinv (to, parts);
}

static void
test_every_word (void)
{
  static const char * const pawns[] = { "circle", "square", "triangle", "pentagon", "hexagon",
                                        "star", "diamond", "cross" };
  static const char * const phases[] = { "setup", "roll", "choose-category", "choose-player",
                                         "card", "compliment", "turn-over", "finished" };
  static const char * const moves[] = { "roll", "throw", "choose", "swap", "box", "flag", "next",
                                        "move-pawn", "skip", "add-player", "remove-player",
                                        "end" };
  g_autoptr(KbDeck) deck = kb_test_load_deck ("spel.json");
  g_autoptr(KbGame) game = kb_test_game_new (deck, 11);
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "game", "data", "every-word.json",
                                                 NULL);
  g_autofree char *deck_path = g_test_build_filename (G_TEST_DIST, "game", "data", "spel.json",
                                                      NULL);
  g_autofree char *kept = g_build_filename (g_get_tmp_dir (), "kb-every-word.json", NULL);
  g_autoptr(GFile) kept_file = g_file_new_for_path (kept);
  g_autofree char *here = NULL;
  g_autoptr(KbGame) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *golden = NULL;
  g_autofree char *again = NULL;
  guint seen = 0;
  KbGameMoveKind kind;
  KbGamePhase phase;
  KbPawnShape pawn;

  for (guint i = 0; i < G_N_ELEMENTS (pawns); i++)
    {
      g_assert_cmpstr (kb_pawn_shape_to_string ((KbPawnShape) i), ==, pawns[i]);
      g_assert_true (kb_pawn_shape_from_string (pawns[i], &pawn));
      g_assert_cmpint (pawn, ==, i);
    }
  for (guint i = 0; i < G_N_ELEMENTS (phases); i++)
    {
      g_assert_cmpstr (kb_game_phase_to_string ((KbGamePhase) i), ==, phases[i]);
      g_assert_true (kb_game_phase_from_string (phases[i], &phase));
      g_assert_cmpint (phase, ==, i);
    }
  for (guint i = 0; i < G_N_ELEMENTS (moves); i++)
    {
      g_assert_cmpstr (kb_game_move_kind_to_string ((KbGameMoveKind) i), ==, moves[i]);
      g_assert_true (kb_game_move_kind_from_string (moves[i], &kind));
      g_assert_cmpint (kind, ==, i);
    }
  g_assert_false (kb_game_move_kind_from_string ("Roll", &kind));
  g_assert_false (kb_pawn_shape_from_string (NULL, &pawn));

  /* Every move kind and pawn shape once at least: seeded play, then the rest by hand. */
  while (seen != (1u << G_N_ELEMENTS (moves)) - 1 - (1u << KB_GAME_MOVE_END))
    {
      kb_test_play_one (game, rand, TRUE);
      seen = 0;
      for (guint i = 0; i < kb_game_get_n_moves (game); i++)
        seen |= 1u << kb_game_get_move (game, i)->kind;
    }
  while (kb_game_get_n_players (game) > KB_GAME_MIN_PLAYERS)
    g_assert_true (kb_game_remove_player (game, 0, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (pawns); i++)
    {
      g_autofree char *word = g_strdup_printf ("\"pawn\" : \"%s\"", pawns[i]);

      g_clear_pointer (&json, g_free);
      json = kb_game_to_json (game);
      if (strstr (json, word) == NULL)
        g_assert_true (kb_game_add_player (game, pawns[i], kb_test_colors[i], (KbPawnShape) i,
                                           &error));
      g_assert_no_error (error);
    }
  g_assert_true (kb_game_end (game, &error));
  g_clear_pointer (&json, g_free);
  json = kb_game_to_json (game);
  for (guint i = 0; i < G_N_ELEMENTS (pawns); i++)
    {
      g_autofree char *word = g_strdup_printf ("\"pawn\" : \"%s\"", pawns[i]);
      g_assert_nonnull (strstr (json, word));
    }
  g_assert_nonnull (strstr (json, "\"move\" : \"end\""));

  /* The deck's file is where the checkout is: the golden file says @DECK@ there. */
  g_clear_pointer (&json, g_free);
  json = kb_game_to_json (game);
  g_assert_nonnull (strstr (json, deck_path));
  if (g_getenv ("KB_TEST_WRITE_GOLDEN") != NULL)
    {
      g_autofree char *portable = kb_test_replace (json, deck_path, "@DECK@");
      g_assert_true (g_file_set_contents (path, portable, -1, NULL));
    }
  g_assert_true (g_file_get_contents (path, &golden, NULL, NULL));
  here = kb_test_replace (golden, "@DECK@", deck_path);
  g_assert_cmpstr (json, ==, here);
  g_assert_true (g_file_set_contents (kept, here, -1, NULL));
  loaded = kb_game_load (kept_file, deck, &error);
  g_assert_no_error (error);
  again = kb_game_to_json (loaded);
  g_assert_cmpstr (again, ==, here);
  g_unlink (kept);
}

int
main (int   argc,
      char *argv[])
{
  kb_locale_init ();
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_data_func ("/game/json/round-trip/spel", "spel.json", test_round_trip);
  g_test_add_data_func ("/game/json/round-trip/kletsborden", "kletsborden", test_round_trip);
  g_test_add_func ("/game/json/setup-round-trip", test_setup_round_trip);
  g_test_add_func ("/game/json/file", test_file);
  g_test_add_func ("/game/json/save-fails", test_save_fails);
  g_test_add_func ("/game/json/broken", test_broken);
  g_test_add_func ("/game/json/good-file", test_good_file);
  g_test_add_func ("/game/json/deck-refs", test_deck_refs);
  g_test_add_func ("/game/json/deck-changed", test_deck_changed);
  g_test_add_func ("/game/json/damage", test_damage);
  g_test_add_func ("/game/json/dutch", test_dutch);
  g_test_add_func ("/game/json/every-word", test_every_word);
  return g_test_run ();
}
