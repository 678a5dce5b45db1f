/* What the room sees of a card session on its own screen. */
#pragma once

#include <gtk/gtk.h>

#include "kb-play-page.h"

G_BEGIN_DECLS

#define KB_TYPE_PLAY_ROOM (kb_play_room_get_type ())
G_DECLARE_FINAL_TYPE (KbPlayRoom, kb_play_room, KB, PLAY_ROOM, GtkWidget)

KbPlayRoom *kb_play_room_new           (KbPlayPage *page);
KbCardView *kb_play_room_get_card_view (KbPlayRoom *self);

G_END_DECLS
