/* Finds and loads every deck the app offers. A broken deck is listed with its problems, never
 * dropped in silence, and never keeps the others from loading. */
#define G_LOG_DOMAIN "kletsborden-library"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "kb-deck-library.h"

/**
 * kb_deck_library_get_builtin_dir:
 *
 * The decks that ship with the app: $KLETSBORDEN_CARDS_DIR when set (the build tree and the
 * tests set it), else the installed data dir, else the source tree of this build.
 */
GFile *
kb_deck_library_get_builtin_dir (void)
{
  const char *env = g_getenv ("KLETSBORDEN_CARDS_DIR");
  g_autofree char *installed = g_build_filename (PKGDATADIR, "cards", NULL);

  if (env != NULL && *env != '\0')
    return g_file_new_for_path (env);
  if (g_file_test (installed, G_FILE_TEST_IS_DIR))
    return g_file_new_for_path (installed);
  return g_file_new_for_path (SOURCE_CARDS_DIR);
}

/* Inside a Flatpak, XDG_DATA_HOME is the sandbox's own (~/.var/app/APPID/data): the trainer's
 * decks would hide from the library, the editor would save where no file manager looks, and
 * "Open Decks Folder" would show an empty folder. The manifest grants the host's folder
 * (xdg-data/kletsborden/decks, which flatpak resolves against the host's XDG_DATA_HOME). */
static gboolean
in_flatpak (void)
{
  const char *id = g_getenv ("FLATPAK_ID");

  return (id != NULL && *id != '\0') || g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS);
}

/**
 * kb_deck_library_get_user_dir:
 *
 * The user's decks folder, one folder per deck: $XDG_DATA_HOME/kletsborden/decks; in a Flatpak
 * the host's, $HOST_XDG_DATA_HOME/kletsborden/decks (flatpak sets it from the host's
 * XDG_DATA_HOME), else $HOME/.local/share/kletsborden/decks.
 */
GFile *
kb_deck_library_get_user_dir (void)
{
  const char *host = g_getenv ("HOST_XDG_DATA_HOME");

  if (!in_flatpak ())
    return g_file_new_build_filename (g_get_user_data_dir (), "kletsborden", "decks", NULL);
  if (host != NULL && g_path_is_absolute (host))
    return g_file_new_build_filename (host, "kletsborden", "decks", NULL);
  return g_file_new_build_filename (g_get_home_dir (), ".local", "share", "kletsborden", "decks",
                                    NULL);
}

static gboolean
is_deck_file_name (const char *name)
{
  return g_str_has_suffix (name, ".json") && !g_str_has_suffix (name, ".schema.json");
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* @depth 1 also looks one folder down: the user's decks live one folder per deck, with their
 * art ("decks/my-deck/my-deck.json"), and older ones straight in the folder. */
static void
scan_dir (GFile            *dir,
          guint             depth,
          GCancellable     *cancellable,
          KbDeckEntryFunc   func,
          gpointer          user_data)
{
  g_autoptr(GFileEnumerator) enumerator = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) folders = g_ptr_array_new_with_free_func (g_free);
  GFileInfo *info;

  enumerator = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                          G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                          G_FILE_QUERY_INFO_NONE, cancellable, NULL);
  if (enumerator == NULL)
    return;

  while (g_file_enumerator_iterate (enumerator, &info, NULL, cancellable, NULL) && info != NULL)
    if (g_file_info_get_file_type (info) == G_FILE_TYPE_REGULAR &&
        is_deck_file_name (g_file_info_get_name (info)))
      g_ptr_array_add (names, g_strdup (g_file_info_get_name (info)));
    else if (depth > 0 && g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY &&
             g_file_info_get_name (info)[0] != '.')
      g_ptr_array_add (folders, g_strdup (g_file_info_get_name (info)));

  /* File order differs between file systems; a stable list is easier to find one's way in. */
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len && !g_cancellable_is_cancelled (cancellable); i++)
    {
      g_autoptr(GFile) file = g_file_get_child (dir, g_ptr_array_index (names, i));
      g_autoptr(KbDeckEntry) entry = kb_deck_entry_load (file);
      func (entry, user_data);
    }
  g_ptr_array_sort (folders, compare_names);
  for (guint i = 0; i < folders->len && !g_cancellable_is_cancelled (cancellable); i++)
    {
      g_autoptr(GFile) folder = g_file_get_child (dir, g_ptr_array_index (folders, i));
      scan_dir (folder, depth - 1, cancellable, func, user_data);
    }
}

/**
 * kb_deck_library_scan_each:
 * @func: (scope call): called with each deck as soon as it is loaded
 *
 * Loads the built-in decks, then the user's own, one by one; for a worker thread, so that a
 * library of big decks fills in as they arrive instead of freezing the window.
 */
void
kb_deck_library_scan_each (GCancellable    *cancellable,
                           KbDeckEntryFunc  func,
                           gpointer         user_data)
{
  g_autoptr(GFile) builtin = kb_deck_library_get_builtin_dir ();
  g_autoptr(GFile) user = kb_deck_library_get_user_dir ();

  scan_dir (builtin, 0, cancellable, func, user_data);
  scan_dir (user, 1, cancellable, func, user_data);
}

static void
append_entry (KbDeckEntry *entry,
              gpointer     store)
{
  g_list_store_append (store, entry);
}

/**
 * kb_deck_library_scan:
 *
 * Returns: (transfer full): a list of #KbDeckEntry, built-in decks first, then the user's own.
 */
GListModel *
kb_deck_library_scan (GCancellable *cancellable)
{
  GListStore *store = g_list_store_new (KB_TYPE_DECK_ENTRY);

  kb_deck_library_scan_each (cancellable, append_entry, store);
  return G_LIST_MODEL (store);
}

/**
 * kb_deck_library_add:
 *
 * Saves a new deck into the user's decks folder, in a folder of its own named after its id
 * ("my-deck", or "my-deck-2" when that is taken), so that the library lists it. An existing
 * deck is never written over.
 *
 * Returns: (transfer full) (nullable): the deck's file
 */
GFile *
kb_deck_library_add (KbDeck  *deck,
                     GError **error)
{
  g_autoptr(GFile) user = kb_deck_library_get_user_dir ();
  g_autofree char *user_path = g_file_get_path (user);
  const char *id;

  g_return_val_if_fail (KB_IS_DECK (deck), NULL);

  id = kb_deck_get_id (deck);
  if (g_mkdir_with_parents (user_path, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Could not make the decks folder “%s”: %s"), user_path,
                   g_strerror (saved));
      return NULL;
    }
  /* mkdir claims the name in one step, so two imports at once never share a folder. */
  for (guint n = 1; n < 1000; n++)
    {
      g_autofree char *name = n == 1 ? g_strdup (id) : g_strdup_printf ("%s-%u", id, n);
      g_autofree char *folder = g_build_filename (user_path, name, NULL);
      g_autofree char *json = g_strconcat (name, ".json", NULL);
      g_autoptr(GFile) file = NULL;

      if (g_mkdir (folder, 0755) != 0)
        {
          int saved = errno;
          if (saved == EEXIST)
            continue;
          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                       _("Could not make the folder “%s”: %s"), folder, g_strerror (saved));
          return NULL;
        }
      file = g_file_new_build_filename (folder, json, NULL);
      if (!kb_deck_save (deck, file, error))
        {
          g_rmdir (folder);
          return NULL;
        }
      return g_steal_pointer (&file);
    }
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
               _("Could not save the deck: the decks folder has a thousand folders named “%s”"),
               id);
  return NULL;
}
