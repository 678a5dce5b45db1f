/* Board geometry. A loop runs around the edge like the paper game, leaving the middle for the
 * drawn card; a snake fills the left part row by row; a spiral winds inwards to a room in the
 * middle. Every layout picks the grid that gives the largest squares for the area. */
#define G_LOG_DOMAIN "kletsborden-board-layout"

#include <math.h>
#include <string.h>

#include "kb-board-layout.h"

#define MARGIN 0.03     /* of the smaller side of the area */
#define GAP 0.08        /* between squares, of a square */
#define THICKNESS 0.95  /* of the loop's ring, relative to a square cell */

static void
set_cell (KbRect *square,
          double  x,
          double  y,
          double  w,
          double  h,
          double  gap)
{
  square->x = x + gap / 2;
  square->y = y + gap / 2;
  square->width = MAX (w - gap, 1e-3);
  square->height = MAX (h - gap, 1e-3);
}

/* Around the edge, clockwise from the top-left corner. Cells on the top and bottom rows are as
 * wide as the area allows, those in the side columns as tall; the ring has one thickness. */
static void
layout_loop (KbBoardLayout *layout,
             double         x0,
             double         y0,
             double         width,
             double         height)
{
  guint n = layout->n_squares;
  guint best_c = 3, best_r = 3;
  double best_score = -1, t, cw, ch, gap;
  guint i = 0;

  /* At least 3 × 3, so that even a tiny board has a middle for the card. */
  for (guint c = 3; c <= MAX (n, 3); c++)
    {
      int need = (int) ceil ((n + 4) / 2.0) - (int) c;
      guint r = (guint) MAX (need, 3);
      double side_t = MIN (width / c, height / r) * THICKNESS;
      double side_h = r > 2 ? (height - 2 * side_t) / (r - 2) : side_t;
      double score = MIN (MIN (width / c, side_t), side_h);

      score *= 1.0 - 0.2 * (2.0 * (c + r) - 4 - n);   /* empty cells on the ring */
      if (score > best_score)
        {
          best_score = score;
          best_c = c;
          best_r = r;
        }
    }

  t = MIN (width / best_c, height / best_r) * THICKNESS;
  cw = width / best_c;
  ch = best_r > 2 ? (height - 2 * t) / (best_r - 2) : 0;
  gap = MIN (cw, t) * GAP;

  for (guint c = 0; c < best_c && i < n; c++)
    set_cell (&layout->squares[i++], x0 + c * cw, y0, cw, t, gap);
  for (guint r = 0; r + 2 < best_r && i < n; r++)
    set_cell (&layout->squares[i++], x0 + width - t, y0 + t + r * ch, t, ch, gap);
  for (guint c = best_c; c-- > 0 && i < n;)
    set_cell (&layout->squares[i++], x0 + c * cw, y0 + height - t, cw, t, gap);
  for (guint r = best_r - 2; r-- > 0 && i < n;)
    set_cell (&layout->squares[i++], x0, y0 + t + r * ch, t, ch, gap);

  layout->unit = MIN (MIN (cw, t), best_r > 2 ? ch : t) - gap;
  layout->center = (KbRect) { x0 + t + gap, y0 + t + gap, width - 2 * t - 2 * gap,
                              height - 2 * t - 2 * gap };
  layout->closed = TRUE;
}

/* Rows back and forth on the left; the right keeps a card-shaped room. */
static void
layout_snake (KbBoardLayout *layout,
              double         x0,
              double         y0,
              double         width,
              double         height)
{
  guint n = layout->n_squares;
  double room = MIN (width * 0.4, height * 0.75);
  double area = width - room;
  guint best_c = 1;
  double best_s = 0, s, gap, ox, oy;

  for (guint c = 1; c <= n; c++)
    {
      guint r = (n + c - 1) / c;
      /* Rows are spaced 1.4 squares apart so the turns read as a path. */
      double cell = MIN (area / c, height / (r * 1.4 - 0.4));

      if (cell > best_s)
        {
          best_s = cell;
          best_c = c;
        }
    }
  s = best_s;
  gap = s * GAP;
  ox = x0 + (area - best_c * s) / 2;
  oy = y0 + (height - (((n + best_c - 1) / best_c) * 1.4 - 0.4) * s) / 2;
  for (guint i = 0; i < n; i++)
    {
      guint row = i / best_c, col = i % best_c;

      if (row % 2 == 1)
        col = best_c - 1 - col;
      set_cell (&layout->squares[i], ox + col * s, oy + row * 1.4 * s, s, s, gap);
    }
  layout->unit = s - gap;
  layout->center = (KbRect) { x0 + area + gap, y0, room - gap, height };
  layout->closed = FALSE;
}

