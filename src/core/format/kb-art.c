/* Checks for the art a deck names. Decks come from strangers: a path must not reach a file
 * elsewhere on the trainer's disk, neither by its spelling nor through a symbolic link. */
#define G_LOG_DOMAIN "kletsborden-art"

#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "kb-art.h"
#include "kb-deck.h"

/**
 * kb_art_check_path:
 *
 * Checks the spelling of a path only: relative, with '/' between parts, and no "..".
 */
gboolean
kb_art_check_path (const char  *relative_path,
                   GError     **error)
{
  g_auto(GStrv) parts = NULL;

  if (relative_path == NULL || *relative_path == '\0')
    {
      g_set_error_literal (error, KB_DECK_ERROR, KB_DECK_ERROR_ART,
                           _("the path to the art is empty"));
      return FALSE;
    }
  if (relative_path[0] == '/' || relative_path[0] == '\\' ||
      (g_ascii_isalpha (relative_path[0]) && relative_path[1] == ':') ||
      g_str_has_prefix (relative_path, "~"))
    {
      g_set_error (error, KB_DECK_ERROR, KB_DECK_ERROR_ART,
                   _("the path \"%s\" is absolute; give it relative to the deck's folder"),
                   relative_path);
      return FALSE;
    }
  if (strchr (relative_path, '\\') != NULL)
    {
      g_set_error (error, KB_DECK_ERROR, KB_DECK_ERROR_ART,
                   _("the path \"%s\" contains '\\'; separate folders with '/'"), relative_path);
      return FALSE;
    }
  parts = g_strsplit (relative_path, "/", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (g_str_equal (parts[i], ".."))
      {
        g_set_error (error, KB_DECK_ERROR, KB_DECK_ERROR_ART,
                     _("the path \"%s\" contains \"..\"; art must stay inside the deck's folder"),
                     relative_path);
        return FALSE;
      }
  return TRUE;
}

/**
 * kb_art_resolve:
 * @deck_dir: the folder of the deck file
 *
 * Returns: (transfer full): the art file, once it is known to exist and, with every symbolic
 *   link followed, to lie inside @deck_dir
 */
GFile *
kb_art_resolve (GFile       *deck_dir,
                const char  *relative_path,
                GError     **error)
{
  g_autofree char *dir_path = NULL;
  g_autofree char *path = NULL;
  g_autofree char *real_dir = NULL;
  g_autofree char *real_path = NULL;
  g_autofree char *prefix = NULL;
  struct stat st;
  struct statvfs vfs;

  g_return_val_if_fail (G_IS_FILE (deck_dir), NULL);

  if (!kb_art_check_path (relative_path, error))
    return NULL;

  dir_path = g_file_get_path (deck_dir);
  if (dir_path == NULL)
    {
      g_set_error_literal (error, KB_DECK_ERROR, KB_DECK_ERROR_ART,
                           _("the deck's folder is not a local folder"));
      return NULL;
    }
  path = g_build_filename (dir_path, relative_path, NULL);

  real_dir = realpath (dir_path, NULL);
  real_path = realpath (path, NULL);
  if (real_dir == NULL || real_path == NULL)
    {
      int saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("the art file \"%s\" cannot be found (%s)"), relative_path,
                   g_strerror (saved_errno));
      return NULL;
    }

  prefix = g_str_has_suffix (real_dir, "/") ? g_strdup (real_dir)
                                            : g_strconcat (real_dir, "/", NULL);
  /* "." or "art/.." spelled another way is the folder itself, not a way out of it. */
  if (g_str_equal (real_path, real_dir))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                   _("the path \"%s\" names the deck's folder itself, not an art file"),
                   relative_path);
      return NULL;
    }
  if (!g_str_has_prefix (real_path, prefix))
    {
      g_set_error (error, KB_DECK_ERROR, KB_DECK_ERROR_ART,
                   _("the path \"%s\" leads through a link to outside the deck's folder"),
                   relative_path);
      return NULL;
    }
  if (g_stat (real_path, &st) != 0 || !S_ISREG (st.st_mode))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                   _("the art \"%s\" is not a file"), relative_path);
      return NULL;
    }
  /* A hard link has no way back to its other names: one to a file outside the folder (a key,
   * a letter) looks like any file inside. A file with more than one name is refused unless it
   * lies on a read-only system (an installed app, whose files share names by design). */
  if (st.st_nlink > 1 && statvfs (real_path, &vfs) == 0 && !(vfs.f_flag & ST_RDONLY))
    {
      g_set_error (error, KB_DECK_ERROR, KB_DECK_ERROR_ART,
                   _("the art file \"%s\" has other names on the disk (a hard link), which may "
                     "lie outside the deck's folder; put a copy of it in the folder instead"),
                   relative_path);
      return NULL;
    }
  return g_file_new_for_path (real_path);
}

/* An SVG names itself in its first bytes, after an XML declaration, comments or a doctype. */
gboolean
kb_art_is_svg (GFile       *file,
               const char  *relative_path,
               GError     **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  char buffer[4096];
  gssize n;

  stream = g_file_read (file, NULL, error);
  if (stream == NULL)
    return FALSE;
  n = g_input_stream_read (G_INPUT_STREAM (stream), buffer, sizeof buffer - 1, NULL, error);
  if (n < 0)
    return FALSE;
  buffer[n] = '\0';
  if (memchr (buffer, '\0', (gsize) n) != NULL || strstr (buffer, "<svg") == NULL)
    {
      g_set_error (error, KB_DECK_ERROR, KB_DECK_ERROR_ART,
                   _("the art file \"%s\" is not an SVG image"), relative_path);
      return FALSE;
    }
  return TRUE;
}
