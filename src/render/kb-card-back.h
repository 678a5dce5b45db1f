/* The back of a deck's cards (internal to the card renderer). */
#pragma once

#include <cairo.h>

#include "kb-deck.h"
#include "kb-svg-cache.h"
#include "kb-theme.h"

G_BEGIN_DECLS

void kb_card_back_draw (const KbTheme *theme,
                        KbSvgCache    *cache,
                        cairo_t       *cr,
                        KbDeck        *deck,
                        const char    *lang,
                        double         width,
                        double         height);
void kb_card_back_prefetch (KbSvgCache *cache,
                            KbDeck     *deck);

G_END_DECLS
