/* A deck's board with its squares and pawns, drawn onto any cairo_t at any size. */
#pragma once

#include <glib-object.h>
#include <cairo.h>

#include "kb-board-layout.h"
#include "kb-deck.h"
#include "kb-render-util.h"
#include "kb-svg-cache.h"
#include "kb-theme.h"

G_BEGIN_DECLS

typedef struct
{
  guint square;   /* index in playing order */
  guint player;   /* picks the colour and the shape */
} KbPawn;

#define KB_TYPE_BOARD_RENDERER (kb_board_renderer_get_type ())
G_DECLARE_FINAL_TYPE (KbBoardRenderer, kb_board_renderer, KB, BOARD_RENDERER, GObject)

KbBoardRenderer *kb_board_renderer_new              (const KbTheme   *theme,
                                                     KbSvgCache      *cache);
const KbTheme   *kb_board_renderer_get_theme        (KbBoardRenderer *self);
void             kb_board_renderer_set_theme        (KbBoardRenderer *self,
                                                     const KbTheme   *theme);
void             kb_board_renderer_draw             (KbBoardRenderer *self,
                                                     cairo_t         *cr,
                                                     KbDeck          *deck,
                                                     const char      *lang,
                                                     double           width,
                                                     double           height,
                                                     const KbPawn    *pawns,
                                                     guint            n_pawns);
gboolean         kb_board_renderer_get_square_rect  (KbBoardRenderer *self,
                                                     KbDeck          *deck,
                                                     double           width,
                                                     double           height,
                                                     guint            index,
                                                     KbRect          *rect);
void             kb_board_renderer_get_center_rect  (KbBoardRenderer *self,
                                                     KbDeck          *deck,
                                                     double           width,
                                                     double           height,
                                                     KbRect          *rect);
void             kb_board_renderer_draw_die         (KbBoardRenderer *self,
                                                     cairo_t         *cr,
                                                     guint            value,
                                                     double           side);
gboolean         kb_board_renderer_get_plate        (KbBoardRenderer     *self,
                                                     KbDeck              *deck,
                                                     const KbBoardLayout *layout,
                                                     guint                square,
                                                     KbRect              *rect,
                                                     KbColor             *color);
void             kb_board_renderer_get_calm_color   (KbBoardRenderer *self,
                                                     KbDeck          *deck,
                                                     KbColor         *color);

G_END_DECLS
