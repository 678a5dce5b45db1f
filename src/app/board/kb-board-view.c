/* Shows a board game. The board is drawn with cairo once per size and theme into a GdkTexture,
 * each pawn once per size, the drawn card once per size; a roll is then a short animation that
 * only places those textures in snapshot: the die tumbles, the pawn hops square by square, the
 * card grows from the square it belongs to into the middle of the board. */
#define G_LOG_DOMAIN "kletsborden-board-view"

#include "config.h"

#include <adwaita.h>

#include <glib/gi18n.h>

#include "kb-board-view-private.h"
#include "kb-labels.h"
#include "kb-svg-cache.h"

G_DEFINE_FINAL_TYPE (KbBoardView, kb_board_view, GTK_TYPE_WIDGET)

enum {
  SETTLED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
drop_textures (KbBoardView *self)
{
  g_clear_object (&self->board_texture);
  g_clear_object (&self->card_texture);
  self->card_texture_card = NULL;
  g_ptr_array_set_size (self->pawn_textures, 0);
  g_clear_object (&self->halo_texture);
  g_clear_object (&self->die_texture);
}

static void
sync_to_game (KbBoardView *self)
{
  guint n = self->game != NULL ? kb_game_get_n_players (self->game) : 0;

  g_array_set_size (self->shown, n);
  for (guint i = 0; i < n; i++)
    g_array_index (self->shown, guint, i) = kb_game_get_player_square (self->game, i);
  self->card = self->game != NULL ? kb_game_get_card (self->game) : NULL;
  self->seen_moves = self->game != NULL ? kb_game_get_n_moves (self->game) : 0;
}

/* A screen reader gets the board as words: its squares in playing order, then where each pawn
 * stands (as the board shows it, once the pawn has arrived). */
static void
update_description (KbBoardView *self)
{
  g_autoptr(GString) words = g_string_new (NULL);
  KbBoard *board;
  KbDeck *deck;
  const char *lang;
  guint n;

  if (self->game == NULL)
    return;
  board = kb_game_get_board (self->game);
  deck = kb_game_get_deck (self->game);
  lang = kb_game_get_card_language (self->game);
  n = kb_board_get_n_squares (board);
  g_string_append_printf (words, ngettext ("%u square", "%u squares", n), n);
  for (guint i = 0; i < n; i++)
    {
      KbSquare *square = kb_board_get_square (board, i);
      KbCategory *category = kb_square_get_category (square);
      const char *name = category != NULL
        ? kb_text_get (kb_category_get_name (category), lang, kb_deck_get_fallback_language (deck))
        : kb_label_for_special (kb_square_get_special (square), lang);

      g_string_append_printf (words, i == 0 ? ": %u %s" : ", %u %s", i + 1, name);
    }
  g_string_append (words, ".");
  for (guint p = 0; p < self->shown->len; p++)
    {
      /* Translators: where a pawn stands, e.g. "Anna on square 3." */
      g_autofree char *line = g_strdup_printf (_("%s on square %u."),
                                               kb_game_get_player_name (self->game, p),
                                               g_array_index (self->shown, guint, p) + 1);
      g_string_append_printf (words, " %s", line);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  words->str, -1);
}

static void
settle (KbBoardView *self)
{
  gboolean was_moving = self->stage != STAGE_NONE;

  if (self->tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->tick_id);
  self->tick_id = 0;
  self->stage = STAGE_NONE;
  self->die_value = 0;
  self->n_walks = 0;
  sync_to_game (self);
  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (was_moving)
    g_signal_emit (self, signals[SETTLED], 0);
}

static void
begin_stage (KbBoardView *self,
             Stage        stage)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  self->stage = stage;
  self->stage_start = clock != NULL ? gdk_frame_clock_get_frame_time (clock)
                                    : g_get_monotonic_time ();
}

