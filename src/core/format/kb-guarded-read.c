/* The guarded reader (kb-guarded-read.h). Every message is a lower-case clause without a full
 * stop, so that a deck problem ("file:1:1: error: …") and a sentence about a kept session
 * ("The kept session cannot be read: …") can both carry it. */
#define G_LOG_DOMAIN "kletsborden-read"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "kb-guarded-read.h"

G_DEFINE_QUARK (kb-guarded-read-error-quark, kb_guarded_read_error)

static gboolean
set_too_large (GError **error,
               guint64  size,
               gsize    max_bytes)
{
  g_set_error (error, KB_GUARDED_READ_ERROR, KB_GUARDED_READ_ERROR_TOO_LARGE,
               _("the file is too large (%.1f MB); at most %u MB is read"),
               size / (1024.0 * 1024.0), (guint) (max_bytes / (1024 * 1024)));
  return FALSE;
}

static gboolean
set_not_a_file (GError **error)
{
  g_set_error_literal (error, KB_GUARDED_READ_ERROR, KB_GUARDED_READ_ERROR_NOT_A_FILE,
                       _("this is not a file but a folder or a device"));
  return FALSE;
}

static gboolean
set_errno (GError **error,
           int      saved_errno)
{
  if (saved_errno == ENOENT || saved_errno == ENOTDIR)
    g_set_error_literal (error, KB_GUARDED_READ_ERROR, KB_GUARDED_READ_ERROR_NOT_FOUND,
                         _("the file does not exist"));
  else
    g_set_error (error, KB_GUARDED_READ_ERROR, KB_GUARDED_READ_ERROR_FAILED,
                 _("cannot read the file: %s"), g_strerror (saved_errno));
  return FALSE;
}

/* A file with no local path (a resource, a remote location): GIO's own query and load, with the
 * same checks; such files are not where a hostile link or pipe can be put. */
static GBytes *
read_through_gio (GFile   *file,
                  gsize    max_bytes,
                  GError **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local = NULL;
  GBytes *bytes;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                            G_FILE_ATTRIBUTE_STANDARD_TYPE, G_FILE_QUERY_INFO_NONE,
                            NULL, &local);
  if (info == NULL)
    {
      if (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        return set_errno (error, ENOENT), NULL;
      g_set_error (error, KB_GUARDED_READ_ERROR, KB_GUARDED_READ_ERROR_FAILED,
                   _("cannot read the file: %s"), local->message);
      return NULL;
    }
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    return set_not_a_file (error), NULL;
  if ((guint64) g_file_info_get_size (info) > max_bytes)
    return set_too_large (error, (guint64) g_file_info_get_size (info), max_bytes), NULL;
  bytes = g_file_load_bytes (file, NULL, NULL, &local);
  if (bytes == NULL)
    g_set_error (error, KB_GUARDED_READ_ERROR, KB_GUARDED_READ_ERROR_FAILED,
                 _("cannot read the file: %s"), local->message);
  return bytes;
}

/**
 * kb_guarded_read_file:
 * @max_bytes: more than this is refused before a byte is read
 *
 * Reads a regular file whole. A folder, a device (a link to /dev/zero), a pipe (which would
 * block the start) or a socket is refused without reading; so is a file larger than @max_bytes,
 * by its size before reading and by what arrives while reading (a file that grows).
 *
 * Returns: (transfer full): the contents, or %NULL with @error in %KB_GUARDED_READ_ERROR
 */
GBytes *
kb_guarded_read_file (GFile   *file,
                      gsize    max_bytes,
                      GError **error)
{
  g_autofree char *path = NULL;
  g_autofree char *buffer = NULL;
  struct stat st;
  gsize allocated, length = 0;
  int fd;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  path = g_file_get_path (file);
  if (path == NULL)
    return read_through_gio (file, max_bytes, error);

  /* stat first, so that a device is never opened (opening some has effects of its own)… */
  if (g_stat (path, &st) != 0)
    return set_errno (error, errno), NULL;
  if (!S_ISREG (st.st_mode))
    return set_not_a_file (error), NULL;
  if ((guint64) st.st_size > max_bytes)
    return set_too_large (error, (guint64) st.st_size, max_bytes), NULL;

  /* …then fstat what was opened, as the path may have been swapped in between; O_NONBLOCK so
   * that a pipe put there meanwhile cannot block the open. */
  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY, 0);
  if (fd < 0)
    return set_errno (error, errno), NULL;
  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode) || (guint64) st.st_size > max_bytes)
    {
      gboolean regular = S_ISREG (st.st_mode);
      g_close (fd, NULL);
      if (!regular)
        return set_not_a_file (error), NULL;
      return set_too_large (error, (guint64) st.st_size, max_bytes), NULL;
    }

  allocated = (gsize) st.st_size + 1;
  buffer = g_malloc (allocated);
  for (;;)
    {
      gssize n;

      if (length == allocated)
        {
          if (allocated > max_bytes)
            {
              g_close (fd, NULL);
              return set_too_large (error, length, max_bytes), NULL;
            }
          allocated = MIN (allocated * 2, max_bytes + 1);
          buffer = g_realloc (buffer, allocated);
        }
      n = read (fd, buffer + length, allocated - length);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved_errno = errno;
          g_close (fd, NULL);
          return set_errno (error, saved_errno), NULL;
        }
      if (n == 0)
        break;
      length += (gsize) n;
    }
  g_close (fd, NULL);
  if (length > max_bytes)
    return set_too_large (error, length, max_bytes), NULL;
  return g_bytes_new_take (g_steal_pointer (&buffer), length);
}

