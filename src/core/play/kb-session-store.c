/* Keeps the last card session on disk, written after every move with an atomic, durable
 * replace (kb-durable-write.h): a killed process leaves the previous move or this one. */
#define G_LOG_DOMAIN "kletsborden-session"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "kb-durable-write.h"
#include "kb-guarded-read.h"
#include "kb-limits.h"
#include "kb-session-store.h"

#define STORE_FORMAT "kletsborden-resume"
#define STORE_VERSION 1

/* $XDG_STATE_HOME/kletsborden/session.json: state, not documents or settings. */
GFile *
kb_session_store_get_file (void)
{
  return g_file_new_build_filename (g_get_user_state_dir (), "kletsborden", "session.json", NULL);
}

/**
 * kb_session_store_save:
 * @log_json: (nullable): the session's log, as kb_session_log_to_json() writes it
 */
gboolean
kb_session_store_save (KbSession   *session,
                       const char  *log_json,
                       GError     **error)
{
  g_autoptr(GFile) file = kb_session_store_get_file ();
  g_autofree char *session_json = NULL;
  g_autofree char *deck_path = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonParser) log_parser = json_parser_new ();
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *data = NULL;
  GFile *deck_file;
  gsize length;

  g_return_val_if_fail (KB_IS_SESSION (session), FALSE);

  deck_file = kb_deck_get_file (kb_session_get_deck (session));
  if (deck_file == NULL || (deck_path = g_file_get_path (deck_file)) == NULL)
    return TRUE;   /* a deck that came from no file cannot be reopened: nothing to keep */

  session_json = kb_session_to_json (session);
  if (!json_parser_load_from_data (parser, session_json, -1, error))
    return FALSE;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, STORE_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, STORE_VERSION);
  json_builder_set_member_name (builder, "deck-file");
  json_builder_add_string_value (builder, deck_path);
  json_builder_set_member_name (builder, "session");
  json_builder_add_value (builder, json_node_copy (json_parser_get_root (parser)));
  if (log_json != NULL && json_parser_load_from_data (log_parser, log_json, -1, NULL))
    {
      json_builder_set_member_name (builder, "log");
      json_builder_add_value (builder, json_node_copy (json_parser_get_root (log_parser)));
    }
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  data = json_generator_to_data (generator, &length);

  return kb_durable_write_file (file, data, length,
                                KB_DURABLE_CREATE_FOLDER | KB_DURABLE_PRIVATE, error);
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
  JsonObject *object;
  JsonNode *session, *log;
  const char *deck_path;

  if (log_json != NULL)
    *log_json = NULL;

  /* A link to /dev/zero, a pipe or a file nested 85 000 levels deep is refused here with a
   * reason, instead of freezing or crashing every start (kb-guarded-read.h). */
  root = kb_guarded_read_json (file, KB_STATE_MAX_FILE_SIZE, KB_STATE_MAX_NESTING, &local);
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
  deck = kb_deck_new_from_file (deck_file, error);
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

gboolean
kb_session_store_clear (GError **error)
{
  g_autoptr(GFile) file = kb_session_store_get_file ();
  g_autoptr(GError) local_error = NULL;

  if (!g_file_delete (file, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}
