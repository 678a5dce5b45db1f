/* Figures for drawing, reported not asserted: one card at 1080p and 4K (the first draw, with an
 * empty SVG cache, and a cached one), the board at 4K, and a 100-card deck to PDF. Each figure
 * is the median of several runs, and the peak memory of the whole run is printed at the end.
 *
 * Usage: kb-bench card|board|pdf [DECK.json]; the functions get the arguments after the command. */
#define G_LOG_DOMAIN "kletsborden-bench"

#include "config.h"

#include <sys/resource.h>
#include <cairo.h>
#include <glib/gstdio.h>

#include "kb-bench-render.h"
#include "kb-board-renderer.h"
#include "kb-card-renderer.h"
#include "kb-export.h"
#include "kb-text-fit.h"

#define RUNS 21

static KbDeck *
load_deck (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  KbDeck *deck = kb_deck_new_from_file (file, &error);

  if (deck == NULL)
    g_printerr ("%s\n", error->message);
  return deck;
}

static const char *
default_deck (int    argc,
              char **argv)
{
  return argc > 0 ? argv[0]
                  : SOURCE_ASSETS_DIR "/../tests/render/data/render-test.json";
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

static void
print_peak_memory (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  g_print ("peak RSS: %.1f MB\n", usage.ru_maxrss / 1024.0);
}

/* The card with the most in it: a title, three roles, a band symbol. */
static KbCard *
pick_card (KbDeck *deck)
{
  KbCard *card = kb_deck_find_card (deck, "casus");

  return card != NULL ? card : kb_deck_get_card (deck, 0);
}

static double
draw_card_once (KbCardRenderer  *renderer,
                KbDeck          *deck,
                KbCard          *card,
                cairo_surface_t *surface,
                const KbRect    *rect)
{
  gint64 start = g_get_monotonic_time ();
  cairo_t *cr = cairo_create (surface);

  kb_card_renderer_draw_front (renderer, cr, deck, card, NULL, rect->width, rect->height);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* Three figures per size: the very first draw (nothing parsed, rasterised or fitted yet), a
 * first draw at this size after the card was drawn at another one (the fitted text sizes carry
 * over, the SVG is rasterised anew), and drawing again at the same size. */
int
kb_bench_render_card (int    argc,
                      char **argv)
{
  g_autoptr(KbDeck) deck = load_deck (default_deck (argc, argv));
  /* width, height, whether the card fills the screen (the card view's "fill": as wide as the
   * screen up to 16:9, 4 % margins) or has a card's proportions */
  const int sizes[][3] = { { 1920, 1080, 0 }, { 3840, 2160, 0 }, { 1920, 1080, 1 },
                           { 3840, 2160, 1 } };

  if (deck == NULL)
    return 1;
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      double cold[RUNS], resized[RUNS], again[RUNS];
      KbRect rect, other;
      cairo_surface_t *surface, *small;
      g_autoptr(KbSvgCache) warm_cache = kb_svg_cache_new ();
      g_autoptr(KbCardRenderer) warm = kb_card_renderer_new (NULL, warm_cache);

      kb_card_fit_rect (sizes[s][0], sizes[s][1], 0, &rect);
      if (sizes[s][2])
        {
          double margin = MIN (sizes[s][0], sizes[s][1]) * 0.04;

          rect.height = sizes[s][1] - 2 * margin;
          rect.width = MIN (sizes[s][0] - 2 * margin, rect.height * 16 / 9);
        }
      kb_card_fit_rect (640, 360, 0, &other);
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) rect.width,
                                            (int) rect.height);
      small = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) other.width,
                                          (int) other.height);
      for (guint i = 0; i < RUNS; i++)
        {
          g_autoptr(KbSvgCache) cache = kb_svg_cache_new ();
          g_autoptr(KbCardRenderer) renderer = kb_card_renderer_new (NULL, cache);

          kb_text_fit_forget ();
          cold[i] = draw_card_once (renderer, deck, pick_card (deck), surface, &rect);
        }
      for (guint i = 0; i < RUNS; i++)
        {
          g_autoptr(KbSvgCache) cache = kb_svg_cache_new ();
          g_autoptr(KbCardRenderer) renderer = kb_card_renderer_new (NULL, cache);

          kb_text_fit_forget ();
          draw_card_once (renderer, deck, pick_card (deck), small, &other);
          resized[i] = draw_card_once (renderer, deck, pick_card (deck), surface, &rect);
        }
      draw_card_once (warm, deck, pick_card (deck), surface, &rect);
      for (guint i = 0; i < RUNS; i++)
        again[i] = draw_card_once (warm, deck, pick_card (deck), surface, &rect);

      g_print ("card %dx%d%s (drawn %dx%d): first %.2f ms, first at this size %.2f ms, "
               "again %.2f ms (median of %d)\n", sizes[s][0], sizes[s][1],
               sizes[s][2] ? " filled" : "", (int) rect.width,
               (int) rect.height, median (cold, RUNS), median (resized, RUNS),
               median (again, RUNS), RUNS);
      cairo_surface_destroy (surface);
      cairo_surface_destroy (small);
    }
  print_peak_memory ();
  return 0;
}

