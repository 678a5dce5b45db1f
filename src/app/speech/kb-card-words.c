/* A card as plain words. Never the role briefs or the trainer's notes: those are not for the
 * room, and read-aloud is heard by everyone. */
#define G_LOG_DOMAIN "kletsborden-speaker"

#include "config.h"

#include "kb-card-words.h"
#include "kb-labels.h"

static void
append_sentence (GString    *out,
                 const char *text)
{
  const char *ends[] = { ".", "?", "!", ":", "…", "”", "\"" };
  gboolean ended = FALSE;

  if (text == NULL || *text == '\0')
    return;
  if (out->len > 0)
    g_string_append_c (out, ' ');
  g_string_append (out, text);
  /* A pause between the parts, so a voice does not run title and text together. */
  for (guint i = 0; i < G_N_ELEMENTS (ends); i++)
    ended = ended || g_str_has_suffix (text, ends[i]);
  if (!ended)
    g_string_append_c (out, '.');
}

/**
 * kb_card_words:
 * @lang: the language to read in; a text without it falls back to the deck's first language
 *
 * Returns: (transfer full): the card as sentences, for speech or a screen reader
 */
char *
kb_card_words (KbCard      *card,
               KbDeck      *deck,
               const char  *lang,
               KbCardWords  words)
{
  const char *fallback = kb_deck_get_fallback_language (deck);
  GString *out = g_string_new (NULL);
  const KbText *title = kb_card_get_title (card);

  g_return_val_if_fail (card != NULL && deck != NULL, NULL);

  if (words == KB_CARD_WORDS_DESCRIBED)
    {
      g_autofree char *kind = g_strdup_printf ("%s, %s",
                                               kb_label_for_kind (kb_card_get_kind (card), lang),
                                               kb_label_for_intensity (
                                                 kb_card_get_intensity (card), lang));

      append_sentence (out, kb_text_get (kb_category_get_name (kb_card_get_category (card)),
                                         lang, fallback));
      append_sentence (out, kind);
    }
  if (title != NULL)
    append_sentence (out, kb_text_get (title, lang, fallback));
  append_sentence (out, kb_text_get (kb_card_get_text (card), lang, fallback));
  if (kb_card_get_kind (card) == KB_CARD_KIND_CASE)
    for (guint i = 0; i < kb_card_get_n_roles (card); i++)
      append_sentence (out, kb_text_get (kb_card_get_role_name (card, i), lang, fallback));
  return g_string_free (out, FALSE);
}
