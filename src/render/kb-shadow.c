/* A soft shadow under a rounded rectangle, drawn once with cairo into an image that is then
 * shown many times (a card's texture): GTK's outset shadow node blurs anew every frame, which
 * costs a third of a frame with the cairo renderer. The blur is three box blurs (close to a
 * Gaussian) of a mask at a quarter of the resolution, scaled up smoothly: a shadow has no
 * detail to lose, and the work is a sixteenth. */
#include "config.h"

#include <math.h>

#include "kb-render-util.h"
#include "kb-shadow.h"

#define DOWNSCALE 4

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
  cairo_surface_t *mask;
  cairo_pattern_t *pattern;
  cairo_t *mcr;
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

  cairo_save (cr);
  cairo_translate (cr, x - reach, y - reach + offset_y);
  cairo_scale (cr, DOWNSCALE, DOWNSCALE);
  cairo_set_source_rgba (cr, 0, 0, 0, alpha);
  pattern = cairo_pattern_create_for_surface (mask);
  cairo_pattern_set_filter (pattern, CAIRO_FILTER_GOOD);
  cairo_mask (cr, pattern);
  cairo_pattern_destroy (pattern);
  cairo_restore (cr);
  cairo_surface_destroy (mask);
}
