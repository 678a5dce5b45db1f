/* The board game: the board big, whose turn it is, and the moves a group makes. */
#pragma once

#include <gtk/gtk.h>

#include "kb-board-view.h"
#include "kb-game.h"
#include "kb-timer.h"

G_BEGIN_DECLS

#define KB_TYPE_BOARD_PAGE (kb_board_page_get_type ())
G_DECLARE_FINAL_TYPE (KbBoardPage, kb_board_page, KB, BOARD_PAGE, GtkWidget)

KbBoardPage *kb_board_page_new             (void);
void         kb_board_page_set_game        (KbBoardPage *self,
                                            KbGame      *game);
KbGame      *kb_board_page_get_game        (KbBoardPage *self);
KbBoardView *kb_board_page_get_board_view  (KbBoardPage *self);
void         kb_board_page_set_presenting  (KbBoardPage *self,
                                            gboolean     presenting);
void         kb_board_page_set_audience    (KbBoardPage *self,
                                            gboolean     audience);
gboolean     kb_board_page_get_audience    (KbBoardPage *self);
void         kb_board_page_set_facilitator (KbBoardPage *self,
                                            gboolean     facilitator);
void         kb_board_page_set_warning     (KbBoardPage *self,
                                            const char  *warning);
const char  *kb_board_page_get_warning     (KbBoardPage *self);
void         kb_board_page_set_notice      (KbBoardPage *self,
                                            const char  *notice);
const char  *kb_board_page_get_prompt      (KbBoardPage *self);
guint        kb_board_page_get_shown_box_count (KbBoardPage *self,
                                            guint        player);
KbTimer     *kb_board_page_get_turn_timer  (KbBoardPage *self);
void         kb_board_page_share_timer     (KbBoardPage *self,
                                            KbTimer     *timer);
guint        kb_board_page_get_shown_flag_count (KbBoardPage *self,
                                            guint        player);

G_END_DECLS
