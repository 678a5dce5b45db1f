/* Reads the cards and the board: the parts that refer to categories by id. */
#define G_LOG_DOMAIN "kletsborden-reader"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-deck-reader-private.h"
#include "kb-limits.h"

static const char * const card_keys[] = {
  "id", "category", "kind", "intensity", "asks", "title", "text", "notes", "roles", "image",
  "tags", NULL
};
static const char * const role_keys[] = { "name", "brief", NULL };
static const char * const board_keys[] = { "shape", "die", "squares", NULL };
static const char * const square_keys[] = { "category", "special", NULL };
/* The category a card or square names; an unknown one is the checker's to report. */
static KbCategory *
find_category (KbReader      *reader,
               KbValue       *value,
               gconstpointer  item,
               char         **id_out)
{
  *id_out = _kb_reader_marked_string (reader, value, "category", item, "category");
  return *id_out != NULL ? g_hash_table_lookup (reader->deck->category_ids, *id_out) : NULL;
}

static void
read_roles (KbReader *reader,
            KbCard   *card,
            KbValue  *roles)
{
  KbValue element, member;

  if (!_kb_reader_is_array (reader, roles, "roles"))
    return;
  if (json_array_get_length (json_node_get_array (roles->node)) > KB_DECK_MAX_ROLES)
    {
      _kb_reader_problem (reader, KB_PROBLEM_ERROR, roles->loc, FALSE,
                          _("too many roles; a card has at most %u"), (guint) KB_DECK_MAX_ROLES);
      return;
    }
  card->roles = g_ptr_array_new_with_free_func ((GDestroyNotify) _kb_role_free);
  KB_READER_FOREACH_ELEMENT (reader, roles, i, &element)
    {
      KbRole *role;

      if (!_kb_reader_is_object (reader, &element, "roles"))
        continue;
      role = _kb_role_new ();
      g_ptr_array_add (card->roles, role);
      role->extra = _kb_reader_check_keys (reader, &element, role_keys);
      if (_kb_reader_require (reader, &element, "name", &member))
        role->name = _kb_reader_text (reader, &member, "name", card, (int) i);
      if (_kb_reader_member (reader, &element, "brief", &member))
        role->brief = _kb_reader_text (reader, &member, "brief", card, (int) i);
    }
  _kb_reader_mark (reader, card, "roles", -1, roles->loc, FALSE);
}

static void
read_card (KbReader *reader,
           KbValue  *value)
{
  KbDeck *deck = reader->deck;
  KbCard *card;
  KbValue member;
  int v;

  if (!_kb_reader_is_object (reader, value, "cards"))
    return;

  card = _kb_card_new ();
  g_ptr_array_add (deck->cards, card);
  card->extra = _kb_reader_check_keys (reader, value, card_keys);

  _kb_reader_mark (reader, card, NULL, -1, value->loc, FALSE);

  /* A second card with the same id is the checker's to report: the first keeps it. */
  if (_kb_reader_require (reader, value, "id", &member))
    {
      card->id = _kb_reader_id (reader, &member, "id");
      _kb_reader_mark (reader, card, "id", -1, member.loc, FALSE);
      if (card->id != NULL && !g_hash_table_contains (deck->card_ids, card->id))
        g_hash_table_insert (deck->card_ids, card->id, card);
    }
  if (_kb_reader_require (reader, value, "category", &member))
    card->category = find_category (reader, &member, card, &card->category_id);
  if (_kb_reader_member (reader, value, "kind", &member))
    {
      card->has_kind = TRUE;
      if (_kb_reader_enum (reader, &member, "kind", KB_TYPE_CARD_KIND, &v))
        card->kind = (KbCardKind) v;
    }
  if (_kb_reader_member (reader, value, "intensity", &member) &&
      _kb_reader_enum (reader, &member, "intensity", KB_TYPE_INTENSITY, &v))
    card->intensity = (KbIntensity) v;
  if (_kb_reader_member (reader, value, "asks", &member) &&
      _kb_reader_enum (reader, &member, "asks", KB_TYPE_ASKS, &v))
    card->asks = (KbAsks) v;
  if (_kb_reader_member (reader, value, "title", &member))
    card->title = _kb_reader_text (reader, &member, "title", card, -1);
  if (_kb_reader_require (reader, value, "text", &member))
    card->text = _kb_reader_text (reader, &member, "text", card, -1);
  if (_kb_reader_member (reader, value, "notes", &member))
    card->notes = _kb_reader_text (reader, &member, "notes", card, -1);
  if (_kb_reader_member (reader, value, "roles", &member))
    read_roles (reader, card, &member);
  if (_kb_reader_member (reader, value, "image", &member))
    card->image = _kb_reader_marked_string (reader, &member, "image", card, "image");
  if (_kb_reader_member (reader, value, "tags", &member))
    card->tags = _kb_reader_strings (reader, &member, "tags", KB_DECK_MAX_TAGS);
}

