/* The header row: which column holds what, and in which language. "tekst", "Text (en)",
 * "titel:nl" and "Notes [en]" all name a column; a column without a language takes the one the
 * header words are written in (Dutch words: "nl"), unless the caller says otherwise. Columns
 * nobody knows are reported at their header cell, with the number of cells left out. */
#define G_LOG_DOMAIN "kletsborden-import"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "kb-deck-reader-private.h"   /* _kb_suggest: the reader's "did you mean" */
#include "kb-import-private.h"

void
_kb_import_column_free (gpointer data)
{
  KbImportColumn *column = data;

  g_free (column->header);
  g_free (column->lang);
  g_free (column);
}

static KbImportColumn *
column_new (guint          number,
            const char    *header,
            KbImportField  field,
            const char    *lang)
{
  KbImportColumn *column = g_new0 (KbImportColumn, 1);

  column->column = number;
  column->header = g_strdup (header);
  column->field = field;
  column->lang = g_strdup (lang);
  column->ignored = field == KB_IMPORT_FIELD_UNKNOWN;
  return column;
}

/* The language of the user's session, for a list with no header words to tell. */
static char *
session_language (void)
{
  const char * const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      gsize n = strspn (names[i], "abcdefghijklmnopqrstuvwxyz");
      if (n >= 2 && n <= 3 && strchr ("_.@-", names[i][n]) != NULL)
        return g_strndup (names[i], n);
      if (n >= 2 && n <= 3 && names[i][n] == '\0')
        return g_strdup (names[i]);
    }
  return g_strdup ("en");
}

/* "Tekst (EN)" → word "tekst", language "en"; "en-GB" keeps its region. */
static gboolean
split_header (const char  *header,
              char       **word,
              char       **lang)
{
  static GRegex *regex;
  g_autoptr(GMatchInfo) match = NULL;

  if (g_once_init_enter (&regex))
    g_once_init_leave (&regex, g_regex_new ("^\\s*(.*?)\\s*(?:[:(\\[]\\s*"
                                                    "([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?)"
                                                    "\\s*[)\\]]?)?\\s*$",
                                                    G_REGEX_DOTALL, 0, NULL));
  if (!g_regex_match (regex, header, 0, &match))
    return FALSE;
  *word = g_match_info_fetch (match, 1);
  *lang = g_match_info_fetch (match, 2);
  if (*lang != NULL && **lang == '\0')
    g_clear_pointer (lang, g_free);
  if (*lang != NULL)
    {
      char *p = *lang + strcspn (*lang, "-_");
      for (char *q = *lang; q < p; q++)
        *q = g_ascii_tolower (*q);
      if (*p == '_')
        *p = '-';
    }
  return TRUE;
}

static guint
count_cells (KbImportTable *table,
             guint          first_row,
             guint          column)
{
  guint n = 0;

  for (guint i = first_row; i < table->rows->len; i++)
    n += kb_import_row_get_cell (g_ptr_array_index (table->rows, i), column)[0] != '\0';
  return n;
}

static void
report_left_out (KbImportTable  *table,
                 guint           first_row,
                 KbImportColumn *column,
                 const char     *why,
                 KbProblems     *problems)
{
  KbImportRow *header = g_ptr_array_index (table->rows, 0);
  guint n = count_cells (table, first_row, column->column);
  g_autofree char *letters = kb_import_column_name (column->column);
  g_autofree char *cells = g_strdup_printf (ngettext ("its %u cell is left out",
                                                      "its %u cells are left out", n), n);

  if (n == 0 && (column->header == NULL || column->header[0] == '\0'))
    return;
  /* TRANSLATORS: "column D: unknown column name "colour"; its 12 cells are left out" */
  kb_problems_add (problems, KB_PROBLEM_WARNING, header->number, column->column,
                   _("column %s: %s; %s"), letters, why, cells);
}

static char *
known_words (void)
{
  return g_strjoinv (", ", (char **) _kb_import_field_words ());
}

static guint
max_columns (KbImportTable *table)
{
  guint n = 0;

  for (guint i = 0; i < table->rows->len; i++)
    n = MAX (n, ((KbImportRow *) g_ptr_array_index (table->rows, i))->cells->len);
  return n;
}

/* A list without a header row: one column is the text; with more, the first is the category. */
static GPtrArray *
headerless (KbImportTable *table,
            const char    *lang,
            KbProblems    *problems)
{
  GPtrArray *columns = g_ptr_array_new_with_free_func (_kb_import_column_free);
  guint n = max_columns (table);
  if (n <= 1)
    g_ptr_array_add (columns, column_new (1, NULL, KB_IMPORT_FIELD_TEXT, lang));
  else
    {
      g_ptr_array_add (columns, column_new (1, NULL, KB_IMPORT_FIELD_CATEGORY, lang));
      g_ptr_array_add (columns, column_new (2, NULL, KB_IMPORT_FIELD_TEXT, lang));
    }
  for (guint c = columns->len + 1; c <= n; c++)
    g_ptr_array_add (columns, column_new (c, NULL, KB_IMPORT_FIELD_UNKNOWN, NULL));
  return columns;
}

