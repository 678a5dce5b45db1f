/* The SVG cache: parse once, rasterise once per size, and a broken or missing file gives a
 * placeholder and one report, however often it is drawn. */
#include "kb-render-test.h"

#include <glib/gstdio.h>

#include "kb-art-limits.h"
#include "kb-assets.h"
#include "kb-card-renderer.h"
#include "kb-svg-cache.h"

static guint n_reports;

static void
count_report (const char     *domain,
              GLogLevelFlags  level,
              const char     *message,
              gpointer        data)
{
  n_reports++;
  g_test_message ("report: %s", message);
}

static cairo_surface_t *
new_surface (void)
{
  return cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 64, 64);
}

static guint
count_inked (cairo_surface_t *surface)
{
  guint n = 0;

  cairo_surface_flush (surface);
  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
      n += (kb_render_test_pixel (surface, x, y) >> 24) > 0;
  return n;
}

static void
test_cached (void)
{
  g_autoptr(KbSvgCache) cache = kb_svg_cache_new ();
  g_autofree char *heart = kb_assets_get_symbol_path ("heart");
  const KbColor red = { 0.8, 0.2, 0.1 };
  cairo_surface_t *surface = new_surface ();
  cairo_t *cr = cairo_create (surface);

  g_assert_true (kb_svg_cache_draw (cache, cr, heart, 0, 0, 48, 48, &red));
  g_assert_cmpuint (kb_svg_cache_get_n_rasters (cache), ==, 1);
  g_assert_true (kb_svg_cache_draw (cache, cr, heart, 8, 8, 48, 48, &red));
  g_assert_cmpuint (kb_svg_cache_get_n_rasters (cache), ==, 1);
  /* Another size, another bitmap; its own colours, another bitmap. */
  g_assert_true (kb_svg_cache_draw (cache, cr, heart, 0, 0, 32, 32, &red));
  g_assert_true (kb_svg_cache_draw (cache, cr, heart, 0, 0, 32, 32, NULL));
  g_assert_cmpuint (kb_svg_cache_get_n_rasters (cache), ==, 3);
  /* The bitmap is made at device size: drawn under a scale of 2, it is 64 px. */
  cairo_scale (cr, 2, 2);
  g_assert_true (kb_svg_cache_draw (cache, cr, heart, 0, 0, 32, 32, &red));
  g_assert_cmpuint (kb_svg_cache_get_n_rasters (cache), ==, 4);
  g_assert_cmpuint (kb_svg_cache_get_n_failures (cache), ==, 0);
  g_assert_cmpuint (count_inked (surface), >, 1000);
  /* Cleared rasters are made again from the parsed file. */
  kb_svg_cache_clear_rasters (cache);
  g_assert_cmpuint (kb_svg_cache_get_n_rasters (cache), ==, 0);
  g_assert_true (kb_svg_cache_draw (cache, cr, heart, 0, 0, 32, 32, &red));
  g_assert_cmpuint (kb_svg_cache_get_n_rasters (cache), ==, 1);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
check_placeholder_once (const char *path)
{
  g_autoptr(KbSvgCache) cache = kb_svg_cache_new ();
  guint handler = g_log_set_handler ("kletsborden-svg-cache", G_LOG_LEVEL_MESSAGE, count_report, NULL);

  n_reports = 0;
  for (int i = 0; i < 5; i++)
    {
      cairo_surface_t *surface = new_surface ();
      cairo_t *cr = cairo_create (surface);

      g_assert_false (kb_svg_cache_draw (cache, cr, path, 0, 0, 64, 64, NULL));
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_destroy (cr);
      /* The placeholder: something is drawn, so the gap is visible. */
      g_assert_cmpuint (count_inked (surface), >, 50);
      cairo_surface_destroy (surface);
    }
  g_assert_cmpuint (n_reports, ==, 1);
  g_assert_cmpuint (kb_svg_cache_get_n_failures (cache), ==, 1);
  g_assert_cmpuint (kb_svg_cache_get_n_rasters (cache), ==, 0);
  g_log_remove_handler ("kletsborden-svg-cache", handler);
}

static void
test_missing (void)
{
  check_placeholder_once (KB_TEST_DATA_DIR "/art/does-not-exist.svg");
}

static void
test_broken (void)
{
  check_placeholder_once (KB_TEST_DATA_DIR "/art/broken.svg");
}

/* A deck whose icon is broken and whose card image is missing still draws, at several sizes and
 * many times, with one report for each file. */
static void
test_card_with_bad_art (void)
{
  g_autoptr(KbDeck) deck = kb_render_test_load_deck ("missing-art.json");
  g_autoptr(KbSvgCache) cache = kb_svg_cache_new ();
  g_autoptr(KbCardRenderer) renderer = kb_card_renderer_new (NULL, cache);
  guint handler = g_log_set_handler ("kletsborden-svg-cache", G_LOG_LEVEL_MESSAGE, count_report, NULL);

  n_reports = 0;
  for (int i = 0; i < 6; i++)
    {
      int h = 200 + i * 150;
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, h, h);
      cairo_t *cr = cairo_create (surface);

      kb_card_renderer_draw_front (renderer, cr, deck, kb_deck_get_card (deck, 0), NULL,
                                   h / KB_CARD_RATIO, h);
      kb_card_renderer_draw_back (renderer, cr, deck, NULL, h / KB_CARD_RATIO, h);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
  g_assert_cmpuint (n_reports, ==, 2);
  g_assert_cmpuint (kb_svg_cache_get_n_failures (cache), ==, 2);
  g_log_remove_handler ("kletsborden-svg-cache", handler);
}

/* Of the category band's symbol box (5u to 18u across, centred in the 22u band), the share of
 * the pixels inside it that are not the band's own colour. */
static double
symbol_box_inked (KbCardRenderer *renderer,
                  KbDeck         *deck)
{
  cairo_surface_t *surface = kb_card_renderer_render (renderer, deck, kb_deck_get_card (deck, 0),
                                                      "nl", 200, 280, 1);
  double u = 2;   /* 200 px / 100 */
  guint32 band = kb_render_test_pixel (surface, (int) (20 * u), (int) (11 * u));
  guint n = 0, differ = 0;

  cairo_surface_flush (surface);
  for (int y = (int) (6.5 * u); y < (int) (15.5 * u); y++)
    for (int x = (int) (7 * u); x < (int) (16 * u); x++, n++)
      differ += kb_render_test_channel_diff (kb_render_test_pixel (surface, x, y), band) > 48;
  cairo_surface_destroy (surface);
  return (double) differ / n;
}

/* A category's own icon is drawn where its built-in symbol would be: a filled square fills the
 * box that the symbol only partly covers. */
static void
test_category_icon (void)
{
  g_autoptr(KbDeck) deck = kb_render_test_load_deck ("render-test.json");
  g_autoptr(KbSvgCache) cache = kb_svg_cache_new ();
  g_autoptr(KbCardRenderer) renderer = kb_card_renderer_new (NULL, cache);
  KbCategory *category = kb_card_get_category (kb_deck_get_card (deck, 0));
  double with_symbol, with_icon;

  g_assert_null (kb_category_get_icon (category));
  with_symbol = symbol_box_inked (renderer, deck);
  kb_deck_set_category_icon (deck, category, "art/square.svg");
  with_icon = symbol_box_inked (renderer, deck);
  g_test_message ("symbol box inked: %.2f with the symbol, %.2f with the icon", with_symbol,
                  with_icon);
  g_assert_cmpfloat (with_icon, >, 0.98);
  g_assert_cmpfloat (with_symbol, <, 0.9);
  g_assert_cmpuint (kb_svg_cache_get_n_failures (cache), ==, 0);
}

/* What the app turns into a texture: the size times the scale factor, in device pixels, and the
 * same drawing as at scale 1. */
static void
test_render_surface (void)
{
  g_autoptr(KbDeck) deck = kb_render_test_load_deck ("render-test.json");
  g_autoptr(KbCardRenderer) renderer = kb_card_renderer_new (NULL, NULL);
  cairo_surface_t *one = kb_card_renderer_render (renderer, deck, kb_deck_get_card (deck, 0),
                                                  "nl", 200, 280, 1);
  cairo_surface_t *two = kb_card_renderer_render (renderer, deck, NULL, "nl", 200, 280, 2);
  double sx, sy;

  g_assert_cmpint (cairo_image_surface_get_width (one), ==, 200);
  g_assert_cmpint (cairo_image_surface_get_width (two), ==, 400);
  g_assert_cmpint (cairo_image_surface_get_height (two), ==, 560);
  cairo_surface_get_device_scale (two, &sx, &sy);
  g_assert_cmpfloat (sx, ==, 2);
  g_assert_cmpuint (count_inked (two), >, 400 * 560 * 9 / 10);
  cairo_surface_destroy (one);
  cairo_surface_destroy (two);
}

/* Every symbol the deck format names, the special squares and the pawns: each exists and draws. */
static void
test_symbols_exist (void)
{
  static const char * const extra[] = {
    "start", "choose", "compliment", "swap", "rest", "pawn-circle", "pawn-square",
    "pawn-triangle", "pawn-diamond", "pawn-star", "pawn-hexagon", "pawn-pentagon", "pawn-cross",
  };
  const char * const *names = kb_symbols_get_names ();
  g_autoptr(KbSvgCache) cache = kb_svg_cache_new ();
  g_autoptr(GPtrArray) all = g_ptr_array_new ();

  for (guint i = 0; names[i] != NULL; i++)
    g_ptr_array_add (all, (gpointer) names[i]);
  g_assert_cmpuint (all->len, ==, 16);
  for (guint i = 0; i < G_N_ELEMENTS (extra); i++)
    g_ptr_array_add (all, (gpointer) extra[i]);

  for (guint i = 0; i < all->len; i++)
    {
      g_autofree char *path = kb_assets_get_symbol_path (all->pdata[i]);
      cairo_surface_t *surface = new_surface ();
      cairo_t *cr = cairo_create (surface);
      const KbColor black = { 0, 0, 0 };

      g_test_message ("%s", path);
      g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
      g_assert_true (kb_svg_cache_draw (cache, cr, path, 8, 8, 48, 48, &black));
      cairo_destroy (cr);
      /* Bold shapes: at 48 px a symbol covers a good part of its box. */
      g_assert_cmpuint (count_inked (surface), >, 48 * 48 / 5);
      cairo_surface_destroy (surface);
    }
}

/* Only the program's own symbols skip the trial drawing: not art beside a deck, and not a path
 * that merely starts in the symbols folder. */
static void
test_symbol_path (void)
{
  g_autofree char *heart = kb_assets_get_symbol_path ("heart");
  g_autofree char *symbols = g_build_filename (kb_assets_get_dir (), "symbols", NULL);
  g_autofree char *escaped = g_build_filename (symbols, "..", "..", "deck-art.svg", NULL);
  g_autofree char *deeper = g_build_filename (symbols, "more", "heart.svg", NULL);

  g_assert_true (kb_assets_is_symbol_path (heart));
  g_assert_false (kb_assets_is_symbol_path (escaped));
  g_assert_false (kb_assets_is_symbol_path (deeper));
  g_assert_false (kb_assets_is_symbol_path (KB_TEST_DATA_DIR "/art/broken.svg"));
  g_assert_false (kb_assets_is_symbol_path ("heart.svg"));
}

/* Art that passed --validate but froze the app (issue 16, finding 3): each is refused once, within
 * the budget, drawn as the placeholder, and its reason is kept for --validate. */
static void
assert_refused (KbSvgCache *cache,
                const char *name,
                const char *reason)
{
  g_autofree char *path = g_build_filename (KB_TEST_DATA_DIR, "art", "hostile", name, NULL);
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface = new_surface ();
  cairo_t *cr = cairo_create (surface);
  gint64 start = g_get_monotonic_time ();
  guint handler = g_log_set_handler ("kletsborden-svg-cache", G_LOG_LEVEL_MESSAGE, count_report, NULL);
  guint failures = kb_svg_cache_get_n_failures (cache);

  n_reports = 0;
  g_assert_false (kb_svg_cache_draw (cache, cr, path, 0, 0, 48, 48, NULL));
  /* The budget is 100 ms here; the rest is the thread's start and the wait's slack. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 1 * G_USEC_PER_SEC);
  g_assert_false (kb_svg_cache_draw (cache, cr, path, 0, 0, 48, 48, NULL));
  g_assert_cmpuint (n_reports, ==, 1);
  g_assert_cmpuint (kb_svg_cache_get_n_failures (cache), ==, failures + 1);
  g_assert_false (kb_svg_cache_check (cache, path, &error));
  g_test_message ("%s: %s", name, error->message);
  g_assert_nonnull (strstr (error->message, reason));
  g_log_remove_handler ("kletsborden-svg-cache", handler);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_hostile (void)
{
  g_autoptr(KbSvgCache) cache = kb_svg_cache_new ();
  g_autofree char *dir = g_dir_make_tmp ("kb-art-XXXXXX", NULL);
  g_autofree char *big = g_build_filename (dir, "big.svg", NULL);
  g_autofree char *heart = kb_assets_get_symbol_path ("heart");
  g_autoptr(GString) svg = g_string_new ("<svg xmlns=\"http://www.w3.org/2000/svg\" "
                                         "viewBox=\"0 0 10 10\">\n");

  kb_svg_cache_set_budget (cache, 100);
  assert_refused (cache, "turbulence.svg", "takes longer than 0.1 s");
  assert_refused (cache, "use-fanout.svg", "takes longer than 0.1 s");
  assert_refused (cache, "not-drawable.svg", "");
  assert_refused (cache, "huge-size.svg", "far beyond any screen");

  /* A 50 MB SVG held the window for 105 s; just past the limit is enough to show the cap. */
  while (svg->len <= KB_ART_MAX_FILE_SIZE)
    g_string_append (svg, "<rect width=\"1\" height=\"1\" fill=\"#123456\"/>\n");
  g_string_append (svg, "</svg>\n");
  g_assert_true (g_file_set_contents (big, svg->str, (gssize) svg->len, NULL));
  {
    g_autoptr(GError) error = NULL;
    g_assert_false (kb_svg_cache_check (cache, big, &error));
    g_assert_nonnull (strstr (error->message, "the file is too large (5.0 MB); at most 5 MB"));
  }
  g_remove (big);
  g_rmdir (dir);

  /* Good art still passes the same check. */
  g_assert_true (kb_svg_cache_check (cache, heart, NULL));
}

static void
on_ready (KbSvgCache *cache,
          const char *path,
          gpointer    data)
{
  GPtrArray *ready = data;
  g_ptr_array_add (ready, g_strdup (path));
}

/* For a window: the placeholder at once, the art when its trial settled, and a slow file never
 * holds the main loop longer than a frame. */
static void
test_async (void)
{
  g_autoptr(KbSvgCache) cache = kb_svg_cache_new ();
  g_autoptr(GPtrArray) ready = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *heart = kb_assets_get_symbol_path ("heart");
  g_autofree char *slow = g_build_filename (KB_TEST_DATA_DIR, "art", "hostile", "use-fanout.svg",
                                            NULL);
  cairo_surface_t *surface = new_surface ();
  cairo_t *cr = cairo_create (surface);
  guint handler = g_log_set_handler ("kletsborden-svg-cache", G_LOG_LEVEL_MESSAGE, count_report, NULL);
  gint64 start;

  kb_svg_cache_set_async (cache, TRUE);
  kb_svg_cache_set_budget (cache, 300);
  g_signal_connect (cache, "ready", G_CALLBACK (on_ready), ready);

  start = g_get_monotonic_time ();
  g_assert_false (kb_svg_cache_draw (cache, cr, heart, 0, 0, 48, 48, NULL));
  g_assert_false (kb_svg_cache_draw (cache, cr, slow, 0, 0, 48, 48, NULL));
  g_assert_false (kb_svg_cache_draw (cache, cr, slow, 0, 0, 48, 48, NULL));
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC / 10);
  g_assert_cmpuint (kb_svg_cache_get_n_failures (cache), ==, 0);

  while (ready->len < 2)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_ptr_array_find_with_equal_func (ready, heart, g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (ready, slow, g_str_equal, NULL));
  g_assert_true (kb_svg_cache_draw (cache, cr, heart, 0, 0, 48, 48, NULL));
  g_assert_false (kb_svg_cache_draw (cache, cr, slow, 0, 0, 48, 48, NULL));
  g_assert_cmpuint (kb_svg_cache_get_n_failures (cache), ==, 1);
  g_log_remove_handler ("kletsborden-svg-cache", handler);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Art fetched ahead is drawn at its first use, without a placeholder first. With @wait the
 * first picture waits for it before the main loop ran (kb_svg_cache_wait_pending); "ready"
 * still comes once from the main loop, for other views. */
static void
test_prefetch (gconstpointer wait)
{
  g_autoptr(KbSvgCache) cache = kb_svg_cache_new ();
  g_autoptr(GPtrArray) ready = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *heart = kb_assets_get_symbol_path ("heart");
  cairo_surface_t *surface = new_surface ();
  cairo_t *cr = cairo_create (surface);

  kb_svg_cache_set_async (cache, TRUE);
  g_signal_connect (cache, "ready", G_CALLBACK (on_ready), ready);
  kb_svg_cache_prefetch (cache, heart);
  kb_svg_cache_prefetch (cache, heart);   /* once is enough */
  g_assert_cmpuint (kb_svg_cache_get_n_pending (cache), ==, 1);
  if (wait)
    {
      kb_svg_cache_wait_pending (cache, 30000);
      g_assert_cmpuint (kb_svg_cache_get_n_pending (cache), ==, 0);
      g_assert_false (kb_svg_cache_is_settled (cache));   /* its "ready" is still to come */
      g_assert_true (kb_svg_cache_draw (cache, cr, heart, 0, 0, 48, 48, NULL));
      g_assert_cmpuint (ready->len, ==, 0);
    }
  while (ready->len < 1)
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (ready->len, ==, 1);
  g_assert_true (kb_svg_cache_is_settled (cache));
  g_assert_true (kb_svg_cache_draw (cache, cr, heart, 0, 0, 48, 48, NULL));
  g_assert_cmpuint (kb_svg_cache_get_n_waiting_draws (cache), ==, 0);
  kb_svg_cache_prefetch (cache, heart);   /* known: nothing to try */
  g_assert_cmpuint (kb_svg_cache_get_n_pending (cache), ==, 0);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  kb_render_test_init (&argc, &argv);
  g_test_add_func ("/render/svg-cache/cached", test_cached);
  g_test_add_func ("/render/svg-cache/missing", test_missing);
  g_test_add_func ("/render/svg-cache/broken", test_broken);
  g_test_add_func ("/render/svg-cache/card-with-bad-art", test_card_with_bad_art);
  g_test_add_func ("/render/svg-cache/symbols-exist", test_symbols_exist);
  g_test_add_func ("/render/svg-cache/symbol-path", test_symbol_path);
  g_test_add_func ("/render/svg-cache/hostile", test_hostile);
  g_test_add_func ("/render/svg-cache/async", test_async);
  g_test_add_data_func ("/render/svg-cache/prefetch", NULL, test_prefetch);
  g_test_add_data_func ("/render/svg-cache/wait-pending", GINT_TO_POINTER (TRUE), test_prefetch);
  g_test_add_func ("/render/card/render-surface", test_render_surface);
  g_test_add_func ("/render/card/category-icon", test_category_icon);
  return g_test_run ();
}
