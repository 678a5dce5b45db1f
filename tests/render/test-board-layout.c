/* Board geometry for every shape: all squares inside the area, none overlapping another or the
 * room for the card, in playing order next to each other. */
#include "kb-render-test.h"

#include "kb-board-layout.h"
#include "kb-board-renderer.h"
#include "kb-pawn-renderer.h"

static gboolean
overlap (const KbRect *a,
         const KbRect *b)
{
  const double e = 0.01;

  return a->x + a->width > b->x + e && b->x + b->width > a->x + e &&
         a->y + a->height > b->y + e && b->y + b->height > a->y + e;
}

static void
check_layout (KbBoardShape shape,
              guint        n,
              double       width,
              double       height)
{
  g_autoptr(KbBoardLayout) layout = kb_board_layout_new (shape, n, width, height);

  g_assert_cmpuint (layout->n_squares, ==, n);
  g_assert_cmpfloat (layout->unit, >, 0);
  g_assert_cmpfloat (layout->center.width, >, 0);
  g_assert_cmpfloat (layout->center.height, >, 0);
  for (guint i = 0; i < n; i++)
    {
      KbRect *sq = &layout->squares[i];

      g_assert_cmpfloat (sq->x, >=, 0);
      g_assert_cmpfloat (sq->y, >=, 0);
      g_assert_cmpfloat (sq->x + sq->width, <=, width + 0.01);
      g_assert_cmpfloat (sq->y + sq->height, <=, height + 0.01);
      g_assert_cmpfloat (MIN (sq->width, sq->height), >=, layout->unit - 0.01);
      g_assert_false (overlap (sq, &layout->center));
      for (guint j = i + 1; j < n; j++)
        g_assert_false (overlap (sq, &layout->squares[j]));
      /* The next square is a neighbour: the track makes no jumps across the board. */
      if (i + 1 < n)
        {
          KbRect *next = &layout->squares[i + 1];
          double dx = (next->x + next->width / 2) - (sq->x + sq->width / 2);
          double dy = (next->y + next->height / 2) - (sq->y + sq->height / 2);

          g_assert_cmpfloat (hypot (dx, dy), <, 1.6 * MAX (MAX (sq->width, sq->height),
                                                            MAX (next->width, next->height)));
        }
    }
}

static void
test_shapes (void)
{
  const KbBoardShape shapes[] = { KB_BOARD_SHAPE_LOOP, KB_BOARD_SHAPE_SNAKE,
                                  KB_BOARD_SHAPE_SPIRAL };
  const guint counts[] = { 4, 8, 19, 20, 21, 40, 64 };
  const double sizes[][2] = { { 1920, 1080 }, { 3840, 2160 }, { 400, 300 }, { 1080, 1080 },
                              { 1190, 842 } };

  for (guint s = 0; s < G_N_ELEMENTS (shapes); s++)
    for (guint c = 0; c < G_N_ELEMENTS (counts); c++)
      for (guint z = 0; z < G_N_ELEMENTS (sizes); z++)
        {
          g_test_message ("shape %d, %u squares, %g × %g", shapes[s], counts[c], sizes[z][0],
                          sizes[z][1]);
          check_layout (shapes[s], counts[c], sizes[z][0], sizes[z][1]);
        }
}

/* The paper game: 20 squares around the edge of a 16:9 screen leave a middle for the card. */
static void
test_loop_leaves_room (void)
{
  g_autoptr(KbBoardLayout) layout = kb_board_layout_new (KB_BOARD_SHAPE_LOOP, 20, 1920, 1080);

  g_assert_cmpfloat (layout->center.height, >, 1080 * 0.45);
  g_assert_cmpfloat (layout->unit, >, 150);
}

static void
test_renderer_rects (void)
{
  g_autoptr(KbDeck) deck = kb_render_test_load_deck ("render-test.json");
  g_autoptr(KbBoardRenderer) renderer = kb_board_renderer_new (NULL, NULL);
  KbRect rect, center;

  g_assert_true (kb_board_renderer_get_square_rect (renderer, deck, 1920, 1080, 0, &rect));
  g_assert_true (kb_board_renderer_get_square_rect (renderer, deck, 1920, 1080, 19, &rect));
  g_assert_false (kb_board_renderer_get_square_rect (renderer, deck, 1920, 1080, 20, &rect));
  kb_board_renderer_get_center_rect (renderer, deck, 1920, 1080, &center);
  g_assert_false (overlap (&rect, &center));
}

