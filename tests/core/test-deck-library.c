/* Where decks come from: built-in first, then the user's own; a broken deck is listed with
 * every problem and never stops the others. */
#include <glib/gstdio.h>

#include "kb-deck-library.h"
#include "kb-locale.h"

static char *builtin_dir;
static char *data_home;

static void
write_file (const char *dir,
            const char *name,
            const char *contents)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
}

static void
test_scan (void)
{
  g_autofree char *user_dir = g_build_filename (data_home, "kletsborden", "decks", NULL);
  g_autofree char *good = NULL;
  g_autoptr(GFile) user = kb_deck_library_get_user_dir ();
  g_autoptr(GFile) builtin = kb_deck_library_get_builtin_dir ();
  g_autoptr(GListModel) decks = NULL;
  g_autofree char *user_path = g_file_get_path (user);
  g_autofree char *builtin_path = g_file_get_path (builtin);

  g_assert_cmpstr (user_path, ==, user_dir);
  g_assert_cmpstr (builtin_path, ==, builtin_dir);

  g_assert_true (g_file_get_contents (g_test_get_filename (G_TEST_DIST, "core", "good",
                                                           "minimal.json", NULL),
                                      &good, NULL, NULL));
  g_assert_cmpint (g_mkdir_with_parents (user_dir, 0700), ==, 0);
  write_file (builtin_dir, "b-good.json", good);
  write_file (builtin_dir, "a-broken.json", "{\"format\": \"kletsborden-deck\",\n  \"version\": }");
  write_file (builtin_dir, "format-v1.schema.json", "{}");
  write_file (builtin_dir, "notes.txt", "not a deck");
  write_file (user_dir, "mine.json", "{\"format\": \"kletsborden-deck\", \"version\": 1, "
              "\"id\": \"mine\", \"languages\": [\"nl\"], \"title\": \"Mijn\", \"categories\": "
              "[{\"id\": \"a\", \"name\": \"A\", \"color\": \"#000000\"}], \"cards\": "
              "[{\"id\": \"c\", \"category\": \"a\", \"text\": \"?\"}]}");

  decks = kb_deck_library_scan (NULL);
  g_assert_cmpuint (g_list_model_get_n_items (decks), ==, 3);

  {
    g_autoptr(KbDeckEntry) broken = g_list_model_get_item (decks, 0);
    const char * const *problems = kb_deck_entry_get_problems (broken);

    g_assert_true (kb_deck_entry_is_builtin (broken));
    g_assert_null (kb_deck_entry_get_deck (broken));
    g_assert_cmpuint (g_strv_length ((char **) problems), ==, 1);
    g_assert_true (g_str_has_suffix (problems[0],
                                     "a-broken.json:2:14: error: expected a value but found "
                                     "'}'"));
  }
  {
    g_autoptr(KbDeckEntry) entry = g_list_model_get_item (decks, 1);
    g_assert_true (kb_deck_entry_is_builtin (entry));
    g_assert_cmpstr (kb_deck_get_id (kb_deck_entry_get_deck (entry)), ==, "klein");
    g_assert_null (kb_deck_entry_get_problems (entry)[0]);
  }
  {
    /* Loads, with a warning: the category has neither symbol nor icon. */
    g_autoptr(KbDeckEntry) entry = g_list_model_get_item (decks, 2);
    const char * const *problems = kb_deck_entry_get_problems (entry);

    g_assert_false (kb_deck_entry_is_builtin (entry));
    g_assert_nonnull (kb_deck_entry_get_deck (entry));
    g_assert_cmpuint (g_strv_length ((char **) problems), ==, 1);
    g_assert_nonnull (strstr (problems[0], "mine.json:1:113: warning: this category has neither"));
  }
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_remove (child);
    }
  g_rmdir (path);
}

static gboolean
has_title (KbDeckEntry *entry,
           const char  *title)
{
  KbDeck *deck = kb_deck_entry_get_deck (entry);

  return deck != NULL && g_strcmp0 (kb_deck_get_title (deck, "nl"), title) == 0;
}

