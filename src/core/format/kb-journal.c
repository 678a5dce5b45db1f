/* The journal's writer (kb-journal.h). The owner hands over text on its own thread; one worker
 * thread for the whole process writes it: a snapshot and its fresh journal durably (atomic
 * replace), lines by append and one fdatasync for all lines that queued up meanwhile (so a burst
 * of moves costs one sync, and the last state always wins). A failed write asks the owner for a
 * whole snapshot next, since lines after a gap could not be folded in. */
#define G_LOG_DOMAIN "kletsborden-journal"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "kb-durable-write.h"
#include "kb-guarded-read.h"
#include "kb-journal-private.h"
#include "kb-limits.h"

/* The journal is folded in when it outgrows twice the snapshot (and this): rewrites stay a
 * constant share of what is appended, however long the history gets, and a reader folds in at
 * most about twice the snapshot's size of lines. */
#define COMPACT_MIN_BYTES (256 * 1024)
#define COMPACT_FACTOR    2

struct _KbJournal
{
  GObject parent_instance;

  /* never changed after construction */
  GFile *snapshot;
  GFile *journal;
  KbJournalApply apply;
  GMainContext *context;     /* the owner's: reports go there */
  GThread *owner;

  /* under lock */
  GMutex lock;
  GCond idle;
  char *pending_snapshot;
  GPtrArray *pending_lines;
  gboolean busy;
  gboolean wants_snapshot;
  GError *error;
  guint n_failures;
  guint n_compactions;

  /* the worker's */
  int fd;
  guint64 journal_bytes;
  guint64 snapshot_bytes;

  /* the owner's */
  gboolean failing;
  GError *reported;
  guint n_reported;
};

G_DEFINE_FINAL_TYPE (KbJournal, kb_journal, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FAILING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Every journal alive, as GWeakRef, for readers in this process (_kb_journal_wait_for_writes). */
static GMutex registry_lock;
static GPtrArray *registry;

static void drain (gpointer data,
                   gpointer user_data);

/* One thread for every journal: the disk is one, and each journal's work stays in order. */
static GThreadPool *
worker (void)
{
  static gsize once = 0;
  static GThreadPool *pool;

  if (g_once_init_enter (&once))
    {
      pool = g_thread_pool_new (drain, NULL, 1, FALSE, NULL);
      g_once_init_leave (&once, 1);
    }
  return pool;
}

/* In the owner's context: tells what changed since the last report. */
static gboolean
report (gpointer data)
{
  KbJournal *self = data;
  g_autoptr(GError) error = NULL;
  guint n_failures;

  g_mutex_lock (&self->lock);
  error = self->error != NULL ? g_error_copy (self->error) : NULL;
  n_failures = self->n_failures;
  g_mutex_unlock (&self->lock);

  g_clear_error (&self->reported);
  self->reported = g_steal_pointer (&error);
  if (self->failing != (self->reported != NULL))
    {
      self->failing = self->reported != NULL;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FAILING]);
    }
  if (n_failures != self->n_reported && self->reported != NULL)
    {
      self->n_reported = n_failures;
      g_signal_emit (self, signals[FAILED], 0, self->reported);
    }
  return G_SOURCE_REMOVE;
}

static gboolean
write_all (int          fd,
           const char  *data,
           gsize        size,
           GError     **error)
{
  while (size > 0)
    {
      gssize n = write (fd, data, size);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved = errno;
          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), "%s",
                       g_strerror (saved));
          return FALSE;
        }
      data += n;
      size -= (gsize) n;
    }
  if (fdatasync (fd) != 0)
    {
      int saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), "%s", g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

/* A new snapshot with a new id, then its empty journal; a crash between the two leaves the new
 * snapshot with the old journal, which no longer matches and is passed by. */
