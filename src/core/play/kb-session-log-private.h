/* What the session log's files share beyond its public API. */
#pragma once

#include <json-glib/json-glib.h>

#include "kb-session-log.h"

G_BEGIN_DECLS

void _kb_session_log_set_started (KbSessionLog *self,
                                  GDateTime    *started);

void _kb_session_log_add_entries (KbSessionLog *self,
                                  JsonBuilder  *builder,
                                  guint         from);

G_END_DECLS
