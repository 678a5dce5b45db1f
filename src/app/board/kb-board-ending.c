/* How a game ends, besides End the Game. "End after this round": the game leader says so once,
 * and when the turn comes back to the player who began, the game ends with the same thank-you
 * screen as End the Game. Until then the header says this is the last round, for the room. The
 * wish lives on the page, not in the kept game: after a crash the leader says it again.
 * "End when the cards run out" is a rule of the game (kb_game_set_end_when_cards_run_out()),
 * which ends it by itself; the header counts the cards left down. */
#define G_LOG_DOMAIN "kletsborden-board-page"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-board-page-private.h"

static void
end_after_round_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  KbBoardPage *self = KB_BOARD_PAGE (widget);

  if (self->game == NULL || !_kb_board_page_in_play (self))
    return;
  self->ending_game = self->game;
  self->end_after_round = kb_game_get_round (self->game);
  _kb_board_page_update (self);
}

void
_kb_board_ending_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "board.end-after-round", NULL,
                                   end_after_round_action);
}

static void
show_cards_left (KbBoardPage *self)
{
  guint round = kb_game_get_round (self->game);
  guint left = kb_game_get_cards_left (self->game);
  g_autofree char *subtitle = NULL;

  if (!kb_game_get_end_when_cards_run_out (self->game) || !_kb_board_page_in_play (self))
    return;
  if (left > 0)
    /* Translators: the header of a board game that ends when the cards run out */
    subtitle = g_strdup_printf (ngettext ("Round %u, %u card left", "Round %u, %u cards left",
                                          left), round, left);
  else
    /* Translators: the header of a board game that ends when the cards run out, once the last
     * card has been drawn */
    subtitle = g_strdup_printf (_("Round %u, the last turn"), round);
  adw_window_title_set_subtitle (self->window_title, subtitle);
}

/* On every change of the page: the round said is over, so the game ends. */
void
_kb_board_ending_update (KbBoardPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *last = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.end-after-round",
                                 _kb_board_page_in_play (self));
  show_cards_left (self);
  if (self->ending_game != self->game || self->end_after_round == 0)
    return;
  if (kb_game_get_phase (self->game) == KB_GAME_PHASE_FINISHED)
    {
      /* Ended another way, or by us: an undo of the end plays on without the wish. */
      self->end_after_round = 0;
      return;
    }
  if (kb_game_get_round (self->game) > self->end_after_round)
    {
      self->end_after_round = 0;
      if (!kb_game_end (self->game, &error))
        _kb_board_page_report (self, error);
      return;
    }
  /* Translators: the header of the board game when the leader chose to end after this round */
  last = g_strdup_printf (_("Round %u, the last"), self->end_after_round);
  adw_window_title_set_subtitle (self->window_title, last);
}
