/* The enumerations of format v1. glib-mkenums turns this header into one GEnum type per enum
 * (kb-enum-types.h); its nicks are the words a deck file uses, so the reader, the writer, the
 * session files and the schema test all read them from there (see kb-enum-util.h). A value
 * marked "skip" is the absence of the member in the file and has no nick. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  KB_CARD_KIND_QUESTION,
  KB_CARD_KIND_STATEMENT,
  KB_CARD_KIND_EXERCISE,
  KB_CARD_KIND_CASE,
  KB_CARD_KIND_REFLECTION,
} KbCardKind;

typedef enum
{
  KB_INTENSITY_UNSET, /*< skip >*/
  KB_INTENSITY_LIGHT,
  KB_INTENSITY_MEDIUM,
  KB_INTENSITY_DEEP,
} KbIntensity;

/* Whom a card addresses: the group, the client, or the professional (format v1 "asks"). */
typedef enum
{
  KB_ASKS_NONE, /*< skip >*/
  KB_ASKS_GROUP,
  KB_ASKS_CLIENT,
  KB_ASKS_PROFESSIONAL,
} KbAsks;

/* How a deck is written (format v1 "reading"): "easy" is plain language. */
typedef enum
{
  KB_READING_NONE, /*< skip >*/
  KB_READING_EASY,
} KbReading;

typedef enum
{
  KB_BOARD_SHAPE_LOOP,
  KB_BOARD_SHAPE_SNAKE,
  KB_BOARD_SHAPE_SPIRAL,
} KbBoardShape;

typedef enum
{
  KB_SPECIAL_NONE, /*< skip >*/
  KB_SPECIAL_START,
  KB_SPECIAL_CHOOSE,
  KB_SPECIAL_COMPLIMENT,
  KB_SPECIAL_SWAP,
  KB_SPECIAL_REST,
} KbSpecial;

/* Which part of a deck an edit changed; its nick is the detail of KbDeck::changed. */
typedef enum
{
  KB_DECK_PART_DECK,
  KB_DECK_PART_CATEGORY,
  KB_DECK_PART_CARD,
  KB_DECK_PART_BOARD,
  KB_DECK_PART_SQUARE,
} KbDeckPart;

typedef enum
{
  KB_DECK_CHANGE_SET,
  KB_DECK_CHANGE_ADD,
  KB_DECK_CHANGE_REMOVE,
  KB_DECK_CHANGE_MOVE,
} KbDeckChangeKind;

G_END_DECLS
