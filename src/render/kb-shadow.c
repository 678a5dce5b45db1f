/* A soft shadow under a rounded rectangle, drawn once with cairo into an image that is then
 * shown many times (a card's texture): GTK's outset shadow node blurs anew every frame, which
 * costs a third of a frame with the cairo renderer. The blur is three box blurs (close to a
 * Gaussian) of a mask at a quarter of the resolution, scaled up smoothly: a shadow has no
 * detail to lose, and the work is a sixteenth. The scaling up is done here, bilinear as cairo's
 * GOOD filter: through cairo it went by pixman's general path, nine tenths of the shadow's time
 * (7 ms for a card at 1080p, on the first frame of every start). */
#include "config.h"

#include <math.h>

#include "kb-render-util.h"
#include "kb-shadow.h"

#define DOWNSCALE KB_SHADOW_DOWNSCALE

/* One pass of a box blur of @radius along rows (@step 1) or columns (@step @stride) of an
 * A8 image; @line holds one row or column. */
static void
box_blur (guint8 *data,
          int     n_lines,
          int     length,
          int     line_step,
          int     step,
          int     radius,
          guint8 *line)
{
  int window = 2 * radius + 1;

  for (int l = 0; l < n_lines; l++)
    {
      guint8 *p = data + (gsize) l * line_step;
      int sum = 0;

      for (int i = 0; i < length; i++)
        line[i] = p[(gsize) i * step];
      /* Outside the image is transparent. */
      for (int i = 0; i <= radius && i < length; i++)
        sum += line[i];
      for (int i = 0; i < length; i++)
        {
          p[(gsize) i * step] = (guint8) (sum / window);
          if (i + radius + 1 < length)
            sum += line[i + radius + 1];
          if (i - radius >= 0)
            sum -= line[i - radius];
        }
    }
}

/* Where output pixel @i (of the mask scaled up DOWNSCALE times, its first pixel at @origin)
 * samples the small mask: between pixels @first and @first + 1, @weight / 256 of the way. */
static void
sample_at (int     i,
           double  origin,
           int    *first,
           int    *weight)
{
  double s = (i + 0.5 - origin) / DOWNSCALE - 0.5;
  double k = floor (s);

  *first = (int) k;
  *weight = (int) lround ((s - k) * 256);
}

/* Pixel @k of a row or column of @n, transparent outside (cairo's EXTEND_NONE). */
static inline guint
texel (const guint8 *p,
       int           k,
       int           n,
       gsize         step)
{
  return k >= 0 && k < n ? p[(gsize) k * step] : 0;
}

/**
 * kb_shadow_scale_up:
 * @small: an A8 image
 * @x: where its left edge goes, in pixels of the result's space
 * @y: where its top edge goes
 * @out_x: (out): where the result's left edge is: a whole pixel
 * @out_y: (out): where its top edge is
 *
 * Scales @small up KB_SHADOW_DOWNSCALE times, bilinear as cairo's GOOD filter, transparent
 * outside, into an A8 image of whole pixels: one pass along rows into 16-bit values, one down
 * the columns.
 *
 * Returns: (transfer full): the image
 */
