/* Where the squares of a board go, for a shape and a size: geometry only, no drawing. */
#pragma once

#include <glib.h>

#include "kb-board.h"
#include "kb-render-util.h"

G_BEGIN_DECLS

typedef struct
{
  KbBoardShape shape;
  guint        n_squares;
  KbRect      *squares;   /* in playing order */
  KbRect       center;    /* room for the drawn card */
  double       unit;      /* the smaller side of a square: sizes symbols and pawns */
  gboolean     closed;    /* the track joins the last square to the first */
  gboolean    *worded;    /* per square: a special square, with a symbol and a word */
} KbBoardLayout;

/* Where a pawn stands: its centre and its size (outline and shadow reach KB_PAWN_BOX × that). */
typedef struct
{
  double x;
  double y;
  double size;
} KbPawnSpot;

KbBoardLayout *kb_board_layout_new   (KbBoardShape   shape,
                                      guint          n_squares,
                                      double         width,
                                      double         height);
KbBoardLayout *kb_board_layout_new_for_board (KbBoard       *board,
                                             double         width,
                                             double         height);
void           kb_board_layout_free  (KbBoardLayout *layout);
void           kb_board_layout_get_symbol_rect (const KbBoardLayout *layout,
                                                guint                square,
                                                KbRect              *rect);
void           kb_board_layout_get_word_rect   (const KbBoardLayout *layout,
                                                guint                square,
                                                KbRect              *rect);
void           kb_board_layout_get_title_rect  (const KbBoardLayout *layout,
                                                KbRect              *rect);
void           kb_board_layout_place_pawns     (const KbBoardLayout *layout,
                                                const guint         *squares,
                                                guint                n_pawns,
                                                guint                skip,
                                                KbPawnSpot          *spots);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KbBoardLayout, kb_board_layout_free)

G_END_DECLS
