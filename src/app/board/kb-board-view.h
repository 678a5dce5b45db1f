/* The board game on screen: the board, the pawns, the die and the drawn card. */
#pragma once

#include <gtk/gtk.h>

#include "kb-game.h"
#include "kb-theme.h"

G_BEGIN_DECLS

#define KB_TYPE_BOARD_VIEW (kb_board_view_get_type ())
G_DECLARE_FINAL_TYPE (KbBoardView, kb_board_view, KB, BOARD_VIEW, GtkWidget)

KbBoardView *kb_board_view_new                 (void);
void         kb_board_view_set_game            (KbBoardView    *self,
                                                KbGame         *game);
KbGame      *kb_board_view_get_game            (KbBoardView    *self);
void         kb_board_view_set_calm            (KbBoardView    *self,
                                                gboolean        calm);
void         kb_board_view_set_theme_variant   (KbBoardView    *self,
                                                KbThemeVariant  variant);
gboolean     kb_board_view_is_animating        (KbBoardView    *self);
void         kb_board_view_finish_animation    (KbBoardView    *self);
guint        kb_board_view_get_shown_square    (KbBoardView    *self,
                                                guint           player);
guint        kb_board_view_get_drawn_square    (KbBoardView    *self,
                                                guint           player);
KbCard      *kb_board_view_get_shown_card      (KbBoardView    *self);
guint        kb_board_view_get_shown_die       (KbBoardView    *self);
guint        kb_board_view_get_n_board_rendered (KbBoardView   *self);
gboolean     kb_board_view_get_drawn_high_contrast (KbBoardView *self);
const char  *kb_board_view_get_drawn_language (KbBoardView *self);

G_END_DECLS
