/* The board games kept on disk: one per deck file, listed newest first, never replaced without
 * asking. */
#pragma once

#include <gio/gio.h>

#include "kb-game.h"

G_BEGIN_DECLS

#define KB_TYPE_KEPT_GAME (kb_kept_game_get_type ())
G_DECLARE_FINAL_TYPE (KbKeptGame, kb_kept_game, KB, KEPT_GAME, GObject)

#define KB_TYPE_GAME_KEEPER (kb_game_keeper_get_type ())
G_DECLARE_FINAL_TYPE (KbGameKeeper, kb_game_keeper, KB, GAME_KEEPER, GObject)

KbGame        *kb_kept_game_get_game         (KbKeptGame    *self);
GFile         *kb_kept_game_get_file         (KbKeptGame    *self);
GDateTime     *kb_kept_game_get_saved        (KbKeptGame    *self);
char          *kb_kept_game_dup_players      (KbKeptGame    *self);

KbGameKeeper  *kb_game_keeper_new            (GFile         *dir);
GFile         *kb_game_keeper_file_for       (KbGameKeeper  *self,
                                              KbDeck        *deck);
void           kb_game_keeper_keep           (KbGameKeeper  *self,
                                              KbGame        *game);
gboolean       kb_game_keeper_resume         (KbGameKeeper  *self,
                                              KbKeptGame    *kept,
                                              GError       **error);
GPtrArray     *kb_game_keeper_list           (KbGameKeeper  *self,
                                              GCancellable  *cancellable,
                                              GPtrArray    **notices);
KbKeptGame    *kb_game_keeper_find_kept_for  (KbGameKeeper  *self,
                                              GFile         *deck_file);
gboolean       kb_game_keeper_has_kept_for   (KbGameKeeper  *self,
                                              GFile         *deck_file);
gboolean       kb_game_keeper_forget         (KbGameKeeper  *self,
                                              GFile         *kept_file,
                                              GError       **error);
gboolean       kb_game_keeper_forget_for     (KbGameKeeper  *self,
                                              GFile         *deck_file,
                                              GError       **error);

G_END_DECLS
