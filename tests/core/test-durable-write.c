/* The one durable write: the target is replaced in one step, a backup is kept when asked, no
 * temporary file is left after a failure, and the messages name the file and the reason. */
#include <errno.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "kb-durable-write.h"

static guint
count_files (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  guint n = 0;

  g_assert_nonnull (dir);
  while (g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static char *
read_text (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

static void
remove_folder (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      if (g_rmdir (path) != 0)
        g_unlink (path);
    }
  g_rmdir (folder);
}

static void
test_replace (void)
{
  g_autofree char *folder = g_dir_make_tmp ("kb-durable-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "a.json", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_assert_true (kb_durable_write_contents (path, "one", 3, KB_DURABLE_NONE, &error));
  g_assert_no_error (error);
  g_assert_true (kb_durable_write_contents (path, "two", 3, KB_DURABLE_NONE, &error));
  text = read_text (path);
  g_assert_cmpstr (text, ==, "two");
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_files (folder), ==, 1);

  /* Private files are for the user alone. */
  g_assert_true (kb_durable_write_contents (path, "three", 5, KB_DURABLE_PRIVATE, &error));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  remove_folder (folder);
}

static void
test_backup (void)
{
  g_autofree char *folder = g_dir_make_tmp ("kb-durable-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "deck.json", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autofree char *now = NULL;
  g_autofree char *before = NULL;
  g_autoptr(GError) error = NULL;

  /* A new file has nothing to back up. */
  g_assert_true (kb_durable_write_contents (path, "old", 3, KB_DURABLE_BACKUP, &error));
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
  g_assert_true (kb_durable_write_contents (path, "new", 3, KB_DURABLE_BACKUP, &error));
  g_assert_no_error (error);
  now = read_text (path);
  before = read_text (backup);
  g_assert_cmpstr (now, ==, "new");
  g_assert_cmpstr (before, ==, "old");
  g_assert_cmpuint (count_files (folder), ==, 2);
  remove_folder (folder);
}

static void
test_stream_and_abort (void)
{
  g_autofree char *folder = g_dir_make_tmp ("kb-durable-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "out.pdf", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  KbDurable *out;

  g_assert_true (kb_durable_write_contents (path, "kept", 4, KB_DURABLE_NONE, &error));

  /* Streamed in parts; until the commit the target is the old file. */
  out = kb_durable_begin (path, KB_DURABLE_NONE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kb_durable_get_path (out), ==, path);
  g_assert_true (g_str_has_prefix (kb_durable_get_temp_path (out), path));
  g_assert_true (kb_durable_append (out, "par", 3));
  g_assert_true (kb_durable_append (out, "ts", 2));
  text = read_text (path);
  g_assert_cmpstr (text, ==, "kept");
  g_clear_pointer (&text, g_free);
  g_assert_true (kb_durable_commit (out, &error));
  text = read_text (path);
  g_assert_cmpstr (text, ==, "parts");
  g_clear_pointer (&text, g_free);

  /* Aborted: the temporary file goes, the target stays. */
  out = kb_durable_begin (path, KB_DURABLE_NONE, &error);
  kb_durable_append (out, "half", 4);
  g_assert_cmpuint (count_files (folder), ==, 2);
  kb_durable_abort (out);
  g_assert_cmpuint (count_files (folder), ==, 1);
  text = read_text (path);
  g_assert_cmpstr (text, ==, "parts");
  remove_folder (folder);
}

static void
test_failed_commit_leaves_nothing (void)
{
  g_autofree char *folder = g_dir_make_tmp ("kb-durable-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "busy", NULL);
  g_autofree char *inside = g_build_filename (path, "x", NULL);
  g_autoptr(GError) error = NULL;

  /* A folder with something in it cannot be renamed over. */
  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  g_assert_true (g_file_set_contents (inside, "", 0, NULL));
  g_assert_false (kb_durable_write_contents (path, "data", 4, KB_DURABLE_NONE, &error));
  g_assert_error (error, G_IO_ERROR, (int) g_io_error_from_errno (EISDIR));
  g_assert_true (g_str_has_prefix (error->message, "Could not save “"));
  g_assert_nonnull (strstr (error->message, path));
  g_assert_cmpuint (count_files (folder), ==, 1);
  g_unlink (inside);
  remove_folder (folder);
}

static void
test_read_only_folder (void)
{
  g_autofree char *folder = g_dir_make_tmp ("kb-durable-XXXXXX", NULL);
  g_autofree char *locked = g_build_filename (folder, "locked", NULL);
  g_autofree char *path = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;
  const char *where = locked;

  g_assert_cmpint (g_mkdir (locked, 0500), ==, 0);
  /* root writes anywhere it may chmod; /sys refuses even root. */
  if (access (locked, W_OK) == 0)
    where = "/sys";
  path = g_build_filename (where, "cards.pdf", NULL);
  g_assert_false (kb_durable_write_contents (path, "x", 1, KB_DURABLE_NONE, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  expected = g_strdup_printf ("Could not save “%s”: the folder “%s” cannot be written to: %s",
                              path, where, g_strerror (EACCES));
  g_assert_cmpstr (error->message, ==, expected);
  g_clear_error (&error);

  /* A missing folder is created only when asked. */
  g_clear_pointer (&path, g_free);
  path = g_build_filename (folder, "new", "deeper", "game.json", NULL);
  g_assert_false (kb_durable_write_contents (path, "x", 1, KB_DURABLE_NONE, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (kb_durable_write_contents (path, "x", 1, KB_DURABLE_CREATE_FOLDER, &error));
  g_assert_no_error (error);
  g_unlink (path);
  g_clear_pointer (&path, g_free);
  path = g_build_filename (folder, "new", "deeper", NULL);
  g_rmdir (path);
  remove_folder (folder);
}

static void
test_output_is_input (void)
{
  g_autofree char *folder = g_dir_make_tmp ("kb-durable-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "deck.json", NULL);
  g_autofree char *other = g_build_filename (folder, "deck.pdf", NULL);
  g_autofree char *link_path = g_build_filename (folder, "link.json", NULL);
  g_autofree char *dotted = g_build_filename (folder, ".", "deck.json", NULL);
  g_autoptr(GFile) input = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "{}", 2, NULL));
  g_assert_cmpint (symlink (path, link_path), ==, 0);
  g_assert_true (kb_durable_check_not_input (other, input, &error));
  g_assert_true (kb_durable_check_not_input (other, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (kb_durable_check_not_input (path, input, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_assert_nonnull (strstr (error->message, path));
  g_clear_error (&error);
  g_assert_false (kb_durable_check_not_input (link_path, input, &error));
  g_clear_error (&error);
  g_assert_false (kb_durable_check_not_input (dotted, input, &error));
  g_clear_error (&error);
  remove_folder (folder);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/durable/replace", test_replace);
  g_test_add_func ("/durable/backup", test_backup);
  g_test_add_func ("/durable/stream-and-abort", test_stream_and_abort);
  g_test_add_func ("/durable/failed-commit-leaves-nothing", test_failed_commit_leaves_nothing);
  g_test_add_func ("/durable/read-only-folder", test_read_only_folder);
  g_test_add_func ("/durable/output-is-input", test_output_is_input);
  return g_test_run ();
}
