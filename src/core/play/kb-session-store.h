/* Where a card session is kept between runs, so a closed window or a crash loses nothing. */
#pragma once

#include <gio/gio.h>

#include "kb-session.h"

G_BEGIN_DECLS

GFile     *kb_session_store_get_file  (void);
gboolean   kb_session_store_save      (KbSession  *session,
                                       const char *log_json,
                                       GError    **error);
KbSession *kb_session_store_load      (char      **log_json,
                                       GError    **error);
gboolean   kb_session_store_clear     (GError    **error);

G_END_DECLS
