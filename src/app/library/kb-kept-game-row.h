/* A kept board game in the library: its deck, round, players and date, with Continue and a
 * button to forget it. */
#pragma once

#include <gtk/gtk.h>

#include "kb-game-keeper.h"

G_BEGIN_DECLS

GtkWidget *kb_kept_game_row_new (KbKeptGame *kept,
                                 guint       index);

G_END_DECLS
