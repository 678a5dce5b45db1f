/* What the play page's files share. */
#pragma once

#include <adwaita.h>

#include "kb-play-page.h"
#include "kb-session-keeper.h"
#include "kb-timer-ring.h"

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
  KbTimerRing *timer_ring;
  KbTimerRing *card_timer_ring;
  GtkSpinButton *timer_minutes;
  GtkMenuButton *roles_button;
  GtkBox *roles_box;
  GtkLabel *roles_label;
  AdwToastOverlay *toast_overlay;

  /* owned */
  KbSessionKeeper *keeper;  /* keeps the session on disk, with its log */
  AdwToast *save_toast;     /* while saving fails */
  KbSession *session;
  KbTimer *timer;
  GSettings *settings;

  gboolean calm;
  gboolean high_contrast;
  gboolean presenting;
  gboolean presenter;       /* the facilitator's view while the room sees another window */
  gboolean timer_public;
  gboolean fill_screen;
  GPtrArray *role_names;    /* char *, per role of the case on screen; never saved */
  KbCard *roles_card;       /* borrowed: the case the names belong to */
  guint clock_id;
};

GtkWidget *_kb_play_filters_new     (KbSession *session);
void       _kb_play_history_update  (KbPlayPage *self);
void       _kb_play_timer_init      (KbPlayPage *self);
void       _kb_play_roles_update    (KbPlayPage *self);
void       _kb_play_roles_refresh   (KbPlayPage *self);
char      *_kb_play_roles_dup_markup (KbPlayPage *self);
void       _kb_play_timer_update_visibility (KbPlayPage *self);
void       _kb_play_keeping_class_init (GtkWidgetClass *widget_class);
void       _kb_play_keeping_init    (KbPlayPage *self);
void       _kb_play_keeping_dispose (KbPlayPage *self);

G_END_DECLS
