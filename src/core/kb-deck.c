/* The deck model and a first reader for format v1 (see DESIGN.md). */
#define G_LOG_DOMAIN "kletsborden-deck"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "kb-deck.h"

struct _KbCategory
{
  char *id;
  KbText *name;
  char *color;
  char *symbol;
};

struct _KbDeck
{
  GObject parent_instance;

  GFile *file;
  char *id;
  GStrv languages;
  KbText *title;
  KbText *description;
  GPtrArray *categories;    /* KbCategory */
  guint n_cards;
};

G_DEFINE_FINAL_TYPE (KbDeck, kb_deck, G_TYPE_OBJECT)

G_DEFINE_QUARK (kb-deck-error-quark, kb_deck_error)

static void
kb_category_free (KbCategory *category)
{
  g_free (category->id);
  g_clear_pointer (&category->name, kb_text_unref);
  g_free (category->color);
  g_free (category->symbol);
  g_free (category);
}

static KbText *
text_from_node (JsonNode *node)
{
  KbText *text;
  JsonObject *object;
  JsonObjectIter iter;
  const char *lang;
  JsonNode *value;

  if (node == NULL)
    return NULL;
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return kb_text_new_plain (json_node_get_string (node));
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return NULL;

  text = kb_text_new ();
  object = json_node_get_object (node);
  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &lang, &value))
    if (JSON_NODE_HOLDS_VALUE (value) && json_node_get_value_type (value) == G_TYPE_STRING)
      kb_text_set (text, lang, json_node_get_string (value));
  return text;
}

static void
kb_deck_finalize (GObject *object)
{
  KbDeck *self = (KbDeck *) object;

  g_clear_object (&self->file);
  g_free (self->id);
  g_strfreev (self->languages);
  g_clear_pointer (&self->title, kb_text_unref);
  g_clear_pointer (&self->description, kb_text_unref);
  g_clear_pointer (&self->categories, g_ptr_array_unref);

  G_OBJECT_CLASS (kb_deck_parent_class)->finalize (object);
}

static void
kb_deck_class_init (KbDeckClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kb_deck_finalize;
}

static void
kb_deck_init (KbDeck *self)
{
  self->categories = g_ptr_array_new_with_free_func ((GDestroyNotify) kb_category_free);
}

static gboolean
read_deck (KbDeck      *self,
           JsonNode    *root,
           const char  *display_name,
           GError     **error)
{
  JsonObject *object;
  JsonArray *array;
  g_autoptr(GStrvBuilder) languages = g_strv_builder_new ();

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, KB_DECK_ERROR, KB_DECK_ERROR_INVALID,
                   _("%s: a deck must be a JSON object"), display_name);
      return FALSE;
    }
  object = json_node_get_object (root);

  if (g_strcmp0 (json_object_get_string_member_with_default (object, "format", NULL),
                 "kletsborden-deck") != 0)
    {
      g_set_error (error, KB_DECK_ERROR, KB_DECK_ERROR_INVALID,
                   _("%s: this is not a Kletsborden deck (\"format\" must be \"kletsborden-deck\")"),
                   display_name);
      return FALSE;
    }

  self->id = g_strdup (json_object_get_string_member_with_default (object, "id", ""));
  self->title = text_from_node (json_object_get_member (object, "title"));
  self->description = text_from_node (json_object_get_member (object, "description"));

  array = json_object_has_member (object, "languages")
    ? json_object_get_array_member (object, "languages") : NULL;
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      const char *lang = json_array_get_string_element (array, i);
      if (lang != NULL)
        g_strv_builder_add (languages, lang);
    }
  self->languages = g_strv_builder_end (languages);

  array = json_object_has_member (object, "categories")
    ? json_object_get_array_member (object, "categories") : NULL;
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *cat = json_array_get_object_element (array, i);
      KbCategory *category;

      if (cat == NULL)
        continue;
      category = g_new0 (KbCategory, 1);
      category->id = g_strdup (json_object_get_string_member_with_default (cat, "id", ""));
      category->name = text_from_node (json_object_get_member (cat, "name"));
      category->color = g_strdup (json_object_get_string_member_with_default (cat, "color",
                                                                              "#888888"));
      category->symbol = g_strdup (json_object_get_string_member_with_default (cat, "symbol",
                                                                               NULL));
      g_ptr_array_add (self->categories, category);
    }

  array = json_object_has_member (object, "cards")
    ? json_object_get_array_member (object, "cards") : NULL;
  self->n_cards = array != NULL ? json_array_get_length (array) : 0;

  if (self->title == NULL || self->languages[0] == NULL)
    {
      g_set_error (error, KB_DECK_ERROR, KB_DECK_ERROR_INVALID,
                   _("%s: a deck needs a \"title\" and at least one of \"languages\""),
                   display_name);
      return FALSE;
    }
  return TRUE;
}

