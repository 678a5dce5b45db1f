/* A card as plain text (kb-card-text.h): what the room sees on the card, in reading order, in
 * the card's language. The trainer's notes never, the roles' briefs only when asked. */
#define G_LOG_DOMAIN "kletsborden-card-text"

#include "config.h"

#include "kb-deck.h"
#include "kb-labels.h"

static void
append_line (GString    *out,
             const char *line)
{
  if (line == NULL || *line == '\0')
    return;
  if (out->len > 0)
    g_string_append_c (out, '\n');
  g_string_append (out, line);
}

static const char *
text_in (const KbText *text,
         const char   *lang,
         const char   *fallback)
{
  return text != NULL ? kb_text_get (text, lang, fallback) : NULL;
}

/**
 * kb_card_to_plain_text:
 * @lang: (nullable): the language wanted; a text without it falls back to the deck's first
 *
 * One line each: the category, kind and intensity ("Schroom, Vraag, Licht"); the title; the
 * text; for a case the roles ("Rollen: Buurvrouw, Jij"), and with %KB_CARD_TEXT_WITH_BRIEFS a
 * line "Role: brief" per role.
 *
 * Returns: (transfer full): the card as text, without markup
 */
char *
kb_card_to_plain_text (KbCard          *card,
                       KbDeck          *deck,
                       const char      *lang,
                       KbCardTextFlags  flags)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) head = g_string_new (NULL);
  const char *fallback;
  KbCategory *category;
  const char *intensity, *asks;
  guint n_roles;

  g_return_val_if_fail (card != NULL, NULL);
  g_return_val_if_fail (KB_IS_DECK (deck), NULL);

  fallback = kb_deck_get_fallback_language (deck);
  if (lang == NULL)
    lang = fallback;
  category = kb_card_get_category (card);
  if (category != NULL && kb_category_get_name (category) != NULL)
    g_string_append_printf (head, "%s, ", text_in (kb_category_get_name (category), lang,
                                                   fallback));
  g_string_append (head, kb_label_for_kind (kb_card_get_kind (card), lang));
  intensity = kb_label_for_intensity (kb_card_get_intensity (card), lang);
  if (*intensity != '\0')
    g_string_append_printf (head, ", %s", intensity);
  asks = kb_label_for_asks (kb_card_get_asks (card), lang);
  if (*asks != '\0')
    g_string_append_printf (head, ", %s", asks);
  append_line (out, head->str);
  append_line (out, text_in (kb_card_get_title (card), lang, fallback));
  append_line (out, text_in (kb_card_get_text (card), lang, fallback));

  n_roles = kb_card_get_kind (card) == KB_CARD_KIND_CASE ? kb_card_get_n_roles (card) : 0;
  if (n_roles > 0)
    {
      g_autoptr(GString) roles = g_string_new (kb_label_get ("card/roles", lang));

      for (guint i = 0; i < n_roles; i++)
        g_string_append_printf (roles, i == 0 ? ": %s" : ", %s",
                                text_in (kb_card_get_role_name (card, i), lang, fallback));
      append_line (out, roles->str);
    }
  for (guint i = 0; (flags & KB_CARD_TEXT_WITH_BRIEFS) && i < n_roles; i++)
    if (kb_card_get_role_brief (card, i) != NULL)
      {
        g_autofree char *line = g_strdup_printf ("%s: %s",
                                                 text_in (kb_card_get_role_name (card, i), lang,
                                                          fallback),
                                                 text_in (kb_card_get_role_brief (card, i), lang,
                                                          fallback));
        append_line (out, line);
      }
  return g_string_free (g_steal_pointer (&out), FALSE);
}
