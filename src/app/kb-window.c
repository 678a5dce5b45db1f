/* The main window: a stack of pages (library, play, new game, board) and the window's own
 * state. The pages and their keepers do the work (KbBoardGames the board games, KbStage the
 * screens while presenting); the window switches between the pages. Only the play page is
 * built at start; the others together, when first needed (ensure_pages). */
#define G_LOG_DOMAIN "kletsborden-window"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-board-games.h"
#include "kb-deck-file-filter.h"
#include "kb-deck-entry.h"
#include "kb-shortcuts.h"
#include "kb-stage.h"
#include "kb-window.h"

struct _KbWindow
{
  AdwApplicationWindow parent_instance;

  /* template widgets */
  GtkStack *main_stack;
  KbPlayPage *play_page;
  /* the other pages, %NULL until ensure_pages */
  KbLibraryPage *library_page;
  KbNewGamePage *new_game_page;
  KbBoardPage *board_page;

  /* owned */
  GSettings *settings;
  KbBoardGames *games;
  KbStage *stage;           /* the pages on the screens: fullscreen and presenting */
  guint load_library_id;
  gboolean library_loaded;
  KbDeck *unremembered;     /* played before the library was built: its recent list gets it */
};

G_DEFINE_FINAL_TYPE (KbWindow, kb_window, ADW_TYPE_APPLICATION_WINDOW)

static void ensure_pages  (KbWindow  *self);
static void kb_window_map (GtkWidget *widget);

static void
stop_presenting (KbWindow *self)
{
  if (self->stage != NULL)
    kb_stage_stop (self->stage);
}

static void
show_library_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  KbWindow *self = KB_WINDOW (widget);
  KbSession *session = kb_play_page_get_session (self->play_page);

  stop_presenting (self);
  if (gtk_window_is_fullscreen (GTK_WINDOW (self)))
    gtk_window_unfullscreen (GTK_WINDOW (self));
  ensure_pages (self);
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
new_board_game_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  kb_window_new_board_game (KB_WINDOW (widget), NULL);
}

/* The deck being played, as cards or on the board, names the window, as a document does in
 * other apps. */
static void
update_title (KbWindow *self)
{
  const char *page = gtk_stack_get_visible_child_name (self->main_stack);
  KbSession *session = kb_play_page_get_session (self->play_page);
  KbGame *game = self->board_page != NULL ? kb_board_page_get_game (self->board_page) : NULL;
  g_autofree char *title = NULL;

  if (session != NULL && g_strcmp0 (page, "play") == 0)
    /* Translators: the window title while a deck is played: "Deck title — Kletsborden" */
    title = g_strdup_printf (_("%s — Kletsborden"),
                             kb_deck_get_title (kb_session_get_deck (session),
                                                kb_session_get_language (session)));
  else if (game != NULL && g_strcmp0 (page, "board") == 0)
    {
      KbDeck *deck = kb_game_get_deck (game);

      title = g_strdup_printf (_("%s — Kletsborden"),
                               kb_deck_get_title (deck, kb_deck_pick_language (
                                                    deck, g_get_language_names ())));
    }
  gtk_window_set_title (GTK_WINDOW (self), title != NULL ? title : _("Kletsborden"));
}

static void
page_changed (KbWindow *self)
{
  /* The library is shown again: the kept games may have moved on. */
  if (self->library_page != NULL &&
      g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "decks") == 0)
    kb_library_page_refresh (self->library_page);
  update_title (self);
}

/* The play page keeps @session on disk from now on, with @log (%NULL: a new log). */
static void
show_session (KbWindow     *self,
              KbSession    *session,
              KbSessionLog *log)
{
  kb_play_page_play (self->play_page, session, log);
  if (self->library_page != NULL)
    kb_library_page_remember_deck (self->library_page, kb_session_get_deck (session));
  else
    g_set_object (&self->unremembered, kb_session_get_deck (session));
  gtk_stack_set_visible_child_name (self->main_stack, "play");
  update_title (self);
  gtk_widget_grab_focus (GTK_WIDGET (kb_play_page_get_card_view (self->play_page)));
}

static void
board_shown (KbWindow *self)
{
  gtk_stack_set_visible_child_name (self->main_stack, "board");
  kb_stage_focus_page (self->stage);
}

