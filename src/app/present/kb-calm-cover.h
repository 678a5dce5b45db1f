/* The calm screen over the whole of the room's view: black, or the deck's back. */
#pragma once

#include <gtk/gtk.h>

#include "kb-deck.h"

G_BEGIN_DECLS

#define KB_TYPE_CALM_COVER (kb_calm_cover_get_type ())
G_DECLARE_FINAL_TYPE (KbCalmCover, kb_calm_cover, KB, CALM_COVER, GtkWidget)

KbCalmCover *kb_calm_cover_new      (void);
void         kb_calm_cover_set_deck (KbCalmCover *self,
                                     KbDeck      *deck);

G_END_DECLS
