/* A session saved as JSON, so that the place in a session survives a closed window or a crash.
 * Cards are saved by id: a deck edited in between still resumes, with new cards at the end. */
#define G_LOG_DOMAIN "kletsborden-session"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "kb-category.h"
#include "kb-enum-util.h"
#include "kb-guarded-read.h"
#include "kb-limits.h"
#include "kb-session-private.h"

#define SESSION_FORMAT "kletsborden-session"
#define SESSION_VERSION 1

static void
add_card_ids (JsonBuilder *builder,
              const char  *name,
              KbSession   *self,
              gboolean   (*include) (KbSession *self, guint card_index))
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->order->len; i++)
    {
      guint card_index = g_array_index (self->order, guint, i);
      if (include == NULL || include (self, card_index))
        json_builder_add_string_value (builder,
                                       kb_card_get_id (kb_deck_get_card (self->deck, card_index)));
    }
  json_builder_end_array (builder);
}

static gboolean
is_put_away (KbSession *self,
             guint      card_index)
{
  return g_array_index (self->put_away, gboolean, card_index);
}

/* A mask of enum values, saved as their words (the GEnum nicks of format v1). */
static void
add_mask (JsonBuilder *builder,
          const char  *name,
          guint        mask,
          GType        type)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; i < 32; i++)
    if ((mask & (1u << i)) && kb_enum_to_nick (type, (int) i) != NULL)
      json_builder_add_string_value (builder, kb_enum_to_nick (type, (int) i));
  json_builder_end_array (builder);
}

char *
kb_session_to_json (KbSession *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (KB_IS_SESSION (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, SESSION_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, SESSION_VERSION);
  json_builder_set_member_name (builder, "deck");
  json_builder_add_string_value (builder, kb_deck_get_id (self->deck));
  json_builder_set_member_name (builder, "language");
  json_builder_add_string_value (builder, self->lang);
  add_card_ids (builder, "order", self, NULL);
  json_builder_set_member_name (builder, "current");
  if (self->pos >= 0)
    json_builder_add_string_value (builder, kb_card_get_id (kb_session_get_current (self)));
  else
    json_builder_add_null_value (builder);
  add_card_ids (builder, "put-away", self, is_put_away);

  json_builder_set_member_name (builder, "history");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->history->len; i++)
    json_builder_add_string_value (builder, kb_card_get_id (g_ptr_array_index (self->history, i)));
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "hidden-categories");
  json_builder_begin_array (builder);
  for (guint i = 0; i < kb_deck_get_n_categories (self->deck); i++)
    {
      const char *id = kb_category_get_id (kb_deck_get_category (self->deck, i));
      if (g_hash_table_contains (self->hidden_categories, id))
        json_builder_add_string_value (builder, id);
    }
  json_builder_end_array (builder);

  add_mask (builder, "hidden-kinds", self->hidden_kinds, KB_TYPE_CARD_KIND);
  add_mask (builder, "hidden-intensities", self->hidden_intensities, KB_TYPE_INTENSITY);
  if (self->calm)
    {
      /* Only when on, so a session without it reads as it always did. */
      json_builder_set_member_name (builder, "calm");
      json_builder_add_boolean_value (builder, TRUE);
    }
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  return json_generator_to_data (generator, NULL);
}

static JsonArray *
get_array (JsonObject *object,
           const char *name)
{
  JsonNode *node = json_object_get_member (object, name);
  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static const char *
get_string (JsonObject *object,
            const char *name)
{
  JsonNode *node = json_object_get_member (object, name);
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
         json_node_get_value_type (node) == G_TYPE_STRING ? json_node_get_string (node) : NULL;
}

/* Looks each id of @array up in the deck; ids the deck no longer has are skipped. */
static void
for_each_card (KbSession  *self,
               JsonArray  *array,
               void      (*func) (KbSession *self, guint card_index, gpointer data),
               gpointer    data)
{
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      const char *id;
      KbCard *card;

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        continue;
      id = json_node_get_string (node);
      card = kb_deck_find_card (self->deck, id);
      for (guint c = 0; card != NULL && c < kb_deck_get_n_cards (self->deck); c++)
        if (kb_deck_get_card (self->deck, c) == card)
          {
            func (self, c, data);
            break;
          }
    }
}

