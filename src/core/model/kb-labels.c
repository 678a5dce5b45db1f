/* A card in Dutch shows "Eens", even in an English session: the words on a card belong to the
 * card's language. gettext translates into the UI's language only, and switching LANGUAGE per
 * call is not thread-safe, so the languages the decks are written in (Dutch, English) have a
 * built-in table here, and any other card language falls back to the UI's translation. The
 * strings are still marked for xgettext, so po/nl.po carries the same Dutch words for the UI. */
#define G_LOG_DOMAIN "kletsborden-labels"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kb-labels.h"

#define CTX "card label"

typedef struct
{
  const char *english;
  const char *dutch;
} LabelRow;

static const LabelRow labels[KB_N_LABELS] = {
  [KB_LABEL_QUESTION] = { NC_ ("card label", "Question"), "Vraag" },
  [KB_LABEL_STATEMENT] = { NC_ ("card label", "Statement"), "Stelling" },
  [KB_LABEL_EXERCISE] = { NC_ ("card label", "Exercise"), "Opdracht" },
  [KB_LABEL_CASE] = { NC_ ("card label", "Case"), "Casus" },
  [KB_LABEL_REFLECTION] = { NC_ ("card label", "Reflection"), "Reflectie" },
  [KB_LABEL_AGREE] = { NC_ ("card label", "Agree"), "Eens" },
  [KB_LABEL_DISAGREE] = { NC_ ("card label", "Disagree"), "Oneens" },
  [KB_LABEL_START] = { NC_ ("card label", "Start"), "Start" },
  [KB_LABEL_CHOOSE] = { NC_ ("card label", "Choose"), "Kies" },
  [KB_LABEL_COMPLIMENT] = { NC_ ("card label", "Compliment"), "Compliment" },
  [KB_LABEL_SWAP] = { NC_ ("card label", "Swap"), "Wissel" },
  [KB_LABEL_REST] = { NC_ ("card label", "Rest"), "Rust" },
  [KB_LABEL_LIGHT] = { NC_ ("card label", "Light"), "Licht" },
  [KB_LABEL_MEDIUM] = { NC_ ("card label", "Medium"), "Middel" },
  [KB_LABEL_DEEP] = { NC_ ("card label", "Deep"), "Diep" },
  [KB_LABEL_ROLES] = { NC_ ("card label", "Roles"), "Rollen" },
};

/**
 * kb_label_get:
 * @lang: (nullable): the language the card is shown in
 *
 * Returns: the label in @lang when it is Dutch or English, else in the UI's language.
 */
const char *
kb_label_get (KbLabel     label,
              const char *lang)
{
  g_return_val_if_fail (label < KB_N_LABELS, "");

  if (lang != NULL && g_str_has_prefix (lang, "nl"))
    return labels[label].dutch;
  if (lang != NULL && g_str_has_prefix (lang, "en"))
    return labels[label].english;
  return g_dpgettext2 (GETTEXT_PACKAGE, CTX, labels[label].english);
}

KbLabel
kb_label_for_kind (KbCardKind kind)
{
  switch (kind)
    {
    case KB_CARD_KIND_STATEMENT: return KB_LABEL_STATEMENT;
    case KB_CARD_KIND_EXERCISE: return KB_LABEL_EXERCISE;
    case KB_CARD_KIND_CASE: return KB_LABEL_CASE;
    case KB_CARD_KIND_REFLECTION: return KB_LABEL_REFLECTION;
    case KB_CARD_KIND_QUESTION:
    default: return KB_LABEL_QUESTION;
    }
}

/**
 * kb_label_for_intensity:
 *
 * Returns: the label of @intensity; %KB_N_LABELS for %KB_INTENSITY_UNSET, which has none
 */
KbLabel
kb_label_for_intensity (KbIntensity intensity)
{
  switch (intensity)
    {
    case KB_INTENSITY_LIGHT: return KB_LABEL_LIGHT;
    case KB_INTENSITY_MEDIUM: return KB_LABEL_MEDIUM;
    case KB_INTENSITY_DEEP: return KB_LABEL_DEEP;
    case KB_INTENSITY_UNSET:
    default: return KB_N_LABELS;
    }
}
