/* Break opportunities in very long words, for card text, and syllables, for reading ease; by
 * language, from the hyphenation dictionaries LibreOffice uses (libhyphen). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define KB_HYPHENATE_MIN_LETTERS 16

char     *kb_hyphenate                (const char *text,
                                       const char *lang);
guint     kb_hyphen_count_syllables   (const char *text,
                                       const char *lang);
gboolean  kb_hyphen_has_dictionary    (const char *lang);
gboolean  kb_hyphen_is_loaded         (const char *lang);

G_END_DECLS