static void
open_response (GtkNativeDialog *dialog,
               int              response,
               KbWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      kb_window_open_file (self, file, KB_WINDOW_PLAY_CARDS);
    }
  g_object_unref (dialog);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (_("Open a Deck"), GTK_WINDOW (widget),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  kb_deck_file_chooser_add_filters (GTK_FILE_CHOOSER (dialog));
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
  kb_window_open_file (self, files->data, KB_WINDOW_PLAY_CARDS);
  return TRUE;
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
  /* The recent decks are the library's to keep: a deck presented without the library ever
   * shown is still remembered. */
  if (KB_WINDOW (window)->unremembered != NULL)
    ensure_pages (KB_WINDOW (window));
  stop_presenting (KB_WINDOW (window));
  save_window_state (KB_WINDOW (window));
  return GTK_WINDOW_CLASS (kb_window_parent_class)->close_request (window);
}

/* The library looks for its decks once it is shown (in the main loop, after the command line
 * chose a page): "kletsborden --present DECK" starts on the play page and never waits for them. */
static void
load_library_now (KbWindow *self)
{
  if (!self->library_loaded && gtk_widget_get_child_visible (GTK_WIDGET (self->library_page)))
    {
      self->library_loaded = TRUE;
      kb_library_page_load (self->library_page, kb_board_games_get_keeper (self->games));
    }
}

static gboolean
load_library (gpointer data)
{
  KbWindow *self = data;

  self->load_library_id = 0;
  load_library_now (self);
  return G_SOURCE_REMOVE;
}

/* Shown before the idle ran: the idle goes (it would outlive a window closed meanwhile). */
static void
library_mapped (KbWindow *self)
{
  g_clear_handle_id (&self->load_library_id, g_source_remove);
  load_library_now (self);
}

static void
kb_window_dispose (GObject *object)
{
  KbWindow *self = KB_WINDOW (object);

  g_clear_handle_id (&self->load_library_id, g_source_remove);
  g_clear_object (&self->unremembered);
  g_clear_object (&self->stage);
  g_clear_object (&self->games);
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
  widget_class->map = kb_window_map;
  window_class->close_request = kb_window_close_request;

  g_type_ensure (KB_TYPE_PLAY_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/kb-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KbWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, KbWindow, play_page);

  /* The actions of presenting are the stage's (kb-stage.c), in the window's action map. */
  gtk_widget_class_install_action (widget_class, "win.show-library", NULL, show_library_action);
  gtk_widget_class_install_action (widget_class, "win.fullscreen", NULL, fullscreen_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.new-board-game", NULL,
                                   new_board_game_action);
  kb_shortcuts_bind (widget_class, KB_SHORTCUTS_GENERAL);
}

static void
kb_window_init (KbWindow *self)
{
  int width, height;
  GtkDropTarget *drop;

  gtk_widget_init_template (GTK_WIDGET (self));
  kb_shortcuts_add_window_action (GTK_APPLICATION_WINDOW (self));

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (file_dropped), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
  g_signal_connect_swapped (self->main_stack, "notify::visible-child-name",
                            G_CALLBACK (page_changed), self);

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  self->settings = g_settings_new (SCHEMA_ID);
  g_settings_get (self->settings, "window-size", "(ii)", &width, &height);
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  self->stage = kb_stage_new (GTK_APPLICATION_WINDOW (self), self->main_stack, self->play_page);
}

/* The library, new-game and board pages, and the board games that join them, built together
 * the first time one of them is needed (they need each other: the library resumes kept games,
 * the new-game page chooses among its decks). The stack is not animated when it is not mapped,
 * so a page chosen before the window shows is the first thing drawn. */
static void
ensure_pages (KbWindow *self)
{
  if (self->library_page != NULL)
    return;
  self->library_page = kb_library_page_new ();
  self->new_game_page = kb_new_game_page_new ();
  self->board_page = kb_board_page_new ();
  gtk_stack_add_named (self->main_stack, GTK_WIDGET (self->library_page), "decks");
  gtk_stack_add_named (self->main_stack, GTK_WIDGET (self->new_game_page), "new-game");
  gtk_stack_add_named (self->main_stack, GTK_WIDGET (self->board_page), "board");
  g_signal_connect_swapped (self->library_page, "play-deck", G_CALLBACK (kb_window_play_deck),
                            self);
  g_signal_connect_swapped (self->library_page, "resume-session", G_CALLBACK (show_session),
                            self);

  self->games = kb_board_games_new (self->library_page, self->new_game_page, self->board_page);
  g_signal_connect_object (self->games, "board-shown", G_CALLBACK (board_shown), self,
                           G_CONNECT_SWAPPED);
  kb_stage_set_board_pages (self->stage, self->new_game_page, self->board_page);
  if (self->unremembered != NULL)
    kb_library_page_remember_deck (self->library_page, self->unremembered);
  g_clear_object (&self->unremembered);
  /* Nothing played yet: the library is the window's page, as it was before a deck chose. */
  if (kb_play_page_get_session (self->play_page) == NULL)
    gtk_stack_set_visible_child_name (self->main_stack, "decks");
  self->load_library_id = g_idle_add (load_library, self);
  g_signal_connect_swapped (self->library_page, "map", G_CALLBACK (library_mapped), self);
}

