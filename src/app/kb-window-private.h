/* What the main window's files share. */
#pragma once

#include "kb-board-page.h"
#include "kb-new-game-page.h"
#include "kb-presenter.h"
#include "kb-window.h"

G_BEGIN_DECLS

struct _KbWindow
{
  AdwApplicationWindow parent_instance;

  /* template widgets */
  GtkStack *main_stack;
  KbPlayPage *play_page;
  GtkStack *stack;
  GtkFlowBox *deck_grid;
  AdwStatusPage *empty_page;
  GtkRevealer *resume_revealer;
  GtkLabel *resume_label;

  /* owned */
  GSettings *settings;
  GListModel *decks;
  KbSession *resumable;     /* the session "Continue" goes back to */
  KbSessionLog *resumable_log;
  KbSessionLog *log;        /* what happened in the session on the play page */

  KbPresenter *presenter;   /* the screens while presenting (kb-window-present.c) */
  gboolean library_stale;   /* the recent decks changed since the library was listed */

  /* the board game (kb-window-board.c) */
  KbBoardPage *board_page;
  KbNewGamePage *new_game_page;
  GtkRevealer *board_resume_revealer;
  GtkLabel *board_resume_label;
  KbGame *board_resumable;  /* the game "Continue" on the board row goes back to */
};

void _kb_window_present_toggle (KbWindow *self);
void _kb_window_session_class_init (GtkWidgetClass *widget_class);
void _kb_window_offer_resume   (KbWindow     *self,
                                KbSession    *session,
                                KbSessionLog *log);
void _kb_window_offer_kept_session (KbWindow *self);
void _kb_window_update_title   (KbWindow     *self);
void _kb_window_remember_deck  (KbWindow     *self,
                                KbDeck       *deck);
void _kb_window_show_session   (KbWindow     *self,
                                KbSession    *session,
                                KbSessionLog *log);
void _kb_window_present_stop   (KbWindow *self);
void _kb_window_swap_screens   (KbWindow *self);
void _kb_window_present_soon   (KbWindow *self);
void _kb_window_focus_page     (KbWindow *self);
void _kb_window_present_init   (KbWindow *self);
void _kb_window_present_class_init (GtkWidgetClass *widget_class);
void _kb_window_present_dispose (KbWindow *self);
void _kb_window_board_class_init (GtkWidgetClass *widget_class);
void _kb_window_board_init     (KbWindow *self);
void _kb_window_board_dispose  (KbWindow *self);
void _kb_window_offer_kept_game (KbWindow *self);

G_END_DECLS
