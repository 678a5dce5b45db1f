/* Kept board games: keyed by deck file, so two decks with one id keep two games; files named by
 * deck id from before are still found and move on resume; a turn adds a line to the journal and
 * never writes the kept game again; finished games are not offered; the
 * list is newest first; a damaged, cut-off or newer file (tests/game/data/kept-bad/NAME.json, with
 * the message it must give in NAME.expected) is set aside and told, and never hides the good game
 * beside it; and the free colour or shape for a new player. */
#include <glib/gstdio.h>

#include "game-test-util.h"
#include "game-strategy.h"
#include "kb-game-keeper.h"
#include "kb-journal-test.h"
#include "kb-locale.h"
#include "kb-pawn-choice.h"

typedef struct
{
  char *dir;
  GFile *games;
  KbGameKeeper *keeper;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("kb-keeper-XXXXXX", NULL);
  f->games = g_file_new_build_filename (f->dir, "games", NULL);
  f->keeper = kb_game_keeper_new (f->games);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", f->dir);

  g_assert_finalize_object (f->keeper);
  g_object_unref (f->games);
  g_assert_cmpint (system (cmd), ==, 0);
  g_free (f->dir);
}

/* The test deck copied to @name in the fixture's folder: the same id, another file. */
static KbDeck *
copy_deck (Fixture    *f,
           const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "game", "data", "spel.json", NULL);
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  KbDeck *deck;

  g_assert_true (g_file_get_contents (source, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  deck = kb_deck_new_from_file (file, &error);
  g_assert_no_error (error);
  return deck;
}

static void
play_a_little (KbGame *game,
               guint   seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);

  for (guint i = 0; i < 6 && kb_game_get_phase (game) != KB_GAME_PHASE_FINISHED; i++)
    kb_test_play_one (game, rand, FALSE);
}

static void
test_same_id_other_file (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(KbDeck) builtin = copy_deck (f, "kletsborden.json");
  g_autoptr(KbDeck) stranger = copy_deck (f, "stranger.json");
  g_autoptr(KbGame) first = kb_test_game_new (builtin, 1);
  g_autoptr(KbGame) second = kb_test_game_new (stranger, 2);
  g_autoptr(GFile) first_file = kb_game_keeper_file_for (f->keeper, builtin);
  g_autoptr(GFile) second_file = kb_game_keeper_file_for (f->keeper, stranger);
  g_autoptr(GPtrArray) kept = NULL;

  g_assert_cmpstr (kb_deck_get_id (builtin), ==, kb_deck_get_id (stranger));
  g_assert_false (g_file_equal (first_file, second_file));
  g_assert_false (kb_game_keeper_has_kept_for (f->keeper, kb_deck_get_file (builtin)));

  kb_game_keeper_keep (f->keeper, first);
  play_a_little (first, 1);
  g_usleep (20000);   /* file times tell which is newer */
  kb_game_keeper_keep (f->keeper, second);
  play_a_little (second, 2);

  g_assert_true (kb_game_keeper_has_kept_for (f->keeper, kb_deck_get_file (builtin)));
  g_assert_true (kb_game_keeper_has_kept_for (f->keeper, kb_deck_get_file (stranger)));
  kept = kb_game_keeper_list (f->keeper, NULL, NULL);
  g_assert_cmpuint (kept->len, ==, 2);
  /* Newest first: the stranger's game was saved last. */
  g_assert_true (g_file_equal (kb_kept_game_get_file (kept->pdata[0]), second_file));
  g_assert_true (g_file_equal (kb_kept_game_get_file (kept->pdata[1]), first_file));
  g_assert_true (g_file_equal (kb_deck_get_file (kb_game_get_deck (
                                 kb_kept_game_get_game (kept->pdata[1]))),
                               kb_deck_get_file (builtin)));
  g_assert_nonnull (kb_kept_game_get_saved (kept->pdata[0]));
  {
    g_autofree char *players = kb_kept_game_dup_players (kept->pdata[0]);
    g_assert_cmpstr (players, ==, "Anna, Bram, Chaimae and Daan");
  }

  /* Forgetting one deck's game leaves the other's. */
  g_assert_true (kb_game_keeper_forget_for (f->keeper, kb_deck_get_file (stranger), NULL));
  g_assert_false (kb_game_keeper_has_kept_for (f->keeper, kb_deck_get_file (stranger)));
  g_assert_true (kb_game_keeper_has_kept_for (f->keeper, kb_deck_get_file (builtin)));
  kb_game_set_autosave_file (first, NULL);
  kb_game_set_autosave_file (second, NULL);
}

