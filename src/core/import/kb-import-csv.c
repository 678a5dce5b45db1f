/* CSV as spreadsheets write it: the separator is ";", "," or a tab (found in the header line, or
 * named by Excel's "sep=;" first line), fields in double quotes may hold separators, line breaks
 * and doubled quotes, lines end in CRLF, LF or CR. Row numbers are records as a spreadsheet
 * shows them: a quoted line break does not start a row, and Excel hides the "sep=" line. */
#define G_LOG_DOMAIN "kletsborden-import"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "kb-import-private.h"

static const char candidates[] = { '\t', ';', ',' };

/* The separator the header line uses most, outside quotes; ";" for a line of one column. */
static char
detect_separator (const char *text)
{
  guint counts[G_N_ELEMENTS (candidates)] = { 0 };
  gboolean quoted = FALSE;
  guint best = 1;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (!quoted && (*p == '\n' || *p == '\r'))
        break;
      else if (!quoted)
        for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
          counts[i] += *p == candidates[i];
    }
  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    if (counts[i] > counts[best])
      best = i;
  return candidates[best];
}

/* Excel's "sep=;" (sometimes in quotes) names the separator on a line of its own. */
static const char *
skip_sep_line (const char *text,
               char       *separator)
{
  const char *p = text;
  gboolean quoted = *p == '"';

  p += quoted;
  if (g_ascii_strncasecmp (p, "sep=", 4) != 0 || p[4] == '\0' || p[4] == '\n' || p[4] == '\r')
    return text;
  *separator = p[4];
  p += 5;
  if (quoted && *p == '"')
    p++;
  while (*p == ' ' || *p == *separator)
    p++;
  if (*p == '\r')
    p++;
  if (*p == '\n')
    p++;
  return p;
}

/**
 * _kb_import_csv_is_formula_like:
 *
 * Whether a spreadsheet would take @value for a formula: it starts with = + - @, a tab or a CR
 * (formula injection, OWASP), or with apostrophes and then one of those. The export writes such
 * a cell with one more apostrophe in front, which Excel and Calc show as text; the import takes
 * exactly that one away again, so "'=x" and "'x" come back as they were.
 */
gboolean
_kb_import_csv_is_formula_like (const char *value)
{
  while (*value == '\'')
    value++;
  return *value != '\0' && strchr ("=+-@\t\r", *value) != NULL;
}

/**
 * _kb_import_unescape_formula:
 * @value: a cell of a CSV file, or of the sheet Calc made of one (it keeps the apostrophe as
 *   text; Excel hides it, and a person who types it in either gets the cell without it)
 *
 * Takes away the apostrophe the export put before a formula-like cell, in place.
 *
 * Returns: @value
 */
char *
_kb_import_unescape_formula (char *value)
{
  if (value != NULL && value[0] == '\'' && _kb_import_csv_is_formula_like (value + 1))
    memmove (value, value + 1, strlen (value));
  return value;
}

static void
end_field (KbImportRow *row,
           guint       *column,
           GString     *field)
{
  if (field->len > 0)
    kb_import_row_set_cell (row, *column,
                            _kb_import_unescape_formula (g_strndup (field->str, field->len)));
  g_string_truncate (field, 0);
  (*column)++;
}

/**
 * _kb_import_csv_parse:
 * @separator: (inout): the separator; '\0' to find it
 *
 * Returns: (transfer full): the rows; a quote that is never closed is an error in @problems at
 *   the cell where it opens, and that cell takes the rest of the file
 */
KbImportTable *
_kb_import_csv_parse (const char *text,
                      char       *separator,
                      KbProblems *problems)
{
  g_autoptr(KbImportTable) table = kb_import_table_new ();
  g_autoptr(GString) field = g_string_new (NULL);
  const char *p;
  KbImportRow *row = NULL;
  guint number = 0, column = 1, quote_row = 0, quote_column = 0;
  gboolean quoted = FALSE, at_start = TRUE;

  p = skip_sep_line (text, separator);
  if (*separator == '\0')
    *separator = detect_separator (p);

  for (; ; p++)
    {
      char c = *p;

      if (row == NULL && c != '\0')
        {
          row = kb_import_table_add_row (table, ++number);
          column = 1;
          at_start = TRUE;
        }
      if (quoted)
        {
          if (c == '\0')
            {
              kb_problems_add (problems, KB_PROBLEM_ERROR, quote_row, quote_column,
                               _("the quote (\") that opens this cell is never closed, so the "
                                 "cell runs to the end of the file; close it with a second "
                                 "quote"));
              end_field (row, &column, field);
              break;
            }
          if (c == '"' && p[1] == '"')
            {
              g_string_append_c (field, '"');
              p++;
            }
          else if (c == '"')
            quoted = FALSE;
          else if (c == '\r' && p[1] == '\n')
            ;   /* a line break inside a cell is one "\n" */
          else
            g_string_append_c (field, c == '\r' ? '\n' : c);
          continue;
        }
      if (c == '\0')
        {
          if (row != NULL)
            end_field (row, &column, field);
          break;
        }
      if (c == '"' && at_start)
        {
          quoted = TRUE;
          at_start = FALSE;
          quote_row = number;
          quote_column = column;
        }
      else if (c == *separator)
        {
          end_field (row, &column, field);
          at_start = TRUE;
        }
      else if (c == '\n' || c == '\r')
        {
          if (c == '\r' && p[1] == '\n')
            p++;
          end_field (row, &column, field);
          row = NULL;
        }
      else
        {
          /* A quote inside an unquoted cell, or text after a closing quote, is kept as it is,
           * as LibreOffice and Excel do. */
          g_string_append_c (field, c);
          at_start = FALSE;
        }
    }
  return g_steal_pointer (&table);
}