/* Walks @n cells of a clockwise spiral in a c × r grid with an empty lane between its rings,
 * so that the path reads as one line; FALSE when the grid is too small or nothing is left in
 * the middle. The room is what lies inside the last ring, less the side being walked when the
 * walk stopped and the lane beside it. */
static gboolean
walk_spiral (guint   c,
             guint   r,
             guint   n,
             guint  *cols,
             guint  *rows,
             KbRect *room)
{
  int left = 0, top = 0, right = (int) c - 1, bottom = (int) r - 1;
  int x = 0, y = 0, dx = 1, dy = 0;
  g_autofree gboolean *used = g_new0 (gboolean, c * r);

  for (guint i = 0; i < n; i++)
    {
      /* Off the grid or onto the path again: the spiral has run out of room. */
      if (x < 0 || y < 0 || x >= (int) c || y >= (int) r || used[y * c + x] ||
          right < left || bottom < top - 2)
        return FALSE;
      used[y * c + x] = TRUE;
      cols[i] = (guint) x;
      rows[i] = (guint) y;
      if (dx == 1 && x == right) { dx = 0; dy = 1; top += 2; }
      else if (dy == 1 && y == bottom) { dx = -1; dy = 0; right -= 2; }
      else if (dx == -1 && x == left) { dx = 0; dy = -1; bottom -= 2; }
      else if (dy == -1 && y == top) { dx = 1; dy = 0; left += 2; }
      x += dx;
      y += dy;
    }
  /* One ring alone is a loop with a gap, not a spiral: go round at least once and turn in. */
  if (left < 2)
    return FALSE;
  if (dx == 1)
    top += 2;
  else if (dy == 1)
    right -= 2;
  else if (dx == -1)
    bottom -= 2;
  else
    left += 2;
  if (right < left || bottom < top)
    return FALSE;
  *room = (KbRect) { left, top, right - left + 1, bottom - top + 1 };
  return TRUE;
}

static gboolean
layout_spiral (KbBoardLayout *layout,
               double         x0,
               double         y0,
               double         width,
               double         height)
{
  guint n = layout->n_squares;
  g_autofree guint *cols = g_new (guint, MAX (n, 1));
  g_autofree guint *rows = g_new (guint, MAX (n, 1));
  guint best_c = 0, best_r = 0;
  double best_s = 0, s, gap, ox, oy;
  guint limit = (guint) (3 * sqrt (n)) + 3;   /* larger grids only give smaller squares */
  KbRect room;

  for (guint c = 3; c <= limit; c++)
    for (guint r = 3; r <= limit && r <= c * 2; r++)
      {
        double cell = MIN (width / c, height / r);

        /* The room must hold a readable card: a third of the height at least. */
        if (cell > best_s && walk_spiral (c, r, n, cols, rows, &room) &&
            room.height * cell >= height * 0.3 && room.width * cell >= height * 0.22)
          {
            best_s = cell;
            best_c = c;
            best_r = r;
          }
      }
  if (best_c == 0)
    return FALSE;

  walk_spiral (best_c, best_r, n, cols, rows, &room);
  s = best_s;
  gap = s * GAP;
  ox = x0 + (width - best_c * s) / 2;
  oy = y0 + (height - best_r * s) / 2;
  for (guint i = 0; i < n; i++)
    set_cell (&layout->squares[i], ox + cols[i] * s, oy + rows[i] * s, s, s, gap);
  layout->unit = s - gap;
  layout->center = (KbRect) { ox + room.x * s + gap, oy + room.y * s + gap,
                              room.width * s - 2 * gap, room.height * s - 2 * gap };
  layout->closed = FALSE;
  return TRUE;
}

/**
 * kb_board_layout_new:
 *
 * Returns: (transfer full): the squares of a board of @shape laid out in (0, 0, @width,
 *   @height), with a margin
 */
KbBoardLayout *
kb_board_layout_new (KbBoardShape shape,
                     guint        n_squares,
                     double       width,
                     double       height)
{
  KbBoardLayout *layout = g_new0 (KbBoardLayout, 1);
  double margin = MIN (width, height) * MARGIN;
  double x0 = margin, y0 = margin;
  double w = MAX (width - 2 * margin, 1), h = MAX (height - 2 * margin, 1);

  layout->shape = shape;
  layout->n_squares = n_squares;
  layout->squares = g_new0 (KbRect, MAX (n_squares, 1));
  layout->worded = g_new0 (gboolean, MAX (n_squares, 1));
  if (n_squares == 0)
    {
      layout->center = (KbRect) { x0, y0, w, h };
      return layout;
    }
  switch (shape)
    {
    case KB_BOARD_SHAPE_SNAKE:
      layout_snake (layout, x0, y0, w, h);
      break;
    case KB_BOARD_SHAPE_SPIRAL:
      if (layout_spiral (layout, x0, y0, w, h))
        break;
      G_GNUC_FALLTHROUGH;
    case KB_BOARD_SHAPE_LOOP:
    default:
      layout_loop (layout, x0, y0, w, h);
      break;
    }
  return layout;
}

