/* A card as words, in the card's language: what read-aloud says and what a screen reader gets. */
#pragma once

#include "kb-deck.h"

G_BEGIN_DECLS

typedef enum
{
  KB_CARD_WORDS_SPOKEN,      /* title, text, a case's role names: for the room */
  KB_CARD_WORDS_DESCRIBED,   /* also category, kind and intensity: for a screen reader */
} KbCardWords;

char *kb_card_words (KbCard      *card,
                     KbDeck      *deck,
                     const char  *lang,
                     KbCardWords  words);

G_END_DECLS
