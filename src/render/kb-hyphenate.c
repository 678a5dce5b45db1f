/* Dutch glues words together ("ervaringsdeskundigheidsbevorderingsprogramma"), and on a card
 * such a word is often wider than a line. Pango then breaks it anywhere, with a hyphen
 * ("deskund-igheids"). This puts soft hyphens (U+00AD) at the break points the language's
 * hyphenation dictionary gives, in very long words only, so Pango breaks there instead and
 * shows a hyphen only where it breaks. Shorter words are left alone: a large card text reads
 * better with whole words. Without a dictionary for the language the text is left as it is
 * (Pango's own breaks): a guess by rules of one language hyphenates every other one wrongly.
 *
 * The dictionaries (Debian's hyphen-nl, hyphen-en-us …) are loaded lazily, once per language,
 * when a text first has such a word, and kept for the life of the process; they are small
 * (about 100 kB) but take some 20 ms to read, and most cards have no word that long. */
#define G_LOG_DOMAIN "kletsborden-hyphenate"

#include <string.h>
#include <glib.h>
#include <hyphen.h>

#include "kb-hyphenate.h"

#define SOFT_HYPHEN 0x00AD
#define MIN_FRAGMENT 3   /* letters kept together at either end of a word */

G_LOCK_DEFINE_STATIC (dictionaries);
static GHashTable *dictionaries;   /* language as asked → HyphenDict, or NULL when none */

static const char *
dictionary_dir (void)
{
  const char *dir = g_getenv ("KLETSBORDEN_HYPHEN_DIR");

  return dir != NULL && *dir != '\0' ? dir : KB_HYPHEN_DIR;
}

/* "nl_BE.UTF-8" looks for hyph_nl_BE.dic, hyph_nl.dic, hyph_nl_NL.dic: Debian names a
 * language's main dictionary after the language and its main country. */
static HyphenDict *
load (const char *lang)
{
  g_autofree char *tag = g_strndup (lang, strcspn (lang, ".@"));
  g_autofree char *base = g_ascii_strdown (tag, strcspn (tag, "_-"));
  g_autofree char *upper = g_ascii_strup (base, -1);
  g_autofree char *country = g_strconcat (base, "_", upper, NULL);
  const char *names[] = { tag, base, country, g_str_equal (base, "en") ? "en_US" : NULL };

  g_strdelimit (tag, "-", '_');
  for (guint i = 0; i < G_N_ELEMENTS (names) && names[i] != NULL; i++)
    {
      g_autofree char *file = g_strdup_printf ("hyph_%s.dic", names[i]);
      g_autofree char *path = g_build_filename (dictionary_dir (), file, NULL);
      HyphenDict *dict;

      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
        continue;
      dict = hnj_hyphen_load (path);
      if (dict != NULL)
        return dict;
      g_warning ("Could not read the hyphenation dictionary %s", path);
    }
  g_debug ("No hyphenation dictionary for %s in %s", lang, dictionary_dir ());
  return NULL;
}

static HyphenDict *
get_dictionary (const char *lang)
{
  HyphenDict *dict;
  gpointer found;

  if (lang == NULL || *lang == '\0')
    return NULL;
  G_LOCK (dictionaries);
  if (dictionaries == NULL)
    dictionaries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (g_hash_table_lookup_extended (dictionaries, lang, NULL, &found))
    dict = found;
  else
    {
      dict = load (lang);
      g_hash_table_insert (dictionaries, g_strdup (lang), dict);
    }
  G_UNLOCK (dictionaries);
  return dict;
}

/**
 * kb_hyphen_is_loaded:
 *
 * Returns: whether the dictionary of @lang was looked for already (found or not)
 */
gboolean
kb_hyphen_is_loaded (const char *lang)
{
  gboolean loaded;

  G_LOCK (dictionaries);
  loaded = dictionaries != NULL && g_hash_table_contains (dictionaries, lang);
  G_UNLOCK (dictionaries);
  return loaded;
}

/**
 * kb_hyphen_has_dictionary:
 *
 * Returns: whether words in @lang can be hyphenated (and their syllables counted) by a
 *   dictionary
 */
gboolean
kb_hyphen_has_dictionary (const char *lang)
{
  return get_dictionary (lang) != NULL;
}

/* Sets @breaks[i] when the word may break before letter i, as the dictionary says, keeping
 * @min letters together at either end. FALSE when the dictionary cannot take the word (a
 * letter its encoding lacks). */
static gboolean
find_breaks (HyphenDict     *dict,
             const gunichar *word,
             glong           n,
             glong           min,
             gboolean       *breaks)
{
  gboolean utf8 = g_ascii_strcasecmp (dict->cset, "UTF-8") == 0;
  g_autofree gunichar *lower = g_new (gunichar, n);
  g_autofree char *utf8_word = NULL;
  g_autofree char *encoded = NULL;
  g_autofree char *hyphens = NULL;
  g_autofree glong *letter_at = NULL;   /* byte → the letter it belongs to */
  char **rep = NULL;
  int *pos = NULL, *cut = NULL;
  gsize size = 0;

  for (glong i = 0; i < n; i++)
    lower[i] = g_unichar_tolower (word[i]);
  utf8_word = g_ucs4_to_utf8 (lower, n, NULL, NULL, NULL);
  if (utf8_word == NULL)
    return FALSE;
  if (utf8)
    {
      encoded = g_steal_pointer (&utf8_word);
      size = strlen (encoded);
    }
  else
    {
      encoded = g_convert (utf8_word, -1, dict->cset, "UTF-8", NULL, &size, NULL);
      if (encoded == NULL)
        return FALSE;
    }
  letter_at = g_new (glong, size + 1);
  for (glong i = 0, b = 0; i < n && (gsize) b < size; i++)
    {
      int len = utf8 ? g_unichar_to_utf8 (lower[i], NULL) : 1;

      for (int k = 0; k < len && (gsize) b < size; k++)
        letter_at[b++] = i;
    }

  hyphens = g_malloc0 (size + 5);
  if (hnj_hyphen_hyphenate2 (dict, encoded, (int) size, hyphens, NULL, &rep, &pos, &cut) != 0)
    return FALSE;
  for (gsize b = 0; b + 1 < size; b++)
    {
      glong after = letter_at[b] + 1;

      /* A break that changes the spelling (old Dutch "omaatje", "oma-tje") is left out:
       * a soft hyphen cannot spell. */
      if ((hyphens[b] & 1) && (rep == NULL || rep[b] == NULL) &&
          letter_at[b + 1] == after && after >= min && n - after >= min)
        breaks[after] = TRUE;
    }
  if (rep != NULL)
    {
      for (gsize b = 0; b < size; b++)
        free (rep[b]);
      free (rep);
    }
  free (pos);
  free (cut);
  return TRUE;
}

