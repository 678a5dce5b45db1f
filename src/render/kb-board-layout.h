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
} KbBoardLayout;

KbBoardLayout *kb_board_layout_new   (KbBoardShape   shape,
                                      guint          n_squares,
                                      double         width,
                                      double         height);
void           kb_board_layout_free  (KbBoardLayout *layout);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KbBoardLayout, kb_board_layout_free)

G_END_DECLS
