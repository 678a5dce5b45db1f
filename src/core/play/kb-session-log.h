/* What happened in a card session, for the lecturer's follow-up: which cards were shown, passed
 * or put away, and when. It never holds anything a participant said. */
#pragma once

#include <gio/gio.h>

#include "kb-play-enum-types.h"
#include "kb-play-enums.h"

G_BEGIN_DECLS

#define KB_SESSION_LOG_ERROR (kb_session_log_error_quark ())

typedef enum
{
  KB_SESSION_LOG_ERROR_INVALID,     /* JSON that is not a session log we can read */
  KB_SESSION_LOG_ERROR_FILE_TYPE,   /* a file name that ends in neither .md nor .csv */
} KbSessionLogError;

#define KB_TYPE_SESSION_LOG (kb_session_log_get_type ())
G_DECLARE_FINAL_TYPE (KbSessionLog, kb_session_log, KB, SESSION_LOG, GObject)

GQuark        kb_session_log_error_quark    (void);
/* The untranslated keys of the CSV and JSON files: shown, passed, put-away, put-back,
 * shuffled, language. */
const char   *kb_log_event_to_string        (KbLogEvent     event);
gboolean      kb_log_event_from_string      (const char    *name,
                                             KbLogEvent    *event);

KbSessionLog *kb_session_log_new            (const char    *deck_id,
                                             const char    *deck_title);
void          kb_session_log_add            (KbSessionLog  *self,
                                             KbLogEvent     event,
                                             const char    *card_id,
                                             const char    *card_text,   /* in the shown language */
                                             GDateTime     *when);       /* NULL: now */
guint         kb_session_log_get_n_entries  (KbSessionLog  *self);
KbLogEvent    kb_session_log_get_event      (KbSessionLog  *self,
                                             guint          index);
const char   *kb_session_log_get_card_id    (KbSessionLog  *self,
                                             guint          index);
GDateTime    *kb_session_log_dup_time       (KbSessionLog  *self,
                                             guint          index);
const char   *kb_session_log_get_card_text  (KbSessionLog  *self,
                                             guint          index);
const char   *kb_session_log_get_deck_id    (KbSessionLog  *self);
const char   *kb_session_log_get_deck_title (KbSessionLog  *self);
/* When the log was made; the date in the Markdown heading. */
GDateTime    *kb_session_log_get_started    (KbSessionLog  *self);
/* How many different cards had @event at least once (a card shown twice counts once). */
guint         kb_session_log_count_cards    (KbSessionLog  *self,
                                             KbLogEvent     event);
char         *kb_session_log_to_markdown    (KbSessionLog  *self);
char         *kb_session_log_to_csv         (KbSessionLog  *self);
gboolean      kb_session_log_save           (KbSessionLog  *self,
                                             GFile         *file,     /* .md or .csv by name */
                                             GError       **error);
/* The log as JSON, so a resumed session keeps its log. */
char         *kb_session_log_to_json        (KbSessionLog  *self);
KbSessionLog *kb_session_log_new_from_json  (const char    *json,
                                             GError       **error);

G_END_DECLS
