/* The pawns: one shape and one colour per player, drawn the same on the board, in the app's
 * animations and beside the players' names. The only pawn drawing there is. */
#pragma once

#include <cairo.h>

#include "kb-game.h"
#include "kb-svg-cache.h"
#include "kb-theme.h"

G_BEGIN_DECLS

/* The box a pawn of size s needs for its outline and shadow: s × KB_PAWN_BOX. */
#define KB_PAWN_BOX 1.4

KbPawnShape      kb_pawn_default_shape  (guint           player);
void             kb_pawn_draw           (cairo_t        *cr,
                                         const KbTheme  *theme,
                                         KbSvgCache     *cache,
                                         const KbColor  *color,
                                         KbPawnShape     shape,
                                         double          center_x,
                                         double          center_y,
                                         double          size);
cairo_surface_t *kb_pawn_surface_new    (const KbTheme  *theme,
                                         const KbColor  *color,
                                         KbPawnShape     shape,
                                         int             box);
cairo_surface_t *kb_pawn_halo_surface_new (const KbTheme *theme,
                                           int            box);

G_END_DECLS
