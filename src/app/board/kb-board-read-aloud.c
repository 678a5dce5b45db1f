/* Read-aloud on the board: R reads the card that came up (while the die is to be rolled, R
 * still rolls: board.roll comes first and is only enabled then); with the `read-aloud` setting
 * the board says whose turn it is, what the die shows, and reads each new card. The room's copy
 * on the projector never speaks: one voice for one game. */
#define G_LOG_DOMAIN "kletsborden-board-page"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-board-page-private.h"

static const char *
language (KbBoardPage *self)
{
  return kb_game_get_card_language (self->game);
}

static void
read_aloud_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  KbBoardPage *self = KB_BOARD_PAGE (widget);

  if (self->game == NULL)
    return;
  /* The pawn still walking: the card is already the game's; show it and read it. */
  kb_board_view_finish_animation (self->board_view);
  kb_read_aloud_read_card (self->read_aloud, kb_game_get_deck (self->game),
                           kb_game_get_card (self->game), language (self));
}

void
_kb_board_read_aloud_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, KbBoardPage, speech_message);
  gtk_widget_class_bind_template_child (widget_class, KbBoardPage, read_button);
  gtk_widget_class_install_action (widget_class, "board.read-aloud", NULL, read_aloud_action);
}

void
_kb_board_read_aloud_init (KbBoardPage *self)
{
  self->read_aloud = kb_read_aloud_new (self->speech_message);
  /* H is remembered, and the preferences window's switch is the same setting. */
  self->settings = g_settings_new (SCHEMA_ID);
  g_settings_bind (self->settings, "high-contrast", self, "high-contrast",
                   G_SETTINGS_BIND_DEFAULT);
}

/* What the die showed in the move that led here, or %NULL. */
static char *
die_words (KbBoardPage *self)
{
  guint n = kb_game_get_n_moves (self->game);
  const KbGameMove *move = n > 0 ? kb_game_get_move (self->game, n - 1) : NULL;

  if (move == NULL || (move->kind != KB_GAME_MOVE_ROLL && move->kind != KB_GAME_MOVE_THROW))
    return NULL;
  return g_strdup_printf (_("You threw %u."), move->value);
}

static void
speak_new_state (KbBoardPage *self)
{
  KbGamePhase phase = kb_game_get_phase (self->game);
  g_autofree char *die = die_words (self);
  g_autofree char *text = NULL;

  switch (phase)
    {
    case KB_GAME_PHASE_CARD:
      kb_read_aloud_card_changed (self->read_aloud, kb_game_get_deck (self->game),
                                  kb_game_get_card (self->game), language (self), die);
      return;
    case KB_GAME_PHASE_ROLL:
      text = g_strdup_printf ("%s. %s", gtk_label_get_label (self->turn_label),
                              gtk_label_get_label (self->status_label));
      break;
    case KB_GAME_PHASE_SETUP:
      break;
    default:
      /* A special square: what the panel asks for, after the die. */
      text = die != NULL && phase != KB_GAME_PHASE_FINISHED
             ? g_strdup_printf ("%s %s", die, gtk_label_get_label (self->status_label))
             : g_strdup (gtk_label_get_label (self->status_label));
      break;
    }
  kb_read_aloud_stop (self->read_aloud);
  kb_read_aloud_announce (self->read_aloud, text, language (self));
}

/* After every update of the page: a new move stops the voice; once the board has settled, the
 * new state is spoken. */
void
_kb_board_read_aloud_update (KbBoardPage *self)
{
  guint n_moves = kb_game_get_n_moves (self->game);
  gboolean moving = kb_board_view_is_animating (self->board_view);
  gboolean card_up = kb_game_get_phase (self->game) == KB_GAME_PHASE_CARD &&
                     kb_game_get_card (self->game) != NULL;

  g_autofree char *name = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "board.read-aloud", card_up);
  /* The board has the focus while playing: a screen reader says its new name, so whose turn it
   * is and what the die showed reach it (GTK 4.8 has no announcements). */
  name = g_strdup_printf ("%s. %s %s", _("Board"),
                          _kb_board_page_in_play (self) ? gtk_label_get_label (self->turn_label)
                                                        : "",
                          gtk_label_get_label (self->status_label));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->board_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_widget_set_visible (GTK_WIDGET (self->read_button), card_up && !moving && !self->audience);
  if (self->audience || (self->game == self->spoken_game && n_moves == self->spoken_moves))
    return;
  if (moving)
    {
      kb_read_aloud_stop (self->read_aloud);
      return;
    }
  self->spoken_game = self->game;
  self->spoken_moves = n_moves;
  speak_new_state (self);
}
