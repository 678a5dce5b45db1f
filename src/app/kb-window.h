/* The main window: the deck library first. */
#pragma once

#include <adwaita.h>

#include "kb-application.h"
#include "kb-board-page.h"
#include "kb-new-game-page.h"
#include "kb-deck.h"
#include "kb-library-page.h"
#include "kb-play-page.h"
#include "kb-presenter.h"
#include "kb-session-log.h"

G_BEGIN_DECLS

/* What a deck opened from outside is for. */
typedef enum
{
  KB_WINDOW_PLAY_CARDS,
  KB_WINDOW_PLAY_BOARD,
} KbWindowPlay;

#define KB_TYPE_WINDOW (kb_window_get_type ())
G_DECLARE_FINAL_TYPE (KbWindow, kb_window, KB, WINDOW, AdwApplicationWindow)

KbWindow   *kb_window_new             (KbApplication *application);
const char *kb_window_get_visible_screen (KbWindow   *self);
KbLibraryPage *kb_window_get_library_page (KbWindow  *self);
KbPlayPage *kb_window_get_play_page   (KbWindow      *self);
GtkWindow  *kb_window_get_audience_window (KbWindow  *self);
void        kb_window_present_deck_soon (KbWindow    *self);
void        kb_window_play_deck       (KbWindow      *self,
                                       KbDeck        *deck);
gboolean    kb_window_open_file       (KbWindow      *self,
                                       GFile         *file,
                                       KbWindowPlay   play);
void        kb_window_new_board_game  (KbWindow      *self,
                                       KbDeck        *deck);
KbBoardPage *kb_window_get_board_page (KbWindow      *self);
KbNewGamePage *kb_window_get_new_game_page (KbWindow *self);
GtkWindow  *kb_window_get_board_audience (KbWindow   *self);
KbPresenter *kb_window_get_presenter  (KbWindow      *self);

G_END_DECLS