void
_kb_reader_read_cards (KbReader *reader,
                       KbValue  *cards)
{
  KbValue element;
  guint n;

  if (!_kb_reader_is_array (reader, cards, "cards"))
    return;
  n = json_array_get_length (json_node_get_array (cards->node));
  if (n == 0)
    _kb_reader_problem (reader, KB_PROBLEM_ERROR, cards->loc, FALSE,
                        _("\"cards\" is empty; a deck needs at least one card"));
  if (n > KB_DECK_MAX_CARDS)
    {
      _kb_reader_problem (reader, KB_PROBLEM_ERROR, cards->loc, FALSE,
                          _("too many cards (%u); a deck has at most %u"), n,
                          (guint) KB_DECK_MAX_CARDS);
      return;
    }
  g_ptr_array_set_size (reader->deck->cards, 0);
  KB_READER_FOREACH_ELEMENT (reader, cards, i, &element)
    read_card (reader, &element);
}

static void
read_square (KbReader *reader,
             KbBoard  *board,
             KbValue  *value)
{
  KbSquare *square;
  KbValue category, special;
  gboolean has_category, has_special;

  if (!_kb_reader_is_object (reader, value, "squares"))
    return;
  square = _kb_square_new ();
  g_ptr_array_add (board->squares, square);
  square->extra = _kb_reader_check_keys (reader, value, square_keys);
  _kb_reader_mark (reader, square, NULL, -1, value->loc, FALSE);

  has_category = _kb_reader_member (reader, value, "category", &category);
  has_special = _kb_reader_member (reader, value, "special", &special);
  if (has_category == has_special)
    {
      _kb_reader_problem (reader, KB_PROBLEM_ERROR, value->loc, FALSE,
                          _("a square needs either \"category\" or \"special\", not both or "
                            "neither"));
      return;
    }
  if (has_category)
    square->category = find_category (reader, &category, square, &square->category_id);
  else
    {
      int v;
      if (_kb_reader_enum (reader, &special, "special", KB_TYPE_SPECIAL, &v))
        square->special = (KbSpecial) v;
    }
}

void
_kb_reader_read_board (KbReader *reader,
                       KbValue  *value)
{
  KbBoard *board;
  KbValue member, element;
  gint64 die;
  int v;

  if (!_kb_reader_is_object (reader, value, "board"))
    return;
  board = reader->deck->board = _kb_board_new ();
  board->extra = _kb_reader_check_keys (reader, value, board_keys);

  if (_kb_reader_member (reader, value, "shape", &member))
    {
      board->has_shape = TRUE;
      if (_kb_reader_enum (reader, &member, "shape", KB_TYPE_BOARD_SHAPE, &v))
        board->shape = (KbBoardShape) v;
    }
  if (_kb_reader_member (reader, value, "die", &member) &&
      _kb_reader_integer (reader, &member, "die", &die))
    {
      board->has_die = TRUE;
      if (die < KB_BOARD_MIN_DIE || die > KB_BOARD_MAX_DIE)
        {
          g_autofree char *faces = g_strdup_printf ("%" G_GINT64_FORMAT, die);
          _kb_reader_problem (reader, KB_PROBLEM_ERROR, member.loc, FALSE,
                              _("a die has %u to %u faces, not %s"),
                              (guint) KB_BOARD_MIN_DIE, (guint) KB_BOARD_MAX_DIE, faces);
        }
      else
        board->die = (guint) die;
    }
  if (!_kb_reader_require (reader, value, "squares", &member) ||
      !_kb_reader_is_array (reader, &member, "squares"))
    return;
  if (json_array_get_length (json_node_get_array (member.node)) == 0)
    _kb_reader_problem (reader, KB_PROBLEM_ERROR, member.loc, FALSE,
                        _("\"squares\" is empty; a board needs squares to play on"));
  if (json_array_get_length (json_node_get_array (member.node)) > KB_BOARD_MAX_SQUARES)
    {
      _kb_reader_problem (reader, KB_PROBLEM_ERROR, member.loc, FALSE,
                          _("too many squares; a board has at most %u"),
                          (guint) KB_BOARD_MAX_SQUARES);
      return;
    }
  KB_READER_FOREACH_ELEMENT (reader, &member, i, &element)
    read_square (reader, board, &element);
}
