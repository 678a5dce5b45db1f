/* Setting a game up: players, who begins, the start. Adding and removing players mid-game are
 * moves, so they go through the rules like any other. */
#define G_LOG_DOMAIN "kletsborden-game"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-game-private.h"

static KbGamePlayer *
player_at (KbGame *self,
           guint   index)
{
  return g_ptr_array_index (self->state->players, index);
}

/**
 * kb_game_add_player:
 * @color: "#RRGGBB"
 *
 * In setup, adds a player at the end. During the game, this is the facilitator's move "a player
 * joins": the new player starts on square 0 and has their first turn when the order reaches them.
 */
gboolean
kb_game_add_player (KbGame       *self,
                    const char   *name,
                    const char   *color,
                    KbPawnShape   pawn,
                    GError      **error)
{
  KbGameMove *move;
  KbGameBefore was;

  g_return_val_if_fail (KB_IS_GAME (self), FALSE);

  if (self->state->phase != KB_GAME_PHASE_SETUP)
    {
      move = _kb_game_move_new (KB_GAME_MOVE_ADD_PLAYER);
      move->name = g_strdup (name);
      move->color = g_strdup (color);
      move->pawn = pawn;
      return _kb_game_play (self, move, error);
    }
  if (self->state->players->len >= KB_GAME_MAX_PLAYERS)
    {
      g_set_error (error, KB_GAME_ERROR, KB_GAME_ERROR_NOT_ALLOWED,
                   _("A game has at most %u players."), (guint) KB_GAME_MAX_PLAYERS);
      return FALSE;
    }
  if (!_kb_game_check_player (name, color, pawn, error))
    return FALSE;
  was = _kb_game_before (self);
  g_ptr_array_add (self->state->players, _kb_game_player_new (name, color, pawn));
  _kb_game_changed (self, was);
  return TRUE;
}

/**
 * kb_game_set_player:
 *
 * Changes a player's name, colour or pawn; in setup only.
 */
gboolean
kb_game_set_player (KbGame       *self,
                    guint         index,
                    const char   *name,
                    const char   *color,
                    KbPawnShape   pawn,
                    GError      **error)
{
  KbGamePlayer *player;
  KbGameBefore was;

  g_return_val_if_fail (KB_IS_GAME (self), FALSE);

  if (!_kb_game_in_setup (self, error) || !_kb_game_check_index (self, index, error) ||
      !_kb_game_check_player (name, color, pawn, error))
    return FALSE;
  was = _kb_game_before (self);
  player = player_at (self, index);
  g_free (player->name);
  player->name = g_strdup (name);
  g_free (player->color);
  player->color = g_ascii_strup (color, -1);
  player->pawn = pawn;
  _kb_game_changed (self, was);
  return TRUE;
}

/**
 * kb_game_remove_player:
 *
 * In setup, removes a player. During the game, this is the facilitator's move "a player leaves"
 * (at least %KB_GAME_MIN_PLAYERS stay): their box goes with them, and when it was their turn,
 * the next player's turn begins.
 */
gboolean
kb_game_remove_player (KbGame   *self,
                       guint     index,
                       GError  **error)
{
  KbGameState *state = self->state;
  KbGameMove *move;
  KbGameBefore was;

  g_return_val_if_fail (KB_IS_GAME (self), FALSE);

  if (state->phase != KB_GAME_PHASE_SETUP)
    {
      move = _kb_game_move_new (KB_GAME_MOVE_REMOVE_PLAYER);
      move->target = index;
      return _kb_game_play (self, move, error);
    }
  if (!_kb_game_check_index (self, index, error))
    return FALSE;
  was = _kb_game_before (self);
  g_ptr_array_remove_index (state->players, index);
  if (index < state->starter)
    state->starter--;
  else if (state->starter >= state->players->len)
    state->starter = 0;
  state->current = state->starter;
  _kb_game_changed (self, was);
  return TRUE;
}

/**
 * kb_game_set_starter:
 *
 * Chooses who begins; in setup only. Without it, the first player begins.
 */
