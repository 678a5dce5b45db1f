/* Reading a saved game: every member checked, then the moves replayed from the start, which must
 * arrive at the saved state. A damaged or edited file is refused with a reason instead of
 * resuming a game that never was. When only the deck changed since, the position alone can still
 * be read (kb_game_new_from_json_position), so an evening survives an updated deck. */
#define G_LOG_DOMAIN "kletsborden-game"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "kb-game-private.h"
#include "kb-guarded-read.h"
#include "kb-limits.h"

static JsonNode *
member (JsonObject *object,
        const char *name)
{
  return object != NULL ? json_object_get_member (object, name) : NULL;
}

typedef struct
{
  const KbGameRules *rules;
  GHashTable        *seen;      /* KbCard: each card may be in one place only */
  gboolean           lenient;   /* cards and piles the deck no longer has are left out */
  GError           **error;
} Reader;

static gboolean G_GNUC_PRINTF (2, 3)
damaged (GError     **error,
         const char  *format,
         ...)
{
  g_autofree char *detail = NULL;
  va_list args;

  va_start (args, format);
  detail = g_strdup_vprintf (format, args);
  va_end (args);
  /* Details may be whole sentences (from json-glib or the rules); the message has its own stop. */
  if (g_str_has_suffix (detail, "."))
    detail[strlen (detail) - 1] = '\0';
  g_set_error (error, KB_GAME_ERROR, KB_GAME_ERROR_INVALID,
               _("The saved game is damaged: %s."), detail);
  return FALSE;
}

/* What a change in the deck explains: the UI can offer kb_game_load_position(). */
static gboolean G_GNUC_PRINTF (2, 3)
deck_changed (GError     **error,
              const char  *format,
              ...)
{
  g_autofree char *detail = NULL;
  va_list args;

  va_start (args, format);
  detail = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, KB_GAME_ERROR, KB_GAME_ERROR_DECK_CHANGED,
               _("The deck has changed since this game was saved (%s). The game can go on from "
                 "where it was, without its earlier moves."), detail);
  return FALSE;
}

static gboolean
bad_member (Reader     *r,
            const char *name)
{
  return damaged (r->error, _("“%s” is missing or has the wrong kind of value"), name);
}

static gboolean
read_uint (Reader     *r,
           JsonObject *object,
           const char *name,
           guint       limit,
           guint      *value)
{
  JsonNode *node = member (object, name);
  gint64 v;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64)
    return bad_member (r, name);
  v = json_node_get_int (node);
  if (v < 0 || v >= (gint64) limit)
    return damaged (r->error, _("“%s” is out of range"), name);
  *value = (guint) v;
  return TRUE;
}

/* @value is NULL for a JSON null when @nullable. */
static gboolean
read_string (Reader       *r,
             JsonObject   *object,
             const char   *name,
             gboolean      nullable,
             const char  **value)
{
  JsonNode *node = member (object, name);

  if (node != NULL && nullable && JSON_NODE_HOLDS_NULL (node))
    {
      *value = NULL;
      return TRUE;
    }
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return bad_member (r, name);
  *value = json_node_get_string (node);
  return TRUE;
}

static gboolean
read_object (Reader      *r,
             JsonObject  *object,
             const char  *name,
             JsonObject **value)
{
  JsonNode *node = member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return bad_member (r, name);
  *value = json_node_get_object (node);
  return TRUE;
}

static gboolean
read_array (Reader      *r,
            JsonObject  *object,
            const char  *name,
            JsonArray  **value)
{
  JsonNode *node = member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return bad_member (r, name);
  *value = json_node_get_array (node);
  return TRUE;
}

/* A card by id, once only in the whole state; NULL when lenient and the deck lost it. */
static gboolean
find_card (Reader      *r,
           const char  *id,
           KbCard     **card)
{
  *card = kb_deck_find_card (r->rules->deck, id);
  if (*card == NULL && r->lenient)
    return TRUE;
  if (*card == NULL)
    return deck_changed (r->error, _("the card “%s” is no longer in it"), id);
  if (!g_hash_table_add (r->seen, *card))
    return damaged (r->error, _("the card “%s” is in more than one place"), id);
  return TRUE;
}

