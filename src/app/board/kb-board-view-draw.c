/* Drawing the board view: the board, each pawn and the card drawn once per size into textures,
 * and a frame that only places them, with the die and the walking pawn on top. */
#define G_LOG_DOMAIN "kletsborden-board-view"

#include "config.h"

#include <math.h>

#include "kb-board-pawn.h"
#include "kb-board-view-private.h"
#include "kb-color.h"
#include "kb-pawn-renderer.h"
#include "kb-svg-cache.h"
#include "kb-texture.h"

/* A texture of what render drew on @surface, which it takes. */
static GdkTexture *
texture_take (cairo_surface_t *surface)
{
  GdkTexture *texture = kb_texture_new_for_surface (surface);

  cairo_surface_destroy (surface);
  return texture;
}

static const char *
language (KbBoardView *self)
{
  return kb_game_get_card_language (self->game);
}

static KbBoardLayout *
get_layout (KbBoardView *self,
            double       width,
            double       height)
{
  if (self->layout == NULL || self->layout_width != width || self->layout_height != height)
    {
      g_clear_pointer (&self->layout, kb_board_layout_free);
      self->layout = kb_board_layout_new_for_board (kb_game_get_board (self->game), width,
                                                    height);
      self->layout_width = width;
      self->layout_height = height;
    }
  return self->layout;
}

static GdkTexture *
get_board_texture (KbBoardView *self,
                   int          width,
                   int          height,
                   int          scale)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  guint waiting = kb_svg_cache_get_n_waiting_draws (kb_svg_cache_get_default ());

  if (self->board_texture != NULL && self->board_width == width * scale &&
      self->board_height == height * scale && self->board_texture_lang == language (self))
    return self->board_texture;

  g_clear_object (&self->board_texture);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * scale, height * scale);
  cairo_surface_set_device_scale (surface, scale, scale);
  cr = cairo_create (surface);
  kb_board_renderer_draw (self->board_renderer, cr, kb_game_get_deck (self->game),
                          language (self), width, height, NULL, 0);
  cairo_destroy (cr);
  self->board_texture = texture_take (surface);
  self->board_provisional = kb_svg_cache_get_n_waiting_draws (kb_svg_cache_get_default ()) !=
                            waiting;
  self->board_width = width * scale;
  self->board_height = height * scale;
  self->board_texture_lang = language (self);
  self->n_board_rendered++;
  return self->board_texture;
}

static GdkTexture *
get_pawn_texture (KbBoardView *self,
                  guint        player,
                  int          size)
{
  if (size != self->pawn_texture_size)
    {
      g_ptr_array_set_size (self->pawn_textures, 0);
      self->pawn_texture_size = size;
    }
  if (self->pawn_textures->len != kb_game_get_n_players (self->game))
    g_ptr_array_set_size (self->pawn_textures, 0);
  if (self->pawn_textures->len == 0)
    for (guint i = 0; i < kb_game_get_n_players (self->game); i++)
      g_ptr_array_add (self->pawn_textures,
                       kb_board_pawn_texture_new (kb_board_renderer_get_theme (self->board_renderer),
                                                  kb_game_get_player_color (self->game, i),
                                                  kb_game_get_player_pawn (self->game, i),
                                                  size));
  return g_ptr_array_index (self->pawn_textures, player);
}

static GdkTexture *
get_card_texture (KbBoardView *self,
                  KbCard      *card,
                  int          width,
                  int          height)
{
  cairo_surface_t *surface;
  cairo_t *cr;

  if (self->card_texture != NULL && self->card_texture_card == card &&
      self->card_texture_width == width && self->card_texture_lang == language (self))
    return self->card_texture;

  g_clear_object (&self->card_texture);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  kb_card_renderer_draw_front (self->card_renderer, cr, kb_game_get_deck (self->game), card,
                               language (self), width, height);
  cairo_destroy (cr);
  self->card_texture = texture_take (surface);
  self->card_texture_card = card;
  self->card_texture_width = width;
  self->card_texture_lang = language (self);
  return self->card_texture;
}

