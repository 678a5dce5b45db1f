/* What the board view's files share. */
#pragma once

#include "kb-board-layout.h"
#include "kb-board-renderer.h"
#include "kb-board-view.h"
#include "kb-card-renderer.h"

G_BEGIN_DECLS

#define DIE_MS     750
#define STEP_MS    230
#define CARD_MS    420
#define MAX_WALK   24          /* a typed-in throw of two twelve-sided dice */
#define GLIDE_MS   1800        /* a swap or a hand move at most: quicker steps on a long way */
#define MAX_WALKERS 2          /* a swap walks two pawns at once */

/* A pawn on its way: @steps squares from @from, forwards (@dir 1) or back (-1). */
typedef struct
{
  guint player;
  guint from;
  guint steps;
  int   dir;
} Walk;

typedef enum
{
  STAGE_NONE,
  STAGE_DIE,
  STAGE_WALK,
  STAGE_CARD,
} Stage;

struct _KbBoardView
{
  GtkWidget parent_instance;

  /* owned */
  KbGame *game;
  KbBoardRenderer *board_renderer;
  KbCardRenderer *card_renderer;
  KbBoardLayout *layout;       /* for layout_width × layout_height */
  double layout_width, layout_height;
  GdkTexture *board_texture;   /* the board without pawns, at board_width × board_height */
  gboolean board_provisional;  /* drawn with a placeholder for art still being tried */
  int board_width, board_height;
  const char *board_texture_lang;  /* the language each texture was drawn in (borrowed; */
  const char *card_texture_lang;   /* compared by pointer, as the game hands it out) */
  GdkTexture *card_texture;    /* card_texture_card at card_texture_width */
  KbCard *card_texture_card;
  int card_texture_width;
  GPtrArray *pawn_textures;    /* GdkTexture per player, at pawn_texture_size */
  int pawn_texture_size;
  GdkTexture *halo_texture;    /* behind the current player's pawn, at halo_texture_size */
  int halo_texture_size;
  GdkTexture *die_texture;     /* the die's face showing die_texture_value at die_texture_side */
  guint die_texture_value;
  int die_texture_side;
  GArray *shown;               /* guint per player: the square the board shows them on */
  GArray *drawn;               /* guint per player: the square nearest to the pawn last drawn */

  /* what is on screen */
  guint seen_moves;            /* the game's history length this view has caught up with */
  Stage stage;
  gint64 stage_start;          /* frame time (µs) the stage began */
  guint tick_id;
  guint die_value;             /* 0: no die on screen */
  Walk walks[MAX_WALKERS];     /* the pawns that walk */
  guint n_walks;
  double step_ms;              /* one square of the walk */
  KbCard *card;                /* borrowed from the deck: the card in the middle */
  gboolean calm;
  gboolean high_contrast;      /* asked for here (H) */
  gboolean drawn_high_contrast;/* that, or the system's high contrast */
  guint n_board_rendered;
};

double _kb_board_view_stage_progress (KbBoardView *self,
                                      double       duration_ms);
double _kb_board_view_walk_duration  (KbBoardView *self);
const Walk *_kb_board_view_walk_of   (KbBoardView *self,
                                      guint        player);
gboolean _kb_board_view_card_hidden  (KbBoardView *self);
void   _kb_board_view_snapshot       (GtkWidget   *widget,
                                      GtkSnapshot *snapshot);

G_END_DECLS
