/* The rules: one move applied to a state. The same function plays a live move, replays the
 * history for undo and checks a loaded save, so the three can never disagree. */
#define G_LOG_DOMAIN "kletsborden-game"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-game-private.h"

KbGameMove *
_kb_game_move_new (KbGameMoveKind kind)
{
  KbGameMove *move = g_new0 (KbGameMove, 1);

  move->kind = kind;
  return move;
}

void
_kb_game_move_free (KbGameMove *move)
{
  if (move == NULL)
    return;
  g_free (move->name);
  g_free (move->color);
  g_free (move);
}

static KbGamePlayer *
player_at (KbGameState *state,
           guint        index)
{
  return g_ptr_array_index (state->players, index);
}

static gboolean
not_now (GError **error)
{
  g_set_error (error, KB_GAME_ERROR, KB_GAME_ERROR_NOT_ALLOWED,
               _("That is not possible at this point of the turn."));
  return FALSE;
}

static gboolean
check_player_index (KbGameState  *state,
                    guint         index,
                    GError      **error)
{
  if (index < state->players->len)
    return TRUE;
  g_set_error (error, KB_GAME_ERROR, KB_GAME_ERROR_NOT_ALLOWED,
               _("There is no player %u."), index + 1);
  return FALSE;
}

static gboolean
is_boxed (KbGameState *state,
          KbCard      *card)
{
  for (guint p = 0; p < state->players->len; p++)
    if (g_ptr_array_find (player_at (state, p)->box, card, NULL))
      return TRUE;
  return FALSE;
}

/* Draws the next card of category @c; an empty pile is shuffled anew from every card of the
 * category that is not in someone's box, unless the game ends when the cards run out. With none
 * left, the turn is simply over. */
static void
draw (KbGameState       *state,
      const KbGameRules *rules,
      guint              c,
      KbGameMove        *move)
{
  GPtrArray *pile = g_ptr_array_index (state->piles, c);

  g_assert (state->card == NULL);
  if (pile->len == 0 && !rules->end_when_cards_run_out)
    {
      GPtrArray *cards = g_ptr_array_index (rules->by_category, c);

      for (guint i = 0; i < cards->len; i++)
        if (!is_boxed (state, g_ptr_array_index (cards, i)))
          g_ptr_array_add (pile, g_ptr_array_index (cards, i));
      _kb_game_shuffle (pile, &state->random);
      move->reshuffled = pile->len > 0;
    }
  if (pile->len == 0)
    {
      state->phase = KB_GAME_PHASE_TURN_OVER;
      return;
    }
  state->card = g_ptr_array_steal_index (pile, pile->len - 1);
  move->card = state->card;
  state->phase = KB_GAME_PHASE_CARD;
}

static void
land (KbGameState       *state,
      const KbGameRules *rules,
      KbGameMove        *move)
{
  KbSquare *square = kb_board_get_square (rules->board, player_at (state, state->current)->square);
  KbCategory *category;

  switch (kb_square_get_special (square))
    {
    case KB_SPECIAL_CHOOSE:
      state->phase = KB_GAME_PHASE_CHOOSE_CATEGORY;
      return;
    case KB_SPECIAL_COMPLIMENT:
      state->phase = KB_GAME_PHASE_COMPLIMENT;
      return;
    case KB_SPECIAL_SWAP:
      /* With nobody to swap with, there is nothing to choose. */
      state->phase = state->players->len > 1 ? KB_GAME_PHASE_CHOOSE_PLAYER
                                             : KB_GAME_PHASE_TURN_OVER;
      return;
    case KB_SPECIAL_START:
    case KB_SPECIAL_REST:
      state->phase = KB_GAME_PHASE_TURN_OVER;
      return;
    case KB_SPECIAL_NONE:
    default:
      break;
    }
  category = kb_square_get_category (square);
  if (category == NULL)
    state->phase = KB_GAME_PHASE_TURN_OVER;
  else
    draw (state, rules, _kb_game_rules_category_index (rules, category), move);
}

/* With the rule on, piles are never shuffled anew: once every pile is empty and the last card
 * drawn has been talked about, no turn is left to play. */
static gboolean
cards_ran_out (const KbGameState *state,
               const KbGameRules *rules)
{
  return rules->end_when_cards_run_out && state->card == NULL &&
         _kb_game_state_cards_left (state) == 0;
}

/* A new turn begins, or the game is over when the cards ran out. */
static void
begin_turn (KbGameState       *state,
            const KbGameRules *rules)
{
  state->card = NULL;
  state->roll = 0;
  state->phase = cards_ran_out (state, rules) ? KB_GAME_PHASE_FINISHED : KB_GAME_PHASE_ROLL;
}

