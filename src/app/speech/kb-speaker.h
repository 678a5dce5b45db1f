/* Speech behind a small interface: the app says what to read and in which language; how it is
 * spoken (the user's speech-dispatcher, or a recording fake in the tests) is the speaker's job. */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define KB_TYPE_SPEAKER (kb_speaker_get_type ())
G_DECLARE_DERIVABLE_TYPE (KbSpeaker, kb_speaker, KB, SPEAKER, GObject)

struct _KbSpeakerClass
{
  GObjectClass parent_class;

  /* Never blocks: a speaker that talks to a service does so from its own thread. */
  void (*speak) (KbSpeaker  *self,
                 const char *text,
                 const char *lang);
  void (*stop)  (KbSpeaker  *self);
};

KbSpeaker *kb_speaker_get_default   (void);
void       kb_speaker_speak         (KbSpeaker  *self,
                                     const char *text,
                                     const char *lang);
void       kb_speaker_stop          (KbSpeaker  *self);
gboolean   kb_speaker_is_available  (KbSpeaker  *self);
void       _kb_speaker_set_available (KbSpeaker *self,
                                      gboolean   available);

G_END_DECLS
