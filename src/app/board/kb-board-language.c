/* L on the board, as on a deck: the cards (and the board's squares) in the deck's next language.
 * The game keeps the choice, so the room's copy of the board follows. */
#define G_LOG_DOMAIN "kletsborden-board-page"

#include "config.h"

#include "kb-board-page-private.h"

static void
language_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  KbBoardPage *self = KB_BOARD_PAGE (widget);

  if (self->game != NULL)
    kb_game_cycle_card_language (self->game);
}

void
_kb_board_language_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "board.language", NULL, language_action);
  /* L: kb-shortcuts.c */
}
