/* Multilingual text: either one plain string for every language, or a map from language code. */
#define G_LOG_DOMAIN "kletsborden-text"

#include <string.h>

#include "kb-text.h"

struct _KbText
{
  gatomicrefcount ref_count;
  char *plain;              /* set when the text was a plain string */
  GPtrArray *pairs;         /* lang, value, lang, value … in file order: stable when saved */
};

G_DEFINE_BOXED_TYPE (KbText, kb_text, kb_text_ref, kb_text_unref)

KbText *
kb_text_new (void)
{
  KbText *self = g_new0 (KbText, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->pairs = g_ptr_array_new_with_free_func (g_free);
  return self;
}

KbText *
kb_text_new_plain (const char *value)
{
  KbText *self = kb_text_new ();

  self->plain = g_strdup (value);
  return self;
}

KbText *
kb_text_ref (KbText *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
kb_text_unref (KbText *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_free (self->plain);
      g_ptr_array_unref (self->pairs);
      g_free (self);
    }
}

static int
find_lang (const KbText *self,
           const char   *lang)
{
  for (guint i = 0; i + 1 < self->pairs->len; i += 2)
    if (g_strcmp0 (g_ptr_array_index (self->pairs, i), lang) == 0)
      return (int) i;
  return -1;
}

void
kb_text_set (KbText     *self,
             const char *lang,
             const char *value)
{
  int i;

  g_return_if_fail (self != NULL);
  g_return_if_fail (lang != NULL);

  i = find_lang (self, lang);
  if (i >= 0)
    {
      g_free (self->pairs->pdata[i + 1]);
      self->pairs->pdata[i + 1] = g_strdup (value);
      return;
    }
  g_ptr_array_add (self->pairs, g_strdup (lang));
  g_ptr_array_add (self->pairs, g_strdup (value));
}

gboolean
kb_text_has (const KbText *self,
             const char   *lang)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->plain != NULL || find_lang (self, lang) >= 0;
}

gboolean
kb_text_is_plain (const KbText *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->plain != NULL;
}

/**
 * kb_text_get:
 * @lang: (nullable): the language wanted
 * @fallback_lang: (nullable): the deck's first language
 *
 * Returns: the text in @lang, else in @fallback_lang, else the first one the text has;
 *   %NULL only for a text with no value at all.
 */
const char *
kb_text_get (const KbText *self,
             const char   *lang,
             const char   *fallback_lang)
{
  int i;

  g_return_val_if_fail (self != NULL, NULL);

  if (self->plain != NULL)
    return self->plain;
  if (lang != NULL && (i = find_lang (self, lang)) >= 0)
    return g_ptr_array_index (self->pairs, i + 1);
  if (fallback_lang != NULL && (i = find_lang (self, fallback_lang)) >= 0)
    return g_ptr_array_index (self->pairs, i + 1);
  if (self->pairs->len >= 2)
    return g_ptr_array_index (self->pairs, 1);
  return NULL;
}

GStrv
kb_text_dup_languages (const KbText *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i + 1 < self->pairs->len; i += 2)
    g_strv_builder_add (builder, g_ptr_array_index (self->pairs, i));
  return g_strv_builder_end (builder);
}

/**
 * kb_text_get_n_languages:
 *
 * Returns: how many languages the text has, in file order; 0 for a plain text
 */
guint
kb_text_get_n_languages (const KbText *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->pairs->len / 2;
}

const char *
kb_text_get_language (const KbText *self,
                      guint         index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->pairs->len / 2, NULL);
  return g_ptr_array_index (self->pairs, 2 * index);
}

const char *
kb_text_get_value (const KbText *self,
                   guint         index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->pairs->len / 2, NULL);
  return g_ptr_array_index (self->pairs, 2 * index + 1);
}

/**
 * kb_text_get_fallback_language:
 * @fallback_lang: (nullable): the deck's first language
 *
 * Returns: (nullable): the language kb_text_get() shows for a language the text lacks;
 *   %NULL for a plain text
 */
const char *
kb_text_get_fallback_language (const KbText *self,
                               const char   *fallback_lang)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (self->plain != NULL)
    return NULL;
  if (fallback_lang != NULL && find_lang (self, fallback_lang) >= 0)
    return fallback_lang;
  if (self->pairs->len >= 2)
    return g_ptr_array_index (self->pairs, 0);
  return NULL;
}

/**
 * kb_text_edit:
 * @self: (nullable): the text as it is, or %NULL for none yet
 * @lang: (nullable): the language to change; %NULL makes a plain text, the same in every language
 * @value: (nullable): the new value; %NULL removes @lang (or, with @lang %NULL, the whole text)
 * @languages: (nullable): the deck's languages; a plain text that gets a language of its own
 *   keeps its value for each of them
 *
 * Texts are shared (the renderer may hold one), so an edit makes a new text.
 *
 * Returns: (transfer full) (nullable): the edited text; %NULL when nothing is left of it
 */
KbText *
kb_text_edit (const KbText       *self,
              const char         *lang,
              const char         *value,
              const char * const *languages)
{
  KbText *edited;

  if (lang == NULL)
    return value != NULL ? kb_text_new_plain (value) : NULL;

  edited = kb_text_new ();
  if (self != NULL && self->plain != NULL)
    for (guint i = 0; languages != NULL && languages[i] != NULL; i++)
      kb_text_set (edited, languages[i], self->plain);
  else if (self != NULL)
    for (guint i = 0; i + 1 < self->pairs->len; i += 2)
      kb_text_set (edited, g_ptr_array_index (self->pairs, i),
                   g_ptr_array_index (self->pairs, i + 1));

  if (value != NULL)
    kb_text_set (edited, lang, value);
  else
    {
      int i = find_lang (edited, lang);
      if (i >= 0)
        g_ptr_array_remove_range (edited->pairs, (guint) i, 2);
    }
  if (edited->pairs->len == 0)
    g_clear_pointer (&edited, kb_text_unref);
  return edited;
}

gboolean
kb_text_equal (const KbText *a,
               const KbText *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  if (g_strcmp0 (a->plain, b->plain) != 0 || a->pairs->len != b->pairs->len)
    return FALSE;
  for (guint i = 0; i < a->pairs->len; i++)
    if (g_strcmp0 (g_ptr_array_index (a->pairs, i), g_ptr_array_index (b->pairs, i)) != 0)
      return FALSE;
  return TRUE;
}

/**
 * kb_text_is_language_code:
 *
 * Whether @code is a language code as decks write them (BCP 47 in short): two or three lower
 * case letters, then a region or script if any, like "nl", "en", "pt-BR" or "sr-Latn".
 */
gboolean
kb_text_is_language_code (const char *code)
{
  gsize n;

  if (code == NULL)
    return FALSE;
  n = strspn (code, "abcdefghijklmnopqrstuvwxyz");
  if (n < 2 || n > 3)
    return FALSE;
  for (const char *p = code + n; *p != '\0'; p++)
    if (!(g_ascii_isalnum (*p) || (*p == '-' && p[1] != '\0' && p[1] != '-')))
      return FALSE;
  return TRUE;
}
