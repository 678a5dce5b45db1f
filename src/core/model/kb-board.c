/* The board and its squares: plain data the deck owns. */
#define G_LOG_DOMAIN "kletsborden-deck"

#include "kb-deck-private.h"
#include "kb-enum-util.h"
#include "kb-limits.h"

KbSquare *
_kb_square_new (void)
{
  return g_new0 (KbSquare, 1);
}

void
_kb_square_free (KbSquare *square)
{
  g_free (square->category_id);
  g_clear_pointer (&square->extra, json_object_unref);
  g_free (square);
}

KbSquare *
_kb_square_copy (const KbSquare *square)
{
  KbSquare *copy = _kb_square_new ();

  copy->category = square->category;
  copy->category_id = g_strdup (square->category_id);
  copy->special = square->special;
  copy->extra = square->extra != NULL ? json_object_ref (square->extra) : NULL;
  return copy;
}

KbBoard *
_kb_board_new (void)
{
  KbBoard *board = g_new0 (KbBoard, 1);

  board->shape = KB_BOARD_SHAPE_LOOP;
  board->die = 6;
  board->squares = g_ptr_array_new_with_free_func ((GDestroyNotify) _kb_square_free);
  return board;
}

void
_kb_board_free (KbBoard *board)
{
  g_ptr_array_unref (board->squares);
  g_clear_pointer (&board->extra, json_object_unref);
  g_free (board);
}

KbBoardShape
kb_board_get_shape (KbBoard *self)
{
  g_return_val_if_fail (self != NULL, KB_BOARD_SHAPE_LOOP);
  return self->shape;
}

/**
 * kb_board_get_die:
 *
 * Returns: the number of faces of the die, %KB_BOARD_MIN_DIE to %KB_BOARD_MAX_DIE (6 unless the
 *   deck says otherwise)
 */
guint
kb_board_get_die (KbBoard *self)
{
  g_return_val_if_fail (self != NULL, 6);
  return self->die;
}

guint
kb_board_get_n_squares (KbBoard *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->squares->len;
}

KbSquare *
kb_board_get_square (KbBoard *self,
                     guint    index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->squares->len, NULL);
  return g_ptr_array_index (self->squares, index);
}

/**
 * kb_square_get_category:
 *
 * Returns: (nullable): the category whose card is drawn here; %NULL on a special square
 */
KbCategory *
kb_square_get_category (KbSquare *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->category;
}

KbSpecial
kb_square_get_special (KbSquare *self)
{
  g_return_val_if_fail (self != NULL, KB_SPECIAL_NONE);
  return self->special;
}

const char *
kb_board_shape_to_string (KbBoardShape shape)
{
  return kb_enum_to_nick (KB_TYPE_BOARD_SHAPE, shape);
}

gboolean
kb_board_shape_from_string (const char   *name,
                            KbBoardShape *shape)
{
  int value;

  if (!kb_enum_from_nick (KB_TYPE_BOARD_SHAPE, name, &value))
    return FALSE;
  *shape = (KbBoardShape) value;
  return TRUE;
}

/**
 * kb_special_to_string:
 *
 * Returns: (nullable): "start", "choose" …; %NULL for %KB_SPECIAL_NONE
 */
const char *
kb_special_to_string (KbSpecial special)
{
  return kb_enum_to_nick (KB_TYPE_SPECIAL, special);
}

gboolean
kb_special_from_string (const char *name,
                        KbSpecial  *special)
{
  int value;

  if (!kb_enum_from_nick (KB_TYPE_SPECIAL, name, &value))
    return FALSE;
  *special = (KbSpecial) value;
  return TRUE;
}
