/* Saves a deck as format v1: members in the order DESIGN.md lists them, texts plain or per
 * language as they were read, unknown members kept at the end. A deck in this layout is saved
 * back byte for byte. */
#define G_LOG_DOMAIN "kletsborden-writer"

#include "config.h"

#include "kb-deck-private.h"
#include "kb-durable-write.h"
#include "kb-enum-util.h"
#include "kb-json-writer.h"

static void
write_text (KbJsonWriter *w,
            const char   *key,
            const KbText *text)
{
  guint n;

  if (text == NULL)
    return;
  if (kb_text_is_plain (text))
    {
      kb_json_writer_string (w, key, kb_text_get (text, NULL, NULL));
      return;
    }
  n = kb_text_get_n_languages (text);
  kb_json_writer_begin_object (w, key);
  for (guint i = 0; i < n; i++)
    kb_json_writer_string (w, kb_text_get_language (text, i), kb_text_get_value (text, i));
  kb_json_writer_end_object (w);
}

static void
write_strings (KbJsonWriter       *w,
               const char         *key,
               const char * const *strings)
{
  if (strings == NULL)
    return;
  kb_json_writer_begin_array (w, key);
  for (guint i = 0; strings[i] != NULL; i++)
    kb_json_writer_string (w, NULL, strings[i]);
  kb_json_writer_end_array (w);
}

static void
write_optional_string (KbJsonWriter *w,
                       const char   *key,
                       const char   *value)
{
  if (value != NULL)
    kb_json_writer_string (w, key, value);
}

static void
write_extra (KbJsonWriter *w,
             JsonObject   *extra)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  if (extra == NULL)
    return;
  json_object_iter_init_ordered (&iter, extra);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    kb_json_writer_node (w, name, node);
}

static void
write_category (KbJsonWriter *w,
                KbCategory   *category)
{
  kb_json_writer_begin_object (w, NULL);
  write_optional_string (w, "id", category->id);
  write_text (w, "name", category->name);
  write_optional_string (w, "color", category->color);
  write_optional_string (w, "symbol", category->symbol);
  write_optional_string (w, "icon", category->icon);
  write_extra (w, category->extra);
  kb_json_writer_end_object (w);
}

static void
write_card (KbJsonWriter *w,
            KbCard       *card)
{
  kb_json_writer_begin_object (w, NULL);
  write_optional_string (w, "id", card->id);
  write_optional_string (w, "category", card->category_id);
  if (card->has_kind)
    kb_json_writer_string (w, "kind", kb_card_kind_to_string (card->kind));
  write_optional_string (w, "intensity", kb_intensity_to_string (card->intensity));
  write_optional_string (w, "asks", kb_asks_to_string (card->asks));
  write_text (w, "title", card->title);
  write_text (w, "text", card->text);
  write_text (w, "notes", card->notes);
  if (card->roles != NULL)
    {
      kb_json_writer_begin_array (w, "roles");
      for (guint i = 0; i < card->roles->len; i++)
        {
          KbRole *role = g_ptr_array_index (card->roles, i);

          kb_json_writer_begin_object (w, NULL);
          write_text (w, "name", role->name);
          write_text (w, "brief", role->brief);
          write_extra (w, role->extra);
          kb_json_writer_end_object (w);
        }
      kb_json_writer_end_array (w);
    }
  write_optional_string (w, "image", card->image);
  write_strings (w, "tags", (const char * const *) card->tags);
  write_extra (w, card->extra);
  kb_json_writer_end_object (w);
}

static void
write_board (KbJsonWriter *w,
             KbBoard      *board)
{
  kb_json_writer_begin_object (w, "board");
  if (board->has_shape)
    kb_json_writer_string (w, "shape", kb_board_shape_to_string (board->shape));
  if (board->has_die)
    kb_json_writer_int (w, "die", board->die);
  kb_json_writer_begin_array (w, "squares");
  for (guint i = 0; i < board->squares->len; i++)
    {
      KbSquare *square = g_ptr_array_index (board->squares, i);

      kb_json_writer_begin_object (w, NULL);
      write_optional_string (w, "category", square->category_id);
      write_optional_string (w, "special", kb_special_to_string (square->special));
      write_extra (w, square->extra);
      kb_json_writer_end_object (w);
    }
  kb_json_writer_end_array (w);
  write_extra (w, board->extra);
  kb_json_writer_end_object (w);
}

/**
 * kb_deck_to_bytes:
 *
 * Returns: (transfer full): the deck as format-v1 JSON, UTF-8, ending in a newline
 */
GBytes *
kb_deck_to_bytes (KbDeck *self)
{
  KbJsonWriter *w;

  g_return_val_if_fail (KB_IS_DECK (self), NULL);

  w = kb_json_writer_new ();
  kb_json_writer_begin_object (w, NULL);
  kb_json_writer_string (w, "format", "kletsborden-deck");
  kb_json_writer_int (w, "version", self->version);
  write_optional_string (w, "id", self->id);
  write_strings (w, "languages", (const char * const *) self->languages);
  write_optional_string (w, "reading", kb_enum_to_nick (KB_TYPE_READING, self->reading));
  write_text (w, "title", self->title);
  write_text (w, "description", self->description);
  write_strings (w, "authors", (const char * const *) self->authors);
  write_optional_string (w, "license", self->license);
  if (self->has_back)
    {
      kb_json_writer_begin_object (w, "back");
      write_optional_string (w, "color", self->back_color);
      write_optional_string (w, "image", self->back_image);
      write_extra (w, self->back_extra);
      kb_json_writer_end_object (w);
    }
  kb_json_writer_begin_array (w, "categories");
  for (guint i = 0; i < self->categories->len; i++)
    write_category (w, g_ptr_array_index (self->categories, i));
  kb_json_writer_end_array (w);
  kb_json_writer_begin_array (w, "cards");
  for (guint i = 0; i < self->cards->len; i++)
    write_card (w, g_ptr_array_index (self->cards, i));
  kb_json_writer_end_array (w);
  if (self->board != NULL)
    write_board (w, self->board);
  write_extra (w, self->extra);
  kb_json_writer_end_object (w);
  return kb_json_writer_free_to_bytes (w);
}

/**
 * kb_deck_save:
 *
 * Writes the deck to @file through a temporary file that replaces it in one step, so a crash
 * never leaves half a deck; the previous version is kept beside it as "name.json~"
 * (kb-durable-write.h).
 */
gboolean
kb_deck_save (KbDeck  *self,
              GFile   *file,
              GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize size;
  const char *data;

  g_return_val_if_fail (KB_IS_DECK (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = kb_deck_to_bytes (self);
  data = g_bytes_get_data (bytes, &size);
  return kb_durable_write_file (file, data, size, KB_DURABLE_BACKUP, error);
}
