/* Every bad input in tests/core/bad/ gives exactly the problems in its .expected file, at the
 * right line and column; plus the limits that would need huge files, generated here. */
#include <unistd.h>
#include <glib/gstdio.h>

#include "bad-file-test-util.h"
#include "kb-deck.h"
#include "kb-limits.h"
#include "kb-locale.h"

static GStrv
problems_without_name (KbProblems *problems)
{
  g_auto(GStrv) lines = kb_problems_to_strv (problems);
  g_autofree char *prefix = g_strconcat (kb_problems_get_display_name (problems), ":", NULL);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_assert_true (g_str_has_prefix (lines[i], prefix));
      g_strv_builder_add (builder, lines[i] + strlen (prefix));
    }
  return g_strv_builder_end (builder);
}

static void
test_bad_file (gconstpointer data)
{
  const char *path = data;
  g_autofree char *expected_text = bad_file_read_expected (path);
  g_autofree char *name = g_path_get_basename (path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(KbProblems) problems = kb_problems_new (name);
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDeck) deck = NULL;
  g_auto(GStrv) expected = NULL;
  g_auto(GStrv) actual = NULL;
  gboolean expect_error;

  expected = g_strsplit (expected_text, "\n", -1);
  g_assert_cmpuint (g_strv_length (expected), >, 0);

  deck = kb_deck_load (file, NULL, problems, &error);
  actual = problems_without_name (problems);
  for (guint i = 0; expected[i] != NULL || actual[i] != NULL; i++)
    g_assert_cmpstr (actual[i], ==, expected[i]);

  /* A file with an error gives no deck and a GError that says the same; warnings alone load. */
  expect_error = strstr (expected_text, ": error: ") != NULL;
  g_assert_true ((deck == NULL) == expect_error);
  if (expect_error)
    {
      g_assert_error (error, KB_DECK_ERROR, KB_DECK_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, expected[0]));
    }
  else
    g_assert_no_error (error);
}

/* A deck on one line, up to the '[' of its cards. */
static const char deck_head[] =
  "{\"format\": \"kletsborden-deck\", \"version\": 1, \"id\": \"veel\", \"languages\": [\"nl\"], "
  "\"title\": \"Veel\", \"categories\": [{\"id\": \"a\", \"name\": \"A\", \"color\": \"#000000\", "
  "\"symbol\": \"sun\"}], \"cards\": [";

static void
assert_single_error (KbProblems *problems,
                     const char *message)
{
  g_assert_cmpuint (kb_problems_get_n_errors (problems), ==, 1);
  g_assert_cmpuint (kb_problems_get_line (problems, 0), ==, 1);
  g_assert_cmpstr (kb_problems_get_message (problems, 0), ==, message);
}

static void
test_too_large (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kb-bad-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "huge.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(KbProblems) problems = kb_problems_new ("huge.json");
  g_autoptr(KbDeck) deck = NULL;
  FILE *f = g_fopen (path, "w");

  /* Sparse: the size is what counts, and it is checked before anything is read. */
  g_assert_nonnull (f);
  g_assert_cmpint (fseek (f, KB_DECK_MAX_FILE_SIZE + 1000000, SEEK_SET), ==, 0);
  fputc ('}', f);
  fclose (f);

  deck = kb_deck_load (file, NULL, problems, NULL);
  g_assert_null (deck);
  assert_single_error (problems, "the file is too large (17.0 MB); at most 16 MB is read");
  g_remove (path);
  g_rmdir (dir);
}

static void
test_too_many_cards (void)
{
  g_autoptr(GString) json = g_string_new (deck_head);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(KbProblems) problems = kb_problems_new ("veel.json");
  g_autoptr(KbDeck) deck = NULL;
  g_autofree char *message = NULL;

  for (guint i = 0; i <= KB_DECK_MAX_CARDS; i++)
    g_string_append_printf (json, "%s{\"id\": \"c%u\", \"category\": \"a\", \"text\": \"?\"}",
                            i > 0 ? ", " : "", i);
  g_string_append (json, "]}");
  bytes = g_string_free_to_bytes (g_steal_pointer (&json));

  deck = kb_deck_load (NULL, bytes, problems, NULL);
  g_assert_null (deck);
  /* Refused while the file is read, at the card one too many. */
  message = g_strdup_printf ("too many cards (more than %u); a deck has at most %u",
                             KB_DECK_MAX_CARDS, KB_DECK_MAX_CARDS);
  assert_single_error (problems, message);
  g_assert_cmpuint (kb_problems_get_column (problems, 0), ==, strlen (deck_head));
}

