/* Playing a deck: the card big in the middle, driven from the keyboard or a clicker. */
#pragma once

#include <gtk/gtk.h>

#include "kb-card-view.h"
#include "kb-session.h"
#include "kb-session-keeper.h"
#include "kb-timer.h"

G_BEGIN_DECLS

#define KB_TYPE_PLAY_PAGE (kb_play_page_get_type ())
G_DECLARE_FINAL_TYPE (KbPlayPage, kb_play_page, KB, PLAY_PAGE, GtkWidget)

KbPlayPage *kb_play_page_new              (void);
void        kb_play_page_set_session      (KbPlayPage *self,
                                           KbSession  *session);
KbSession  *kb_play_page_get_session      (KbPlayPage *self);
void        kb_play_page_play             (KbPlayPage   *self,
                                           KbSession    *session,
                                           KbSessionLog *log);
KbSessionLog *kb_play_page_get_log        (KbPlayPage *self);
gboolean    kb_play_page_export_log       (KbPlayPage   *self,
                                           GFile        *file,
                                           GError      **error);
gboolean    kb_play_page_print_pdf        (KbPlayPage   *self,
                                           GFile        *file,
                                           GError      **error);
KbSessionKeeper *kb_play_page_get_keeper  (KbPlayPage *self);
const char *kb_play_page_get_save_problem (KbPlayPage *self);
KbCardView *kb_play_page_get_card_view    (KbPlayPage *self);
void        kb_play_page_set_presenting   (KbPlayPage *self,
                                           gboolean    presenting);
void        kb_play_page_set_presenter    (KbPlayPage *self,
                                           gboolean    presenter);
gboolean    kb_play_page_get_presenter    (KbPlayPage *self);
KbTimer    *kb_play_page_get_timer        (KbPlayPage *self);
gboolean    kb_play_page_get_timer_shown_to_room (KbPlayPage *self);
void        kb_play_page_set_role_name    (KbPlayPage *self,
                                           guint       index,
                                           const char *name);
char       *kb_play_page_dup_roles_markup (KbPlayPage *self);
const char *kb_play_page_get_speaker_line (KbPlayPage *self);
void        kb_play_page_set_screens_menu (KbPlayPage *self,
                                           GMenuModel *menu);

GtkWidget  *kb_play_page_get_overview (KbPlayPage *self);

G_END_DECLS