static gboolean
write_snapshot (KbJournal   *self,
                const char  *text,
                gsize        length,
                GError     **error)
{
  g_autoptr(JsonNode) root = kb_guarded_parse_json (text, (gssize) length, KB_STATE_MAX_NESTING,
                                                    error);
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *id = g_uuid_string_random ();
  g_autofree char *header = NULL;
  g_autofree char *data = NULL;
  gsize size;

  if (root == NULL)
    return FALSE;
  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "not an object");
      return FALSE;
    }
  json_object_set_string_member (json_node_get_object (root), KB_JOURNAL_MEMBER, id);
  json_generator_set_root (generator, root);
  data = json_generator_to_data (generator, &size);
  if (self->fd >= 0)
    close (self->fd);
  self->fd = -1;
  if (!kb_durable_write_file (self->snapshot, data, size,
                              KB_DURABLE_CREATE_FOLDER | KB_DURABLE_PRIVATE, error))
    return FALSE;
  header = g_strdup_printf ("{\"%s\":\"%s\"}\n", KB_JOURNAL_MEMBER, id);
  if (!kb_durable_write_file (self->journal, header, strlen (header),
                              KB_DURABLE_CREATE_FOLDER | KB_DURABLE_PRIVATE, error))
    return FALSE;
  self->fd = g_open (g_file_peek_path (self->journal), O_WRONLY | O_APPEND | O_CLOEXEC, 0600);
  if (self->fd < 0)
    {
      int saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), "%s", g_strerror (saved));
      return FALSE;
    }
  self->snapshot_bytes = size;
  self->journal_bytes = strlen (header);
  return TRUE;
}

static gboolean
append_lines (KbJournal  *self,
              GPtrArray  *lines,
              GError    **error)
{
  g_autoptr(GString) text = g_string_new (NULL);
  GStatBuf st;

  /* Its folder was removed under us: lines would go to a file no one can find again. */
  if (fstat (self->fd, &st) == 0 && st.st_nlink == 0)
    {
      g_autofree char *name = g_file_get_parse_name (self->journal);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("%s was removed while it was in use"), name);
      return FALSE;
    }

  for (guint i = 0; i < lines->len; i++)
    {
      g_string_append (text, lines->pdata[i]);
      g_string_append_c (text, '\n');
    }
  if (!write_all (self->fd, text->str, text->len, error))
    return FALSE;
  self->journal_bytes += text->len;
  return TRUE;
}

/* Folds the journal into a new snapshot, from the disk alone. */
static gboolean
compact (KbJournal  *self,
         GError    **error)
{
  g_autoptr(GBytes) bytes = kb_guarded_read_file (self->snapshot, KB_STATE_MAX_FILE_SIZE, error);
  g_autoptr(GBytes) folded = NULL;
  const char *data;
  gsize size;

  if (bytes == NULL)
    return FALSE;
  folded = _kb_journal_fold_now (self->snapshot, bytes, self->apply, NULL);
  data = g_bytes_get_data (folded, &size);
  if (!write_snapshot (self, data, size, error))
    return FALSE;
  g_mutex_lock (&self->lock);
  self->n_compactions++;
  g_mutex_unlock (&self->lock);
  return TRUE;
}

/* The worker: writes what queued up until nothing is left. Holds a reference while it runs. */
static void
drain (gpointer data,
       gpointer user_data)
{
  KbJournal *self = data;

  for (;;)
    {
      g_autofree char *snapshot = NULL;
      g_autoptr(GPtrArray) lines = NULL;
      g_autoptr(GError) error = NULL;
      gboolean ok = TRUE;
      gboolean changed;
      guint n_compactions_before;

      g_mutex_lock (&self->lock);
      snapshot = g_steal_pointer (&self->pending_snapshot);
      lines = g_steal_pointer (&self->pending_lines);
      self->pending_lines = g_ptr_array_new_with_free_func (g_free);
      if (snapshot == NULL && lines->len == 0)
        {
          self->busy = FALSE;
          g_cond_broadcast (&self->idle);
          g_mutex_unlock (&self->lock);
          break;
        }
      n_compactions_before = self->n_compactions;
      g_mutex_unlock (&self->lock);

      if (snapshot != NULL)
        ok = write_snapshot (self, snapshot, strlen (snapshot), &error);
      else if (self->fd < 0)
        continue;   /* lines after a failure: the owner sends a whole snapshot next */
      if (ok && lines->len > 0)
        ok = append_lines (self, lines, &error);
      if (ok && self->journal_bytes > MAX (COMPACT_MIN_BYTES, COMPACT_FACTOR * self->snapshot_bytes))
        ok = compact (self, &error);
#ifdef __GLIBC__
      /* A snapshot is parsed, folded and written out whole here: megabytes of JSON nodes and
       * text, in this thread's arena, a little larger every time. glibc keeps the freed pages
       * between the blocks that stay; give them back, so that memory follows what is kept. */
      if (snapshot != NULL || self->n_compactions != n_compactions_before)
        malloc_trim (0);
#endif

      g_mutex_lock (&self->lock);
      changed = ok != (self->error == NULL) || !ok;
      if (!ok)
        {
          if (self->fd >= 0)
            close (self->fd);
          self->fd = -1;
          self->wants_snapshot = TRUE;
          self->n_failures++;
          g_clear_error (&self->error);
          self->error = g_error_copy (error);
        }
      else
        g_clear_error (&self->error);
      g_mutex_unlock (&self->lock);
      if (changed)
        g_main_context_invoke_full (self->context, G_PRIORITY_DEFAULT, report,
                                    g_object_ref (self), g_object_unref);
    }
  g_object_unref (self);
}

