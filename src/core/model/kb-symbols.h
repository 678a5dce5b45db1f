/* The app's built-in category symbols, by name, as a deck's "symbol" names them. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char * const *kb_symbols_get_names (void);
gboolean            kb_symbols_is_known  (const char *name);

G_END_DECLS
