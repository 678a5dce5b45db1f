#pragma once

#include <cairo.h>

#include "kb-color.h"

G_BEGIN_DECLS

void kb_art_draw_placeholder (cairo_t       *cr,
                              double         x,
                              double         y,
                              double         width,
                              double         height,
                              const KbColor *tint);
void kb_art_place_raster     (cairo_t       *cr,
                              double         x,
                              double         y,
                              double         scale_x,
                              double         scale_y);

G_END_DECLS
