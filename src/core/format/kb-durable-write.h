/* One way to write a file so that a crash, a full disk or a power cut leaves the old file or
 * the new one, never half of one: a temporary file beside the target, fsync, rename over the
 * target, fsync of the folder. For whole contents and for writers that stream (PDF, PNG). */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  KB_DURABLE_NONE = 0,
  KB_DURABLE_BACKUP = 1 << 0,        /* keep the previous file as "NAME~" */
  KB_DURABLE_CREATE_FOLDER = 1 << 1, /* create missing folders (mode 0700) */
  KB_DURABLE_PRIVATE = 1 << 2,       /* mode 0600 instead of 0666 less the umask */
} KbDurableFlags;

typedef struct _KbDurable KbDurable;

KbDurable  *kb_durable_begin          (const char      *path,
                                       KbDurableFlags   flags,
                                       GError         **error);
gboolean    kb_durable_append         (KbDurable       *self,
                                       const void      *data,
                                       gsize            size);
const char *kb_durable_get_path       (KbDurable       *self);
const char *kb_durable_get_temp_path  (KbDurable       *self);
gboolean    kb_durable_commit         (KbDurable       *self,
                                       GError         **error);
void        kb_durable_abort          (KbDurable       *self);

gboolean    kb_durable_write_contents (const char      *path,
                                       const void      *data,
                                       gsize            size,
                                       KbDurableFlags   flags,
                                       GError         **error);
gboolean    kb_durable_write_file     (GFile           *file,
                                       const void      *data,
                                       gsize            size,
                                       KbDurableFlags   flags,
                                       GError         **error);
gboolean    kb_durable_check_not_input (const char     *path,
                                        GFile          *input,
                                        GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KbDurable, kb_durable_abort)

G_END_DECLS
