/* The speaker interface and the app's one speaker. */
#define G_LOG_DOMAIN "kletsborden-speaker"

#include "config.h"

#include "kb-speaker.h"
#include "kb-speaker-fake.h"
#include "kb-speaker-speechd.h"

typedef struct
{
  gboolean unavailable;    /* known to have no service; until then, assumed there */
} KbSpeakerPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (KbSpeaker, kb_speaker, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_AVAILABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
kb_speaker_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_AVAILABLE:
      g_value_set_boolean (value, kb_speaker_is_available (KB_SPEAKER (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kb_speaker_class_init (KbSpeakerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = kb_speaker_get_property;

  /* FALSE once the speaker found there is no speech service: the UI says so, once. */
  properties[PROP_AVAILABLE] =
    g_param_spec_boolean ("available", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kb_speaker_init (KbSpeaker *self)
{
}

/**
 * kb_speaker_get_default:
 *
 * The app's speaker: speech-dispatcher, or with `KB_SPEAKER=fake` (the tests) a fake that only
 * records what it was asked.
 *
 * Returns: (transfer none): the speaker, made on first use and kept for the app's life
 */
KbSpeaker *
kb_speaker_get_default (void)
{
  static KbSpeaker *speaker;

  if (speaker == NULL)
    speaker = g_strcmp0 (g_getenv ("KB_SPEAKER"), "fake") == 0
              ? KB_SPEAKER (kb_speaker_fake_new ())
              : KB_SPEAKER (kb_speaker_speechd_new ());
  return speaker;
}

/* Reads @text in @lang (a language code such as "nl"), cutting off what was being read. */
void
kb_speaker_speak (KbSpeaker  *self,
                  const char *text,
                  const char *lang)
{
  g_return_if_fail (KB_IS_SPEAKER (self));
  g_return_if_fail (text != NULL);

  if (kb_speaker_is_available (self))
    KB_SPEAKER_GET_CLASS (self)->speak (self, text, lang);
}

void
kb_speaker_stop (KbSpeaker *self)
{
  g_return_if_fail (KB_IS_SPEAKER (self));

  if (kb_speaker_is_available (self))
    KB_SPEAKER_GET_CLASS (self)->stop (self);
}

gboolean
kb_speaker_is_available (KbSpeaker *self)
{
  KbSpeakerPrivate *priv = kb_speaker_get_instance_private (self);

  g_return_val_if_fail (KB_IS_SPEAKER (self), FALSE);
  return !priv->unavailable;
}

/* For the speakers: call from the main thread. */
void
_kb_speaker_set_available (KbSpeaker *self,
                           gboolean   available)
{
  KbSpeakerPrivate *priv = kb_speaker_get_instance_private (self);

  if (priv->unavailable == !available)
    return;
  priv->unavailable = !available;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AVAILABLE]);
}