static gboolean
tick (GtkWidget     *widget,
      GdkFrameClock *clock,
      gpointer       user_data)
{
  KbBoardView *self = KB_BOARD_VIEW (widget);

  switch (self->stage)
    {
    case STAGE_DIE:
      if (_kb_board_view_stage_progress (self, DIE_MS) >= 1.0)
        begin_stage (self, STAGE_WALK);
      break;
    case STAGE_WALK:
      if (_kb_board_view_stage_progress (self, _kb_board_view_walk_duration (self)) >= 1.0)
        {
          for (guint w = 0; w < self->n_walks; w++)
            g_array_index (self->shown, guint, self->walks[w].player) =
              kb_game_get_player_square (self->game, self->walks[w].player);
          /* A card drawn by the roll grows from its square; one already out stays put. */
          if (self->card != NULL && self->die_value != 0)
            begin_stage (self, STAGE_CARD);
          else
            {
              self->tick_id = 0;
              settle (self);
              return G_SOURCE_REMOVE;
            }
        }
      break;
    case STAGE_CARD:
      if (_kb_board_view_stage_progress (self, CARD_MS) >= 1.0)
        {
          self->tick_id = 0;
          settle (self);
          return G_SOURCE_REMOVE;
        }
      break;
    case STAGE_NONE:
    default:
      self->tick_id = 0;
      return G_SOURCE_REMOVE;
    }
  gtk_widget_queue_draw (widget);
  return G_SOURCE_CONTINUE;
}

static void
start_animation (KbBoardView *self,
                 Stage        stage)
{
  gboolean system_animates = TRUE;

  /* The system's "animations off" (for motion sickness, or a slow machine): the end at once. */
  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-enable-animations",
                &system_animates, NULL);
  if (!system_animates || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      settle (self);
      return;
    }
  begin_stage (self, stage);
  if (self->tick_id == 0)
    self->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), tick, NULL, NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
add_walk (KbBoardView *self,
          guint        player,
          guint        from,
          guint        steps,
          int          dir)
{
  g_assert (self->n_walks < MAX_WALKERS);
  self->walks[self->n_walks++] = (Walk) { player, from, steps, dir };
  g_array_index (self->shown, guint, player) = from;
}

/* A pawn put elsewhere (a swap, the game leader's hand) goes there along the squares, in
 * their order, quicker per square on a long way so that it never keeps the room waiting. */
static void
add_glide (KbBoardView *self,
           guint        player,
           guint        from,
           guint        to)
{
  guint steps = from < to ? to - from : from - to;

  if (steps == 0)
    return;
  self->step_ms = MIN (STEP_MS, (double) GLIDE_MS / steps);
  add_walk (self, player, from, steps, from < to ? 1 : -1);
}

/* One new move is animated; anything else (undo, a loaded game, several moves at once) shows
 * the new position straight away. */
static void
game_changed (KbBoardView *self)
{
  guint n = kb_game_get_n_moves (self->game);
  const KbGameMove *move = n > 0 ? kb_game_get_move (self->game, n - 1) : NULL;
  gboolean one_new = move != NULL && n == self->seen_moves + 1;

  settle (self);
  if (one_new && move->player < self->shown->len &&
      (move->kind == KB_GAME_MOVE_ROLL || move->kind == KB_GAME_MOVE_THROW))
    {
      self->die_value = move->value;
      self->step_ms = STEP_MS;
      add_walk (self, move->player, move->from, CLAMP (move->value, 1, MAX_WALK), 1);
      start_animation (self, STAGE_DIE);
    }
  else if (one_new && move->kind == KB_GAME_MOVE_SWAP && move->player < self->shown->len &&
           move->target < self->shown->len)
    {
      /* The two pawns pass each other along the squares. */
      add_glide (self, move->player, move->from, move->square);
      add_glide (self, move->target, move->square, move->from);
      if (self->n_walks > 0)
        start_animation (self, STAGE_WALK);
    }
  else if (one_new && move->kind == KB_GAME_MOVE_MOVE_PAWN && move->target < self->shown->len)
    {
      add_glide (self, move->target, move->from, move->square);
      if (self->n_walks > 0)
        start_animation (self, STAGE_WALK);
    }
  else if (one_new && self->card != NULL &&
           (move->kind == KB_GAME_MOVE_BOX || move->kind == KB_GAME_MOVE_CHOOSE))
    start_animation (self, STAGE_CARD);
}

