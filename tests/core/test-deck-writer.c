/* The writer: a deck in the canonical layout (and every built-in deck) is saved back byte for
 * byte; texts stay plain or per language; unknown members survive; saving keeps a backup. */
#include <glib/gstdio.h>

#include "kb-deck.h"
#include "kb-json-writer.h"
#include "kb-locale.h"

static void
assert_round_trip (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) original = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDeck) deck = NULL;

  original = g_file_load_bytes (file, NULL, NULL, &error);
  g_assert_no_error (error);
  deck = kb_deck_load (file, original, NULL, &error);
  g_assert_no_error (error);
  saved = kb_deck_to_bytes (deck);
  if (!g_bytes_equal (original, saved))
    {
      /* Show where it differs, not two 100 kB strings. */
      const char *a = g_bytes_get_data (original, NULL);
      const char *b = g_bytes_get_data (saved, NULL);
      gsize i = 0, line = 1;

      while (i < g_bytes_get_size (original) && i < g_bytes_get_size (saved) && a[i] == b[i])
        line += a[i++] == '\n';
      g_test_message ("%s differs at line %" G_GSIZE_FORMAT ": %.40s | %.40s", path, line,
                      a + i, b + i);
      g_test_fail ();
    }
}

static void
test_good_decks (void)
{
  const char *names[] = {
    "full.json", "minimal.json", "newer.json", "numbers.json", "easy-asks.json"
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    assert_round_trip (g_test_get_filename (G_TEST_DIST, "core", "good", names[i], NULL));
}

static void
test_builtin_decks (void)
{
  const char *cards_dir = g_getenv ("KLETSBORDEN_CARDS_DIR");
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint n = 0;

  g_assert_nonnull (cards_dir);
  dir = g_dir_open (cards_dir, 0, NULL);
  if (dir == NULL)
    {
      g_test_skip ("no cards/ folder");
      return;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json") && !g_str_has_suffix (name, ".schema.json"))
      {
        g_autofree char *path = g_build_filename (cards_dir, name, NULL);
        assert_round_trip (path);
        n++;
      }
  if (g_test_failed ())
    g_test_message ("A deck above is not in the layout the app saves (cards/README.md, "
                    "\"Layout\"). Its data is kept; to fix the layout: python3 -c 'import json, "
                    "sys; [open(f, \"w\").write(json.dumps(json.load(open(f)), indent=2, "
                    "ensure_ascii=False) + \"\\n\") for f in sys.argv[1:]]' cards/NAME.json");
  g_test_message ("%u built-in decks checked", n);
}

static void
test_forms_kept (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "core", "good",
                                                                   "newer.json", NULL));
  g_autoptr(KbDeck) deck = kb_deck_load (file, NULL, NULL, NULL);
  g_autoptr(GBytes) bytes = NULL;
  const char *json;

  g_assert_nonnull (deck);
  bytes = kb_deck_to_bytes (deck);
  json = g_bytes_get_data (bytes, NULL);
  g_assert_nonnull (strstr (json, "\"title\": \"Newer\",\n"));
  g_assert_nonnull (strstr (json, "\"pattern\": \"dots\"\n"));
  g_assert_nonnull (strstr (json, "\"volume\": 0.5,\n"));
  g_assert_nonnull (strstr (json, "\"n\": null\n"));
  g_assert_nonnull (strstr (json, "\"theme\": [\n    \"a\",\n    1,\n    2.25,\n    true\n  ]\n"));
}

static void
test_save_with_backup (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kb-writer-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "deck.json", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GFile) source = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "core", "good",
                                                                     "minimal.json", NULL));
  g_autoptr(GFile) target = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDeck) deck = kb_deck_load (source, NULL, NULL, &error);
  g_autoptr(GBytes) expected = NULL;

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, "old", -1, NULL));

  g_assert_true (kb_deck_save (deck, target, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (backup, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old");
  g_clear_pointer (&contents, g_free);

  expected = kb_deck_to_bytes (deck);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, g_bytes_get_data (expected, NULL));

  /* Only the deck and its backup: no temporary file left behind. */
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    guint n = 0;
    while (g_dir_read_name (d) != NULL)
      n++;
    g_assert_cmpuint (n, ==, 2);
  }
  g_remove (backup);
  g_remove (path);
  g_rmdir (dir);
}

