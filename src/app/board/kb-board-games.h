/* The board games of one window: started, resumed and forgotten between its pages. */
#pragma once

#include "kb-board-page.h"
#include "kb-game-keeper.h"
#include "kb-library-page.h"
#include "kb-new-game-page.h"

G_BEGIN_DECLS

#define KB_TYPE_BOARD_GAMES (kb_board_games_get_type ())
G_DECLARE_FINAL_TYPE (KbBoardGames, kb_board_games, KB, BOARD_GAMES, GObject)

KbBoardGames *kb_board_games_new        (KbLibraryPage *library,
                                         KbNewGamePage *new_game,
                                         KbBoardPage   *board);
KbGameKeeper *kb_board_games_get_keeper (KbBoardGames  *self);
void          kb_board_games_set_up     (KbBoardGames  *self,
                                         KbDeck        *deck);
KbDeck       *kb_board_games_load_deck  (GFile         *file,
                                         GError       **error);

G_END_DECLS