/* High contrast when asked here (H) or when the system asks for it. */
static void
apply_theme (KbBoardView *self)
{
  gboolean high = self->high_contrast ||
                  adw_style_manager_get_high_contrast (adw_style_manager_get_default ());
  const KbTheme *theme = kb_theme_get (high ? KB_THEME_VARIANT_HIGH_CONTRAST
                                            : KB_THEME_VARIANT_NORMAL);

  kb_board_renderer_set_theme (self->board_renderer, theme);
  kb_card_renderer_set_theme (self->card_renderer, theme);
  self->drawn_high_contrast = high;
  drop_textures (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The board is drawn again only when its own art was still being tried, and once all of it has
 * settled: a card's art settling is no reason to draw the whole board anew, nor is each icon. */
static void
art_ready (KbBoardView *self)
{
  gboolean redraw = self->board_provisional &&
                    kb_svg_cache_get_n_pending (kb_svg_cache_get_default ()) == 0;
  g_autoptr(GdkTexture) board = redraw ? NULL : g_steal_pointer (&self->board_texture);

  drop_textures (self);
  self->board_texture = g_steal_pointer (&board);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
kb_board_view_dispose (GObject *object)
{
  KbBoardView *self = KB_BOARD_VIEW (object);

  if (self->game != NULL)
    g_signal_handlers_disconnect_by_data (self->game, self);
  g_signal_handlers_disconnect_by_data (adw_style_manager_get_default (), self);
  g_clear_object (&self->game);
  g_clear_object (&self->board_renderer);
  g_clear_object (&self->card_renderer);
  g_clear_object (&self->board_texture);
  g_clear_object (&self->card_texture);
  g_clear_pointer (&self->pawn_textures, g_ptr_array_unref);
  g_clear_object (&self->halo_texture);
  g_clear_object (&self->die_texture);
  g_clear_pointer (&self->layout, kb_board_layout_free);

  G_OBJECT_CLASS (kb_board_view_parent_class)->dispose (object);
}

static void
kb_board_view_finalize (GObject *object)
{
  KbBoardView *self = KB_BOARD_VIEW (object);

  g_array_unref (self->shown);
  g_array_unref (self->drawn);
  G_OBJECT_CLASS (kb_board_view_parent_class)->finalize (object);
}

static void
kb_board_view_class_init (KbBoardViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kb_board_view_dispose;
  object_class->finalize = kb_board_view_finalize;
  widget_class->snapshot = _kb_board_view_snapshot;

  /**
   * KbBoardView::settled:
   *
   * An animation ended: the board shows where everyone stands now.
   */
  signals[SETTLED] = g_signal_new ("settled", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_css_name (widget_class, "boardview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
kb_board_view_init (KbBoardView *self)
{
  self->board_renderer = kb_board_renderer_new (kb_theme_get (KB_THEME_VARIANT_NORMAL),
                                                kb_svg_cache_get_default ());
  self->card_renderer = kb_card_renderer_new (kb_theme_get (KB_THEME_VARIANT_NORMAL),
                                              kb_svg_cache_get_default ());
  /* Art tried in a worker has settled: what was drawn with its placeholder is drawn again. */
  g_signal_connect_object (kb_svg_cache_get_default (), "ready", G_CALLBACK (art_ready), self,
                           G_CONNECT_SWAPPED);
  self->pawn_textures = g_ptr_array_new_with_free_func (g_object_unref);
  self->shown = g_array_new (FALSE, TRUE, sizeof (guint));
  self->drawn = g_array_new (FALSE, TRUE, sizeof (guint));
  g_signal_connect_swapped (adw_style_manager_get_default (), "notify::high-contrast",
                            G_CALLBACK (apply_theme), self);
  if (adw_style_manager_get_high_contrast (adw_style_manager_get_default ()))
    apply_theme (self);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
}

KbBoardView *
kb_board_view_new (void)
{
  return g_object_new (KB_TYPE_BOARD_VIEW, NULL);
}

/* @game: (nullable): the game to show; the view follows its moves. */
void
kb_board_view_set_game (KbBoardView *self,
                        KbGame      *game)
{
  g_return_if_fail (KB_IS_BOARD_VIEW (self));
  g_return_if_fail (game == NULL || KB_IS_GAME (game));

  if (self->game != NULL)
    g_signal_handlers_disconnect_by_data (self->game, self);
  g_set_object (&self->game, game);
  drop_textures (self);
  g_clear_pointer (&self->layout, kb_board_layout_free);
  if (game != NULL)
    g_signal_connect_swapped (game, "changed", G_CALLBACK (game_changed), self);
  self->stage = STAGE_DIE;   /* so that settle() always stops any tick */
  settle (self);
}

KbGame *
kb_board_view_get_game (KbBoardView *self)
{
  g_return_val_if_fail (KB_IS_BOARD_VIEW (self), NULL);
  return self->game;
}

/* The calm screen: the deck's colour and nothing else. */
void
kb_board_view_set_calm (KbBoardView *self,
                        gboolean     calm)
{
  g_return_if_fail (KB_IS_BOARD_VIEW (self));
  self->calm = calm;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
kb_board_view_set_theme_variant (KbBoardView    *self,
                                 KbThemeVariant  variant)
{
  g_return_if_fail (KB_IS_BOARD_VIEW (self));

  self->high_contrast = variant == KB_THEME_VARIANT_HIGH_CONTRAST;
  apply_theme (self);
}

/* Whether the board is drawn with the high-contrast theme (asked here or by the system). */
gboolean
kb_board_view_get_drawn_high_contrast (KbBoardView *self)
{
  g_return_val_if_fail (KB_IS_BOARD_VIEW (self), FALSE);
  return self->drawn_high_contrast;
}

/* Returns: (nullable): the language the board on screen was last drawn in */
const char *
kb_board_view_get_drawn_language (KbBoardView *self)
{
  g_return_val_if_fail (KB_IS_BOARD_VIEW (self), NULL);
  return self->board_texture_lang;
}

gboolean
kb_board_view_is_animating (KbBoardView *self)
{
  g_return_val_if_fail (KB_IS_BOARD_VIEW (self), FALSE);
  return self->stage != STAGE_NONE;
}

/* A key pressed during an animation should not wait for it: jump to the end. */
void
kb_board_view_finish_animation (KbBoardView *self)
{
  g_return_if_fail (KB_IS_BOARD_VIEW (self));
  if (self->stage != STAGE_NONE)
    settle (self);
}

guint
kb_board_view_get_shown_square (KbBoardView *self,
                                guint        player)
{
  g_return_val_if_fail (KB_IS_BOARD_VIEW (self), 0);
  g_return_val_if_fail (player < self->shown->len, 0);
  return g_array_index (self->shown, guint, player);
}

/* Returns: (nullable): the card in the middle of the board (also while it grows). */
KbCard *
kb_board_view_get_shown_card (KbBoardView *self)
{
  g_return_val_if_fail (KB_IS_BOARD_VIEW (self), NULL);
  return _kb_board_view_card_hidden (self) ? NULL : self->card;
}

/* The square nearest to where the last frame drew @player's pawn: on the way, while it walks. */
guint
kb_board_view_get_drawn_square (KbBoardView *self,
                                guint        player)
{
  g_return_val_if_fail (KB_IS_BOARD_VIEW (self), 0);
  g_return_val_if_fail (player < self->shown->len, 0);
  return player < self->drawn->len ? g_array_index (self->drawn, guint, player)
                                   : g_array_index (self->shown, guint, player);
}

/* Returns: the number on the die on screen, 0 when there is none. */
guint
kb_board_view_get_shown_die (KbBoardView *self)
{
  g_return_val_if_fail (KB_IS_BOARD_VIEW (self), 0);
  return self->die_value;
}

/* How many times the board itself was drawn with cairo: once per size and theme. */
guint
kb_board_view_get_n_board_rendered (KbBoardView *self)
{
  g_return_val_if_fail (KB_IS_BOARD_VIEW (self), 0);
  return self->n_board_rendered;
}
