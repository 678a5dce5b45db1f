/* A list of cards as one types or pastes it: one card per line; a line that ends in ":" starts
 * a category; empty lines and a bullet in front ("- ", "* ", "• ", "1. ") are layout, not text. */
#define G_LOG_DOMAIN "kletsborden-import"

#include "config.h"

#include <string.h>

#include "kb-import-private.h"

static const char *
skip_bullet (const char *line)
{
  static const char * const bullets[] = { "- ", "* ", "\xE2\x80\xA2 ", "\xE2\x80\x93 ", NULL };
  const char *p = line;

  for (guint i = 0; bullets[i] != NULL; i++)
    if (g_str_has_prefix (line, bullets[i]))
      return line + strlen (bullets[i]);
  while (g_ascii_isdigit (*p))
    p++;
  if (p != line && p - line <= 3 && (*p == '.' || *p == ')') && p[1] == ' ')
    return p + 2;
  return line;
}

/* Returns: (transfer full): rows of (category, text), numbered by their lines, no header. */
KbImportTable *
_kb_import_plain_parse (const char *text)
{
  g_autoptr(KbImportTable) table = kb_import_table_new ();
  g_auto(GStrv) lines = NULL;
  g_autofree char *category = NULL;
  g_autofree char *unix_text = NULL;
  g_autoptr(GRegex) newline = g_regex_new ("\r\n?", 0, 0, NULL);

  unix_text = g_regex_replace_literal (newline, text, -1, 0, "\n", 0, NULL);
  lines = g_strsplit (unix_text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);
      gsize n = strlen (line);
      KbImportRow *row;

      if (n == 0)
        continue;
      if (line[n - 1] == ':')
        {
          line[n - 1] = '\0';
          g_free (category);
          category = g_strdup (g_strstrip (line));
          continue;
        }
      row = kb_import_table_add_row (table, i + 1);
      kb_import_row_set_cell (row, 1, g_strdup (category));
      kb_import_row_set_cell (row, 2, g_strdup (skip_bullet (line)));
    }
  return g_steal_pointer (&table);
}