int
kb_bench_render_board (int    argc,
                       char **argv)
{
  g_autoptr(KbDeck) deck = load_deck (default_deck (argc, argv));
  const KbPawn pawns[] = { { 0, 0 }, { 0, 1 }, { 4, 2 }, { 9, 3 } };
  cairo_surface_t *surface;
  double first[RUNS], cached[RUNS];
  g_autoptr(KbSvgCache) warm_cache = kb_svg_cache_new ();
  g_autoptr(KbBoardRenderer) warm = NULL;

  if (deck == NULL)
    return 1;
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 3840, 2160);
  for (guint i = 0; i < RUNS; i++)
    {
      g_autoptr(KbSvgCache) cache = kb_svg_cache_new ();
      g_autoptr(KbBoardRenderer) renderer = kb_board_renderer_new (NULL, cache);
      gint64 start;
      cairo_t *cr;

      kb_text_fit_forget ();
      start = g_get_monotonic_time ();
      cr = cairo_create (surface);

      kb_board_renderer_draw (renderer, cr, deck, NULL, 3840, 2160, pawns, G_N_ELEMENTS (pawns));
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      first[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  warm = kb_board_renderer_new (NULL, warm_cache);
  for (guint i = 0; i <= RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      cairo_t *cr = cairo_create (surface);

      kb_board_renderer_draw (warm, cr, deck, NULL, 3840, 2160, pawns, G_N_ELEMENTS (pawns));
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      if (i > 0)
        cached[i - 1] = (g_get_monotonic_time () - start) / 1000.0;
    }
  g_print ("board 3840x2160: first %.2f ms, again %.2f ms (median of %d)\n",
           median (first, RUNS), median (cached, RUNS), RUNS);
  cairo_surface_destroy (surface);
  print_peak_memory ();
  return 0;
}

/* A deck of @n cards made from the cards of @deck's file, written next to it in a temporary
 * folder, so the art paths still resolve the same way. */
/* JSON wants UTF-8 as it is; g_strescape() would write octal escapes. */
static char *
json_escape (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_c (out, '\\');
      if ((guchar) *p < 0x20)
        g_string_append_printf (out, "\\u%04x", *p);
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static KbDeck *
make_big_deck (KbDeck *deck,
               guint   n,
               char  **tmp_dir)
{
  GString *json = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  KbDeck *big;

  *tmp_dir = g_dir_make_tmp ("kb-bench-XXXXXX", &error);
  g_assert_no_error (error);
  g_string_append (json, "{\"format\": \"kletsborden-deck\", \"version\": 1, \"id\": \"bench\","
                         " \"languages\": [\"nl\"], \"title\": \"Honderd kaarten\","
                         " \"categories\": [");
  for (guint c = 0; c < kb_deck_get_n_categories (deck); c++)
    {
      KbCategory *cat = kb_deck_get_category (deck, c);
      g_autofree char *name = json_escape (kb_text_get (kb_category_get_name (cat), "nl", "nl"));

      g_string_append_printf (json, "%s{\"id\": \"%s\", \"name\": \"%s\", \"color\": \"%s\","
                              " \"symbol\": \"%s\"}", c ? ", " : "", kb_category_get_id (cat),
                              name, kb_category_get_color (cat),
                              kb_category_get_symbol (cat) ? kb_category_get_symbol (cat) : "heart");
    }
  g_string_append (json, "], \"cards\": [");
  for (guint i = 0; i < n; i++)
    {
      KbCard *card = kb_deck_get_card (deck, i % kb_deck_get_n_cards (deck));
      g_autofree char *text = json_escape (kb_text_get (kb_card_get_text (card), "nl", "nl"));

      g_string_append_printf (json, "%s{\"id\": \"c%u\", \"category\": \"%s\", \"kind\": \"%s\","
                              " \"text\": \"%s\"}", i ? ", " : "", i,
                              kb_category_get_id (kb_card_get_category (card)),
                              kb_card_kind_to_string (kb_card_get_kind (card)), text);
    }
  g_string_append (json, "]}");
  path = g_build_filename (*tmp_dir, "deck.json", NULL);
  g_file_set_contents (path, json->str, -1, &error);
  g_assert_no_error (error);
  g_string_free (json, TRUE);
  big = load_deck (path);
  g_unlink (path);
  return big;
}

int
kb_bench_render_pdf (int    argc,
                     char **argv)
{
  g_autoptr(KbDeck) deck = load_deck (default_deck (argc, argv));
  g_autoptr(KbDeck) big = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *pdf = NULL;
  const guint runs = 5;
  double times[5], backs[5];

  if (deck == NULL)
    return 1;
  big = make_big_deck (deck, 100, &dir);
  if (big == NULL)
    return 1;
  pdf = g_build_filename (dir, "bench.pdf", NULL);
  for (guint i = 0; i < runs; i++)
    for (int with_backs = 0; with_backs < 2; with_backs++)
      {
        KbPrintOptions options = { KB_PRINT_LAYOUT_A4_3X3, with_backs, TRUE, NULL, NULL };
        g_autoptr(GError) error = NULL;
        gint64 start;

        kb_text_fit_forget ();
        start = g_get_monotonic_time ();
        if (!kb_export_pdf (big, pdf, &options, &error))
          {
            g_printerr ("%s\n", error->message);
            return 1;
          }
        (with_backs ? backs : times)[i] = (g_get_monotonic_time () - start) / 1000.0;
      }
  {
    GStatBuf st;
    g_stat (pdf, &st);
    g_print ("pdf 100 cards a4-3x3: %.1f ms, with backs %.1f ms (median of %u), %.0f kB\n",
             median (times, runs), median (backs, runs), runs, st.st_size / 1024.0);
  }
  g_unlink (pdf);
  g_rmdir (dir);
  print_peak_memory ();
  return 0;
}
