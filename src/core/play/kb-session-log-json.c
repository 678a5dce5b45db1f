/* The session log as JSON, kept beside a resumable session so that its log survives a closed
 * window. Read defensively: the file may be damaged or not ours at all. */
#define G_LOG_DOMAIN "kletsborden-session-log"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "kb-session-log-private.h"

#define LOG_FORMAT "kletsborden-session-log"
#define LOG_VERSION 1

/* A session log is small (a few hundred entries); these only stop a wrong file from filling the
 * memory, or json-glib's recursive parser from running out of stack on "[[[[…". */
#define LOG_MAX_JSON_SIZE  (16 * 1024 * 1024)
#define LOG_MAX_ENTRIES    100000
#define LOG_MAX_NESTING    32

/* The entries from @from on, in the form the file has them: for the log and for the kept
 * session's journal lines (one owner of the entry's form). */
void
_kb_session_log_add_entries (KbSessionLog *self,
                             JsonBuilder  *builder,
                             guint         from)
{
  json_builder_begin_array (builder);
  for (guint i = from; i < kb_session_log_get_n_entries (self); i++)
    {
      g_autoptr(GDateTime) when = kb_session_log_dup_time (self, i);
      g_autofree char *time = g_date_time_format_iso8601 (when);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "time");
      json_builder_add_string_value (builder, time);
      json_builder_set_member_name (builder, "event");
      json_builder_add_string_value (builder,
                                     kb_log_event_to_string (kb_session_log_get_event (self, i)));
      json_builder_set_member_name (builder, "card");
      json_builder_add_string_value (builder, kb_session_log_get_card_id (self, i));
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, kb_session_log_get_card_text (self, i));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/**
 * kb_session_log_to_json:
 *
 * Times keep their microseconds and their UTC offset, so that a log read back with
 * kb_session_log_new_from_json() is the same log.
 */
char *
kb_session_log_to_json (KbSessionLog *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *started = NULL;

  g_return_val_if_fail (KB_IS_SESSION_LOG (self), NULL);

  started = g_date_time_format_iso8601 (kb_session_log_get_started (self));
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, LOG_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, LOG_VERSION);
  json_builder_set_member_name (builder, "deck");
  json_builder_add_string_value (builder, kb_session_log_get_deck_id (self));
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, kb_session_log_get_deck_title (self));
  json_builder_set_member_name (builder, "started");
  json_builder_add_string_value (builder, started);
  json_builder_set_member_name (builder, "entries");
  _kb_session_log_add_entries (self, builder, 0);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  return json_generator_to_data (generator, NULL);
}

static const char *
get_string (JsonObject *object,
            const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
         json_node_get_value_type (node) == G_TYPE_STRING ? json_node_get_string (node) : NULL;
}

static GDateTime *
get_time (JsonObject *object,
          const char *name)
{
  const char *text = get_string (object, name);

  /* Without a default zone, a time that lacks its UTC offset is refused, not guessed. */
  return text != NULL ? g_date_time_new_from_iso8601 (text, NULL) : NULL;
}

/* json-glib parses recursively; count the depth first, outside strings, so a hostile file
 * gets an error instead of a stack overflow. */
static gboolean
nesting_is_sane (const char *json)
{
  gboolean in_string = FALSE;
  guint depth = 0;

  for (const char *p = json; *p != '\0'; p++)
    {
      if (in_string)
        {
          if (*p == '\\' && p[1] != '\0')
            p++;
          else if (*p == '"')
            in_string = FALSE;
        }
      else if (*p == '"')
        in_string = TRUE;
      else if (*p == '[' || *p == '{')
        {
          if (++depth > LOG_MAX_NESTING)
            return FALSE;
        }
      else if ((*p == ']' || *p == '}') && depth > 0)
        depth--;
    }
  return TRUE;
}

static gboolean
read_entry (KbSessionLog  *self,
            JsonNode      *node,
            guint          index,
            GError       **error)
{
  JsonObject *object = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  g_autoptr(GDateTime) time = NULL;
  const char *card_id = NULL;
  const char *text = NULL;
  KbLogEvent event;

  if (object != NULL)
    {
      time = get_time (object, "time");
      card_id = get_string (object, "card");
      text = get_string (object, "text");
    }
  if (object == NULL || time == NULL || card_id == NULL || text == NULL ||
      !kb_log_event_from_string (get_string (object, "event"), &event))
    {
      g_set_error (error, KB_SESSION_LOG_ERROR, KB_SESSION_LOG_ERROR_INVALID,
                   _("Entry %u of the session log is damaged: it needs a time with its UTC "
                     "offset, an event, a card and a text"), index + 1);
      return FALSE;
    }
  kb_session_log_add (self, event, card_id, text, time);
  return TRUE;
}