KbDeck *
kb_deck_new_from_bytes (GBytes      *bytes,
                        const char  *display_name,
                        GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(KbDeck) self = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  if (!json_parser_load_from_data (parser, data, (gssize) size, &local_error))
    {
      g_set_error (error, KB_DECK_ERROR, KB_DECK_ERROR_SYNTAX, "%s:%s",
                   display_name, local_error->message);
      return NULL;
    }

  self = g_object_new (KB_TYPE_DECK, NULL);
  if (!read_deck (self, json_parser_get_root (parser), display_name, error))
    return NULL;
  return g_steal_pointer (&self);
}

KbDeck *
kb_deck_new_from_file (GFile   *file,
                       GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *display_name = NULL;
  KbDeck *self;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  display_name = g_file_get_parse_name (file);
  bytes = g_file_load_bytes (file, NULL, NULL, error);
  if (bytes == NULL)
    return NULL;

  self = kb_deck_new_from_bytes (bytes, display_name, error);
  if (self != NULL)
    self->file = g_object_ref (file);
  return self;
}

GFile *
kb_deck_get_file (KbDeck *self)
{
  g_return_val_if_fail (KB_IS_DECK (self), NULL);
  return self->file;
}

const char *
kb_deck_get_id (KbDeck *self)
{
  g_return_val_if_fail (KB_IS_DECK (self), NULL);
  return self->id;
}

const char * const *
kb_deck_get_languages (KbDeck *self)
{
  g_return_val_if_fail (KB_IS_DECK (self), NULL);
  return (const char * const *) self->languages;
}

const char *
kb_deck_get_fallback_language (KbDeck *self)
{
  g_return_val_if_fail (KB_IS_DECK (self), NULL);
  return self->languages[0];
}

const char *
kb_deck_get_title (KbDeck     *self,
                   const char *lang)
{
  g_return_val_if_fail (KB_IS_DECK (self), NULL);
  return kb_text_get (self->title, lang, self->languages[0]);
}

const char *
kb_deck_get_description (KbDeck     *self,
                         const char *lang)
{
  g_return_val_if_fail (KB_IS_DECK (self), NULL);
  if (self->description == NULL)
    return NULL;
  return kb_text_get (self->description, lang, self->languages[0]);
}

/**
 * kb_deck_pick_language:
 * @preferred: (nullable): languages in order of preference, as g_get_language_names() gives them
 *
 * Returns: the first preferred language the deck has, else its fallback language.
 */
const char *
kb_deck_pick_language (KbDeck             *self,
                       const char * const *preferred)
{
  g_return_val_if_fail (KB_IS_DECK (self), NULL);

  for (guint i = 0; preferred != NULL && preferred[i] != NULL; i++)
    for (guint j = 0; self->languages[j] != NULL; j++)
      if (g_str_equal (preferred[i], self->languages[j]))
        return self->languages[j];
  return self->languages[0];
}

guint
kb_deck_get_n_categories (KbDeck *self)
{
  g_return_val_if_fail (KB_IS_DECK (self), 0);
  return self->categories->len;
}

KbCategory *
kb_deck_get_category (KbDeck *self,
                      guint   index)
{
  g_return_val_if_fail (KB_IS_DECK (self), NULL);
  g_return_val_if_fail (index < self->categories->len, NULL);
  return g_ptr_array_index (self->categories, index);
}

guint
kb_deck_get_n_cards (KbDeck *self)
{
  g_return_val_if_fail (KB_IS_DECK (self), 0);
  return self->n_cards;
}

const char *
kb_category_get_id (KbCategory *self)
{
  return self->id;
}

const KbText *
kb_category_get_name (KbCategory *self)
{
  return self->name;
}

const char *
kb_category_get_color (KbCategory *self)
{
  return self->color;
}

const char *
kb_category_get_symbol (KbCategory *self)
{
  return self->symbol;
}
