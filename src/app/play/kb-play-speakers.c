/* Rounds of speakers: names the facilitator types in the timer's popover, one speaker per card,
 * in turn. The next card is the next speaker's; going back goes back a speaker. Shown beside
 * the timer for the facilitator, never on the room's card. Like the role names, the names live
 * only here: not in the kept session, not in the log. */
#define G_LOG_DOMAIN "kletsborden-play-speakers"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-play-page-private.h"

/* Whose turn the card at @position is: the names count from the card shown when they were
 * typed (or the first card, before any is shown). */
static guint
speaker_at (KbPlayPage *self,
            guint       position)
{
  guint n = g_strv_length (self->speakers);
  gint64 step = (gint64) MAX (position, 1) - (gint64) self->speakers_base;

  return (guint) (((step % n) + n) % n);
}

void
_kb_play_speakers_update (KbPlayPage *self)
{
  g_autofree char *text = NULL;
  guint n, now;

  n = self->speakers != NULL ? g_strv_length (self->speakers) : 0;
  gtk_widget_set_visible (GTK_WIDGET (self->speaker_label), n > 0 && self->session != NULL);
  if (n == 0 || self->session == NULL)
    return;
  now = speaker_at (self, kb_session_get_position (self->session));
  if (n == 1)
    /* Translators: the one name typed for the rounds of speakers */
    text = g_strdup_printf (_("%s speaks"), self->speakers[now]);
  else
    /* Translators: rounds of speakers: who speaks on this card, and who on the next */
    text = g_strdup_printf (_("%s speaks, then %s"), self->speakers[now],
                            self->speakers[(now + 1) % n]);
  gtk_label_set_label (self->speaker_label, text);
}

/* "Anna, Bram ,, Cem" is three speakers. */
static void
speakers_changed (GtkEditable *entry,
                  KbPlayPage  *self)
{
  g_auto(GStrv) parts = g_strsplit (gtk_editable_get_text (entry), ",", -1);
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    if (*g_strstrip (parts[i]) != '\0')
      g_strv_builder_add (names, parts[i]);
  g_strfreev (self->speakers);
  self->speakers = g_strv_builder_end (names);
  if (self->speakers[0] == NULL)
    g_clear_pointer (&self->speakers, g_strfreev);
  _kb_play_speakers_restart (self);
}

/* The first name speaks on the card shown now: when the names are typed, and in a new session
 * (the group stays, so its names do). */
void
_kb_play_speakers_restart (KbPlayPage *self)
{
  self->speakers_base = self->session != NULL
                        ? MAX (kb_session_get_position (self->session), 1) : 1;
  _kb_play_speakers_update (self);
}

void
_kb_play_speakers_init (KbPlayPage *self)
{
  g_signal_connect (self->speakers_entry, "changed", G_CALLBACK (speakers_changed), self);
}

void
_kb_play_speakers_dispose (KbPlayPage *self)
{
  g_clear_pointer (&self->speakers, g_strfreev);
}

/* Returns: (nullable): what the facilitator sees beside the timer, or %NULL when no names */
const char *
kb_play_page_get_speaker_line (KbPlayPage *self)
{
  g_return_val_if_fail (KB_IS_PLAY_PAGE (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->speaker_label))
         ? gtk_label_get_label (self->speaker_label) : NULL;
}
