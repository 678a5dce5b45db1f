/* The board: a table in a warm neutral, a track joining the squares in playing order, each
 * square in its category's colour with its symbol (so colour-blind players and a black-and-white
 * print can still read it), the special squares light with a symbol and a word, and the pawns,
 * which differ in shape as well as in colour. */
#define G_LOG_DOMAIN "kletsborden-board-renderer"

#include <math.h>

#include "kb-assets.h"
#include "kb-board-layout.h"
#include "kb-board-renderer.h"
#include "kb-labels.h"
#include "kb-text-fit.h"

struct _KbBoardRenderer
{
  GObject        parent_instance;
  const KbTheme *theme;
  KbSvgCache    *cache;
  GHashTable    *symbol_paths;   /* name → path of the built-in SVG */
};

G_DEFINE_FINAL_TYPE (KbBoardRenderer, kb_board_renderer, G_TYPE_OBJECT)

static void
kb_board_renderer_dispose (GObject *object)
{
  KbBoardRenderer *self = KB_BOARD_RENDERER (object);

  g_clear_object (&self->cache);
  g_clear_pointer (&self->symbol_paths, g_hash_table_unref);
  G_OBJECT_CLASS (kb_board_renderer_parent_class)->dispose (object);
}

static void
kb_board_renderer_class_init (KbBoardRendererClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kb_board_renderer_dispose;
}

static void
kb_board_renderer_init (KbBoardRenderer *self)
{
  self->theme = kb_theme_get (KB_THEME_VARIANT_NORMAL);
  self->symbol_paths = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
}

/**
 * kb_board_renderer_new:
 * @theme: (nullable): the look; the normal theme when %NULL
 * @cache: (nullable): where SVG art is kept; the shared default cache when %NULL
 */
KbBoardRenderer *
kb_board_renderer_new (const KbTheme *theme,
                       KbSvgCache    *cache)
{
  KbBoardRenderer *self = g_object_new (KB_TYPE_BOARD_RENDERER, NULL);

  if (theme != NULL)
    self->theme = theme;
  self->cache = g_object_ref (cache != NULL ? cache : kb_svg_cache_get_default ());
  return self;
}

const KbTheme *
kb_board_renderer_get_theme (KbBoardRenderer *self)
{
  g_return_val_if_fail (KB_IS_BOARD_RENDERER (self), NULL);
  return self->theme;
}

void
kb_board_renderer_set_theme (KbBoardRenderer *self,
                             const KbTheme   *theme)
{
  g_return_if_fail (KB_IS_BOARD_RENDERER (self));
  g_return_if_fail (theme != NULL);
  self->theme = theme;
}

/* The names are string literals, so they can be the keys as they are. */
static const char *
symbol_path (KbBoardRenderer *self,
             const char      *name)
{
  char *path = g_hash_table_lookup (self->symbol_paths, name);

  if (path == NULL)
    {
      path = kb_assets_get_symbol_path (name);
      g_hash_table_insert (self->symbol_paths, (gpointer) name, path);
    }
  return path;
}

static const char *
special_symbol (KbSpecial special,
                KbLabel  *label)
{
  switch (special)
    {
    case KB_SPECIAL_START: *label = KB_LABEL_START; return "start";
    case KB_SPECIAL_CHOOSE: *label = KB_LABEL_CHOOSE; return "choose";
    case KB_SPECIAL_COMPLIMENT: *label = KB_LABEL_COMPLIMENT; return "compliment";
    case KB_SPECIAL_SWAP: *label = KB_LABEL_SWAP; return "swap";
    case KB_SPECIAL_REST: *label = KB_LABEL_REST; return "rest";
    case KB_SPECIAL_NONE:
    default: *label = KB_N_LABELS; return NULL;
    }
}

static KbBoardLayout *
layout_for (KbDeck *deck,
            double  width,
            double  height)
{
  KbBoard *board = kb_deck_get_board (deck);

  if (board == NULL)
    return kb_board_layout_new (KB_BOARD_SHAPE_LOOP, 0, width, height);
  return kb_board_layout_new (kb_board_get_shape (board), kb_board_get_n_squares (board),
                              width, height);
}

