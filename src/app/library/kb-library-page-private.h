/* What the library page's files share: the page itself (kb-library-page.c) and the kept board
 * games it offers (kb-library-page-games.c). */
#pragma once

#include <adwaita.h>

#include "kb-game-keeper.h"
#include "kb-library-page.h"
#include "kb-session.h"
#include "kb-session-log.h"

G_BEGIN_DECLS

struct _KbLibraryPage
{
  GtkWidget parent_instance;

  /* template widgets */
  GtkStack *stack;
  GtkFlowBox *deck_grid;
  AdwStatusPage *empty_page;
  GtkBox *notices_box;       /* what happened to kept files: set aside as damaged */
  GtkRevealer *resume_revealer;
  GtkLabel *resume_label;
  GtkBox *kept_games_box;
  GtkSpinner *scan_spinner;
  GtkSpinner *loading_spinner;
  AdwToastOverlay *toast_overlay;

  /* owned */
  GSettings *settings;
  GListStore *decks;         /* KbDeckEntry, recent first */
  GListStore *kept_games;    /* KbKeptGame, newest first */
  KbGameKeeper *keeper;
  KbSession *resumable;      /* the session "Continue" goes back to */
  KbSessionLog *resumable_log;
  GCancellable *scan_cancellable;
  GCancellable *games_cancellable;
  GStrv recent;              /* the recent decks' paths, as the tiles are sorted by */
  gboolean loading;
  gboolean stale;            /* a deck was played that the list does not have */
  gboolean session_offered;  /* the window said which session to offer: the disk's is older */
};

void _kb_library_page_show_kept_games (KbLibraryPage *self);
void _kb_library_page_find_kept_games (KbLibraryPage *self);

G_END_DECLS
