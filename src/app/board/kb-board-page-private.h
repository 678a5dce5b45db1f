/* What the board page's files share. */
#pragma once

#include <adwaita.h>

#include "kb-board-page.h"
#include "kb-read-aloud.h"
#include "kb-timer.h"

G_BEGIN_DECLS

struct _KbBoardPage
{
  GtkWidget parent_instance;

  /* template widgets */
  AdwHeaderBar *header_bar;
  AdwWindowTitle *window_title;
  GtkBox *body;
  KbBoardView *board_view;
  GtkBox *prompt_box;
  GtkLabel *prompt_title;
  GtkLabel *prompt_text;
  GtkFlowBox *prompt_buttons;
  GtkBox *end_box;
  GtkLabel *end_label;
  GtkScrolledWindow *side_panel;
  GtkBox *turn_box;
  GtkLabel *turn_label;
  GtkLabel *status_label;
  GtkLabel *warning_label;
  GtkButton *roll_button;
  GtkBox *card_buttons;
  GtkButton *next_button;
  GtkGrid *players_list;

  /* owned */
  KbGame *game;
  GtkWidget *turn_icon;
  GtkWidget *calm_cover;    /* the calm screen over the whole page */
  char *notice;             /* a line for this turn only, e.g. who the die chose to begin */
  GArray *box_counts;       /* guint per player, as the list shows them */
  GArray *flag_counts;      /* guint per player: the flags raised, as the list shows them */

  gboolean calm;
  gboolean high_contrast;
  gboolean presenting;
  gboolean audience;        /* the room's copy on the projector: no controls */
  gboolean facilitator;     /* the game leader's view while the room has its own window */
  guint pending_digit;      /* the first digit of a two-digit throw, while waiting for more */
  guint pending_id;

  /* read-aloud (kb-board-read-aloud.c) */
  GtkLabel *speech_message;      /* template: "no speech service" */
  GtkButton *read_button;        /* template */
  KbReadAloud *read_aloud;       /* owned */
  GSettings *settings;           /* owned: high-contrast */
  KbGame *spoken_game;           /* borrowed: the game and move the voice last spoke of */
  guint spoken_moves;

  /* the turn timer (kb-board-timer.c) */
  KbTimer *turn_timer;           /* owned */
  GtkWidget *turn_ring;          /* in turn_box */
  KbGame *timer_game;            /* borrowed: the game and player whose turn the timer is */
  guint timer_player;
  gboolean turn_timer_used;      /* once T was pressed in this game, the ring stays */
  gboolean timer_shared;         /* the room's copy, showing the leader's timer */

  /* ending after this round (kb-board-ending.c) */
  KbGame *ending_game;           /* borrowed: the game the wish is for */
  guint end_after_round;         /* the last round; 0: none */
};

void     _kb_board_page_update        (KbBoardPage *self);
void     _kb_board_page_update_prompt (KbBoardPage *self);
gboolean _kb_board_page_in_play       (KbBoardPage *self);
void _kb_board_page_move_pawn     (KbBoardPage *self);
void _kb_board_page_add_player    (KbBoardPage *self);
void _kb_board_page_remove_player (KbBoardPage *self);
void _kb_board_page_end           (KbBoardPage *self);
void _kb_board_page_report        (KbBoardPage *self,
                                   GError      *error);
void _kb_board_read_aloud_class_init (GtkWidgetClass *widget_class);
void _kb_board_language_class_init (GtkWidgetClass *widget_class);
void _kb_board_read_aloud_init    (KbBoardPage *self);
void _kb_board_read_aloud_update  (KbBoardPage *self);
void _kb_board_timer_class_init   (GtkWidgetClass *widget_class);
void _kb_board_timer_init         (KbBoardPage *self);
void _kb_board_timer_update       (KbBoardPage *self);
void _kb_board_timer_dispose      (KbBoardPage *self);
void _kb_board_ending_class_init  (GtkWidgetClass *widget_class);
void _kb_board_ending_update      (KbBoardPage *self);

G_END_DECLS
