/* The speaking timer on the play page: T starts and pauses it, the duration per turn is
 * remembered, and the room sees the ring only when the facilitator wants it to. */
#define G_LOG_DOMAIN "kletsborden-play-timer"

#include "config.h"

#include "kb-play-page-private.h"

static void
minutes_changed (GtkSpinButton *spin,
                 KbPlayPage    *self)
{
  double minutes = gtk_spin_button_get_value (spin);

  kb_timer_set_duration (self->timer, (gint64) (minutes * 60 * G_USEC_PER_SEC));
  g_settings_set_uint (self->settings, "timer-seconds", (guint) (minutes * 60));
}

static gboolean
timer_in_use (KbPlayPage *self)
{
  return kb_timer_is_running (self->timer) || kb_timer_is_finished (self->timer) ||
         kb_timer_get_remaining (self->timer) < kb_timer_get_duration (self->timer);
}

/* Once the timer is in use, the room may see it: on the card, large (kb-play-room.c shows the
 * same on the projector). */
gboolean
kb_play_page_get_timer_shown_to_room (KbPlayPage *self)
{
  return timer_in_use (self) && self->timer_public;
}

/* The card's own ring, large enough to read from the back of the room: in a window (which a
 * projector may mirror) and fullscreen when the room may see it, and always on the
 * facilitator's view beside an audience window, where the button's small ring is too small to
 * read at a glance. */
void
_kb_play_timer_update_visibility (KbPlayPage *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->card_timer_ring),
                          timer_in_use (self) && (self->timer_public || self->presenter));
}

/* The preferences window may change the length while a session is open: it applies at once. */
static void
seconds_changed (GSettings  *settings,
                 const char *key,
                 KbPlayPage *self)
{
  guint seconds = g_settings_get_uint (settings, "timer-seconds");

  kb_timer_set_duration (self->timer, (gint64) seconds * G_USEC_PER_SEC);
  gtk_spin_button_set_value (self->timer_minutes, seconds / 60.0);
}

void
_kb_play_timer_init (KbPlayPage *self)
{
  self->settings = g_settings_new (SCHEMA_ID);
  self->timer = kb_timer_new ();
  g_signal_connect_object (self->settings, "changed::timer-seconds", G_CALLBACK (seconds_changed),
                           self, 0);
  seconds_changed (self->settings, "timer-seconds", self);
  g_signal_connect (self->timer_minutes, "value-changed", G_CALLBACK (minutes_changed), self);
  /* Both ways, while the page lives: the popover's switch, W, and the preferences window. */
  g_settings_bind (self->settings, "timer-public", self, "timer-public", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "card-fills-screen", self, "fill-screen",
                   G_SETTINGS_BIND_DEFAULT);

  kb_timer_ring_set_timer (self->timer_ring, self->timer);
  kb_timer_ring_set_timer (self->card_timer_ring, self->timer);
  kb_timer_ring_place_over_card (self->card_timer_ring,
                                 GTK_OVERLAY (gtk_widget_get_parent (
                                   GTK_WIDGET (self->card_timer_ring))), 24);
  g_signal_connect_swapped (self->timer, "notify", G_CALLBACK (_kb_play_timer_update_visibility),
                            self);
  g_signal_connect_swapped (self->timer, "finished",
                            G_CALLBACK (_kb_play_timer_update_visibility), self);
  g_signal_connect_swapped (self->timer, "reset",
                            G_CALLBACK (_kb_play_timer_update_visibility), self);
}

/* The settings' bindings and signal hold the page until it finalizes: end them with the page. */
void
_kb_play_timer_dispose (KbPlayPage *self)
{
  g_settings_unbind (self, "timer-public");
  g_settings_unbind (self, "fill-screen");
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
}
