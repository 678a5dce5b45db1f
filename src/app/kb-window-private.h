/* What the main window's files share. */
#pragma once

#include "kb-audience-window.h"
#include "kb-board-games.h"
#include "kb-board-page.h"
#include "kb-library-page.h"
#include "kb-new-game-page.h"
#include "kb-window.h"

G_BEGIN_DECLS

struct _KbWindow
{
  AdwApplicationWindow parent_instance;

  /* template widgets: the pages */
  GtkStack *main_stack;
  KbLibraryPage *library_page;
  KbPlayPage *play_page;
  KbNewGamePage *new_game_page;
  KbBoardPage *board_page;

  /* owned */
  GSettings *settings;
  KbBoardGames *games;

  /* presenting on a second screen (kb-window-present.c, and the board's in kb-window-board.c) */
  KbAudienceWindow *audience;
  GdkMonitor *audience_monitor;
  gulong monitors_handler;
  guint present_timeout_id;
  GdkMonitor *main_monitor;
  GtkWindow *board_audience; /* the board on the projector, while presenting */
  gulong board_monitors_handler;
};

void _kb_window_present_toggle (KbWindow *self);
void _kb_window_update_title   (KbWindow     *self);
void _kb_window_show_session   (KbWindow     *self,
                                KbSession    *session,
                                KbSessionLog *log);
void _kb_window_present_stop   (KbWindow *self);
void _kb_window_swap_screens   (KbWindow *self);
void _kb_window_present_soon   (KbWindow *self);
void _kb_window_track_monitor  (KbWindow *self);
void _kb_window_board_class_init (GtkWidgetClass *widget_class);
void _kb_window_board_init     (KbWindow *self);
void _kb_window_board_dispose  (KbWindow *self);
void _kb_window_offer_kept_game (KbWindow *self);

G_END_DECLS
