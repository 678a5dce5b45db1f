/* Durable, atomic writes (see kb-durable-write.h). Every error names the file the user asked
 * for and the system's reason, for a message the user can act on. */
#define G_LOG_DOMAIN "kletsborden-durable"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "kb-durable-write.h"

struct _KbDurable
{
  char *path;
  char *temp_path;
  char *folder;
  KbDurableFlags flags;
  int fd;
  int write_errno;          /* the first failed write; 0 while all went well */
};

static void
set_error (GError     **error,
           const char  *path,
           int          errsv)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv), _("Could not save “%s”: %s"),
               path, g_strerror (errsv));
}

static void
set_folder_error (GError     **error,
                  const char  *path,
                  const char  *folder,
                  int          errsv)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv),
               _("Could not save “%s”: the folder “%s” cannot be written to: %s"), path, folder,
               g_strerror (errsv));
}

static void
free_durable (KbDurable *self)
{
  if (self->fd >= 0)
    close (self->fd);
  g_free (self->path);
  g_free (self->temp_path);
  g_free (self->folder);
  g_free (self);
}

/**
 * kb_durable_begin:
 * @path: the file to write in the end
 *
 * Opens a temporary file beside @path. Write to it with kb_durable_append(), or let another
 * writer fill kb_durable_get_temp_path(); then kb_durable_commit() puts it in place, or
 * kb_durable_abort() removes it and leaves @path as it was.
 *
 * Returns: (transfer full) (nullable): the write under way
 */
KbDurable *
kb_durable_begin (const char      *path,
                  KbDurableFlags   flags,
                  GError         **error)
{
  KbDurable *self;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_new0 (KbDurable, 1);
  self->path = g_strdup (path);
  self->folder = g_path_get_dirname (path);
  self->flags = flags;
  self->temp_path = g_strconcat (path, ".XXXXXX", NULL);

  if ((flags & KB_DURABLE_CREATE_FOLDER) && g_mkdir_with_parents (self->folder, 0700) < 0)
    {
      set_folder_error (error, path, self->folder, errno);
      self->fd = -1;
      free_durable (self);
      return NULL;
    }
  self->fd = g_mkstemp_full (self->temp_path, O_RDWR | O_CLOEXEC,
                             (flags & KB_DURABLE_PRIVATE) ? 0600 : 0666);
  if (self->fd < 0)
    {
      int errsv = errno;

      if (errsv == ENOENT || errsv == ENOTDIR)
        set_error (error, path, errsv);
      else
        set_folder_error (error, path, self->folder, errsv);
      free_durable (self);
      return NULL;
    }
  return self;
}

/**
 * kb_durable_append:
 *
 * Writes @data at the end of the temporary file. After a failure every later call fails too,
 * and kb_durable_commit() reports the first failure.
 *
 * Returns: %FALSE when the data could not be written
 */
gboolean
kb_durable_append (KbDurable  *self,
                   const void *data,
                   gsize       size)
{
  const char *p = data;

  g_return_val_if_fail (self != NULL, FALSE);

  while (size > 0 && self->write_errno == 0)
    {
      gssize n = write (self->fd, p, size);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        self->write_errno = n < 0 ? errno : ENOSPC;
      else
        {
          p += n;
          size -= (gsize) n;
        }
    }
  return self->write_errno == 0;
}

const char *
kb_durable_get_path (KbDurable *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->path;
}

/**
 * kb_durable_get_temp_path:
 *
 * Returns: the temporary file, for a writer that opens files by name itself
 */
const char *
kb_durable_get_temp_path (KbDurable *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->temp_path;
}

/* The previous file stays as "NAME~": a hard link, so the target is never missing. */
static gboolean
keep_backup (KbDurable  *self,
             GError    **error)
{
  g_autofree char *backup = g_strconcat (self->path, "~", NULL);
  g_autoptr(GFile) from = NULL;
  g_autoptr(GFile) to = NULL;

  if (!g_file_test (self->path, G_FILE_TEST_EXISTS))
    return TRUE;
  if (g_unlink (backup) < 0 && errno != ENOENT)
    {
      set_error (error, backup, errno);
      return FALSE;
    }
  if (link (self->path, backup) == 0)
    return TRUE;
  /* A file system without hard links: a copy does as well. */
  from = g_file_new_for_path (self->path);
  to = g_file_new_for_path (backup);
  return g_file_copy (from, to, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, error);
}

