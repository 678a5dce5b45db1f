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
#include "kb-pawn-renderer.h"
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

static KbBoardLayout *
layout_for (KbDeck *deck,
            double  width,
            double  height)
{
  return kb_board_layout_new_for_board (kb_deck_get_board (deck), width, height);
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

/* A square's colour and the colour of what is drawn on it, as the theme shows them. */
static void
square_colors (KbBoardRenderer *self,
               KbSquare        *square,
               KbColor         *fill,
               KbColor         *ink)
{
  KbCategory *category = kb_square_get_category (square);

  if (kb_special_to_string (kb_square_get_special (square)) == NULL && category != NULL)
    kb_theme_category_color (self->theme, kb_category_get_color (category), fill);
  else
    *fill = kb_square_get_special (square) == KB_SPECIAL_START ? self->theme->start
                                                                : self->theme->special;
  kb_theme_band (self->theme, fill, fill, ink);
}

static void
draw_square (KbBoardRenderer *self,
             cairo_t         *cr,
             PangoContext    *context,
             KbDeck          *deck,
             const char      *lang,
             KbSquare        *square,
             KbBoardLayout   *layout,
             guint            index)
{
  const KbRect *sq = &layout->squares[index];
  double unit = layout->unit;
  KbRect place;
  const KbTheme *theme = self->theme;
  KbSpecial special = kb_square_get_special (square);
  KbCategory *category = kb_square_get_category (square);
  double radius = unit * 0.14;
  KbColor fill, ink;
  const char *art;
  /* The special squares' symbols are named as the deck format names them. */
  const char *symbol = kb_special_to_string (special);

  if (symbol == NULL && category != NULL)
    art = kb_render_category_art (self->cache, deck, category);
  else
    art = symbol != NULL ? symbol_path (self, symbol) : NULL;
  square_colors (self, square, &fill, &ink);

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

  kb_board_layout_get_symbol_rect (layout, index, &place);
  if (art != NULL)
    kb_svg_cache_draw (self->cache, cr, art, place.x, place.y, place.width, place.height, &ink);
  if (symbol != NULL)
    {
      g_autofree char *word = g_markup_escape_text (kb_label_for_special (special, lang), -1);

      kb_board_layout_get_word_rect (layout, index, &place);
      kb_render_show_fitted (cr, context, theme, word, PANGO_WEIGHT_BOLD, &place, unit * 0.2,
                             &ink);
    }
}

/**
 * kb_board_renderer_get_plate:
 * @square: a square that pawns stand on
 * @rect: (out): where the plate goes
 * @color: (out): its colour, the square's own
 *
 * Pawns on a special square stand over its symbol, to keep its word readable; a row of them
 * would let bits of the symbol show between them (the Start arrow's tip between two pawns), so
 * they stand on a plate in the square's colour that hides the symbol while they are there.
 *
 * Returns: %FALSE when pawns on @square stand beside its symbol and need no plate
 */
gboolean
kb_board_renderer_get_plate (KbBoardRenderer     *self,
                             KbDeck              *deck,
                             const KbBoardLayout *layout,
                             guint                square,
                             KbRect              *rect,
                             KbColor             *color)
{
  KbBoard *board = kb_deck_get_board (deck);
  KbColor ink;

  g_return_val_if_fail (KB_IS_BOARD_RENDERER (self), FALSE);
  if (board == NULL || square >= layout->n_squares || !layout->worded[square])
    return FALSE;
  square_colors (self, kb_board_get_square (board, square), color, &ink);
  kb_board_layout_get_symbol_rect (layout, square, rect);
  return TRUE;
}

/* The pawns in the theme's colours and shapes, where the layout puts them. */
static void
draw_pawns (KbBoardRenderer *self,
            cairo_t         *cr,
            KbDeck          *deck,
            KbBoardLayout   *layout,
            const KbPawn    *pawns,
            guint            n_pawns)
{
  g_autofree guint *squares = g_new (guint, MAX (n_pawns, 1));
  g_autofree KbPawnSpot *spots = g_new (KbPawnSpot, MAX (n_pawns, 1));

  if (layout->n_squares == 0)
    return;
  for (guint i = 0; i < n_pawns; i++)
    {
      KbRect plate;
      KbColor fill;

      squares[i] = pawns[i].square;
      if (kb_board_renderer_get_plate (self, deck, layout, pawns[i].square, &plate, &fill))
        {
          cairo_rectangle (cr, plate.x, plate.y, plate.width, plate.height);
          kb_cairo_set_color (cr, &fill);
          cairo_fill (cr);
        }
    }
  kb_board_layout_place_pawns (layout, squares, n_pawns, G_MAXUINT, spots);
  for (guint i = 0; i < n_pawns; i++)
    {
      KbColor color;

      if (pawns[i].square >= layout->n_squares)
        continue;
      kb_theme_player_color (self->theme, pawns[i].player, &color);
      kb_pawn_draw (cr, self->theme, self->cache, &color,
                    kb_pawn_default_shape (pawns[i].player), spots[i].x, spots[i].y,
                    spots[i].size);
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
  KbRect box;

  kb_board_layout_get_title_rect (layout, &box);
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
    draw_square (self, cr, context, deck, lang, kb_board_get_square (board, i), layout, i);
  if (layout->n_squares > 0)
    draw_center (self, cr, context, deck, lang, layout);
  if (pawns != NULL)
    draw_pawns (self, cr, deck, layout, pawns, n_pawns);
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

/**
 * kb_board_renderer_draw_die:
 * @side: the die's width and height
 *
 * Draws the face of a die showing @value into (0, 0, @side, @side), for the app to turn and
 * grow while it rolls.
 */
void
kb_board_renderer_draw_die (KbBoardRenderer *self,
                            cairo_t         *cr,
                            guint            value,
                            double           side)
{
  g_autofree char *text = g_strdup_printf ("%u", value);
  g_autoptr(PangoFontDescription) font = NULL;
  PangoContext *context;
  PangoLayout *layout;
  PangoRectangle ink;

  g_return_if_fail (KB_IS_BOARD_RENDERER (self));

  if (side <= 0)
    return;
  cairo_save (cr);
  kb_render_rounded_rect (cr, 0, 0, side, side, side * 0.18);
  /* White rather than the paper: a die is a thing on the table, not a card. */
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill_preserve (cr);
  if (self->theme->variant == KB_THEME_VARIANT_HIGH_CONTRAST)
    {
      cairo_set_line_width (cr, side * 0.04);
      kb_cairo_set_color (cr, &self->theme->ink);
      cairo_stroke (cr);
    }
  cairo_new_path (cr);

  context = kb_text_context_new (cr);
  layout = pango_layout_new (context);
  font = kb_render_font (self->theme, PANGO_WEIGHT_BOLD);
  pango_font_description_set_absolute_size (font, side * 0.62 * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_extents (layout, &ink, NULL);
  cairo_move_to (cr, side / 2 - ink.x - ink.width / 2.0, side / 2 - ink.y - ink.height / 2.0);
  kb_cairo_set_color (cr, &self->theme->ink);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);
  g_object_unref (context);
  cairo_restore (cr);
}

/**
 * kb_board_renderer_get_calm_color:
 *
 * The colour of the calm screen over the board: the deck's back, as its cards show it.
 */
void
kb_board_renderer_get_calm_color (KbBoardRenderer *self,
                                  KbDeck          *deck,
                                  KbColor         *color)
{
  g_return_if_fail (KB_IS_BOARD_RENDERER (self));

  kb_theme_back_color (self->theme, kb_deck_get_back_color (deck), color);
}