static void
test_capped (void)
{
  g_autoptr(GString) json = g_string_new (deck_head);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(KbProblems) problems = kb_problems_new ("fout.json");
  g_autoptr(KbDeck) deck = NULL;
  g_auto(GStrv) lines = NULL;

  for (guint i = 0; i < KB_PROBLEMS_MAX + 10; i++)
    g_string_append_printf (json, "%s{\"id\": \"c%u\", \"category\": \"b\", \"text\": \"?\"}",
                            i > 0 ? ",\n" : "", i);
  g_string_append (json, "]}");
  bytes = g_string_free_to_bytes (g_steal_pointer (&json));

  deck = kb_deck_load (NULL, bytes, problems, NULL);
  g_assert_null (deck);
  g_assert_cmpuint (kb_problems_get_n_errors (problems), ==, KB_PROBLEMS_MAX + 10);
  g_assert_cmpuint (kb_problems_get_n_items (problems), ==, KB_PROBLEMS_MAX);
  lines = kb_problems_to_strv (problems);
  g_assert_cmpuint (g_strv_length (lines), ==, KB_PROBLEMS_MAX + 1);
  g_assert_nonnull (strstr (lines[KB_PROBLEMS_MAX], "too many problems"));
}

/* A hard link cannot be committed: made here, to a file outside the deck's folder. */
static void
test_hard_link_outside (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kb-bad-XXXXXX", NULL);
  g_autofree char *secret = g_build_filename (dir, "secret.svg", NULL);
  g_autofree char *deck_dir = g_build_filename (dir, "deck", NULL);
  g_autofree char *art = g_build_filename (deck_dir, "art.svg", NULL);
  g_autofree char *path = g_build_filename (deck_dir, "deck.json", NULL);
  g_autofree char *json = g_strconcat (deck_head, "{\"id\": \"c\", \"category\": \"a\", "
                                       "\"text\": \"?\", \"image\": \"art.svg\"}]}", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(KbProblems) problems = kb_problems_new ("deck.json");
  g_autoptr(KbDeck) deck = NULL;

  g_assert_cmpint (g_mkdir (deck_dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (secret, "<svg xmlns=\"http://www.w3.org/2000/svg\"/>", -1,
                                      NULL));
  g_assert_cmpint (link (secret, art), ==, 0);
  g_assert_true (g_file_set_contents (path, json, -1, NULL));
  deck = kb_deck_load (file, NULL, problems, NULL);
  g_assert_cmpuint (kb_problems_get_n_items (problems), ==, 1);
  g_assert_cmpstr (kb_problems_get_message (problems, 0), ==,
                   "the art file \"art.svg\" has other names on the disk (a hard link), which "
                   "may lie outside the deck's folder; put a copy of it in the folder instead");
  g_assert_null (deck);
  g_remove (path);
  g_remove (art);
  g_remove (secret);
  g_rmdir (deck_dir);
  g_rmdir (dir);
}

/* The error of a deck with 1000 problems was one dialog of 1000 lines that could not be drawn. */
static void
test_error_capped (void)
{
  g_autoptr(GString) json = g_string_new (deck_head);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDeck) deck = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *last = NULL;

  for (guint i = 0; i < KB_PROBLEMS_MAX; i++)
    g_string_append_printf (json, "%s{\"id\": \"c%u\", \"category\": \"b\", \"text\": \"?\"}",
                            i > 0 ? ",\n" : "", i);
  g_string_append (json, "]}");
  bytes = g_string_free_to_bytes (g_steal_pointer (&json));
  deck = kb_deck_load (NULL, bytes, NULL, &error);
  g_assert_error (error, KB_DECK_ERROR, KB_DECK_ERROR_INVALID);
  lines = g_strsplit (error->message, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, KB_DECK_MAX_ERRORS_SHOWN + 1);
  last = g_strdup_printf ("… and %u more errors; kletsborden --validate FILE lists them all",
                          KB_PROBLEMS_MAX - KB_DECK_MAX_ERRORS_SHOWN);
  g_assert_cmpstr (lines[KB_DECK_MAX_ERRORS_SHOWN], ==, last);
}

/* A newline in a file's name must not split its problem over two lines. */
static void
test_newline_in_name (void)
{
  g_autoptr(KbProblems) problems = kb_problems_new ("my\ndeck.json");
  g_auto(GStrv) lines = NULL;

  kb_problems_add_literal (problems, KB_PROBLEM_ERROR, 1, 2, "bad \"a\nb\u202e\"");
  lines = kb_problems_to_strv (problems);
  g_assert_cmpstr (lines[0], ==, "my\\ndeck.json:1:2: error: bad \"a\\nb\\u202E\"");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) paths = NULL;

  kb_locale_init ();
  g_test_init (&argc, &argv, NULL);

  /* The issue asks for at least 40. */
  paths = bad_file_add_tests ("bad", "deck/bad", 40, test_bad_file);
  g_test_add_func ("/deck/bad/limit/file-too-large", test_too_large);
  g_test_add_func ("/deck/bad/limit/too-many-cards", test_too_many_cards);
  g_test_add_func ("/deck/bad/limit/problems-capped", test_capped);
  g_test_add_func ("/deck/bad/limit/error-capped", test_error_capped);
  g_test_add_func ("/deck/bad/art-hard-link-outside", test_hard_link_outside);
  g_test_add_func ("/deck/bad/newline-in-name", test_newline_in_name);
  return g_test_run ();
}
