/* The board that makes a deck playable: squares in playing order, a shape and a die. */
#pragma once

#include <glib.h>

#include "kb-enums.h"
#include "kb-types.h"

G_BEGIN_DECLS

KbBoardShape  kb_board_get_shape          (KbBoard      *self);
guint         kb_board_get_die            (KbBoard      *self);
guint         kb_board_get_n_squares      (KbBoard      *self);
KbSquare     *kb_board_get_square         (KbBoard      *self,
                                           guint         index);

KbCategory   *kb_square_get_category      (KbSquare     *self);
KbSpecial     kb_square_get_special       (KbSquare     *self);

const char   *kb_board_shape_to_string    (KbBoardShape  shape);
gboolean      kb_board_shape_from_string  (const char   *name,
                                           KbBoardShape *shape);
const char   *kb_special_to_string        (KbSpecial     special);
gboolean      kb_special_from_string      (const char   *name,
                                           KbSpecial    *special);

G_END_DECLS
