/* See kb-text-safety.h. */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "kb-text-safety.h"

/* Embeddings and overrides (U+202A–U+202E) reorder all that follows up to a pop; the isolates
 * (U+2066–U+2069) and the marks LRM/RLM keep to themselves and are what right-to-left text needs. */
static gboolean
is_bidi_override (gunichar c)
{
  return c >= 0x202A && c <= 0x202E;
}

/**
 * kb_text_check_safe:
 * @problem: (out) (optional): what is wrong, as a message clause
 *
 * Returns: %FALSE when @text holds a bidi override or more than
 *   %KB_TEXT_MAX_COMBINING_MARKS combining marks on one character
 */
gboolean
kb_text_check_safe (const char  *text,
                    char       **problem)
{
  guint marks = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c;

      /* ASCII is neither a mark nor an override: most of a deck's text needs no decoding. */
      if ((guchar) *p < 0x80)
        {
          marks = 0;
          continue;
        }
      c = g_utf8_get_char (p);
      if (is_bidi_override (c))
        {
          if (problem != NULL)
            *problem = g_strdup_printf (_("it contains the control character U+%04X, which "
                                          "turns the text around on the screen; remove it"), c);
          return FALSE;
        }
      if (g_unichar_ismark (c))
        {
          if (++marks > KB_TEXT_MAX_COMBINING_MARKS)
            {
              if (problem != NULL)
                *problem = g_strdup_printf (_("it stacks more than %u accents or other marks on "
                                              "one letter, which spills over the lines around "
                                              "it"), (guint) KB_TEXT_MAX_COMBINING_MARKS);
              return FALSE;
            }
        }
      else
        marks = 0;
    }
  return TRUE;
}

/**
 * kb_text_escape_for_line:
 *
 * One problem per line: control characters (a newline in a path) and bidi controls are written
 * as \n, \t or \uXXXX, so that no message splits or turns a line of output around.
 *
 * Returns: (transfer full): @text, escaped where needed
 */
char *
kb_text_escape_for_line (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\n')
        g_string_append (out, "\\n");
      else if (c == '\t')
        g_string_append (out, "\\t");
      else if (c < 0x20 || c == 0x7F || is_bidi_override (c) || (c >= 0x2066 && c <= 0x2069))
        g_string_append_printf (out, "\\u%04X", c);
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }
  return g_string_free (out, FALSE);
}
