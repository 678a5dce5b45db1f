/* Setting up a board game: the board, the players (name, colour, pawn), who begins and whether
 * the game ends when the cards run out. */
#pragma once

#include <gtk/gtk.h>

#include "kb-deck.h"
#include "kb-game.h"
#include "kb-game-keeper.h"

G_BEGIN_DECLS

#define KB_TYPE_NEW_GAME_PAGE (kb_new_game_page_get_type ())
G_DECLARE_FINAL_TYPE (KbNewGamePage, kb_new_game_page, KB, NEW_GAME_PAGE, GtkWidget)

KbNewGamePage *kb_new_game_page_new            (void);
void           kb_new_game_page_set_decks      (KbNewGamePage *self,
                                                GListModel    *entries);
void           kb_new_game_page_select_deck    (KbNewGamePage *self,
                                                KbDeck        *deck);
void           kb_new_game_page_set_keeper     (KbNewGamePage *self,
                                                KbGameKeeper  *keeper);
KbDeck        *kb_new_game_page_get_deck       (KbNewGamePage *self);
guint          kb_new_game_page_get_n_players  (KbNewGamePage *self);
void           kb_new_game_page_add_player     (KbNewGamePage *self);
void           kb_new_game_page_remove_player  (KbNewGamePage *self,
                                                guint          index);
void           kb_new_game_page_set_player_name (KbNewGamePage *self,
                                                guint          index,
                                                const char    *name);
void           kb_new_game_page_set_starter    (KbNewGamePage *self,
                                                int            starter);
void           kb_new_game_page_focus          (KbNewGamePage *self);

G_END_DECLS
