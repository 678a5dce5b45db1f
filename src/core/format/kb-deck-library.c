/* Finds and loads every deck the app offers. A broken deck is listed with its problems, never
 * dropped in silence, and never keeps the others from loading. */
#define G_LOG_DOMAIN "kletsborden-library"

#include "config.h"

#include "kb-deck-library.h"

struct _KbDeckEntry
{
  GObject parent_instance;

  GFile *file;
  KbDeck *deck;             /* NULL when the file could not be loaded */
  GStrv problems;
  gboolean builtin;
};

G_DEFINE_FINAL_TYPE (KbDeckEntry, kb_deck_entry, G_TYPE_OBJECT)

static void
kb_deck_entry_finalize (GObject *object)
{
  KbDeckEntry *self = (KbDeckEntry *) object;

  g_clear_object (&self->file);
  g_clear_object (&self->deck);
  g_strfreev (self->problems);

  G_OBJECT_CLASS (kb_deck_entry_parent_class)->finalize (object);
}

static void
kb_deck_entry_class_init (KbDeckEntryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kb_deck_entry_finalize;
}

static void
kb_deck_entry_init (KbDeckEntry *self)
{
}

/* Errors and warnings both: a deck that loads may still have something to fix. */
/**
 * kb_deck_entry_load:
 * @builtin: whether the deck ships with the app
 *
 * Returns: (transfer full): the deck in @file, or its problems when it cannot be loaded
 */
KbDeckEntry *
kb_deck_entry_load (GFile    *file,
                    gboolean  builtin)
{
  KbDeckEntry *self = g_object_new (KB_TYPE_DECK_ENTRY, NULL);
  g_autoptr(KbProblems) problems = kb_problems_new (NULL);

  self->file = g_object_ref (file);
  self->builtin = builtin;
  self->deck = kb_deck_load (file, NULL, problems, NULL);
  self->problems = kb_problems_to_strv (problems);
  return self;
}

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

GFile *
kb_deck_library_get_user_dir (void)
{
  return g_file_new_build_filename (g_get_user_data_dir (), "kletsborden", "decks", NULL);
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

/* The deck files in @dir; with @folders, also those one folder down, as the editor saves a deck
 * in a folder of its own beside its art ("name/name.json"). */
static void
list_deck_files (GFile        *dir,
                 const char   *prefix,
                 gboolean      folders,
                 GCancellable *cancellable,
                 GPtrArray    *names)
{
  g_autoptr(GFileEnumerator) enumerator = NULL;
  GFileInfo *info;

  enumerator = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                          G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                          G_FILE_QUERY_INFO_NONE, cancellable, NULL);
  if (enumerator == NULL)
    return;

  while (g_file_enumerator_iterate (enumerator, &info, NULL, cancellable, NULL) && info != NULL)
    {
      const char *name = g_file_info_get_name (info);

      if (g_file_info_get_file_type (info) == G_FILE_TYPE_REGULAR && is_deck_file_name (name))
        g_ptr_array_add (names, g_build_filename (prefix, name, NULL));
      else if (folders && g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY &&
               name[0] != '.')
        {
          g_autoptr(GFile) child = g_file_get_child (dir, name);
          list_deck_files (child, name, FALSE, cancellable, names);
        }
    }
}

static void
scan_dir (GFile            *dir,
          gboolean          builtin,
          GCancellable     *cancellable,
          KbDeckEntryFunc   func,
          gpointer          user_data)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  list_deck_files (dir, "", !builtin, cancellable, names);

  /* File order differs between file systems; a stable list is easier to find one's way in. */
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len && !g_cancellable_is_cancelled (cancellable); i++)
    {
      g_autoptr(GFile) file = g_file_resolve_relative_path (dir, g_ptr_array_index (names, i));
      g_autoptr(KbDeckEntry) entry = kb_deck_entry_load (file, builtin);
      func (entry, user_data);
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

  scan_dir (builtin, TRUE, cancellable, func, user_data);
  scan_dir (user, FALSE, cancellable, func, user_data);
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

GFile *
kb_deck_entry_get_file (KbDeckEntry *self)
{
  g_return_val_if_fail (KB_IS_DECK_ENTRY (self), NULL);
  return self->file;
}

KbDeck *
kb_deck_entry_get_deck (KbDeckEntry *self)
{
  g_return_val_if_fail (KB_IS_DECK_ENTRY (self), NULL);
  return self->deck;
}

const char * const *
kb_deck_entry_get_problems (KbDeckEntry *self)
{
  g_return_val_if_fail (KB_IS_DECK_ENTRY (self), NULL);
  return (const char * const *) self->problems;
}

gboolean
kb_deck_entry_is_builtin (KbDeckEntry *self)
{
  g_return_val_if_fail (KB_IS_DECK_ENTRY (self), FALSE);
  return self->builtin;
}