static void
test_escapes (void)
{
  static const char json[] =
    "{\n  \"format\": \"kletsborden-deck\",\n  \"version\": 1,\n  \"id\": \"x\",\n"
    "  \"languages\": [\n    \"nl\"\n  ],\n  \"title\": \"Tab\\there \\\"quoted\\\" \\\\ "
    "\\u0001 / é €\",\n  \"categories\": [\n    {\n      \"id\": \"a\",\n      \"name\": \"A\",\n"
    "      \"color\": \"#000000\",\n      \"symbol\": \"sun\"\n    }\n  ],\n  \"cards\": [\n"
    "    {\n      \"id\": \"c\",\n      \"category\": \"a\",\n      \"text\": \"?\",\n"
    "      \"tags\": []\n    }\n  ]\n}\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, strlen (json));
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDeck) deck = kb_deck_load (NULL, bytes, NULL, &error);
  g_autoptr(GBytes) saved = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (kb_deck_get_title (deck, NULL), ==, "Tab\there \"quoted\" \\ \001 / é €");
  saved = kb_deck_to_bytes (deck);
  g_assert_cmpstr (g_bytes_get_data (saved, NULL), ==, json);
}

static void
test_save_new_and_failing (void)
{
  g_autofree char *dir = g_dir_make_tmp ("kb-writer-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "new.json", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autofree char *missing_dir = g_build_filename (dir, "no", "such", "dir", "deck.json", NULL);
  g_autoptr(GFile) source = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "core", "good",
                                                                     "full.json", NULL));
  g_autoptr(GFile) target = g_file_new_for_path (path);
  g_autoptr(GFile) nowhere = g_file_new_for_path (missing_dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDeck) deck = kb_deck_load (source, NULL, NULL, &error);
  g_autoptr(KbDeck) again = NULL;

  g_assert_no_error (error);
  g_assert_true (kb_deck_save (deck, target, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
  again = kb_deck_load (target, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kb_deck_get_n_cards (again), ==, kb_deck_get_n_cards (deck));

  /* A failure is an error for the caller, and the deck on disk is untouched. */
  g_assert_false (kb_deck_save (deck, nowhere, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);

  g_remove (path);
  g_rmdir (dir);
}

/* The example in cards/README.md must load without a problem and be in the saved layout. */
static void
test_readme_example (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("KLETSBORDEN_CARDS_DIR"), "README.md", NULL);
  g_autofree char *readme = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(KbProblems) problems = kb_problems_new ("README.md");
  g_autoptr(KbDeck) deck = NULL;
  const char *start, *end;

  g_assert_true (g_file_get_contents (path, &readme, NULL, NULL));
  start = strstr (readme, "```json\n");
  g_assert_nonnull (start);
  start += strlen ("```json\n");
  end = strstr (start, "```");
  g_assert_nonnull (end);
  bytes = g_bytes_new (start, end - start);

  deck = kb_deck_load (NULL, bytes, problems, NULL);
  g_assert_nonnull (deck);
  g_assert_cmpuint (kb_problems_get_n_items (problems), ==, 0);
  g_assert_cmpuint (kb_deck_get_n_cards (deck), ==, 5);
  saved = kb_deck_to_bytes (deck);
  g_assert_true (g_bytes_equal (saved, bytes));
}

/* The journal's lines: one line whatever the values hold, and JSON that json-glib reads back. */
static void
test_compact (void)
{
  KbJsonWriter *w = kb_json_writer_new_compact ();
  g_autofree char *text = NULL;
  g_autoptr(JsonNode) back = NULL;

  kb_json_writer_begin_object (w, NULL);
  kb_json_writer_int (w, "keep", 3);
  kb_json_writer_begin_array (w, "add");
  kb_json_writer_string (w, NULL, "two\nlines \"quoted\"");
  kb_json_writer_null (w, NULL);
  kb_json_writer_boolean (w, NULL, TRUE);
  kb_json_writer_end_array (w);
  kb_json_writer_begin_object (w, "empty");
  kb_json_writer_end_object (w);
  kb_json_writer_end_object (w);
  text = kb_json_writer_free_to_string (w);

  g_assert_cmpstr (text, ==,
                   "{\"keep\":3,\"add\":[\"two\\nlines \\\"quoted\\\"\",null,true],\"empty\":{}}");
  back = json_from_string (text, NULL);
  g_assert_nonnull (back);
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (
                     json_node_get_object (back), "add"), 0), ==, "two\nlines \"quoted\"");
}

int
main (int   argc,
      char *argv[])
{
  kb_locale_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/deck/writer/good-decks-byte-identical", test_good_decks);
  g_test_add_func ("/deck/writer/builtin-decks-byte-identical", test_builtin_decks);
  g_test_add_func ("/deck/writer/forms-and-unknown-members-kept", test_forms_kept);
  g_test_add_func ("/deck/writer/save-keeps-backup", test_save_with_backup);
  g_test_add_func ("/deck/writer/save-new-and-failing", test_save_new_and_failing);
  g_test_add_func ("/deck/writer/escapes", test_escapes);
  g_test_add_func ("/deck/writer/readme-example", test_readme_example);
  g_test_add_func ("/json/writer/compact", test_compact);
  return g_test_run ();
}