gboolean
kb_game_set_starter (KbGame   *self,
                     guint     index,
                     GError  **error)
{
  KbGameBefore was;

  g_return_val_if_fail (KB_IS_GAME (self), FALSE);

  if (!_kb_game_in_setup (self, error) || !_kb_game_check_index (self, index, error))
    return FALSE;
  was = _kb_game_before (self);
  self->state->starter = self->state->current = index;
  _kb_game_changed (self, was);
  return TRUE;
}

/**
 * kb_game_roll_for_starter:
 * @rolls: (out) (optional) (transfer full): the last number each player threw (a #guint per
 *   player); players who tied for the highest threw again
 *
 * Lets the die decide who begins, in setup: everyone throws, the highest begins, and a tie for
 * the highest is thrown again between those who tied. kb_game_get_starter() tells who won.
 */
gboolean
kb_game_roll_for_starter (KbGame   *self,
                          GArray  **rolls,
                          GError  **error)
{
  guint n = self->state->players->len;
  g_autoptr(GArray) last = NULL;
  g_autofree gboolean *in = NULL;
  guint n_in = n;
  KbGameBefore was;

  g_return_val_if_fail (KB_IS_GAME (self), FALSE);

  if (!_kb_game_in_setup (self, error))
    return FALSE;
  if (n == 0)
    return _kb_game_check_index (self, 0, error);

  was = _kb_game_before (self);
  last = g_array_sized_new (FALSE, TRUE, sizeof (guint), n);
  g_array_set_size (last, n);
  in = g_new (gboolean, n);
  for (guint i = 0; i < n; i++)
    in[i] = TRUE;
  while (n_in > 1)
    {
      guint best = 0;

      for (guint i = 0; i < n; i++)
        if (in[i])
          {
            g_array_index (last, guint, i) = _kb_game_die_value (self);
            best = MAX (best, g_array_index (last, guint, i));
          }
      n_in = 0;
      for (guint i = 0; i < n; i++)
        {
          in[i] = in[i] && g_array_index (last, guint, i) == best;
          n_in += in[i];
        }
    }
  for (guint i = 0; i < n; i++)
    if (in[i])
      self->state->starter = self->state->current = i;
  if (rolls != NULL)
    *rolls = g_steal_pointer (&last);
  _kb_game_changed (self, was);
  return TRUE;
}

/**
 * kb_game_set_end_when_cards_run_out:
 * @end: %TRUE: the game ends once every card has been drawn
 *
 * A rule of the game, chosen in setup and kept in the saved game: no pile is shuffled anew, a
 * square whose pile is empty has no card, and when the last card of the deck has been drawn,
 * the end of that turn ends the game (%KB_GAME_PHASE_FINISHED), as kb_game_end() does. A card
 * put in a box counts as drawn.
 */
gboolean
kb_game_set_end_when_cards_run_out (KbGame   *self,
                                    gboolean  end,
                                    GError  **error)
{
  KbGameBefore was;

  g_return_val_if_fail (KB_IS_GAME (self), FALSE);

  if (!_kb_game_in_setup (self, error))
    return FALSE;
  was = _kb_game_before (self);
  self->rules.end_when_cards_run_out = !!end;
  _kb_game_changed (self, was);
  return TRUE;
}

/**
 * kb_game_start:
 *
 * Shuffles the piles and gives the starter the first turn. Needs %KB_GAME_MIN_PLAYERS to
 * %KB_GAME_MAX_PLAYERS players. Undo goes back to this point, never before it.
 */
gboolean
kb_game_start (KbGame   *self,
               GError  **error)
{
  KbGameBefore was;

  g_return_val_if_fail (KB_IS_GAME (self), FALSE);

  if (!_kb_game_in_setup (self, error))
    return FALSE;
  if (self->state->players->len < KB_GAME_MIN_PLAYERS)
    {
      g_set_error (error, KB_GAME_ERROR, KB_GAME_ERROR_NOT_ALLOWED,
                   _("A game needs at least %u players."), (guint) KB_GAME_MIN_PLAYERS);
      return FALSE;
    }
  was = _kb_game_before (self);
  _kb_game_state_deal (self->state, &self->rules);
  self->state->current = self->state->starter;
  self->state->phase = KB_GAME_PHASE_ROLL;
  g_clear_pointer (&self->start, _kb_game_state_free);
  self->start = _kb_game_state_copy (self->state);
  _kb_game_changed (self, was);
  return TRUE;
}
