/* The few words the renderer draws itself, in the language of the card rather than the UI. */
#pragma once

#include <glib.h>

#include "kb-board.h"
#include "kb-card.h"

G_BEGIN_DECLS

const char *kb_label_get            (const char  *key,
                                     const char  *lang);
const char *kb_label_for_kind       (KbCardKind   kind,
                                     const char  *lang);
const char *kb_label_for_special    (KbSpecial    special,
                                     const char  *lang);
const char *kb_label_for_intensity  (KbIntensity  intensity,
                                     const char  *lang);
const char *kb_label_for_asks       (KbAsks       asks,
                                     const char  *lang);

G_END_DECLS
