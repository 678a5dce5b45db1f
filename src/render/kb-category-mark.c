/* A category's small mark: a rounded tile in the readable band colour (the card's band, so the
 * mark and the card look alike), with the category's symbol in the band's text colour. */
#define G_LOG_DOMAIN "kletsborden-category-mark"

#include "kb-category-mark.h"

#include "kb-render-util.h"

/**
 * kb_category_mark_draw:
 * @cache: (nullable): the SVG cache; the shared default cache when %NULL
 *
 * Draws @category's mark into the box at @x, @y: the tile fills it, the symbol sits in the
 * middle at two thirds of its shorter side.
 */
void
kb_category_mark_draw (cairo_t       *cr,
                       const KbTheme *theme,
                       KbSvgCache    *cache,
                       KbDeck        *deck,
                       KbCategory    *category,
                       double         x,
                       double         y,
                       double         width,
                       double         height)
{
  double side = MIN (width, height);
  double symbol = side * 2.0 / 3.0;
  KbColor band, ink, edge;
  const char *art;

  g_return_if_fail (cr != NULL && theme != NULL && KB_IS_DECK (deck) && category != NULL);

  if (cache == NULL)
    cache = kb_svg_cache_get_default ();
  kb_theme_category_band (theme, kb_category_get_color (category), &band, &ink);
  kb_theme_mark_edge (theme, &band, &edge);

  kb_render_rounded_rect (cr, x, y, width, height, side * 0.18);
  kb_cairo_set_color (cr, &band);
  cairo_fill_preserve (cr);
  /* An outline of 3:1 on the page, so a light colour keeps its edge. */
  cairo_set_line_width (cr, MAX (1.0, side * 0.06));
  kb_cairo_set_color (cr, &edge);
  cairo_stroke (cr);

  art = kb_render_category_art (cache, deck, category);
  if (art != NULL)
    kb_svg_cache_draw (cache, cr, art, x + (width - symbol) / 2, y + (height - symbol) / 2,
                       symbol, symbol, &ink);
}
