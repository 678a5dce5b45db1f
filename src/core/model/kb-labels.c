/* A card in Dutch shows "Eens", even in an English session: the words on a card belong to the
 * card's language. gettext translates into the UI's language only, and switching LANGUAGE per
 * call is not thread-safe, so the languages the decks are written in have their words here, as
 * rows of (key, language, text): a language is more rows, not more code. A card language
 * without rows gets the UI's translation of the English word, and English when there is none.
 * The English words are marked for xgettext, so po/nl.po carries the same Dutch words for the
 * UI. Keys are "kind/", "special/", "intensity/" and "asks/" followed by the enum's name in the deck
 * format (its nick), and "answer/agree", "answer/disagree", "card/roles". The card's plain text
 * (speech, screen readers) and the renderer both take their words from here. */
#define G_LOG_DOMAIN "kletsborden-labels"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "kb-labels.h"

#define CTX "card label"

typedef struct
{
  const char *key;
  const char *lang;
  const char *text;
} LabelRow;

static const LabelRow rows[] = {
  { "kind/question", "en", NC_ ("card label", "Question") },
  { "kind/statement", "en", NC_ ("card label", "Statement") },
  { "kind/exercise", "en", NC_ ("card label", "Exercise") },
  { "kind/case", "en", NC_ ("card label", "Case") },
  { "kind/reflection", "en", NC_ ("card label", "Reflection") },
  { "answer/agree", "en", NC_ ("card label", "Agree") },
  { "answer/disagree", "en", NC_ ("card label", "Disagree") },
  { "special/start", "en", NC_ ("card label", "Start") },
  { "special/choose", "en", NC_ ("card label", "Choose") },
  { "special/compliment", "en", NC_ ("card label", "Compliment") },
  { "special/swap", "en", NC_ ("card label", "Swap") },
  { "special/rest", "en", NC_ ("card label", "Rest") },
  { "intensity/light", "en", NC_ ("card label", "Light") },
  { "intensity/medium", "en", NC_ ("card label", "Medium") },
  { "intensity/deep", "en", NC_ ("card label", "Deep") },
  { "asks/group", "en", NC_ ("card label", "For the group") },
  { "asks/client", "en", NC_ ("card label", "For the client") },
  { "asks/professional", "en", NC_ ("card label", "About your work") },
  { "card/roles", "en", NC_ ("card label", "Roles") },

  { "kind/question", "nl", "Vraag" },
  { "kind/statement", "nl", "Stelling" },
  { "kind/exercise", "nl", "Opdracht" },
  { "kind/case", "nl", "Casus" },
  { "kind/reflection", "nl", "Reflectie" },
  { "answer/agree", "nl", "Eens" },
  { "answer/disagree", "nl", "Oneens" },
  { "special/start", "nl", "Start" },
  { "special/choose", "nl", "Kies" },
  { "special/compliment", "nl", "Compliment" },
  { "special/swap", "nl", "Wissel" },
  { "special/rest", "nl", "Rust" },
  { "intensity/light", "nl", "Licht" },
  { "intensity/medium", "nl", "Gemiddeld" },
  { "intensity/deep", "nl", "Diep" },
  { "asks/group", "nl", "Voor de groep" },
  { "asks/client", "nl", "Aan de cliënt" },
  { "asks/professional", "nl", "Over je werk" },
  { "card/roles", "nl", "Rollen" },
};

/* "key\nlang" → row, built once. */
static GHashTable *
table (void)
{
  static GHashTable *rows_by_key;

  if (g_once_init_enter (&rows_by_key))
    {
      GHashTable *t = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
        g_hash_table_insert (t, g_strconcat (rows[i].key, "\n", rows[i].lang, NULL),
                             (gpointer) &rows[i]);
      g_once_init_leave (&rows_by_key, t);
    }
  return rows_by_key;
}

static const LabelRow *
lookup (const char *key,
        const char *lang)
{
  g_autofree char *id = g_strconcat (key, "\n", lang, NULL);

  return g_hash_table_lookup (table (), id);
}

/**
 * kb_label_get:
 * @key: such as "kind/question" or "answer/agree"
 * @lang: (nullable): the language the card is shown in: "nl", "nl_BE", "en-GB" …
 *
 * Returns: the word in @lang, or in its base language ("nl" for "nl_BE"); else the UI's
 *   translation of the English word; "" for an unknown key
 */
const char *
kb_label_get (const char *key,
              const char *lang)
{
  const LabelRow *row = NULL, *english;

  g_return_val_if_fail (key != NULL, "");

  if (lang != NULL)
    {
      g_autofree char *base = g_strndup (lang, strcspn (lang, "_-.@"));

      row = lookup (key, lang);
      if (row == NULL)
        row = lookup (key, base);
    }
  if (row != NULL)
    return row->text;
  english = lookup (key, "en");
  g_return_val_if_fail (english != NULL, "");
  return g_dpgettext2 (GETTEXT_PACKAGE, CTX, english->text);
}

static const char *
get_prefixed (const char *prefix,
              const char *nick,
              const char *lang)
{
  g_autofree char *key = NULL;

  if (nick == NULL)
    return "";
  key = g_strconcat (prefix, nick, NULL);
  return kb_label_get (key, lang);
}

const char *
kb_label_for_kind (KbCardKind  kind,
                   const char *lang)
{
  return get_prefixed ("kind/", kb_card_kind_to_string (kind), lang);
}

/* Returns: "" for %KB_SPECIAL_NONE. */
const char *
kb_label_for_special (KbSpecial   special,
                      const char *lang)
{
  return get_prefixed ("special/", kb_special_to_string (special), lang);
}

/* Returns: "" for %KB_INTENSITY_UNSET. */
const char *
kb_label_for_intensity (KbIntensity  intensity,
                        const char  *lang)
{
  return get_prefixed ("intensity/", kb_intensity_to_string (intensity), lang);
}

/* Returns: "" for %KB_ASKS_NONE. */
const char *
kb_label_for_asks (KbAsks      asks,
                   const char *lang)
{
  return get_prefixed ("asks/", kb_asks_to_string (asks), lang);
}
