/* The play page's session kept safe: a KbSessionKeeper writes every move to disk with its log;
 * when that fails the facilitator is told on the page, once, until a save works again; and the
 * log can be exported for the lecturer's follow-up. */
#define G_LOG_DOMAIN "kletsborden-play"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-play-page-private.h"
#include "kb-toast-queue.h"

static void
clear_save_toast (KbPlayPage *self)
{
  if (self->save_toast != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->save_toast, self);
      kb_toast_dismiss (self->save_toast);
    }
  g_clear_object (&self->save_toast);
}

static void
save_toast_dismissed (KbPlayPage *self)
{
  g_clear_object (&self->save_toast);
}

/* Stays until the next good save or until it is closed: a full disk does not go away alone.
 * Failing again says the newest reason in the same toast, so cards moved on a full disk do not
 * make toasts follow each other. */
static void
save_failed (KbSessionKeeper *keeper,
             const GError    *error,
             KbPlayPage      *self)
{
  g_autofree char *reason = g_markup_escape_text (error->message, -1);
  /* Translators: the reason the session could not be written to disk */
  g_autofree char *title = g_strdup_printf (_("The session could not be saved: %s. It goes on "
                                              "here; the cards so far are kept while this window "
                                              "stays open."), reason);

  if (self->save_toast != NULL)
    {
      adw_toast_set_title (self->save_toast, title);
      return;
    }
  self->save_toast = g_object_ref (adw_toast_new (title));
  adw_toast_set_timeout (self->save_toast, 0);
  g_signal_connect_swapped (self->save_toast, "dismissed", G_CALLBACK (save_toast_dismissed),
                            self);
  kb_toast_overlay_show (self->toast_overlay, self->save_toast);
}

static void
failing_changed (KbPlayPage *self)
{
  if (!kb_session_keeper_get_failing (self->keeper))
    clear_save_toast (self);
}

void
_kb_play_keeping_show_error (KbPlayPage *self,
                             const char *heading,
                             const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (
                                                GTK_WIDGET (self))), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
export_response (GtkNativeDialog *dialog,
                 int              response,
                 KbPlayPage      *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  KbSessionLog *log = kb_session_keeper_get_log (self->keeper);

  if (response == GTK_RESPONSE_ACCEPT && log != NULL)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      if (!kb_play_page_export_log (self, file, &error))
        _kb_play_keeping_show_error (self, _("The Session Log Could Not Be Saved"),
                                     error->message);
    }
  g_object_unref (dialog);
}

static void
export_log_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  KbPlayPage *self = KB_PLAY_PAGE (widget);
  g_autoptr(GtkFileFilter) markdown = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *name = NULL;
  GtkFileChooserNative *dialog;

  if (self->session == NULL || kb_session_keeper_get_log (self->keeper) == NULL)
    return;
  /* Translators: the file name a session log is saved under, e.g. "session-eigen-schroom-2026-11-24.md" */
  name = g_strdup_printf (_("session-%s-%s.md"), kb_deck_get_id (kb_session_get_deck (
                                                                  self->session)), date);
  dialog = gtk_file_chooser_native_new (_("Export the Session Log"),
                                        GTK_WINDOW (gtk_widget_get_root (widget)),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  gtk_file_filter_set_name (markdown, _("Markdown (.md)"));
  gtk_file_filter_add_suffix (markdown, "md");
  gtk_file_filter_set_name (csv, _("Spreadsheet (.csv)"));
  gtk_file_filter_add_suffix (csv, "csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), markdown);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), csv);
  g_signal_connect (dialog, "response", G_CALLBACK (export_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

void
_kb_play_keeping_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "play.export-log", NULL, export_log_action);
}

/* The calm screen is kept with the session: after a crash the room sees a pause, not the card
 * it was kept from. */
static void
calm_changed (KbPlayPage *self)
{
  gboolean calm;

  g_object_get (self, "calm", &calm, NULL);
  if (self->session != NULL)
    kb_session_set_calm (self->session, calm);
}

void
_kb_play_keeping_init (KbPlayPage *self)
{
  g_signal_connect_swapped (self, "notify::calm", G_CALLBACK (calm_changed), self);
  self->keeper = kb_session_keeper_new ();
  g_signal_connect (self->keeper, "save-failed", G_CALLBACK (save_failed), self);
  g_signal_connect_swapped (self->keeper, "notify::failing", G_CALLBACK (failing_changed), self);
}

void
_kb_play_keeping_dispose (KbPlayPage *self)
{
  clear_save_toast (self);
  if (self->keeper != NULL)
    g_signal_handlers_disconnect_by_data (self->keeper, self);
  g_clear_object (&self->keeper);
}

/**
 * kb_play_page_play:
 * @log: (nullable): the log to go on with; %NULL starts a new one
 *
 * Shows @session and keeps it on disk from now on, after every move.
 */
void
kb_play_page_play (KbPlayPage   *self,
                   KbSession    *session,
                   KbSessionLog *log)
{
  gboolean calm;

  g_return_if_fail (KB_IS_PLAY_PAGE (self));
  g_return_if_fail (KB_IS_SESSION (session));

  calm = kb_session_get_calm (session);   /* showing a session starts without the calm screen */
  kb_session_keeper_keep (self->keeper, session, log);
  kb_play_page_set_session (self, session);
  if (calm)
    g_object_set (self, "calm", TRUE, NULL);
}

/* Returns: (nullable): what happened in the session on the page so far */
KbSessionLog *
kb_play_page_get_log (KbPlayPage *self)
{
  g_return_val_if_fail (KB_IS_PLAY_PAGE (self), NULL);
  return kb_session_keeper_get_log (self->keeper);
}

KbSessionKeeper *
kb_play_page_get_keeper (KbPlayPage *self)
{
  g_return_val_if_fail (KB_IS_PLAY_PAGE (self), NULL);
  return self->keeper;
}

/* Returns: (nullable): what the page tells the facilitator about a failed save, while it does */
const char *
kb_play_page_get_save_problem (KbPlayPage *self)
{
  g_return_val_if_fail (KB_IS_PLAY_PAGE (self), NULL);
  return self->save_toast != NULL ? adw_toast_get_title (self->save_toast) : NULL;
}
