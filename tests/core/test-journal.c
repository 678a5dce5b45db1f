/* The journal (kb-journal.h) with a state of its own: a list of numbers, one line per number.
 * Read back is the full state; a last line cut off by a kill is left out and told; a journal
 * from before the last snapshot is passed by; compaction keeps everything; old files without a
 * journal read as they are; many lines queued at once all arrive. */
#include <string.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "kb-guarded-read.h"
#include "kb-journal.h"
#include "kb-limits.h"
#include "kb-locale.h"
#include "kb-test-scale.h"

static gboolean
apply (JsonObject *snapshot,
       JsonObject *line)
{
  JsonNode *add = json_object_get_member (line, "add");

  if (add == NULL || !JSON_NODE_HOLDS_VALUE (add))
    return FALSE;
  json_array_add_int_element (json_object_get_array_member (snapshot, "numbers"),
                              json_node_get_int (add));
  return TRUE;
}

static char *
snapshot_of (guint n)
{
  GString *text = g_string_new ("{\"numbers\":[");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "%s%u", i > 0 ? "," : "", i);
  g_string_append (text, "]}");
  return g_string_free (text, FALSE);
}

/* The numbers the next start reads, and what it was told. */
static guint
read_back (GFile  *file,
           char  **notice)
{
  g_autoptr(GBytes) bytes = kb_guarded_read_file (file, KB_STATE_MAX_FILE_SIZE, NULL);
  g_autoptr(GBytes) folded = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *numbers;
  const char *data;
  gsize size;

  g_assert_nonnull (bytes);
  folded = kb_journal_fold (file, bytes, apply, notice);
  data = g_bytes_get_data (folded, &size);
  root = kb_guarded_parse_json (data, (gssize) size, KB_STATE_MAX_NESTING, NULL);
  g_assert_nonnull (root);
  numbers = json_object_get_array_member (json_node_get_object (root), "numbers");
  for (guint i = 0; i < json_array_get_length (numbers); i++)
    g_assert_cmpint (json_array_get_int_element (numbers, i), ==, i);
  return json_array_get_length (numbers);
}

static GFile *
fresh_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kb-journal-XXXXXX", NULL);

  return g_file_new_build_filename (dir, "state.json", NULL);
}

static KbJournal *
write_numbers (GFile *file,
               guint  from,
               guint  to)
{
  KbJournal *journal = kb_journal_new (file, apply);
  g_autoptr(GError) error = NULL;

  g_assert_true (kb_journal_wants_snapshot (journal));
  kb_journal_replace (journal, snapshot_of (from));
  g_assert_false (kb_journal_wants_snapshot (journal));
  for (guint i = from; i < to; i++)
    kb_journal_append (journal, g_strdup_printf ("{\"add\":%u}", i));
  g_assert_true (kb_journal_flush (journal, &error));
  g_assert_no_error (error);
  return journal;
}

static void
remove_all (GFile *file)
{
  g_autoptr(GFile) dir = g_file_get_parent (file);

  g_assert_true (kb_journal_forget (file, NULL));
  g_assert_cmpint (g_rmdir (g_file_peek_path (dir)), ==, 0);
}

static void
test_read_back (void)
{
  g_autoptr(GFile) file = fresh_file ();
  g_autoptr(KbJournal) journal = write_numbers (file, 5, 40);
  g_autofree char *notice = NULL;

  /* Read while the writer is still open, as the next start reads what a crash left; reading
   * does not disturb the writer. */
  g_assert_cmpuint (read_back (file, &notice), ==, 40);
  g_assert_null (notice);
  g_assert_false (kb_journal_wants_snapshot (journal));
  remove_all (file);
}

/* Killed while a line was being written: that line is left out, with a word, and the rest kept. */
static void
test_torn_last_line (void)
{
  g_autoptr(GFile) file = fresh_file ();
  g_autoptr(KbJournal) journal = write_numbers (file, 0, 12);
  g_autoptr(GFile) journal_file = kb_journal_file_for (file);
  g_autoptr(GFileOutputStream) out = g_file_append_to (journal_file, 0, NULL, NULL);
  g_autofree char *notice = NULL;
  g_autofree char *expected = NULL;

  g_assert_true (g_output_stream_write_all (G_OUTPUT_STREAM (out), "{\"add\":1", 8, NULL, NULL,
                                            NULL));
  g_assert_true (g_output_stream_close (G_OUTPUT_STREAM (out), NULL, NULL));
  g_assert_cmpuint (read_back (file, &notice), ==, 12);
  /* Line 1 is the journal's header, lines 2 to 13 the twelve numbers. */
  expected = g_strdup_printf ("The last change kept in %s was cut off when the app stopped "
                              "(line 14); it is left out, everything before it is kept.",
                              g_file_peek_path (journal_file));
  g_assert_cmpstr (notice, ==, expected);

  /* Going on after it starts with a snapshot: the cut-off line is gone for good. */
  g_clear_object (&journal);
  journal = write_numbers (file, 12, 20);
  g_clear_pointer (&notice, g_free);
  g_assert_cmpuint (read_back (file, &notice), ==, 20);
  g_assert_null (notice);
  remove_all (file);
}

/* A snapshot written without the journal (an old file, or kb_game_save()) ignores it. */
static void
test_stale_journal (void)
{
  g_autoptr(GFile) file = fresh_file ();
  g_autoptr(KbJournal) journal = write_numbers (file, 0, 30);
  g_autofree char *old = snapshot_of (3);

  g_assert_true (g_file_replace_contents (file, old, strlen (old), NULL, FALSE, 0, NULL, NULL,
                                          NULL));
  g_assert_cmpuint (read_back (file, NULL), ==, 3);
  g_assert_false (kb_journal_wants_snapshot (journal));
  remove_all (file);
}

/* Lines enough to fold the journal in several times (once under the sanitizers: past 256 KiB),
 * all queued before the writer catches up. */
static void
test_compaction (void)
{
  guint n = kb_test_scaled (60000, 25000);
  g_autoptr(GFile) file = fresh_file ();
  g_autoptr(KbJournal) journal = write_numbers (file, 0, n);
  g_autoptr(GFile) journal_file = kb_journal_file_for (file);
  g_autoptr(GFileInfo) info = g_file_query_info (journal_file, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                                 0, NULL, NULL);

  g_assert_cmpuint (kb_journal_get_n_compactions (journal), >=, 1);
  g_assert_cmpuint (read_back (file, NULL), ==, n);
  /* What is left in the journal is less than one compaction's worth. */
  g_assert_cmpint (g_file_info_get_size (info), <=, 2 * 256 * 1024);
  remove_all (file);
}

int
main (int   argc,
      char *argv[])
{
  kb_locale_init ();
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/journal/read-back", test_read_back);
  g_test_add_func ("/journal/torn-last-line", test_torn_last_line);
  g_test_add_func ("/journal/stale-journal", test_stale_journal);
  g_test_add_func ("/journal/compaction", test_compaction);
  return g_test_run ();
}
