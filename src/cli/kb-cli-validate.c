/* kletsborden --validate FILE…: every problem of every deck, one per line, as a compiler
 * prints them, so editors and scripts can use the output. */
#define G_LOG_DOMAIN "kletsborden-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-cli-private.h"
#include "kb-deck.h"

int
_kb_cli_validate (const char * const *args)
{
  guint n_files = 0, n_errors = 0, n_warnings = 0;

  for (guint i = 0; args[i] != NULL; i++)
    if (g_str_equal (args[i], "--help") || g_str_equal (args[i], "-h"))
      {
        g_print ("%s\n\n%s\n", _("Usage: kletsborden --validate FILE…"),
                 _("Checks each deck file and prints every problem, one per line, as "
                   "file:line:column: error|warning: message. Exits with 0 when no file has "
                   "errors, 1 when one has, 2 when no file was given."));
        return KB_CLI_EXIT_OK;
      }

  if (args[0] == NULL)
    {
      g_printerr ("%s\n", _("kletsborden --validate: name at least one deck file to check"));
      return KB_CLI_EXIT_USAGE;
    }

  for (guint i = 0; args[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (args[i]);
      g_autoptr(KbProblems) problems = kb_problems_new (args[i]);
      g_autoptr(KbDeck) deck = kb_deck_load (file, NULL, problems, NULL);
      g_auto(GStrv) lines = kb_problems_to_strv (problems);

      for (guint j = 0; lines[j] != NULL; j++)
        g_print ("%s\n", lines[j]);
      n_files++;
      n_errors += kb_problems_get_n_errors (problems);
      n_warnings += kb_problems_get_n_warnings (problems);
    }

  /* The summary goes to stderr, so stdout holds only the problems, one per line. */
  {
    g_autofree char *files = g_strdup_printf (ngettext ("%u file checked", "%u files checked",
                                                        n_files), n_files);
    g_autofree char *errors = g_strdup_printf (ngettext ("%u error", "%u errors", n_errors),
                                               n_errors);
    g_autofree char *warnings = g_strdup_printf (ngettext ("%u warning", "%u warnings",
                                                           n_warnings), n_warnings);
    /* TRANSLATORS: "3 files checked: 1 error, 2 warnings" */
    g_printerr (_("%s: %s, %s\n"), files, errors, warnings);
  }
  return n_errors > 0 ? KB_CLI_EXIT_FAILED : KB_CLI_EXIT_OK;
}
