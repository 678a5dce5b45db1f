/* The board game in the main window: its pages (KbBoardGames joins them), opening a deck as a
 * board game, and the board on the projector. */
#define G_LOG_DOMAIN "kletsborden-window-board"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-window-private.h"

static void
board_shown (KbWindow *self)
{
  gtk_stack_set_visible_child_name (self->main_stack, "board");
  _kb_window_focus_page (self);
}

/* The library is shown again: the kept games may have moved on. */
void
_kb_window_offer_kept_game (KbWindow *self)
{
  kb_library_page_refresh (self->library_page);
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
  gtk_widget_class_install_action (widget_class, "win.new-board-game", NULL,
                                   new_board_game_action);
  gtk_widget_class_install_action (widget_class, "win.present-board", NULL,
                                   present_board_action);
}

void
_kb_window_board_init (KbWindow *self)
{
  self->games = kb_board_games_new (self->library_page, self->new_game_page, self->board_page);
  g_signal_connect_object (self->games, "board-shown", G_CALLBACK (board_shown), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_swapped (self->main_stack, "notify::visible-child-name",
                            G_CALLBACK (page_changed), self);
  g_signal_connect_swapped (self, "notify::fullscreened", G_CALLBACK (page_changed), self);
}

void
_kb_window_board_dispose (KbWindow *self)
{
  g_clear_object (&self->games);
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
  kb_new_game_page_set_decks (self->new_game_page,
                              kb_library_page_get_decks (self->library_page));
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
