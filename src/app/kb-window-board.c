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
  gtk_widget_grab_focus (GTK_WIDGET (kb_board_page_get_board_view (self->board_page)));
}

/* The library is shown again: the kept games may have moved on. */
void
_kb_window_offer_kept_game (KbWindow *self)
{
  kb_library_page_refresh (self->library_page);
}

static void
stop_presenting (KbWindow *self)
{
  GtkWindow *audience = g_steal_pointer (&self->board_audience);

  if (self->board_monitors_handler != 0)
    {
      g_signal_handler_disconnect (gdk_display_get_monitors (
                                     gtk_widget_get_display (GTK_WIDGET (self))),
                                   self->board_monitors_handler);
      self->board_monitors_handler = 0;
    }
  if (audience != NULL)
    {
      g_signal_handlers_disconnect_by_data (audience, self);
      gtk_window_destroy (audience);
    }
}

static void
audience_destroyed (KbWindow *self)
{
  self->board_audience = NULL;
  stop_presenting (self);
}

/* Returns: (transfer full) (nullable): a screen for the room other than the one this window
 *   is on: the one the audience had last time, else the last one (a projector is most often
 *   plugged in after the laptop's own screen). */
static GdkMonitor *
audience_monitor (KbWindow *self)
{
  GListModel *monitors = gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (self)));
  g_autofree char *remembered = g_settings_get_string (self->settings, "presentation-monitor");
  GdkMonitor *mine = self->main_monitor != NULL && gdk_monitor_is_valid (self->main_monitor)
                     ? self->main_monitor : NULL;
  GdkMonitor *found = NULL;
  guint n = g_list_model_get_n_items (monitors);

  for (guint i = 0; i < n && found == NULL && n > 1; i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);
      if (monitor != mine && g_strcmp0 (gdk_monitor_get_connector (monitor), remembered) == 0)
        found = g_object_ref (monitor);
    }
  for (guint i = n; i > 0 && found == NULL && n > 1; i--)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i - 1);
      if (monitor != mine)
        found = g_object_ref (monitor);
    }
  return found;
}

static void
monitors_changed (GListModel *monitors,
                  guint       position,
                  guint       removed,
                  guint       added,
                  KbWindow   *self)
{
  if (g_list_model_get_n_items (monitors) < 2)
    {
      g_message ("The projector went away: the board game goes on in the main window");
      stop_presenting (self);
    }
}

/* F5 on the board: the room sees the board fullscreen on the second screen, the game leader
 * keeps the buttons and the menu here. With one screen, the board goes fullscreen here. */
static void
present_board_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  KbWindow *self = KB_WINDOW (widget);
  KbGame *game = kb_board_page_get_game (self->board_page);
  g_autoptr(GdkMonitor) monitor = NULL;
  KbBoardPage *copy;

  if (self->board_audience != NULL)
    {
      stop_presenting (self);
      return;
    }
  if (game == NULL)
    return;
  monitor = audience_monitor (self);
  if (monitor == NULL)
    {
      if (gtk_window_is_fullscreen (GTK_WINDOW (self)))
        gtk_window_unfullscreen (GTK_WINDOW (self));
      else
        gtk_window_fullscreen (GTK_WINDOW (self));
      return;
    }

  copy = kb_board_page_new ();
  kb_board_page_set_audience (copy, TRUE);
  kb_board_page_set_game (copy, game);
  g_object_bind_property (self->board_page, "calm", copy, "calm",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_object_bind_property (self->board_page, "high-contrast", copy, "high-contrast",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  self->board_audience = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_title (self->board_audience, _("Kletsborden — Board for the Room"));
  gtk_window_set_decorated (self->board_audience, FALSE);
  gtk_window_set_application (self->board_audience,
                              gtk_window_get_application (GTK_WINDOW (self)));
  gtk_window_set_child (self->board_audience, GTK_WIDGET (copy));
  g_signal_connect_object (self->board_audience, "destroy", G_CALLBACK (audience_destroyed), self,
                           G_CONNECT_SWAPPED);
  self->board_monitors_handler =
    g_signal_connect_object (gdk_display_get_monitors (gtk_widget_get_display (widget)),
                             "items-changed", G_CALLBACK (monitors_changed), self, 0);
  gtk_window_fullscreen_on_monitor (self->board_audience, monitor);
  gtk_window_present (self->board_audience);
  if (gdk_monitor_get_connector (monitor) != NULL)
    g_settings_set_string (self->settings, "presentation-monitor",
                           gdk_monitor_get_connector (monitor));
  gtk_window_present (GTK_WINDOW (self));
}

static void
page_changed (KbWindow *self)
{
  const char *page = gtk_stack_get_visible_child_name (self->main_stack);

  if (g_strcmp0 (page, "decks") == 0)
    _kb_window_offer_kept_game (self);
  if (g_strcmp0 (page, "board") != 0)
    stop_presenting (self);
  else if (kb_board_page_get_game (self->board_page) != NULL)
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
  stop_presenting (self);
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

/* Returns: (nullable): the window that shows the board to the room while presenting. */
GtkWindow *
kb_window_get_board_audience (KbWindow *self)
{
  g_return_val_if_fail (KB_IS_WINDOW (self), NULL);
  return self->board_audience;
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
