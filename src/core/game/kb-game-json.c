/* A game as JSON: the state now, the state at the start and the moves in between, always written
 * in the same order, so that equal games give equal text. Reading is in kb-game-json-read.c. */
#define G_LOG_DOMAIN "kletsborden-game"

#include "config.h"

#include "kb-game-private.h"
#include "kb-json-writer.h"

static void
write_string_or_null (KbJsonWriter *w,
                      const char   *name,
                      const char   *value)
{
  if (value != NULL)
    kb_json_writer_string (w, name, value);
  else
    kb_json_writer_null (w, name);
}

static void
write_card (KbJsonWriter *w,
            const char   *name,
            KbCard       *card)
{
  write_string_or_null (w, name, card != NULL ? kb_card_get_id (card) : NULL);
}

/* @top_first: the pile is drawn from its end; the file lists the next card first. */
static void
write_cards (KbJsonWriter *w,
             const char   *name,
             GPtrArray    *cards,
             gboolean      top_first)
{
  kb_json_writer_begin_array (w, name);
  for (guint i = 0; i < cards->len; i++)
    kb_json_writer_string (w, NULL, kb_card_get_id (g_ptr_array_index (cards, top_first ?
                                                                        cards->len - 1 - i : i)));
  kb_json_writer_end_array (w);
}

/* The one owner of what a state holds, in the saved game and in each journal line alike. */
static void
write_state (KbJsonWriter      *w,
             const char        *key,
             const KbGameState *state,
             const KbGameRules *rules)
{
  char random[17];

  g_snprintf (random, sizeof random, "%016" G_GINT64_MODIFIER "x", state->random);
  kb_json_writer_begin_object (w, key);
  kb_json_writer_string (w, "phase", kb_game_phase_to_string (state->phase));
  kb_json_writer_int (w, "current", state->current);
  kb_json_writer_int (w, "starter", state->starter);
  kb_json_writer_int (w, "turns", state->turns);
  kb_json_writer_int (w, "rounds", state->rounds);
  kb_json_writer_int (w, "round-turns", state->round_turns);
  kb_json_writer_int (w, "roll", state->roll);
  write_card (w, "card", state->card);
  kb_json_writer_string (w, "random", random);

  kb_json_writer_begin_array (w, "players");
  for (guint i = 0; i < state->players->len; i++)
    {
      KbGamePlayer *player = g_ptr_array_index (state->players, i);

      kb_json_writer_begin_object (w, NULL);
      write_string_or_null (w, "name", player->name);
      write_string_or_null (w, "color", player->color);
      kb_json_writer_string (w, "pawn", kb_pawn_shape_to_string (player->pawn));
      kb_json_writer_int (w, "square", player->square);
      write_cards (w, "box", player->box, FALSE);
      kb_json_writer_end_object (w);
    }
  kb_json_writer_end_array (w);

  kb_json_writer_begin_object (w, "piles");
  for (guint c = 0; c < state->piles->len; c++)
    write_cards (w, kb_category_get_id (kb_deck_get_category (rules->deck, c)),
                 g_ptr_array_index (state->piles, c), TRUE);
  kb_json_writer_end_object (w);
  kb_json_writer_end_object (w);
}

static void
write_start (KbJsonWriter *w,
             KbGame       *self)
{
  if (self->start != NULL)
    write_state (w, "start", self->start, &self->rules);
  else
    kb_json_writer_null (w, "start");
}

/* Returns: (transfer full): @state on one line, as the saved game has it. */
char *
_kb_game_state_to_text (const KbGameState *state,
                        const KbGameRules *rules)
{
  KbJsonWriter *w = kb_json_writer_new_compact ();

  write_state (w, NULL, state, rules);
  return kb_json_writer_free_to_string (w);
}

