/* Forget This Session (×) on the library page, with Undo (kb-library-forget.h). */
#define G_LOG_DOMAIN "kletsborden-library"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-library-forget.h"
#include "kb-session-keeper.h"
#include "kb-undo-toast.h"

typedef struct
{
  KbSession *session;
  KbSessionLog *log;
} Forgotten;

static void
forgotten_free (gpointer data)
{
  Forgotten *forgotten = data;

  g_clear_object (&forgotten->session);
  g_clear_object (&forgotten->log);
  g_free (forgotten);
}

static void
forget_now (gpointer owner,
            gpointer data)
{
  g_autoptr(GError) error = NULL;

  if (!kb_session_keeper_forget_kept (&error))
    g_message ("Could not forget the session: %s", error->message);
}

static void
offer_again (gpointer owner,
             gpointer data)
{
  Forgotten *forgotten = data;

  if (owner != NULL)
    kb_library_page_offer_session (owner, forgotten->session, forgotten->log);
}

/* The page no longer offers @session; the toast's Undo offers it again. */
void
_kb_library_forget_session (KbLibraryPage   *page,
                            AdwToastOverlay *overlay,
                            KbSession       *session,
                            KbSessionLog    *log)
{
  Forgotten *forgotten = g_new0 (Forgotten, 1);

  g_set_object (&forgotten->session, session);
  g_set_object (&forgotten->log, log);
  kb_undo_toast_show (overlay, _("Session forgotten"), page, forget_now, offer_again, forgotten,
                      forgotten_free);
}
