/* kletsborden --import FILE [-o DECK.json] and --export-csv DECK -o FILE.csv: a deck from a
 * spreadsheet and back. The reading and writing live in src/core/import, so the app's Import…
 * does the same; here are the options, the messages and where the files go. */
#define G_LOG_DOMAIN "kletsborden-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-cli-private.h"
#include "kb-deck-library.h"
#include "kb-durable-write.h"
#include "kb-import.h"

static void
print_problems (KbProblems *problems)
{
  g_auto(GStrv) lines = kb_problems_to_strv (problems);

  for (guint i = 0; lines[i] != NULL; i++)
    g_print ("%s\n", lines[i]);
}

/* Built-in decks are never written, not even by a wrong -o. */
static gboolean
check_not_builtin (const char  *path,
                   GError     **error)
{
  g_autoptr(GFile) builtin = kb_deck_library_get_builtin_dir ();
  g_autoptr(GFile) output = g_file_new_for_commandline_arg (path);
  g_autoptr(GFile) parent = g_file_get_parent (output);

  if (parent != NULL && g_file_equal (parent, builtin))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                   _("Could not save “%s”: that is the folder of the built-in decks; choose "
                     "another folder"), path);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_output (const char  *path,
              GFile       *input,
              GError     **error)
{
  return kb_durable_check_not_input (path, input, error) && check_not_builtin (path, error);
}

int
_kb_cli_import (const char * const *argv)
{
  g_autofree char *output = NULL;
  g_autofree char *title = NULL;
  g_autofree char *lang = NULL;
  g_auto(GStrv) rest = NULL;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The deck file to write; without it the deck goes into the decks folder"),
      N_("DECK.json") },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title,
      N_("The deck's title (the file's name without its extension by default)"), N_("TITLE") },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &lang,
      N_("The language of columns that name none, such as nl (by default the language of "
         "the header words)"), N_("LANG") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &rest, NULL, NULL },
    { NULL }
  };
  g_autoptr(KbImportResult) result = NULL;
  g_autoptr(GFile) input = NULL;
  g_autoptr(GFile) saved = NULL;
  g_autoptr(GError) error = NULL;
  KbImportOptions options = { KB_IMPORT_FORMAT_AUTO, NULL, NULL };
  int status = KB_CLI_EXIT_OK;

  if (!_kb_cli_parse ("kletsborden --import", _("FILE"),
                      _("Makes a deck from a spreadsheet (.ods, .xlsx, CSV) or a text file with "
                        "a card on each line, and prints every problem as file:row:column. The "
                        "first row names the columns: category, text, title, kind, intensity, "
                        "notes (or categorie, tekst, titel, soort, intensiteit, notities), each "
                        "with a language if you like: tekst:en, text (nl)."),
                      argv, entries, &status))
    return status;
  if (rest == NULL || rest[0] == NULL || rest[1] != NULL)
    {
      g_printerr ("kletsborden --import: %s\n", _("name exactly one file to import"));
      return KB_CLI_EXIT_USAGE;
    }

  input = g_file_new_for_commandline_arg (rest[0]);
  if (output != NULL && !check_output (output, input, &error))
    {
      g_printerr ("%s\n", error->message);
      return KB_CLI_EXIT_FAILED;
    }
  options.title = title;
  options.language = lang;
  result = kb_import_file (input, &options, &error);
  if (result == NULL)
    {
      g_printerr ("%s: %s\n", rest[0], error->message);
      return KB_CLI_EXIT_FAILED;
    }
  kb_problems_set_display_name (result->problems, rest[0]);
  print_problems (result->problems);
  if (result->deck == NULL)
    {
      g_printerr ("%s\n", _("kletsborden --import: no deck was written; fix the errors above"));
      return KB_CLI_EXIT_FAILED;
    }

  if (output != NULL)
    {
      saved = g_file_new_for_commandline_arg (output);
      if (!kb_deck_save (result->deck, saved, &error))
        g_clear_object (&saved);
    }
  else
    saved = kb_deck_library_add (result->deck, &error);
  if (saved == NULL)
    {
      g_printerr ("%s\n", error->message);
      return KB_CLI_EXIT_FAILED;
    }
  {
    g_autofree char *path = g_file_get_path (saved);
    guint n = kb_deck_get_n_cards (result->deck);
    guint c = kb_deck_get_n_categories (result->deck);
    g_autofree char *cards = g_strdup_printf (ngettext ("%u card", "%u cards", n), n);
    g_autofree char *categories = g_strdup_printf (ngettext ("%u category", "%u categories", c),
                                                   c);
    /* TRANSLATORS: "40 cards in 4 categories written to decks/x/x.json" */
    g_printerr (_("%s in %s written to %s\n"), cards, categories, path);
  }
  return status;
}

int
_kb_cli_export_csv (const char * const *argv)
{
  g_autofree char *output = NULL;
  g_autofree char *separator = NULL;
  g_auto(GStrv) rest = NULL;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The CSV file to write"),
      N_("FILE.csv") },
    { "separator", 0, 0, G_OPTION_ARG_STRING, &separator,
      N_("The separator between cells: ; (the default, as Dutch Excel writes it), , or tab"),
      N_("SEP") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &rest, NULL, NULL },
    { NULL }
  };
  g_autoptr(KbDeck) deck = NULL;
  g_autoptr(KbProblems) left_out = NULL;
  g_autoptr(GBytes) csv = NULL;
  g_autoptr(GFile) input = NULL;
  g_autoptr(GError) error = NULL;
  int status = KB_CLI_EXIT_OK;
  char sep = ';';
  gsize size;
  const char *data;

  if (!_kb_cli_parse ("kletsborden --export-csv", _("DECK"),
                      _("Writes a deck's cards as CSV (UTF-8), with the columns --import reads, "
                        "to edit in a spreadsheet and import again."),
                      argv, entries, &status))
    return status;
  if (output == NULL)
    {
      g_printerr ("kletsborden --export-csv: %s\n", _("name the CSV file to write with -o"));
      return KB_CLI_EXIT_USAGE;
    }
  if (separator != NULL)
    {
      if (g_str_equal (separator, ";") || g_str_equal (separator, ","))
        sep = separator[0];
      else if (g_str_equal (separator, "tab") || g_str_equal (separator, "\t"))
        sep = '\t';
      else
        {
          g_printerr ("kletsborden --export-csv: %s\n",
                      _("the separator must be ;  ,  or tab"));
          return KB_CLI_EXIT_USAGE;
        }
    }
  deck = _kb_cli_load_deck ("kletsborden --export-csv", rest, &status);
  if (deck == NULL)
    return status;
  input = g_file_new_for_commandline_arg (rest[0]);
  if (!check_output (output, input, &error))
    {
      g_printerr ("%s\n", error->message);
      return KB_CLI_EXIT_FAILED;
    }
  left_out = kb_problems_new (output);
  csv = kb_deck_to_csv (deck, sep, left_out);
  data = g_bytes_get_data (csv, &size);
  if (!kb_durable_write_contents (output, data, size, KB_DURABLE_NONE, &error))
    {
      g_printerr ("%s\n", error->message);
      return KB_CLI_EXIT_FAILED;
    }
  print_problems (left_out);
  return status;
}
