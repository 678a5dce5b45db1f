/* Every damaged state file in tests/core/bad-state/ (session-*.json: a kept card session,
 * game-*.json: a saved game) is refused with the message in its .expected file (@FILE@ stands
 * for the file's path); the hostile ones that would need huge files or special files (a nesting
 * of 100 000 levels, a sparse file of 100 MB, a link to /dev/zero, a pipe) are made here. None
 * may crash, block or fill the memory: each is refused before json-glib or a read sees it. */
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "bad-file-test-util.h"
#include "kb-damaged-file.h"
#include "kb-game.h"
#include "kb-guarded-read.h"
#include "kb-limits.h"
#include "kb-locale.h"
#include "kb-session-store.h"

static char *state_dir;

static char *
session_path (void)
{
  return g_build_filename (state_dir, "kletsborden", "session.json", NULL);
}

/* The message the app gets when it starts with @path as its kept session or saved game. */
static char *
load_message (const char *path,
              gboolean    is_session)
{
  g_autoptr(GError) error = NULL;

  if (is_session)
    {
      g_autofree char *kept = session_path ();
      g_autoptr(KbSession) session = NULL;

      if (g_strcmp0 (kept, path) != 0)
        {
          g_autofree char *contents = NULL;
          gsize length;

          g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
          g_assert_true (g_file_set_contents (kept, contents, (gssize) length, NULL));
        }
      session = kb_session_store_load (NULL, &error);
      g_assert_null (session);
    }
  else
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(KbGame) game = kb_game_load (file, NULL, &error);
      g_autofree char *id = NULL;
      g_autoptr(GError) ref_error = NULL;

      g_assert_null (game);
      /* The start screen reads only the deck reference first: the same refusal. */
      g_assert_false (kb_game_read_deck_ref (file, &id, NULL, &ref_error));
      g_assert_nonnull (ref_error);
      g_assert_nonnull (error);
      g_assert_cmpstr (ref_error->message, ==, error->message);
    }
  g_assert_nonnull (error);
  return g_strdup (error->message);
}

static void
test_bad_file (gconstpointer data)
{
  const char *path = data;
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *expected_text = bad_file_read_expected (path);
  g_autofree char *message = NULL;
  gboolean is_session = g_str_has_prefix (base, "session-");
  g_autofree char *shown_path = is_session ? session_path () : g_strdup (path);
  g_autoptr(GString) expected = NULL;

  g_assert_true (is_session || g_str_has_prefix (base, "game-"));
  expected = g_string_new (expected_text);
  g_string_replace (expected, "@FILE@", shown_path, 0);

  message = load_message (path, is_session);
  g_assert_cmpstr (message, ==, expected->str);
}

static char *
deep_json (const char *head,
           guint       levels)
{
  GString *json = g_string_new (head);

  for (guint i = 0; i < levels; i++)
    g_string_append_c (json, '[');
  for (guint i = 0; i < levels; i++)
    g_string_append_c (json, ']');
  g_string_append_c (json, '}');
  return g_string_free (json, FALSE);
}

/* The '{' is the first level, so the 32nd '[' is one too many.
 * json-glib recursed until SIGSEGV on about 85 000 levels (170 KB): every start crashed. */
static void
test_deep_session (void)
{
  const char *head = "{\"format\": \"kletsborden-resume\", \"session\": ";
  g_autofree char *json = deep_json (head, 100000);
  g_autofree char *kept = session_path ();
  g_autofree char *message = NULL;
  g_autofree char *expected = NULL;

  g_assert_true (g_file_set_contents (kept, json, -1, NULL));
  message = load_message (kept, TRUE);
  expected = g_strdup_printf ("The kept session in %s cannot be read: the file is nested too "
                              "deeply at line 1, column %u (more than %u levels).", kept,
                              (guint) (strlen (head) + KB_STATE_MAX_NESTING),
                              (guint) KB_STATE_MAX_NESTING);
  g_assert_cmpstr (message, ==, expected);
}

