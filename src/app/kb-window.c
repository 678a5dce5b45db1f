/* The main window: a stack of pages (library, play, new game, board) and the window's own
 * state. The pages and the keepers do the work; the window switches between them. */
#define G_LOG_DOMAIN "kletsborden-window"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-shortcuts.h"
#include "kb-window-private.h"

G_DEFINE_FINAL_TYPE (KbWindow, kb_window, ADW_TYPE_APPLICATION_WINDOW)

static void
show_library_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  KbWindow *self = KB_WINDOW (widget);
  KbSession *session = kb_play_page_get_session (self->play_page);

  _kb_window_present_stop (self);
  if (gtk_window_is_fullscreen (GTK_WINDOW (self)))
    gtk_window_unfullscreen (GTK_WINDOW (self));
  if (session != NULL)
    kb_library_page_offer_session (self->library_page, session,
                                   kb_play_page_get_log (self->play_page));
  gtk_stack_set_visible_child_name (self->main_stack, "decks");
}

static void
fullscreen_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  if (gtk_window_is_fullscreen (GTK_WINDOW (widget)))
    gtk_window_unfullscreen (GTK_WINDOW (widget));
  else
    gtk_window_fullscreen (GTK_WINDOW (widget));
}

static void
present_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  _kb_window_present_toggle (KB_WINDOW (widget));
}

static void
swap_screens_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  _kb_window_swap_screens (KB_WINDOW (widget));
}

/* The deck being played names the window, as a document does in other apps. */
void
_kb_window_update_title (KbWindow *self)
{
  KbSession *session = kb_play_page_get_session (self->play_page);
  g_autofree char *title = NULL;

  if (session != NULL &&
      g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "play") == 0)
    /* Translators: the window title while a deck is played: "Deck title — Kletsborden" */
    title = g_strdup_printf (_("%s — Kletsborden"),
                             kb_deck_get_title (kb_session_get_deck (session),
                                                kb_session_get_language (session)));
  gtk_window_set_title (GTK_WINDOW (self), title != NULL ? title : _("Kletsborden"));
}

static void
fullscreen_changed (KbWindow *self)
{
  kb_play_page_set_presenting (self->play_page,
                               gtk_window_is_fullscreen (GTK_WINDOW (self)) &&
                               g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack),
                                          "play") == 0);
}

/* The play page keeps @session on disk from now on, with @log (%NULL: a new log). */
void
_kb_window_show_session (KbWindow     *self,
                         KbSession    *session,
                         KbSessionLog *log)
{
  kb_play_page_play (self->play_page, session, log);
  kb_library_page_remember_deck (self->library_page, kb_session_get_deck (session));
  gtk_stack_set_visible_child_name (self->main_stack, "play");
  _kb_window_update_title (self);
  gtk_widget_grab_focus (GTK_WIDGET (kb_play_page_get_card_view (self->play_page)));
}