/* Tiny and odd sizes, eight pawns on one square and one on a square that does not exist. */
static void
test_renderer_odd_sizes (void)
{
  const char * const decks[] = { "render-test.json", "snake.json", "spiral.json",
                                 "missing-art.json" };
  const KbPawn pawns[] = { { 0, 0 }, { 0, 1 }, { 0, 2 }, { 0, 3 }, { 0, 4 }, { 0, 5 }, { 0, 6 },
                           { 0, 7 }, { 99, 1 } };
  g_autoptr(KbBoardRenderer) renderer = kb_board_renderer_new (NULL, NULL);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 64, 64);

  for (guint d = 0; d < G_N_ELEMENTS (decks); d++)
    {
      g_autoptr(KbDeck) deck = kb_render_test_load_deck (decks[d]);

      for (double w = 0; w < 80; w += 13.3)
        for (double h = 0; h < 80; h += 11.1)
          {
            cairo_t *cr = cairo_create (surface);

            kb_board_renderer_draw (renderer, cr, deck, NULL, w, h, pawns, G_N_ELEMENTS (pawns));
            g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
            cairo_destroy (cr);
          }
    }
  cairo_surface_destroy (surface);
}

/* The box a pawn takes with its outline and shadow. */
static KbRect
pawn_box (const KbPawnSpot *spot)
{
  double side = spot->size * KB_PAWN_BOX;

  return (KbRect) { spot->x - side / 2, spot->y - side / 2, side, side };
}

/* On a special square the pawns stand over the symbol, so its word ("Start", "Swap") stays
 * readable however many stand there; elsewhere they stay on their square. */
static void
test_pawns_leave_word (void)
{
  const char * const decks[] = { "render-test.json", "snake.json", "spiral.json" };
  const double sizes[][2] = { { 1920, 1080 }, { 960, 540 }, { 400, 300 }, { 1080, 1080 } };
  guint worded = 0;

  for (guint d = 0; d < G_N_ELEMENTS (decks); d++)
    for (guint z = 0; z < G_N_ELEMENTS (sizes); z++)
      {
        g_autoptr(KbDeck) deck = kb_render_test_load_deck (decks[d]);
        g_autoptr(KbBoardLayout) layout =
          kb_board_layout_new_for_board (kb_deck_get_board (deck), sizes[z][0], sizes[z][1]);

        for (guint s = 0; s < layout->n_squares; s++)
          for (guint n = 1; n <= 8; n++)
            {
              guint squares[8];
              KbPawnSpot spots[8];
              KbRect word;

              for (guint i = 0; i < n; i++)
                squares[i] = s;
              kb_board_layout_place_pawns (layout, squares, n, G_MAXUINT, spots);
              kb_board_layout_get_word_rect (layout, s, &word);
              for (guint i = 0; i < n; i++)
                {
                  KbRect box = pawn_box (&spots[i]);
                  const KbRect *sq = &layout->squares[s];

                  g_assert_cmpfloat (spots[i].size, >, 0);
                  g_assert_cmpfloat (spots[i].x, >, sq->x);
                  g_assert_cmpfloat (spots[i].x, <, sq->x + sq->width);
                  g_assert_cmpfloat (spots[i].y, >, sq->y);
                  g_assert_cmpfloat (spots[i].y, <, sq->y + sq->height);
                  if (layout->worded[s])
                    {
                      g_assert_false (overlap (&box, &word));
                      worded++;
                    }
                }
            }
      }
  /* The decks have special squares: the test looked at some. */
  g_assert_cmpuint (worded, >, 100);
}

