/* PDF and PNG export, checked with poppler's own tools: the page count of each layout, text that
 * can be extracted (so it is vector text, not pixels), and back pages mirrored for duplex. */
#include "kb-render-test.h"

#include <stdlib.h>

#include "kb-card-renderer.h"
#include "kb-export.h"

static KbDeck *deck;

static char *
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static gboolean
have_poppler (void)
{
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");

  if (pdfinfo != NULL && pdftotext != NULL)
    return TRUE;
  g_test_skip ("poppler-utils (pdfinfo, pdftotext) is not installed");
  return FALSE;
}

static char *
export (const char           *name,
        const KbPrintOptions *options)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (KB_TEST_OUTPUT_DIR, name, NULL);

  g_assert_true (kb_export_pdf (deck, path, options, &error));
  g_assert_no_error (error);
  return path;
}

static int
count_pages (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *info = run (argv);
  const char *pages = strstr (info, "Pages:");

  g_assert_nonnull (pages);
  return atoi (pages + strlen ("Pages:"));
}

typedef struct
{
  const char   *name;
  KbPrintLayout layout;
  gboolean      backs;
  int           pages;   /* for the 11 cards of render-test.json */
} PageCase;

static const PageCase page_cases[] = {
  { "a4-3x3", KB_PRINT_LAYOUT_A4_3X3, FALSE, 2 },
  { "a4-3x3-backs", KB_PRINT_LAYOUT_A4_3X3, TRUE, 4 },
  { "a4-2x2", KB_PRINT_LAYOUT_A4_2X2, FALSE, 3 },
  { "a4-2x2-backs", KB_PRINT_LAYOUT_A4_2X2, TRUE, 6 },
  { "a3-board", KB_PRINT_LAYOUT_A3_BOARD, FALSE, 1 },
};

static void
test_pages (gconstpointer data)
{
  const PageCase *c = data;
  KbPrintOptions options = { c->layout, c->backs, TRUE, "nl", NULL };
  g_autofree char *file = g_strconcat (c->name, ".pdf", NULL);
  g_autofree char *path = NULL;

  if (!have_poppler ())
    return;
  g_assert_cmpuint (kb_deck_get_n_cards (deck), ==, 11);
  path = export (file, &options);
  g_assert_cmpint (count_pages (path), ==, c->pages);
  g_assert_cmpuint (kb_print_layout_get_n_pages (deck, &options), ==, (guint) c->pages);
}

static void
test_text_extractable (void)
{
  KbPrintOptions options = { KB_PRINT_LAYOUT_A4_3X3, FALSE, FALSE, "nl", NULL };
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;

  if (!have_poppler ())
    return;
  path = export ("text.pdf", &options);
  {
    const char *argv[] = { "pdftotext", "-layout", path, "-", NULL };
    text = run (argv);
  }
  g_assert_nonnull (strstr (text, "Schroom"));
  g_assert_nonnull (strstr (text, "Eens"));
  g_assert_nonnull (strstr (text, "Oneens"));
  g_assert_nonnull (strstr (text, "gezien?"));
  g_assert_nonnull (strstr (text, "Buurvrouw"));
}