static void
test_deep_game (void)
{
  const char *head = "{\"format\": \"kletsborden-game\", \"moves\": ";
  g_autofree char *json = deep_json (head, 100000);
  g_autofree char *path = g_build_filename (state_dir, "deep-game.json", NULL);
  g_autofree char *message = NULL;
  g_autofree char *expected = NULL;

  g_assert_true (g_file_set_contents (path, json, -1, NULL));
  message = load_message (path, FALSE);
  expected = g_strdup_printf ("The saved game is damaged: the file is nested too deeply at "
                              "line 1, column %u (more than %u levels).",
                              (guint) (strlen (head) + KB_STATE_MAX_NESTING),
                              (guint) KB_STATE_MAX_NESTING);
  g_assert_cmpstr (message, ==, expected);
  g_remove (path);
}

/* Sparse: 100 MB on paper, nothing on disk; refused by its size before a byte is read. */
static void
test_too_large (void)
{
  g_autofree char *kept = session_path ();
  g_autofree char *game = g_build_filename (state_dir, "huge-game.json", NULL);
  const char *paths[] = { kept, game };

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autofree char *message = NULL;
      g_autofree char *expected = NULL;
      FILE *f = g_fopen (paths[i], "w");

      g_assert_nonnull (f);
      g_assert_cmpint (fseek (f, 100 * 1024 * 1024 - 1, SEEK_SET), ==, 0);
      fputc ('}', f);
      fclose (f);
      message = load_message (paths[i], i == 0);
      expected = g_strdup_printf ("%s %s cannot be read: the file is too large (100.0 MB); at "
                                  "most %u MB is read.",
                                  i == 0 ? "The kept session in" : "The saved game", paths[i],
                                  (guint) (KB_STATE_MAX_FILE_SIZE / (1024 * 1024)));
      g_assert_cmpstr (message, ==, expected);
      g_remove (paths[i]);
    }
}

/* A link to /dev/zero was read until 15.8 GB; a pipe blocked the start. */
static void
test_special_files (void)
{
  g_autofree char *kept = session_path ();
  g_autofree char *game = g_build_filename (state_dir, "special-game.json", NULL);
  const char *paths[] = { kept, game };

  /* A blocked open would hang the test: let the alarm end it as a failure instead. */
  alarm (20);
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    for (guint kind = 0; kind < 2; kind++)
      {
        g_autofree char *message = NULL;
        g_autofree char *expected = NULL;

        g_remove (paths[i]);
        if (kind == 0)
          g_assert_cmpint (symlink ("/dev/zero", paths[i]), ==, 0);
        else
          g_assert_cmpint (mkfifo (paths[i], 0600), ==, 0);
        message = load_message (paths[i], i == 0);
        expected = g_strdup_printf ("%s %s cannot be read: this is not a file but a folder or a "
                                    "device.",
                                    i == 0 ? "The kept session in" : "The saved game", paths[i]);
        g_assert_cmpstr (message, ==, expected);
        g_remove (paths[i]);
      }
  alarm (0);
}

/* The guard itself: depth counts only brackets outside strings, and a missing file is told
 * apart (a kept session that is not there is no error). */
