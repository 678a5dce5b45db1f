/* What the session log's files share beyond its public API. */
#pragma once

#include "kb-session-log.h"

G_BEGIN_DECLS

void _kb_session_log_set_started (KbSessionLog *self,
                                  GDateTime    *started);

G_END_DECLS
