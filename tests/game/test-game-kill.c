/* Resume after kill -9: a helper plays a seeded game and autosaves after every move; we kill it
 * with SIGKILL at random moments, and the save must always load and be the game as it was after
 * the last move the helper reported, or the one after (the move in progress). */
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "game-test-util.h"
#include "game-strategy.h"
#include "kb-locale.h"

static const char *helper;

/* The last whole number the helper wrote, or -1 before its first move. */
static int
last_reported (const char *output)
{
  g_auto(GStrv) lines = g_strsplit (output, "\n", -1);
  int last = -1;

  /* The last line may be cut off by the kill; only lines ended by "\n" count. */
  for (guint i = 0; lines[i] != NULL && lines[i + 1] != NULL; i++)
    last = atoi (lines[i]);
  return last;
}

static char *
read_all (int fd)
{
  GString *s = g_string_new (NULL);
  char buf[4096];
  gssize n;

  while ((n = read (fd, buf, sizeof buf)) > 0)
    g_string_append_len (s, buf, n);
  return g_string_free (s, FALSE);
}

/* Plays the helper's game in this process up to @n_moves moves. */
static char *
expected_json (KbDeck *deck,
               guint64 seed,
               guint   n_moves)
{
  g_autoptr(KbGame) game = kb_test_game_new (deck, seed);
  g_autoptr(GRand) rand = g_rand_new_with_seed ((guint32) seed);

  while (kb_game_get_n_moves (game) < n_moves)
    kb_test_play_one (game, rand, TRUE);
  return kb_game_to_json (game);
}

static void
kill_once (const char *deck_path,
           guint64     seed,
           guint       delay_ms)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kb-game-kill-XXXXXX", &error);
  g_autofree char *save_path = g_build_filename (dir, "game.json", NULL);
  g_autofree char *tmp_path = g_strconcat (save_path, ".tmp", NULL);
  g_autofree char *seed_text = g_strdup_printf ("%" G_GUINT64_FORMAT, seed);
  g_autoptr(GFile) save = g_file_new_for_path (save_path);
  g_autoptr(KbDeck) deck = NULL;
  g_autoptr(KbGame) game = NULL;
  g_autofree char *output = NULL;
  g_autofree char *loaded = NULL;
  g_autofree char *at = NULL;
  const char *argv[] = { helper, deck_path, save_path, seed_text, NULL };
  GPid pid;
  int out, status, reported;

  g_assert_no_error (error);
  g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                            &pid, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  g_usleep (delay_ms * 1000);
  kill (pid, SIGKILL);
  output = read_all (out);
  close (out);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_spawn_close_pid (pid);
  g_assert_true (WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL);

  reported = last_reported (output);
  g_test_message ("killed after %u ms, %d moves reported", delay_ms, reported);
  if (reported < 0)
    {
      /* Killed before the first move was saved: the save, if any, is the game at its start. */
      if (!g_file_query_exists (save, NULL))
        goto out;
      reported = 0;
    }

  game = kb_game_load (save, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (game);
  g_assert_cmpuint (kb_game_get_n_moves (game), >=, (guint) reported);
  g_assert_cmpuint (kb_game_get_n_moves (game), <=, (guint) reported + 1);

  deck = g_object_ref (kb_game_get_deck (game));
  loaded = kb_game_to_json (game);
  at = expected_json (deck, seed, kb_game_get_n_moves (game));
  g_assert_cmpstr (loaded, ==, at);

out:
  g_unlink (save_path);
  g_unlink (tmp_path);
  g_rmdir (dir);
}

static void
test_kill (gconstpointer data)
{
  const char *deck_name = data;
  g_autofree char *deck_path = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (g_test_rand_int ());

  if (g_str_equal (deck_name, "kletsborden"))
    deck_path = g_build_filename (g_getenv ("KLETSBORDEN_CARDS_DIR"), "kletsborden.json", NULL);
  else
    deck_path = g_test_build_filename (G_TEST_DIST, "game", "data", deck_name, NULL);

  for (guint i = 0; i < 10; i++)
    kill_once (deck_path, 1000 + i, (guint) g_rand_int_range (rand, 5, 400));
}

int
main (int   argc,
      char *argv[])
{
  kb_locale_init ();
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  if (argc < 2)
    {
      g_printerr ("Usage: test-game-kill PATH-TO-kb-game-player\n");
      return 2;
    }
  helper = argv[1];
  g_test_add_data_func ("/game/kill/spel", "spel.json", test_kill);
  g_test_add_data_func ("/game/kill/kletsborden", "kletsborden", test_kill);
  return g_test_run ();
}