static void
append_halo (KbBoardView *self,
             GtkSnapshot *snapshot,
             double       cx,
             double       cy,
             double       size)
{
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  double box = size * KB_PAWN_BOX * 1.1;
  int pixels = (int) ceil (box * scale);

  if (self->halo_texture == NULL || self->halo_texture_size != pixels)
    {
      g_clear_object (&self->halo_texture);
      self->halo_texture = texture_take (kb_pawn_halo_surface_new (
        kb_board_renderer_get_theme (self->board_renderer), pixels));
      self->halo_texture_size = pixels;
    }
  kb_texture_append (snapshot, GTK_WIDGET (self), self->halo_texture,
                     &GRAPHENE_RECT_INIT (cx - box / 2, cy - box / 2, box, box));
}

static void
append_pawn (KbBoardView *self,
             GtkSnapshot *snapshot,
             guint        player,
             double       cx,
             double       cy,
             double       size)
{
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  double box = size * KB_PAWN_BOX;
  GdkTexture *texture = get_pawn_texture (self, player, (int) ceil (box * scale));

  kb_texture_append (snapshot, GTK_WIDGET (self), texture,
                     &GRAPHENE_RECT_INIT (cx - box / 2, cy - box / 2, box, box));
}

static double
ease_out (double t)
{
  return 1.0 - pow (1.0 - CLAMP (t, 0.0, 1.0), 3);
}

double
_kb_board_view_stage_progress (KbBoardView *self,
                               double       duration_ms)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));
  gint64 now = clock != NULL ? gdk_frame_clock_get_frame_time (clock) : g_get_monotonic_time ();

  return CLAMP ((now - self->stage_start) / (duration_ms * 1000.0), 0.0, 1.0);
}

double
_kb_board_view_walk_duration (KbBoardView *self)
{
  guint steps = 1;

  for (guint w = 0; w < self->n_walks; w++)
    steps = MAX (steps, self->walks[w].steps);
  return self->step_ms * steps;
}

/* Returns: (nullable): the walk of @player's pawn, while it walks. */
const Walk *
_kb_board_view_walk_of (KbBoardView *self,
                        guint        player)
{
  if (self->stage != STAGE_WALK)
    return NULL;
  for (guint w = 0; w < self->n_walks; w++)
    if (self->walks[w].player == player)
      return &self->walks[w];
  return NULL;
}

/* The card waits while the die rolls and the pawn walks to it; a card already out stays. */
gboolean
_kb_board_view_card_hidden (KbBoardView *self)
{
  return self->stage == STAGE_DIE || (self->stage == STAGE_WALK && self->die_value != 0);
}

static guint
square_after (const Walk *walk,
              guint       step,
              guint       n_squares)
{
  return (guint) (((gint64) walk->from + walk->dir * (gint64) step) % n_squares + n_squares) %
         n_squares;
}

/* A walker hops from the centre of one square to the next, a little above them. */
static void
append_walker (KbBoardView   *self,
               GtkSnapshot   *snapshot,
               KbBoardLayout *layout,
               const Walk    *walk)
{
  double t = _kb_board_view_stage_progress (self, _kb_board_view_walk_duration (self)) *
             walk->steps;
  guint step = MIN ((guint) t, walk->steps - 1);
  double f = t - step;
  guint n = layout->n_squares;
  KbRect *a = &layout->squares[square_after (walk, step, n)];
  KbRect *b = &layout->squares[square_after (walk, step + 1, n)];
  double x = (a->x + a->width / 2) * (1 - f) + (b->x + b->width / 2) * f;
  double y = (a->y + a->height / 2) * (1 - f) + (b->y + b->height / 2) * f;

  g_array_index (self->drawn, guint, walk->player) = square_after (walk, step + (f >= 0.5), n);
  append_pawn (self, snapshot, walk->player, x, y - sin (f * G_PI) * layout->unit * 0.35,
               layout->unit * 0.5);
}

