/* A category's small mark beside a card or a choice: its colour and its symbol, so that no
 * mark tells categories apart by colour alone. */
#pragma once

#include <cairo.h>

#include "kb-deck.h"
#include "kb-svg-cache.h"
#include "kb-theme.h"

G_BEGIN_DECLS

void kb_category_mark_draw (cairo_t       *cr,
                            const KbTheme *theme,
                            KbSvgCache    *cache,
                            KbDeck        *deck,
                            KbCategory    *category,
                            double         x,
                            double         y,
                            double         width,
                            double         height);

G_END_DECLS
