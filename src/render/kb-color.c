/* Small colour arithmetic shared by every renderer. */
#include <math.h>
#include <string.h>

#include "kb-color.h"

/**
 * kb_color_parse:
 * @spec: a colour as `#RRGGBB`
 *
 * Returns: %TRUE when @spec is a valid colour; @color is set to mid grey otherwise, so callers
 *   always have something calm to draw with.
 */
gboolean
kb_color_parse (const char *spec,
                KbColor    *color)
{
  int value[3];

  g_return_val_if_fail (color != NULL, FALSE);

  color->red = color->green = color->blue = 0.5;
  if (spec == NULL || spec[0] != '#' || strlen (spec) != 7)
    return FALSE;
  for (int i = 0; i < 3; i++)
    {
      int hi = g_ascii_xdigit_value (spec[1 + 2 * i]);
      int lo = g_ascii_xdigit_value (spec[2 + 2 * i]);
      if (hi < 0 || lo < 0)
        return FALSE;
      value[i] = hi * 16 + lo;
    }
  color->red = value[0] / 255.0;
  color->green = value[1] / 255.0;
  color->blue = value[2] / 255.0;
  return TRUE;
}

void
kb_color_mix (const KbColor *a,
              const KbColor *b,
              double         amount,
              KbColor       *result)
{
  result->red = a->red + (b->red - a->red) * amount;
  result->green = a->green + (b->green - a->green) * amount;
  result->blue = a->blue + (b->blue - a->blue) * amount;
}

static double
linear (double channel)
{
  return channel <= 0.04045 ? channel / 12.92 : pow ((channel + 0.055) / 1.055, 2.4);
}

/* Relative luminance as WCAG defines it, to choose text that stays readable on a colour. */
double
kb_color_luminance (const KbColor *color)
{
  return 0.2126 * linear (color->red) + 0.7152 * linear (color->green) +
         0.0722 * linear (color->blue);
}

void
kb_cairo_set_color (cairo_t       *cr,
                    const KbColor *color)
{
  cairo_set_source_rgb (cr, color->red, color->green, color->blue);
}
