/* Break opportunities in very long words, for card text. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define KB_HYPHENATE_MIN_LETTERS 16

char *kb_hyphenate (const char *text);

G_END_DECLS