/* A window shown with no deck chosen (a plain start) opens on the library. */
static void
kb_window_map (GtkWidget *widget)
{
  KbWindow *self = KB_WINDOW (widget);

  if (kb_play_page_get_session (self->play_page) == NULL)
    ensure_pages (self);
  GTK_WIDGET_CLASS (kb_window_parent_class)->map (widget);
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
  ensure_pages (self);
  return self->library_page;
}

KbPlayPage *
kb_window_get_play_page (KbWindow *self)
{
  g_return_val_if_fail (KB_IS_WINDOW (self), NULL);
  return self->play_page;
}

KbBoardPage *
kb_window_get_board_page (KbWindow *self)
{
  g_return_val_if_fail (KB_IS_WINDOW (self), NULL);
  ensure_pages (self);
  return self->board_page;
}

KbNewGamePage *
kb_window_get_new_game_page (KbWindow *self)
{
  g_return_val_if_fail (KB_IS_WINDOW (self), NULL);
  ensure_pages (self);
  return self->new_game_page;
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
  show_session (self, session, NULL);
}

/**
 * kb_window_open_file:
 * @play: as cards (a double click, a drop, the file chooser) or on its board
 *   ("kletsborden --board deck.json": the new-game page)
 *
 * Opens a deck file from outside. A deck that cannot be read, or has no board to play on,
 * shows its problems in a dialog; the window stays as it was.
 *
 * Returns: %TRUE when the deck opened
 */
gboolean
kb_window_open_file (KbWindow     *self,
                     GFile        *file,
                     KbWindowPlay  play)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDeck) deck = NULL;
  g_autofree char *name = NULL;
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  g_return_val_if_fail (KB_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  /* The library's own deck when it has read this file already: one parse, one deck. */
  deck = play == KB_WINDOW_PLAY_BOARD ? kb_board_games_load_deck (file, &error)
                                      : kb_deck_entry_open (file, &error);
  if (deck != NULL && play == KB_WINDOW_PLAY_BOARD)
    kb_window_new_board_game (self, deck);
  else if (deck != NULL)
    kb_window_play_deck (self, deck);
  if (deck != NULL)
    return TRUE;

  name = g_file_get_basename (file);
  heading = play == KB_WINDOW_PLAY_BOARD
            ? g_strdup_printf (_("“%s” Cannot Be Played as a Board Game"), name)
            : g_strdup_printf (_("“%s” Could Not Be Opened"), name);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
  return FALSE;
}

/**
 * kb_window_new_board_game:
 * @deck: (nullable): the deck to play on; %NULL for the one played last or the built-in board
 *
 * Shows the new-game page with the remembered players; Return starts the game.
 */
void
kb_window_new_board_game (KbWindow *self,
                          KbDeck   *deck)
{
  g_return_if_fail (KB_IS_WINDOW (self));
  g_return_if_fail (deck == NULL || KB_IS_DECK (deck));

  stop_presenting (self);
  ensure_pages (self);
  kb_board_games_set_up (self->games, deck);
  gtk_stack_set_visible_child_name (self->main_stack, "new-game");
  kb_new_game_page_focus (self->new_game_page);
}

/* Presents the deck being played ("kletsborden --present deck.json"): the presenter waits
 * until the compositor has placed this window, so that the room goes to another screen. */
void
kb_window_present_deck_soon (KbWindow *self)
{
  g_return_if_fail (KB_IS_WINDOW (self));
  gtk_widget_realize (GTK_WIDGET (self));
  kb_stage_toggle (self->stage);
}

/* Returns: (nullable): the window the room sees while presenting cards on a second screen. */
GtkWindow *
kb_window_get_audience_window (KbWindow *self)
{
  g_return_val_if_fail (KB_IS_WINDOW (self), NULL);
  return self->stage != NULL ? kb_stage_get_room_window (self->stage,
                                                         GTK_WIDGET (self->play_page))
                             : NULL;
}

/* Returns: (nullable): the window that shows the board to the room while presenting. */
GtkWindow *
kb_window_get_board_audience (KbWindow *self)
{
  g_return_val_if_fail (KB_IS_WINDOW (self), NULL);
  return self->stage != NULL && self->board_page != NULL
         ? kb_stage_get_room_window (self->stage, GTK_WIDGET (self->board_page))
         : NULL;
}

KbPresenter *
kb_window_get_presenter (KbWindow *self)
{
  g_return_val_if_fail (KB_IS_WINDOW (self), NULL);
  return self->stage != NULL ? kb_stage_get_presenter (self->stage) : NULL;
}