static void
draw_track (KbBoardRenderer *self,
            cairo_t         *cr,
            KbBoardLayout   *layout)
{
  if (layout->n_squares < 2)
    return;
  cairo_save (cr);
  for (guint i = 0; i < layout->n_squares; i++)
    {
      KbRect *sq = &layout->squares[i];

      cairo_line_to (cr, sq->x + sq->width / 2, sq->y + sq->height / 2);
    }
  if (layout->closed)
    cairo_close_path (cr);
  cairo_set_line_width (cr, layout->unit * 0.3);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  kb_cairo_set_color (cr, &self->theme->track);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_square (KbBoardRenderer *self,
             cairo_t         *cr,
             PangoContext    *context,
             KbDeck          *deck,
             const char      *lang,
             KbSquare        *square,
             const KbRect    *sq,
             double           unit)
{
  const KbTheme *theme = self->theme;
  KbSpecial special = kb_square_get_special (square);
  KbCategory *category = kb_square_get_category (square);
  double radius = unit * 0.14;
  KbColor fill, ink;
  const char *art;
  KbLabel label;
  const char *symbol = special_symbol (special, &label);

  if (symbol == NULL && category != NULL)
    {
      kb_theme_category_color (theme, kb_category_get_color (category), &fill);
      art = kb_render_category_art (self->cache, deck, category);
    }
  else
    {
      fill = special == KB_SPECIAL_START ? theme->start : theme->special;
      art = symbol != NULL ? symbol_path (self, symbol) : NULL;
    }
  kb_theme_ink_on (theme, &fill, &ink);

  /* A soft shadow lifts the squares off the table without a hard outline. */
  kb_render_rounded_rect (cr, sq->x, sq->y + unit * 0.04, sq->width, sq->height, radius);
  cairo_set_source_rgba (cr, 0, 0, 0, 0.16);
  cairo_fill (cr);
  kb_render_rounded_rect (cr, sq->x, sq->y, sq->width, sq->height, radius);
  kb_cairo_set_color (cr, &fill);
  if (symbol != NULL || theme->variant == KB_THEME_VARIANT_HIGH_CONTRAST)
    {
      cairo_fill_preserve (cr);
      cairo_set_line_width (cr, unit * (theme->variant == KB_THEME_VARIANT_HIGH_CONTRAST ? 0.05 : 0.03));
      kb_cairo_set_color (cr, theme->variant == KB_THEME_VARIANT_HIGH_CONTRAST ? &theme->ink
                                                                            : &theme->edge);
      cairo_stroke (cr);
    }
  else
    cairo_fill (cr);

  if (symbol != NULL)
    {
      g_autofree char *word = g_markup_escape_text (kb_label_get (label, lang), -1);
      double side = unit * 0.46;
      KbRect box = { sq->x + sq->width * 0.08, sq->y + sq->height / 2 + unit * 0.2,
                     sq->width * 0.84, unit * 0.24 };

      kb_svg_cache_draw (self->cache, cr, art, sq->x + (sq->width - side) / 2,
                         sq->y + sq->height / 2 - unit * 0.36, side, side, &ink);
      kb_render_show_fitted (cr, context, theme, word, PANGO_WEIGHT_BOLD, &box, unit * 0.2, &ink);
    }
  else if (art != NULL)
    {
      double side = unit * 0.6;

      kb_svg_cache_draw (self->cache, cr, art, sq->x + (sq->width - side) / 2,
                         sq->y + (sq->height - side) / 2, side, side, &ink);
    }
}

/**
 * kb_board_renderer_draw_pawn:
 * @size: the pawn's width and height
 *
 * Draws one pawn centred on a point, for the board and for the app's animations of a move.
 */
void
kb_board_renderer_draw_pawn (KbBoardRenderer *self,
                             cairo_t         *cr,
                             guint            player,
                             double           center_x,
                             double           center_y,
                             double           size)
{
  const char *art = symbol_path (self, kb_theme_player_shape (player));
  const KbColor dark = { 0.1, 0.09, 0.08 };
  KbColor color;
  double outline = size * 1.2;

  g_return_if_fail (KB_IS_BOARD_RENDERER (self));

  kb_theme_player_color (self->theme, player, &color);
  cairo_save (cr);
  /* The group for the shadow is as large as the clip: keep it to the pawn, not the board. */
  cairo_rectangle (cr, center_x - outline, center_y - outline, 2 * outline, 2 * outline);
  cairo_clip (cr);
  cairo_push_group (cr);
  kb_svg_cache_draw (self->cache, cr, art, center_x - outline / 2,
                     center_y - outline / 2 + size * 0.08, outline, outline, &dark);
  cairo_pop_group_to_source (cr);
  cairo_paint_with_alpha (cr, 0.3);
  kb_svg_cache_draw (self->cache, cr, art, center_x - outline / 2, center_y - outline / 2,
                     outline, outline, &dark);
  kb_svg_cache_draw (self->cache, cr, art, center_x - size / 2, center_y - size / 2, size, size,
                     &color);
  cairo_restore (cr);
}

/* Pawns stand in a row along the bottom of their square, so the square's symbol stays
 * visible above them; more than fit in a row stack upwards. */
static void
draw_pawns (KbBoardRenderer *self,
            cairo_t         *cr,
            KbBoardLayout   *layout,
            const KbPawn    *pawns,
            guint            n_pawns)
{
  for (guint s = 0; s < layout->n_squares; s++)
    {
      KbRect *sq = &layout->squares[s];
      guint here = 0, k = 0, per_row;
      double size;

      for (guint i = 0; i < n_pawns; i++)
        here += pawns[i].square == s;
      if (here == 0)
        continue;
      per_row = MIN (here, 4);
      size = MIN (layout->unit * 0.4, sq->width * 0.92 / per_row);
      for (guint i = 0; i < n_pawns; i++)
        {
          guint row, col, in_row;
          double cx, cy;

          if (pawns[i].square != s)
            continue;
          row = k / per_row;
          col = k % per_row;
          in_row = MIN (per_row, here - row * per_row);
          cx = sq->x + sq->width / 2 + (col - (in_row - 1) / 2.0) * size;
          cy = sq->y + sq->height - size * 0.62 - row * size * 0.8;
          kb_board_renderer_draw_pawn (self, cr, pawns[i].player, cx, cy, size * 0.82);
          k++;
        }
    }
}

static void
draw_center (KbBoardRenderer *self,
             cairo_t         *cr,
             PangoContext    *context,
             KbDeck          *deck,
             const char      *lang,
             KbBoardLayout   *layout)
{
  g_autofree char *title = g_markup_escape_text (kb_deck_get_title (deck, lang), -1);
  KbRect *c = &layout->center;
  KbRect box = { c->x + c->width * 0.1, c->y + c->height * 0.05, c->width * 0.8,
                 c->height * 0.16 };

  kb_render_show_fitted (cr, context, self->theme, title, PANGO_WEIGHT_BOLD, &box,
                         layout->unit * 0.4, &self->theme->muted);
}

/**
 * kb_board_renderer_draw:
 * @lang: (nullable): the language of the words on special squares; the deck's first when %NULL
 * @pawns: (array length=n_pawns) (nullable): where the players stand
 *
 * Draws @deck's board into (0, 0, @width, @height); a deck without a board gives an empty table.
 */
void
kb_board_renderer_draw (KbBoardRenderer *self,
                        cairo_t         *cr,
                        KbDeck          *deck,
                        const char      *lang,
                        double           width,
                        double           height,
                        const KbPawn    *pawns,
                        guint            n_pawns)
{
  g_autoptr(KbBoardLayout) layout = NULL;
  KbBoard *board = kb_deck_get_board (deck);
  PangoContext *context;

  g_return_if_fail (KB_IS_BOARD_RENDERER (self));

  if (width <= 0 || height <= 0)
    return;
  if (lang == NULL)
    lang = kb_deck_get_fallback_language (deck);
  layout = layout_for (deck, width, height);
  context = kb_text_context_new (cr);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  kb_cairo_set_color (cr, &self->theme->table);
  cairo_paint (cr);

  draw_track (self, cr, layout);
  for (guint i = 0; i < layout->n_squares; i++)
    draw_square (self, cr, context, deck, lang, kb_board_get_square (board, i),
                 &layout->squares[i], layout->unit);
  if (layout->n_squares > 0)
    draw_center (self, cr, context, deck, lang, layout);
  if (pawns != NULL)
    draw_pawns (self, cr, layout, pawns, n_pawns);
  cairo_restore (cr);
  g_object_unref (context);
}

/**
 * kb_board_renderer_get_square_rect:
 *
 * Where square @index is drawn at this size, for placing and animating pawns.
 *
 * Returns: %FALSE when the deck has no such square
 */
gboolean
kb_board_renderer_get_square_rect (KbBoardRenderer *self,
                                   KbDeck          *deck,
                                   double           width,
                                   double           height,
                                   guint            index,
                                   KbRect          *rect)
{
  g_autoptr(KbBoardLayout) layout = layout_for (deck, width, height);

  if (index >= layout->n_squares)
    return FALSE;
  *rect = layout->squares[index];
  return TRUE;
}

/**
 * kb_board_renderer_get_center_rect:
 *
 * The room the board leaves free for the drawn card.
 */
void
kb_board_renderer_get_center_rect (KbBoardRenderer *self,
                                   KbDeck          *deck,
                                   double           width,
                                   double           height,
                                   KbRect          *rect)
{
  g_autoptr(KbBoardLayout) layout = layout_for (deck, width, height);

  *rect = layout->center;
}