/* The language the header words are in: the most of them, the first on a tie. */
static const char *
words_language (GPtrArray *columns,
                GPtrArray *word_langs)
{
  guint nl = 0, en = 0;
  const char *first = NULL;

  for (guint i = 0; i < columns->len; i++)
    {
      KbImportColumn *column = g_ptr_array_index (columns, i);
      const char *lang = g_ptr_array_index (word_langs, i);

      if (column->ignored || column->lang != NULL || lang == NULL)
        continue;
      if (first == NULL)
        first = lang;
      nl += g_str_equal (lang, "nl");
      en += g_str_equal (lang, "en");
    }
  return nl > en ? "nl" : en > nl ? "en" : first;
}

static gboolean
has_language (KbImportField field)
{
  return field != KB_IMPORT_FIELD_KIND && field != KB_IMPORT_FIELD_INTENSITY;
}

/**
 * _kb_import_read_header:
 * @has_header: %FALSE for a plain list (columns 1 and 2: category and text)
 * @language: (nullable): the language of columns that name none
 * @default_lang: (out) (transfer full): the language columns without one were given
 *
 * Returns: (transfer full): the columns, the header row's problems in @problems; the first
 *   row of @table is the header when @has_header and a cell of it names a known column
 */
GPtrArray *
_kb_import_read_header (KbImportTable  *table,
                        gboolean        has_header,
                        const char     *language,
                        KbProblems     *problems,
                        char          **default_lang)
{
  g_autoptr(GPtrArray) columns = g_ptr_array_new_with_free_func (_kb_import_column_free);
  g_autoptr(GPtrArray) word_langs = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  KbImportRow *header;
  const char *lang;
  guint n_known = 0;

  if (table->rows->len == 0 || !has_header)
    {
      *default_lang = language != NULL ? g_strdup (language) : session_language ();
      return headerless (table, *default_lang, problems);
    }

  header = g_ptr_array_index (table->rows, 0);
  /* Cells right of the last header cell are a column too, one without a name. */
  for (guint c = 1; c <= max_columns (table); c++)
    {
      const char *cell = kb_import_row_get_cell (header, c);
      g_autofree char *word = NULL;
      g_autofree char *tag = NULL;
      const char *word_lang = NULL;
      KbImportField field = KB_IMPORT_FIELD_UNKNOWN;

      if (split_header (cell, &word, &tag))
        field = _kb_import_field_from_word (word, &word_lang);
      n_known += field != KB_IMPORT_FIELD_UNKNOWN;
      g_ptr_array_add (columns, column_new (c, cell, field, has_language (field) ? tag : NULL));
      g_ptr_array_add (word_langs, (gpointer) word_lang);
    }

  if (n_known == 0)
    {
      g_autofree char *known = known_words ();
      KbImportColumn *first;

      *default_lang = language != NULL ? g_strdup (language) : session_language ();
      g_ptr_array_unref (g_steal_pointer (&columns));
      columns = headerless (table, *default_lang, problems);
      first = g_ptr_array_index (columns, 0);
      kb_problems_add (problems, KB_PROBLEM_WARNING, header->number, 1,
                       first->field == KB_IMPORT_FIELD_TEXT
                       ? _("the first row names none of the columns (%s), so every row is read "
                           "as a card's text")
                       : _("the first row names none of the columns (%s), so every row is read "
                           "as a card: column A the category, column B the text"),
                       known);
      for (guint i = 2; i < columns->len; i++)
        report_left_out (table, 0, g_ptr_array_index (columns, i),
                         _("only columns A and B are read from a list without a header row"),
                         problems);
      return g_steal_pointer (&columns);
    }

  lang = language != NULL ? language : words_language (columns, word_langs);
  *default_lang = g_strdup (lang != NULL ? lang : "en");
  for (guint i = 0; i < columns->len; i++)
    {
      KbImportColumn *column = g_ptr_array_index (columns, i);
      g_autofree char *key = NULL;
      KbImportColumn *earlier;

      if (column->ignored)
        {
          g_autofree char *word = NULL;
          g_autofree char *tag = NULL;
          g_autofree char *why = NULL;
          const char *suggestion = NULL;

          if (column->header[0] != '\0' && split_header (column->header, &word, &tag))
            {
              g_autofree char *folded = g_utf8_casefold (word, -1);
              suggestion = _kb_suggest (folded, _kb_import_field_words ());
            }
          if (column->header[0] == '\0')
            why = g_strdup (_("the column has no name in the first row"));
          else if (suggestion != NULL)
            why = g_strdup_printf (_("unknown column name \"%s\" (did you mean \"%s\"?)"),
                                   column->header, suggestion);
          else
            {
              g_autofree char *known = known_words ();
              why = g_strdup_printf (_("unknown column name \"%s\" (the names are: %s)"),
                                     column->header, known);
            }
          report_left_out (table, 1, column, why, problems);
          continue;
        }
      if (column->lang == NULL && has_language (column->field))
        column->lang = g_strdup (*default_lang);
      key = g_strdup_printf ("%d:%s", column->field, column->lang != NULL ? column->lang : "");
      earlier = g_hash_table_lookup (seen, key);
      if (earlier != NULL)
        {
          g_autofree char *letters = kb_import_column_name (earlier->column);
          g_autofree char *why = g_strdup_printf (_("\"%s\" is named by column %s already"),
                                                  column->header, letters);
          column->ignored = TRUE;
          report_left_out (table, 1, column, why, problems);
          continue;
        }
      g_hash_table_insert (seen, g_steal_pointer (&key), column);
    }
  return g_steal_pointer (&columns);
}
