#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

#define KB_SHADOW_DOWNSCALE 4   /* the blur's image has a pixel for this many of the shadow's */

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
cairo_surface_t *kb_shadow_scale_up (cairo_surface_t *small,
                                     double           x,
                                     double           y,
                                     int             *out_x,
                                     int             *out_y);

G_END_DECLS