void
kb_board_layout_free (KbBoardLayout *layout)
{
  if (layout == NULL)
    return;
  g_free (layout->squares);
  g_free (layout->worded);
  g_free (layout);
}

/**
 * kb_board_layout_new_for_board:
 * @board: (nullable): the deck's board; an empty table when %NULL
 *
 * Returns: (transfer full): @board's squares laid out, knowing which carry a word
 */
KbBoardLayout *
kb_board_layout_new_for_board (KbBoard *board,
                               double   width,
                               double   height)
{
  KbBoardLayout *layout;

  if (board == NULL)
    return kb_board_layout_new (KB_BOARD_SHAPE_LOOP, 0, width, height);
  layout = kb_board_layout_new (kb_board_get_shape (board), kb_board_get_n_squares (board),
                                width, height);
  for (guint i = 0; i < layout->n_squares; i++)
    layout->worded[i] = kb_square_get_special (kb_board_get_square (board, i)) != KB_SPECIAL_NONE;
  return layout;
}

/**
 * kb_board_layout_get_symbol_rect:
 *
 * Where a square's symbol goes: in the middle, or a little higher with the word below it.
 */
void
kb_board_layout_get_symbol_rect (const KbBoardLayout *layout,
                                 guint                square,
                                 KbRect              *rect)
{
  const KbRect *sq = &layout->squares[MIN (square, layout->n_squares - 1)];
  double unit = layout->unit;
  double side = unit * (layout->worded[square] ? 0.46 : 0.6);
  double top = layout->worded[square] ? sq->y + sq->height / 2 - unit * 0.36
                                      : sq->y + (sq->height - side) / 2;

  *rect = (KbRect) { sq->x + (sq->width - side) / 2, top, side, side };
}

/**
 * kb_board_layout_get_word_rect:
 *
 * Where a special square's word ("Start", "Swap") goes: under its symbol.
 */
void
kb_board_layout_get_word_rect (const KbBoardLayout *layout,
                               guint                square,
                               KbRect              *rect)
{
  const KbRect *sq = &layout->squares[MIN (square, layout->n_squares - 1)];

  *rect = (KbRect) { sq->x + sq->width * 0.08, sq->y + sq->height / 2 + layout->unit * 0.2,
                     sq->width * 0.84, layout->unit * 0.24 };
}

/**
 * kb_board_layout_get_title_rect:
 *
 * Where the deck's title goes: across the top of the middle of the board.
 */
void
kb_board_layout_get_title_rect (const KbBoardLayout *layout,
                                KbRect              *rect)
{
  const KbRect *c = &layout->center;

  *rect = (KbRect) { c->x + c->width * 0.1, c->y + c->height * 0.05, c->width * 0.8,
                     c->height * 0.16 };
}

/**
 * kb_board_layout_place_pawns:
 * @squares: (array length=n_pawns): the square each pawn stands on
 * @skip: a pawn that is elsewhere (walking) and takes no room, or %G_MAXUINT
 * @spots: (array length=n_pawns) (out caller-allocates): where each pawn goes
 *
 * Pawns stand in a row along the bottom of their square, so the square's symbol stays visible
 * above them; on a special square they stand over the symbol instead, so its word stays
 * readable. More than fit in a row stack upwards.
 */
void
kb_board_layout_place_pawns (const KbBoardLayout *layout,
                             const guint         *squares,
                             guint                n_pawns,
                             guint                skip,
                             KbPawnSpot          *spots)
{
  if (layout->n_squares == 0)
    {
      memset (spots, 0, n_pawns * sizeof *spots);
      return;
    }
  for (guint p = 0; p < n_pawns; p++)
    {
      guint square = MIN (squares[p], layout->n_squares - 1);
      const KbRect *sq = &layout->squares[square];
      guint here = 0, k = 0, per_row, row, col, in_row;
      double size, base;

      for (guint i = 0; i < n_pawns; i++)
        if (i != skip && MIN (squares[i], layout->n_squares - 1) == square)
          {
            k += i < p;
            here++;
          }
      here = MAX (here, 1);
      per_row = MIN (here, 4);
      size = MIN (layout->unit * 0.4, sq->width * 0.92 / per_row);
      row = k / per_row;
      col = k % per_row;
      in_row = MIN (per_row, here - row * per_row);
      base = layout->worded[square] ? sq->y + sq->height / 2 - layout->unit * 0.08
                                    : sq->y + sq->height - size * 0.62;
      spots[p].x = sq->x + sq->width / 2 + (col - (in_row - 1) / 2.0) * size;
      spots[p].y = base - row * size * 0.8;
      spots[p].size = size * 0.82;
    }
}
