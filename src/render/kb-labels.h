/* The few words the renderer draws itself, in the language of the card rather than the UI. */
#pragma once

#include <glib.h>

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
  KB_N_LABELS
} KbLabel;

const char *kb_label_get (KbLabel     label,
                          const char *lang);

G_END_DECLS
