/* The main window's pages on the screens: fullscreen, presenting on a second screen, and where
 * the keyboard goes after every change of mode. */
#pragma once

#include <gtk/gtk.h>

#include "kb-board-page.h"
#include "kb-new-game-page.h"
#include "kb-play-page.h"
#include "kb-presenter.h"

G_BEGIN_DECLS

#define KB_TYPE_STAGE (kb_stage_get_type ())
G_DECLARE_FINAL_TYPE (KbStage, kb_stage, KB, STAGE, GObject)

KbStage     *kb_stage_new             (GtkApplicationWindow *window,
                                       GtkStack             *pages,
                                       KbPlayPage           *play);
void         kb_stage_set_board_pages (KbStage              *self,
                                       KbNewGamePage        *new_game,
                                       KbBoardPage          *board);
void         kb_stage_toggle          (KbStage              *self);
void         kb_stage_stop            (KbStage              *self);
void         kb_stage_focus_page      (KbStage              *self);
KbPresenter *kb_stage_get_presenter   (KbStage              *self);
GtkWindow   *kb_stage_get_room_window (KbStage              *self,
                                       GtkWidget            *page);

G_END_DECLS