/* A deck with its title left open. */
#define ONCE_DECK "{\"format\": \"kletsborden-deck\", \"version\": 1, \"id\": \"once\", " \
                  "\"languages\": [\"nl\"], \"title\": \"%s\", \"categories\": [{\"id\": " \
                  "\"a\", \"name\": \"A\", \"color\": \"#000000\", \"symbol\": \"heart\"}], " \
                  "\"cards\": [{\"id\": \"c\", \"category\": \"a\", \"text\": \"?\"}]}"

/* One read for all who ask while the file stays as it was; a changed file is read again. */
static void
test_read_once (void)
{
  g_autofree char *folder = g_build_filename (data_home, "once", NULL);
  g_autofree char *path = g_build_filename (folder, "once.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *first = g_strdup_printf (ONCE_DECK, "Eerst");
  g_autofree char *second = g_strdup_printf (ONCE_DECK, "Daarna, langer");
  g_autoptr(KbDeckEntry) entry = NULL;
  g_autoptr(KbDeckEntry) again = NULL;
  g_autoptr(KbDeckEntry) changed = NULL;
  g_autoptr(KbDeck) opened = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) expected = NULL;
  KbDeckEntry *gone;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, first, -1, NULL));
  entry = kb_deck_entry_load (file);
  again = kb_deck_entry_load (file);
  opened = kb_deck_entry_open (file, &error);
  g_assert_no_error (error);
  g_assert_true (again == entry);
  g_assert_true (opened == kb_deck_entry_get_deck (entry));
  g_assert_false (kb_deck_entry_is_builtin (entry));

  /* Saved anew: read again; who holds the old deck keeps it as it was. */
  g_assert_true (g_file_set_contents (path, second, -1, NULL));
  changed = kb_deck_entry_load (file);
  g_assert_true (changed != entry);
  g_assert_true (has_title (changed, "Daarna, langer"));
  g_assert_true (has_title (entry, "Eerst"));

  /* Let go by all: the entry goes, and the next ask reads the file. */
  gone = changed;
  g_object_add_weak_pointer (G_OBJECT (gone), (gpointer *) &gone);
  g_clear_object (&changed);
  g_assert_null (gone);
  changed = kb_deck_entry_load (file);
  g_assert_true (has_title (changed, "Daarna, langer"));

  /* A broken deck: the same error as a deck read on its own gives. */
  g_assert_true (g_file_set_contents (path, "{\"format\": \"kletsborden-deck\",\n}", -1, NULL));
  g_assert_null (kb_deck_new_from_file (file, &expected));
  g_assert_null (kb_deck_entry_open (file, &error));
  g_assert_error (error, expected->domain, expected->code);
  g_assert_cmpstr (error->message, ==, expected->message);
  remove_tree (folder);
}

/* A deck in @decks/@name/@name.json, titled @name. */
static void
write_user_deck (const char *decks,
                 const char *name)
{
  g_autofree char *folder = g_build_filename (decks, name, NULL);
  g_autofree char *json = g_strconcat (name, ".json", NULL);
  g_autofree char *text = g_strdup_printf (ONCE_DECK, name);

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  write_file (folder, json, text);
}

/* In the child: the library lists @expected_decks' decks and no other user deck, and a new
 * deck is saved there. */
static void
check_user_folder (const char *expected_decks)
{
  g_autofree char *sandbox = g_build_filename (data_home, "kletsborden", "decks", NULL);
  g_autoptr(GFile) user = kb_deck_library_get_user_dir ();
  g_autofree char *user_path = g_file_get_path (user);
  g_autoptr(GListModel) decks = NULL;
  g_autoptr(KbDeckEntry) entry = NULL;
  g_autoptr(GFile) saved = NULL;
  g_autoptr(GFile) parent = NULL;
  g_autoptr(GFile) grandparent = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (user_path, ==, expected_decks);
  write_user_deck (expected_decks, "host");
  if (g_strcmp0 (sandbox, expected_decks) != 0)
    write_user_deck (sandbox, "sandbox");

  decks = kb_deck_library_scan (NULL);
  g_assert_cmpuint (g_list_model_get_n_items (decks), ==, 1);
  entry = g_list_model_get_item (decks, 0);
  g_assert_false (kb_deck_entry_is_builtin (entry));
  g_assert_true (has_title (entry, "host"));

  saved = kb_deck_library_add (kb_deck_entry_get_deck (entry), &error);
  g_assert_no_error (error);
  parent = g_file_get_parent (saved);
  grandparent = g_file_get_parent (parent);
  g_assert_cmpstr (g_file_peek_path (grandparent), ==, expected_decks);
  g_assert_true (g_file_query_exists (saved, NULL));
}

