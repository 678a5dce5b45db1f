/* What the play page's files share. */
#pragma once

#include <adwaita.h>

#include "kb-play-page.h"
#include "kb-read-aloud.h"
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
  GtkMenuButton *screens_button;
  GtkLabel *notes_label;
  KbTimerRing *timer_ring;
  KbTimerRing *card_timer_ring;
  GtkSpinButton *timer_minutes;
  GtkMenuButton *roles_button;
  GtkBox *roles_box;
  GtkLabel *roles_label;
  AdwToastOverlay *toast_overlay;

  GtkWidget *calm_cover;    /* the calm screen over the whole page */
  GtkWidget *overview;      /* the deck at a glance (kb-play-overview.c), once asked for */
  GtkWidget *brief_box;     /* one role's brief, big, on the facilitator's screen only */
  GtkLabel *brief_label;

  /* owned */
  KbSessionKeeper *keeper;  /* keeps the session on disk, with its log */
  AdwToast *save_toast;     /* while saving fails */
  AdwToast *shuffle_toast;  /* "shuffled", with Undo, while it is shown */
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
  guint jump_number;        /* the card's number typed so far (kb-play-jump.c); 0: none */
  guint jump_id;            /* forgets that number after a while */

  /* read-aloud (kb-play-read-aloud.c) */
  GtkLabel *speech_message;      /* template: "no speech service" */
  KbReadAloud *read_aloud;       /* owned */
  KbCard *read_card;             /* borrowed: the card the voice last went with */
  char *read_lang;               /* owned */

  /* rounds of speakers (kb-play-speakers.c); never saved */
  GtkEditable *speakers_entry;   /* template, in the timer's popover */
  GtkLabel *speaker_label;       /* template, beside the timer */
  GStrv speakers;                /* owned; NULL: no names */
  guint speakers_base;           /* the position of the first name's card */

  /* undo and confirmation (kb-play-undo.c) */
  GFile *exported_file;          /* owned: what the last toast's Open opens */
};

GtkWidget *_kb_play_filters_new     (KbSession *session);
void       _kb_play_history_update  (KbPlayPage *self);
void       _kb_play_timer_init      (KbPlayPage *self);
void       _kb_play_timer_dispose   (KbPlayPage *self);
void       _kb_play_roles_update    (KbPlayPage *self);
void       _kb_play_roles_refresh   (KbPlayPage *self);
char      *_kb_play_roles_dup_markup (KbPlayPage *self);
void       _kb_play_timer_update_visibility (KbPlayPage *self);
void       _kb_play_read_aloud_class_init (GtkWidgetClass *widget_class);
void       _kb_play_read_aloud_init   (KbPlayPage *self);
void       _kb_play_read_aloud_update (KbPlayPage *self);
void       _kb_play_undo_put_away   (KbPlayPage *self);
void       _kb_play_undo_dispose    (KbPlayPage *self);
void       _kb_play_keeping_class_init (GtkWidgetClass *widget_class);
void       _kb_play_keeping_init    (KbPlayPage *self);
void       _kb_play_keeping_dispose (KbPlayPage *self);
void       _kb_play_keeping_show_error (KbPlayPage *self,
                                        const char *heading,
                                        const char *body);
void       _kb_play_undo_show_saved (KbPlayPage *self,
                                     GFile      *file,
                                     const char *title);
void       _kb_play_print_class_init (GtkWidgetClass *widget_class);
void       _kb_play_page_update_cover (KbPlayPage *self);
void       _kb_play_shuffle_class_init (GtkWidgetClass *widget_class);
void       _kb_play_shuffle_dispose (KbPlayPage *self);
void       _kb_play_page_update_chrome (KbPlayPage *self);
void       _kb_play_jump_class_init (GtkWidgetClass *widget_class);
void       _kb_play_jump_init       (KbPlayPage *self);
void       _kb_play_jump_dispose    (KbPlayPage *self);
char      *_kb_play_jump_dup_subtitle (KbPlayPage *self);
void       _kb_play_overview_class_init (GtkWidgetClass *widget_class);
void       _kb_play_overview_dispose (KbPlayPage *self);
void       _kb_play_speakers_init   (KbPlayPage *self);
void       _kb_play_speakers_update (KbPlayPage *self);
void       _kb_play_speakers_restart (KbPlayPage *self);
void       _kb_play_speakers_dispose (KbPlayPage *self);

G_END_DECLS
