/* The few words a card shows besides its own texts (its kind, "Agree", a special square …), in
 * the language of the card rather than the UI: for the renderer and for the card as plain text. */
#pragma once

#include <glib.h>

#include "kb-enums.h"

G_BEGIN_DECLS

typedef enum
{
  KB_LABEL_QUESTION,
  KB_LABEL_STATEMENT,
  KB_LABEL_EXERCISE,
  KB_LABEL_CASE,
  KB_LABEL_REFLECTION,
  KB_LABEL_AGREE,
  KB_LABEL_DISAGREE,
  KB_LABEL_START,
  KB_LABEL_CHOOSE,
  KB_LABEL_COMPLIMENT,
  KB_LABEL_SWAP,
  KB_LABEL_REST,
  KB_LABEL_LIGHT,
  KB_LABEL_MEDIUM,
  KB_LABEL_DEEP,
  KB_LABEL_ROLES,
  KB_N_LABELS
} KbLabel;

const char *kb_label_get           (KbLabel      label,
                                    const char  *lang);
KbLabel     kb_label_for_kind      (KbCardKind   kind);
KbLabel     kb_label_for_intensity (KbIntensity  intensity);

G_END_DECLS
