/* The library: the decks (recent first), the sessions and games to continue, Open…. */
#pragma once

#include <gtk/gtk.h>

#include "kb-game-keeper.h"
#include "kb-session.h"
#include "kb-session-log.h"

G_BEGIN_DECLS

#define KB_TYPE_LIBRARY_PAGE (kb_library_page_get_type ())
G_DECLARE_FINAL_TYPE (KbLibraryPage, kb_library_page, KB, LIBRARY_PAGE, GtkWidget)

KbLibraryPage *kb_library_page_new             (void);
void        kb_library_page_load               (KbLibraryPage *self,
                                                KbGameKeeper  *keeper);
void        kb_library_page_refresh            (KbLibraryPage *self);
void        kb_library_page_rescan             (KbLibraryPage *self);
gboolean    kb_library_page_is_loading         (KbLibraryPage *self);
void        kb_library_page_remember_deck      (KbLibraryPage *self,
                                                KbDeck        *deck);
void        kb_library_page_offer_session      (KbLibraryPage *self,
                                                KbSession     *session,
                                                KbSessionLog  *log);
GListModel *kb_library_page_get_decks          (KbLibraryPage *self);
const char *kb_library_page_get_visible_page   (KbLibraryPage *self);
KbSession  *kb_library_page_get_resumable      (KbLibraryPage *self);
GListModel *kb_library_page_get_kept_games     (KbLibraryPage *self);

typedef void (*KbLibraryScanHook) (GFile    *file,
                                   gpointer  user_data);
void        _kb_library_page_set_scan_hook     (KbLibraryScanHook hook,
                                                gpointer          user_data);

G_END_DECLS
