/* A speaker that speaks nothing and records what it was asked: for the tests. */
#pragma once

#include "kb-speaker.h"

G_BEGIN_DECLS

#define KB_TYPE_SPEAKER_FAKE (kb_speaker_fake_get_type ())
G_DECLARE_FINAL_TYPE (KbSpeakerFake, kb_speaker_fake, KB, SPEAKER_FAKE, KbSpeaker)

KbSpeakerFake *kb_speaker_fake_new           (void);
const char    *kb_speaker_fake_get_text      (KbSpeakerFake *self);
const char    *kb_speaker_fake_get_language  (KbSpeakerFake *self);
guint          kb_speaker_fake_get_n_spoken  (KbSpeakerFake *self);
guint          kb_speaker_fake_get_n_stopped (KbSpeakerFake *self);
gboolean       kb_speaker_fake_is_speaking   (KbSpeakerFake *self);
void           kb_speaker_fake_set_available (KbSpeakerFake *self,
                                              gboolean       available);
void           kb_speaker_fake_reset         (KbSpeakerFake *self);

G_END_DECLS
