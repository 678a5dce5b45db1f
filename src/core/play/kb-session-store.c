/* The last card session on disk: a snapshot (this file format) and a journal of one line per move
 * (kb-journal.h), so that a move late in a long session costs what one at the start did; a killed
 * process leaves every move whose line reached the disk. Files from before, without a journal,
 * load as they are. */
#define G_LOG_DOMAIN "kletsborden-session"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "kb-deck-entry.h"
#include "kb-guarded-read.h"
#include "kb-journal.h"
#include "kb-limits.h"
#include "kb-session-log-private.h"
#include "kb-session-store.h"

#define STORE_FORMAT "kletsborden-resume"
#define STORE_VERSION 1

/* $XDG_STATE_HOME/kletsborden/session.json: state, not documents or settings. */
GFile *
kb_session_store_get_file (void)
{
  return g_file_new_build_filename (g_get_user_state_dir (), "kletsborden", "session.json", NULL);
}

static JsonNode *
parse (const char *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();

  if (json == NULL || !json_parser_load_from_data (parser, json, -1, NULL))
    return NULL;
  return json_node_copy (json_parser_get_root (parser));
}

static char *
generate (JsonBuilder *builder)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (builder);

  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

/**
 * kb_session_store_snapshot:
 * @log: (nullable): the session's log
 *
 * Returns: (transfer full) (nullable): the whole kept session, as the file has it; %NULL for a
 *   deck that came from no file, which cannot be reopened: nothing to keep
 */
char *
kb_session_store_snapshot (KbSession    *session,
                           KbSessionLog *log)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *session_json = NULL;
  g_autofree char *log_json = NULL;
  g_autofree char *deck_path = NULL;
  JsonNode *log_node;
  GFile *deck_file;

  g_return_val_if_fail (KB_IS_SESSION (session), NULL);

  deck_file = kb_deck_get_file (kb_session_get_deck (session));
  if (deck_file == NULL || (deck_path = g_file_get_path (deck_file)) == NULL)
    return NULL;
  session_json = kb_session_to_json (session);
  log_json = log != NULL ? kb_session_log_to_json (log) : NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, STORE_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, STORE_VERSION);
  json_builder_set_member_name (builder, "deck-file");
  json_builder_add_string_value (builder, deck_path);
  json_builder_set_member_name (builder, "session");
  json_builder_add_value (builder, parse (session_json));
  if ((log_node = parse (log_json)) != NULL)
    {
      json_builder_set_member_name (builder, "log");
      json_builder_add_value (builder, log_node);
    }
  json_builder_end_object (builder);
  return generate (builder);
}

/**
 * kb_session_store_line:
 * @from: how many of the log's entries the journal has already
 *
 * Returns: (transfer full): one journal line (kb-journal.h): the session as it is now (its size
 *   is the deck's, not the history's) and the log entries since @from
 */
char *
kb_session_store_line (KbSession    *session,
                       KbSessionLog *log,
                       guint         from)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *session_json = kb_session_to_json (session);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "session");
  json_builder_add_value (builder, parse (session_json));
  json_builder_set_member_name (builder, "log-at");
  json_builder_add_int_value (builder, from);
  json_builder_set_member_name (builder, "entries");
  _kb_session_log_add_entries (log, builder, from);
  json_builder_end_object (builder);
  return generate (builder);
}

/* Folds one line of kb_session_store_line() into the kept session's root; the loader then
 * checks the result as any kept session. */
gboolean
kb_session_store_apply (JsonObject *snapshot,
                        JsonObject *line)
{
  JsonNode *session = json_object_get_member (line, "session");
  JsonNode *at = json_object_get_member (line, "log-at");
  JsonNode *entries = json_object_get_member (line, "entries");
  JsonNode *log = json_object_get_member (snapshot, "log");
  JsonNode *kept = log != NULL && JSON_NODE_HOLDS_OBJECT (log)
                   ? json_object_get_member (json_node_get_object (log), "entries") : NULL;
  JsonArray *array, *added;
  gint64 n;

  if (session == NULL || !JSON_NODE_HOLDS_OBJECT (session) || at == NULL ||
      !JSON_NODE_HOLDS_VALUE (at) || json_node_get_value_type (at) != G_TYPE_INT64 ||
      entries == NULL || !JSON_NODE_HOLDS_ARRAY (entries) || kept == NULL ||
      !JSON_NODE_HOLDS_ARRAY (kept))
    return FALSE;
  array = json_node_get_array (kept);
  added = json_node_get_array (entries);
  n = json_node_get_int (at);
  if (n < 0 || n > json_array_get_length (array))
    return FALSE;
  while (json_array_get_length (array) > (guint) n)
    json_array_remove_element (array, json_array_get_length (array) - 1);
  for (guint i = 0; i < json_array_get_length (added); i++)
    json_array_add_element (array, json_node_copy (json_array_get_element (added, i)));
  json_object_set_member (snapshot, "session", json_node_copy (session));
  return TRUE;
}

