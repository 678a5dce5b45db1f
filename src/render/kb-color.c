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

/* WCAG contrast ratio, 1 to 21. */
double
kb_color_contrast (const KbColor *a,
                   const KbColor *b)
{
  double la = kb_color_luminance (a) + 0.05;
  double lb = kb_color_luminance (b) + 0.05;

  return la > lb ? la / lb : lb / la;
}

/* Cairo draws 8 bits a channel: a colour found just at a contrast must keep it once drawn. */
static void
mix_drawable (const KbColor *a,
              const KbColor *b,
              double         amount,
              KbColor       *result)
{
  kb_color_mix (a, b, amount, result);
  result->red = round (result->red * 255) / 255;
  result->green = round (result->green * 255) / 255;
  result->blue = round (result->blue * 255) / 255;
}

/**
 * kb_color_reach_contrast:
 * @against: the colour @color must stand out from
 * @target: the contrast to reach, such as %KB_CONTRAST_TEXT
 *
 * @color darkened (when @against is the lighter) or lightened as little as it takes to reach
 * @target against @against, so the hue survives; @color itself when it already does. When
 * even black or white does not reach @target, that is what @result is.
 */
void
kb_color_reach_contrast (const KbColor *color,
                         const KbColor *against,
                         double         target,
                         KbColor       *result)
{
  static const KbColor black = { 0, 0, 0 }, white = { 1, 1, 1 };
  const KbColor *end = kb_color_luminance (against) >= kb_color_luminance (color) ? &black
                                                                               : &white;
  KbColor from = *color;
  double lo = 0, hi = 1;

  if (kb_color_contrast (&from, against) >= target)
    {
      *result = from;
      return;
    }
  /* Contrast grows steadily towards the end: halve the step until it is within 1/1000. */
  for (int i = 0; i < 12; i++)
    {
      double mid = (lo + hi) / 2;
      KbColor mixed;

      mix_drawable (&from, end, mid, &mixed);
      if (kb_color_contrast (&mixed, against) >= target)
        hi = mid;
      else
        lo = mid;
    }
  mix_drawable (&from, end, hi, result);
}

/**
 * kb_color_readable_band:
 * @band: a coloured band (a category's colour) that text and symbols go on
 * @dark: the dark text colour (the theme's ink)
 * @light: the light text colour (white)
 * @target: the contrast the text must reach, such as %KB_CONTRAST_TEXT
 * @band_out: (out): @band, darkened or lightened as little as needed to reach @target
 * @text_out: (out): @dark or @light, whichever contrasts more with @band
 *
 * The one place that chooses text on a colour, for cards and board squares alike.
 */
void
kb_color_readable_band (const KbColor *band,
                        const KbColor *dark,
                        const KbColor *light,
                        double         target,
                        KbColor       *band_out,
                        KbColor       *text_out)
{
  const KbColor *text = kb_color_contrast (band, light) >= kb_color_contrast (band, dark)
                        ? light : dark;

  *text_out = *text;
  kb_color_reach_contrast (band, text, target, band_out);
}

void
kb_cairo_set_color (cairo_t       *cr,
                    const KbColor *color)
{
  cairo_set_source_rgb (cr, color->red, color->green, color->blue);
}
