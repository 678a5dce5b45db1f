/* Read-aloud on the play page: R and the Read Aloud button read the card in the session's
 * language; a new card (or a new language) stops the reading, and with the `read-aloud` setting
 * reads the new one. */
#define G_LOG_DOMAIN "kletsborden-play-page"

#include "config.h"

#include "kb-play-page-private.h"

static void
read_aloud_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  KbPlayPage *self = KB_PLAY_PAGE (widget);

  if (self->session == NULL)
    return;
  kb_read_aloud_read_card (self->read_aloud, kb_session_get_deck (self->session),
                           kb_session_get_current (self->session),
                           kb_session_get_language (self->session));
}

void
_kb_play_read_aloud_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, KbPlayPage, speech_message);
  gtk_widget_class_install_action (widget_class, "play.read-aloud", NULL, read_aloud_action);
}

void
_kb_play_read_aloud_init (KbPlayPage *self)
{
  self->read_aloud = kb_read_aloud_new (self->speech_message);
  /* H is remembered, and the preferences window's switch is the same setting. */
  g_settings_bind (self->settings, "high-contrast", self, "high-contrast",
                   G_SETTINGS_BIND_DEFAULT);
}

/* After every change of the session: only a different card or language stops the voice. */
void
_kb_play_read_aloud_update (KbPlayPage *self)
{
  KbCard *card = kb_session_get_current (self->session);
  const char *lang = kb_session_get_language (self->session);

  if (card == self->read_card && g_strcmp0 (lang, self->read_lang) == 0)
    return;
  self->read_card = card;
  g_free (self->read_lang);
  self->read_lang = g_strdup (lang);
  kb_read_aloud_card_changed (self->read_aloud, kb_session_get_deck (self->session), card, lang,
                              NULL);
}
