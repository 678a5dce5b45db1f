#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

int  kb_shadow_reach (double offset_y,
                      double blur);
void kb_shadow_draw  (cairo_t *cr,
                      double   x,
                      double   y,
                      double   width,
                      double   height,
                      double   radius,
                      double   offset_y,
                      double   blur,
                      double   alpha);

G_END_DECLS
