/* Reading a journalled state file (kb-journal.h): the snapshot with its journal folded in. Only
 * the disk is read, so this runs in any thread. */
#define G_LOG_DOMAIN "kletsborden-journal"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "kb-guarded-read.h"
#include "kb-journal-private.h"
#include "kb-limits.h"

/* Returns: (transfer full): NAME.journal beside @snapshot */
GFile *
kb_journal_file_for (GFile *snapshot)
{
  g_autofree char *path = g_file_get_path (snapshot);
  g_autofree char *journal = g_strconcat (path, ".journal", NULL);

  return g_file_new_for_path (journal);
}

/* The id the journal must carry to belong to @root's snapshot, or NULL. */
static const char *
snapshot_id (JsonNode *root)
{
  JsonObject *object = JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;

  return object != NULL ? json_object_get_string_member_with_default (object,
                                                                      KB_JOURNAL_MEMBER, NULL)
                        : NULL;
}

static JsonObject *
parse_line (const char *line,
            gsize       length,
            JsonNode  **node)
{
  *node = kb_guarded_parse_json (line, (gssize) length, KB_STATE_MAX_NESTING, NULL);
  return *node != NULL && JSON_NODE_HOLDS_OBJECT (*node) ? json_node_get_object (*node) : NULL;
}

/* Folds the lines of @text into @root; FALSE when the journal is not @root's. */
static gboolean
fold_lines (JsonNode       *root,
            const char     *text,
            gsize           size,
            KbJournalApply  apply,
            const char     *name,
            char          **notice)
{
  const char *id = snapshot_id (root);
  const char *end = text + size;
  guint n = 0;

  for (const char *p = text; p < end; n++)
    {
      const char *nl = memchr (p, '\n', (gsize) (end - p));
      g_autoptr(JsonNode) node = NULL;
      JsonObject *line = parse_line (p, (gsize) ((nl != NULL ? nl : end) - p), &node);
      gboolean ok;

      if (n == 0)
        ok = line != NULL && id != NULL &&
             g_strcmp0 (json_object_get_string_member_with_default (line, KB_JOURNAL_MEMBER,
                                                                    ""), id) == 0;
      else
        ok = nl != NULL && line != NULL && apply (json_node_get_object (root), line);
      if (n == 0 && !ok)
        return FALSE;   /* a journal left from before the last snapshot: already in it */
      if (!ok)
        {
          /* Translators: the journal's file name and the number of the line that is cut off */
          *notice = g_strdup_printf (_("The last change kept in %s was cut off when the app "
                                       "stopped (line %u); it is left out, everything before "
                                       "it is kept."), name, n + 1);
          g_message ("%s", *notice);
          return TRUE;
        }
      p = nl + 1;
    }
  return TRUE;
}

/**
 * kb_journal_fold:
 * @snapshot_bytes: @snapshot's contents, read through the guard
 * @notice: (out) (optional) (nullable): what was left out, for the user
 *
 * Returns: (transfer full): the contents with the journal folded in; @snapshot_bytes itself when
 *   there is no journal of this snapshot (an old file, or one written without a journal), or
 *   when the snapshot does not parse (its reader tells why)
 */
GBytes *
kb_journal_fold (GFile           *snapshot,
                 GBytes          *snapshot_bytes,
                 KbJournalApply   apply,
                 char           **notice)
{
  _kb_journal_wait_for_writes (snapshot);
  return _kb_journal_fold_now (snapshot, snapshot_bytes, apply, notice);
}

/* kb_journal_fold() without waiting: for the writer itself, which compacts. */
GBytes *
_kb_journal_fold_now (GFile           *snapshot,
                      GBytes          *snapshot_bytes,
                      KbJournalApply   apply,
                      char           **notice)
{
  g_autoptr(GFile) journal = kb_journal_file_for (snapshot);
  g_autoptr(GBytes) lines = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonGenerator) generator = NULL;
  g_autofree char *name = NULL;
  g_autofree char *own_notice = NULL;
  const char *data;
  gsize size;
  char *text;

  if (notice != NULL)
    *notice = NULL;
  data = g_bytes_get_data (snapshot_bytes, &size);
  root = kb_guarded_parse_json (data != NULL ? data : "", (gssize) size, KB_STATE_MAX_NESTING,
                                NULL);
  if (root == NULL || snapshot_id (root) == NULL ||
      (lines = kb_guarded_read_file (journal, KB_STATE_MAX_FILE_SIZE, NULL)) == NULL)
    return g_bytes_ref (snapshot_bytes);
  name = g_file_get_parse_name (journal);
  data = g_bytes_get_data (lines, &size);
  if (!fold_lines (root, data != NULL ? data : "", size, apply, name, &own_notice))
    return g_bytes_ref (snapshot_bytes);
  generator = json_generator_new ();
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, &size);
  if (notice != NULL)
    *notice = g_steal_pointer (&own_notice);
  return g_bytes_new_take (text, size);
}

/* Deletes @snapshot and its journal; a missing one is no error. */
gboolean
kb_journal_forget (GFile   *snapshot,
                   GError **error)
{
  g_autoptr(GFile) journal = kb_journal_file_for (snapshot);
  GFile *files[] = { snapshot, journal };

  _kb_journal_wait_for_writes (snapshot);
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(GError) local = NULL;

      if (!g_file_delete (files[i], NULL, &local) &&
          !g_error_matches (local, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local));
          return FALSE;
        }
    }
  return TRUE;
}