static void
open_response (GtkNativeDialog *dialog,
               int              response,
               KbWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      kb_window_open_file (self, file);
    }
  g_object_unref (dialog);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) json = gtk_file_filter_new ();

  dialog = gtk_file_chooser_native_new (_("Open a Deck"), GTK_WINDOW (widget),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Decks"));
  gtk_file_filter_add_mime_type (filter, "application/x-kletsborden-deck");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  /* A deck the MIME database does not know yet (an uninstalled build): any JSON file. */
  gtk_file_filter_set_name (json, _("JSON Files"));
  gtk_file_filter_add_suffix (json, "json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), json);
  g_signal_connect (dialog, "response", G_CALLBACK (open_response), widget);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static gboolean
file_dropped (GtkDropTarget *target,
              const GValue  *value,
              double         x,
              double         y,
              KbWindow      *self)
{
  GSList *files = g_value_get_boxed (value);

  if (files == NULL)
    return FALSE;
  kb_window_open_file (self, files->data);
  return TRUE;
}

static void
resume_session (KbLibraryPage *library,
                KbSession     *session,
                KbSessionLog  *log,
                KbWindow      *self)
{
  _kb_window_show_session (self, session, log);
}

static void
save_window_state (KbWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_delay (self->settings);
  g_settings_set (self->settings, "window-size", "(ii)", width, height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_apply (self->settings);
}

static gboolean
kb_window_close_request (GtkWindow *window)
{
  _kb_window_present_stop (KB_WINDOW (window));
  save_window_state (KB_WINDOW (window));
  return GTK_WINDOW_CLASS (kb_window_parent_class)->close_request (window);
}

static void
kb_window_dispose (GObject *object)
{
  KbWindow *self = KB_WINDOW (object);

  _kb_window_present_dispose (self);
  _kb_window_board_dispose (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), KB_TYPE_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (kb_window_parent_class)->dispose (object);
}

static void
kb_window_class_init (KbWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = kb_window_dispose;
  window_class->close_request = kb_window_close_request;

  g_type_ensure (KB_TYPE_LIBRARY_PAGE);
  g_type_ensure (KB_TYPE_PLAY_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/kb-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KbWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, KbWindow, library_page);
  gtk_widget_class_bind_template_child (widget_class, KbWindow, play_page);

  gtk_widget_class_install_action (widget_class, "win.show-library", NULL, show_library_action);
  gtk_widget_class_install_action (widget_class, "win.fullscreen", NULL, fullscreen_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.present", NULL, present_action);
  gtk_widget_class_install_action (widget_class, "win.swap-screens", NULL, swap_screens_action);
  _kb_window_board_class_init (widget_class);
  _kb_window_present_class_init (widget_class);
  kb_shortcuts_bind (widget_class, KB_SHORTCUTS_GENERAL);
}

static void
kb_window_init (KbWindow *self)
{
  int width, height;
  GtkDropTarget *drop;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_application_window_set_help_overlay (GTK_APPLICATION_WINDOW (self),
                                           GTK_SHORTCUTS_WINDOW (kb_shortcuts_window_new ()));

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (file_dropped), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
  g_signal_connect_swapped (self, "notify::fullscreened", G_CALLBACK (fullscreen_changed), self);
  g_signal_connect_swapped (self->main_stack, "notify::visible-child-name",
                            G_CALLBACK (fullscreen_changed), self);
  g_signal_connect_swapped (self->main_stack, "notify::visible-child-name",
                            G_CALLBACK (_kb_window_update_title), self);
  g_signal_connect_swapped (self->library_page, "play-deck", G_CALLBACK (kb_window_play_deck),
                            self);
  g_signal_connect (self->library_page, "resume-session", G_CALLBACK (resume_session), self);

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  self->settings = g_settings_new (SCHEMA_ID);
  g_settings_get (self->settings, "window-size", "(ii)", &width, &height);
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  _kb_window_board_init (self);
  _kb_window_present_init (self);
  kb_library_page_load (self->library_page, kb_board_games_get_keeper (self->games));
}

KbWindow *
kb_window_new (KbApplication *application)
{
  return g_object_new (KB_TYPE_WINDOW, "application", application, NULL);
}

KbLibraryPage *
kb_window_get_library_page (KbWindow *self)
{
  g_return_val_if_fail (KB_IS_WINDOW (self), NULL);
  return self->library_page;
}

KbPlayPage *
kb_window_get_play_page (KbWindow *self)
{
  g_return_val_if_fail (KB_IS_WINDOW (self), NULL);
  return self->play_page;
}

/* Returns: which page shows: "decks", "play", "new-game" or "board" */
const char *
kb_window_get_visible_screen (KbWindow *self)
{
  g_return_val_if_fail (KB_IS_WINDOW (self), NULL);
  return gtk_stack_get_visible_child_name (self->main_stack);
}

/* Starts a session on @deck, before its first card, and shows it. */
void
kb_window_play_deck (KbWindow *self,
                     KbDeck   *deck)
{
  g_autoptr(KbSession) session = NULL;

  g_return_if_fail (KB_IS_WINDOW (self));
  g_return_if_fail (KB_IS_DECK (deck));

  session = kb_session_new (deck);
  _kb_window_show_session (self, session, NULL);
}

/**
 * kb_window_open_file:
 *
 * Opens a deck file from outside (a double click, a drop, the file chooser). A deck that cannot
 * be read shows its problems in a dialog; the window stays as it was.
 *
 * Returns: %TRUE when the deck opened
 */
gboolean
kb_window_open_file (KbWindow *self,
                     GFile    *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDeck) deck = NULL;
  g_autofree char *name = NULL;
  GtkWidget *dialog;

  g_return_val_if_fail (KB_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  deck = kb_deck_new_from_file (file, &error);
  if (deck != NULL)
    {
      kb_window_play_deck (self, deck);
      return TRUE;
    }

  name = g_file_get_basename (file);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), NULL, NULL);
  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog),
                                     _("“%s” Could Not Be Opened"), name);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
  return FALSE;
}

/* Presents @file's deck: on a second screen when there is one, else fullscreen here. */
void
kb_window_present_deck_soon (KbWindow *self)
{
  g_return_if_fail (KB_IS_WINDOW (self));
  _kb_window_present_soon (self);
}
