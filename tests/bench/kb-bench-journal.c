/* kb-bench journal [MOVES=10000]: a card session of MOVES draws and a board game of MOVES turns,
 * each kept after every move by its keeper (a journal line, written and fsync'd off the main
 * thread). Prints the cost of a move on the main thread over the first and the last 500 moves
 * (median and slowest), an undo's in the kept game at the start and the end, the time until
 * everything is on the disk, the files' sizes, the memory at the start and the end (with the
 * writer's backlog, once it is written, and the peak), and the load average, since the machine
 * is shared. */
#include "config.h"

#include <stdlib.h>
#include <glib/gstdio.h>

#include "kb-bench-journal.h"
#include "kb-bench-util.h"
#include "kb-session-keeper.h"
#include "kb-session-store.h"
#include "../game/game-strategy.h"

#define WINDOW 500
#define UNDOS  300   /* over at least one of undo's checkpoints */
#define STAGES 4     /* memory told after each quarter of the moves */

/* KB_BENCH_PACED=1: the writer catches up after every move (not timed), as at a room's pace;
 * otherwise moves come at machine speed and lines queue up between the writer's syncs. */
static gboolean paced;

/* Memory once the writer has caught up (not timed): at a room's pace it always has, so what
 * stays is the history itself; what grows beyond the heap is pages kept by the allocator. */
static void
print_memory (const char *name,
              guint       moves,
              guint       entries)
{
  double rss = kb_bench_rss_mb ();

  g_print ("%s.memory_at_%-6u   rss %7.2f MB  heap %7.2f MB  rss trimmed %7.2f MB  (%u in the "
           "history)\n", name, moves, rss, kb_bench_heap_mb (), kb_bench_trimmed_rss_mb (),
           entries);
}

static guint64
size_of (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 ? (guint64) st.st_size : 0;
}

