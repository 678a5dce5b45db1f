/* The game's state as plain data: players, piles, the random source; copying it is what makes
 * undo and a save-and-load round trip exact. */
#define G_LOG_DOMAIN "kletsborden-game"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-enum-util.h"
#include "kb-game-private.h"

/* The words of the file are the enums' nicks (kb-game-enums.h). */
const char *
kb_pawn_shape_to_string (KbPawnShape shape)
{
  return kb_enum_to_nick (KB_TYPE_PAWN_SHAPE, shape);
}

gboolean
kb_pawn_shape_from_string (const char  *name,
                           KbPawnShape *shape)
{
  int value;

  if (!kb_enum_from_nick (KB_TYPE_PAWN_SHAPE, name, &value))
    return FALSE;
  *shape = value;
  return TRUE;
}

const char *
kb_game_phase_to_string (KbGamePhase phase)
{
  return kb_enum_to_nick (KB_TYPE_GAME_PHASE, phase);
}

gboolean
kb_game_phase_from_string (const char  *name,
                           KbGamePhase *phase)
{
  int value;

  if (!kb_enum_from_nick (KB_TYPE_GAME_PHASE, name, &value))
    return FALSE;
  *phase = value;
  return TRUE;
}

const char *
kb_game_move_kind_to_string (KbGameMoveKind kind)
{
  return kb_enum_to_nick (KB_TYPE_GAME_MOVE_KIND, kind);
}

gboolean
kb_game_move_kind_from_string (const char     *name,
                               KbGameMoveKind *kind)
{
  int value;

  if (!kb_enum_from_nick (KB_TYPE_GAME_MOVE_KIND, name, &value))
    return FALSE;
  *kind = value;
  return TRUE;
}

void
_kb_game_rules_init (KbGameRules *rules,
                     KbDeck      *deck)
{
  guint n_categories = kb_deck_get_n_categories (deck);

  rules->deck = deck;
  rules->board = kb_deck_get_board (deck);
  rules->by_category = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  for (guint c = 0; c < n_categories; c++)
    g_ptr_array_add (rules->by_category, g_ptr_array_new ());
  for (guint i = 0; i < kb_deck_get_n_cards (deck); i++)
    {
      KbCard *card = kb_deck_get_card (deck, i);
      guint c = _kb_game_rules_category_index (rules, kb_card_get_category (card));

      if (c < n_categories)
        g_ptr_array_add (g_ptr_array_index (rules->by_category, c), card);
    }
}

void
_kb_game_rules_clear (KbGameRules *rules)
{
  g_clear_pointer (&rules->by_category, g_ptr_array_unref);
  rules->deck = NULL;
  rules->board = NULL;
}

/* Returns the number of categories when @category is not the deck's. */
guint
_kb_game_rules_category_index (const KbGameRules *rules,
                               KbCategory        *category)
{
  guint n = kb_deck_get_n_categories (rules->deck);

  for (guint c = 0; c < n; c++)
    if (kb_deck_get_category (rules->deck, c) == category)
      return c;
  return n;
}

/* splitmix64: one 64-bit word of state, so a save holds the exact place in the sequence (GRand
 * cannot give its state away). */
