/* A state file the app cannot read (damaged, unreadable, of a newer version) is never dropped in
 * silence nor read again at every start: it is moved aside as NAME.damaged-DATE, and the user
 * is told what happened and where it is. */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define KB_DAMAGED_FILE_ERROR (kb_damaged_file_error_quark ())

typedef enum
{
  KB_DAMAGED_FILE_ERROR_SET_ASIDE,     /* moved aside; the message says where */
  KB_DAMAGED_FILE_ERROR_NOT_SET_ASIDE, /* could not be moved; the message says why */
} KbDamagedFileError;

GQuark  kb_damaged_file_error_quark (void);

GError *kb_damaged_file_set_aside   (GFile         *file,
                                     const GError  *reason,
                                     GDateTime     *now,
                                     GFile        **moved_to);

G_END_DECLS