typedef void (*WordFunc) (const gunichar *word,
                          glong           n,
                          gpointer        data);

/* Calls @word_func for every run of letters of @text, @other_func (with n = 1) for every other
 * character. */
static void
for_each_word (const char *text,
               WordFunc    word_func,
               WordFunc    other_func,
               gpointer    data)
{
  g_autofree gunichar *chars = NULL;
  glong n = 0, start = -1;

  chars = g_utf8_to_ucs4_fast (text, -1, &n);
  for (glong i = 0; i <= n; i++)
    {
      gboolean letter = i < n && g_unichar_isalpha (chars[i]);

      if (letter && start < 0)
        start = i;
      if (!letter)
        {
          if (start >= 0)
            word_func (chars + start, i - start, data);
          start = -1;
          if (i < n && other_func != NULL)
            other_func (chars + i, 1, data);
        }
    }
}

typedef struct
{
  HyphenDict *dict;
  GString    *out;
  guint       syllables;
} Walk;

static void
append_word (const gunichar *word,
             glong           n,
             gpointer        data)
{
  Walk *walk = data;
  g_autofree gboolean *breaks = g_new0 (gboolean, n + 1);

  if (n >= KB_HYPHENATE_MIN_LETTERS && walk->dict != NULL)
    find_breaks (walk->dict, word, n, MIN_FRAGMENT, breaks);
  for (glong i = 0; i < n; i++)
    {
      if (breaks[i])
        g_string_append_unichar (walk->out, SOFT_HYPHEN);
      g_string_append_unichar (walk->out, word[i]);
    }
}

static void
append_other (const gunichar *c,
              glong           n,
              gpointer        data)
{
  Walk *walk = data;

  g_string_append_unichar (walk->out, c[0]);
}

/**
 * kb_hyphenate:
 * @lang: (nullable): the text's language, such as "nl" or "en_GB"
 *
 * Returns: (transfer full): @text with soft hyphens where the dictionary for @lang breaks
 *   words of at least %KB_HYPHENATE_MIN_LETTERS letters; @text as it is without a dictionary
 */
static gboolean
has_long_word (const char *text)
{
  guint run = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      run = g_unichar_isalpha (g_utf8_get_char (p)) ? run + 1 : 0;
      if (run >= KB_HYPHENATE_MIN_LETTERS)
        return TRUE;
    }
  return FALSE;
}

char *
kb_hyphenate (const char *text,
              const char *lang)
{
  Walk walk = { NULL, NULL, 0 };

  if (text == NULL)
    return g_strdup ("");
  if (!has_long_word (text) || (walk.dict = get_dictionary (lang)) == NULL)
    return g_strdup (text);
  walk.out = g_string_sized_new (strlen (text) + 8);
  for_each_word (text, append_word, append_other, &walk);
  return g_string_free (walk.out, FALSE);
}

static gboolean
is_vowel (gunichar c)
{
  gunichar base[4];

  /* Without its accent: "ö" is a vowel too. */
  if (g_unichar_fully_decompose (g_unichar_tolower (c), FALSE, base, G_N_ELEMENTS (base)) > 0)
    c = base[0];
  return c != 0 && c < 0x80 && strchr ("aeiouy", (int) c) != NULL;
}

static void
count_word (const gunichar *word,
            glong           n,
            gpointer        data)
{
  Walk *walk = data;
  g_autofree gboolean *breaks = g_new0 (gboolean, n + 1);
  guint count = 1;

  if (walk->dict != NULL && find_breaks (walk->dict, word, n, 1, breaks))
    {
      for (glong i = 1; i < n; i++)
        count += breaks[i];
    }
  else
    {
      /* No dictionary for the language: vowel groups, the usual estimate. */
      guint groups = 0;

      for (glong i = 0; i < n; i++)
        groups += is_vowel (word[i]) && (i == 0 || !is_vowel (word[i - 1]));
      count = MAX (groups, 1);
    }
  walk->syllables += count;
}

/**
 * kb_hyphen_count_syllables:
 * @text: a word or a whole text
 * @lang: (nullable): its language
 *
 * The syllables of all words in @text, for a reading-ease score: a word has one more than the
 * dictionary's break points in it. The dictionaries leave out a few breaks near a word's
 * ends (English "baby" has none), so this is a close lower bound. Without a dictionary for
 * @lang, the groups of vowels are counted instead.
 */
guint
kb_hyphen_count_syllables (const char *text,
                           const char *lang)
{
  Walk walk = { get_dictionary (lang), NULL, 0 };

  if (text == NULL)
    return 0;
  for_each_word (text, count_word, NULL, &walk);
  return walk.syllables;
}