static void
append_to_order (KbSession *self,
                 guint      card_index,
                 gpointer   seen)
{
  if (((gboolean *) seen)[card_index])
    return;
  ((gboolean *) seen)[card_index] = TRUE;
  g_array_append_val (self->order, card_index);
}

static void
mark_put_away (KbSession *self,
               guint      card_index,
               gpointer   data)
{
  g_array_index (self->put_away, gboolean, card_index) = TRUE;
}

static void
add_to_history (KbSession *self,
                guint      card_index,
                gpointer   data)
{
  KbCard *card = kb_deck_get_card (self->deck, card_index);

  if (!g_ptr_array_find (self->history, card, NULL))
    g_ptr_array_add (self->history, card);
}

static guint
read_mask (JsonArray *array,
           GType      type)
{
  guint mask = 0;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      const char *name = json_array_get_string_element (array, i);
      int value;
      if (kb_enum_from_nick (type, name, &value) && value >= 0 && value < 32)
        mask |= 1u << value;
    }
  return mask;
}

/**
 * kb_session_new_from_json:
 *
 * Restores a session saved by kb_session_to_json() on the same deck. Cards the deck no longer
 * has are left out and new ones go to the end, so an edited deck still resumes.
 */
KbSession *
kb_session_new_from_json (KbDeck      *deck,
                          const char  *json,
                          GError     **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(KbSession) self = NULL;
  g_autofree gboolean *seen = NULL;
  g_autoptr(GError) local = NULL;
  JsonObject *object;
  JsonArray *array;
  const char *current;
  guint n;

  g_return_val_if_fail (KB_IS_DECK (deck), NULL);
  g_return_val_if_fail (json != NULL, NULL);

  root = kb_guarded_parse_json (json, -1, KB_STATE_MAX_NESTING, &local);
  if (root == NULL)
    {
      g_set_error (error, KB_SESSION_ERROR, KB_SESSION_ERROR_INVALID,
                   _("The saved card session is damaged: %s."), local->message);
      return NULL;
    }
  if (!JSON_NODE_HOLDS_OBJECT (root) ||
      g_strcmp0 (get_string (json_node_get_object (root), "format"), SESSION_FORMAT) != 0 ||
      json_object_get_int_member_with_default (json_node_get_object (root), "version", 0) !=
      SESSION_VERSION)
    {
      g_set_error (error, KB_SESSION_ERROR, KB_SESSION_ERROR_INVALID,
                   _("This is not a saved card session that this version can read."));
      return NULL;
    }
  object = json_node_get_object (root);
  if (g_strcmp0 (get_string (object, "deck"), kb_deck_get_id (deck)) != 0)
    {
      g_set_error (error, KB_SESSION_ERROR, KB_SESSION_ERROR_OTHER_DECK,
                   _("This saved session belongs to another deck."));
      return NULL;
    }

  self = kb_session_new (deck);
  n = kb_deck_get_n_cards (deck);
  seen = g_new0 (gboolean, n);
  g_array_set_size (self->order, 0);
  for_each_card (self, get_array (object, "order"), append_to_order, seen);
  for (guint i = 0; i < n; i++)
    append_to_order (self, i, seen);
  for_each_card (self, get_array (object, "put-away"), mark_put_away, NULL);
  for_each_card (self, get_array (object, "history"), add_to_history, NULL);

  array = get_array (object, "hidden-categories");
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      const char *id = json_array_get_string_element (array, i);
      if (id != NULL && kb_deck_find_category (deck, id) != NULL)
        g_hash_table_add (self->hidden_categories, g_strdup (id));
    }
  self->hidden_kinds = read_mask (get_array (object, "hidden-kinds"), KB_TYPE_CARD_KIND);
  self->hidden_intensities = read_mask (get_array (object, "hidden-intensities"),
                                        KB_TYPE_INTENSITY);

  self->calm = json_object_get_boolean_member_with_default (object, "calm", FALSE);
  kb_session_set_language (self, get_string (object, "language"));
  current = get_string (object, "current");
  for (guint i = 0; current != NULL && i < self->order->len; i++)
    if (g_str_equal (kb_card_get_id (kb_deck_get_card (deck, g_array_index (self->order, guint,
                                                                             i))), current))
      self->pos = (int) i;

  return g_steal_pointer (&self);
}
