/* Dispatches the command-line sub-commands before any GTK is started, so they run on a server
 * or in a test without a display. To add one: a kb-cli-NAME.c with its function in
 * kb-cli-private.h, and a row in the table below; --help then lists it too. */
#define G_LOG_DOMAIN "kletsborden-cli"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "kb-cli.h"
#include "kb-cli-private.h"

typedef struct
{
  const char *name;               /* the long option, without "--" */
  const char *arg_description;    /* N_() */
  const char *description;        /* N_() */
  KbCliCommandFunc run;
} KbCliCommand;

static const KbCliCommand commands[] = {
  { "validate", N_("FILE…"),
    N_("Check deck files and print every problem as file:line:column; "
       "exit status 0 without errors, 1 with errors (no display needed)"),
    _kb_cli_validate },
  { "export-pdf", N_("DECK -o FILE.pdf"),
    N_("Write print sheets (or the board as a poster) to a PDF file; "
       "--export-pdf --help lists the options"),
    _kb_cli_export_pdf },
  { "export-png", N_("DECK -o DIR"),
    N_("Write one PNG per card, the back and the board into a folder; "
       "--export-png --help lists the options"),
    _kb_cli_export_png },
  { "import", N_("FILE [-o DECK.json]"),
    N_("Make a deck from a spreadsheet (.ods, .xlsx, CSV) or a text file, into the decks "
       "folder or -o; --import --help lists the columns"),
    _kb_cli_import },
  { "export-csv", N_("DECK -o FILE.csv"),
    N_("Write a deck's cards as CSV with the columns --import reads"),
    _kb_cli_export_csv },
};

static const KbCliCommand *
find_command (const char  *arg,
              const char **inline_value)
{
  if (!g_str_has_prefix (arg, "--"))
    return NULL;
  arg += 2;
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      gsize n = strlen (commands[i].name);

      if (strncmp (arg, commands[i].name, n) != 0)
        continue;
      if (arg[n] == '\0')
        {
          *inline_value = NULL;
          return &commands[i];
        }
      if (arg[n] == '=')
        {
          *inline_value = arg + n + 1;
          return &commands[i];
        }
    }
  return NULL;
}

/**
 * kb_cli_run:
 * @exit_status: (out): what the program should exit with, when this returns %TRUE
 *
 * Runs the sub-command named anywhere in @argv ("--validate a.json b.json" or
 * "--validate=a.json b.json"); every other argument is its argument.
 *
 * Returns: %TRUE when a sub-command ran; %FALSE when the app should start
 */
gboolean
kb_cli_run (int    argc,
            char **argv,
            int   *exit_status)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  const KbCliCommand *command = NULL;
  const char *inline_value = NULL;

  for (int i = 1; i < argc && command == NULL; i++)
    command = find_command (argv[i], &inline_value);
  if (command == NULL)
    return FALSE;

  if (inline_value != NULL)
    g_ptr_array_add (args, (gpointer) inline_value);
  for (int i = 1; i < argc; i++)
    {
      const char *unused;
      if (find_command (argv[i], &unused) != command)
        g_ptr_array_add (args, argv[i]);
    }
  g_ptr_array_add (args, NULL);

  *exit_status = command->run ((const char * const *) args->pdata);
  return TRUE;
}

/**
 * kb_cli_get_help_entries:
 *
 * The sub-commands as option entries, only so that the application's --help lists them;
 * kb_cli_run() handles them before the application sees the command line.
 *
 * Returns: (array zero-terminated=1): the entries, translated
 */
const GOptionEntry *
kb_cli_get_help_entries (void)
{
  static GOptionEntry entries[G_N_ELEMENTS (commands) + 1];

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      entries[i].long_name = commands[i].name;
      entries[i].arg = G_OPTION_ARG_FILENAME_ARRAY;
      entries[i].description = _(commands[i].description);
      entries[i].arg_description = _(commands[i].arg_description);
    }
  return entries;
}
