/* The command line: sub-commands that need no display (validate; later export). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean            kb_cli_run               (int    argc,
                                              char **argv,
                                              int   *exit_status);
const GOptionEntry *kb_cli_get_help_entries  (void);

G_END_DECLS