static void
schedule (KbJournal *self)
{
  /* Called with the lock held. */
  if (self->busy)
    return;
  self->busy = TRUE;
  g_thread_pool_push (worker (), g_object_ref (self), NULL);
}

static void
kb_journal_dispose (GObject *object)
{
  g_mutex_lock (&registry_lock);
  for (guint i = 0; registry != NULL && i < registry->len; i++)
    {
      GWeakRef *ref = registry->pdata[i];
      g_autoptr(GObject) other = g_weak_ref_get (ref);

      if (other == NULL || other == object)
        {
          g_weak_ref_clear (ref);
          g_free (ref);
          g_ptr_array_remove_index_fast (registry, i--);
        }
    }
  g_mutex_unlock (&registry_lock);

  G_OBJECT_CLASS (kb_journal_parent_class)->dispose (object);
}

static void
kb_journal_finalize (GObject *object)
{
  KbJournal *self = KB_JOURNAL (object);

  /* The worker held a reference until it was done: nothing is queued any more. */
  if (self->fd >= 0)
    close (self->fd);
  g_clear_object (&self->snapshot);
  g_clear_object (&self->journal);
  g_main_context_unref (self->context);
  g_free (self->pending_snapshot);
  g_ptr_array_unref (self->pending_lines);
  g_clear_error (&self->error);
  g_clear_error (&self->reported);
  g_mutex_clear (&self->lock);
  g_cond_clear (&self->idle);

  G_OBJECT_CLASS (kb_journal_parent_class)->finalize (object);
}

