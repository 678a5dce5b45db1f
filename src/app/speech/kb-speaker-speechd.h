/* The user's own speech: speech-dispatcher, with their voice, rate and synthesiser (as Orca). */
#pragma once

#include "kb-speaker.h"

G_BEGIN_DECLS

#define KB_TYPE_SPEAKER_SPEECHD (kb_speaker_speechd_get_type ())
G_DECLARE_FINAL_TYPE (KbSpeakerSpeechd, kb_speaker_speechd, KB, SPEAKER_SPEECHD, KbSpeaker)

KbSpeakerSpeechd *kb_speaker_speechd_new             (void);
guint             kb_speaker_speechd_get_n_finished  (KbSpeakerSpeechd *self);
guint             kb_speaker_speechd_get_n_handled   (KbSpeakerSpeechd *self);
guint             kb_speaker_speechd_get_n_opened    (KbSpeakerSpeechd *self);

G_END_DECLS
