/* The board game in the main window: the new-game page, the board page, and the game kept on
 * disk after every move, which the library offers to continue after a closed window or a
 * crash. */
#define G_LOG_DOMAIN "kletsborden-window-board"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-window-private.h"

static void
show_board (KbWindow   *self,
            KbGame     *game,
            const char *notice)
{
  kb_board_page_set_game (self->board_page, game);
  if (notice != NULL)
    kb_board_page_set_notice (self->board_page, notice);
  _kb_window_remember_deck (self, kb_game_get_deck (game));
  gtk_stack_set_visible_child_name (self->main_stack, "board");
  _kb_window_focus_page (self);
}

static void
save_failed (KbGame     *game,
             const char *message,
             KbWindow   *self)
{
  g_message ("The board game could not be kept: %s", message);
  if (game == kb_board_page_get_game (self->board_page))
    kb_board_page_set_warning (self->board_page, message);
}

static void
start_game (KbNewGamePage *page,
            KbGame        *game,
            const char    *notice,
            KbWindow      *self)
{
  g_autoptr(GFile) file = kb_game_autosave_file_for_deck (kb_game_get_deck (game));

  /* From here every move is on disk before the next key is read. */
  g_signal_connect_object (game, "save-failed", G_CALLBACK (save_failed), self, 0);
  kb_game_set_autosave_file (game, file);
  show_board (self, game, notice);
}

static char *
players_list (KbGame *game)
{
  g_autoptr(GString) names = g_string_new (NULL);
  guint n = kb_game_get_n_players (game);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (names, i + 1 == n ? _(" and ") : ", ");
      g_string_append (names, kb_game_get_player_name (game, i));
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

static void
offer_game (KbWindow *self,
            KbGame   *game)
{
  g_autofree char *text = NULL;

  if (game != NULL && kb_game_get_phase (game) != KB_GAME_PHASE_FINISHED &&
      kb_game_get_phase (game) != KB_GAME_PHASE_SETUP)
    {
      KbDeck *deck = kb_game_get_deck (game);
      g_autofree char *names = players_list (game);

      /* Translators: the deck's title, the round, then the players' names */
      text = g_strdup_printf (_("Continue the board game “%s”, round %u, with %s"),
                              kb_deck_get_title (deck, kb_deck_pick_language (
                                                   deck, g_get_language_names ())),
                              kb_game_get_rounds_played (game) + 1, names);
      gtk_label_set_label (self->board_resume_label, text);
    }
  if (text == NULL)
    game = NULL;
  g_set_object (&self->board_resumable, game);
  gtk_revealer_set_reveal_child (self->board_resume_revealer, text != NULL);
  /* A crossfading revealer keeps its child's height even when hidden. */
  gtk_widget_set_visible (GTK_WIDGET (self->board_resume_revealer), text != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.resume-board", text != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.forget-board", text != NULL);
}

/* The most recently saved game on disk, loaded with its own deck. */
static KbGame *
load_kept_game (void)
{
  g_autoptr(GFile) dir = kb_game_get_autosave_dir ();
  g_autoptr(GFileEnumerator) children = NULL;
  g_autoptr(GFile) newest = NULL;
  g_autoptr(GError) error = NULL;
  guint64 newest_time = 0;
  GFileInfo *info;
  GFile *child;
  KbGame *game;

  children = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                        G_FILE_ATTRIBUTE_TIME_MODIFIED,
                                        G_FILE_QUERY_INFO_NONE, NULL, NULL);
  while (children != NULL &&
         g_file_enumerator_iterate (children, &info, &child, NULL, NULL) && info != NULL)
    {
      guint64 time = g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED);

      if (g_str_has_suffix (g_file_info_get_name (info), ".json") &&
          (newest == NULL || time > newest_time))
        {
          g_set_object (&newest, child);
          newest_time = time;
        }
    }
  if (newest == NULL)
    return NULL;
  game = kb_game_load (newest, NULL, &error);
  if (game == NULL)
    {
      g_message ("No board game to continue: %s", error->message);
      return NULL;
    }
  kb_game_set_autosave_file (game, newest);
  return game;
}

/* Offers the game on the board page, else the one kept on disk. */
void
_kb_window_offer_kept_game (KbWindow *self)
{
  KbGame *current = kb_board_page_get_game (self->board_page);
  g_autoptr(KbGame) kept = NULL;

  if (current != NULL && kb_game_get_phase (current) != KB_GAME_PHASE_FINISHED)
    offer_game (self, current);
  else if (current == NULL)
    {
      kept = load_kept_game ();
      if (kept != NULL)
        g_signal_connect_object (kept, "save-failed", G_CALLBACK (save_failed), self, 0);
      offer_game (self, kept);
    }
  else
    offer_game (self, NULL);
}

/* F5 on the board: the room sees the board fullscreen on the second screen, the game leader
 * keeps the buttons and the menu here. With one screen, the board goes fullscreen here. The
 * window's presenter does it, as for the cards. */
static void
present_board_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  _kb_window_present_toggle (KB_WINDOW (widget));
}

