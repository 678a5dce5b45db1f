/* Which reader a file goes to, and the result a caller gets (kb-import.h). */
#define G_LOG_DOMAIN "kletsborden-import"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "kb-guarded-read.h"
#include "kb-import-private.h"

void
kb_import_result_free (KbImportResult *result)
{
  if (result == NULL)
    return;
  g_clear_object (&result->deck);
  g_clear_pointer (&result->problems, kb_problems_unref);
  g_clear_pointer (&result->columns, g_ptr_array_unref);
  g_free (result->source);
  g_free (result);
}

static KbImportFormat
format_from_name (const char *name)
{
  g_autofree char *lower = g_ascii_strdown (name != NULL ? name : "", -1);

  if (g_str_has_suffix (lower, ".ods"))
    return KB_IMPORT_FORMAT_ODS;
  if (g_str_has_suffix (lower, ".xlsx"))
    return KB_IMPORT_FORMAT_XLSX;
  if (g_str_has_suffix (lower, ".txt") || g_str_has_suffix (lower, ".text"))
    return KB_IMPORT_FORMAT_TEXT;
  return KB_IMPORT_FORMAT_CSV;
}

/* A zip that says it is CSV is most likely a spreadsheet saved under the wrong name. */
static KbImportFormat
format_from_content (GBytes         *bytes,
                     KbImportFormat  by_name)
{
  g_autoptr(GBytes) mimetype = NULL;

  if (!_kb_import_is_zip (bytes))
    return by_name;
  if (by_name == KB_IMPORT_FORMAT_ODS || by_name == KB_IMPORT_FORMAT_XLSX)
    return by_name;
  mimetype = _kb_import_zip_member (bytes, "mimetype", NULL);
  if (mimetype != NULL &&
      g_str_has_prefix (g_bytes_get_data (mimetype, NULL),
                        "application/vnd.oasis.opendocument.spreadsheet"))
    return KB_IMPORT_FORMAT_ODS;
  return KB_IMPORT_FORMAT_XLSX;
}

/* The title a file gives: its name without the extension. */
static char *
title_from_name (const char *name)
{
  char *title = g_path_get_basename (name != NULL ? name : "");
  char *dot = strrchr (title, '.');

  if (dot != NULL && dot != title)
    *dot = '\0';
  g_strstrip (title);
  if (title[0] == '\0')
    {
      g_free (title);
      title = g_strdup (_("Imported Cards"));
    }
  return title;
}

static void
finish (KbImportResult        *result,
        KbImportTable         *table,
        gboolean               has_header,
        const char            *name,
        const KbImportOptions *options)
{
  g_autofree char *default_lang = NULL;
  g_autofree char *title = NULL;
  KbImportColumn *first;

  kb_import_table_drop_empty_rows (table);
  if (table->rows->len == 0)
    {
      kb_problems_add (result->problems, KB_PROBLEM_ERROR, 1, 1,
                       _("the file holds no cards: every row is empty"));
      result->columns = g_ptr_array_new_with_free_func (_kb_import_column_free);
      return;
    }
  result->columns = _kb_import_read_header (table, has_header,
                                            options != NULL ? options->language : NULL,
                                            result->problems, &default_lang);
  first = g_ptr_array_index (result->columns, 0);
  title = options != NULL && options->title != NULL ? g_strdup (options->title)
                                                    : title_from_name (name);
  result->deck = _kb_import_build_deck (table, result->columns, first->header != NULL ? 1 : 0,
                                        default_lang, title, result->problems);
  kb_problems_sort (result->problems);
  if (kb_problems_get_n_errors (result->problems) > 0)
    g_clear_object (&result->deck);
}

static KbImportResult *
result_new (const char *display_name)
{
  KbImportResult *result = g_new0 (KbImportResult, 1);

  result->problems = kb_problems_new (display_name);
  return result;
}

