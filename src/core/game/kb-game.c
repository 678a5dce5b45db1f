/* KbGame: the object the UI holds. It keeps the state, the state at the start and the moves in
 * between; undo replays the moves but the last, so no move needs an inverse: from the nearest
 * checkpoint (a copy of the state every KB_GAME_CHECKPOINT_EVERY moves), not from the start. */
#define G_LOG_DOMAIN "kletsborden-game"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-game-private.h"

G_DEFINE_FINAL_TYPE (KbGame, kb_game, G_TYPE_OBJECT)

G_DEFINE_QUARK (kb-game-error-quark, kb_game_error)

enum {
  PROP_0,
  PROP_DECK,
  PROP_PHASE,
  PROP_CURRENT_PLAYER,
  PROP_CAN_UNDO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  SAVE_FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

KbGameBefore
_kb_game_before (KbGame *self)
{
  return (KbGameBefore) { self->state->phase, self->state->current, self->moves->len > 0 };
}

void
_kb_game_changed (KbGame       *self,
                  KbGameBefore  was)
{
  if (was.phase != self->state->phase)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHASE]);
  if (was.current != self->state->current)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT_PLAYER]);
  if (was.can_undo != (self->moves->len > 0))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_signal_emit (self, signals[CHANGED], 0);

  if (self->autosave != NULL)
    _kb_game_autosave (self);
}

gboolean
_kb_game_in_setup (KbGame  *self,
                   GError **error)
{
  if (self->state->phase == KB_GAME_PHASE_SETUP)
    return TRUE;
  g_set_error (error, KB_GAME_ERROR, KB_GAME_ERROR_NOT_ALLOWED,
               _("The game has already started."));
  return FALSE;
}

gboolean
_kb_game_check_index (KbGame  *self,
                      guint    index,
                      GError **error)
{
  if (index < self->state->players->len)
    return TRUE;
  g_set_error (error, KB_GAME_ERROR, KB_GAME_ERROR_NOT_ALLOWED,
               _("There is no player %u."), index + 1);
  return FALSE;
}

/* After @n_moves moves: keeps a copy of @state when a checkpoint falls there and the ones before
 * are all kept (the checkpoints stay a run from the start). */
static void
keep_checkpoint (GPtrArray         *checkpoints,
                 const KbGameState *state,
                 guint              n_moves)
{
  if (n_moves % KB_GAME_CHECKPOINT_EVERY == 0 &&
      checkpoints->len + 1 == n_moves / KB_GAME_CHECKPOINT_EVERY)
    g_ptr_array_add (checkpoints, _kb_game_state_copy (state));
}

/**
 * _kb_game_replay:
 * @checkpoints: (nullable): filled in along the way, see keep_checkpoint()
 * @failed: (out) (optional): the index of the move that could not be played
 *
 * Plays @moves from @from up to (not including) @to on @state, which is the state after @from
 * moves.
 */
gboolean
_kb_game_replay (KbGameState        *state,
                 const KbGameRules  *rules,
                 GPtrArray          *moves,
                 guint               from,
                 guint               to,
                 GPtrArray          *checkpoints,
                 guint              *failed,
                 GError            **error)
{
  for (guint i = from; i < to; i++)
    {
      if (!_kb_game_state_apply (state, rules, g_ptr_array_index (moves, i), error))
        {
          if (failed != NULL)
            *failed = i;
          return FALSE;
        }
      if (checkpoints != NULL)
        keep_checkpoint (checkpoints, state, i + 1);
    }
  return TRUE;
}

/* Plays @move (taken over) on the state and records it. */
gboolean
_kb_game_play (KbGame      *self,
               KbGameMove  *move,
               GError     **error)
{
  g_autoptr(KbGameMove) owned = move;
  KbGameBefore was = _kb_game_before (self);

  if (!_kb_game_state_apply (self->state, &self->rules, owned, error))
    return FALSE;
  g_ptr_array_add (self->moves, g_steal_pointer (&owned));
  keep_checkpoint (self->checkpoints, self->state, self->moves->len);
  _kb_game_changed (self, was);
  return TRUE;
}

guint
_kb_game_die_value (KbGame *self)
{
  guint faces = kb_board_get_die (self->rules.board);

  if (self->die_func != NULL)
    {
      guint value = self->die_func (faces, self->die_data);   /* CLAMP evaluates it thrice */
      return CLAMP (value, 1, faces);
    }
  return 1 + (guint) (_kb_game_random_next (&self->state->random) % faces);
}