static void
page_changed (KbWindow *self)
{
  const char *page = gtk_stack_get_visible_child_name (self->main_stack);

  if (g_strcmp0 (page, "decks") == 0)
    _kb_window_offer_kept_game (self);
  if (g_strcmp0 (page, "board") == 0 && kb_board_page_get_game (self->board_page) != NULL)
    {
      KbDeck *deck = kb_game_get_deck (kb_board_page_get_game (self->board_page));
      g_autofree char *title = NULL;

      /* As the play page does: the deck being played names the window. */
      title = g_strdup_printf (_("%s — Kletsborden"),
                               kb_deck_get_title (deck, kb_deck_pick_language (
                                                    deck, g_get_language_names ())));
      gtk_window_set_title (GTK_WINDOW (self), title);
    }
  kb_board_page_set_presenting (self->board_page,
                                gtk_window_is_fullscreen (GTK_WINDOW (self)) &&
                                g_strcmp0 (page, "board") == 0);
}

static void
resume_board_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  KbWindow *self = KB_WINDOW (widget);

  if (self->board_resumable != NULL)
    {
      g_autoptr(KbGame) game = g_object_ref (self->board_resumable);
      show_board (self, game, NULL);
    }
}

static void
forget_board_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  KbWindow *self = KB_WINDOW (widget);
  GFile *file = self->board_resumable != NULL
                ? kb_game_get_autosave_file (self->board_resumable) : NULL;
  g_autoptr(GError) error = NULL;

  if (file != NULL)
    {
      g_autoptr(GFile) kept = g_object_ref (file);

      kb_game_set_autosave_file (self->board_resumable, NULL);
      if (!g_file_delete (kept, NULL, &error) &&
          !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_message ("Could not forget the board game: %s", error->message);
    }
  /* A forgotten game that is still open is over, so that it is not offered again. */
  if (self->board_resumable != NULL &&
      self->board_resumable == kb_board_page_get_game (self->board_page))
    kb_game_end (self->board_resumable, NULL);
  offer_game (self, NULL);
}

static void
new_board_game_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  kb_window_new_board_game (KB_WINDOW (widget), NULL);
}

void
_kb_window_board_class_init (GtkWidgetClass *widget_class)
{
  g_type_ensure (KB_TYPE_BOARD_PAGE);
  g_type_ensure (KB_TYPE_NEW_GAME_PAGE);
  gtk_widget_class_bind_template_child (widget_class, KbWindow, board_page);
  gtk_widget_class_bind_template_child (widget_class, KbWindow, new_game_page);
  gtk_widget_class_bind_template_child (widget_class, KbWindow, board_resume_revealer);
  gtk_widget_class_bind_template_child (widget_class, KbWindow, board_resume_label);
  gtk_widget_class_install_action (widget_class, "win.new-board-game", NULL,
                                   new_board_game_action);
  gtk_widget_class_install_action (widget_class, "win.resume-board", NULL, resume_board_action);
  gtk_widget_class_install_action (widget_class, "win.forget-board", NULL, forget_board_action);
  gtk_widget_class_install_action (widget_class, "win.present-board", NULL,
                                   present_board_action);
}

void
_kb_window_board_init (KbWindow *self)
{
  g_signal_connect (self->new_game_page, "start-game", G_CALLBACK (start_game), self);
  g_signal_connect_swapped (self->main_stack, "notify::visible-child-name",
                            G_CALLBACK (page_changed), self);
  g_signal_connect_swapped (self, "notify::fullscreened", G_CALLBACK (page_changed), self);
  _kb_window_offer_kept_game (self);
}

void
_kb_window_board_dispose (KbWindow *self)
{
  g_clear_object (&self->board_resumable);
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

  _kb_window_present_stop (self);
  kb_new_game_page_set_decks (self->new_game_page, kb_window_get_decks (self));
  if (deck != NULL)
    kb_new_game_page_select_deck (self->new_game_page, deck);
  gtk_stack_set_visible_child_name (self->main_stack, "new-game");
  kb_new_game_page_focus (self->new_game_page);
}

KbBoardPage *
kb_window_get_board_page (KbWindow *self)
{
  g_return_val_if_fail (KB_IS_WINDOW (self), NULL);
  return self->board_page;
}

KbNewGamePage *
kb_window_get_new_game_page (KbWindow *self)
{
  g_return_val_if_fail (KB_IS_WINDOW (self), NULL);
  return self->new_game_page;
}

/* Returns: (nullable): the board game the library offers to continue. */
KbGame *
kb_window_get_resumable_game (KbWindow *self)
{
  g_return_val_if_fail (KB_IS_WINDOW (self), NULL);
  return gtk_revealer_get_reveal_child (self->board_resume_revealer)
         ? self->board_resumable : NULL;
}

/**
 * kb_window_open_board_file:
 *
 * Opens the new-game page for the deck in @file ("kletsborden --board deck.json"). A deck that
 * cannot be read, or has no board, says so in a dialog.
 *
 * Returns: %TRUE when the deck opened
 */
gboolean
kb_window_open_board_file (KbWindow *self,
                           GFile    *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDeck) deck = NULL;
  g_autofree char *name = NULL;
  GtkWidget *dialog;

  g_return_val_if_fail (KB_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  deck = kb_deck_new_from_file (file, &error);
  if (deck != NULL && kb_deck_get_board (deck) != NULL)
    {
      kb_window_new_board_game (self, deck);
      return TRUE;
    }

  name = g_file_get_basename (file);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), NULL,
                                   error != NULL ? error->message
                                                 : _("This deck has no board. Add a “board” "
                                                     "with squares to the deck to play it as a "
                                                     "board game."));
  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog),
                                     _("“%s” Cannot Be Played as a Board Game"), name);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
  return FALSE;
}