/* Makes the rename itself durable; a folder that cannot be opened only loses that guarantee. */
static void
sync_folder (const char *folder)
{
  int fd = g_open (folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
}

/**
 * kb_durable_commit:
 *
 * Flushes the temporary file to disk and renames it over the target. On failure the
 * temporary file is removed and the target is as it was. Frees @self either way.
 */
gboolean
kb_durable_commit (KbDurable  *self,
                   GError    **error)
{
  int errsv = 0;

  g_return_val_if_fail (self != NULL, FALSE);

  if (self->write_errno != 0)
    errsv = self->write_errno;
  else if (fsync (self->fd) < 0)
    errsv = errno;
  if (close (self->fd) < 0 && errsv == 0)
    errsv = errno;
  self->fd = -1;
  if (errsv == 0 && (self->flags & KB_DURABLE_BACKUP) && !keep_backup (self, error))
    {
      g_unlink (self->temp_path);
      free_durable (self);
      return FALSE;
    }
  if (errsv == 0 && g_rename (self->temp_path, self->path) < 0)
    errsv = errno;
  if (errsv != 0)
    {
      g_unlink (self->temp_path);
      set_error (error, self->path, errsv);
      free_durable (self);
      return FALSE;
    }
  sync_folder (self->folder);
  free_durable (self);
  return TRUE;
}

/**
 * kb_durable_abort:
 *
 * Removes the temporary file; the target stays as it was. Frees @self.
 */
void
kb_durable_abort (KbDurable *self)
{
  if (self == NULL)
    return;
  g_unlink (self->temp_path);
  free_durable (self);
}

gboolean
kb_durable_write_contents (const char      *path,
                           const void      *data,
                           gsize            size,
                           KbDurableFlags   flags,
                           GError         **error)
{
  KbDurable *self = kb_durable_begin (path, flags, error);

  if (self == NULL)
    return FALSE;
  kb_durable_append (self, data, size);
  return kb_durable_commit (self, error);
}

/**
 * kb_durable_write_file:
 *
 * As kb_durable_write_contents(); a file that is not local (no path) goes through
 * g_file_replace_contents(), which is atomic too but promises less about the disk.
 */
gboolean
kb_durable_write_file (GFile           *file,
                       const void      *data,
                       gsize            size,
                       KbDurableFlags   flags,
                       GError         **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (path != NULL)
    return kb_durable_write_contents (path, data, size, flags, error);
  return g_file_replace_contents (file, data, size, NULL, (flags & KB_DURABLE_BACKUP) != 0,
                                  G_FILE_CREATE_NONE, NULL, NULL, error);
}

/**
 * kb_durable_check_not_input:
 * @input: (nullable): a file the writer reads
 *
 * Refuses to write over a file being read: an export to the deck's own file would destroy it.
 * The same file under another name (a link, "./") counts too.
 */
gboolean
kb_durable_check_not_input (const char  *path,
                            GFile       *input,
                            GError     **error)
{
  g_autoptr(GFile) output = NULL;
  g_autofree char *input_path = NULL;
  GStatBuf a, b;
  gboolean same;

  g_return_val_if_fail (path != NULL, FALSE);

  if (input == NULL || (input_path = g_file_get_path (input)) == NULL)
    return TRUE;
  output = g_file_new_for_path (path);
  same = g_file_equal (output, input) ||
         (g_stat (path, &a) == 0 && g_stat (input_path, &b) == 0 &&
          a.st_dev == b.st_dev && a.st_ino == b.st_ino);
  if (same)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   _("Could not save “%s”: it is the file being read (“%s”); choose another name"),
                   path, input_path);
      return FALSE;
    }
  return TRUE;
}
