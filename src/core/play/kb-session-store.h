/* Where a card session is kept between runs, so a closed window or a crash loses nothing. */
#pragma once

#include <gio/gio.h>

#include <json-glib/json-glib.h>

#include "kb-session.h"
#include "kb-session-log.h"

G_BEGIN_DECLS

GFile     *kb_session_store_get_file  (void);
char      *kb_session_store_snapshot  (KbSession    *session,
                                       KbSessionLog *log);
char      *kb_session_store_line      (KbSession    *session,
                                       KbSessionLog *log,
                                       guint         from);
gboolean   kb_session_store_apply     (JsonObject   *snapshot,
                                       JsonObject   *line);
KbSession *kb_session_store_load      (char      **log_json,
                                       GError    **error);
gboolean   kb_session_store_clear     (GError    **error);

G_END_DECLS
