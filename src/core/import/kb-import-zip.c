/* One member of a zip file, as .ods and .xlsx keep their sheets, through libgsf; a member that
 * unpacks to more than KB_IMPORT_MAX_MEMBER_SIZE is refused (a zip bomb). */
#define G_LOG_DOMAIN "kletsborden-import"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <gsf/gsf.h>

#include "kb-import-private.h"

/* libgsf 1.14 defines no cleanups of its own. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfInput, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfInfile, g_object_unref)

gboolean
_kb_import_is_zip (GBytes *bytes)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  return size >= 4 && memcmp (data, "PK\x03\x04", 4) == 0;
}

/**
 * _kb_import_zip_member:
 * @path: such as "xl/worksheets/sheet1.xml"
 *
 * Returns: (transfer full) (nullable): the member's unpacked bytes; %NULL with
 *   %G_IO_ERROR_NOT_FOUND when the zip has no such member
 */
GBytes *
_kb_import_zip_member (GBytes      *zip,
                       const char  *path,
                       GError     **error)
{
  g_autoptr(GsfInput) input = NULL;
  g_autoptr(GsfInfile) infile = NULL;
  g_autoptr(GsfInput) member = NULL;
  g_autoptr(GError) local_error = NULL;
  g_auto(GStrv) names = g_strsplit (path, "/", -1);
  gsize size;
  const guint8 *data = g_bytes_get_data (zip, &size);
  gsf_off_t member_size;
  guint8 *contents;

  input = gsf_input_memory_new (data, (gsf_off_t) size, FALSE);
  infile = gsf_infile_zip_new (input, &local_error);
  if (infile == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("it is not a zip file as .ods and .xlsx files are (%s); save it again "
                     "from the spreadsheet"),
                   local_error != NULL ? local_error->message : "?");
      return NULL;
    }
  member = gsf_infile_child_by_aname (infile, (const char **) names);
  if (member == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("it has no sheet (\"%s\" is missing); save it again from the spreadsheet"),
                   path);
      return NULL;
    }
  member_size = gsf_input_size (member);
  if (member_size < 0 || member_size > KB_IMPORT_MAX_MEMBER_SIZE)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                   _("its sheet unpacks to more than %u MB, more than any deck of cards; "
                     "keep only the cards in the file"),
                   (guint) (KB_IMPORT_MAX_MEMBER_SIZE / (1024 * 1024)));
      return NULL;
    }
  contents = g_malloc (member_size + 1);
  if (member_size > 0 && gsf_input_read (member, member_size, contents) == NULL)
    {
      g_free (contents);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("its sheet \"%s\" cannot be unpacked; the file is damaged"), path);
      return NULL;
    }
  contents[member_size] = '\0';
  return g_bytes_new_take (contents, member_size);
}
