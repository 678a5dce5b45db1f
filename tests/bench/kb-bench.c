/* Benchmarks, one sub-command per figure (DESIGN.md "Targets"): kb-bench COMMAND [ARGS…].
 * Reports, never asserts. To add a figure: a function below and a row in `commands`. */
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "kb-deck.h"
#include "kb-bench-game.h"
#include "kb-bench-journal.h"
#include "kb-bench-render.h"
#include "kb-bench-util.h"

typedef int (*KbBenchFunc) (int argc, char **argv);

typedef struct
{
  const char *name;
  const char *usage;
  const char *description;
  KbBenchFunc run;
} KbBenchCommand;

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof *values, kb_bench_compare_doubles);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

/* Runs @func once in a child process and returns the child's peak resident set in MB, so one
 * measurement does not inherit the peak of another. */
static double
peak_rss_mb (void (*func) (gpointer), gpointer data)
{
  struct rusage usage;
  int status;
  pid_t pid = fork ();

  if (pid == 0)
    {
      func (data);
      _exit (0);
    }
  if (pid < 0 || wait4 (pid, &status, 0, &usage) < 0)
    return -1;
  return usage.ru_maxrss / 1024.0;
}

/* A deck like a real one, scaled up: two languages, notes on every third card, tags. */
static GBytes *
generate_deck (guint n_cards)
{
  static const char *kinds[] = { "question", "statement", "exercise", "reflection" };
  static const char *symbols[] = { "hand", "heart", "eye", "speech", "star", "people", "sun",
                                   "leaf" };
  GString *s = g_string_new ("{\n  \"format\": \"kletsborden-deck\",\n  \"version\": 1,\n"
                             "  \"id\": \"bench\",\n  \"languages\": [\n    \"nl\",\n    \"en\"\n"
                             "  ],\n  \"title\": {\n    \"nl\": \"Meetdeck\",\n"
                             "    \"en\": \"Benchmark deck\"\n  },\n  \"categories\": [");

  for (guint c = 0; c < G_N_ELEMENTS (symbols); c++)
    g_string_append_printf (s, "%s\n    {\n      \"id\": \"cat-%u\",\n      \"name\": {\n"
                            "        \"nl\": \"Categorie %u\",\n        \"en\": \"Category %u\"\n"
                            "      },\n      \"color\": \"#%02X5533\",\n      \"symbol\": \"%s\"\n"
                            "    }", c > 0 ? "," : "", c, c, c, 40 + 20 * c, symbols[c]);
  g_string_append (s, "\n  ],\n  \"cards\": [");
  for (guint i = 0; i < n_cards; i++)
    {
      g_string_append_printf (s, "%s\n    {\n      \"id\": \"card-%u\",\n"
                              "      \"category\": \"cat-%u\",\n      \"kind\": \"%s\",\n"
                              "      \"intensity\": \"light\",\n      \"text\": {\n"
                              "        \"nl\": \"Wanneer voelde jij je voor het laatst echt "
                              "gehoord door iemand die je nog niet kende? (%u)\",\n"
                              "        \"en\": \"When did you last feel truly heard by someone "
                              "you did not know yet? (%u)\"\n      }",
                              i > 0 ? "," : "", i, i % 8, kinds[i % 4], i, i);
      if (i % 3 == 0)
        g_string_append (s, ",\n      \"notes\": {\n        \"nl\": \"Laat een stilte vallen; "
                            "vraag daarna door naar wat er toen anders was dan anders.\",\n"
                            "        \"en\": \"Let a silence fall; then ask what was different "
                            "that time.\"\n      }");
      g_string_append (s, ",\n      \"tags\": [\n        \"bench\",\n        \"kort\"\n      ]"
                          "\n    }");
    }
  g_string_append (s, "\n  ]\n}\n");
  return g_string_free_to_bytes (s);
}

/* The yardstick: json-glib reading the same file into its tree, nothing more. */
static void
parse_bare (gpointer data)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();

  if (!json_parser_load_from_file (parser, data, NULL))
    g_error ("the generated deck does not parse");
}

/* What the app does with a deck file: read, parse, validate, build the deck. */
static void
load_deck (gpointer data)
{
  g_autoptr(GFile) file = g_file_new_for_path (data);
  g_autoptr(KbProblems) problems = kb_problems_new ("bench.json");
  g_autoptr(KbDeck) deck = kb_deck_load (file, NULL, problems, NULL);

  if (deck == NULL || kb_problems_get_n_items (problems) > 0)
    g_error ("the generated deck has problems");
}

static void
do_nothing (gpointer data)
{
}

static double
cpu_now_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

/* The wall-clock time of @func, and in @cpu the CPU time it used: on a busy shared machine the
 * first stretches with the load, the second hardly. */
static double
time_ms (void (*func) (gpointer), gpointer data, double *cpu)
{
  gint64 t0 = g_get_monotonic_time ();
  double c0 = cpu_now_ms ();

  func (data);
  *cpu = cpu_now_ms () - c0;
  return (g_get_monotonic_time () - t0) / 1000.0;
}

static void
print_loadavg (const char *when)
{
  g_autofree char *loadavg = NULL;

  if (g_file_get_contents ("/proc/loadavg", &loadavg, NULL, NULL))
    g_print ("loadavg.%-20s %s", when, loadavg);
}

