/* The one checker of a deck's content: what a KbDeck can be wrong about beyond its syntax
 * (unknown categories and symbols, duplicate ids, colours, art outside the folder, missing
 * translations, long sentences in easy reading …). The reader runs it after building the deck,
 * the editor after each change. Every problem names its spot in the model; the reader turns
 * that into file:line:column. */
#pragma once

#include "kb-deck.h"

G_BEGIN_DECLS

/* Where a problem is: the item (a KbDeck, KbCategory, KbCard or KbSquare) and its member. */
typedef struct
{
  KbDeckPart     part;
  guint          index;   /* of the category, card or square; 0 for the deck */
  gconstpointer  item;
  const char    *field;   /* "id", "text", "color" …; NULL for the item itself */
  int            role;    /* the role whose "name" or "brief" it is; -1 for none */
  const char    *lang;    /* the language's key in a text; NULL for the text as a whole */
} KbDeckSpot;

typedef void (*KbDeckProblemFunc) (const KbDeckSpot *spot,
                                   KbProblemLevel    level,
                                   const char       *message,
                                   gpointer          user_data);

typedef enum
{
  KB_DECK_CHECK_DEFAULT = 0,
  /* The deck's "languages" were wrong: checking texts against them would only be noise. */
  KB_DECK_CHECK_NO_LANGUAGES = 1 << 0,
  /* Also what the reader finds missing in a file (a title, a card's text, any cards at all):
   * for a deck being made in the editor, which no reader has seen. */
  KB_DECK_CHECK_REQUIRED = 1 << 1,
} KbDeckCheckFlags;

/* Counts the syllables of one word in @lang. Syllables come from hyphenation dictionaries,
 * which core does not link: whoever does (the command line, the app) sets the counter. */
typedef guint (*KbSyllableFunc) (const char *word,
                                 const char *lang);

void     kb_deck_checker_set_syllable_func (KbSyllableFunc func);

guint    kb_deck_check      (KbDeck            *deck,
                             KbDeckCheckFlags   flags,
                             KbDeckProblemFunc  func,
                             gpointer           user_data);

G_END_DECLS
