/* Limits that protect the app from files too big or too deep to show; each has its own message. */
#pragma once

/* A 10 000-card deck with two languages is about 3 MB; this leaves room without letting a
 * wrong file (a video renamed .json) fill the memory. */
#define KB_DECK_MAX_FILE_SIZE      (16 * 1024 * 1024)
#define KB_DECK_MAX_CARDS          50000
#define KB_DECK_MAX_CATEGORIES     64
#define KB_DECK_MAX_LANGUAGES      32
/* In characters, not bytes: a card is read aloud; longer belongs in the trainer's notes. */
#define KB_DECK_MAX_TEXT_LENGTH    4000
#define KB_DECK_MAX_ID_LENGTH      64
#define KB_DECK_MAX_TAGS           32
#define KB_DECK_MAX_ROLES          12
#define KB_DECK_MAX_AUTHORS        64
#define KB_BOARD_MAX_SQUARES       400
#define KB_BOARD_MIN_DIE           2
#define KB_BOARD_MAX_DIE           12
/* Format v1 needs six levels (deck, cards, card, roles, role, text); deeper is a wrong file. */
#define KB_DECK_MAX_NESTING        32
/* State the app keeps itself (session.json, the saved games): a game of 10 000 turns with its history
 * is about 3 MB; anything far bigger, or deeper than the few levels these files have, is not
 * ours and is refused before it can fill the memory or the stack. */
#define KB_STATE_MAX_FILE_SIZE     (64 * 1024 * 1024)
#define KB_STATE_MAX_NESTING       32
/* The error of a deck that cannot be opened names this many problems, then how many more. */
#define KB_DECK_MAX_ERRORS_SHOWN   20
/* More problems than this are not read by anyone; stop collecting to stay fast. */
#define KB_PROBLEMS_MAX            1000
