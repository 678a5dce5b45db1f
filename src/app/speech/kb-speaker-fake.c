/* The recording speaker: what was last said, in which language, how often, and whether a stop
 * came after it. */
#define G_LOG_DOMAIN "kletsborden-speaker"

#include "config.h"

#include "kb-speaker-fake.h"

struct _KbSpeakerFake
{
  KbSpeaker parent_instance;

  char *text;
  char *lang;
  guint n_spoken;
  guint n_stopped;
  gboolean speaking;
};

G_DEFINE_FINAL_TYPE (KbSpeakerFake, kb_speaker_fake, KB_TYPE_SPEAKER)

static void
fake_speak (KbSpeaker  *speaker,
            const char *text,
            const char *lang)
{
  KbSpeakerFake *self = KB_SPEAKER_FAKE (speaker);

  g_free (self->text);
  self->text = g_strdup (text);
  g_free (self->lang);
  self->lang = g_strdup (lang);
  self->n_spoken++;
  self->speaking = TRUE;
}

static void
fake_stop (KbSpeaker *speaker)
{
  KbSpeakerFake *self = KB_SPEAKER_FAKE (speaker);

  self->n_stopped++;
  self->speaking = FALSE;
}

static void
kb_speaker_fake_finalize (GObject *object)
{
  KbSpeakerFake *self = KB_SPEAKER_FAKE (object);

  g_free (self->text);
  g_free (self->lang);
  G_OBJECT_CLASS (kb_speaker_fake_parent_class)->finalize (object);
}

static void
kb_speaker_fake_class_init (KbSpeakerFakeClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kb_speaker_fake_finalize;
  KB_SPEAKER_CLASS (klass)->speak = fake_speak;
  KB_SPEAKER_CLASS (klass)->stop = fake_stop;
}

static void
kb_speaker_fake_init (KbSpeakerFake *self)
{
}

KbSpeakerFake *
kb_speaker_fake_new (void)
{
  return g_object_new (KB_TYPE_SPEAKER_FAKE, NULL);
}

/* Returns: (nullable): what was last spoken */
const char *
kb_speaker_fake_get_text (KbSpeakerFake *self)
{
  g_return_val_if_fail (KB_IS_SPEAKER_FAKE (self), NULL);
  return self->text;
}

const char *
kb_speaker_fake_get_language (KbSpeakerFake *self)
{
  g_return_val_if_fail (KB_IS_SPEAKER_FAKE (self), NULL);
  return self->lang;
}

guint
kb_speaker_fake_get_n_spoken (KbSpeakerFake *self)
{
  g_return_val_if_fail (KB_IS_SPEAKER_FAKE (self), 0);
  return self->n_spoken;
}

guint
kb_speaker_fake_get_n_stopped (KbSpeakerFake *self)
{
  g_return_val_if_fail (KB_IS_SPEAKER_FAKE (self), 0);
  return self->n_stopped;
}

/* Whether something was spoken and no stop came after it. */
gboolean
kb_speaker_fake_is_speaking (KbSpeakerFake *self)
{
  g_return_val_if_fail (KB_IS_SPEAKER_FAKE (self), FALSE);
  return self->speaking;
}

/* Plays a machine without speech-dispatcher. */
void
kb_speaker_fake_set_available (KbSpeakerFake *self,
                               gboolean       available)
{
  g_return_if_fail (KB_IS_SPEAKER_FAKE (self));
  _kb_speaker_set_available (KB_SPEAKER (self), available);
}

void
kb_speaker_fake_reset (KbSpeakerFake *self)
{
  g_return_if_fail (KB_IS_SPEAKER_FAKE (self));
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->lang, g_free);
  self->n_spoken = 0;
  self->n_stopped = 0;
  self->speaking = FALSE;
}
