/* A deck file as the app knows it: its deck or its problems, read once. The library's tile, the
 * kept session, the kept board games and a file opened from outside all ask here, so a deck is
 * parsed once for all of them and they share one KbDeck, as long as anyone holds it and its
 * file has not changed. Worker threads ask too (the library's scan, the kept games): one lock. */
#define G_LOG_DOMAIN "kletsborden-library"

#include "config.h"

#include "kb-deck-library.h"

struct _KbDeckEntry
{
  GObject parent_instance;

  /* owned, never changed after loading: entries are shared between threads */
  GFile *file;
  KbDeck *deck;             /* NULL when the file could not be loaded */
  GError *error;            /* why not, as kb_deck_load() says it */
  GStrv problems;
  gboolean builtin;
};

G_DEFINE_FINAL_TYPE (KbDeckEntry, kb_deck_entry, G_TYPE_OBJECT)

/* What was read: the path → a Read. Weak, so a deck nobody shows or plays is let go; the
 * library holds its entries while it looks for them again (kb-library-page.c). */
typedef struct
{
  GWeakRef entry;
  char *stamp;              /* the file as it was read: changed, it is read again */
} Read;

G_LOCK_DEFINE_STATIC (reads);
static GHashTable *reads;
static guint prune_at = 64;   /* the table's size at which paths of decks let go are dropped */

static void
read_free (gpointer data)
{
  Read *read = data;

  g_weak_ref_clear (&read->entry);
  g_free (read->stamp);
  g_free (read);
}

static void
kb_deck_entry_finalize (GObject *object)
{
  KbDeckEntry *self = (KbDeckEntry *) object;

  g_clear_object (&self->file);
  g_clear_object (&self->deck);
  g_clear_error (&self->error);
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

/* Modification time (to the microsecond), size and inode: a save, an edit in another program or
 * a file put in its place all change it. %NULL when the file cannot be looked at. */
static char *
stamp_of (GFile *file)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_ETAG_VALUE ","
                                                 G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                                                 G_FILE_ATTRIBUTE_UNIX_INODE,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);

  if (info == NULL)
    return NULL;
  return g_strdup_printf ("%s/%" G_GOFFSET_FORMAT "/%" G_GUINT64_FORMAT,
                          g_file_info_get_etag (info), g_file_info_get_size (info),
                          g_file_info_get_attribute_uint64 (info,
                                                            G_FILE_ATTRIBUTE_UNIX_INODE));
}

static gboolean
is_builtin (GFile *file)
{
  g_autoptr(GFile) builtin = kb_deck_library_get_builtin_dir ();

  return g_file_has_prefix (file, builtin);
}

static KbDeckEntry *
read_deck (GFile *file)
{
  KbDeckEntry *self = g_object_new (KB_TYPE_DECK_ENTRY, NULL);
  g_autoptr(KbProblems) problems = kb_problems_new (NULL);

  self->file = g_object_ref (file);
  self->builtin = is_builtin (file);
  self->deck = kb_deck_load (file, NULL, problems, &self->error);
  self->problems = kb_problems_to_strv (problems);
  return self;
}

/**
 * kb_deck_entry_load:
 *
 * The deck in @file, read once: while anyone holds its entry and the file is as it was, every
 * caller gets the same entry and the same #KbDeck, which nobody may edit (the editor reads its
 * own). A deck that cannot be loaded gives its problems instead. Any thread may ask.
 *
 * Returns: (transfer full): the deck in @file, or its problems when it cannot be loaded
 */
KbDeckEntry *
kb_deck_entry_load (GFile *file)
{
  g_autofree char *path = NULL;
  g_autofree char *stamp = NULL;
  KbDeckEntry *entry = NULL;
  Read *read;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  path = g_file_get_path (file);
  stamp = stamp_of (file);
  /* Not a file on disk, or gone: read (and fail) each time, remembering nothing. */
  if (path == NULL || stamp == NULL)
    return read_deck (file);

  /* Held while reading, so two threads that want one deck never read it twice. */
  G_LOCK (reads);
  if (reads == NULL)
    reads = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, read_free);
  read = g_hash_table_lookup (reads, path);
  if (read != NULL && g_str_equal (read->stamp, stamp))
    entry = g_weak_ref_get (&read->entry);
  if (entry == NULL)
    {
      GHashTableIter iter;
      Read *other;

      /* The paths of decks let go, so that the table stays about as small as the library;
       * now and then, not on every read, or a scan of n decks would take n² looks. */
      if (g_hash_table_size (reads) >= prune_at)
        {
          g_hash_table_iter_init (&iter, reads);
          while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &other))
            {
              GObject *alive = g_weak_ref_get (&other->entry);
              if (alive == NULL)
                g_hash_table_iter_remove (&iter);
              g_clear_object (&alive);
            }
          prune_at = MAX (64, 2 * g_hash_table_size (reads));
        }
      entry = read_deck (file);
      read = g_new0 (Read, 1);
      g_weak_ref_init (&read->entry, entry);
      read->stamp = g_steal_pointer (&stamp);
      g_hash_table_replace (reads, g_steal_pointer (&path), read);
    }
  G_UNLOCK (reads);
  return entry;
}

/**
 * kb_deck_entry_open:
 *
 * The shared deck in @file (see kb_deck_entry_load()), for the kept session and games and a
 * file opened from outside.
 *
 * Returns: (transfer full) (nullable): the deck, or %NULL with @error set as
 *   kb_deck_new_from_file() sets it
 */
KbDeck *
kb_deck_entry_open (GFile   *file,
                    GError **error)
{
  g_autoptr(KbDeckEntry) entry = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  entry = kb_deck_entry_load (file);
  if (entry->deck == NULL)
    {
      g_propagate_error (error, g_error_copy (entry->error));
      return NULL;
    }
  return g_object_ref (entry->deck);
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
