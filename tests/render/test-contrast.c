/* Contrast (issue 13): text and symbols on every category colour of the built-in decks reach
 * 4.5:1 (7:1 in high contrast), on the card as drawn; intensity dots keep 3:1 on the paper. */
#include <math.h>

#include "kb-render-test.h"

#include "kb-card-renderer.h"
#include "kb-category-mark.h"
#include "kb-svg-cache.h"
#include "kb-color.h"
#include "kb-deck-edit.h"
#include "kb-deck-swatch.h"
#include "kb-theme.h"

#define CARD_W 315
#define CARD_H 440

static GPtrArray *
load_builtin_decks (void)
{
  GPtrArray *decks = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDir) dir = g_dir_open (SOURCE_CARDS_DIR, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autoptr(GFile) file = NULL;
      g_autoptr(GError) error = NULL;
      KbDeck *deck;

      if (!g_str_has_suffix (name, ".json") || g_str_has_suffix (name, ".schema.json"))
        continue;
      path = g_build_filename (SOURCE_CARDS_DIR, name, NULL);
      file = g_file_new_for_path (path);
      deck = kb_deck_new_from_file (file, &error);
      g_assert_no_error (error);
      g_ptr_array_add (decks, deck);
    }
  g_assert_cmpuint (decks->len, >=, 6);
  return decks;
}

static void
test_bands (void)
{
  g_autoptr(GPtrArray) decks = load_builtin_decks ();
  const KbThemeVariant variants[] = { KB_THEME_VARIANT_NORMAL, KB_THEME_VARIANT_HIGH_CONTRAST };
  guint n = 0, moved = 0;

  for (guint v = 0; v < G_N_ELEMENTS (variants); v++)
    {
      const KbTheme *theme = kb_theme_get (variants[v]);
      double target = variants[v] == KB_THEME_VARIANT_NORMAL ? 4.5 : 7.0;

      for (guint d = 0; d < decks->len; d++)
        for (guint c = 0; c < kb_deck_get_n_categories (decks->pdata[d]); c++)
          {
            const char *spec = kb_category_get_color (kb_deck_get_category (decks->pdata[d], c));
            KbColor given, band, ink, edge;

            kb_color_parse (spec, &given);
            kb_theme_category_band (theme, spec, &band, &ink);
            kb_theme_mark_edge (theme, &band, &edge);
            g_test_message ("%s: %.2f:1 on %s", spec, kb_color_contrast (&band, &ink),
                            ink.red > 0.5 ? "white" : "ink");
            g_assert_cmpfloat (kb_color_contrast (&band, &ink), >=, target);
            g_assert_cmpfloat (kb_color_contrast (&edge, &theme->paper), >=, 3.0);
            moved += kb_color_contrast (&band, &given) > 1.01;
            n++;
          }
    }
  g_assert_cmpuint (n, >=, 2 * 27);
  /* Some mid-tones had to give way, but the author's colour is kept where it reads. */
  g_assert_cmpuint (moved, >, 0);
  g_assert_cmpuint (moved, <, n);
}

/* #C08552 gets 3.13:1 with white, 4.53:1 with ink: ink, and the colour as it is. */
static void
test_higher_contrast_wins (void)
{
  const KbTheme *theme = kb_theme_get (KB_THEME_VARIANT_NORMAL);
  KbColor given, band, ink;

  kb_color_parse ("#C08552", &given);
  kb_theme_category_band (theme, "#C08552", &band, &ink);
  g_assert_cmpfloat (kb_color_contrast (&ink, &theme->ink), <, 1.001);
  g_assert_cmpfloat (kb_color_contrast (&band, &given), <, 1.001);
  /* Dark enough for white: white. */
  kb_theme_category_band (theme, "#2E6FA8", &band, &ink);
  g_assert_cmpfloat (ink.red, ==, 1.0);
  /* Neither reaches 4.5:1 on #C8553D: the band darkens a little under white. */
  kb_color_parse ("#C8553D", &given);
  kb_theme_category_band (theme, "#C8553D", &band, &ink);
  g_assert_cmpfloat (ink.red, ==, 1.0);
  g_assert_cmpfloat (kb_color_luminance (&band), <, kb_color_luminance (&given));
  g_assert_cmpfloat (kb_color_contrast (&band, &ink), <, 4.6);
}

/* On the card as drawn: the band has the readable colour, and its text (the category's name)
 * reaches 4.5:1 against it in the glyphs' cores. */
