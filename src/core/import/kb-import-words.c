/* The words a trainer writes in a spreadsheet: the names of the columns and the kinds and
 * intensities of cards, in English and in Dutch. The CSV export writes the words of the deck's
 * first language, so a Dutch deck goes out with Dutch headers and comes back the same. A
 * language is more rows here, not more code. */
#define G_LOG_DOMAIN "kletsborden-import"

#include "config.h"

#include <string.h>

#include "kb-import-private.h"

typedef struct
{
  const char *word;
  const char *lang;
  int         value;
} Word;

/* The first row of a value in a language is the word the export writes: the words of
 * po/GLOSSARY.md and of the cards (kb-labels.c), so "gemiddeld" rather than "midden". */
static const Word field_words[] = {
  { "category", "en", KB_IMPORT_FIELD_CATEGORY },
  { "categorie", "nl", KB_IMPORT_FIELD_CATEGORY },
  { "text", "en", KB_IMPORT_FIELD_TEXT },
  { "tekst", "nl", KB_IMPORT_FIELD_TEXT },
  { "title", "en", KB_IMPORT_FIELD_TITLE },
  { "titel", "nl", KB_IMPORT_FIELD_TITLE },
  { "kind", "en", KB_IMPORT_FIELD_KIND },
  { "soort", "nl", KB_IMPORT_FIELD_KIND },
  { "intensity", "en", KB_IMPORT_FIELD_INTENSITY },
  { "intensiteit", "nl", KB_IMPORT_FIELD_INTENSITY },
  { "notes", "en", KB_IMPORT_FIELD_NOTES },
  { "notities", "nl", KB_IMPORT_FIELD_NOTES },
};

static const Word kind_words[] = {
  { "question", "en", KB_CARD_KIND_QUESTION },
  { "statement", "en", KB_CARD_KIND_STATEMENT },
  { "exercise", "en", KB_CARD_KIND_EXERCISE },
  { "case", "en", KB_CARD_KIND_CASE },
  { "reflection", "en", KB_CARD_KIND_REFLECTION },
  { "vraag", "nl", KB_CARD_KIND_QUESTION },
  { "stelling", "nl", KB_CARD_KIND_STATEMENT },
  { "opdracht", "nl", KB_CARD_KIND_EXERCISE },
  { "casus", "nl", KB_CARD_KIND_CASE },
  { "reflectie", "nl", KB_CARD_KIND_REFLECTION },
};

static const Word intensity_words[] = {
  { "light", "en", KB_INTENSITY_LIGHT },
  { "medium", "en", KB_INTENSITY_MEDIUM },
  { "deep", "en", KB_INTENSITY_DEEP },
  { "licht", "nl", KB_INTENSITY_LIGHT },
  { "gemiddeld", "nl", KB_INTENSITY_MEDIUM },   /* as the cards say it (kb-labels.c) */
  { "midden", "nl", KB_INTENSITY_MEDIUM },
  { "diep", "nl", KB_INTENSITY_DEEP },
};

static const Word *
find_word (const Word *words,
           guint       n,
           const char *word)
{
  g_autofree char *folded = g_utf8_casefold (word, -1);

  for (guint i = 0; i < n; i++)
    if (g_str_equal (words[i].word, folded))
      return &words[i];
  return NULL;
}

static const char *
word_for (const Word *words,
          guint       n,
          int         value,
          const char *lang)
{
  g_autofree char *base = g_strndup (lang != NULL ? lang : "en", strcspn (lang != NULL ? lang
                                                                          : "en", "_-"));
  const char *english = NULL;

  for (guint i = 0; i < n; i++)
    if (words[i].value == value)
      {
        if (g_str_equal (words[i].lang, base))
          return words[i].word;
        if (english == NULL && g_str_equal (words[i].lang, "en"))
          english = words[i].word;
      }
  return english;
}

/**
 * _kb_import_field_from_word:
 * @word: a header word without its language, in any case: "Tekst", "category"
 * @language: (out) (optional): the language the word is in: "nl", "en"
 */
KbImportField
_kb_import_field_from_word (const char  *word,
                            const char **language)
{
  const Word *w = find_word (field_words, G_N_ELEMENTS (field_words), word);

  if (language != NULL)
    *language = w != NULL ? w->lang : NULL;
  return w != NULL ? (KbImportField) w->value : KB_IMPORT_FIELD_UNKNOWN;
}

const char *
_kb_import_field_word (KbImportField  field,
                       const char    *lang)
{
  return word_for (field_words, G_N_ELEMENTS (field_words), field, lang);
}

/* Returns: (array zero-terminated=1): every header word, for "did you mean". */
const char * const *
_kb_import_field_words (void)
{
  static const char *words[G_N_ELEMENTS (field_words) + 1];

  if (words[0] == NULL)
    for (guint i = 0; i < G_N_ELEMENTS (field_words); i++)
      words[i] = field_words[i].word;
  return words;
}

gboolean
_kb_import_kind_from_word (const char *word,
                           KbCardKind *kind)
{
  const Word *w = find_word (kind_words, G_N_ELEMENTS (kind_words), word);

  if (w != NULL)
    *kind = w->value;
  return w != NULL;
}

gboolean
_kb_import_intensity_from_word (const char  *word,
                                KbIntensity *intensity)
{
  const Word *w = find_word (intensity_words, G_N_ELEMENTS (intensity_words), word);

  if (w != NULL)
    *intensity = w->value;
  return w != NULL;
}

const char *
_kb_import_kind_word (KbCardKind  kind,
                      const char *lang)
{
  return word_for (kind_words, G_N_ELEMENTS (kind_words), kind, lang);
}

/* Returns: "" for %KB_INTENSITY_UNSET. */
const char *
_kb_import_intensity_word (KbIntensity  intensity,
                           const char  *lang)
{
  const char *word = word_for (intensity_words, G_N_ELEMENTS (intensity_words), intensity, lang);

  return word != NULL ? word : "";
}

/* The one category of a list without categories. */
const char *
_kb_import_default_category (const char *lang)
{
  return g_str_has_prefix (lang != NULL ? lang : "", "nl") ? "Kaarten" : "Cards";
}

const char *
kb_import_field_to_string (KbImportField field)
{
  return field == KB_IMPORT_FIELD_UNKNOWN ? "unknown" : _kb_import_field_word (field, "en");
}
