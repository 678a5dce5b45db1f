/* The turn timer on the board: T starts and pauses the time for the player whose turn it is,
 * Shift+T sets it back. Each new turn starts from the full time (the minutes per turn of the
 * play page's timer), and the ring stays beside the player's name once the leader has used it,
 * calm as on a deck: no alarm, a soft glow when the time is up. */
#define G_LOG_DOMAIN "kletsborden-board-page"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-board-page-private.h"
#include "kb-timer-ring.h"

#define TURN_RING_SIZE 96

static void
update_ring (KbBoardPage *self)
{
  gboolean started = kb_timer_is_running (self->turn_timer) ||
                     kb_timer_is_finished (self->turn_timer) ||
                     kb_timer_get_remaining (self->turn_timer) <
                     kb_timer_get_duration (self->turn_timer);

  self->turn_timer_used |= started;
  /* The room's window shows the leader's timer only when the room is to see the timer. */
  gtk_widget_set_visible (self->turn_ring, self->turn_timer_used && self->game != NULL &&
                          _kb_board_page_in_play (self) &&
                          (!self->timer_shared ||
                           g_settings_get_boolean (self->settings, "timer-public")));
}

static void
timer_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  kb_timer_toggle (KB_BOARD_PAGE (widget)->turn_timer);
}

static void
timer_reset_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  kb_timer_reset (KB_BOARD_PAGE (widget)->turn_timer);
}

/* The same minutes per turn as the play page's timer: one setting for the leader. */
static void
duration_changed (KbBoardPage *self)
{
  guint seconds = g_settings_get_uint (self->settings, "timer-seconds");

  kb_timer_set_duration (self->turn_timer, (gint64) MAX (seconds, 1u) * G_USEC_PER_SEC);
}

void
_kb_board_timer_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "board.timer", NULL, timer_action);
  /* The keys (T, Shift+T) are in kb-shortcuts.c's table. */
  gtk_widget_class_install_action (widget_class, "board.timer-reset", NULL, timer_reset_action);
}

/* The ring beside the player's name, for the page's timer. */
static void
show_ring (KbBoardPage *self)
{
  if (self->turn_ring != NULL)
    gtk_box_remove (self->turn_box, self->turn_ring);
  self->turn_ring = GTK_WIDGET (kb_timer_ring_new (self->turn_timer));
  gtk_widget_set_size_request (self->turn_ring, TURN_RING_SIZE, TURN_RING_SIZE);
  gtk_widget_set_valign (self->turn_ring, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (self->turn_ring, _("Time for This Turn (T)"));
  gtk_widget_add_css_class (self->turn_ring, "board-turn-ring");
  gtk_widget_set_visible (self->turn_ring, FALSE);
  gtk_box_append (self->turn_box, self->turn_ring);
  g_signal_connect_swapped (self->turn_timer, "notify", G_CALLBACK (update_ring), self);
  g_signal_connect_swapped (self->turn_timer, "finished", G_CALLBACK (update_ring), self);
  g_signal_connect_swapped (self->turn_timer, "reset", G_CALLBACK (update_ring), self);
}

/* After the page's settings exist (kb-board-read-aloud.c makes them). */
void
_kb_board_timer_init (KbBoardPage *self)
{
  self->turn_timer = kb_timer_new ();
  duration_changed (self);
  g_signal_connect_swapped (self->settings, "changed::timer-seconds",
                            G_CALLBACK (duration_changed), self);
  g_signal_connect_swapped (self->settings, "changed::timer-public", G_CALLBACK (update_ring),
                            self);
  show_ring (self);
  self->timer_player = G_MAXUINT;
}

/**
 * kb_board_page_share_timer:
 * @timer: the game leader's turn timer
 *
 * For the room's copy of the board on the other screen: it shows the leader's turn timer (when
 * the room is to see the timer, the setting of the card timer), which the leader's page starts,
 * pauses and sets back at each turn.
 */
void
kb_board_page_share_timer (KbBoardPage *self,
                           KbTimer     *timer)
{
  g_return_if_fail (KB_IS_BOARD_PAGE (self));
  g_return_if_fail (KB_IS_TIMER (timer));

  g_signal_handlers_disconnect_by_data (self->turn_timer, self);
  g_set_object (&self->turn_timer, timer);
  self->timer_shared = TRUE;
  show_ring (self);
  update_ring (self);
}

/* On every change of the page: a new turn (or another game) starts from the full time. */
void
_kb_board_timer_update (KbBoardPage *self)
{
  guint player = kb_game_get_current_player (self->game);

  if (self->timer_shared)
    ;   /* the leader's page sets the time back */
  else if (self->timer_game != self->game)
    {
      self->timer_game = self->game;
      self->turn_timer_used = FALSE;
      kb_timer_reset (self->turn_timer);
    }
  else if (player != self->timer_player)
    kb_timer_reset (self->turn_timer);
  self->timer_player = player;
  update_ring (self);
}

void
_kb_board_timer_dispose (KbBoardPage *self)
{
  if (self->turn_timer != NULL)
    g_signal_handlers_disconnect_by_data (self->turn_timer, self);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->turn_timer);
}

KbTimer *
kb_board_page_get_turn_timer (KbBoardPage *self)
{
  g_return_val_if_fail (KB_IS_BOARD_PAGE (self), NULL);
  return self->turn_timer;
}
