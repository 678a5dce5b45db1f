/* A deck as CSV, with the columns the importer reads, so it can go through a spreadsheet and
 * come back with the same texts, categories, kinds, intensities and notes. UTF-8 with a byte
 * order mark (without one Excel reads it as Windows-1252; LibreOffice takes both), CRLF
 * between rows, line breaks inside a cell as LF in quotes, ";" by default: the list separator
 * of Dutch Excel, and it leaves the commas of the texts unquoted. A cell a spreadsheet would
 * take for a formula gets an apostrophe in front, which the import takes away. What no column
 * holds (roles, images, tags, whom a card asks, the board, colours and symbols) is listed in
 * @left_out. */
#define G_LOG_DOMAIN "kletsborden-import"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "kb-import-private.h"

typedef struct
{
  KbImportField field;
  const char   *lang;    /* NULL for kind and intensity */
} ExportColumn;

static void
append_cell (GString    *out,
             const char *value,
             char        separator)
{
  g_autofree char *escaped = NULL;
  gboolean quote;

  /* "=…", "-…", "@…" would run as a formula in Excel or Calc: an apostrophe keeps it text. */
  if (_kb_import_csv_is_formula_like (value))
    value = escaped = g_strconcat ("'", value, NULL);
  quote = value[0] == ' ' || (value[0] != '\0' && value[strlen (value) - 1] == ' ') ||
                   strchr (value, separator) != NULL || strpbrk (value, "\"\r\n") != NULL;

  if (!quote)
    {
      g_string_append (out, value);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static gboolean
any_card_has (KbDeck        *deck,
              KbImportField  field)
{
  for (guint i = 0; i < kb_deck_get_n_cards (deck); i++)
    {
      KbCard *card = kb_deck_get_card (deck, i);

      if ((field == KB_IMPORT_FIELD_TITLE && kb_card_get_title (card) != NULL) ||
          (field == KB_IMPORT_FIELD_NOTES && kb_card_get_notes (card) != NULL) ||
          (field == KB_IMPORT_FIELD_INTENSITY &&
           kb_card_get_intensity (card) != KB_INTENSITY_UNSET))
        return TRUE;
    }
  return FALSE;
}

/* category per language, kind, intensity, title, text and notes per language. */
static GArray *
choose_columns (KbDeck *deck)
{
  static const KbImportField per_language[] = {
    KB_IMPORT_FIELD_TITLE, KB_IMPORT_FIELD_TEXT, KB_IMPORT_FIELD_NOTES,
  };
  const char * const *languages = kb_deck_get_languages (deck);
  GArray *columns = g_array_new (FALSE, FALSE, sizeof (ExportColumn));
  ExportColumn column;

  for (guint l = 0; languages[l] != NULL; l++)
    {
      column = (ExportColumn) { KB_IMPORT_FIELD_CATEGORY, languages[l] };
      g_array_append_val (columns, column);
    }
  column = (ExportColumn) { KB_IMPORT_FIELD_KIND, NULL };
  g_array_append_val (columns, column);
  if (any_card_has (deck, KB_IMPORT_FIELD_INTENSITY))
    {
      column = (ExportColumn) { KB_IMPORT_FIELD_INTENSITY, NULL };
      g_array_append_val (columns, column);
    }
  for (guint f = 0; f < G_N_ELEMENTS (per_language); f++)
    if (per_language[f] == KB_IMPORT_FIELD_TEXT || any_card_has (deck, per_language[f]))
      for (guint l = 0; languages[l] != NULL; l++)
        {
          column = (ExportColumn) { per_language[f], languages[l] };
          g_array_append_val (columns, column);
        }
  return columns;
}

/* A text in one language as the deck shows it: a missing language stays empty, so that the
 * import gives the same fallback, and a plain text is the same in every column. */
static const char *
text_in (const KbText *text,
         const char   *lang)
{
  if (text == NULL)
    return "";
  if (kb_text_is_plain (text))
    return kb_text_get (text, NULL, NULL);
  return kb_text_has (text, lang) ? kb_text_get (text, lang, NULL) : "";
}

static const char *
cell_of (KbCard             *card,
         const ExportColumn *column,
         const char         *words_lang)
{
  switch (column->field)
    {
    case KB_IMPORT_FIELD_CATEGORY:
      return text_in (kb_category_get_name (kb_card_get_category (card)), column->lang);
    case KB_IMPORT_FIELD_KIND:
      return _kb_import_kind_word (kb_card_get_kind (card), words_lang);
    case KB_IMPORT_FIELD_INTENSITY:
      return _kb_import_intensity_word (kb_card_get_intensity (card), words_lang);
    case KB_IMPORT_FIELD_TITLE:
      return text_in (kb_card_get_title (card), column->lang);
    case KB_IMPORT_FIELD_TEXT:
      return text_in (kb_card_get_text (card), column->lang);
    case KB_IMPORT_FIELD_NOTES:
      return text_in (kb_card_get_notes (card), column->lang);
    case KB_IMPORT_FIELD_UNKNOWN:
    default:
      g_assert_not_reached ();
    }
}

static void
note_left_out (KbProblems *left_out,
               guint       row,
               KbCard     *card)
{
  g_autoptr(GPtrArray) what = g_ptr_array_new ();
  g_autofree char *list = NULL;

  if (left_out == NULL)
    return;
  if (kb_card_get_n_roles (card) > 0)
    g_ptr_array_add (what, (gpointer) "roles");
  if (kb_card_get_image (card) != NULL)
    g_ptr_array_add (what, (gpointer) "image");
  if (kb_card_get_tags (card) != NULL && kb_card_get_tags (card)[0] != NULL)
    g_ptr_array_add (what, (gpointer) "tags");
  if (kb_card_get_asks (card) != KB_ASKS_NONE)
    g_ptr_array_add (what, (gpointer) "asks");
  if (what->len == 0)
    return;
  g_ptr_array_add (what, NULL);
  list = g_strjoinv (", ", (char **) what->pdata);
  kb_problems_add (left_out, KB_PROBLEM_WARNING, row, 1,
                   _("the card \"%s\" has %s, which no column holds; they are not written"),
                   kb_card_get_id (card), list);
}

/**
 * kb_deck_to_csv:
 * @separator: ';', ',' or '\t'
 * @left_out: (nullable): gets a warning for each card with members no column holds, at its row
 *
 * Returns: (transfer full): the CSV file's contents
 */
GBytes *
kb_deck_to_csv (KbDeck     *deck,
                char        separator,
                KbProblems *left_out)
{
  g_autoptr(GArray) columns = NULL;
  GString *out = g_string_new ("\xEF\xBB\xBF");
  const char *words_lang;

  g_return_val_if_fail (KB_IS_DECK (deck), NULL);
  g_return_val_if_fail (separator == ';' || separator == ',' || separator == '\t', NULL);

  words_lang = kb_deck_get_fallback_language (deck);
  columns = choose_columns (deck);
  for (guint c = 0; c < columns->len; c++)
    {
      const ExportColumn *column = &g_array_index (columns, ExportColumn, c);
      g_autofree char *header = column->lang != NULL
        ? g_strdup_printf ("%s:%s", _kb_import_field_word (column->field, words_lang), column->lang)
        : g_strdup (_kb_import_field_word (column->field, words_lang));

      if (c > 0)
        g_string_append_c (out, separator);
      append_cell (out, header, separator);
    }
  g_string_append (out, "\r\n");

  for (guint i = 0; i < kb_deck_get_n_cards (deck); i++)
    {
      KbCard *card = kb_deck_get_card (deck, i);

      for (guint c = 0; c < columns->len; c++)
        {
          if (c > 0)
            g_string_append_c (out, separator);
          append_cell (out, cell_of (card, &g_array_index (columns, ExportColumn, c), words_lang),
                       separator);
        }
      g_string_append (out, "\r\n");
      note_left_out (left_out, i + 2, card);
    }
  if (left_out != NULL && kb_deck_get_board (deck) != NULL)
    kb_problems_add (left_out, KB_PROBLEM_WARNING, 1, 1,
                     _("the deck's board is not written; no column holds it"));
  return g_string_free_to_bytes (out);
}
