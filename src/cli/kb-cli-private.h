/* One function per sub-command; kb-cli.c lists them. */
#pragma once

#include <glib.h>

#include "kb-types.h"

G_BEGIN_DECLS

/* Exit statuses every sub-command shares. */
#define KB_CLI_EXIT_OK      0
#define KB_CLI_EXIT_FAILED  1
#define KB_CLI_EXIT_USAGE   2

/* @args: the arguments after the sub-command's flag, %NULL-terminated. */
typedef int (*KbCliCommandFunc) (const char * const *args);

int _kb_cli_validate (const char * const *args);
int _kb_cli_export_pdf (const char * const *args);
int _kb_cli_export_png (const char * const *args);
int _kb_cli_import (const char * const *args);
int _kb_cli_export_csv (const char * const *args);

/* What the sub-commands share (kb-cli-export.c). */
gboolean      _kb_cli_parse      (const char          *command,
                                  const char          *parameter,
                                  const char          *summary,
                                  const char * const  *args,
                                  GOptionEntry        *entries,
                                  int                 *status);
KbDeck       *_kb_cli_load_deck  (const char          *command,
                                  char               **rest,
                                  int                 *status);

G_END_DECLS