/**
 * kb_guarded_check_nesting:
 *
 * One pass over the bytes, counting the brackets outside strings: json-glib builds its tree by
 * recursion, and some 85 000 nested arrays in a 170 KB file exhaust the stack. Only the depth is
 * checked here; json-glib still judges the syntax.
 *
 * Returns: %FALSE with %KB_GUARDED_READ_ERROR_TOO_DEEP, naming the line and column of the first
 *   bracket past @max_depth
 */
gboolean
kb_guarded_check_nesting (const char  *data,
                          gsize        length,
                          guint        max_depth,
                          GError     **error)
{
  guint depth = 0, line = 1;
  gsize line_start = 0;
  gboolean in_string = FALSE;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
          else if (c == '\n')   /* invalid JSON, but keep the line count honest */
            line++, line_start = i + 1;
          continue;
        }
      switch (c)
        {
        case '"':
          in_string = TRUE;
          break;
        case '\n':
          line++;
          line_start = i + 1;
          break;
        case '[':
        case '{':
          if (++depth > max_depth)
            {
              /* Columns count characters, as everywhere else in the app's messages. */
              glong column = g_utf8_strlen (data + line_start, (gssize) (i - line_start)) + 1;
              g_set_error (error, KB_GUARDED_READ_ERROR, KB_GUARDED_READ_ERROR_TOO_DEEP,
                           _("the file is nested too deeply at line %u, column %ld (more "
                             "than %u levels)"), line, column, max_depth);
              return FALSE;
            }
          break;
        case ']':
        case '}':
          if (depth > 0)
            depth--;
          break;
        default:
          break;
        }
    }
  return TRUE;
}

/**
 * kb_guarded_parse_json:
 * @length: the length of @data, or -1 when it ends with a NUL
 *
 * Returns: (transfer full): the root of the JSON text, or %NULL with @error set
 *   (%KB_GUARDED_READ_ERROR_TOO_DEEP, %KB_GUARDED_READ_ERROR_EMPTY or
 *   %KB_GUARDED_READ_ERROR_INVALID)
 */
JsonNode *
kb_guarded_parse_json (const char  *data,
                       gssize       length,
                       guint        max_depth,
                       GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local = NULL;
  gsize n = length < 0 ? strlen (data) : (gsize) length;
  JsonNode *root;

  if (!kb_guarded_check_nesting (data, n, max_depth, error))
    return NULL;
  if (!json_parser_load_from_data (parser, data, (gssize) n, &local))
    {
      /* json-glib's messages end with a full stop; this is a clause in a longer sentence. */
      g_autofree char *detail = g_strdup (local->message);
      if (g_str_has_suffix (detail, "."))
        detail[strlen (detail) - 1] = '\0';
      g_set_error_literal (error, KB_GUARDED_READ_ERROR, KB_GUARDED_READ_ERROR_INVALID, detail);
      return NULL;
    }
  root = json_parser_get_root (parser);
  if (root == NULL)
    {
      g_set_error_literal (error, KB_GUARDED_READ_ERROR, KB_GUARDED_READ_ERROR_EMPTY,
                           _("the file is empty"));
      return NULL;
    }
  return json_node_ref (root);
}

/**
 * kb_guarded_read_json:
 *
 * kb_guarded_read_file() and then kb_guarded_parse_json().
 *
 * Returns: (transfer full): the root, or %NULL with @error in %KB_GUARDED_READ_ERROR
 */
JsonNode *
kb_guarded_read_json (GFile   *file,
                      gsize    max_bytes,
                      guint    max_depth,
                      GError **error)
{
  g_autoptr(GBytes) bytes = kb_guarded_read_file (file, max_bytes, error);
  gsize size;
  const char *data;

  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &size);
  return kb_guarded_parse_json (data != NULL ? data : "", (gssize) size, max_depth, error);
}