/**
 * kb_session_store_load:
 *
 * @log_json: (out) (optional) (nullable): the session's log, when one was kept
 *
 * Returns: (transfer full) (nullable): the kept session on its deck, read anew from its file;
 *   %NULL with @error unset when nothing is kept.
 */
KbSession *
kb_session_store_load (char   **log_json,
                       GError **error)
{
  g_autoptr(GFile) file = kb_session_store_get_file ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) local = NULL;
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GFile) deck_file = NULL;
  g_autoptr(KbDeck) deck = NULL;
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *session_json = NULL;
  g_autoptr(GBytes) bytes = NULL;
  JsonObject *object;
  JsonNode *session, *log;
  gsize size;
  const char *deck_path;

  if (log_json != NULL)
    *log_json = NULL;

  /* A link to /dev/zero, a pipe or a file nested 85 000 levels deep is refused here with a
   * reason, instead of freezing or crashing every start (kb-guarded-read.h). */
  bytes = kb_guarded_read_file (file, KB_STATE_MAX_FILE_SIZE, &local);
  if (bytes != NULL)
    {
      g_autoptr(GBytes) folded = kb_journal_fold (file, bytes, kb_session_store_apply, NULL);
      const char *data = g_bytes_get_data (folded, &size);

      root = kb_guarded_parse_json (data != NULL ? data : "", (gssize) size,
                                    KB_STATE_MAX_NESTING, &local);
    }
  if (root == NULL)
    {
      if (g_error_matches (local, KB_GUARDED_READ_ERROR, KB_GUARDED_READ_ERROR_NOT_FOUND))
        return NULL;
      g_set_error (error, KB_SESSION_ERROR, KB_SESSION_ERROR_INVALID,
                   _("The kept session in %s cannot be read: %s."), path, local->message);
      return NULL;
    }
  object = JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
  if (object != NULL &&
      json_object_get_int_member_with_default (object, "version", 0) > STORE_VERSION)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT,
                                                 json_object_get_int_member (object, "version"));

      g_set_error (error, KB_SESSION_ERROR, KB_SESSION_ERROR_INVALID,
                   _("The kept session in %s was saved by a newer version of Kletsborden "
                     "(version %s)."), path, number);
      return NULL;
    }
  if (object == NULL ||
      g_strcmp0 (json_object_get_string_member_with_default (object, "format", ""),
                 STORE_FORMAT) != 0 ||
      json_object_get_int_member_with_default (object, "version", 0) != STORE_VERSION ||
      (deck_path = json_object_get_string_member_with_default (object, "deck-file", NULL)) ==
      NULL ||
      (session = json_object_get_member (object, "session")) == NULL)
    {
      g_set_error (error, KB_SESSION_ERROR, KB_SESSION_ERROR_INVALID,
                   _("The kept session in %s cannot be read."), path);
      return NULL;
    }

  deck_file = g_file_new_for_path (deck_path);
  deck = kb_deck_entry_open (deck_file, error);
  if (deck == NULL)
    return NULL;

  json_generator_set_root (generator, session);
  session_json = json_generator_to_data (generator, NULL);
  log = json_object_get_member (object, "log");
  if (log_json != NULL && log != NULL)
    {
      json_generator_set_root (generator, log);
      *log_json = json_generator_to_data (generator, NULL);
    }
  return kb_session_new_from_json (deck, session_json, error);
}

/* Forgets the kept session and its journal. */
gboolean
kb_session_store_clear (GError **error)
{
  g_autoptr(GFile) file = kb_session_store_get_file ();

  return kb_journal_forget (file, error);
}
