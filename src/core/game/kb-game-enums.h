/* The words of a saved game (kletsborden-game, version 1). glib-mkenums turns this header into
 * one GEnum type per enum (kb-game-enum-types.h); its nicks are the words the file uses, read
 * and written through kb_enum_to_nick() and kb_enum_from_nick(). Renaming a value renames a
 * word of the file: tests/game/data/every-word.json holds them all. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  KB_PAWN_SHAPE_CIRCLE,
  KB_PAWN_SHAPE_SQUARE,
  KB_PAWN_SHAPE_TRIANGLE,
  KB_PAWN_SHAPE_PENTAGON,
  KB_PAWN_SHAPE_HEXAGON,
  KB_PAWN_SHAPE_STAR,
  KB_PAWN_SHAPE_DIAMOND,
  KB_PAWN_SHAPE_CROSS,
} KbPawnShape;

#define KB_PAWN_SHAPE_LAST KB_PAWN_SHAPE_CROSS

/**
 * KbGamePhase:
 * @KB_GAME_PHASE_SETUP: players are being added; kb_game_start() begins
 * @KB_GAME_PHASE_ROLL: the current player rolls (kb_game_roll() or kb_game_throw())
 * @KB_GAME_PHASE_CHOOSE_CATEGORY: on a "choose" square: kb_game_choose_category()
 * @KB_GAME_PHASE_CHOOSE_PLAYER: on a "swap" square: kb_game_swap_with()
 * @KB_GAME_PHASE_CARD: a card is shown (kb_game_get_card()): answer and kb_game_next_turn(),
 *   or kb_game_put_in_box(), or kb_game_flag()
 * @KB_GAME_PHASE_COMPLIMENT: on a "compliment" square: give one, then kb_game_next_turn()
 * @KB_GAME_PHASE_TURN_OVER: nothing more to do on this square (start, rest, a swap done, no card
 *   left in the category): kb_game_next_turn()
 * @KB_GAME_PHASE_FINISHED: kb_game_end() was called, or the cards ran out (see
 *   kb_game_set_end_when_cards_run_out()); only kb_game_undo() is possible
 *
 * Where the current turn is. kb_game_flag() and the facilitator's moves are possible in every
 * phase between kb_game_start() and kb_game_end().
 */
typedef enum
{
  KB_GAME_PHASE_SETUP,
  KB_GAME_PHASE_ROLL,
  KB_GAME_PHASE_CHOOSE_CATEGORY,
  KB_GAME_PHASE_CHOOSE_PLAYER,
  KB_GAME_PHASE_CARD,
  KB_GAME_PHASE_COMPLIMENT,
  KB_GAME_PHASE_TURN_OVER,
  KB_GAME_PHASE_FINISHED,
} KbGamePhase;

typedef enum
{
  KB_GAME_MOVE_ROLL,           /* the app's die */
  KB_GAME_MOVE_THROW,          /* a number typed in from a physical die */
  KB_GAME_MOVE_CHOOSE,         /* a category chosen on a "choose" square */
  KB_GAME_MOVE_SWAP,           /* places swapped on a "swap" square */
  KB_GAME_MOVE_BOX,            /* the card went into the player's box; another was drawn */
  KB_GAME_MOVE_FLAG,           /* the player passed the turn */
  KB_GAME_MOVE_NEXT,           /* the turn is done; the next player's turn */
  KB_GAME_MOVE_MOVE_PAWN,    /* facilitator: a pawn put on a square by hand */
  KB_GAME_MOVE_SKIP,           /* facilitator: the current player skipped */
  KB_GAME_MOVE_ADD_PLAYER,     /* facilitator: a player joined */
  KB_GAME_MOVE_REMOVE_PLAYER,  /* facilitator: a player left */
  KB_GAME_MOVE_END,            /* facilitator: the game ended */
} KbGameMoveKind;

G_END_DECLS
