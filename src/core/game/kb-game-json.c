/* A game as JSON: the state now, the state at the start and the moves in between, always written
 * in the same order, so that equal games give equal text. Reading is in kb-game-json-read.c. */
#define G_LOG_DOMAIN "kletsborden-game"

#include "config.h"

#include "kb-game-private.h"

static void
add_uint (JsonBuilder *b,
          const char  *name,
          guint        value)
{
  json_builder_set_member_name (b, name);
  json_builder_add_int_value (b, value);
}

static void
add_string (JsonBuilder *b,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (b, name);
  if (value != NULL)
    json_builder_add_string_value (b, value);
  else
    json_builder_add_null_value (b);
}

static void
add_card (JsonBuilder *b,
          const char  *name,
          KbCard      *card)
{
  add_string (b, name, card != NULL ? kb_card_get_id (card) : NULL);
}

/* @top_first: the pile is drawn from its end; the file lists the next card first. */
static void
add_cards (JsonBuilder *b,
           const char  *name,
           GPtrArray   *cards,
           gboolean     top_first)
{
  json_builder_set_member_name (b, name);
  json_builder_begin_array (b);
  for (guint i = 0; i < cards->len; i++)
    json_builder_add_string_value (b, kb_card_get_id (g_ptr_array_index (cards, top_first ?
                                                                          cards->len - 1 - i : i)));
  json_builder_end_array (b);
}

JsonNode *
_kb_game_state_to_node (const KbGameState *state,
                        const KbGameRules *rules)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autofree char *random = g_strdup_printf ("%016" G_GINT64_MODIFIER "x", state->random);

  json_builder_begin_object (b);
  add_string (b, "phase", kb_game_phase_to_string (state->phase));
  add_uint (b, "current", state->current);
  add_uint (b, "starter", state->starter);
  add_uint (b, "turns", state->turns);
  add_uint (b, "rounds", state->rounds);
  add_uint (b, "round-turns", state->round_turns);
  add_uint (b, "roll", state->roll);
  add_card (b, "card", state->card);
  add_string (b, "random", random);

  json_builder_set_member_name (b, "players");
  json_builder_begin_array (b);
  for (guint i = 0; i < state->players->len; i++)
    {
      KbGamePlayer *player = g_ptr_array_index (state->players, i);

      json_builder_begin_object (b);
      add_string (b, "name", player->name);
      add_string (b, "color", player->color);
      add_string (b, "pawn", kb_pawn_shape_to_string (player->pawn));
      add_uint (b, "square", player->square);
      add_cards (b, "box", player->box, FALSE);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "piles");
  json_builder_begin_object (b);
  for (guint c = 0; c < state->piles->len; c++)
    add_cards (b, kb_category_get_id (kb_deck_get_category (rules->deck, c)),
               g_ptr_array_index (state->piles, c), TRUE);
  json_builder_end_object (b);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

static JsonNode *
move_to_node (const KbGameMove *move)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  add_string (b, "move", kb_game_move_kind_to_string (move->kind));
  add_uint (b, "player", move->player);
  switch (move->kind)
    {
    case KB_GAME_MOVE_ROLL:
    case KB_GAME_MOVE_THROW:
      add_uint (b, "value", move->value);
      add_uint (b, "square", move->square);
      break;
    case KB_GAME_MOVE_CHOOSE:
      add_string (b, "category", kb_category_get_id (move->category));
      break;
    case KB_GAME_MOVE_SWAP:
    case KB_GAME_MOVE_REMOVE_PLAYER:
      add_uint (b, "target", move->target);
      break;
    case KB_GAME_MOVE_MOVE_PAWN:
      add_uint (b, "target", move->target);
      add_uint (b, "square", move->square);
      break;
    case KB_GAME_MOVE_ADD_PLAYER:
      add_string (b, "name", move->name);
      add_string (b, "color", move->color);
      add_string (b, "pawn", kb_pawn_shape_to_string (move->pawn));
      break;
    case KB_GAME_MOVE_BOX:
    case KB_GAME_MOVE_FLAG:
    case KB_GAME_MOVE_NEXT:
    case KB_GAME_MOVE_SKIP:
    case KB_GAME_MOVE_END:
    default:
      break;
    }
  /* What the move brought about, for a reader of the file; loading works it out again. */
  if (move->card != NULL)
    add_card (b, "card", move->card);
  if (move->reshuffled)
    {
      json_builder_set_member_name (b, "reshuffled");
      json_builder_add_boolean_value (b, TRUE);
    }
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

/**
 * kb_game_to_json:
 *
 * Returns: (transfer full): the whole game as JSON ("format": "kletsborden-game", "version": 1):
 *   the deck's id and file, the rules chosen in setup (when any is on), the state, the state at
 *   the start and every move since. The same game always gives the same text.
 */