/* @category: the category every card must have, or NULL. */
static gboolean
read_cards (Reader     *r,
            JsonArray  *array,
            const char *name,
            KbCategory *category,
            gboolean    top_first,
            GPtrArray  *cards)
{
  guint n = json_array_get_length (array);

  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, top_first ? n - 1 - i : i);
      KbCard *card;

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        return bad_member (r, name);
      if (!find_card (r, json_node_get_string (node), &card))
        return FALSE;
      if (card == NULL)
        continue;
      if (category != NULL && kb_card_get_category (card) != category)
        {
          if (r->lenient)
            continue;
          return deck_changed (r->error, _("the card “%s” is in another category now"),
                               kb_card_get_id (card));
        }
      g_ptr_array_add (cards, card);
    }
  return TRUE;
}

static gboolean
read_player (Reader       *r,
             JsonNode     *node,
             KbGameState  *state)
{
  JsonObject *object = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  const char *name, *color, *pawn_name;
  KbPawnShape pawn = KB_PAWN_SHAPE_CIRCLE;
  g_autoptr(GError) local = NULL;
  KbGamePlayer *player;
  JsonArray *box;
  guint square;

  if (object == NULL)
    return bad_member (r, "players");
  if (!read_string (r, object, "name", FALSE, &name) ||
      !read_string (r, object, "color", FALSE, &color) ||
      !read_string (r, object, "pawn", FALSE, &pawn_name) ||
      !read_uint (r, object, "square", G_MAXINT, &square) ||
      !read_array (r, object, "box", &box))
    return FALSE;
  if (!kb_pawn_shape_from_string (pawn_name, &pawn))
    return damaged (r->error, _("there is no pawn called “%s”"), pawn_name);
  if (!_kb_game_check_player (name, color, pawn, &local))
    return damaged (r->error, "%s", local->message);
  /* Lenient: a pawn on a square the board lost goes round onto the board that is left. */
  if (square >= kb_board_get_n_squares (r->rules->board) && !r->lenient)
    return deck_changed (r->error, _("the board has no square %u any more"), square + 1);
  player = _kb_game_player_new (name, color, pawn);
  player->square = square % kb_board_get_n_squares (r->rules->board);
  g_ptr_array_add (state->players, player);
  return read_cards (r, box, "box", NULL, FALSE, player->box);
}

static gboolean
read_random (Reader      *r,
             JsonObject  *object,
             guint64     *random)
{
  const char *text;

  if (!read_string (r, object, "random", FALSE, &text))
    return FALSE;
  if (strlen (text) != 16 || !g_ascii_string_to_unsigned (text, 16, 0, G_MAXUINT64, random, NULL))
    return bad_member (r, "random");
  return TRUE;
}

static KbGameState *
read_state (Reader   *r,
            JsonNode *node)
{
  g_autoptr(KbGameState) state = _kb_game_state_new (r->rules, 0);
  JsonObject *object = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  JsonObject *piles;
  JsonArray *players;
  const char *phase, *card_id;
  guint n, n_players_limit;

  g_hash_table_remove_all (r->seen);
  if (object == NULL)
    return bad_member (r, "state"), NULL;
  if (!read_string (r, object, "phase", FALSE, &phase) ||
      !read_array (r, object, "players", &players) ||
      !read_uint (r, object, "turns", G_MAXINT, &state->turns) ||
      !read_uint (r, object, "rounds", G_MAXINT, &state->rounds) ||
      !read_uint (r, object, "round-turns", G_MAXINT, &state->round_turns) ||
      !read_uint (r, object, "roll", KB_GAME_MAX_THROW + 1, &state->roll) ||
      !read_random (r, object, &state->random) ||
      !read_string (r, object, "card", TRUE, &card_id) ||
      !read_object (r, object, "piles", &piles))
    return NULL;
  if (!kb_game_phase_from_string (phase, &state->phase))
    return damaged (r->error, _("the game is in an unknown phase “%s”"), phase), NULL;

  n = json_array_get_length (players);
  if (n > KB_GAME_MAX_PLAYERS || (state->phase != KB_GAME_PHASE_SETUP && n < KB_GAME_MIN_PLAYERS))
    return damaged (r->error, _("a game has %u to %u players, not %u"),
                    (guint) KB_GAME_MIN_PLAYERS, (guint) KB_GAME_MAX_PLAYERS, n), NULL;
  for (guint i = 0; i < n; i++)
    if (!read_player (r, json_array_get_element (players, i), state))
      return NULL;
  n_players_limit = MAX (n, 1);
  if (!read_uint (r, object, "current", n_players_limit, &state->current) ||
      !read_uint (r, object, "starter", n_players_limit, &state->starter))
    return NULL;

  if (card_id != NULL && !find_card (r, card_id, &state->card))
    return NULL;
  if (card_id != NULL && state->card == NULL && state->phase == KB_GAME_PHASE_CARD)
    state->phase = KB_GAME_PHASE_TURN_OVER;   /* lenient: the card shown is gone */
  if ((state->card != NULL) != (state->phase == KB_GAME_PHASE_CARD))
    return damaged (r->error, _("the card shown does not fit the phase of the turn")), NULL;

  for (guint c = 0; c < state->piles->len; c++)
    {
      KbCategory *category = kb_deck_get_category (r->rules->deck, c);
      const char *id = kb_category_get_id (category);
      JsonArray *pile;

      /* A new category starts with an empty pile, shuffled at its first draw. */
      if (member (piles, id) == NULL && r->lenient)
        continue;
      if (member (piles, id) == NULL)
        return deck_changed (r->error, _("the category “%s” is new"), id), NULL;
      if (!read_array (r, piles, id, &pile) ||
          !read_cards (r, pile, id, category, TRUE, g_ptr_array_index (state->piles, c)))
        return NULL;
    }
  if (!r->lenient)
    {
      g_autoptr(GList) names = json_object_get_members (piles);

      for (GList *l = names; l != NULL; l = l->next)
        if (kb_deck_find_category (r->rules->deck, l->data) == NULL)
          return deck_changed (r->error, _("the category “%s” is gone"),
                               (const char *) l->data), NULL;
    }
  return g_steal_pointer (&state);
}

