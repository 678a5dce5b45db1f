/* A card as plain text, for speech, screen readers and the log. */
#pragma once

#include <glib.h>

#include "kb-types.h"

G_BEGIN_DECLS

typedef enum
{
  KB_CARD_TEXT_DEFAULT = 0,
  /* What each role's player is told: only for whoever plays it, never for the room. */
  KB_CARD_TEXT_WITH_BRIEFS = 1 << 0,
} KbCardTextFlags;

char *kb_card_to_plain_text (KbCard          *card,
                             KbDeck          *deck,
                             const char      *lang,
                             KbCardTextFlags  flags);

G_END_DECLS
