/* One deck in the library: its picture, title, description and size, or its problems. */
#pragma once

#include <gtk/gtk.h>

#include "kb-deck-library.h"

G_BEGIN_DECLS

#define KB_TYPE_DECK_TILE (kb_deck_tile_get_type ())
G_DECLARE_FINAL_TYPE (KbDeckTile, kb_deck_tile, KB, DECK_TILE, GtkWidget)

KbDeckTile  *kb_deck_tile_new       (KbDeckEntry *entry);
KbDeckEntry *kb_deck_tile_get_entry (KbDeckTile  *self);
const char  *kb_deck_tile_get_title (KbDeckTile  *self);

void         kb_deck_tile_show_problems (KbDeckTile *self);

G_END_DECLS
