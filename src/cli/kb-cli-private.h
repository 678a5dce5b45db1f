/* One function per sub-command; kb-cli.c lists them. */
#pragma once

#include <glib.h>

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

G_END_DECLS
