/* The benchmark's game sub-command: a soak of seeded turns on a deck's board, with the memory
 * along the way, a move's cost and an undo's at the start and at the end, and what a save and a
 * load cost at the end of a very long game. */
#include "config.h"

#include <glib/gstdio.h>

#include "kb-bench-game.h"
#include "kb-bench-util.h"
#include "../game/game-strategy.h"

#define SLICE 500
#define UNDOS 300   /* over at least one of undo's checkpoints */

static double
ms_since (gint64 t0)
{
  return (g_get_monotonic_time () - t0) / 1000.0;
}

/* Undoes UNDOS moves in a row, each timed, as a facilitator taking a long stretch back would. */
static void
undo_slice (KbGame     *game,
            const char *which)
{
  double times[UNDOS];
  guint n = 0;

  while (n < UNDOS && kb_game_can_undo (game))
    {
      gint64 t0 = g_get_monotonic_time ();

      kb_game_undo (game);
      times[n++] = ms_since (t0);
    }
  kb_bench_print_slice ("game", "undo", which, times, n);
  g_print ("game.undo_%s_from_moves    %8u\n", which, kb_game_get_n_moves (game) + n);
}

/* Saves, loads and undoes @rounds times; with nothing leaking, the memory after is as before. */
static void
churn (KbGame *game,
       GFile  *file,
       guint   rounds)
{
  GRand *rand = g_rand_new_with_seed (5);

  for (guint i = 0; i < rounds; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(KbGame) loaded = NULL;

      if (!kb_game_save (game, file, &error))
        g_error ("save: %s", error->message);
      loaded = kb_game_load (file, kb_game_get_deck (game), &error);
      if (loaded == NULL)
        g_error ("load: %s", error->message);
      kb_test_play_one (game, rand, TRUE);
      kb_game_undo (game);
    }
  g_rand_free (rand);
}

int
kb_bench_game (int    argc,
               char **argv)
{
  guint turns = argc > 0 ? (guint) g_ascii_strtoull (argv[0], NULL, 10) : 10000;
  g_autofree char *deck_path = argc > 1 ? g_strdup (argv[1])
                                        : g_build_filename (SOURCE_CARDS_DIR, "kletsborden.json",
                                                            NULL);
  g_autoptr(GFile) deck_file = g_file_new_for_path (deck_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDeck) deck = NULL;
  g_autoptr(KbGame) game = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (1);
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *dir = NULL;
  g_autofree char *save_path = NULL;
  g_autofree char *json = NULL;
  g_autoptr(GFile) save = NULL;
  g_autoptr(KbGame) loaded = NULL;
  double rss_start, rss_played, rss_churned, peak_played, play_ms = 0, json_ms, save_ms, load_ms;
  double undo_loaded_ms;
  guint next_report = MAX (turns / 4, 1);
  gboolean undone_at_start = FALSE;
  gint64 t0;

  if (turns == 0)
    return 2;
  deck = kb_deck_new_from_file (deck_file, &error);
  if (deck == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  dir = g_dir_make_tmp ("kb-bench-game-XXXXXX", NULL);
  save_path = g_build_filename (dir, "game.json", NULL);
  save = g_file_new_for_path (save_path);

  kb_bench_print_load ("game", "start");
  game = kb_test_game_new (deck, 1);
  kb_bench_reset_peak ();
  rss_start = kb_bench_rss_mb ();
  g_print ("game: %s, %u squares, %u cards, 4 players and a facilitator, %u turns\n",
           kb_deck_get_id (deck), kb_board_get_n_squares (kb_game_get_board (game)),
           kb_deck_get_n_cards (deck), turns);
  g_print ("game.rss_start_mb            %8.2f\n", rss_start);

  while (kb_game_get_n_turns (game) < turns)
    {
      double ms;

      t0 = g_get_monotonic_time ();
      kb_test_play_one (game, rand, TRUE);
      ms = ms_since (t0);
      g_array_append_val (times, ms);
      if (!undone_at_start && times->len == 2 * UNDOS)
        {
          /* Played again afterwards: the game goes on from there. */
          undo_slice (game, "start");
          undone_at_start = TRUE;
        }
      if (kb_game_get_n_turns (game) >= next_report)
        {
          g_print ("game.rss_mb_at_%-6u        %8.2f  (%u moves in the history)\n", next_report,
                   kb_bench_rss_mb (), kb_game_get_n_moves (game));
          next_report += MAX (turns / 4, 1);
        }
    }
  for (guint i = 0; i < times->len; i++)
    play_ms += g_array_index (times, double, i);
  rss_played = kb_bench_rss_mb ();
  peak_played = kb_bench_peak_mb ();
  kb_bench_print_slice ("game", "move", "first", (double *) times->data, MIN (SLICE, times->len));
  kb_bench_print_slice ("game", "move", "last",
                        (double *) times->data + times->len - MIN (SLICE, times->len),
                        MIN (SLICE, times->len));

  t0 = g_get_monotonic_time ();
  json = kb_game_to_json (game);
  json_ms = ms_since (t0);
  t0 = g_get_monotonic_time ();
  if (!kb_game_save (game, save, &error))
    g_error ("save: %s", error->message);
  save_ms = ms_since (t0);
  t0 = g_get_monotonic_time ();
  loaded = kb_game_load (save, deck, &error);
  if (loaded == NULL)
    g_error ("load: %s", error->message);
  load_ms = ms_since (t0);
  t0 = g_get_monotonic_time ();
  kb_game_undo (loaded);
  undo_loaded_ms = ms_since (t0);
  g_clear_object (&loaded);
  undo_slice (game, "end");

  churn (game, save, 20);
  rss_churned = kb_bench_rss_mb ();
  churn (game, save, 100);

  g_print ("game.moves                   %8u  (%u played)\n", kb_game_get_n_moves (game),
           times->len);
  g_print ("game.play_ms                 %8.1f  (%.2f us a move)\n", play_ms,
           1000.0 * play_ms / times->len);
  g_print ("game.rss_end_mb              %8.2f\n", rss_played);
  g_print ("game.peak_rss_played_mb      %8.2f  (the peak over the turns played)\n", peak_played);
  g_print ("game.history_mb              %8.2f  (%zu bytes a move, in the growth above)\n",
           times->len * (sizeof (KbGameMove) + 2 * sizeof (gpointer)) / (1024.0 * 1024.0),
           sizeof (KbGameMove) + 2 * sizeof (gpointer));
  g_print ("game.json_kb                 %8.1f\n", strlen (json) / 1024.0);
  g_print ("game.to_json_ms              %8.1f\n", json_ms);
  g_print ("game.save_ms                 %8.1f  (atomic, with fsync)\n", save_ms);
  g_print ("game.load_ms                 %8.1f  (parse, check, replay every move)\n", load_ms);
  g_print ("game.undo_after_load_ms      %8.3f  (the first undo of the loaded game)\n",
           undo_loaded_ms);
  g_print ("game.rss_after_20_saves_mb   %8.2f\n", rss_churned);
  g_print ("game.rss_after_120_saves_mb  %8.2f  (save, load, move, undo; flat = no leak)\n",
           kb_bench_rss_mb ());
  g_print ("game.peak_rss_mb             %8.2f  (with the saves and loads)\n",
           kb_bench_peak_mb ());
  kb_bench_print_load ("game", "end");

  g_unlink (save_path);
  g_rmdir (dir);
  return 0;
}
