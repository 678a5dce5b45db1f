/* One way to read a file the app did not write itself this minute (a deck, a kept session, a
 * saved game) without letting it freeze or crash the app: regular files only, a size cap before
 * anything is read, and for JSON a nesting limit checked before json-glib (which recurses). */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define KB_GUARDED_READ_ERROR (kb_guarded_read_error_quark ())

typedef enum
{
  KB_GUARDED_READ_ERROR_NOT_FOUND,
  KB_GUARDED_READ_ERROR_NOT_A_FILE,  /* a folder, a device, a pipe or a socket */
  KB_GUARDED_READ_ERROR_TOO_LARGE,
  KB_GUARDED_READ_ERROR_TOO_DEEP,
  KB_GUARDED_READ_ERROR_EMPTY,       /* no JSON value at all */
  KB_GUARDED_READ_ERROR_INVALID,     /* not JSON */
  KB_GUARDED_READ_ERROR_FAILED,      /* no permission, an I/O error */
} KbGuardedReadError;

GQuark    kb_guarded_read_error_quark (void);

GBytes   *kb_guarded_read_file     (GFile       *file,
                                    gsize        max_bytes,
                                    GError     **error);
gboolean  kb_guarded_check_nesting (const char  *data,
                                    gsize        length,
                                    guint        max_depth,
                                    GError     **error);
JsonNode *kb_guarded_parse_json    (const char  *data,
                                    gssize       length,
                                    guint        max_depth,
                                    GError     **error);
JsonNode *kb_guarded_read_json     (GFile       *file,
                                    gsize        max_bytes,
                                    guint        max_depth,
                                    GError     **error);

G_END_DECLS