/* Where the decks folder is, by what flatpak run puts in the environment. */
typedef struct
{
  const char *flatpak_id;   /* NULL: not in a Flatpak */
  const char *name;         /* a variable set to a new folder */
  const char *under;        /* the decks folder under it; NULL: under XDG_DATA_HOME */
} FolderCase;

/* Inside a Flatpak, XDG_DATA_HOME is the sandbox's: the decks are the host's, where the
 * manifest's --filesystem=xdg-data/kletsborden/decks points; flatpak gives the host's
 * XDG_DATA_HOME as HOST_XDG_DATA_HOME (an older one sets none: the host's default under the
 * home folder). Outside, HOST_XDG_DATA_HOME (set by hand, or leaked from a sandbox) changes
 * nothing. Each case runs in a child with that environment. */
static const FolderCase folder_cases[] = {
  { "nl.kletsborden.Kletsborden", "HOST_XDG_DATA_HOME", "kletsborden/decks" },
  { "nl.kletsborden.Kletsborden", "HOME", ".local/share/kletsborden/decks" },
  { NULL, "HOST_XDG_DATA_HOME", NULL },
};

static void
test_decks_folder (gconstpointer data)
{
  const FolderCase *c = data;
  g_autofree char *folder = NULL;
  g_autofree char *old = NULL;

  if (g_test_subprocess ())
    {
      g_autofree char *decks = c->under != NULL
        ? g_build_filename (g_getenv (c->name), c->under, NULL)
        : g_build_filename (data_home, "kletsborden", "decks", NULL);
      check_user_folder (decks);
      return;
    }
  folder = g_dir_make_tmp ("kb-library-env-XXXXXX", NULL);
  old = g_strdup (g_getenv (c->name));
  if (c->flatpak_id != NULL)
    g_setenv ("FLATPAK_ID", c->flatpak_id, TRUE);
  g_setenv (c->name, folder, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_unsetenv ("FLATPAK_ID");
  if (old != NULL)
    g_setenv (c->name, old, TRUE);
  else
    g_unsetenv (c->name);
  g_test_trap_assert_passed ();
  remove_tree (folder);
}

int
main (int   argc,
      char *argv[])
{
  int status;
  gboolean child = FALSE;

  /* The parent runs as if outside a Flatpak (the child gets what each test sets). */
  for (int i = 1; i < argc; i++)
    child = child || g_strcmp0 (argv[i], "--GTestSubprocess") == 0;
  if (!child)
    {
      g_unsetenv ("FLATPAK_ID");
      g_unsetenv ("HOST_XDG_DATA_HOME");
    }

  /* Before anything asks GLib for the user's data dir: it is read once. */
  builtin_dir = g_dir_make_tmp ("kb-library-builtin-XXXXXX", NULL);
  data_home = g_dir_make_tmp ("kb-library-data-XXXXXX", NULL);
  g_setenv ("KLETSBORDEN_CARDS_DIR", builtin_dir, TRUE);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  kb_locale_init ();
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/deck/library/scan", test_scan);
  g_test_add_func ("/deck/library/read-once", test_read_once);
  g_test_add_data_func ("/deck/library/folder/flatpak-host", &folder_cases[0], test_decks_folder);
  g_test_add_data_func ("/deck/library/folder/flatpak-home", &folder_cases[1], test_decks_folder);
  g_test_add_data_func ("/deck/library/folder/no-flatpak", &folder_cases[2], test_decks_folder);
  status = g_test_run ();

  remove_tree (builtin_dir);
  remove_tree (data_home);
  g_free (builtin_dir);
  g_free (data_home);
  return status;
}
