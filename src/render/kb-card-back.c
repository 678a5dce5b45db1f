/* The back: the deck's colour, a quiet lattice of the deck's own category symbols (so two decks
 * on one table are told apart even in black and white), and the title on a plate. It must not
 * give away anything about the front, so it is the same for every card. */
#define G_LOG_DOMAIN "kletsborden-card-back"

#include "kb-card-back.h"
#include "kb-card-renderer.h"
#include "kb-render-util.h"
#include "kb-text-fit.h"

#define SPACING 15.0   /* between the pattern's symbols, in hundredths of the card width */
#define SYMBOL 6.5

static void
draw_pattern (const KbTheme *theme,
              KbSvgCache    *cache,
              cairo_t       *cr,
              KbDeck        *deck,
              const KbColor *back,
              double         width,
              double         height,
              double         u)
{
  guint n_categories = kb_deck_get_n_categories (deck);
  KbColor tone;
  const KbColor white = { 1, 1, 1 };
  int row = 0;

  kb_color_mix (back, &white, theme->variant == KB_THEME_VARIANT_HIGH_CONTRAST ? 0.3 : 0.16,
                &tone);
  for (double y = 4 * u; y < height; y += SPACING * u * 0.87, row++)
    {
      int col = 0;

      for (double x = 4 * u + (row % 2) * SPACING * u / 2; x < width; x += SPACING * u, col++)
        {
          KbCategory *category = n_categories > 0
            ? kb_deck_get_category (deck, (row * 2 + col) % n_categories) : NULL;
          const char *art = category != NULL ? kb_render_category_art (cache, deck, category)
                                              : NULL;

          if (art != NULL)
            kb_svg_cache_draw (cache, cr, art, x - SYMBOL * u / 2, y - SYMBOL * u / 2,
                               SYMBOL * u, SYMBOL * u, &tone);
        }
    }
}

void
kb_card_back_draw (const KbTheme *theme,
                   KbSvgCache    *cache,
                   cairo_t       *cr,
                   KbDeck        *deck,
                   const char    *lang,
                   double         width,
                   double         height)
{
  PangoContext *context = kb_text_context_new (cr);
  g_autofree char *title = g_markup_escape_text (kb_deck_get_title (deck, lang), -1);
  const char *back_color = kb_deck_get_back_color (deck);
  const char *back_image = kb_deck_get_back_image (deck);
  double u = MIN (width, height / KB_CARD_RATIO) / 100;
  double plate_w = width - 24 * u, plate_h = 30 * u;
  double plate_y = (height - plate_h) / 2;
  KbColor back, frame;
  const KbColor white = { 1, 1, 1 };
  KbRect box;

  kb_theme_back_color (theme, back_color, &back);
  kb_color_mix (&back, &white, 0.45, &frame);

  cairo_save (cr);
  kb_render_rounded_rect (cr, 0, 0, width, height, kb_card_corner_radius (width, height));
  kb_cairo_set_color (cr, &back);
  cairo_fill_preserve (cr);
  cairo_clip (cr);

  draw_pattern (theme, cache, cr, deck, &back, width, height, u);

  cairo_set_line_width (cr, 0.8 * u);
  kb_render_rounded_rect (cr, 5 * u, 5 * u, width - 10 * u, height - 10 * u, 3 * u);
  kb_cairo_set_color (cr, &frame);
  cairo_stroke (cr);

  if (back_image != NULL)
    {
      double side = width - 40 * u;

      plate_y = (height - plate_h - side - 4 * u) / 2 + side + 4 * u;
      kb_svg_cache_draw (cache, cr, kb_svg_cache_resolve (cache, deck, back_image),
                         20 * u, plate_y - side - 4 * u, side, side, NULL);
    }

  kb_render_rounded_rect (cr, 12 * u, plate_y, plate_w, plate_h, 3 * u);
  kb_cairo_set_color (cr, &theme->paper);
  cairo_fill_preserve (cr);
  cairo_set_line_width (cr, 0.8 * u);
  kb_cairo_set_color (cr, &frame);
  cairo_stroke (cr);

  box = (KbRect) { 16 * u, plate_y + 3 * u, plate_w - 8 * u, plate_h - 6 * u };
  kb_render_show_fitted (cr, context, theme, title, PANGO_WEIGHT_BOLD, &box, 9 * u, &theme->ink);
  cairo_restore (cr);
  g_object_unref (context);
}

/* Starts trying, in the cache's worker, the art kb_card_back_draw() will draw for @deck: its
 * back image and its categories' symbols, so that a window's first picture of the back has them. */
void
kb_card_back_prefetch (KbSvgCache *cache,
                       KbDeck     *deck)
{
  const char *back_image = kb_deck_get_back_image (deck);

  for (guint i = 0; i < kb_deck_get_n_categories (deck); i++)
    {
      const char *art = kb_render_category_art (cache, deck, kb_deck_get_category (deck, i));

      if (art != NULL)
        kb_svg_cache_prefetch (cache, art);
    }
  if (back_image != NULL)
    {
      const char *path = kb_svg_cache_resolve (cache, deck, back_image);

      if (path != NULL)
        kb_svg_cache_prefetch (cache, path);
    }
}
