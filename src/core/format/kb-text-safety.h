/* Text from a stranger's deck that would mislead on the shared screen or in a terminal: bidi
 * overrides that turn what is shown around (U+202E), and stacks of combining marks that spill
 * over the lines around them. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Vietnamese or IPA stack two or three marks on a letter; far more is only ever an attack. */
#define KB_TEXT_MAX_COMBINING_MARKS 8

gboolean  kb_text_check_safe      (const char *text,
                                   char      **problem);
char     *kb_text_escape_for_line (const char *text);

G_END_DECLS