static void
kb_journal_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_FAILING:
      g_value_set_boolean (value, KB_JOURNAL (object)->failing);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kb_journal_class_init (KbJournalClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kb_journal_dispose;
  object_class->finalize = kb_journal_finalize;
  object_class->get_property = kb_journal_get_property;

  /* Whether the last write failed; changes in the owner's main context. */
  properties[PROP_FAILING] =
    g_param_spec_boolean ("failing", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * KbJournal::failed:
   * @error: why
   *
   * A write failed (every time; #KbJournal:failing changes only once), in the owner's context.
   */
  signals[FAILED] = g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
kb_journal_init (KbJournal *self)
{
  g_mutex_init (&self->lock);
  g_cond_init (&self->idle);
  self->pending_lines = g_ptr_array_new_with_free_func (g_free);
  self->wants_snapshot = TRUE;   /* nothing written by this journal yet */
  self->fd = -1;
}

/**
 * kb_journal_new:
 * @snapshot: the state file; its journal is NAME.journal beside it
 * @apply: folds one line into the snapshot, for compaction and reading
 *
 * Reports (the failing property) go to the thread-default main context of the caller.
 */
KbJournal *
kb_journal_new (GFile          *snapshot,
                KbJournalApply  apply)
{
  KbJournal *self = g_object_new (KB_TYPE_JOURNAL, NULL);
  GWeakRef *ref = g_new0 (GWeakRef, 1);

  g_return_val_if_fail (G_IS_FILE (snapshot), NULL);
  g_return_val_if_fail (apply != NULL, NULL);

  self->snapshot = g_object_ref (snapshot);
  self->journal = kb_journal_file_for (snapshot);
  self->apply = apply;
  self->context = g_main_context_ref_thread_default ();
  self->owner = g_thread_self ();
  g_weak_ref_init (ref, self);
  g_mutex_lock (&registry_lock);
  if (registry == NULL)
    registry = g_ptr_array_new ();
  g_ptr_array_add (registry, ref);
  g_mutex_unlock (&registry_lock);
  return self;
}

/* Returns: (transfer none): the state file */
GFile *
kb_journal_get_snapshot (KbJournal *self)
{
  g_return_val_if_fail (KB_IS_JOURNAL (self), NULL);
  return self->snapshot;
}

/* Whether the next change must be a whole snapshot: at the start, and after a failed write. */
gboolean
kb_journal_wants_snapshot (KbJournal *self)
{
  gboolean wants;

  g_return_val_if_fail (KB_IS_JOURNAL (self), TRUE);

  g_mutex_lock (&self->lock);
  wants = self->wants_snapshot;
  g_mutex_unlock (&self->lock);
  return wants;
}

/**
 * kb_journal_replace:
 * @snapshot_json: (transfer full): the whole state, as the file format has it
 *
 * Queues a new snapshot; lines queued before it are dropped: it holds them.
 */
void
kb_journal_replace (KbJournal *self,
                    char      *snapshot_json)
{
  g_return_if_fail (KB_IS_JOURNAL (self));
  g_return_if_fail (snapshot_json != NULL);

  g_mutex_lock (&self->lock);
  g_free (self->pending_snapshot);
  self->pending_snapshot = snapshot_json;
  g_ptr_array_set_size (self->pending_lines, 0);
  self->wants_snapshot = FALSE;
  schedule (self);
  g_mutex_unlock (&self->lock);
}

/**
 * kb_journal_append:
 * @line_json: (transfer full): one JSON object on one line, for the apply function
 */
void
kb_journal_append (KbJournal *self,
                   char      *line_json)
{
  g_return_if_fail (KB_IS_JOURNAL (self));
  g_return_if_fail (line_json != NULL && strchr (line_json, '\n') == NULL);

  g_mutex_lock (&self->lock);
  g_ptr_array_add (self->pending_lines, line_json);
  schedule (self);
  g_mutex_unlock (&self->lock);
}

/* Waits until everything queued is on the disk. Returns: FALSE with @error when the last write
 * failed. In the owner's thread, the failing property is up to date when it returns. */
gboolean
kb_journal_flush (KbJournal  *self,
                  GError    **error)
{
  gboolean ok;

  g_return_val_if_fail (KB_IS_JOURNAL (self), FALSE);

  g_mutex_lock (&self->lock);
  while (self->busy)
    g_cond_wait (&self->idle, &self->lock);
  ok = self->error == NULL;
  if (!ok)
    g_propagate_error (error, g_error_copy (self->error));
  g_mutex_unlock (&self->lock);
  if (g_thread_self () == self->owner)
    report (self);
  return ok;
}

gboolean
kb_journal_get_failing (KbJournal *self)
{
  g_return_val_if_fail (KB_IS_JOURNAL (self), FALSE);
  return self->failing;
}

/* Returns: (transfer none) (nullable): why the last write failed, as last reported */
const GError *
kb_journal_get_error (KbJournal *self)
{
  g_return_val_if_fail (KB_IS_JOURNAL (self), NULL);
  return self->reported;
}

guint
kb_journal_get_n_compactions (KbJournal *self)
{
  guint n;

  g_return_val_if_fail (KB_IS_JOURNAL (self), 0);

  g_mutex_lock (&self->lock);
  n = self->n_compactions;
  g_mutex_unlock (&self->lock);
  return n;
}

void
_kb_journal_wait_for_writes (GFile *snapshot)
{
  g_autoptr(GPtrArray) same = g_ptr_array_new_with_free_func (g_object_unref);

  g_mutex_lock (&registry_lock);
  for (guint i = 0; registry != NULL && i < registry->len; i++)
    {
      KbJournal *other = g_weak_ref_get (registry->pdata[i]);

      if (other != NULL && g_file_equal (other->snapshot, snapshot))
        g_ptr_array_add (same, other);
      else if (other != NULL)
        g_object_unref (other);
    }
  g_mutex_unlock (&registry_lock);
  for (guint i = 0; i < same->len; i++)
    {
      KbJournal *other = same->pdata[i];

      g_mutex_lock (&other->lock);
      while (other->busy)
        g_cond_wait (&other->idle, &other->lock);
      g_mutex_unlock (&other->lock);
    }
}
