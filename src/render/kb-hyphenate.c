/* Dutch glues words together ("ervaringsdeskundigheidsbevorderingsprogramma"), and on a card
 * such a word is often wider than a line. Pango then breaks it anywhere, with a hyphen
 * ("deskund-igheids"). This puts soft hyphens (U+00AD) at syllable boundaries of very long words
 * only, so Pango breaks there instead and shows a hyphen only where it breaks. The rule is the
 * simple Dutch one: between two vowel groups, one consonant goes to the next syllable, of more
 * consonants the last goes (or a cluster that can start a syllable, such as "pr" or "gr"). It is
 * not a dictionary, but it lands on a syllable boundary far more often than a break by width.
 * Shorter words are left alone: a large card text reads better with whole words. */
#define G_LOG_DOMAIN "kletsborden-hyphenate"

#include <string.h>

#include "kb-hyphenate.h"

#define SOFT_HYPHEN 0x00AD
#define MIN_FRAGMENT 3   /* letters kept together at either end of a word */

static gboolean
is_vowel (gunichar c)
{
  gunichar base[4];

  /* Without its accent: "ö" is a vowel too. */
  if (g_unichar_fully_decompose (g_unichar_tolower (c), FALSE, base, G_N_ELEMENTS (base)) > 0)
    c = base[0];
  return c != 0 && c < 0x80 && strchr ("aeiouy", (int) c) != NULL;
}

static gboolean
is_onset (gunichar a,
          gunichar b)
{
  static const char * const onsets[] = {
    "pr", "br", "tr", "dr", "kr", "gr", "fr", "vr", "pl", "bl", "kl", "gl", "fl", "ch",
  };
  char pair[3] = { (char) g_unichar_tolower (a), (char) g_unichar_tolower (b), 0 };

  if (a >= 0x80 || b >= 0x80)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (onsets); i++)
    if (strcmp (pair, onsets[i]) == 0)
      return TRUE;
  return FALSE;
}

/* "sch" starts a Dutch syllable as a whole: ge-schikt, not ges-chikt. */
static gboolean
is_sch (const gunichar *c)
{
  return g_unichar_tolower (c[0]) == 's' && g_unichar_tolower (c[1]) == 'c' &&
         g_unichar_tolower (c[2]) == 'h';
}

/* Marks in @breaks[i] that a soft hyphen goes before letter i of @word. */
static void
find_breaks (const gunichar *word,
             glong           n,
             gboolean       *breaks)
{
  glong i = 0;

  while (i < n && !is_vowel (word[i]))
    i++;
  while (i < n)
    {
      glong vowels_end, next;

      while (i < n && is_vowel (word[i]))
        i++;
      vowels_end = i;
      while (i < n && !is_vowel (word[i]))
        i++;
      next = i;
      if (next >= n)
        break;   /* no vowel follows: the rest is the last syllable */
      {
        glong k = next - vowels_end;
        glong at = k <= 1 ? vowels_end
                 : (k >= 3 && is_sch (word + next - 3)) ? next - 3
                 : (k >= 2 && is_onset (word[next - 2], word[next - 1])) ? next - 2
                 : next - 1;

        if (at >= MIN_FRAGMENT && n - at >= MIN_FRAGMENT && k > 0)
          breaks[at] = TRUE;
      }
    }
}

static void
append_word (GString        *out,
             const gunichar *word,
             glong           n)
{
  g_autofree gboolean *breaks = g_new0 (gboolean, n + 1);

  if (n >= KB_HYPHENATE_MIN_LETTERS)
    find_breaks (word, n, breaks);
  for (glong i = 0; i < n; i++)
    {
      if (breaks[i])
        g_string_append_unichar (out, SOFT_HYPHEN);
      g_string_append_unichar (out, word[i]);
    }
}

/**
 * kb_hyphenate:
 *
 * Returns: (transfer full): @text with soft hyphens in words of at least
 *   %KB_HYPHENATE_MIN_LETTERS Latin letters
 */
char *
kb_hyphenate (const char *text)
{
  g_autofree gunichar *chars = NULL;
  glong n = 0, start = -1;
  GString *out;

  if (text == NULL)
    return g_strdup ("");
  chars = g_utf8_to_ucs4_fast (text, -1, &n);
  out = g_string_sized_new (strlen (text) + 8);
  for (glong i = 0; i <= n; i++)
    {
      gboolean letter = i < n && g_unichar_isalpha (chars[i]) &&
                        g_unichar_get_script (chars[i]) == G_UNICODE_SCRIPT_LATIN;

      if (letter && start < 0)
        start = i;
      if (!letter)
        {
          if (start >= 0)
            append_word (out, chars + start, i - start);
          start = -1;
          if (i < n)
            g_string_append_unichar (out, chars[i]);
        }
    }
  return g_string_free (out, FALSE);
}