/* Whom a card addresses is printed beside its kind, in the card's language. */
static void
test_asks_printed (void)
{
  KbPrintOptions options = { KB_PRINT_LAYOUT_A4_3X3, FALSE, FALSE, "nl", NULL };
  g_autofree char *deck_path = g_build_filename (g_getenv ("KLETSBORDEN_CARDS_DIR"),
                                                 "netwerkcoaching.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (deck_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDeck) asking = kb_deck_new_from_file (file, &error);
  g_autofree char *path = g_build_filename (KB_TEST_OUTPUT_DIR, "asks.pdf", NULL);
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  if (!have_poppler ())
    return;
  g_assert_true (kb_export_pdf (asking, path, &options, &error));
  g_assert_no_error (error);
  {
    const char *argv[] = { "pdftotext", "-layout", path, "-", NULL };
    text = run (argv);
  }
  g_assert_nonnull (strstr (text, "AAN DE CLIËNT"));
  g_assert_nonnull (strstr (text, "OVER JE WERK"));
}

static void
test_board_poster (void)
{
  KbPrintOptions options = { KB_PRINT_LAYOUT_A3_BOARD, FALSE, FALSE, "nl", NULL };
  g_autofree char *path = NULL;
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;

  if (!have_poppler ())
    return;
  path = export ("board.pdf", &options);
  {
    const char *argv[] = { "pdfinfo", path, NULL };
    info = run (argv);
  }
  g_assert_nonnull (strstr (info, "(A3)"));
  {
    const char *argv[] = { "pdftotext", path, "-", NULL };
    text = run (argv);
  }
  g_assert_nonnull (strstr (text, "Start"));
  g_assert_nonnull (strstr (text, "Kies"));
}

/* The x of every word @word on @page, from pdftotext's bounding boxes. */
static GArray *
word_positions (const char *path,
                int         page,
                const char *word)
{
  g_autofree char *page_arg = g_strdup_printf ("%d", page);
  const char *argv[] = { "pdftotext", "-bbox", "-f", page_arg, "-l", page_arg, path, "-", NULL };
  g_autofree char *html = run (argv);
  g_autofree char *needle = g_strdup_printf (">%s</word>", word);
  GArray *xs = g_array_new (FALSE, FALSE, sizeof (double));

  for (const char *p = strstr (html, needle); p != NULL; p = strstr (p + 1, needle))
    {
      const char *line = g_strrstr_len (html, p - html, "<word");
      double x = g_ascii_strtod (strstr (line, "xMin=\"") + 6, NULL);
      g_array_append_val (xs, x);
    }
  return xs;
}

/* 11 cards on 3 × 3 sheets: the second sheet has cards in the left two columns only, so its
 * back page must have backs in the right two columns only (flipped on the long edge). */
static void
test_backs_mirrored (void)
{
  KbPrintOptions options = { KB_PRINT_LAYOUT_A4_3X3, TRUE, FALSE, "nl", NULL };
  g_autofree char *path = NULL;
  g_autoptr(GArray) fronts = NULL;
  g_autoptr(GArray) backs = NULL;
  double page_w = 595.0, column_w = page_w / 3;

  if (!have_poppler ())
    return;
  path = export ("mirrored.pdf", &options);
  g_assert_cmpint (count_pages (path), ==, 4);

  fronts = word_positions (path, 3, "Verbinden");   /* the deck title in each card's footer */
  backs = word_positions (path, 4, "Verbinden");    /* the title on each back */
  g_assert_cmpuint (fronts->len, ==, 2);
  g_assert_cmpuint (backs->len, ==, 2);
  for (guint i = 0; i < fronts->len; i++)
    g_assert_cmpfloat (g_array_index (fronts, double, i), <, 2 * column_w);
  for (guint i = 0; i < backs->len; i++)
    g_assert_cmpfloat (g_array_index (backs, double, i), >, column_w);
}

static void
test_no_board (void)
{
  g_autoptr(KbDeck) plain = kb_render_test_load_deck ("missing-art.json");
  KbPrintOptions options = { KB_PRINT_LAYOUT_A3_BOARD, FALSE, FALSE, NULL, NULL };
  g_autofree char *path = g_build_filename (KB_TEST_OUTPUT_DIR, "no-board.pdf", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (kb_export_pdf (plain, path, &options, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
}

static void
test_png (void)
{
  g_autofree char *dir = g_build_filename (KB_TEST_OUTPUT_DIR, "png", NULL);
  g_autoptr(GError) error = NULL;
  guint n_files = 0;
  const char *expected[] = { "vraag.png", "arabisch.png", "back.png" };

  g_assert_true (kb_export_png (deck, dir, 1920, 1080, "nl", NULL, &n_files, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_files, ==, kb_deck_get_n_cards (deck) + 2);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *path = g_build_filename (dir, expected[i], NULL);
      cairo_surface_t *png = cairo_image_surface_create_from_png (path);

      g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
      g_assert_cmpint (cairo_image_surface_get_height (png), ==, 1080);
      g_assert_cmpint (cairo_image_surface_get_width (png), ==, (int) (1080 / KB_CARD_RATIO));
      cairo_surface_destroy (png);
    }
  {
    g_autofree char *path = g_build_filename (dir, "board.png", NULL);
    cairo_surface_t *png = cairo_image_surface_create_from_png (path);

    g_assert_cmpint (cairo_image_surface_get_width (png), ==, 1920);
    g_assert_cmpint (cairo_image_surface_get_height (png), ==, 1080);
    cairo_surface_destroy (png);
  }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  kb_render_test_init (&argc, &argv);
  deck = kb_render_test_load_deck ("render-test.json");
  for (guint i = 0; i < G_N_ELEMENTS (page_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/render/pdf/pages/%s", page_cases[i].name);
      g_test_add_data_func (path, &page_cases[i], test_pages);
    }
  g_test_add_func ("/render/pdf/text-extractable", test_text_extractable);
  g_test_add_func ("/render/pdf/board-poster", test_board_poster);
  g_test_add_func ("/render/pdf/asks", test_asks_printed);
  g_test_add_func ("/render/pdf/backs-mirrored", test_backs_mirrored);
  g_test_add_func ("/render/pdf/no-board", test_no_board);
  g_test_add_func ("/render/png/files", test_png);
  status = g_test_run ();
  g_object_unref (deck);
  return status;
}