static void
test_drawn_band (void)
{
  g_autoptr(GPtrArray) decks = load_builtin_decks ();
  const KbTheme *theme = kb_theme_get (KB_THEME_VARIANT_NORMAL);
  g_autoptr(KbCardRenderer) renderer = kb_card_renderer_new (theme, NULL);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, CARD_W, CARD_H);
  guint checked = 0;

  for (guint d = 0; d < decks->len; d++)
    {
      KbDeck *deck = decks->pdata[d];

      for (guint c = 0; c < kb_deck_get_n_categories (deck); c++)
        {
          KbCategory *category = kb_deck_get_category (deck, c);
          KbCard *card = NULL;
          KbColor band, ink, drawn;
          guint32 at;
          double best = 1;
          cairo_t *cr;

          for (guint i = 0; i < kb_deck_get_n_cards (deck) && card == NULL; i++)
            if (kb_card_get_category (kb_deck_get_card (deck, i)) == category)
              card = kb_deck_get_card (deck, i);
          if (card == NULL)
            continue;
          cr = cairo_create (surface);
          kb_card_renderer_draw_front (renderer, cr, deck, card, NULL, CARD_W, CARD_H);
          cairo_destroy (cr);
          cairo_surface_flush (surface);

          kb_theme_category_band (theme, kb_category_get_color (category), &band, &ink);
          at = kb_render_test_pixel (surface, CARD_W - 4, 20);
          drawn = (KbColor) { (at >> 16 & 0xff) / 255.0, (at >> 8 & 0xff) / 255.0,
                              (at & 0xff) / 255.0 };
          g_assert_cmpfloat (kb_color_contrast (&drawn, &band), <, 1.03);
          /* The band is 22 % of the width high; its text starts at 22 %. */
          for (int y = 10; y < 0.22 * CARD_W - 10; y++)
            for (int x = 0.22 * CARD_W; x < CARD_W - 10; x++)
              {
                guint32 p = kb_render_test_pixel (surface, x, y);
                KbColor px = { (p >> 16 & 0xff) / 255.0, (p >> 8 & 0xff) / 255.0,
                               (p & 0xff) / 255.0 };

                best = MAX (best, kb_color_contrast (&px, &drawn));
              }
          g_test_message ("%s: band text at %.2f:1", kb_category_get_color (category), best);
          g_assert_cmpfloat (best, >=, 4.5);
          checked++;
        }
    }
  g_assert_cmpuint (checked, >=, 20);
  cairo_surface_destroy (surface);
}

/* The small marks beside a card (the history strip) and a choice (the board's "choose a
 * colour"): every category's mark carries its symbol, in the band's text colour, at 4.5:1. */
static void
test_category_marks (void)
{
  g_autoptr(GPtrArray) decks = load_builtin_decks ();
  const KbTheme *theme = kb_theme_get (KB_THEME_VARIANT_NORMAL);
  g_autoptr(KbSvgCache) cache = kb_svg_cache_new ();
  const int size = 32;
  guint checked = 0;

  for (guint d = 0; d < decks->len; d++)
    for (guint c = 0; c < kb_deck_get_n_categories (decks->pdata[d]); c++)
      {
        KbCategory *category = kb_deck_get_category (decks->pdata[d], c);
        cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, size, size);
        cairo_t *cr = cairo_create (surface);
        KbColor band, ink;
        double best = 1;
        guint symbol_pixels = 0;

        cairo_set_source_rgb (cr, 1, 1, 1);
        cairo_paint (cr);
        kb_category_mark_draw (cr, theme, cache, decks->pdata[d], category, 0, 0, size, size);
        cairo_destroy (cr);
        cairo_surface_flush (surface);
        kb_theme_category_band (theme, kb_category_get_color (category), &band, &ink);
        /* The middle: the tile's colour, and where the symbol is, its ink. */
        for (int y = size / 4; y < size * 3 / 4; y++)
          for (int x = size / 4; x < size * 3 / 4; x++)
            {
              guint32 p = kb_render_test_pixel (surface, x, y);
              KbColor px = { (p >> 16 & 0xff) / 255.0, (p >> 8 & 0xff) / 255.0,
                             (p & 0xff) / 255.0 };
              double contrast = kb_color_contrast (&px, &band);

              best = MAX (best, contrast);
              symbol_pixels += contrast > 2.0;
            }
        g_test_message ("%s: mark symbol at %.2f:1, %u pixels", kb_category_get_color (category),
                        best, symbol_pixels);
        g_assert_cmpuint (symbol_pixels, >=, 12);
        g_assert_cmpfloat (best, >=, 4.5);
        cairo_surface_destroy (surface);
        checked++;
      }
  g_assert_cmpuint (checked, >=, 27);
}