static KbDeck *
load_deck (const char *name)
{
  g_autofree char *path = g_build_filename (SOURCE_CARDS_DIR, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  KbDeck *deck = kb_deck_new_from_file (file, &error);

  if (deck == NULL)
    g_error ("%s", error->message);
  return deck;
}

static void
bench_session (guint moves)
{
  g_autoptr(KbDeck) deck = load_deck ("gespreksroute.json");
  g_autoptr(KbSession) session = kb_session_new (deck);
  g_autoptr(KbSessionKeeper) keeper = kb_session_keeper_new ();
  g_autoptr(GFile) file = kb_session_store_get_file ();
  g_autoptr(GError) error = NULL;
  g_autoptr(KbSessionLog) log = NULL;
  g_autoptr(KbSession) kept = NULL;
  g_autofree char *journal = g_strconcat (g_file_peek_path (file), ".journal", NULL);
  g_autofree double *times = g_new0 (double, moves);
  double rss_start, rss_end, rss_written, flush_ms, load_ms;
  guint reported = 0;
  gint64 t0;

  kb_bench_reset_peak ();
  rss_start = kb_bench_rss_mb ();
  kb_session_keeper_keep (keeper, session, NULL);
  print_memory ("session", 0, 0);
  for (guint i = 0; i < moves; i++)
    {
      gboolean moved;

      if (i > 0 && i % MAX (moves / STAGES, 1) == 0 && i != reported)
        {
          reported = i;
          if (!kb_session_keeper_flush (keeper, &error))
            g_error ("%s", error->message);
          print_memory ("session", i,
                        kb_session_log_get_n_entries (kb_session_keeper_get_log (keeper)));
        }

      t0 = g_get_monotonic_time ();
      moved = kb_session_next (session);
      times[i] = (g_get_monotonic_time () - t0) / 1000.0;
      if (paced && !kb_session_keeper_flush (keeper, &error))
        g_error ("%s", error->message);
      if (!moved)
        {
          /* At the end of the deck: back to its start (not timed), and draw again. */
          while (kb_session_previous (session))
            ;
          i--;
        }
    }
  rss_end = kb_bench_rss_mb ();
  t0 = g_get_monotonic_time ();
  if (!kb_session_keeper_flush (keeper, &error))
    g_error ("%s", error->message);
  flush_ms = (g_get_monotonic_time () - t0) / 1000.0;
  rss_written = kb_bench_rss_mb ();
  print_memory ("session", moves, kb_session_log_get_n_entries (kb_session_keeper_get_log (keeper)));

  g_print ("session: %s, %u cards, %u draws kept one by one\n", kb_deck_get_id (deck),
           kb_deck_get_n_cards (deck), moves);
  kb_bench_print_slice ("session", "move", "first", times, MIN (WINDOW, moves));
  kb_bench_print_slice ("session", "move", "last", times + moves - MIN (WINDOW, moves),
                        MIN (WINDOW, moves));
  /* Played at machine speed, the writer lags behind; at a room's pace it is done between moves. */
  g_print ("session.flush_at_end_ms   %8.2f  (the writer's backlog after the last move)\n",
           flush_ms);
  g_print ("session.snapshot_kb       %8.1f\n", size_of (g_file_peek_path (file)) / 1024.0);
  g_print ("session.journal_kb        %8.1f\n", size_of (journal) / 1024.0);
  g_print ("session.rss_start_mb      %8.2f\n", rss_start);
  g_print ("session.rss_end_mb        %8.2f  (with the writer's backlog)\n", rss_end);
  g_print ("session.rss_written_mb    %8.2f  (once it is written)\n", rss_written);
  g_print ("session.peak_rss_mb       %8.2f\n", kb_bench_peak_mb ());

  t0 = g_get_monotonic_time ();
  kept = kb_session_keeper_load_kept (&log, &error);
  load_ms = (g_get_monotonic_time () - t0) / 1000.0;
  if (kept == NULL || log == NULL)
    g_error ("the kept session did not load: %s", error != NULL ? error->message : "nothing");
  g_print ("session.load_ms           %8.2f  (%u log entries, card %u)\n", load_ms,
           kb_session_log_get_n_entries (log), kb_session_get_position (kept));
  if (kb_session_log_get_n_entries (log) !=
      kb_session_log_get_n_entries (kb_session_keeper_get_log (keeper)))
    g_error ("the kept log has %u entries, the session %u", kb_session_log_get_n_entries (log),
             kb_session_log_get_n_entries (kb_session_keeper_get_log (keeper)));
  kb_session_keeper_keep (keeper, NULL, NULL);
}

/* UNDOS undos in a row, kept as the game goes (a journal line each), timed on the main thread. */
static void
undo_times (KbGame *game,
            double *times)
{
  for (guint i = 0; i < UNDOS; i++)
    {
      gint64 t0 = g_get_monotonic_time ();

      if (!kb_game_undo (game))
        g_error ("nothing to undo");
      times[i] = (g_get_monotonic_time () - t0) / 1000.0;
    }
}

static void
bench_game (guint turns,
            const char *dir)
{
  g_autoptr(KbDeck) deck = load_deck ("kletsborden.json");
  g_autoptr(KbGame) game = kb_test_game_new (deck, 1);
  g_autoptr(GRand) rand = g_rand_new_with_seed (1);
  g_autofree char *path = g_build_filename (dir, "game.json", NULL);
  g_autofree char *journal = g_strconcat (path, ".journal", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KbGame) loaded = NULL;
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  double undo_start[UNDOS], undo_end[UNDOS];
  double rss_start, rss_end, rss_written, flush_ms, load_ms, full_ms;
  gint64 t0;

  kb_bench_reset_peak ();
  rss_start = kb_bench_rss_mb ();
  kb_game_set_autosave_file (game, file);
  print_memory ("game", 0, 0);
  while (kb_game_get_n_turns (game) < turns && kb_game_get_phase (game) != KB_GAME_PHASE_FINISHED)
    {
      double ms;

      if (times->len > 0 && times->len % MAX (turns / STAGES, 1) == 0)
        {
          if (!kb_game_flush_autosave (game, &error))
            g_error ("%s", error->message);
          print_memory ("game", times->len, kb_game_get_n_moves (game));
        }

      t0 = g_get_monotonic_time ();
      kb_test_play_one (game, rand, TRUE);
      ms = (g_get_monotonic_time () - t0) / 1000.0;
      if (paced && !kb_game_flush_autosave (game, &error))
        g_error ("%s", error->message);
      g_array_append_val (times, ms);
      if (times->len == 2 * UNDOS)
        undo_times (game, undo_start);   /* played again afterwards */
    }
  rss_end = kb_bench_rss_mb ();
  t0 = g_get_monotonic_time ();
  if (!kb_game_flush_autosave (game, &error))
    g_error ("%s", error->message);
  flush_ms = (g_get_monotonic_time () - t0) / 1000.0;
  rss_written = kb_bench_rss_mb ();
  print_memory ("game", times->len, kb_game_get_n_moves (game));

  g_print ("game: %s, %u turns, %u moves kept one by one\n", kb_deck_get_id (deck),
           kb_game_get_n_turns (game), kb_game_get_n_moves (game));
  kb_bench_print_slice ("game", "move", "first", (double *) times->data,
                        MIN (WINDOW, times->len));
  kb_bench_print_slice ("game", "move", "last",
                        (double *) times->data + times->len - MIN (WINDOW, times->len),
                        MIN (WINDOW, times->len));
  kb_bench_print_slice ("game", "undo", "start", undo_start, UNDOS);
  g_print ("game.flush_at_end_ms      %8.2f  (the writer's backlog after the last move)\n",
           flush_ms);
  g_print ("game.snapshot_kb          %8.1f\n", size_of (path) / 1024.0);
  g_print ("game.journal_kb           %8.1f\n", size_of (journal) / 1024.0);
  g_print ("game.rss_start_mb         %8.2f\n", rss_start);
  g_print ("game.rss_end_mb           %8.2f  (with the writer's backlog)\n", rss_end);
  g_print ("game.rss_written_mb       %8.2f  (once it is written)\n", rss_written);
  g_print ("game.peak_rss_mb          %8.2f\n", kb_bench_peak_mb ());

  t0 = g_get_monotonic_time ();
  loaded = kb_game_load (file, deck, &error);
  load_ms = (g_get_monotonic_time () - t0) / 1000.0;
  if (loaded == NULL || kb_game_get_n_moves (loaded) != kb_game_get_n_moves (game))
    g_error ("the kept game did not load whole: %s", error != NULL ? error->message : "moves");
  g_print ("game.load_ms              %8.2f  (all %u moves replayed)\n", load_ms,
           kb_game_get_n_moves (loaded));
  /* What every turn cost before the journal: the whole game written again. */
  kb_game_set_autosave_file (game, NULL);
  t0 = g_get_monotonic_time ();
  if (!kb_game_save (game, file, &error))
    g_error ("%s", error->message);
  full_ms = (g_get_monotonic_time () - t0) / 1000.0;
  g_print ("game.whole_save_ms        %8.2f  (one turn's cost without the journal)\n", full_ms);
  /* Last, as it takes the end of the game back (kept too, a journal line each). */
  kb_game_set_autosave_file (game, file);
  undo_times (game, undo_end);
  kb_bench_print_slice ("game", "undo", "end", undo_end, UNDOS);
  if (!kb_game_flush_autosave (game, &error))
    g_error ("%s", error->message);
}

int
kb_bench_journal (int    argc,
                  char **argv)
{
  guint moves = argc > 0 ? (guint) g_ascii_strtoull (argv[0], NULL, 10) : 10000;
  g_autofree char *dir = g_dir_make_tmp ("kb-bench-journal-XXXXXX", NULL);
  g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", dir);

  if (moves == 0)
    return 2;
  /* The kept session goes where the app keeps it: here, in a folder of the benchmark's own. */
  g_setenv ("XDG_STATE_HOME", dir, TRUE);
  paced = g_strcmp0 (g_getenv ("KB_BENCH_PACED"), "1") == 0;
  g_print ("journal: in %s (fsync after every batch of lines%s)\n", dir,
           paced ? ", the writer waited for after every move" : "");
  kb_bench_print_load ("journal", "start");
  bench_session (moves);
  bench_game (moves, dir);
  kb_bench_print_load ("journal", "end");
  return system (cmd) == 0 ? 0 : 1;
}