static KbGameMove *
read_move (Reader   *r,
           JsonNode *node)
{
  JsonObject *object = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  g_autoptr(KbGameMove) move = NULL;
  KbGameMoveKind kind;
  const char *name, *s;

  if (object == NULL)
    return bad_member (r, "moves"), NULL;
  if (!read_string (r, object, "move", FALSE, &name))
    return NULL;
  if (!kb_game_move_kind_from_string (name, &kind))
    return damaged (r->error, _("there is no move called “%s”"), name), NULL;
  move = _kb_game_move_new (kind);
  switch (kind)
    {
    case KB_GAME_MOVE_ROLL:
    case KB_GAME_MOVE_THROW:
      if (!read_uint (r, object, "value", KB_GAME_MAX_THROW + 1, &move->value))
        return NULL;
      break;
    case KB_GAME_MOVE_CHOOSE:
      if (!read_string (r, object, "category", FALSE, &s))
        return NULL;
      move->category = kb_deck_find_category (r->rules->deck, s);
      if (move->category == NULL)
        return deck_changed (r->error, _("the category “%s” is gone"), s), NULL;
      break;
    case KB_GAME_MOVE_SWAP:
    case KB_GAME_MOVE_REMOVE_PLAYER:
      if (!read_uint (r, object, "target", KB_GAME_MAX_PLAYERS, &move->target))
        return NULL;
      break;
    case KB_GAME_MOVE_MOVE_PAWN:
      if (!read_uint (r, object, "target", KB_GAME_MAX_PLAYERS, &move->target) ||
          !read_uint (r, object, "square", kb_board_get_n_squares (r->rules->board),
                      &move->square))
        return NULL;
      break;
    case KB_GAME_MOVE_ADD_PLAYER:
      if (!read_string (r, object, "name", FALSE, &name) ||
          !read_string (r, object, "color", FALSE, &s))
        return NULL;
      move->name = g_strdup (name);
      move->color = g_strdup (s);
      if (!read_string (r, object, "pawn", FALSE, &s))
        return NULL;
      if (!kb_pawn_shape_from_string (s, &move->pawn))
        return damaged (r->error, _("there is no pawn called “%s”"), s), NULL;
      break;
    default:
      break;
    }
  return g_steal_pointer (&move);
}

/* The rules chosen in setup; each one missing (a file saved before it existed) is off. */
static gboolean
read_rules (Reader      *r,
            JsonObject  *object,
            KbGameRules *rules)
{
  JsonObject *chosen;
  JsonNode *node;

  if (member (object, "rules") == NULL)
    return TRUE;
  if (!read_object (r, object, "rules", &chosen))
    return FALSE;
  node = member (chosen, "end-when-cards-run-out");
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return bad_member (r, "end-when-cards-run-out");
  rules->end_when_cards_run_out = json_node_get_boolean (node);
  return TRUE;
}

static gboolean
states_equal (const KbGameState *a,
              const KbGameState *b,
              const KbGameRules *rules)
{
  g_autofree char *ta = _kb_game_state_to_text (a, rules);
  g_autofree char *tb = _kb_game_state_to_text (b, rules);

  return strcmp (ta, tb) == 0;
}