static GBytes *
draw_swatch (KbDeck *deck)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 240, 160);
  cairo_t *cr = cairo_create (surface);
  GBytes *pixels;

  kb_deck_swatch_draw (cr, deck, 240, 160);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  pixels = g_bytes_new (cairo_image_surface_get_data (surface),
                        (gsize) cairo_image_surface_get_stride (surface) * 160);
  cairo_surface_destroy (surface);
  return pixels;
}

/* The library tile's fan shows each category's symbol too: another symbol, another picture. */
static void
test_swatch_symbols (void)
{
  g_autoptr(GPtrArray) decks = load_builtin_decks ();

  for (guint d = 0; d < decks->len; d++)
    {
      KbDeck *deck = decks->pdata[d];
      KbCategory *first = kb_deck_get_category (deck, 0);
      const char *was = kb_category_get_symbol (first);
      g_autofree char *kept = g_strdup (was);
      g_autoptr(GBytes) before = draw_swatch (deck);
      g_autoptr(GBytes) after = NULL;

      kb_deck_set_category_symbol (deck, first, g_strcmp0 (was, "star") == 0 ? "heart" : "star");
      after = draw_swatch (deck);
      kb_deck_set_category_symbol (deck, first, kept);
      if (g_bytes_equal (before, after))
        {
          g_test_message ("%s: the fan does not show its first category's symbol",
                          kb_deck_get_id (deck));
          g_test_fail ();
        }
    }
}

/* Hue (degrees) and lightness (0 to 1) in HSL. */
static void
to_hue_lightness (const KbColor *c,
                  double        *hue,
                  double        *lightness)
{
  double max = MAX (c->red, MAX (c->green, c->blue));
  double min = MIN (c->red, MIN (c->green, c->blue));
  double d = max - min;

  *lightness = (max + min) / 2;
  if (d < 1e-6)
    *hue = 0;
  else if (max == c->red)
    *hue = fmod ((c->green - c->blue) / d + 6, 6) * 60;
  else if (max == c->green)
    *hue = ((c->blue - c->red) / d + 2) * 60;
  else
    *hue = ((c->red - c->green) / d + 4) * 60;
}

/* High contrast keeps each colour by its name, since players call squares by their colour: the
 * square as drawn keeps its hue and about its lightness (yellow stays yellow, not olive-brown
 * as it was when every colour darkened until white read on it), and the ink on it reaches 7:1. */
static void
test_high_contrast_keeps_names (void)
{
  g_autoptr(GPtrArray) decks = load_builtin_decks ();
  const KbTheme *normal = kb_theme_get (KB_THEME_VARIANT_NORMAL);
  const KbTheme *high = kb_theme_get (KB_THEME_VARIANT_HIGH_CONTRAST);

  for (guint d = 0; d < decks->len; d++)
    for (guint c = 0; c < kb_deck_get_n_categories (decks->pdata[d]); c++)
      {
        const char *spec = kb_category_get_color (kb_deck_get_category (decks->pdata[d], c));
        KbColor fill, band, ink, hc_band, hc_ink;
        double hue, light, hc_hue, hc_light, turn;

        kb_theme_category_color (normal, spec, &fill);
        kb_theme_band (normal, &fill, &band, &ink);
        kb_theme_category_color (high, spec, &fill);
        kb_theme_band (high, &fill, &hc_band, &hc_ink);
        to_hue_lightness (&band, &hue, &light);
        to_hue_lightness (&hc_band, &hc_hue, &hc_light);
        turn = fabs (hue - hc_hue);
        turn = MIN (turn, 360 - turn);
        g_test_message ("%s: hue %.0f° → %.0f°, lightness %.2f → %.2f", spec, hue, hc_hue,
                        light, hc_light);
        g_assert_cmpfloat (turn, <=, 10);
        g_assert_cmpfloat (fabs (light - hc_light), <=, 0.15);
        g_assert_cmpfloat (kb_color_contrast (&hc_band, &hc_ink), >=, 7.0);
      }
}

int
main (int   argc,
      char *argv[])
{
  kb_render_test_init (&argc, &argv);
  g_test_add_func ("/render/contrast/bands", test_bands);
  g_test_add_func ("/render/contrast/high-contrast-keeps-names", test_high_contrast_keeps_names);
  g_test_add_func ("/render/contrast/higher-contrast-wins", test_higher_contrast_wins);
  g_test_add_func ("/render/contrast/drawn-band", test_drawn_band);
  g_test_add_func ("/render/contrast/category-marks", test_category_marks);
  g_test_add_func ("/render/contrast/swatch-symbols", test_swatch_symbols);
  return g_test_run ();
}
