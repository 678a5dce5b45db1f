/* Undo instead of loss on the play page: a card put away (X) comes back with the toast's Undo,
 * and an exported session log or PDF says where it went, with a button that opens it. (The toasts'
 * buttons use their signal, not an action: an action on a toast's button crashed the window on
 * closing under libadwaita 1.2.) */
#define G_LOG_DOMAIN "kletsborden-play"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-play-page-private.h"
#include "kb-toast-queue.h"
#include "kb-undo-toast.h"

static void
keep_put_away (gpointer owner,
               gpointer card)
{
}

static void
put_back (gpointer owner,
          gpointer card)
{
  KbPlayPage *self = owner;

  /* A card of an earlier session is not in this one: put_back() then does nothing. */
  if (self != NULL && self->session != NULL)
    kb_session_put_back (self->session, card);
}

/* X: the card on screen leaves the session; the toast's Undo brings it back where it was. */
void
_kb_play_undo_put_away (KbPlayPage *self)
{
  KbCard *card = self->session != NULL ? kb_session_get_current (self->session) : NULL;

  if (card == NULL)
    return;
  kb_session_put_away (self->session);
  /* The card is the deck's, and the deck lives as long as any session of it. */
  kb_undo_toast_show (self->toast_overlay, _("Card put away"), self, keep_put_away, put_back,
                      card, NULL);
}

static void
open_saved (KbPlayPage *self)
{
  g_autofree char *uri = NULL;

  if (self->exported_file == NULL)
    return;
  uri = g_file_get_uri (self->exported_file);
  gtk_show_uri (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), uri, GDK_CURRENT_TIME);
}

/* A toast that says @title about @file just written (a log, a PDF), whose Open shows it. */
void
_kb_play_undo_show_saved (KbPlayPage *self,
                          GFile      *file,
                          const char *title)
{
  AdwToast *toast = adw_toast_new (title);

  g_set_object (&self->exported_file, file);
  adw_toast_set_button_label (toast, _("_Open"));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (open_saved), self,
                           G_CONNECT_SWAPPED);
  kb_toast_overlay_show (self->toast_overlay, toast);
}

/**
 * kb_play_page_export_log:
 * @file: where to write: a .md or .csv name
 *
 * Saves the session's log and says so in a toast, whose Open button shows the file.
 *
 * Returns: whether it was saved
 */
gboolean
kb_play_page_export_log (KbPlayPage  *self,
                         GFile       *file,
                         GError     **error)
{
  KbSessionLog *log;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (KB_IS_PLAY_PAGE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  log = kb_play_page_get_log (self);
  if (log == NULL)
    return TRUE;
  if (!kb_session_log_save (log, file, error))
    return FALSE;
  name = g_file_get_basename (file);
  /* Translators: the file name of the session log just saved */
  title = g_strdup_printf (_("Session log saved as “%s”"), name);
  _kb_play_undo_show_saved (self, file, title);
  return TRUE;
}

void
_kb_play_undo_dispose (KbPlayPage *self)
{
  g_clear_object (&self->exported_file);
}