static void
test_old_id_keyed_file (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(KbDeck) deck = copy_deck (f, "spel.json");
  g_autoptr(KbGame) game = kb_test_game_new (deck, 3);
  g_autoptr(GFile) old = g_file_get_child (f->games, "spel-test.json");
  g_autoptr(GFile) now = kb_game_keeper_file_for (f->keeper, deck);
  g_autoptr(KbKeptGame) kept = NULL;
  g_autoptr(GError) error = NULL;

  /* As the app before kept it: one file per deck id. */
  kb_game_set_autosave_file (game, old);
  play_a_little (game, 3);
  kb_game_set_autosave_file (game, NULL);
  g_assert_false (g_file_equal (old, now));

  kept = kb_game_keeper_find_kept_for (f->keeper, kb_deck_get_file (deck));
  g_assert_nonnull (kept);
  g_assert_true (g_file_equal (kb_kept_game_get_file (kept), old));
  g_assert_cmpuint (kb_game_get_n_moves (kb_kept_game_get_game (kept)), ==,
                    kb_game_get_n_moves (game));

  /* Resumed, it moves to its deck file's name. */
  g_assert_true (kb_game_keeper_resume (f->keeper, kept, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_query_exists (old, NULL));
  g_assert_true (g_file_query_exists (now, NULL));
  g_assert_true (g_file_equal (kb_kept_game_get_file (kept), now));
  kb_game_set_autosave_file (kb_kept_game_get_game (kept), NULL);
}

static void
test_finished_not_offered (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(KbDeck) deck = copy_deck (f, "spel.json");
  g_autoptr(KbGame) game = kb_test_game_new (deck, 4);
  g_autoptr(GPtrArray) kept = NULL;
  g_autoptr(GFile) broken = g_file_get_child (f->games, "broken.json");

  kb_game_keeper_keep (f->keeper, game);
  g_assert_true (kb_game_end (game, NULL));
  g_assert_true (g_file_replace_contents (broken, "{", 1, NULL, FALSE, 0, NULL, NULL, NULL));
  kept = kb_game_keeper_list (f->keeper, NULL, NULL);
  g_assert_cmpuint (kept->len, ==, 0);
  g_assert_false (kb_game_keeper_has_kept_for (f->keeper, kb_deck_get_file (deck)));
  kb_game_set_autosave_file (game, NULL);
}


/* The one file in the games folder whose name starts with @prefix, or NULL. */
static GFile *
find_aside (Fixture    *f,
            const char *prefix)
{
  g_autoptr(GDir) dir = g_dir_open (g_file_peek_path (f->games), 0, NULL);
  GFile *found = NULL;
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, prefix))
      {
        g_assert_null (found);
        found = g_file_get_child (f->games, name);
      }
  return found;
}

static void
test_damaged_set_aside (Fixture       *f,
                        gconstpointer  data)
{
  const char *bad_path = data;
  g_autofree char *stem = g_strndup (bad_path, strlen (bad_path) - strlen (".json"));
  g_autofree char *expected_path = g_strconcat (stem, ".expected", NULL);
  g_autofree char *expected_text = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(KbDeck) deck = copy_deck (f, "spel.json");
  g_autoptr(KbGame) game = kb_test_game_new (deck, 5);
  g_autoptr(GFile) bad = g_file_get_child (f->games, "zz-newest.json");
  g_autoptr(GFile) aside = NULL;
  g_autoptr(GPtrArray) kept = NULL;
  g_autoptr(GPtrArray) notices = NULL;
  g_autoptr(KbKeptGame) found = NULL;
  g_autoptr(GString) expected = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (expected_path, &expected_text, NULL, NULL));
  g_strchomp (expected_text);
  g_assert_true (g_file_get_contents (bad_path, &contents, &length, NULL));

  kb_game_keeper_keep (f->keeper, game);
  play_a_little (game, 5);
  kb_game_set_autosave_file (game, NULL);
  g_usleep (20000);   /* the bad file is the newest */
  g_assert_true (g_file_replace_contents (bad, contents, length, NULL, FALSE, 0, NULL, NULL,
                                          NULL));

  kept = kb_game_keeper_list (f->keeper, NULL, &notices);
  g_assert_cmpuint (kept->len, ==, 1);
  g_assert_cmpuint (kb_game_get_n_moves (kb_kept_game_get_game (kept->pdata[0])), ==,
                    kb_game_get_n_moves (game));
  g_assert_cmpuint (notices->len, ==, 1);

  /* Kept aside under a name of its own, with what it held; gone from the list for good. */
  g_assert_false (g_file_query_exists (bad, NULL));
  aside = find_aside (f, "zz-newest.json.damaged-");
  g_assert_nonnull (aside);
  {
    g_autofree char *moved = NULL;
    gsize moved_length;

    g_assert_true (g_file_load_contents (aside, NULL, &moved, &moved_length, NULL, NULL));
    g_assert_cmpmem (moved, moved_length, contents, length);
  }
  expected = g_string_new (expected_text);
  g_string_replace (expected, "@FILE@", g_file_peek_path (bad), 0);
  g_string_replace (expected, "@ASIDE@", g_file_peek_path (aside), 0);
  g_assert_cmpstr (notices->pdata[0], ==, expected->str);

  g_clear_pointer (&notices, g_ptr_array_unref);
  g_clear_pointer (&kept, g_ptr_array_unref);
  kept = kb_game_keeper_list (f->keeper, NULL, &notices);
  g_assert_cmpuint (kept->len, ==, 1);
  g_assert_cmpuint (notices->len, ==, 0);
  found = kb_game_keeper_find_kept_for (f->keeper, kb_deck_get_file (deck));
  g_assert_nonnull (found);
}