static void
advance_turn (KbGameState       *state,
              const KbGameRules *rules)
{
  state->turns++;
  state->round_turns++;
  state->current = (state->current + 1) % state->players->len;
  if (state->current == state->starter)
    {
      state->rounds++;
      state->round_turns = 0;
    }
  begin_turn (state, rules);
}

static gboolean
apply_throw (KbGameState       *state,
             const KbGameRules *rules,
             KbGameMove        *move,
             GError           **error)
{
  guint faces = kb_board_get_die (rules->board);
  guint max = move->kind == KB_GAME_MOVE_ROLL ? faces : KB_GAME_MAX_THROW;
  KbGamePlayer *player = player_at (state, state->current);
  guint64 random = state->random;

  if (state->phase != KB_GAME_PHASE_ROLL)
    return not_now (error);
  /* A roll of the app's die always takes one number from the sequence, whatever gave the value
   * (a test's die function, or the history when replaying), so replays stay in step. */
  if (move->kind == KB_GAME_MOVE_ROLL)
    {
      guint64 r = _kb_game_random_next (&random);
      if (move->value == 0)
        move->value = 1 + (guint) (r % faces);
    }
  if (move->value < 1 || move->value > max)
    {
      g_set_error (error, KB_GAME_ERROR, KB_GAME_ERROR_NOT_ALLOWED,
                   _("A die shows a number from 1 to %u."), max);
      return FALSE;
    }
  state->random = random;
  move->from = player->square;
  player->square = (player->square + move->value) % kb_board_get_n_squares (rules->board);
  move->square = player->square;
  state->roll = move->value;
  land (state, rules, move);
  return TRUE;
}

static gboolean
apply_choose (KbGameState       *state,
              const KbGameRules *rules,
              KbGameMove        *move,
              GError           **error)
{
  guint c;

  if (state->phase != KB_GAME_PHASE_CHOOSE_CATEGORY)
    return not_now (error);
  c = _kb_game_rules_category_index (rules, move->category);
  if (c >= state->piles->len)
    {
      g_set_error (error, KB_GAME_ERROR, KB_GAME_ERROR_NOT_ALLOWED,
                   _("That category is not in this deck."));
      return FALSE;
    }
  draw (state, rules, c, move);
  return TRUE;
}

static gboolean
apply_swap (KbGameState  *state,
            KbGameMove   *move,
            GError      **error)
{
  KbGamePlayer *me, *other;
  guint square;

  if (state->phase != KB_GAME_PHASE_CHOOSE_PLAYER)
    return not_now (error);
  if (!check_player_index (state, move->target, error))
    return FALSE;
  if (move->target == state->current)
    {
      g_set_error (error, KB_GAME_ERROR, KB_GAME_ERROR_NOT_ALLOWED,
                   _("Choose another player to swap places with."));
      return FALSE;
    }
  me = player_at (state, state->current);
  other = player_at (state, move->target);
  move->target_name = g_intern_string (other->name);
  square = me->square;
  move->from = square;
  me->square = other->square;
  other->square = square;
  move->square = me->square;
  state->phase = KB_GAME_PHASE_TURN_OVER;
  return TRUE;
}

static gboolean
apply_box (KbGameState       *state,
           const KbGameRules *rules,
           KbGameMove        *move,
           GError           **error)
{
  KbCard *card = state->card;

  if (state->phase != KB_GAME_PHASE_CARD)
    return not_now (error);
  g_ptr_array_add (player_at (state, state->current)->box, card);
  state->card = NULL;
  draw (state, rules, _kb_game_rules_category_index (rules, kb_card_get_category (card)), move);
  return TRUE;
}

static gboolean
apply_move_pawn (KbGameState       *state,
                 const KbGameRules *rules,
                 KbGameMove        *move,
                 GError           **error)
{
  if (!check_player_index (state, move->target, error))
    return FALSE;
  if (move->square >= kb_board_get_n_squares (rules->board))
    {
      g_set_error (error, KB_GAME_ERROR, KB_GAME_ERROR_NOT_ALLOWED,
                   _("There is no square %u on this board."), move->square + 1);
      return FALSE;
    }
  move->from = player_at (state, move->target)->square;
  move->target_name = g_intern_string (player_at (state, move->target)->name);
  player_at (state, move->target)->square = move->square;
  return TRUE;
}

