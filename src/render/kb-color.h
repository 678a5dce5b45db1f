/* Colours as decks write them ("#RRGGBB"), turned into what cairo takes. */
#pragma once

#include <glib.h>
#include <cairo.h>

G_BEGIN_DECLS

/* WCAG 2: normal text needs 4.5:1, graphics and large text 3:1; 7:1 for enhanced contrast. */
#define KB_CONTRAST_TEXT     4.5
#define KB_CONTRAST_GRAPHICS 3.0
#define KB_CONTRAST_ENHANCED 7.0

typedef struct
{
  double red;
  double green;
  double blue;
} KbColor;

gboolean kb_color_parse          (const char    *spec,
                                  KbColor       *color);
void     kb_color_mix            (const KbColor *a,
                                  const KbColor *b,
                                  double         amount,
                                  KbColor       *result);
double   kb_color_luminance      (const KbColor *color);
double   kb_color_contrast       (const KbColor *a,
                                  const KbColor *b);
void     kb_color_reach_contrast (const KbColor *color,
                                  const KbColor *against,
                                  double         target,
                                  KbColor       *result);
void     kb_color_readable_band  (const KbColor *band,
                                  const KbColor *dark,
                                  const KbColor *light,
                                  double         target,
                                  KbColor       *band_out,
                                  KbColor       *text_out);
void     kb_cairo_set_color      (cairo_t       *cr,
                                  const KbColor *color);

G_END_DECLS
