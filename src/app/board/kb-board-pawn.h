/* Pawns as players choose them (a colour and a shape), for the board, its animations and the
 * little pawn icons next to player names. */
#pragma once

#include <gtk/gtk.h>

#include "kb-game.h"
#include "kb-theme.h"

G_BEGIN_DECLS

#define KB_BOARD_N_COLORS KB_THEME_N_PLAYERS

GdkTexture *kb_board_pawn_texture_new    (const KbTheme *theme,
                                          const char    *color,
                                          KbPawnShape    shape,
                                          int            size);
char       *kb_board_pawn_default_color  (guint        index);
KbPawnShape kb_board_pawn_default_shape  (guint        index);
const char *kb_board_pawn_color_name     (guint        index);
int         kb_board_pawn_color_index    (const char  *color);
const char *kb_board_pawn_shape_name     (KbPawnShape  shape);

GtkWidget  *kb_board_pawn_icon_new       (const char  *color,
                                          KbPawnShape  shape,
                                          int          size);
void        kb_board_pawn_icon_set       (GtkWidget   *icon,
                                          const char  *color,
                                          KbPawnShape  shape);

G_END_DECLS
