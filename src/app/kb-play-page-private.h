/* What the play page's files share. */
#pragma once

#include <adwaita.h>

#include "kb-play-page.h"

G_BEGIN_DECLS

struct _KbPlayPage
{
  GtkWidget parent_instance;

  /* template widgets */
  AdwHeaderBar *header_bar;
  AdwWindowTitle *window_title;
  GtkMenuButton *filter_button;
  GtkButton *language_button;
  KbCardView *card_view;
  GtkLabel *hint_label;
  GtkScrolledWindow *history_scroller;
  GtkBox *history_box;
  GtkActionBar *controls;
  GtkBox *presenter_panel;
  KbCardView *next_view;
  GtkLabel *clock_label;
  GtkLabel *notes_label;

  /* owned */
  KbSession *session;

  gboolean calm;
  gboolean high_contrast;
  gboolean presenting;
  gboolean presenter;       /* the facilitator's view while the room sees another window */
  guint clock_id;
};

GtkWidget *_kb_play_filters_new     (KbSession *session);
void       _kb_play_history_update  (KbPlayPage *self);

G_END_DECLS
