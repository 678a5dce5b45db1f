/* Draws the picture on a library tile: a fan of the deck's category colours, each card with its
 * category's symbol in its visible corner, so the colours are never the only sign. */
#include <math.h>

#include "kb-color.h"
#include "kb-deck-swatch.h"
#include "kb-render-util.h"
#include "kb-svg-cache.h"
#include "kb-theme.h"

#define CARD_RATIO 1.4       /* height / width of a card, as a real playing card */
#define MAX_FANNED 5

static void
rounded_rect (cairo_t *cr,
              double   x,
              double   y,
              double   w,
              double   h,
              double   r)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/* The fan is laid out around a pivot below the cards, as a hand of cards is held; then the
 * whole fan is scaled to fit the box, so no card is ever clipped. */
void
kb_deck_swatch_draw (cairo_t *cr,
                     KbDeck  *deck,
                     double   width,
                     double   height)
{
  guint n = MAX (MIN (kb_deck_get_n_categories (deck), MAX_FANNED), 1);
  const double card_w = 1.0;
  const double card_h = CARD_RATIO;
  const double pivot = 0.6 * card_h;   /* distance from the cards' bottom edge to the pivot */
  const double spread = 0.2;           /* radians between two cards of the fan */
  double min_x = G_MAXDOUBLE, max_x = -G_MAXDOUBLE, min_y = G_MAXDOUBLE, max_y = -G_MAXDOUBLE;
  double scale;

  for (guint i = 0; i < n; i++)
    {
      double angle = (i - (n - 1) / 2.0) * spread;
      const double corners[4][2] = {
        { -card_w / 2, -pivot }, { card_w / 2, -pivot },
        { -card_w / 2, -pivot - card_h }, { card_w / 2, -pivot - card_h },
      };

      for (guint c = 0; c < 4; c++)
        {
          double x = corners[c][0] * cos (angle) - corners[c][1] * sin (angle);
          double y = corners[c][0] * sin (angle) + corners[c][1] * cos (angle);
          min_x = MIN (min_x, x);
          max_x = MAX (max_x, x);
          min_y = MIN (min_y, y);
          max_y = MAX (max_y, y);
        }
    }
  scale = MIN (width / (max_x - min_x), height / (max_y - min_y)) * 0.94;

  cairo_save (cr);
  cairo_translate (cr, width / 2 - (min_x + max_x) / 2 * scale,
                   height / 2 - (min_y + max_y) / 2 * scale);
  cairo_scale (cr, scale, scale);
  for (guint i = 0; i < n; i++)
    {
      KbColor color = { 0.55, 0.55, 0.55 };
      KbColor edge, band, ink;
      const KbColor white = { 1, 1, 1 };
      KbCategory *category = kb_deck_get_n_categories (deck) > i ? kb_deck_get_category (deck, i)
                                                                 : NULL;
      const char *art = NULL;

      if (category != NULL)
        {
          kb_color_parse (kb_category_get_color (category), &color);
          kb_theme_category_band (kb_theme_get (KB_THEME_VARIANT_NORMAL),
                                  kb_category_get_color (category), &band, &ink);
          art = kb_render_category_art (kb_svg_cache_get_default (), deck, category);
          color = band;   /* the card's own band colour, which its symbol reads on */
        }
      kb_color_mix (&color, &white, 0.85, &edge);

      cairo_save (cr);
      cairo_rotate (cr, (i - (n - 1) / 2.0) * spread);
      rounded_rect (cr, -card_w / 2, -pivot - card_h, card_w, card_h, card_w * 0.09);
      kb_cairo_set_color (cr, &color);
      cairo_fill_preserve (cr);
      cairo_set_line_width (cr, 0.035);
      kb_cairo_set_color (cr, &edge);
      cairo_stroke (cr);
      /* The top left corner stays in sight under the next card of the fan. */
      if (art != NULL)
        kb_svg_cache_draw (kb_svg_cache_get_default (), cr, art, -card_w / 2 + 0.1,
                           -pivot - card_h + 0.1, 0.3, 0.3, &ink);
      cairo_restore (cr);
    }
  cairo_restore (cr);
}
