/* The session behind the play page, kept safe: every move is written to disk with its log, the
 * library offers to continue a kept session, and the log can be exported for the lecturer's
 * follow-up. */
#define G_LOG_DOMAIN "kletsborden-window"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-session-store.h"
#include "kb-window-private.h"

void
_kb_window_offer_resume (KbWindow     *self,
                         KbSession    *session,
                         KbSessionLog *log)
{
  g_autofree char *text = NULL;
  KbDeck *deck;

  g_set_object (&self->resumable, session);
  g_set_object (&self->resumable_log, log);
  if (session != NULL && kb_session_get_current (session) != NULL)
    {
      deck = kb_session_get_deck (session);
      /* Translators: the deck's title, then "card 5 of 40" */
      text = g_strdup_printf (_("Continue where you left off: “%s”, card %u of %u"),
                              kb_deck_get_title (deck, kb_session_get_language (session)),
                              kb_session_get_position (session), kb_session_get_n_cards (session));
      gtk_label_set_label (self->resume_label, text);
    }
  /* A crossfading revealer keeps its height when hidden: hide it too, or the library starts
   * with an empty gap. */
  gtk_widget_set_visible (GTK_WIDGET (self->resume_revealer), text != NULL);
  gtk_revealer_set_reveal_child (self->resume_revealer, text != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.resume", text != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.forget-session", text != NULL);
}

/* The session on disk, from a window that was closed or a process that died. */
void
_kb_window_offer_kept_session (KbWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *log_json = NULL;
  g_autoptr(KbSession) session = kb_session_store_load (&log_json, &error);
  g_autoptr(KbSessionLog) log = NULL;

  if (error != NULL)
    g_message ("No session to continue: %s", error->message);
  if (log_json != NULL)
    log = kb_session_log_new_from_json (log_json, NULL);
  _kb_window_offer_resume (self, session, log);
}

static void
keep_session (KbWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *log_json = self->log != NULL ? kb_session_log_to_json (self->log) : NULL;

  if (!kb_session_store_save (kb_play_page_get_session (self->play_page), log_json, &error))
    g_message ("Could not keep the session for later: %s", error->message);
}

static void
log_card_event (KbSession      *session,
                KbSessionEvent  event,
                KbCard         *card,
                KbWindow       *self)
{
  KbDeck *deck = kb_session_get_deck (session);
  KbLogEvent logged;

  switch (event)
    {
    case KB_SESSION_EVENT_SHOWN: logged = KB_LOG_SHOWN; break;
    case KB_SESSION_EVENT_PASSED: logged = KB_LOG_PASSED; break;
    case KB_SESSION_EVENT_PUT_AWAY: logged = KB_LOG_PUT_AWAY; break;
    default: g_return_if_reached ();
    }
  kb_session_log_add (self->log, logged, kb_card_get_id (card),
                      kb_text_get (kb_card_get_text (card), kb_session_get_language (session),
                                   kb_deck_get_fallback_language (deck)), NULL);
}

/**
 * _kb_window_show_session:
 * @log: (nullable): the log to go on with; %NULL starts a new one
 */
void
_kb_window_show_session (KbWindow     *self,
                         KbSession    *session,
                         KbSessionLog *log)
{
  KbSession *old = kb_play_page_get_session (self->play_page);
  KbDeck *deck = kb_session_get_deck (session);

  if (old != NULL)
    g_signal_handlers_disconnect_by_data (old, self);
  if (log != NULL)
    g_set_object (&self->log, log);
  else
    {
      g_clear_object (&self->log);
      self->log = kb_session_log_new (kb_deck_get_id (deck),
                                      kb_deck_get_title (deck, kb_session_get_language (session)));
    }
  g_signal_connect (session, "card-event", G_CALLBACK (log_card_event), self);
  /* Every move is kept at once: a crash loses at most the move in progress. The log goes
   * first, so the kept session includes the move that was just made. */
  g_signal_connect_swapped (session, "changed", G_CALLBACK (keep_session), self);
  kb_play_page_set_session (self->play_page, session);
  _kb_window_update_title (self);
  keep_session (self);
  _kb_window_remember_deck (self, deck);
  gtk_stack_set_visible_child_name (self->main_stack, "play");
  gtk_widget_grab_focus (GTK_WIDGET (kb_play_page_get_card_view (self->play_page)));
}

static void
resume_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KbWindow *self = KB_WINDOW (widget);

  if (self->resumable != NULL)
    _kb_window_show_session (self, self->resumable, self->resumable_log);
}

static void
forget_session_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  KbWindow *self = KB_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!kb_session_store_clear (&error))
    g_message ("Could not forget the session: %s", error->message);
  _kb_window_offer_resume (self, NULL, NULL);
}

static void
show_error (KbWindow   *self,
            const char *heading,
            const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
export_response (GtkNativeDialog *dialog,
                 int              response,
                 KbWindow        *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT && self->log != NULL)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      if (!kb_session_log_save (self->log, file, &error))
        show_error (self, _("The Session Log Could Not Be Saved"), error->message);
    }
  g_object_unref (dialog);
}

static void
export_log_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  KbWindow *self = KB_WINDOW (widget);
  g_autoptr(GtkFileFilter) markdown = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *name = NULL;
  GtkFileChooserNative *dialog;
  KbSession *session = kb_play_page_get_session (self->play_page);

  if (session == NULL || self->log == NULL)
    return;
  /* Translators: the file name a session log is saved under, e.g. "session-eigen-schroom-2026-11-24.md" */
  name = g_strdup_printf (_("session-%s-%s.md"), kb_deck_get_id (kb_session_get_deck (session)),
                          date);
  dialog = gtk_file_chooser_native_new (_("Export the Session Log"), GTK_WINDOW (self),
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
_kb_window_session_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.resume", NULL, resume_action);
  gtk_widget_class_install_action (widget_class, "win.forget-session", NULL,
                                   forget_session_action);
  gtk_widget_class_install_action (widget_class, "win.export-log", NULL, export_log_action);
}

/* Returns: (nullable): what happened in the session on the play page so far. */
KbSessionLog *
kb_window_get_log (KbWindow *self)
{
  g_return_val_if_fail (KB_IS_WINDOW (self), NULL);
  return self->log;
}