static void
write_move (KbJsonWriter     *w,
            const KbGameMove *move)
{
  kb_json_writer_begin_object (w, NULL);
  kb_json_writer_string (w, "move", kb_game_move_kind_to_string (move->kind));
  kb_json_writer_int (w, "player", move->player);
  switch (move->kind)
    {
    case KB_GAME_MOVE_ROLL:
    case KB_GAME_MOVE_THROW:
      kb_json_writer_int (w, "value", move->value);
      kb_json_writer_int (w, "square", move->square);
      break;
    case KB_GAME_MOVE_CHOOSE:
      write_string_or_null (w, "category", kb_category_get_id (move->category));
      break;
    case KB_GAME_MOVE_SWAP:
    case KB_GAME_MOVE_REMOVE_PLAYER:
      kb_json_writer_int (w, "target", move->target);
      break;
    case KB_GAME_MOVE_MOVE_PAWN:
      kb_json_writer_int (w, "target", move->target);
      kb_json_writer_int (w, "square", move->square);
      break;
    case KB_GAME_MOVE_ADD_PLAYER:
      write_string_or_null (w, "name", move->name);
      write_string_or_null (w, "color", move->color);
      kb_json_writer_string (w, "pawn", kb_pawn_shape_to_string (move->pawn));
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
    write_card (w, "card", move->card);
  if (move->reshuffled)
    kb_json_writer_boolean (w, "reshuffled", TRUE);
  kb_json_writer_end_object (w);
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
  KbJsonWriter *w;
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *compact = NULL;
  g_autoptr(GError) error = NULL;
  GFile *file;
  g_autofree char *path = NULL;

  g_return_val_if_fail (KB_IS_GAME (self), NULL);

  file = kb_deck_get_file (self->deck);
  path = file != NULL ? g_file_get_path (file) : NULL;

  w = kb_json_writer_new_compact ();
  kb_json_writer_begin_object (w, NULL);
  kb_json_writer_string (w, "format", KB_GAME_FORMAT);
  kb_json_writer_int (w, "version", KB_GAME_VERSION);
  kb_json_writer_begin_object (w, "deck");
  write_string_or_null (w, "id", kb_deck_get_id (self->deck));
  write_string_or_null (w, "file", path);
  kb_json_writer_end_object (w);
  /* Added after version 1 came out, and only with a rule on: a game with every rule off is
   * written as before, byte for byte (tests/game/data/every-word.json). */
  if (self->rules.end_when_cards_run_out)
    {
      kb_json_writer_begin_object (w, "rules");
      kb_json_writer_boolean (w, "end-when-cards-run-out", TRUE);
      kb_json_writer_end_object (w);
    }
  write_state (w, "state", self->state, &self->rules);
  write_start (w, self);
  kb_json_writer_begin_array (w, "moves");
  for (guint i = 0; i < self->moves->len; i++)
    write_move (w, g_ptr_array_index (self->moves, i));
  kb_json_writer_end_array (w);
  kb_json_writer_end_object (w);
  compact = kb_json_writer_free_to_string (w);

  /* Laid out by json-glib, as saved games always were: the text stays the same. */
  root = json_from_string (compact, &error);
  if (root == NULL)
    {
      /* Not seen: every text here came through GTK or a parser as UTF-8. The compact text
       * still loads, so the game is kept, only not laid out. */
      g_warning ("Could not lay out the saved game: %s", error->message);
      return g_steal_pointer (&compact);
    }
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
 *   are no moves (a start, or all undone). Its size does not grow with the history, nor does
 *   the work of writing it: text straight into one buffer, no tree of values to build and free.
 */
char *
_kb_game_journal_line (KbGame *self,
                       guint   from)
{
  KbJsonWriter *w = kb_json_writer_new_compact ();

  from = MIN (from, self->moves->len);
  kb_json_writer_begin_object (w, NULL);
  kb_json_writer_int (w, "keep", from);
  kb_json_writer_begin_array (w, "add");
  for (guint i = from; i < self->moves->len; i++)
    write_move (w, g_ptr_array_index (self->moves, i));
  kb_json_writer_end_array (w);
  write_state (w, "state", self->state, &self->rules);
  if (self->moves->len == 0)
    write_start (w, self);
  kb_json_writer_end_object (w);
  return kb_json_writer_free_to_string (w);
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