guint64
_kb_game_random_next (guint64 *state)
{
  guint64 z = (*state += G_GUINT64_CONSTANT (0x9E3779B97F4A7C15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return z ^ (z >> 31);
}

KbGamePlayer *
_kb_game_player_new (const char  *name,
                     const char  *color,
                     KbPawnShape  pawn)
{
  KbGamePlayer *player = g_new0 (KbGamePlayer, 1);

  player->name = g_strdup (name);
  player->color = g_ascii_strup (color, -1);
  player->pawn = pawn;
  player->box = g_ptr_array_new ();
  return player;
}

void
_kb_game_player_free (KbGamePlayer *player)
{
  g_free (player->name);
  g_free (player->color);
  g_ptr_array_unref (player->box);
  g_free (player);
}

static KbGamePlayer *
player_copy (const KbGamePlayer *player)
{
  KbGamePlayer *copy = _kb_game_player_new (player->name, player->color, player->pawn);

  copy->square = player->square;
  copy->flags = player->flags;
  g_ptr_array_extend (copy->box, player->box, NULL, NULL);
  return copy;
}

KbGameState *
_kb_game_state_new (const KbGameRules *rules,
                    guint64            seed)
{
  KbGameState *state = g_new0 (KbGameState, 1);

  state->phase = KB_GAME_PHASE_SETUP;
  state->players = g_ptr_array_new_with_free_func ((GDestroyNotify) _kb_game_player_free);
  state->piles = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  for (guint c = 0; c < rules->by_category->len; c++)
    g_ptr_array_add (state->piles, g_ptr_array_new ());
  state->random = seed;
  return state;
}

KbGameState *
_kb_game_state_copy (const KbGameState *state)
{
  KbGameState *copy = g_memdup2 (state, sizeof *state);

  copy->players = g_ptr_array_new_with_free_func ((GDestroyNotify) _kb_game_player_free);
  for (guint i = 0; i < state->players->len; i++)
    g_ptr_array_add (copy->players, player_copy (g_ptr_array_index (state->players, i)));
  copy->piles = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  for (guint c = 0; c < state->piles->len; c++)
    g_ptr_array_add (copy->piles, g_ptr_array_copy (g_ptr_array_index (state->piles, c),
                                                    NULL, NULL));
  return copy;
}

/* The cards left to draw in all piles together, the one shown not counted. */
guint
_kb_game_state_cards_left (const KbGameState *state)
{
  guint n = 0;

  for (guint c = 0; c < state->piles->len; c++)
    n += ((GPtrArray *) g_ptr_array_index (state->piles, c))->len;
  return n;
}

void
_kb_game_state_free (KbGameState *state)
{
  if (state == NULL)
    return;
  g_ptr_array_unref (state->players);
  g_ptr_array_unref (state->piles);
  g_free (state);
}

/* Fisher-Yates; the modulo bias of a 64-bit draw over at most a few thousand cards is far below
 * anything a group could notice. */
void
_kb_game_shuffle (GPtrArray *cards,
                  guint64   *random)
{
  for (guint i = cards->len; i > 1; i--)
    {
      guint j = (guint) (_kb_game_random_next (random) % i);
      gpointer tmp = cards->pdata[i - 1];

      cards->pdata[i - 1] = cards->pdata[j];
      cards->pdata[j] = tmp;
    }
}

/* Fills every pile with its category's cards, shuffled: at the start of a game. */
void
_kb_game_state_deal (KbGameState       *state,
                     const KbGameRules *rules)
{
  for (guint c = 0; c < state->piles->len; c++)
    {
      GPtrArray *pile = g_ptr_array_index (state->piles, c);
      GPtrArray *cards = g_ptr_array_index (rules->by_category, c);

      g_ptr_array_set_size (pile, 0);
      g_ptr_array_extend (pile, cards, NULL, NULL);
      _kb_game_shuffle (pile, &state->random);
    }
}

gboolean
_kb_game_is_color (const char *color)
{
  if (color == NULL || color[0] != '#' || strlen (color) != 7)
    return FALSE;
  for (guint i = 1; i < 7; i++)
    if (!g_ascii_isxdigit (color[i]))
      return FALSE;
  return TRUE;
}

static gboolean
has_text (const char *name)
{
  for (const char *p = name; p != NULL && *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      return TRUE;
  return FALSE;
}

gboolean
_kb_game_check_player (const char   *name,
                       const char   *color,
                       KbPawnShape   pawn,
                       GError      **error)
{
  if (!has_text (name) || !g_utf8_validate (name, -1, NULL))
    {
      g_set_error (error, KB_GAME_ERROR, KB_GAME_ERROR_NOT_ALLOWED,
                   _("A player needs a name."));
      return FALSE;
    }
  if (!_kb_game_is_color (color))
    {
      g_set_error (error, KB_GAME_ERROR, KB_GAME_ERROR_NOT_ALLOWED,
                   _("“%s” is not a colour written like #3366CC."), color != NULL ? color : "");
      return FALSE;
    }
  if ((guint) pawn > KB_PAWN_SHAPE_LAST)
    {
      g_set_error (error, KB_GAME_ERROR, KB_GAME_ERROR_NOT_ALLOWED,
                   _("There is no pawn of that shape."));
      return FALSE;
    }
  return TRUE;
}