/* Replays @moves from @start; they must end in @state. Returns the state they end in, with
 * what no file holds (the flags raised), and the checkpoints undo starts from. */
static KbGameState *
replay (Reader            *r,
        const KbGameState *start,
        GPtrArray         *moves,
        const KbGameState *state,
        GPtrArray         *checkpoints)
{
  g_autoptr(KbGameState) replayed = _kb_game_state_copy (start);
  g_autoptr(GError) local = NULL;
  guint failed = 0;

  if (!_kb_game_replay (replayed, r->rules, moves, 0, moves->len, checkpoints, &failed, &local))
    return damaged (r->error, _("move %u cannot be played again (%s)"), failed + 1,
                    local->message), NULL;
  if (!states_equal (replayed, state, r->rules))
    return deck_changed (r->error, _("its moves no longer lead to the saved position")), NULL;
  return g_steal_pointer (&replayed);
}

/**
 * _kb_game_json_parse:
 *
 * The one way a saved game's text becomes a tree: through the guard (kb-guarded-read.h), so
 * that a file nested 85 000 levels deep is refused instead of crashing json-glib.
 *
 * Returns: (transfer full): the root, or %NULL with %KB_GAME_ERROR_NOT_A_GAME for an empty text
 *   and %KB_GAME_ERROR_INVALID for one that is not JSON or nested too deeply
 */
JsonNode *
_kb_game_json_parse (const char  *json,
                     gssize       length,
                     GError     **error)
{
  g_autoptr(GError) local = NULL;
  JsonNode *root = kb_guarded_parse_json (json, length, KB_STATE_MAX_NESTING, &local);

  if (root != NULL)
    return root;
  if (g_error_matches (local, KB_GUARDED_READ_ERROR, KB_GUARDED_READ_ERROR_EMPTY))
    g_set_error (error, KB_GAME_ERROR, KB_GAME_ERROR_NOT_A_GAME,
                 _("This file is not a saved Kletsborden game."));
  else
    damaged (error, "%s", local->message);
  return NULL;
}

/**
 * _kb_game_json_read_header:
 *
 * Checks that @root is a saved game this version can read, and gives its deck reference.
 */
gboolean
_kb_game_json_read_header (JsonNode     *root,
                           const char  **deck_id,
                           const char  **deck_path,
                           GError      **error)
{
  JsonObject *object = root != NULL && JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root)
                                                                     : NULL;
  JsonNode *format = member (object, "format");
  JsonNode *version = member (object, "version");
  JsonObject *deck;
  Reader r = { NULL, NULL, FALSE, error };

  if (format == NULL || !JSON_NODE_HOLDS_VALUE (format) ||
      g_strcmp0 (json_node_get_string (format), KB_GAME_FORMAT) != 0)
    {
      g_set_error (error, KB_GAME_ERROR, KB_GAME_ERROR_NOT_A_GAME,
                   _("This file is not a saved Kletsborden game."));
      return FALSE;
    }
  if (version == NULL || !JSON_NODE_HOLDS_VALUE (version) ||
      json_node_get_value_type (version) != G_TYPE_INT64)
    return bad_member (&r, "version");
  if (json_node_get_int (version) != KB_GAME_VERSION)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (version));

      g_set_error (error, KB_GAME_ERROR, KB_GAME_ERROR_VERSION,
                   _("This game was saved in a form this version of Kletsborden does not know "
                     "(version %s). Update the app to continue it."), number);
      return FALSE;
    }
  return read_object (&r, object, "deck", &deck) &&
         read_string (&r, deck, "id", FALSE, deck_id) &&
         read_string (&r, deck, "file", TRUE, deck_path);
}

