/* Asks before a new board game replaces a kept unfinished one. */
#pragma once

#include <adwaita.h>

#include "kb-game-keeper.h"

G_BEGIN_DECLS

AdwMessageDialog *kb_kept_game_dialog_new (GtkWindow  *parent,
                                           KbKeptGame *kept);

G_END_DECLS
