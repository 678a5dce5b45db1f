/* Colours as decks write them ("#RRGGBB"), turned into what cairo takes. */
#pragma once

#include <glib.h>
#include <cairo.h>

G_BEGIN_DECLS

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
void     kb_cairo_set_color      (cairo_t       *cr,
                                  const KbColor *color);

G_END_DECLS
