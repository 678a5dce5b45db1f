/* A conversation-card session: the deck in an order, where we are, what was shown, what was put
 * away, and which cards the filters let through. Pure state, so the UI only shows it and the
 * tests drive it without a display. */
#pragma once

#include <glib-object.h>

#include "kb-card.h"
#include "kb-deck.h"

G_BEGIN_DECLS

#define KB_SESSION_ERROR (kb_session_error_quark ())

typedef enum
{
  KB_SESSION_ERROR_INVALID,
  KB_SESSION_ERROR_OTHER_DECK,
} KbSessionError;

/* What happened to a card (or to the whole session), as the session log records it. */
typedef enum
{
  KB_SESSION_EVENT_SHOWN,
  KB_SESSION_EVENT_PASSED,
  KB_SESSION_EVENT_PUT_AWAY,
  KB_SESSION_EVENT_PUT_BACK,   /* a put-away card is back (Undo) */
  KB_SESSION_EVENT_SHUFFLED,   /* the card is NULL */
  KB_SESSION_EVENT_LANGUAGE,   /* the cards' language changed; the card is NULL */
} KbSessionEvent;

#define KB_TYPE_SESSION (kb_session_get_type ())
G_DECLARE_FINAL_TYPE (KbSession, kb_session, KB, SESSION, GObject)

GQuark      kb_session_error_quark          (void);

KbSession  *kb_session_new                  (KbDeck        *deck);
KbDeck     *kb_session_get_deck             (KbSession     *self);

const char *kb_session_get_language         (KbSession     *self);
void        kb_session_set_language         (KbSession     *self,
                                             const char    *lang);
const char *kb_session_cycle_language       (KbSession     *self);

KbCard     *kb_session_get_current          (KbSession     *self);
KbCard     *kb_session_peek_next            (KbSession     *self);
guint       kb_session_get_position         (KbSession     *self);
/* Whether the room sees the calm screen: kept with the session, so a restart shows it again. */
void        kb_session_set_calm             (KbSession     *self,
                                             gboolean       calm);
gboolean    kb_session_get_calm             (KbSession     *self);
guint       kb_session_get_n_cards          (KbSession     *self);
GPtrArray  *kb_session_dup_cards            (KbSession     *self);
gboolean    kb_session_next                 (KbSession     *self);
gboolean    kb_session_previous             (KbSession     *self);
gboolean    kb_session_go_to                (KbSession     *self,
                                             guint          position);
void        kb_session_pass                 (KbSession     *self);
void        kb_session_put_away             (KbSession     *self);
gboolean    kb_session_put_back             (KbSession     *self,
                                             KbCard        *card);
gboolean    kb_session_put_away_next        (KbSession     *self);
gboolean    kb_session_swap_next            (KbSession     *self);
void        kb_session_shuffle              (KbSession     *self,
                                             guint32        seed);
gboolean    kb_session_undo_shuffle         (KbSession     *self);
gboolean    kb_session_can_undo_shuffle     (KbSession     *self);
void        kb_session_restart              (KbSession     *self);

GPtrArray  *kb_session_get_history          (KbSession     *self);
guint       kb_session_get_n_put_away       (KbSession     *self);

void        kb_session_set_category_shown   (KbSession     *self,
                                             const char    *category_id,
                                             gboolean       shown);
gboolean    kb_session_get_category_shown   (KbSession     *self,
                                             const char    *category_id);
void        kb_session_set_kind_shown       (KbSession     *self,
                                             KbCardKind     kind,
                                             gboolean       shown);
gboolean    kb_session_get_kind_shown       (KbSession     *self,
                                             KbCardKind     kind);
void        kb_session_set_intensity_shown  (KbSession     *self,
                                             KbIntensity    intensity,
                                             gboolean       shown);
gboolean    kb_session_get_intensity_shown  (KbSession     *self,
                                             KbIntensity    intensity);

char       *kb_session_to_json              (KbSession     *self);
KbSession  *kb_session_new_from_json        (KbDeck        *deck,
                                             const char    *json,
                                             GError       **error);

G_END_DECLS