typedef struct
{
  KbGame *game;
  GRand *rand;
} Playing;

static void
play_move (gpointer data)
{
  Playing *p = data;

  g_assert_cmpint (kb_game_get_phase (p->game), !=, KB_GAME_PHASE_FINISHED);
  kb_test_play_one (p->game, p->rand, FALSE);
}

static gboolean
flush_game (gpointer data)
{
  Playing *p = data;

  return kb_game_flush_autosave (p->game, NULL);
}

/* Finding 6: a turn adds a line to the game's journal; the kept game is not written again. */
static void
test_move_appends_a_line (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(KbDeck) deck = copy_deck (f, "spel.json");
  g_autoptr(KbGame) game = kb_test_game_new (deck, 4);
  g_autoptr(GRand) rand = g_rand_new_with_seed (4);
  g_autoptr(GFile) file = NULL;
  Playing playing = { game, rand };

  kb_game_keeper_keep (f->keeper, game);
  file = kb_game_keeper_file_for (f->keeper, deck);
  kb_test_assert_moves_append (file, 40, play_move, flush_game, &playing);
  kb_game_set_autosave_file (game, NULL);
}

static void
test_first_free (void)
{
  const guint some[] = { 0, 1, 3 };
  const guint all[] = { 2, 0, 1 };

  g_assert_cmpuint (kb_pawn_choice_first_free (NULL, 0, 8), ==, 0);
  g_assert_cmpuint (kb_pawn_choice_first_free (some, G_N_ELEMENTS (some), 8), ==, 2);
  g_assert_cmpuint (kb_pawn_choice_first_free (all, G_N_ELEMENTS (all), 3), ==, 0);
  g_assert_cmpuint (kb_pawn_choice_first_free (all, 2, 3), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) bad_files = g_ptr_array_new_with_free_func (g_free);

  kb_locale_init ();
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add ("/game/keeper/same-id-other-file", Fixture, NULL, fixture_set_up,
              test_same_id_other_file, fixture_tear_down);
  g_test_add ("/game/keeper/old-id-keyed-file", Fixture, NULL, fixture_set_up,
              test_old_id_keyed_file, fixture_tear_down);
  g_test_add ("/game/keeper/move-appends-a-line", Fixture, NULL, fixture_set_up,
              test_move_appends_a_line, fixture_tear_down);
  g_test_add ("/game/keeper/finished-not-offered", Fixture, NULL, fixture_set_up,
              test_finished_not_offered, fixture_tear_down);
  {
    g_autofree char *bad_dir = g_test_build_filename (G_TEST_DIST, "game", "data", "kept-bad",
                                                      NULL);
    g_autoptr(GDir) dir = g_dir_open (bad_dir, 0, NULL);
    const char *name;

    g_assert_nonnull (dir);
    while ((name = g_dir_read_name (dir)) != NULL)
      if (g_str_has_suffix (name, ".json"))
        {
          g_autofree char *path = g_strdup_printf ("/game/keeper/set-aside/%s", name);
          char *bad = g_build_filename (bad_dir, name, NULL);

          g_ptr_array_add (bad_files, bad);
          g_test_add (path, Fixture, bad, fixture_set_up,
                      test_damaged_set_aside, fixture_tear_down);
        }
  }
  g_test_add_func ("/game/pawn-choice/first-free", test_first_free);
  return g_test_run ();
}
