/* The tree the locator scanned: walking it and the position of each key and value, for the
 * reader's file:line:column messages. */
#define G_LOG_DOMAIN "kletsborden-json"

#include "config.h"

#include "kb-json-locator-private.h"

guint
kb_json_locator_root (KbJsonLocator *self)
{
  return 0;
}

guint
kb_json_locator_first (KbJsonLocator *self,
                       guint          node)
{
  if (node == KB_LOC_NONE)
    return KB_LOC_NONE;
  return g_array_index (self->nodes, KbLocNode, node).first_child;
}

guint
kb_json_locator_next (KbJsonLocator *self,
                      guint          node)
{
  if (node == KB_LOC_NONE)
    return KB_LOC_NONE;
  return g_array_index (self->nodes, KbLocNode, node).next_sibling;
}

/* The last member of that name, the one json-glib keeps. */
guint
kb_json_locator_member (KbJsonLocator *self,
                        guint          object,
                        const char    *name)
{
  guint found = KB_LOC_NONE;

  for (guint c = kb_json_locator_first (self, object); c != KB_LOC_NONE;
       c = kb_json_locator_next (self, c))
    if (g_strcmp0 (g_array_index (self->nodes, KbLocNode, c).key, name) == 0)
      found = c;
  return found;
}

const char *
kb_json_locator_key (KbJsonLocator *self,
                     guint          node)
{
  if (node == KB_LOC_NONE)
    return NULL;
  return g_array_index (self->nodes, KbLocNode, node).key;
}

void
kb_json_locator_position (KbJsonLocator *self,
                          guint          node,
                          guint         *line,
                          guint         *column)
{
  const KbLocNode *n = node != KB_LOC_NONE && node < self->nodes->len
    ? &g_array_index (self->nodes, KbLocNode, node) : NULL;

  *line = n != NULL ? n->line : 1;
  *column = n != NULL ? n->column : 1;
}

void
kb_json_locator_key_position (KbJsonLocator *self,
                              guint          node,
                              guint         *line,
                              guint         *column)
{
  const KbLocNode *n = node != KB_LOC_NONE && node < self->nodes->len
    ? &g_array_index (self->nodes, KbLocNode, node) : NULL;

  if (n == NULL || n->key == NULL)
    {
      kb_json_locator_position (self, node, line, column);
      return;
    }
  *line = n->key_line;
  *column = n->key_column;
}
