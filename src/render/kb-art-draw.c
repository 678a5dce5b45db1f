/* The two drawing steps of art that need no cache: the placeholder where a picture cannot be
 * drawn, and a bitmap put on whole device pixels. */
#include "config.h"

#include <math.h>

#include "kb-art-draw.h"

/* A neutral frame with a cross: visibly "no picture here", without alarming colours. */
void
kb_art_draw_placeholder (cairo_t       *cr,
                         double         x,
                         double         y,
                         double         width,
                         double         height,
                         const KbColor *tint)
{
  double side = MIN (width, height) * 0.8;
  double px = x + (width - side) / 2;
  double py = y + (height - side) / 2;

  cairo_save (cr);
  if (tint != NULL)
    cairo_set_source_rgba (cr, tint->red, tint->green, tint->blue, 0.6);
  else
    cairo_set_source_rgba (cr, 0.55, 0.53, 0.5, 0.6);
  cairo_set_line_width (cr, MAX (side * 0.06, 0.5));
  cairo_rectangle (cr, px, py, side, side);
  cairo_move_to (cr, px, py);
  cairo_line_to (cr, px + side, py + side);
  cairo_move_to (cr, px + side, py);
  cairo_line_to (cr, px, py + side);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* Where no rotation or shear is in the way, the bitmap lands on whole device pixels at its own
 * size: pixman then copies it (or masks with it) on its fast path instead of filtering every
 * pixel, a quarter of a card's drawing time at 4K (issue 15). The shift is under half a pixel. */
void
kb_art_place_raster (cairo_t *cr,
                     double   x,
                     double   y,
                     double   scale_x,
                     double   scale_y)
{
  cairo_matrix_t matrix;

  cairo_get_matrix (cr, &matrix);
  if (matrix.xy == 0 && matrix.yx == 0 && matrix.xx > 0 && matrix.yy > 0)
    {
      cairo_user_to_device (cr, &x, &y);
      cairo_identity_matrix (cr);
      cairo_translate (cr, round (x), round (y));
      return;
    }
  cairo_translate (cr, x, y);
  cairo_scale (cr, scale_x, scale_y);
}