static KbGame *
read_game (KbDeck      *deck,
           const char  *json,
           gssize       length,
           gboolean     lenient,
           GError     **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) moves = NULL;
  g_autoptr(GPtrArray) checkpoints = g_ptr_array_new_with_free_func (
    (GDestroyNotify) _kb_game_state_free);
  g_autoptr(KbGameState) state = NULL;
  g_autoptr(KbGameState) start = NULL;
  g_autoptr(KbGame) self = NULL;
  const char *deck_id, *deck_path;
  JsonObject *object;
  JsonNode *start_node;
  JsonArray *array;
  Reader r;

  root = _kb_game_json_parse (json, length, error);
  if (root == NULL)
    return NULL;
  if (!_kb_game_json_read_header (root, &deck_id, &deck_path, error))
    return NULL;
  if (g_strcmp0 (deck_id, kb_deck_get_id (deck)) != 0)
    {
      g_set_error (error, KB_GAME_ERROR, KB_GAME_ERROR_OTHER_DECK,
                   _("This game was played with the deck “%s”, not with “%s”."), deck_id,
                   kb_deck_get_id (deck));
      return NULL;
    }
  self = kb_game_new (deck, 0, error);
  if (self == NULL)
    return NULL;

  r = (Reader) { &self->rules, seen, lenient, error };
  object = json_node_get_object (root);
  if (member (object, "state") == NULL)
    return bad_member (&r, "state"), NULL;
  if (!read_array (&r, object, "moves", &array) || !read_rules (&r, object, &self->rules))
    return NULL;
  state = read_state (&r, member (object, "state"));
  if (state == NULL)
    return NULL;
  start_node = member (object, "start");
  moves = g_ptr_array_new_with_free_func ((GDestroyNotify) _kb_game_move_free);
  if (start_node == NULL)
    return bad_member (&r, "start"), NULL;
  if (lenient)
    {
      /* The position alone: undo reaches back to here, and no further. */
      if (state->phase != KB_GAME_PHASE_SETUP)
        start = _kb_game_state_copy (state);
    }
  else if (JSON_NODE_HOLDS_NULL (start_node))
    {
      /* Not started: nothing to replay, and nothing may have been played. */
      if (state->phase != KB_GAME_PHASE_SETUP || json_array_get_length (array) > 0)
        return bad_member (&r, "start"), NULL;
    }
  else
    {
      g_autoptr(KbGameState) replayed = NULL;

      start = read_state (&r, start_node);
      if (start == NULL)
        return NULL;
      if (start->phase == KB_GAME_PHASE_SETUP || state->phase == KB_GAME_PHASE_SETUP)
        return damaged (error, _("its start does not fit the state it is in")), NULL;
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          KbGameMove *move = read_move (&r, json_array_get_element (array, i));
          if (move == NULL)
            return NULL;
          g_ptr_array_add (moves, move);
        }
      /* The replay also works out each move's outcome (card drawn, square) again. */
      replayed = replay (&r, start, moves, state, checkpoints);
      if (replayed == NULL)
        return NULL;
      _kb_game_state_free (g_steal_pointer (&state));
      state = g_steal_pointer (&replayed);
    }
  _kb_game_adopt (self, g_steal_pointer (&state), g_steal_pointer (&start),
                  g_steal_pointer (&moves), g_steal_pointer (&checkpoints));
  return g_steal_pointer (&self);
}

/**
 * kb_game_new_from_json:
 * @deck: the deck the game was played with
 *
 * Restores a game saved by kb_game_to_json(). Refuses, with a #KbGameError that says why, a
 * file that is not a saved game (%KB_GAME_ERROR_NOT_A_GAME), one of a newer version
 * (%KB_GAME_ERROR_VERSION), one of another deck (%KB_GAME_ERROR_OTHER_DECK), one whose deck has
 * changed since (%KB_GAME_ERROR_DECK_CHANGED: try kb_game_new_from_json_position()) and one that
 * is damaged (%KB_GAME_ERROR_INVALID): a member missing or out of range, a card in two places,
 * moves that cannot be played. Never trusts the file further than it checked.
 *
 * Returns: (transfer full): the game, or %NULL with @error set
 */
KbGame *
kb_game_new_from_json (KbDeck      *deck,
                       const char  *json,
                       gssize       length,
                       GError     **error)
{
  g_return_val_if_fail (KB_IS_DECK (deck), NULL);
  g_return_val_if_fail (json != NULL, NULL);

  return read_game (deck, json, length, FALSE, error);
}

/**
 * kb_game_new_from_json_position:
 *
 * For a save refused with %KB_GAME_ERROR_DECK_CHANGED: restores only the position (players,
 * squares, boxes, piles, whose turn), leaving out cards and categories the deck no longer has
 * and putting pawns of squares the board lost back on the board. The history is gone: undo
 * reaches back to this position only. Everything else is checked as kb_game_new_from_json()
 * does.
 *
 * Returns: (transfer full): the game, or %NULL with @error set
 */
KbGame *
kb_game_new_from_json_position (KbDeck      *deck,
                                const char  *json,
                                gssize       length,
                                GError     **error)
{
  g_return_val_if_fail (KB_IS_DECK (deck), NULL);
  g_return_val_if_fail (json != NULL, NULL);

  return read_game (deck, json, length, TRUE, error);
}