static void
test_guard (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = g_build_filename (state_dir, "no-such.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (missing);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(KbSession) session = NULL;
  g_autofree char *kept = session_path ();
  const char *quoted = "{\"a\": \"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\\\"[[[[\"}";

  g_assert_true (kb_guarded_check_nesting (quoted, strlen (quoted), 2, &error));
  g_assert_no_error (error);
  g_assert_false (kb_guarded_check_nesting ("[[\n [", 5, 2, &error));
  g_assert_error (error, KB_GUARDED_READ_ERROR, KB_GUARDED_READ_ERROR_TOO_DEEP);
  g_assert_cmpstr (error->message, ==,
                   "the file is nested too deeply at line 2, column 2 (more than 2 levels)");
  g_clear_error (&error);

  bytes = kb_guarded_read_file (file, 100, &error);
  g_assert_null (bytes);
  g_assert_error (error, KB_GUARDED_READ_ERROR, KB_GUARDED_READ_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_remove (kept);
  session = kb_session_store_load (NULL, &error);
  g_assert_null (session);
  g_assert_no_error (error);
}

/* Finding 5: a file that cannot be read is moved aside, never dropped, and the message says
 * where it went; the next start no longer trips over it. */
static void
test_set_aside (void)
{
  g_autoptr(GDateTime) when = g_date_time_new_local (2026, 12, 1, 21, 45, 7);
  g_autofree char *games = g_build_filename (state_dir, "games", NULL);
  g_autofree char *path = g_build_filename (games, "spel.json", NULL);
  g_autofree char *aside = g_strconcat (path, ".damaged-2026-12-01T21-45-07", NULL);
  g_autofree char *aside2 = g_strconcat (aside, "-2", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) moved = NULL;
  g_autoptr(GError) reason = NULL;
  g_autoptr(GError) told = NULL;

  g_assert_cmpint (g_mkdir_with_parents (games, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, "{\"format\": \"kletsborden-game\", [", -1, NULL));
  g_assert_null (kb_game_load (file, NULL, &reason));
  g_assert_nonnull (reason);

  told = kb_damaged_file_set_aside (file, reason, when, &moved);
  g_assert_error (told, KB_DAMAGED_FILE_ERROR, KB_DAMAGED_FILE_ERROR_SET_ASIDE);
  expected = g_strdup_printf ("%s could not be read (%.*s). It has been kept as %s, so nothing "
                              "is lost; the app goes on without it.", path,
                              (int) strlen (reason->message) - 1, reason->message, aside);
  g_assert_cmpstr (told->message, ==, expected);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_get_contents (aside, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "{\"format\": \"kletsborden-game\", [");
  g_assert_cmpstr (g_file_peek_path (moved), ==, aside);
  g_clear_error (&told);

  /* The same second again: a name of its own, the first one kept. A link is moved as a link. */
  g_assert_cmpint (symlink ("/dev/zero", path), ==, 0);
  told = kb_damaged_file_set_aside (file, reason, when, NULL);
  g_assert_error (told, KB_DAMAGED_FILE_ERROR, KB_DAMAGED_FILE_ERROR_SET_ASIDE);
  g_assert_true (g_file_test (aside2, G_FILE_TEST_IS_SYMLINK));
  g_assert_true (g_file_test (aside, G_FILE_TEST_IS_REGULAR));
  g_clear_error (&told);

  /* Nothing to move: said so, with the reason it was not moved. */
  told = kb_damaged_file_set_aside (file, reason, when, &moved);
  g_assert_error (told, KB_DAMAGED_FILE_ERROR, KB_DAMAGED_FILE_ERROR_NOT_SET_ASIDE);
  g_assert_nonnull (strstr (told->message, "could not be set aside either"));
  g_assert_null (moved);

  g_remove (aside);
  g_remove (aside2);
  g_rmdir (games);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) paths = NULL;
  g_autofree char *kept_dir = NULL;
  int status;

  kb_locale_init ();
  /* Before GLib caches it: the kept session goes to a folder of this run. */
  state_dir = g_dir_make_tmp ("kb-state-XXXXXX", NULL);
  g_setenv ("XDG_STATE_HOME", state_dir, TRUE);
  kept_dir = g_build_filename (state_dir, "kletsborden", NULL);
  g_assert_cmpint (g_mkdir_with_parents (kept_dir, 0700), ==, 0);
  g_test_init (&argc, &argv, NULL);

  paths = bad_file_add_tests ("bad-state", "state/bad", 6, test_bad_file);
  g_test_add_func ("/state/bad/generated/nested-100000-session", test_deep_session);
  g_test_add_func ("/state/bad/generated/nested-100000-game", test_deep_game);
  g_test_add_func ("/state/bad/generated/too-large", test_too_large);
  g_test_add_func ("/state/bad/generated/special-files", test_special_files);
  g_test_add_func ("/state/guard", test_guard);
  g_test_add_func ("/state/damaged/set-aside", test_set_aside);
  status = g_test_run ();

  g_autofree char *kept = session_path ();
  g_remove (kept);
  g_rmdir (kept_dir);
  g_rmdir (state_dir);
  return status;
}