static void
append_pawns (KbBoardView   *self,
              GtkSnapshot   *snapshot,
              KbBoardLayout *layout)
{
  guint n = self->shown->len;
  g_autofree KbPawnSpot *spots = g_new (KbPawnSpot, MAX (n, 1));
  g_autofree guint *standing = g_new (guint, MAX (n, 1));
  g_autofree guint *squares = g_new (guint, MAX (n, 1));
  guint n_standing = 0;

  g_array_set_size (self->drawn, n);
  /* The pawns that stand share their squares among themselves; walkers take no room. */
  for (guint i = 0; i < n; i++)
    if (_kb_board_view_walk_of (self, i) == NULL)
      {
        standing[n_standing] = i;
        squares[n_standing++] = g_array_index (self->shown, guint, i);
      }
  kb_board_layout_place_pawns (layout, squares, n_standing, G_MAXUINT, spots);
  for (guint k = 0; k < n_standing; k++)
    {
      KbRect plate;
      KbColor fill;

      if (kb_board_renderer_get_plate (self->board_renderer, kb_game_get_deck (self->game),
                                       layout, squares[k], &plate, &fill))
        gtk_snapshot_append_color (snapshot, &(GdkRGBA) { fill.red, fill.green, fill.blue, 1 },
                                   &GRAPHENE_RECT_INIT (plate.x, plate.y, plate.width,
                                                        plate.height));
    }
  for (guint k = 0; k < n_standing; k++)
    {
      guint i = standing[k];

      g_array_index (self->drawn, guint, i) = squares[k];
      /* Whose turn it is shows on the board too: a light halo behind that pawn. */
      if (i == kb_game_get_current_player (self->game) && self->stage == STAGE_NONE &&
          kb_game_get_phase (self->game) != KB_GAME_PHASE_FINISHED)
        append_halo (self, snapshot, spots[k].x, spots[k].y, spots[k].size);
      append_pawn (self, snapshot, i, spots[k].x, spots[k].y, spots[k].size);
    }
  for (guint i = 0; i < n; i++)
    if (_kb_board_view_walk_of (self, i) != NULL)
      append_walker (self, snapshot, layout, _kb_board_view_walk_of (self, i));
}

static GdkTexture *
get_die_texture (KbBoardView *self,
                 guint        value,
                 int          side)
{
  cairo_surface_t *surface;
  cairo_t *cr;

  if (self->die_texture != NULL && self->die_texture_value == value &&
      self->die_texture_side == side)
    return self->die_texture;
  g_clear_object (&self->die_texture);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, side, side);
  cr = cairo_create (surface);
  kb_board_renderer_draw_die (self->board_renderer, cr, value, side);
  cairo_destroy (cr);
  self->die_texture = texture_take (surface);
  self->die_texture_value = value;
  self->die_texture_side = side;
  return self->die_texture;
}

static void
append_die (KbBoardView   *self,
            GtkSnapshot   *snapshot,
            KbBoardLayout *layout)
{
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  KbRect *c = &layout->center;
  double side = MIN (c->width, c->height) * 0.5;
  double t = self->stage == STAGE_DIE ? _kb_board_view_stage_progress (self, DIE_MS) : 1.0;
  guint faces = kb_board_get_die (kb_game_get_board (self->game));
  guint shown = self->die_value;
  graphene_rect_t face = GRAPHENE_RECT_INIT (-side / 2, -side / 2, side, side);
  GskRoundedRect outline;
  const GdkRGBA shadow = { 0, 0, 0, 0.3 };

  /* While it tumbles the die shows other faces, then settles on the number thrown. */
  if (t < 0.8)
    shown = 1 + ((guint) (t * 12) * 7 + 3) % MAX (faces, 1);

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (c->x + c->width / 2,
                                                          c->y + c->height / 2));
  gtk_snapshot_rotate (snapshot, (1.0 - ease_out (t)) * 540.0);
  gtk_snapshot_scale (snapshot, 0.6 + 0.4 * ease_out (t), 0.6 + 0.4 * ease_out (t));
  gsk_rounded_rect_init_from_rect (&outline, &face, side * 0.18);
  gtk_snapshot_append_outset_shadow (snapshot, &outline, &shadow, 0, side * 0.04, 0,
                                     side * 0.08);
  kb_texture_append (snapshot, GTK_WIDGET (self),
                     get_die_texture (self, shown, (int) ceil (side * scale)), &face);
  gtk_snapshot_restore (snapshot);
}