static gboolean
apply_add_player (KbGameState  *state,
                  KbGameMove   *move,
                  GError      **error)
{
  if (state->players->len >= KB_GAME_MAX_PLAYERS)
    {
      g_set_error (error, KB_GAME_ERROR, KB_GAME_ERROR_NOT_ALLOWED,
                   _("A game has at most %u players."), (guint) KB_GAME_MAX_PLAYERS);
      return FALSE;
    }
  if (!_kb_game_check_player (move->name, move->color, move->pawn, error))
    return FALSE;
  g_ptr_array_add (state->players, _kb_game_player_new (move->name, move->color, move->pawn));
  return TRUE;
}

/* The player's box goes with them; its cards come back at the next reshuffle of their pile. */
static gboolean
apply_remove_player (KbGameState       *state,
                     const KbGameRules *rules,
                     KbGameMove        *move,
                     GError           **error)
{
  guint r = move->target;
  guint n;

  if (!check_player_index (state, r, error))
    return FALSE;
  if (state->players->len <= KB_GAME_MIN_PLAYERS)
    {
      g_set_error (error, KB_GAME_ERROR, KB_GAME_ERROR_NOT_ALLOWED,
                   _("A game needs at least %u players."), (guint) KB_GAME_MIN_PLAYERS);
      return FALSE;
    }
  move->target_name = g_intern_string (player_at (state, r)->name);
  g_ptr_array_remove_index (state->players, r);
  n = state->players->len;
  if (r < state->current)
    state->current--;
  else if (r == state->current)
    {
      /* The turn goes to whoever comes next, as if it had just begun. */
      state->current %= n;
      begin_turn (state, rules);
    }
  if (r < state->starter)
    state->starter--;
  else
    state->starter %= n;
  /* The last of the round left during their turn: the turn is back with the one who began. */
  if (r == move->player && state->current == state->starter && state->round_turns > 0)
    {
      state->rounds++;
      state->round_turns = 0;
    }
  return TRUE;
}

/**
 * _kb_game_state_apply:
 *
 * Checks @move against the rules and plays it on @state, filling in what it brought about (the
 * number rolled when @move->value is 0, the square, the card drawn). On an error, @state is
 * left as it was.
 */
gboolean
_kb_game_state_apply (KbGameState       *state,
                      const KbGameRules *rules,
                      KbGameMove        *move,
                      GError           **error)
{
  move->player = state->current;
  move->player_name = NULL;
  move->target_name = NULL;
  move->card = NULL;
  move->reshuffled = FALSE;

  if (state->phase == KB_GAME_PHASE_SETUP)
    {
      g_set_error (error, KB_GAME_ERROR, KB_GAME_ERROR_NOT_ALLOWED,
                   _("The game has not started yet."));
      return FALSE;
    }
  if (state->phase == KB_GAME_PHASE_FINISHED)
    {
      g_set_error (error, KB_GAME_ERROR, KB_GAME_ERROR_NOT_ALLOWED,
                   _("The game is over."));
      return FALSE;
    }

  /* Interned: the log keeps names after players leave, at no cost per move. */
  move->player_name = g_intern_string (player_at (state, state->current)->name);
  switch (move->kind)
    {
    case KB_GAME_MOVE_ROLL:
    case KB_GAME_MOVE_THROW:
      return apply_throw (state, rules, move, error);
    case KB_GAME_MOVE_CHOOSE:
      return apply_choose (state, rules, move, error);
    case KB_GAME_MOVE_SWAP:
      return apply_swap (state, move, error);
    case KB_GAME_MOVE_BOX:
      return apply_box (state, rules, move, error);
    case KB_GAME_MOVE_NEXT:
      if (state->phase != KB_GAME_PHASE_CARD && state->phase != KB_GAME_PHASE_COMPLIMENT &&
          state->phase != KB_GAME_PHASE_TURN_OVER)
        return not_now (error);
      advance_turn (state, rules);
      return TRUE;
    case KB_GAME_MOVE_FLAG:
      player_at (state, state->current)->flags++;
      advance_turn (state, rules);
      return TRUE;
    case KB_GAME_MOVE_SKIP:
      advance_turn (state, rules);
      return TRUE;
    case KB_GAME_MOVE_MOVE_PAWN:
      return apply_move_pawn (state, rules, move, error);
    case KB_GAME_MOVE_ADD_PLAYER:
      return apply_add_player (state, move, error);
    case KB_GAME_MOVE_REMOVE_PLAYER:
      return apply_remove_player (state, rules, move, error);
    case KB_GAME_MOVE_END:
      state->card = NULL;
      state->phase = KB_GAME_PHASE_FINISHED;
      return TRUE;
    default:
      g_set_error (error, KB_GAME_ERROR, KB_GAME_ERROR_NOT_ALLOWED,
                   _("That move does not exist."));
      return FALSE;
    }
}