/* A walking pawn takes no room on the square it left. */
static void
test_pawns_skip_walker (void)
{
  g_autoptr(KbBoardLayout) layout = kb_board_layout_new (KB_BOARD_SHAPE_LOOP, 20, 1920, 1080);
  const guint squares[] = { 3, 3 };
  KbPawnSpot alone[1], both[2];

  kb_board_layout_place_pawns (layout, squares, 1, G_MAXUINT, alone);
  kb_board_layout_place_pawns (layout, squares, 2, 0, both);
  g_assert_cmpfloat (fabs (both[1].x - alone[0].x), <, 1e-6);
  g_assert_cmpfloat (fabs (both[1].size - alone[0].size), <, 1e-6);
  kb_board_layout_place_pawns (layout, squares, 2, G_MAXUINT, both);
  g_assert_cmpfloat (fabs (both[0].x - both[1].x), >, both[0].size * 0.5);
}

/* Pawns on a special square stand on a plate in the square's colour: nothing of the symbol
 * under them (the Start arrow's tip) shows between or around them, however many stand there. */
static void
test_pawns_hide_symbol (void)
{
  g_autoptr(KbDeck) deck = kb_render_test_load_deck ("render-test.json");
  g_autoptr(KbBoardRenderer) renderer = kb_board_renderer_new (NULL, NULL);
  g_autoptr(KbBoardLayout) layout =
    kb_board_layout_new_for_board (kb_deck_get_board (deck), 1920, 1080);
  guint s = 0;

  while (s < layout->n_squares && !layout->worded[s])
    s++;
  g_assert_cmpuint (s, <, layout->n_squares);
  for (guint n = 1; n <= 4; n++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1920, 1080);
      cairo_t *cr = cairo_create (surface);
      KbPawn pawns[4];
      guint squares[4];
      KbPawnSpot spots[4];
      KbRect plate;
      KbColor fill;
      guint seen = 0;

      for (guint i = 0; i < n; i++)
        {
          pawns[i] = (KbPawn) { s, i };
          squares[i] = s;
        }
      kb_board_renderer_draw (renderer, cr, deck, NULL, 1920, 1080, pawns, n);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      kb_board_layout_place_pawns (layout, squares, n, G_MAXUINT, spots);
      g_assert_true (kb_board_renderer_get_plate (renderer, deck, layout, s, &plate, &fill));
      for (int y = (int) ceil (plate.y); y < (int) (plate.y + plate.height); y++)
        for (int x = (int) ceil (plate.x); x < (int) (plate.x + plate.width); x++)
          {
            const guint32 *row = (const guint32 *) (cairo_image_surface_get_data (surface) +
                                                    y * cairo_image_surface_get_stride (surface));
            gboolean under_pawn = FALSE;

            for (guint i = 0; i < n; i++)
              {
                KbRect box = pawn_box (&spots[i]);

                under_pawn |= x >= box.x && x < box.x + box.width && y >= box.y &&
                              y < box.y + box.height;
              }
            if (under_pawn)
              continue;
            g_assert_cmpint (ABS ((int) ((row[x] >> 16) & 0xff) - (int) round (fill.red * 255)),
                             <=, 2);
            g_assert_cmpint (ABS ((int) ((row[x] >> 8) & 0xff) - (int) round (fill.green * 255)),
                             <=, 2);
            g_assert_cmpint (ABS ((int) (row[x] & 0xff) - (int) round (fill.blue * 255)), <=, 2);
            seen++;
          }
      /* Some of the plate lies beside the pawns: the test looked at it. */
      g_assert_cmpuint (seen, >, 100);
      cairo_surface_destroy (surface);
    }
}

int
main (int   argc,
      char *argv[])
{
  kb_render_test_init (&argc, &argv);
  g_test_add_func ("/render/board/shapes", test_shapes);
  g_test_add_func ("/render/board/loop-leaves-room", test_loop_leaves_room);
  g_test_add_func ("/render/board/renderer-rects", test_renderer_rects);
  g_test_add_func ("/render/board/renderer-odd-sizes", test_renderer_odd_sizes);
  g_test_add_func ("/render/board/pawns-leave-word", test_pawns_leave_word);
  g_test_add_func ("/render/board/pawns-skip-walker", test_pawns_skip_walker);
  g_test_add_func ("/render/board/pawns-hide-symbol", test_pawns_hide_symbol);
  return g_test_run ();
}