static void
card_rect (KbBoardView     *self,
           KbBoardLayout   *layout,
           graphene_rect_t *rect)
{
  KbRect *c = &layout->center;
  KbRect card;

  kb_card_fit_rect (c->width, c->height, MIN (c->width, c->height) * 0.03, &card);
  graphene_rect_init (rect, floor (c->x + card.x), floor (c->y + card.y), floor (card.width),
                      floor (card.height));
}

static void
append_card (KbBoardView   *self,
             GtkSnapshot   *snapshot,
             KbBoardLayout *layout)
{
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  graphene_rect_t rect;
  GskRoundedRect outline;
  const GdkRGBA shadow = { 0, 0, 0, 0.3 };
  GdkTexture *texture;

  card_rect (self, layout, &rect);
  if (rect.size.width < 8 || rect.size.height < 8)
    return;
  texture = get_card_texture (self, self->card, rect.size.width * scale,
                              rect.size.height * scale);
  /* The card is what the group reads: it takes the whole middle, over the deck's title. */
  {
    const KbColor *table = &kb_board_renderer_get_theme (self->board_renderer)->table;
    KbRect *c = &layout->center;

    gtk_snapshot_append_color (snapshot, &(GdkRGBA) { table->red, table->green, table->blue, 1 },
                               &GRAPHENE_RECT_INIT (c->x, c->y, c->width, c->height * 0.24));
  }

  gtk_snapshot_save (snapshot);
  if (self->stage == STAGE_CARD)
    {
      /* The card grows out of the square the pawn landed on. */
      double t = ease_out (_kb_board_view_stage_progress (self, CARD_MS));
      guint square = g_array_index (self->shown, guint,
                                    MIN (kb_game_get_current_player (self->game),
                                         self->shown->len - 1));
      KbRect *sq = &layout->squares[MIN (square, layout->n_squares - 1)];
      graphene_point_t from = GRAPHENE_POINT_INIT (sq->x + sq->width / 2, sq->y + sq->height / 2);
      graphene_point_t to;
      double s0 = sq->width / rect.size.width;

      graphene_rect_get_center (&rect, &to);
      gtk_snapshot_translate (snapshot,
                              &GRAPHENE_POINT_INIT (from.x + (to.x - from.x) * t,
                                                    from.y + (to.y - from.y) * t));
      gtk_snapshot_scale (snapshot, s0 + (1 - s0) * t, s0 + (1 - s0) * t);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (-to.x, -to.y));
    }
  gsk_rounded_rect_init_from_rect (&outline, &rect, rect.size.width * 0.04);
  gtk_snapshot_append_outset_shadow (snapshot, &outline, &shadow, 0, rect.size.height * 0.01,
                                     0, rect.size.height * 0.03);
  kb_texture_append (snapshot, GTK_WIDGET (self), texture, &rect);
  gtk_snapshot_restore (snapshot);
}

void
_kb_board_view_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  KbBoardView *self = KB_BOARD_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  KbBoardLayout *layout;

  if (self->game == NULL || width < 16 || height < 16)
    return;
  if (self->calm)
    {
      KbColor color;

      kb_board_renderer_get_calm_color (self->board_renderer, kb_game_get_deck (self->game),
                                        &color);
      gtk_snapshot_append_color (snapshot, &(GdkRGBA) { color.red, color.green, color.blue, 1 },
                                 &GRAPHENE_RECT_INIT (0, 0, width, height));
      return;
    }

  layout = get_layout (self, width, height);
  kb_texture_append (snapshot, widget,
                     get_board_texture (self, width, height, gtk_widget_get_scale_factor (widget)),
                     &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (layout->n_squares == 0)
    return;
  append_pawns (self, snapshot, layout);
  if (self->die_value != 0 && (self->stage == STAGE_DIE || self->stage == STAGE_WALK))
    append_die (self, snapshot, layout);
  if (self->card != NULL && !_kb_board_view_card_hidden (self))
    append_card (self, snapshot, layout);
}
