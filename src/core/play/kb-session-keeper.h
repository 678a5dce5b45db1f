/* Keeps the card session being played safe on disk, with its log, and finds it again. */
#pragma once

#include <gio/gio.h>

#include "kb-session.h"
#include "kb-session-log.h"

G_BEGIN_DECLS

#define KB_TYPE_SESSION_KEEPER (kb_session_keeper_get_type ())
G_DECLARE_FINAL_TYPE (KbSessionKeeper, kb_session_keeper, KB, SESSION_KEEPER, GObject)

KbSessionKeeper *kb_session_keeper_new         (void);
void             kb_session_keeper_keep        (KbSessionKeeper  *self,
                                                KbSession        *session,
                                                KbSessionLog     *log);
KbSession       *kb_session_keeper_get_session (KbSessionKeeper  *self);
KbSessionLog    *kb_session_keeper_get_log     (KbSessionKeeper  *self);
gboolean         kb_session_keeper_get_failing (KbSessionKeeper  *self);
gboolean         kb_session_keeper_save        (KbSessionKeeper  *self,
                                                GError          **error);
gboolean         kb_session_keeper_flush       (KbSessionKeeper  *self,
                                                GError          **error);

/* Disk only, so they may run in a worker thread. */
KbSession       *kb_session_keeper_load_kept   (KbSessionLog    **log,
                                                GError          **error);
gboolean         kb_session_keeper_forget_kept (GError          **error);

G_END_DECLS
