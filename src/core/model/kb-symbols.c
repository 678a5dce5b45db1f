/* The names of the category symbols render draws; the list is part of format v1. */
#define G_LOG_DOMAIN "kletsborden-symbols"

#include "kb-symbols.h"

static const char * const symbol_names[] = {
  "hand", "heart", "eye", "speech", "question", "star", "people", "house",
  "compass", "route", "leaf", "sun", "cloud", "key", "lightbulb", "flag",
  NULL
};

const char * const *
kb_symbols_get_names (void)
{
  return symbol_names;
}

gboolean
kb_symbols_is_known (const char *name)
{
  g_return_val_if_fail (name != NULL, FALSE);

  return g_strv_contains (symbol_names, name);
}
