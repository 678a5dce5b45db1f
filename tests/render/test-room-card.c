/* A case card drawn for the room: nothing of a role's brief reaches it (the drawing is the one
 * of the same case without briefs), while the facilitator's drawing has them. */
#include "kb-render-test.h"

#include "kb-card-renderer.h"

static cairo_surface_t *
draw (KbCardRenderer *renderer,
      KbDeck         *deck,
      const char     *id,
      int             width,
      int             height)
{
  KbCard *card = kb_deck_find_card (deck, id);

  g_assert_nonnull (card);
  return kb_card_renderer_render (renderer, deck, card, "en", width, height, 1.0);
}

static gboolean
same_pixels (cairo_surface_t *a,
             cairo_surface_t *b)
{
  int stride = cairo_image_surface_get_stride (a);
  int height = cairo_image_surface_get_height (a);

  g_assert_cmpint (stride, ==, cairo_image_surface_get_stride (b));
  return memcmp (cairo_image_surface_get_data (a), cairo_image_surface_get_data (b),
                 (size_t) stride * height) == 0;
}

static void
test_no_briefs (void)
{
  g_autoptr(KbDeck) deck = kb_render_test_load_deck ("room-case.json");
  g_autoptr(KbCardRenderer) renderer = kb_card_renderer_new (kb_theme_get (KB_THEME_VARIANT_NORMAL),
                                                             kb_svg_cache_get_default ());
  /* A card as the room sees it at 1080p, and at 1024×600 filling the screen. */
  const int sizes[][2] = { { 700, 978 }, { 1024, 600 } };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      cairo_surface_t *with, *without;

      /* For the facilitator the briefs are there: the two cards differ. */
      kb_card_renderer_set_room (renderer, FALSE);
      with = draw (renderer, deck, "with-briefs", sizes[i][0], sizes[i][1]);
      without = draw (renderer, deck, "without-briefs", sizes[i][0], sizes[i][1]);
      g_assert_false (same_pixels (with, without));
      cairo_surface_destroy (with);
      cairo_surface_destroy (without);

      kb_card_renderer_set_room (renderer, TRUE);
      with = draw (renderer, deck, "with-briefs", sizes[i][0], sizes[i][1]);
      without = draw (renderer, deck, "without-briefs", sizes[i][0], sizes[i][1]);
      g_assert_true (same_pixels (with, without));
      cairo_surface_destroy (with);
      cairo_surface_destroy (without);
    }
}

int
main (int   argc,
      char *argv[])
{
  kb_render_test_init (&argc, &argv);
  g_test_add_func ("/render/room-card/no-briefs", test_no_briefs);
  return g_test_run ();
}
