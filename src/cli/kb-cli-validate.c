/* kletsborden --validate FILE…: every problem of every deck, one per line, as a compiler
 * prints them, so editors and scripts can use the output. A folder stands for the decks in it. */
#define G_LOG_DOMAIN "kletsborden-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-cli-private.h"
#include "kb-deck.h"

typedef struct
{
  guint n_files;
  guint n_errors;
  guint n_warnings;
} KbValidateCount;

static void
validate_file (const char      *path,
               KbValidateCount *count)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(KbProblems) problems = kb_problems_new (path);
  /* Only the problems are wanted, not the deck. */
  KbDeck *deck = kb_deck_load (file, NULL, problems, NULL);
  g_auto(GStrv) lines = NULL;

  g_clear_object (&deck);
  lines = kb_problems_to_strv (problems);

  for (guint j = 0; lines[j] != NULL; j++)
    g_print ("%s\n", lines[j]);
  count->n_files++;
  count->n_errors += kb_problems_get_n_errors (problems);
  count->n_warnings += kb_problems_get_n_warnings (problems);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The decks in a folder, as the library finds them: *.json but not *.schema.json, sorted. */
static void
validate_folder (const char      *path,
                 KbValidateCount *count)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json") && !g_str_has_suffix (name, ".schema.json"))
      g_ptr_array_add (names, g_build_filename (path, name, NULL));
  g_ptr_array_sort (names, compare_names);

  if (names->len == 0)
    {
      g_print ("%s: %s: %s\n", path, _("error"), _("there are no deck files (*.json) in this "
                                                   "folder"));
      count->n_errors++;
    }
  for (guint i = 0; i < names->len; i++)
    validate_file (g_ptr_array_index (names, i), count);
}

int
_kb_cli_validate (const char * const *args)
{
  KbValidateCount count = { 0, };

  for (guint i = 0; args[i] != NULL; i++)
    if (g_str_equal (args[i], "--help") || g_str_equal (args[i], "-h"))
      {
        g_print ("%s\n\n%s\n", _("Usage: kletsborden --validate FILE…"),
                 _("Checks each deck file and prints every problem, one per line, as "
                   "file:line:column: error|warning: message. Exits with 0 when no file has "
                   "errors, 1 when one has, 2 when no file was given."));
        g_print ("%s\n", _("A folder stands for the deck files (*.json) in it."));
        return KB_CLI_EXIT_OK;
      }

  if (args[0] == NULL)
    {
      g_printerr ("%s\n", _("kletsborden --validate: name at least one deck file to check"));
      return KB_CLI_EXIT_USAGE;
    }

  for (guint i = 0; args[i] != NULL; i++)
    if (g_file_test (args[i], G_FILE_TEST_IS_DIR))
      validate_folder (args[i], &count);
    else
      validate_file (args[i], &count);

  /* The summary goes to stderr, so stdout holds only the problems, one per line. */
  {
    g_autofree char *files = g_strdup_printf (ngettext ("%u file checked", "%u files checked",
                                                        count.n_files), count.n_files);
    g_autofree char *errors = g_strdup_printf (ngettext ("%u error", "%u errors",
                                                         count.n_errors), count.n_errors);
    g_autofree char *warnings = g_strdup_printf (ngettext ("%u warning", "%u warnings",
                                                           count.n_warnings), count.n_warnings);
    /* TRANSLATORS: "3 files checked: 1 error, 2 warnings" */
    g_printerr (_("%s: %s, %s\n"), files, errors, warnings);
  }
  return count.n_errors > 0 ? KB_CLI_EXIT_FAILED : KB_CLI_EXIT_OK;
}
