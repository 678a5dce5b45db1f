/* What there is to show of a game: read-only questions the UI asks after each "changed". */
#define G_LOG_DOMAIN "kletsborden-game"

#include "config.h"

#include "kb-game-private.h"

static KbGamePlayer *
player_at (KbGame *self,
           guint   index)
{
  return g_ptr_array_index (self->state->players, index);
}

KbDeck *
kb_game_get_deck (KbGame *self)
{
  g_return_val_if_fail (KB_IS_GAME (self), NULL);
  return self->deck;
}

KbBoard *
kb_game_get_board (KbGame *self)
{
  g_return_val_if_fail (KB_IS_GAME (self), NULL);
  return self->rules.board;
}

KbGamePhase
kb_game_get_phase (KbGame *self)
{
  g_return_val_if_fail (KB_IS_GAME (self), KB_GAME_PHASE_SETUP);
  return self->state->phase;
}

guint
kb_game_get_n_players (KbGame *self)
{
  g_return_val_if_fail (KB_IS_GAME (self), 0);
  return self->state->players->len;
}

const char *
kb_game_get_player_name (KbGame *self,
                         guint   index)
{
  g_return_val_if_fail (KB_IS_GAME (self), NULL);
  g_return_val_if_fail (index < self->state->players->len, NULL);
  return player_at (self, index)->name;
}

/**
 * kb_game_get_player_color:
 *
 * Returns: the colour as "#RRGGBB", in capitals
 */
const char *
kb_game_get_player_color (KbGame *self,
                          guint   index)
{
  g_return_val_if_fail (KB_IS_GAME (self), NULL);
  g_return_val_if_fail (index < self->state->players->len, NULL);
  return player_at (self, index)->color;
}

KbPawnShape
kb_game_get_player_pawn (KbGame *self,
                         guint   index)
{
  g_return_val_if_fail (KB_IS_GAME (self), KB_PAWN_SHAPE_CIRCLE);
  g_return_val_if_fail (index < self->state->players->len, KB_PAWN_SHAPE_CIRCLE);
  return player_at (self, index)->pawn;
}

/**
 * kb_game_get_player_square:
 *
 * Returns: the index of the player's square in the board's playing order; 0 is the start
 */
guint
kb_game_get_player_square (KbGame *self,
                           guint   index)
{
  g_return_val_if_fail (KB_IS_GAME (self), 0);
  g_return_val_if_fail (index < self->state->players->len, 0);
  return player_at (self, index)->square;
}

/**
 * kb_game_get_player_box_size:
 *
 * Returns: how many cards the player put in their box. A count to show, never a score.
 */
guint
kb_game_get_player_box_size (KbGame *self,
                             guint   index)
{
  g_return_val_if_fail (KB_IS_GAME (self), 0);
  g_return_val_if_fail (index < self->state->players->len, 0);
  return player_at (self, index)->box->len;
}

guint
kb_game_get_current_player (KbGame *self)
{
  g_return_val_if_fail (KB_IS_GAME (self), 0);
  return self->state->current;
}

guint
kb_game_get_starter (KbGame *self)
{
  g_return_val_if_fail (KB_IS_GAME (self), 0);
  return self->state->starter;
}

/**
 * kb_game_get_card:
 *
 * Returns: (nullable): the card shown, in %KB_GAME_PHASE_CARD only
 */
KbCard *
kb_game_get_card (KbGame *self)
{
  g_return_val_if_fail (KB_IS_GAME (self), NULL);
  return self->state->card;
}

/**
 * kb_game_get_last_roll:
 *
 * Returns: the number thrown in this turn, or 0 before the throw
 */
guint
kb_game_get_last_roll (KbGame *self)
{
  g_return_val_if_fail (KB_IS_GAME (self), 0);
  return self->state->roll;
}

/**
 * kb_game_get_n_turns:
 *
 * Returns: how many turns have been completed (passed on by next, flag or skip)
 */
guint
kb_game_get_n_turns (KbGame *self)
{
  g_return_val_if_fail (KB_IS_GAME (self), 0);
  return self->state->turns;
}

/**
 * kb_game_get_rounds_played:
 *
 * A round is over when the turn comes back to the player who began; a round under way with at
 * least one turn done counts as played, so ending a game mid-round does not lose it.
 *
 * Returns: the number of rounds for the closing screen
 */
guint
kb_game_get_rounds_played (KbGame *self)
{
  g_return_val_if_fail (KB_IS_GAME (self), 0);
  return self->state->rounds + (self->state->round_turns > 0 ? 1 : 0);
}

/**
 * kb_game_get_player_flags:
 *
 * Counted by the moves as they are played (and by the replay of a loaded game), following the
 * players through joins and leaves, so that saved games need nothing new and undo takes a flag
 * back by itself.
 *
 * Returns: how often the player at @index raised the flag in this game
 */
guint
kb_game_get_player_flags (KbGame *self,
                          guint   index)
{
  g_return_val_if_fail (KB_IS_GAME (self), 0);

  if (index >= self->state->players->len)
    return 0;
  return ((KbGamePlayer *) g_ptr_array_index (self->state->players, index))->flags;
}

/**
 * kb_game_get_round:
 *
 * Rounds are counted from the player who began: the first round lasts until the turn comes back
 * to them, whoever they are.
 *
 * Returns: the number of the round under way, from 1, for the header
 */
guint
kb_game_get_round (KbGame *self)
{
  g_return_val_if_fail (KB_IS_GAME (self), 0);
  return self->state->rounds + 1;
}

/**
 * kb_game_get_pile_size:
 *
 * Returns: how many cards of @category are left to draw before the pile is shuffled anew
 */
guint
kb_game_get_pile_size (KbGame     *self,
                       KbCategory *category)
{
  guint c;

  g_return_val_if_fail (KB_IS_GAME (self), 0);

  c = _kb_game_rules_category_index (&self->rules, category);
  g_return_val_if_fail (c < self->state->piles->len, 0);
  return ((GPtrArray *) g_ptr_array_index (self->state->piles, c))->len;
}

/**
 * kb_game_get_cards_left:
 *
 * With kb_game_set_end_when_cards_run_out() on, the game ends at the end of the turn after this
 * reaches 0, since piles are then never shuffled anew.
 *
 * Returns: how many cards are left to draw in all piles together, the one shown not counted
 */
guint
kb_game_get_cards_left (KbGame *self)
{
  g_return_val_if_fail (KB_IS_GAME (self), 0);

  return _kb_game_state_cards_left (self->state);
}

gboolean
kb_game_get_end_when_cards_run_out (KbGame *self)
{
  g_return_val_if_fail (KB_IS_GAME (self), FALSE);
  return self->rules.end_when_cards_run_out;
}

/**
 * kb_game_get_n_moves:
 *
 * Returns: how many moves were made since kb_game_start(), undone ones not counted
 */
guint
kb_game_get_n_moves (KbGame *self)
{
  g_return_val_if_fail (KB_IS_GAME (self), 0);
  return self->moves->len;
}

/**
 * kb_game_get_move:
 *
 * Returns: (transfer none): the @index-th move, oldest first, for the log and the animations
 */
const KbGameMove *
kb_game_get_move (KbGame *self,
                  guint   index)
{
  g_return_val_if_fail (KB_IS_GAME (self), NULL);
  g_return_val_if_fail (index < self->moves->len, NULL);
  return g_ptr_array_index (self->moves, index);
}
