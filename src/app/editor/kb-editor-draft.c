/* Drafts of decks being edited (kb-editor-draft.h). A draft is one small JSON file that wraps
 * the deck as the writer writes it, with the file it belongs to:
 * {"format": "kletsborden-draft", "version": 1, "target": "/path" or null, "deck": {…}}. */
#define G_LOG_DOMAIN "kletsborden-editor"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "kb-durable-write.h"
#include "kb-editor-draft.h"

#define DRAFT_FORMAT "kletsborden-draft"

GFile *
kb_editor_draft_get_dir (void)
{
  return g_file_new_build_filename (g_get_user_data_dir (), "kletsborden", "drafts", NULL);
}

static GFile *
draft_file (const char *key)
{
  g_autoptr(GFile) dir = kb_editor_draft_get_dir ();
  g_autofree char *name = g_strconcat (key, ".json", NULL);

  return g_file_get_child (dir, name);
}

/* A deck file always has the same draft, so editing it again finds the one left behind. */
char *
kb_editor_draft_key_for (GFile *target)
{
  g_autofree char *uri = NULL;
  g_autofree char *sum = NULL;
  g_autofree char *uuid = NULL;

  if (target == NULL)
    {
      uuid = g_uuid_string_random ();
      return g_strconcat ("new-", uuid, NULL);
    }
  uri = g_file_get_uri (target);
  sum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, uri, -1);
  return g_strndup (sum, 24);
}

gboolean
kb_editor_draft_write (const char  *key,
                       GFile       *target,
                       GBytes      *deck,
                       GError     **error)
{
  g_autoptr(GFile) file = draft_file (key);
  g_autoptr(GString) out = g_string_new ("{\"format\": \"" DRAFT_FORMAT "\", \"version\": 1,\n"
                                         " \"target\": ");
  gsize size;
  const char *data = g_bytes_get_data (deck, &size);

  g_return_val_if_fail (key != NULL && deck != NULL, FALSE);

  if (target != NULL)
    {
      g_autofree char *path = g_file_get_path (target);
      g_autoptr(JsonNode) node = json_node_init_string (json_node_alloc (), path);
      g_autofree char *quoted = json_to_string (node, FALSE);
      g_string_append (out, quoted);
    }
  else
    g_string_append (out, "null");
  /* The writer's bytes are one JSON object: they go in as they are. */
  g_string_append (out, ",\n \"deck\": ");
  g_string_append_len (out, data, size);
  g_string_append (out, "}\n");
  return kb_durable_write_file (file, out->str, out->len,
                                KB_DURABLE_CREATE_FOLDER | KB_DURABLE_PRIVATE, error);
}

gboolean
kb_editor_draft_forget (const char  *key,
                        GError     **error)
{
  g_autoptr(GFile) file = draft_file (key);
  g_autoptr(GError) local = NULL;

  if (!g_file_delete (file, NULL, &local) &&
      !g_error_matches (local, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  return TRUE;
}

void
kb_editor_draft_free (KbEditorDraft *draft)
{
  if (draft == NULL)
    return;
  g_free (draft->key);
  g_clear_object (&draft->target);
  g_clear_pointer (&draft->deck, g_bytes_unref);
  g_clear_pointer (&draft->saved, g_date_time_unref);
  g_free (draft);
}

KbEditorDraft *
kb_editor_draft_read (GFile   *file,
                      GError **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(KbEditorDraft) draft = g_new0 (KbEditorDraft, 1);
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *deck = NULL;
  JsonObject *root;
  JsonNode *target;
  gsize length;

  if (!json_parser_load_from_mapped_file (parser, path, error))
    return NULL;
  root = JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser))
         ? json_node_get_object (json_parser_get_root (parser)) : NULL;
  if (root == NULL ||
      g_strcmp0 (json_object_get_string_member_with_default (root, "format", ""),
                 DRAFT_FORMAT) != 0 ||
      !json_object_has_member (root, "deck") ||
      !JSON_NODE_HOLDS_OBJECT (json_object_get_member (root, "deck")))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("“%s” is not a draft of a deck"),
                   path);
      return NULL;
    }
  target = json_object_get_member (root, "target");
  if (target != NULL && JSON_NODE_HOLDS_VALUE (target) &&
      json_node_get_value_type (target) == G_TYPE_STRING)
    draft->target = g_file_new_for_path (json_node_get_string (target));
  deck = json_to_string (json_object_get_member (root, "deck"), TRUE);
  length = strlen (deck);
  draft->deck = g_bytes_new_take (g_steal_pointer (&deck), length);
  draft->key = g_strndup (name, strlen (name) - strlen (".json"));
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED, G_FILE_QUERY_INFO_NONE, NULL,
                            NULL);
  draft->saved = info != NULL ? g_file_info_get_modification_date_time (info)
                              : g_date_time_new_now_local ();
  return g_steal_pointer (&draft);
}

static int
newest_first (gconstpointer a,
              gconstpointer b)
{
  const KbEditorDraft *x = *(KbEditorDraft * const *) a;
  const KbEditorDraft *y = *(KbEditorDraft * const *) b;

  return g_date_time_compare (y->saved, x->saved);
}

/* Returns: (transfer full): every draft kept (#KbEditorDraft), newest first; one that cannot be
 * read is left where it is, for a person to look at. */
GPtrArray *
kb_editor_draft_list (void)
{
  g_autoptr(GFile) dir = kb_editor_draft_get_dir ();
  g_autoptr(GFileEnumerator) enumerator = NULL;
  GPtrArray *drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) kb_editor_draft_free);
  GFileInfo *info;
  GFile *child;

  enumerator = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                          G_FILE_QUERY_INFO_NONE, NULL, NULL);
  while (enumerator != NULL &&
         g_file_enumerator_iterate (enumerator, &info, &child, NULL, NULL) && info != NULL)
    if (g_str_has_suffix (g_file_info_get_name (info), ".json"))
      {
        g_autoptr(GError) error = NULL;
        KbEditorDraft *draft = kb_editor_draft_read (child, &error);

        if (draft != NULL)
          g_ptr_array_add (drafts, draft);
        else
          g_message ("A draft left aside: %s", error->message);
      }
  g_ptr_array_sort (drafts, newest_first);
  return drafts;
}