static int
bench_load (int    argc,
            char **argv)
{
  guint n_cards = argc > 0 ? (guint) g_ascii_strtoull (argv[0], NULL, 10) : 10000;
  guint runs = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 15;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree double *bare = NULL;
  g_autofree double *full = NULL;
  g_autofree double *ratio = NULL;
  g_autofree double *bare_cpu = NULL;
  g_autofree double *full_cpu = NULL;
  g_autofree double *ratio_cpu = NULL;
  double rss_base, rss_parse, rss_load, cpu_ratio;
  int fd;

  if (n_cards == 0 || runs == 0)
    return 2;
  bytes = generate_deck (n_cards);
  fd = g_file_open_tmp ("kb-bench-XXXXXX.json", &path, &error);
  if (fd < 0 || !g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                      (gssize) g_bytes_get_size (bytes), &error))
    {
      g_printerr ("cannot write the deck: %s\n", error->message);
      return 1;
    }
  close (fd);
  bare = g_new (double, runs);
  full = g_new (double, runs);
  ratio = g_new (double, runs);
  bare_cpu = g_new (double, runs);
  full_cpu = g_new (double, runs);
  ratio_cpu = g_new (double, runs);

  print_loadavg ("before");
  /* Memory first, each in a child of its own, so that no peak is inherited. */
  rss_base = peak_rss_mb (do_nothing, path);
  rss_parse = peak_rss_mb (parse_bare, path);
  rss_load = peak_rss_mb (load_deck, path);

  /* Both sides read the file (from the page cache after the first run). They alternate, and
   * which goes first alternates too, so a busy moment on a shared machine weighs on both;
   * the ratio is taken per pair, then the median of the ratios. */
  for (guint r = 0; r < runs; r++)
    {
      if (r % 2 == 0)
        {
          bare[r] = time_ms (parse_bare, path, &bare_cpu[r]);
          full[r] = time_ms (load_deck, path, &full_cpu[r]);
        }
      else
        {
          full[r] = time_ms (load_deck, path, &full_cpu[r]);
          bare[r] = time_ms (parse_bare, path, &bare_cpu[r]);
        }
      ratio[r] = full[r] / bare[r];
      ratio_cpu[r] = full_cpu[r] / bare_cpu[r];
    }
  g_unlink (path);

  g_print ("deck: %u cards, %.2f MB, %u pairs (medians)\n", n_cards,
           g_bytes_get_size (bytes) / (1024.0 * 1024.0), runs);
  g_print ("load.json_glib_parse_ms     %8.1f\n", median (bare, runs));
  g_print ("load.load_and_validate_ms   %8.1f\n", median (full, runs));
  g_print ("load.ratio_pairwise_median  %8.2f\n", median (ratio, runs));
  g_print ("load.ratio_best_worst       %8.2f %.2f\n", ratio[0], ratio[runs - 1]);
  g_print ("load.cpu.json_glib_parse_ms %8.1f\n", median (bare_cpu, runs));
  g_print ("load.cpu.load_and_validate_ms %6.1f\n", median (full_cpu, runs));
  cpu_ratio = median (ratio_cpu, runs);   /* sorts: the range is read after it */
  g_print ("load.cpu.ratio_pairwise_median %5.2f (range %.2f-%.2f)\n", cpu_ratio, ratio_cpu[0],
           ratio_cpu[runs - 1]);
  g_print ("load.peak_rss_baseline_mb   %8.1f\n", rss_base);
  g_print ("load.peak_rss_parse_mb      %8.1f\n", rss_parse);
  g_print ("load.peak_rss_load_mb       %8.1f\n", rss_load);
  print_loadavg ("after");
  return 0;
}

/* A generated deck as a file, for the benchmarks of the real program (kb-bench-display). */
static int
bench_write_deck (int    argc,
                  char **argv)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  if (argc < 2)
    return 2;
  bytes = generate_deck ((guint) g_ascii_strtoull (argv[0], NULL, 10));
  if (!g_file_set_contents (argv[1], g_bytes_get_data (bytes, NULL),
                            (gssize) g_bytes_get_size (bytes), &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  return 0;
}

static const KbBenchCommand commands[] = {
  { "load", "load [CARDS=10000] [RUNS=15]",
    "load and validate a generated deck file, against json-glib parsing the same file bare",
    bench_load },
  { "write-deck", "write-deck CARDS FILE", "write a generated deck of CARDS cards to FILE",
    bench_write_deck },
  { "card", "card [DECK.json]",
    "one card at 1920x1080 and 3840x2160: first draw (empty SVG cache) and cached",
    kb_bench_render_card },
  { "board", "board [DECK.json]", "the deck's board with pawns at 3840x2160, first and cached",
    kb_bench_render_board },
  { "pdf", "pdf [DECK.json]", "a 100-card deck to PDF (a4-3x3, with and without backs)",
    kb_bench_render_pdf },
  { "game", "game [TURNS=10000] [DECK.json]",
    "a soak of seeded board-game turns: time, memory along the way, save/load/undo at the end",
    kb_bench_game },
  { "journal", "journal [MOVES=10000]",
    "a card session and a board game of MOVES moves, kept after each: a move's cost at the start "
    "and the end, memory, load average", kb_bench_journal },
};

static int
usage (void)
{
  g_printerr ("Usage: kb-bench COMMAND [ARGS…]\n\n");
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_printerr ("  %-32s %s\n", commands[i].usage, commands[i].description);
  return 2;
}

int
main (int   argc,
      char *argv[])
{
  if (argc < 2)
    return usage ();
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      return commands[i].run (argc - 2, argv + 2);
  return usage ();
}