static void
kb_game_finalize (GObject *object)
{
  KbGame *self = (KbGame *) object;

  if (self->die_destroy != NULL)
    self->die_destroy (self->die_data);
  g_clear_pointer (&self->state, _kb_game_state_free);
  g_clear_pointer (&self->start, _kb_game_state_free);
  _kb_game_stop_autosave (self);   /* on the disk before the game goes */
  g_clear_pointer (&self->moves, g_ptr_array_unref);
  g_clear_pointer (&self->checkpoints, g_ptr_array_unref);
  _kb_game_rules_clear (&self->rules);
  g_clear_object (&self->deck);

  G_OBJECT_CLASS (kb_game_parent_class)->finalize (object);
}

static void
kb_game_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  KbGame *self = KB_GAME (object);

  switch (prop_id)
    {
    case PROP_DECK:
      g_value_set_object (value, self->deck);
      break;
    case PROP_PHASE:
      g_value_set_int (value, self->state->phase);
      break;
    case PROP_CURRENT_PLAYER:
      g_value_set_uint (value, self->state->current);
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, kb_game_can_undo (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kb_game_class_init (KbGameClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kb_game_finalize;
  object_class->get_property = kb_game_get_property;

  properties[PROP_DECK] =
    g_param_spec_object ("deck", NULL, NULL, KB_TYPE_DECK,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* A #KbGamePhase; an int, since the enum has no GType of its own. */
  properties[PROP_PHASE] =
    g_param_spec_int ("phase", NULL, NULL, KB_GAME_PHASE_SETUP, KB_GAME_PHASE_FINISHED,
                      KB_GAME_PHASE_SETUP,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CURRENT_PLAYER] =
    g_param_spec_uint ("current-player", NULL, NULL, 0, KB_GAME_MAX_PLAYERS, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * KbGame::changed:
   *
   * Anything changed (a move, an undo, a player set up): redraw. The last move, if any, is
   * kb_game_get_move (game, kb_game_get_n_moves (game) - 1).
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * KbGame::save-failed:
   * @message: why, for the facilitator
   *
   * The autosave after a change could not be written; the game itself goes on.
   */
  signals[SAVE_FAILED] = g_signal_new ("save-failed", G_TYPE_FROM_CLASS (klass),
                                       G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                                       G_TYPE_STRING);
}

static void
kb_game_init (KbGame *self)
{
  self->moves = g_ptr_array_new_with_free_func ((GDestroyNotify) _kb_game_move_free);
  self->checkpoints = g_ptr_array_new_with_free_func ((GDestroyNotify) _kb_game_state_free);
}

/**
 * kb_game_new:
 * @deck: a deck with a board
 * @seed: where the game's random sequence (die and shuffles) begins; the same seed and the same
 *   moves give the same game
 *
 * Returns: (transfer full): a game in %KB_GAME_PHASE_SETUP with no players, or %NULL with
 *   %KB_GAME_ERROR_NO_BOARD
 */
KbGame *
kb_game_new (KbDeck   *deck,
             guint64   seed,
             GError  **error)
{
  KbGame *self;
  KbBoard *board;

  g_return_val_if_fail (KB_IS_DECK (deck), NULL);

  board = kb_deck_get_board (deck);
  if (board == NULL || kb_board_get_n_squares (board) == 0)
    {
      g_set_error (error, KB_GAME_ERROR, KB_GAME_ERROR_NO_BOARD,
                   _("The deck “%s” has no board to play on."), kb_deck_get_id (deck));
      return NULL;
    }
  self = g_object_new (KB_TYPE_GAME, NULL);
  self->deck = g_object_ref (deck);
  _kb_game_rules_init (&self->rules, deck);
  self->state = _kb_game_state_new (&self->rules, seed);
  return self;
}

/**
 * kb_game_set_die_func:
 * @func: (nullable): gives the number for kb_game_roll() and kb_game_roll_for_starter(); %NULL
 *   for the game's own seeded die
 *
 * For tests that need a given number. The game's random sequence still advances once per roll,
 * so shuffles do not depend on where the numbers came from. Not saved.
 */
void
kb_game_set_die_func (KbGame         *self,
                      KbGameDieFunc   func,
                      gpointer        user_data,
                      GDestroyNotify  destroy)
{
  g_return_if_fail (KB_IS_GAME (self));

  if (self->die_destroy != NULL)
    self->die_destroy (self->die_data);
  self->die_func = func;
  self->die_data = user_data;
  self->die_destroy = destroy;
}

/**
 * kb_game_roll:
 *
 * The current player rolls the app's die (seeded, or the die function): the pawn moves that
 * many squares along the loop, past the end back to the beginning, and what the square says
 * happens: a card of its category is drawn, or the phase says what to do next.
 */
gboolean
kb_game_roll (KbGame   *self,
              GError  **error)
{
  KbGameMove *move;

  g_return_val_if_fail (KB_IS_GAME (self), FALSE);

  move = _kb_game_move_new (KB_GAME_MOVE_ROLL);
  /* Only the die function's number; the game's own die is thrown in the rules, from the state. */
  if (self->die_func != NULL && self->state->phase == KB_GAME_PHASE_ROLL)
    move->value = _kb_game_die_value (self);
  return _kb_game_play (self, move, error);
}

/**
 * kb_game_throw:
 * @value: the number a physical die showed, 1 to %KB_GAME_MAX_THROW
 *
 * As kb_game_roll(), with the number typed in by the facilitator.
 */
gboolean
kb_game_throw (KbGame   *self,
               guint     value,
               GError  **error)
{
  KbGameMove *move;

  g_return_val_if_fail (KB_IS_GAME (self), FALSE);

  move = _kb_game_move_new (KB_GAME_MOVE_THROW);
  move->value = value;
  return _kb_game_play (self, move, error);
}

/**
 * kb_game_choose_category:
 *
 * On a "choose" square: draws a card of @category.
 */
gboolean
kb_game_choose_category (KbGame      *self,
                         KbCategory  *category,
                         GError     **error)
{
  KbGameMove *move;

  g_return_val_if_fail (KB_IS_GAME (self), FALSE);
  g_return_val_if_fail (category != NULL, FALSE);

  move = _kb_game_move_new (KB_GAME_MOVE_CHOOSE);
  move->category = category;
  return _kb_game_play (self, move, error);
}

/**
 * kb_game_swap_with:
 *
 * On a "swap" square: the current player and @player change places. No card is drawn.
 */
gboolean
kb_game_swap_with (KbGame   *self,
                   guint     player,
                   GError  **error)
{
  KbGameMove *move;

  g_return_val_if_fail (KB_IS_GAME (self), FALSE);

  move = _kb_game_move_new (KB_GAME_MOVE_SWAP);
  move->target = player;
  return _kb_game_play (self, move, error);
}

/**
 * kb_game_put_in_box:
 *
 * "In my box": the card goes into the current player's box (out of the game, no reason asked)
 * and another card of the same category is drawn.
 */
gboolean
kb_game_put_in_box (KbGame   *self,
                    GError  **error)
{
  g_return_val_if_fail (KB_IS_GAME (self), FALSE);
  return _kb_game_play (self, _kb_game_move_new (KB_GAME_MOVE_BOX), error);
}

/**
 * kb_game_flag:
 *
 * "Flag": the current player passes the turn without answering, at any point of the turn.
 */
gboolean
kb_game_flag (KbGame   *self,
              GError  **error)
{
  g_return_val_if_fail (KB_IS_GAME (self), FALSE);
  return _kb_game_play (self, _kb_game_move_new (KB_GAME_MOVE_FLAG), error);
}

/**
 * kb_game_next_turn:
 *
 * The turn is done (the card answered, the compliment given, nothing to do): the next player's
 * turn. The card goes back under its pile at the next reshuffle.
 */
gboolean
kb_game_next_turn (KbGame   *self,
                   GError  **error)
{
  g_return_val_if_fail (KB_IS_GAME (self), FALSE);
  return _kb_game_play (self, _kb_game_move_new (KB_GAME_MOVE_NEXT), error);
}

/**
 * kb_game_move_pawn:
 *
 * The facilitator puts a pawn on @square by hand (to match a printed board, or to put a mistake
 * right). Nothing happens on the square; the turn stays where it is.
 */
gboolean
kb_game_move_pawn (KbGame   *self,
                   guint     player,
                   guint     square,
                   GError  **error)
{
  KbGameMove *move;

  g_return_val_if_fail (KB_IS_GAME (self), FALSE);

  move = _kb_game_move_new (KB_GAME_MOVE_MOVE_PAWN);
  move->target = player;
  move->square = square;
  return _kb_game_play (self, move, error);
}

/**
 * kb_game_skip:
 *
 * The facilitator skips the current player: the next player's turn, whatever the phase.
 */
gboolean
kb_game_skip (KbGame   *self,
              GError  **error)
{
  g_return_val_if_fail (KB_IS_GAME (self), FALSE);
  return _kb_game_play (self, _kb_game_move_new (KB_GAME_MOVE_SKIP), error);
}

/**
 * kb_game_end:
 *
 * Ends the game (%KB_GAME_PHASE_FINISHED); kb_game_get_rounds_played() has the figure for the
 * closing screen. kb_game_undo() takes it back.
 */
gboolean
kb_game_end (KbGame   *self,
             GError  **error)
{
  g_return_val_if_fail (KB_IS_GAME (self), FALSE);
  return _kb_game_play (self, _kb_game_move_new (KB_GAME_MOVE_END), error);
}

gboolean
kb_game_can_undo (KbGame *self)
{
  g_return_val_if_fail (KB_IS_GAME (self), FALSE);
  return self->moves->len > 0;
}

/**
 * kb_game_undo:
 *
 * Takes the last move back, rolls and shuffles included: rolling again gives the same number.
 * Can be repeated back to the state kb_game_start() made.
 *
 * Returns: %FALSE when there is no move to take back
 */
gboolean
kb_game_undo (KbGame *self)
{
  g_autoptr(KbGameState) state = NULL;
  KbGameBefore was;
  guint target, kept;

  g_return_val_if_fail (KB_IS_GAME (self), FALSE);

  if (self->moves->len == 0)
    return FALSE;
  was = _kb_game_before (self);
  target = self->moves->len - 1;
  kept = MIN (target / KB_GAME_CHECKPOINT_EVERY, self->checkpoints->len);
  state = _kb_game_state_copy (kept > 0 ? g_ptr_array_index (self->checkpoints, kept - 1)
                                        : self->start);
  /* These moves were played on this very state once: they cannot fail now. */
  if (!_kb_game_replay (state, &self->rules, self->moves, kept * KB_GAME_CHECKPOINT_EVERY,
                        target, self->checkpoints, NULL, NULL))
    g_assert_not_reached ();
  /* The replay kept every checkpoint up to @target; those after it are of the move undone. */
  g_ptr_array_set_size (self->checkpoints, target / KB_GAME_CHECKPOINT_EVERY);
  g_ptr_array_remove_index (self->moves, target);
  self->journal_mark = MIN (self->journal_mark, self->moves->len);
  _kb_game_state_free (self->state);
  self->state = g_steal_pointer (&state);
  _kb_game_changed (self, was);
  return TRUE;
}

/* For the loader: takes over a state, a start, moves and checkpoints that it has checked. */
void
_kb_game_adopt (KbGame      *self,
                KbGameState *state,
                KbGameState *start,
                GPtrArray   *moves,
                GPtrArray   *checkpoints)
{
  _kb_game_state_free (self->state);
  self->state = state;
  _kb_game_state_free (self->start);
  self->start = start;
  g_ptr_array_unref (self->moves);
  self->moves = moves;
  g_ptr_array_unref (self->checkpoints);
  self->checkpoints = checkpoints;
  self->journal_mark = 0;   /* other moves than the journal has */
}

/**
 * kb_game_get_card_language:
 *
 * Returns: the language the cards and the board are shown in: the one chosen with
 *   kb_game_cycle_card_language(), else the first of the user's languages the deck has
 */
const char *
kb_game_get_card_language (KbGame *self)
{
  g_return_val_if_fail (KB_IS_GAME (self), NULL);

  if (self->card_lang != NULL)
    return self->card_lang;
  return kb_deck_pick_language (self->deck, g_get_language_names ());
}

/**
 * kb_game_cycle_card_language:
 *
 * Switches the cards to the deck's next language, round and round (L: one key for NL ↔ EN).
 * Every view of the game follows through #KbGame::changed. It is no move: not in the history,
 * not undone, not saved.
 *
 * Returns: the language now
 */
const char *
kb_game_cycle_card_language (KbGame *self)
{
  const char * const *langs;
  const char *now;
  guint i;

  g_return_val_if_fail (KB_IS_GAME (self), NULL);

  langs = kb_deck_get_languages (self->deck);
  now = kb_game_get_card_language (self);
  for (i = 0; langs[i] != NULL && g_strcmp0 (langs[i], now) != 0; i++)
    ;
  now = langs[i] == NULL || langs[i + 1] == NULL ? langs[0] : langs[i + 1];
  if (now == NULL)
    return kb_game_get_card_language (self);
  /* Interned: views compare the language by pointer to know their drawings are still right. */
  self->card_lang = g_intern_string (now);
  g_signal_emit (self, signals[CHANGED], 0);
  return self->card_lang;
}

