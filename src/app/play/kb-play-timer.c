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

/* On the card itself (fullscreen on one screen) the ring shows once the timer is in use, and
 * only when the room may see it. */
gboolean
kb_play_page_get_timer_shown_to_room (KbPlayPage *self)
{
  gboolean in_use = kb_timer_is_running (self->timer) || kb_timer_is_finished (self->timer) ||
                    kb_timer_get_remaining (self->timer) < kb_timer_get_duration (self->timer);

  return in_use && self->timer_public;
}

void
_kb_play_timer_update_visibility (KbPlayPage *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->card_timer_ring),
                          self->presenting && kb_play_page_get_timer_shown_to_room (self));
}

void
_kb_play_timer_init (KbPlayPage *self)
{
  guint seconds;

  self->settings = g_settings_new (SCHEMA_ID);
  self->timer = kb_timer_new ();
  self->timer_public = g_settings_get_boolean (self->settings, "timer-public");
  seconds = g_settings_get_uint (self->settings, "timer-seconds");
  kb_timer_set_duration (self->timer, (gint64) seconds * G_USEC_PER_SEC);
  gtk_spin_button_set_value (self->timer_minutes, seconds / 60.0);
  g_signal_connect (self->timer_minutes, "value-changed", G_CALLBACK (minutes_changed), self);

  kb_timer_ring_set_timer (self->timer_ring, self->timer);
  kb_timer_ring_set_timer (self->card_timer_ring, self->timer);
  g_signal_connect_swapped (self->timer, "notify", G_CALLBACK (_kb_play_timer_update_visibility),
                            self);
  g_signal_connect_swapped (self->timer, "finished",
                            G_CALLBACK (_kb_play_timer_update_visibility), self);
}
