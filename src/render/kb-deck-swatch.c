/* Draws the picture on a library tile. It only needs the deck's colours, so it reads at any
 * size and costs next to nothing. */
#include <math.h>

#include "kb-color.h"
#include "kb-deck-swatch.h"

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

void
kb_deck_swatch_draw (cairo_t *cr,
                     KbDeck  *deck,
                     double   width,
                     double   height)
{
  guint n = MIN (kb_deck_get_n_categories (deck), MAX_FANNED);
  double card_h = height * 0.8;
  double card_w = card_h / CARD_RATIO;
  double spread = n > 1 ? 0.22 : 0.0;   /* radians between two cards of the fan */

  if (card_w > width * 0.45)
    {
      card_w = width * 0.45;
      card_h = card_w * CARD_RATIO;
    }

  cairo_save (cr);
  for (guint i = 0; i < MAX (n, 1); i++)
    {
      KbColor color = { 0.55, 0.55, 0.55 };
      KbColor edge;
      const KbColor white = { 1, 1, 1 };
      double angle = (i - (MAX (n, 1) - 1) / 2.0) * spread;

      if (n > 0)
        kb_color_parse (kb_category_get_color (kb_deck_get_category (deck, i)), &color);
      kb_color_mix (&color, &white, 0.85, &edge);

      cairo_save (cr);
      /* Cards turn around a point below the fan, as a hand of cards does. */
      cairo_translate (cr, width / 2, height / 2 + card_h * 0.9);
      cairo_rotate (cr, angle);
      cairo_translate (cr, -card_w / 2, -card_h * 1.35);
      rounded_rect (cr, 0, 0, card_w, card_h, card_w * 0.09);
      kb_cairo_set_color (cr, &color);
      cairo_fill_preserve (cr);
      cairo_set_line_width (cr, MAX (1.0, card_w * 0.03));
      kb_cairo_set_color (cr, &edge);
      cairo_stroke (cr);
      cairo_restore (cr);
    }
  cairo_restore (cr);
}
