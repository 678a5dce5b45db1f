/* What read-aloud does on a page, whatever the page shows. Without a speech service the page
 * says so once, in the window, and every later request is quietly nothing. */
#define G_LOG_DOMAIN "kletsborden-speaker"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-card-text.h"
#include "kb-read-aloud.h"

#define MESSAGE_SECONDS 8

struct _KbReadAloud
{
  GObject parent_instance;

  GSettings *settings;      /* owned */
  KbSpeaker *speaker;       /* owned */
  GtkLabel *message;        /* weak: the page's line for "no speech service" */
  guint hide_id;
  gboolean asked;           /* this page asked for speech since the speaker was last checked */
};

G_DEFINE_FINAL_TYPE (KbReadAloud, kb_read_aloud, G_TYPE_OBJECT)

/* Once for the whole app: a group does not need to hear twice that there is no speech. */
static gboolean told;

/**
 * kb_read_aloud_words:
 *
 * The card as the voice reads it: its plain text (core's, never a brief), each line a sentence,
 * so that a voice pauses between category, title, text and roles.
 *
 * Returns: (transfer full): the words
 */
char *
kb_read_aloud_words (KbCard     *card,
                     KbDeck     *deck,
                     const char *lang)
{
  g_autofree char *plain = kb_card_to_plain_text (card, deck, lang, KB_CARD_TEXT_DEFAULT);
  g_auto(GStrv) lines = g_strsplit (plain, "\n", -1);
  const char *ends[] = { ".", "?", "!", ":", "…", "”", "\"" };
  GString *out = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      gboolean ended = FALSE;

      if (*lines[i] == '\0')
        continue;
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, lines[i]);
      for (guint e = 0; e < G_N_ELEMENTS (ends); e++)
        ended = ended || g_str_has_suffix (lines[i], ends[e]);
      if (!ended)
        g_string_append_c (out, '.');
    }
  return g_string_free (out, FALSE);
}

static gboolean
hide_message (gpointer user_data)
{
  KbReadAloud *self = KB_READ_ALOUD (user_data);

  self->hide_id = 0;
  if (self->message != NULL)
    gtk_widget_set_visible (GTK_WIDGET (self->message), FALSE);
  return G_SOURCE_REMOVE;
}

static void
tell_unavailable (KbReadAloud *self)
{
  if (told || self->message == NULL)
    return;
  told = TRUE;
  gtk_label_set_label (self->message,
                       _("Read-aloud needs the speech service (speech-dispatcher). Install "
                         "speech-dispatcher and a voice, such as speech-dispatcher-espeak-ng."));
  gtk_widget_set_visible (GTK_WIDGET (self->message), TRUE);
  g_clear_handle_id (&self->hide_id, g_source_remove);
  self->hide_id = g_timeout_add_seconds (MESSAGE_SECONDS, hide_message, self);
}

/* The speaker learns only after a first try that there is no service. */
static void
availability_changed (KbReadAloud *self)
{
  if (!kb_speaker_is_available (self->speaker) && self->asked)
    tell_unavailable (self);
}

static void
say (KbReadAloud *self,
     const char  *text,
     const char  *lang)
{
  self->asked = TRUE;
  if (!kb_speaker_is_available (self->speaker))
    tell_unavailable (self);
  else
    kb_speaker_speak (self->speaker, text, lang);
}

static void
kb_read_aloud_dispose (GObject *object)
{
  KbReadAloud *self = KB_READ_ALOUD (object);

  if (self->speaker != NULL)
    g_signal_handlers_disconnect_by_data (self->speaker, self);
  g_clear_object (&self->speaker);
  g_clear_object (&self->settings);
  g_clear_weak_pointer (&self->message);
  g_clear_handle_id (&self->hide_id, g_source_remove);
  G_OBJECT_CLASS (kb_read_aloud_parent_class)->dispose (object);
}

static void
kb_read_aloud_class_init (KbReadAloudClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = kb_read_aloud_dispose;
}

static void
kb_read_aloud_init (KbReadAloud *self)
{
  self->settings = g_settings_new (SCHEMA_ID);
  self->speaker = g_object_ref (kb_speaker_get_default ());
  g_signal_connect_swapped (self->speaker, "notify::available",
                            G_CALLBACK (availability_changed), self);
}

/* @message: (nullable): a hidden label in the page where "no speech service" is shown */
KbReadAloud *
kb_read_aloud_new (GtkLabel *message)
{
  KbReadAloud *self = g_object_new (KB_TYPE_READ_ALOUD, NULL);

  g_set_weak_pointer (&self->message, message);
  return self;
}

/* R or the Read Aloud button: the card now, whatever the setting. */
void
kb_read_aloud_read_card (KbReadAloud *self,
                         KbDeck      *deck,
                         KbCard      *card,
                         const char  *lang)
{
  g_autofree char *text = NULL;

  g_return_if_fail (KB_IS_READ_ALOUD (self));

  if (card == NULL || deck == NULL)
    {
      kb_read_aloud_stop (self);
      return;
    }
  text = kb_read_aloud_words (card, deck, lang);
  say (self, text, lang);
}

/* A new card is up (or none): what was read stops; with the setting on, the new one is read,
 * after @before (nullable), such as what the die showed. */
void
kb_read_aloud_card_changed (KbReadAloud *self,
                            KbDeck      *deck,
                            KbCard      *card,
                            const char  *lang,
                            const char  *before)
{
  g_autofree char *words = NULL;
  g_autofree char *text = NULL;

  g_return_if_fail (KB_IS_READ_ALOUD (self));

  kb_read_aloud_stop (self);
  if (card == NULL || deck == NULL || !kb_read_aloud_get_automatic (self))
    return;
  words = kb_read_aloud_words (card, deck, lang);
  text = before != NULL ? g_strconcat (before, " ", words, NULL) : g_strdup (words);
  say (self, text, lang);
}

/* A short line such as whose turn it is; only with the setting on. */
void
kb_read_aloud_announce (KbReadAloud *self,
                        const char  *text,
                        const char  *lang)
{
  g_return_if_fail (KB_IS_READ_ALOUD (self));

  if (text != NULL && kb_read_aloud_get_automatic (self))
    say (self, text, lang);
}

void
kb_read_aloud_stop (KbReadAloud *self)
{
  g_return_if_fail (KB_IS_READ_ALOUD (self));
  kb_speaker_stop (self->speaker);
}

/* Whether each new card is read by itself (the `read-aloud` setting). */
gboolean
kb_read_aloud_get_automatic (KbReadAloud *self)
{
  g_return_val_if_fail (KB_IS_READ_ALOUD (self), FALSE);
  return g_settings_get_boolean (self->settings, "read-aloud");
}
