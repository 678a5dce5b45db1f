/* Art files beside a deck: paths may never leave the deck's folder. */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean  kb_art_check_path  (const char  *relative_path,
                              GError     **error);
GFile    *kb_art_resolve     (GFile       *deck_dir,
                              const char  *relative_path,
                              GError     **error);
gboolean  kb_art_is_svg      (GFile       *file,
                              const char  *relative_path,
                              GError     **error);

G_END_DECLS