/**
 * kb_session_log_new_from_json:
 *
 * Reads a log written by kb_session_log_to_json(). Any other input, however broken, gives
 * %NULL and a %KB_SESSION_LOG_ERROR.
 */
KbSessionLog *
kb_session_log_new_from_json (const char  *json,
                              GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(KbSessionLog) self = NULL;
  g_autoptr(GError) parse_error = NULL;
  JsonObject *object;
  JsonNode *root, *version, *entries;
  const char *deck_id, *title;
  GDateTime *started;

  g_return_val_if_fail (json != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (strlen (json) > LOG_MAX_JSON_SIZE)
    {
      g_set_error (error, KB_SESSION_LOG_ERROR, KB_SESSION_LOG_ERROR_INVALID,
                   _("The session log is larger than %u MB, which no session log can be"),
                   (guint) (LOG_MAX_JSON_SIZE / (1024 * 1024)));
      return NULL;
    }
  if (!nesting_is_sane (json))
    {
      g_set_error (error, KB_SESSION_LOG_ERROR, KB_SESSION_LOG_ERROR_INVALID,
                   _("The session log is nested more than %u levels deep and cannot be read"),
                   (guint) LOG_MAX_NESTING);
      return NULL;
    }
  if (!json_parser_load_from_data (parser, json, -1, &parse_error))
    {
      g_set_error (error, KB_SESSION_LOG_ERROR, KB_SESSION_LOG_ERROR_INVALID,
                   _("The session log is not valid JSON: %s"), parse_error->message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  object = root != NULL && JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
  version = object != NULL ? json_object_get_member (object, "version") : NULL;
  if (version != NULL && JSON_NODE_HOLDS_VALUE (version) &&
      json_node_get_value_type (version) == G_TYPE_INT64 &&
      json_node_get_int (version) > LOG_VERSION &&
      g_strcmp0 (get_string (object, "format"), LOG_FORMAT) == 0)
    {
      g_set_error_literal (error, KB_SESSION_LOG_ERROR, KB_SESSION_LOG_ERROR_INVALID,
                           _("This session log was written by a newer version of Kletsborden; "
                             "update Kletsborden to read it"));
      return NULL;
    }
  if (version == NULL || !JSON_NODE_HOLDS_VALUE (version) ||
      json_node_get_value_type (version) != G_TYPE_INT64 ||
      json_node_get_int (version) != LOG_VERSION ||
      g_strcmp0 (get_string (object, "format"), LOG_FORMAT) != 0)
    {
      g_set_error_literal (error, KB_SESSION_LOG_ERROR, KB_SESSION_LOG_ERROR_INVALID,
                           _("This is not a Kletsborden session log"));
      return NULL;
    }

  deck_id = get_string (object, "deck");
  title = get_string (object, "title");
  started = get_time (object, "started");
  entries = json_object_get_member (object, "entries");
  if (deck_id == NULL || title == NULL || started == NULL ||
      entries == NULL || !JSON_NODE_HOLDS_ARRAY (entries))
    {
      g_clear_pointer (&started, g_date_time_unref);
      g_set_error_literal (error, KB_SESSION_LOG_ERROR, KB_SESSION_LOG_ERROR_INVALID,
                           _("The session log is damaged: it needs a deck, a title, a start "
                             "time and a list of entries"));
      return NULL;
    }

  self = kb_session_log_new (deck_id, title);
  _kb_session_log_set_started (self, started);
  g_date_time_unref (started);

  if (json_array_get_length (json_node_get_array (entries)) > LOG_MAX_ENTRIES)
    {
      g_set_error (error, KB_SESSION_LOG_ERROR, KB_SESSION_LOG_ERROR_INVALID,
                   _("The session log has more than %u entries, which no session can have"),
                   (guint) LOG_MAX_ENTRIES);
      return NULL;
    }
  for (guint i = 0; i < json_array_get_length (json_node_get_array (entries)); i++)
    if (!read_entry (self, json_array_get_element (json_node_get_array (entries), i), i, error))
      return NULL;

  return g_steal_pointer (&self);
}
