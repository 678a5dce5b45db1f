/* Where the renderer finds its own files (symbols), without GResource or GTK. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *kb_assets_get_dir          (void);
char       *kb_assets_get_symbol_path  (const char *name);
gboolean    kb_assets_is_symbol_path   (const char *path);

G_END_DECLS
