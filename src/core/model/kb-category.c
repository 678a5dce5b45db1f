/* Categories: plain data the deck owns. */
#define G_LOG_DOMAIN "kletsborden-deck"

#include <string.h>

#include "kb-deck-private.h"

KbCategory *
_kb_category_new (void)
{
  return g_new0 (KbCategory, 1);
}

void
_kb_category_free (KbCategory *category)
{
  g_free (category->id);
  g_clear_pointer (&category->name, kb_text_unref);
  g_free (category->color);
  g_free (category->symbol);
  g_free (category->icon);
  g_clear_pointer (&category->extra, json_object_unref);
  g_free (category);
}

/* Unknown members are never edited, so the copy may share them. */
KbCategory *
_kb_category_copy (const KbCategory *category)
{
  KbCategory *copy = _kb_category_new ();

  copy->id = g_strdup (category->id);
  copy->name = category->name != NULL ? kb_text_ref (category->name) : NULL;
  copy->color = g_strdup (category->color);
  copy->symbol = g_strdup (category->symbol);
  copy->icon = g_strdup (category->icon);
  copy->extra = category->extra != NULL ? json_object_ref (category->extra) : NULL;
  return copy;
}

const char *
kb_category_get_id (KbCategory *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->id;
}

const KbText *
kb_category_get_name (KbCategory *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->name;
}

/**
 * kb_category_get_color:
 *
 * Returns: "#RRGGBB"; a grey when the file's colour was missing or wrong.
 */
const char *
kb_category_get_color (KbCategory *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return kb_color_is_valid (self->color) ? self->color : "#888888";
}

/* A colour as format v1 writes it: "#RRGGBB". */
gboolean
kb_color_is_valid (const char *color)
{
  return color != NULL && strlen (color) == 7 && color[0] == '#' &&
         strspn (color + 1, "0123456789abcdefABCDEF") == 6;
}

/**
 * kb_category_get_symbol:
 *
 * Returns: (nullable): the name of a built-in symbol, see kb_symbols_get_names(); it may be
 *   one this app does not know (the validator warns), so check with kb_symbols_is_known().
 */
const char *
kb_category_get_symbol (KbCategory *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->symbol;
}

/**
 * kb_category_get_icon:
 *
 * Returns: (nullable): an SVG relative to the deck's folder; open it with kb_deck_resolve_art().
 */
const char *
kb_category_get_icon (KbCategory *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->icon;
}
