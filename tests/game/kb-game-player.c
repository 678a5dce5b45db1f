/* Helper for test-game-kill: plays a seeded game on DECK with autosave to SAVE after every move,
 * and writes the number of moves to stdout once each save is on disk, until MOVES moves (or
 * forever) or SIGKILL.
 *   kb-game-player DECK SAVE SEED [MOVES] */
#include <unistd.h>

#include "game-strategy.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) deck_file = NULL;
  g_autoptr(GFile) save_file = NULL;
  g_autoptr(KbDeck) deck = NULL;
  g_autoptr(KbGame) game = NULL;
  g_autoptr(GRand) rand = NULL;
  guint64 seed, max_moves;

  if (argc < 4)
    {
      g_printerr ("Usage: kb-game-player DECK SAVE SEED [MOVES]\n");
      return 2;
    }
  seed = g_ascii_strtoull (argv[3], NULL, 10);
  max_moves = argc > 4 ? g_ascii_strtoull (argv[4], NULL, 10) : G_MAXUINT64;
  deck_file = g_file_new_for_commandline_arg (argv[1]);
  deck = kb_deck_new_from_file (deck_file, &error);
  if (deck == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  game = kb_test_game_new (deck, seed);
  rand = g_rand_new_with_seed ((guint32) seed);
  save_file = g_file_new_for_commandline_arg (argv[2]);
  kb_game_set_autosave_file (game, save_file);
  while (kb_game_get_n_moves (game) < max_moves)
    {
      char line[32];
      int n;

      kb_test_play_one (game, rand, TRUE);
      /* The autosave is written off the main thread: a move counts once it is on the disk. */
      if (!kb_game_flush_autosave (game, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      /* Unbuffered: what the test reads is what was saved when it killed us. */
      n = g_snprintf (line, sizeof line, "%u\n", kb_game_get_n_moves (game));
      if (write (STDOUT_FILENO, line, (size_t) n) != n)
        return 1;
    }
  return 0;
}