char *
kb_game_to_json (KbGame *self)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  GFile *file;
  g_autofree char *path = NULL;

  g_return_val_if_fail (KB_IS_GAME (self), NULL);

  file = kb_deck_get_file (self->deck);
  path = file != NULL ? g_file_get_path (file) : NULL;

  json_builder_begin_object (b);
  add_string (b, "format", KB_GAME_FORMAT);
  add_uint (b, "version", KB_GAME_VERSION);
  json_builder_set_member_name (b, "deck");
  json_builder_begin_object (b);
  add_string (b, "id", kb_deck_get_id (self->deck));
  add_string (b, "file", path);
  json_builder_end_object (b);
  /* Added after version 1 came out, and only with a rule on: a game with every rule off is
   * written as before, byte for byte (tests/game/data/every-word.json). */
  if (self->rules.end_when_cards_run_out)
    {
      json_builder_set_member_name (b, "rules");
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "end-when-cards-run-out");
      json_builder_add_boolean_value (b, TRUE);
      json_builder_end_object (b);
    }
  json_builder_set_member_name (b, "state");
  json_builder_add_value (b, _kb_game_state_to_node (self->state, &self->rules));
  json_builder_set_member_name (b, "start");
  if (self->start != NULL)
    json_builder_add_value (b, _kb_game_state_to_node (self->start, &self->rules));
  else
    json_builder_add_null_value (b);
  json_builder_set_member_name (b, "moves");
  json_builder_begin_array (b);
  for (guint i = 0; i < self->moves->len; i++)
    json_builder_add_value (b, move_to_node (g_ptr_array_index (self->moves, i)));
  json_builder_end_array (b);
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  return json_generator_to_data (generator, NULL);
}

/**
 * _kb_game_journal_line:
 * @from: how many of the moves the journal has already
 *
 * Returns: (transfer full): one journal line (kb-journal.h): the moves kept ("keep", fewer after
 *   an undo), the moves since ("add"), and the state now; the state at the start too while there
 *   are no moves (a start, or all undone). Its size does not grow with the history.
 */
char *
_kb_game_journal_line (KbGame *self,
                       guint   from)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  from = MIN (from, self->moves->len);
  json_builder_begin_object (b);
  add_uint (b, "keep", from);
  json_builder_set_member_name (b, "add");
  json_builder_begin_array (b);
  for (guint i = from; i < self->moves->len; i++)
    json_builder_add_value (b, move_to_node (g_ptr_array_index (self->moves, i)));
  json_builder_end_array (b);
  json_builder_set_member_name (b, "state");
  json_builder_add_value (b, _kb_game_state_to_node (self->state, &self->rules));
  if (self->moves->len == 0)
    {
      json_builder_set_member_name (b, "start");
      if (self->start != NULL)
        json_builder_add_value (b, _kb_game_state_to_node (self->start, &self->rules));
      else
        json_builder_add_null_value (b);
    }
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

/* Folds one line of _kb_game_journal_line() into a saved game's root; the result is checked by
 * the loader as any saved game is. */
gboolean
_kb_game_journal_apply (JsonObject *snapshot,
                        JsonObject *line)
{
  JsonNode *keep = json_object_get_member (line, "keep");
  JsonNode *add = json_object_get_member (line, "add");
  JsonNode *state = json_object_get_member (line, "state");
  JsonNode *moves = json_object_get_member (snapshot, "moves");
  JsonArray *kept, *added;
  gint64 n;

  if (keep == NULL || !JSON_NODE_HOLDS_VALUE (keep) ||
      json_node_get_value_type (keep) != G_TYPE_INT64 || add == NULL ||
      !JSON_NODE_HOLDS_ARRAY (add) || state == NULL || !JSON_NODE_HOLDS_OBJECT (state) ||
      moves == NULL || !JSON_NODE_HOLDS_ARRAY (moves))
    return FALSE;
  kept = json_node_get_array (moves);
  added = json_node_get_array (add);
  n = json_node_get_int (keep);
  if (n < 0 || n > json_array_get_length (kept))
    return FALSE;
  while (json_array_get_length (kept) > (guint) n)
    json_array_remove_element (kept, json_array_get_length (kept) - 1);
  for (guint i = 0; i < json_array_get_length (added); i++)
    json_array_add_element (kept, json_node_copy (json_array_get_element (added, i)));
  json_object_set_member (snapshot, "state", json_node_copy (state));
  if (json_object_has_member (line, "start"))
    json_object_set_member (snapshot, "start",
                            json_node_copy (json_object_get_member (line, "start")));
  return TRUE;
}
