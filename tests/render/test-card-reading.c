/* For readers who need it (issue 13): the card's text in OpenDyslexic and with wider letter
 * spacing. Each drawing differs from the plain one where it should (the text) and not where it
 * should not (the band), and the spaced text still fits: the card is the same size. */
#include "kb-render-test.h"

#include "kb-card-renderer.h"

#define WIDTH 700
#define HEIGHT 978

static cairo_surface_t *
draw (KbCardRenderer *renderer,
      KbDeck         *deck,
      KbCardReading   reading)
{
  KbCard *card = kb_deck_find_card (deck, "vraag");

  g_assert_nonnull (card);
  kb_card_renderer_set_reading (renderer, reading);
  return kb_card_renderer_render (renderer, deck, card, "nl", WIDTH, HEIGHT, 1.0);
}

/* Whether rows @from to @to (of the card's height, 0–1) hold the same pixels. */
static gboolean
same_rows (cairo_surface_t *a,
           cairo_surface_t *b,
           double           from,
           double           to)
{
  int stride = cairo_image_surface_get_stride (a);
  int first = (int) (from * HEIGHT), last = (int) (to * HEIGHT);

  cairo_surface_flush (a);
  cairo_surface_flush (b);
  return memcmp (cairo_image_surface_get_data (a) + (size_t) first * stride,
                 cairo_image_surface_get_data (b) + (size_t) first * stride,
                 (size_t) (last - first) * stride) == 0;
}

static void
check_reading (KbCardReading reading)
{
  g_autoptr(KbDeck) deck = kb_render_test_load_deck ("render-test.json");
  g_autoptr(KbCardRenderer) renderer = kb_card_renderer_new (kb_theme_get (KB_THEME_VARIANT_NORMAL),
                                                             kb_svg_cache_get_default ());
  cairo_surface_t *plain = draw (renderer, deck, KB_CARD_READING_DEFAULT);
  cairo_surface_t *read = draw (renderer, deck, reading);

  g_assert_cmpint (kb_card_renderer_get_reading (renderer), ==, reading);
  /* The band on top is the same; the text in the middle is not. */
  g_assert_true (same_rows (plain, read, 0.0, 0.15));
  g_assert_false (same_rows (plain, read, 0.3, 0.8));
  cairo_surface_destroy (plain);
  cairo_surface_destroy (read);
}

static void
test_dyslexia_font (void)
{
  if (!kb_render_test_have_font (KB_CARD_DYSLEXIA_FONT))
    {
      g_test_skip ("OpenDyslexic is not installed (fonts-opendyslexic)");
      return;
    }
  check_reading (KB_CARD_READING_DYSLEXIA_FONT);
}

static void
test_wide_spacing (void)
{
  check_reading (KB_CARD_READING_WIDE_SPACING);
  check_reading (KB_CARD_READING_WIDE_SPACING | KB_CARD_READING_DYSLEXIA_FONT);
}

int
main (int   argc,
      char *argv[])
{
  kb_render_test_init (&argc, &argv);
  g_test_add_func ("/render/card-reading/dyslexia-font", test_dyslexia_font);
  g_test_add_func ("/render/card-reading/wide-spacing", test_wide_spacing);
  return g_test_run ();
}
