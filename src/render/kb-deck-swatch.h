/* A deck's face in the library: a small fan of cards in its category colours. */
#pragma once

#include <cairo.h>

#include "kb-deck.h"

G_BEGIN_DECLS

void kb_deck_swatch_draw (cairo_t *cr,
                          KbDeck  *deck,
                          double   width,
                          double   height);

G_END_DECLS