cairo_surface_t *
kb_shadow_scale_up (cairo_surface_t *small,
          double           x,
          double           y,
          int             *out_x,
          int             *out_y)
{
  int small_w = cairo_image_surface_get_width (small);
  int small_h = cairo_image_surface_get_height (small);
  int small_stride = cairo_image_surface_get_stride (small);
  const guint8 *src = cairo_image_surface_get_data (small);
  /* Each edge fades out over half a small pixel beyond it, as bilinear sampling does. */
  int left = (int) floor (x) - DOWNSCALE / 2, top = (int) floor (y) - DOWNSCALE / 2;
  int w = (int) ceil (x + small_w * DOWNSCALE) + DOWNSCALE / 2 - left;
  int h = (int) ceil (y + small_h * DOWNSCALE) + DOWNSCALE / 2 - top;
  cairo_surface_t *big = cairo_image_surface_create (CAIRO_FORMAT_A8, w, h);
  guint8 *dst = cairo_image_surface_get_data (big);
  int stride = cairo_image_surface_get_stride (big);
  g_autofree int *first = g_new (int, w);
  g_autofree int *weight = g_new (int, w);
  g_autofree guint16 *rows = g_new (guint16, (gsize) small_h * w);

  for (int i = 0; i < w; i++)
    sample_at (left + i, x, &first[i], &weight[i]);
  for (int r = 0; r < small_h; r++)
    {
      const guint8 *line = src + (gsize) r * small_stride;
      guint16 *out = rows + (gsize) r * w;

      for (int i = 0; i < w; i++)
        out[i] = (guint16) (texel (line, first[i], small_w, 1) * (256 - weight[i]) +
                            texel (line, first[i] + 1, small_w, 1) * weight[i]);
    }
  for (int j = 0; j < h; j++)
    {
      int r, g;
      guint8 *out = dst + (gsize) j * stride;

      sample_at (top + j, y, &r, &g);
      for (int i = 0; i < w; i++)
        {
          guint a = r >= 0 && r < small_h ? rows[(gsize) r * w + i] : 0;
          guint b = r + 1 >= 0 && r + 1 < small_h ? rows[(gsize) (r + 1) * w + i] : 0;

          out[i] = (guint8) ((a * (256 - g) + b * g + 32768) >> 16);
        }
    }
  cairo_surface_mark_dirty (big);
  *out_x = left;
  *out_y = top;
  return big;
}

/**
 * kb_shadow_reach:
 *
 * Returns: how far (in whole pixels) the shadow of kb_shadow_draw() reaches beyond its
 *   rectangle on any side: the margin an image needs around the rectangle
 */
int
kb_shadow_reach (double offset_y,
                 double blur)
{
  return (int) ceil (fabs (offset_y) + blur) + 1;
}

/**
 * kb_shadow_draw:
 * @radius: the rectangle's corner radius
 * @offset_y: how far the shadow falls below the rectangle
 * @blur: the blur radius, as in CSS's box-shadow (the shadow fades out over about this far)
 * @alpha: the shadow's darkness at its darkest
 *
 * Draws the shadow of the rounded rectangle (@x, @y, @width, @height), black, under
 * whatever is drawn next; it reaches kb_shadow_reach() beyond the rectangle.
 */
void
kb_shadow_draw (cairo_t *cr,
                double   x,
                double   y,
                double   width,
                double   height,
                double   radius,
                double   offset_y,
                double   blur,
                double   alpha)
{
  int reach = kb_shadow_reach (offset_y, blur);
  int mask_w = (int) ceil ((width + 2 * reach) / DOWNSCALE) + 1;
  int mask_h = (int) ceil ((height + 2 * reach) / DOWNSCALE) + 1;
  /* Three box blurs of this radius spread about as far as a Gaussian of sigma blur / 2. */
  int box = MAX ((int) lround (blur / 2 / DOWNSCALE * 0.8), 1);
  cairo_surface_t *mask, *big;
  cairo_t *mcr;
  int big_x, big_y;
  guint8 *data, *line;
  int stride;

  if (width <= 0 || height <= 0)
    return;
  mask = cairo_image_surface_create (CAIRO_FORMAT_A8, mask_w, mask_h);
  mcr = cairo_create (mask);
  cairo_scale (mcr, 1.0 / DOWNSCALE, 1.0 / DOWNSCALE);
  kb_render_rounded_rect (mcr, reach, reach, width, height, radius);
  cairo_fill (mcr);
  cairo_destroy (mcr);

  cairo_surface_flush (mask);
  data = cairo_image_surface_get_data (mask);
  stride = cairo_image_surface_get_stride (mask);
  line = g_malloc (MAX (mask_w, mask_h));
  for (int pass = 0; pass < 3; pass++)
    {
      box_blur (data, mask_h, mask_w, stride, 1, box, line);
      box_blur (data, mask_w, mask_h, 1, stride, box, line);
    }
  g_free (line);
  cairo_surface_mark_dirty (mask);

  big = kb_shadow_scale_up (mask, x - reach, y - reach + offset_y, &big_x, &big_y);
  cairo_save (cr);
  cairo_set_source_rgba (cr, 0, 0, 0, alpha);
  cairo_mask_surface (cr, big, big_x, big_y);
  cairo_restore (cr);
  cairo_surface_destroy (big);
  cairo_surface_destroy (mask);
}
