/* kletsborden --export-pdf / --export-png: option parsing only; the drawing and writing live in
 * src/render, so the app's print and export dialogs can use the same code. */
#define G_LOG_DOMAIN "kletsborden-cli"

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "kb-cli-private.h"
#include "kb-deck.h"
#include "kb-export.h"

typedef struct
{
  char    *output;
  char    *lang;
  char    *layout;
  char    *size;
  gboolean backs;
  gboolean cut_marks;
  gboolean high_contrast;
  char   **rest;
} ExportArgs;

static void
export_args_clear (ExportArgs *args)
{
  g_free (args->output);
  g_free (args->lang);
  g_free (args->layout);
  g_free (args->size);
  g_strfreev (args->rest);
}

/* GOptionContext wants an argv with a program name in front. */
gboolean
_kb_cli_parse (const char          *command,
               const char          *parameter,
               const char          *summary,
               const char * const  *args,
               GOptionEntry        *entries,
               int                 *status)
{
  g_autoptr(GOptionContext) context = g_option_context_new (parameter);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  char **argv_data;
  int argc;

  g_ptr_array_add (argv, (gpointer) command);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  argv_data = (char **) argv->pdata;
  argc = (int) argv->len - 1;

  g_option_context_set_summary (context, summary);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv_data, &error))
    {
      g_printerr ("%s: %s\n", command, error->message);
      *status = KB_CLI_EXIT_USAGE;
      return FALSE;
    }
  return TRUE;
}

KbDeck *
_kb_cli_load_deck (const char  *command,
                   char       **rest,
                   int         *status)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  KbDeck *deck;

  if (rest == NULL || rest[0] == NULL || rest[1] != NULL)
    {
      g_printerr ("%s: %s\n", command, _("name exactly one deck file"));
      *status = KB_CLI_EXIT_USAGE;
      return NULL;
    }
  file = g_file_new_for_commandline_arg (rest[0]);
  deck = kb_deck_new_from_file (file, &error);
  if (deck == NULL)
    {
      g_printerr ("%s\n", error->message);
      *status = KB_CLI_EXIT_FAILED;
    }
  return deck;
}

static const KbTheme *
theme_for (const ExportArgs *args)
{
  return kb_theme_get (args->high_contrast ? KB_THEME_VARIANT_HIGH_CONTRAST
                                           : KB_THEME_VARIANT_NORMAL);
}

int
_kb_cli_export_pdf (const char * const *argv)
{
  ExportArgs args = { 0 };
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &args.output, N_("The PDF file to write"),
      N_("FILE.pdf") },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &args.lang, N_("The language of the cards"),
      N_("LANG") },
    { "layout", 0, 0, G_OPTION_ARG_STRING, &args.layout,
      N_("a4-2x2, a4-3x3 (real card size, the default) or a3-board (the board as a poster)"),
      N_("LAYOUT") },
    { "backs", 0, 0, G_OPTION_ARG_NONE, &args.backs,
      N_("Add a mirrored back page after each page, for double-sided printing"), NULL },
    { "cut-marks", 0, 0, G_OPTION_ARG_NONE, &args.cut_marks, N_("Draw cut marks"), NULL },
    { "high-contrast", 0, 0, G_OPTION_ARG_NONE, &args.high_contrast,
      N_("Use the high-contrast theme"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &args.rest, NULL, NULL },
    { NULL }
  };
  KbPrintOptions options = { KB_PRINT_LAYOUT_A4_3X3, FALSE, FALSE, NULL, NULL };
  g_autoptr(KbDeck) deck = NULL;
  g_autoptr(GError) error = NULL;
  int status = KB_CLI_EXIT_OK;

  if (!_kb_cli_parse ("kletsborden --export-pdf", _("DECK"),
                      _("Writes a deck's cards as print sheets, or its board as a poster, to a "
                        "PDF file."), argv, entries, &status))
    goto out;
  if (args.output == NULL)
    {
      g_printerr ("kletsborden --export-pdf: %s\n", _("name the PDF file to write with -o"));
      status = KB_CLI_EXIT_USAGE;
      goto out;
    }
  if (args.layout != NULL && !kb_print_layout_from_string (args.layout, &options.layout))
    {
      g_printerr ("kletsborden --export-pdf: %s\n",
                  _("the layout must be a4-2x2, a4-3x3 or a3-board"));
      status = KB_CLI_EXIT_USAGE;
      goto out;
    }
  deck = _kb_cli_load_deck ("kletsborden --export-pdf", args.rest, &status);
  if (deck == NULL)
    goto out;

  options.backs = args.backs;
  options.cut_marks = args.cut_marks;
  options.lang = args.lang;
  options.theme = theme_for (&args);
  if (!kb_export_pdf (deck, args.output, &options, &error))
    {
      g_printerr ("%s\n", error->message);
      status = KB_CLI_EXIT_FAILED;
    }

out:
  export_args_clear (&args);
  return status;
}

int
_kb_cli_export_png (const char * const *argv)
{
  ExportArgs args = { 0 };
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &args.output,
      N_("The folder to write the PNG files into"), N_("DIR") },
    { "size", 0, 0, G_OPTION_ARG_STRING, &args.size,
      N_("Fit each card into this many pixels (default 630x880)"), N_("WxH") },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &args.lang, N_("The language of the cards"),
      N_("LANG") },
    { "high-contrast", 0, 0, G_OPTION_ARG_NONE, &args.high_contrast,
      N_("Use the high-contrast theme"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &args.rest, NULL, NULL },
    { NULL }
  };
  g_autoptr(KbDeck) deck = NULL;
  g_autoptr(GError) error = NULL;
  int status = KB_CLI_EXIT_OK;
  int width = 630, height = 880;
  guint n_files = 0;

  if (!_kb_cli_parse ("kletsborden --export-png", _("DECK"),
                      _("Writes one PNG per card, the back and the board into a folder."),
                      argv, entries, &status))
    goto out;
  if (args.output == NULL)
    {
      g_printerr ("kletsborden --export-png: %s\n", _("name the folder to write with -o"));
      status = KB_CLI_EXIT_USAGE;
      goto out;
    }
  if (args.size != NULL &&
      (sscanf (args.size, "%dx%d", &width, &height) != 2 || width < 16 || height < 16 ||
       width > 16384 || height > 16384))
    {
      g_printerr ("kletsborden --export-png: %s\n",
                  _("the size must be WIDTHxHEIGHT in pixels, from 16 to 16384, such as 1920x1080"));
      status = KB_CLI_EXIT_USAGE;
      goto out;
    }
  deck = _kb_cli_load_deck ("kletsborden --export-png", args.rest, &status);
  if (deck == NULL)
    goto out;

  if (!kb_export_png (deck, args.output, width, height, args.lang, theme_for (&args), &n_files,
                      &error))
    {
      g_printerr ("%s\n", error->message);
      status = KB_CLI_EXIT_FAILED;
    }
  else
    g_printerr (ngettext ("%u file written to %s\n", "%u files written to %s\n", n_files),
                n_files, args.output);

out:
  export_args_clear (&args);
  return status;
}
