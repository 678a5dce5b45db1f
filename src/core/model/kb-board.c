/* The board and its squares: plain data the deck owns. */
#define G_LOG_DOMAIN "kletsborden-deck"

#include "kb-deck-private.h"
#include "kb-limits.h"

static const char * const shape_names[] = {
  [KB_BOARD_SHAPE_LOOP] = "loop",
  [KB_BOARD_SHAPE_SNAKE] = "snake",
  [KB_BOARD_SHAPE_SPIRAL] = "spiral",
};

static const char * const special_names[] = {
  [KB_SPECIAL_NONE] = NULL,
  [KB_SPECIAL_START] = "start",
  [KB_SPECIAL_CHOOSE] = "choose",
  [KB_SPECIAL_COMPLIMENT] = "compliment",
  [KB_SPECIAL_SWAP] = "swap",
  [KB_SPECIAL_REST] = "rest",
};

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
  g_return_val_if_fail (shape <= KB_BOARD_SHAPE_SPIRAL, NULL);
  return shape_names[shape];
}

gboolean
kb_board_shape_from_string (const char   *name,
                            KbBoardShape *shape)
{
  for (guint i = 0; i < G_N_ELEMENTS (shape_names); i++)
    if (g_strcmp0 (name, shape_names[i]) == 0)
      {
        *shape = (KbBoardShape) i;
        return TRUE;
      }
  return FALSE;
}

/**
 * kb_special_to_string:
 *
 * Returns: (nullable): "start", "choose" …; %NULL for %KB_SPECIAL_NONE
 */
const char *
kb_special_to_string (KbSpecial special)
{
  g_return_val_if_fail (special <= KB_SPECIAL_REST, NULL);
  return special_names[special];
}

gboolean
kb_special_from_string (const char *name,
                        KbSpecial  *special)
{
  for (guint i = KB_SPECIAL_START; i < G_N_ELEMENTS (special_names); i++)
    if (g_strcmp0 (name, special_names[i]) == 0)
      {
        *special = (KbSpecial) i;
        return TRUE;
      }
  return FALSE;
}