static KbImportResult *
import_bytes (GBytes                *bytes,
              const char            *display_name,
              const KbImportOptions *options)
{
  KbImportResult *result = result_new (display_name);
  KbImportFormat format = options != NULL ? options->format : KB_IMPORT_FORMAT_AUTO;
  g_autoptr(KbImportTable) table = NULL;
  g_autoptr(GError) error = NULL;
  gboolean guessed = format == KB_IMPORT_FORMAT_AUTO;

  if (guessed)
    format = format_from_content (bytes, format_from_name (display_name));

  if (format == KB_IMPORT_FORMAT_ODS || format == KB_IMPORT_FORMAT_XLSX)
    {
      result->source = g_strdup (format == KB_IMPORT_FORMAT_ODS ? "OpenDocument (.ods)"
                                                                : "Office Open XML (.xlsx)");
      table = format == KB_IMPORT_FORMAT_ODS ? _kb_import_ods_read (bytes, &error)
                                             : _kb_import_xlsx_read (bytes, &error);
      if (table == NULL)
        {
          kb_problems_add_literal (result->problems, KB_PROBLEM_ERROR, 1, 1, error->message);
          result->columns = g_ptr_array_new_with_free_func (_kb_import_column_free);
          return result;
        }
      finish (result, table, TRUE, display_name, options);
      return result;
    }
  else
    {
      gsize size;
      const char *data = g_bytes_get_data (bytes, &size);
      const char *encoding = NULL;
      g_autofree char *text = _kb_import_decode (data != NULL ? data : "", size, &encoding);
      char separator = '\0';

      /* Excel's "Unicode text" is a .txt too: rows of cells between tabs. */
      if (format == KB_IMPORT_FORMAT_TEXT && guessed && strchr (text, '\t') != NULL &&
          strchr (text, '\t') < text + strcspn (text, "\r\n"))
        format = KB_IMPORT_FORMAT_CSV;
      if (format == KB_IMPORT_FORMAT_TEXT)
        {
          result->source = g_strdup_printf (_("plain text, %s"), encoding);
          table = _kb_import_plain_parse (text);
          finish (result, table, FALSE, display_name, options);
          return result;
        }
      table = _kb_import_csv_parse (text, &separator, result->problems);
      result->source = g_strdup_printf (_("CSV, %s, separator %s"), encoding,
                                        separator == '\t' ? _("tab") : (char[]) { separator, 0 });
      finish (result, table, TRUE, display_name, options);
      return result;
    }
}

/**
 * kb_import_file:
 *
 * Reads a spreadsheet, a CSV file or a plain list of cards into a deck.
 *
 * Returns: (transfer full) (nullable): the result, whose problems name file:row:column; %NULL
 *   with @error only when the file cannot be read at all
 */
KbImportResult *
kb_import_file (GFile                  *file,
                const KbImportOptions  *options,
                GError                **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  bytes = kb_guarded_read_file (file, KB_IMPORT_MAX_FILE_SIZE, error);
  if (bytes == NULL)
    return NULL;
  name = g_file_get_path (file);
  if (name == NULL)
    name = g_file_get_uri (file);
  return import_bytes (bytes, name, options);
}

/**
 * kb_import_text:
 * @text: what was pasted: a list of cards, one per line, or rows of CSV; with
 *   %KB_IMPORT_FORMAT_AUTO, a tab in the first line means cells copied from a spreadsheet
 *   (Calc and Excel copy them tab-separated), read as CSV
 * @display_name: what the problems call it ("pasted text")
 *
 * Returns: (transfer full): the result
 */
KbImportResult *
kb_import_text (const char            *text,
                const char            *display_name,
                const KbImportOptions *options)
{
  g_autoptr(GBytes) bytes = NULL;
  KbImportOptions text_options = { KB_IMPORT_FORMAT_AUTO, NULL, NULL };

  g_return_val_if_fail (text != NULL, NULL);

  if (options != NULL)
    text_options = *options;
  if (text_options.format == KB_IMPORT_FORMAT_AUTO)
    {
      const char *end = strchr (text, '\n');
      const char *tab = strchr (text, '\t');

      text_options.format = tab != NULL && (end == NULL || tab < end) ? KB_IMPORT_FORMAT_CSV
                                                                      : KB_IMPORT_FORMAT_TEXT;
    }
  bytes = g_bytes_new (text, strlen (text));
  return import_bytes (bytes, display_name, &text_options);
}
