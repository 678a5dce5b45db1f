/* The symbols live in files so that the command line and the tests, which have no GResource,
 * draw exactly what the app draws. The lookup order lets an uninstalled build, an installed one
 * and a test that points elsewhere all work without configuration. */
#define G_LOG_DOMAIN "kletsborden-assets"

#include "config.h"

#include "kb-assets.h"

static gboolean
has_symbols (const char *dir)
{
  g_autofree char *symbols = g_build_filename (dir, "symbols", NULL);

  return g_file_test (symbols, G_FILE_TEST_IS_DIR);
}

/**
 * kb_assets_get_dir:
 *
 * Returns: the folder that holds `symbols/`: `$KLETSBORDEN_ASSETS_DIR`, else the installed
 *   data folder, else the source tree's `assets/`. Looked up once.
 */
const char *
kb_assets_get_dir (void)
{
  static gsize dir = 0;

  if (g_once_init_enter (&dir))
    {
      const char *env = g_getenv ("KLETSBORDEN_ASSETS_DIR");
      const char *found = SOURCE_ASSETS_DIR;

      if (env != NULL && *env != '\0')
        found = env;
      else if (has_symbols (PKGDATADIR))
        found = PKGDATADIR;
      g_once_init_leave (&dir, (gsize) g_strdup (found));
    }
  return (const char *) dir;
}

/**
 * kb_assets_get_symbol_path:
 * @name: a symbol name such as "hand", "start" or "pawn-circle"
 *
 * Returns: (transfer full): the path of the symbol's SVG; it may not exist, and the SVG cache
 *   then draws a placeholder.
 */
char *
kb_assets_get_symbol_path (const char *name)
{
  g_autofree char *file = g_strconcat (name, ".svg", NULL);

  return g_build_filename (kb_assets_get_dir (), "symbols", file, NULL);
}

/**
 * kb_assets_is_symbol_path:
 *
 * Returns: whether @path names a file in the renderer's own `symbols/` folder, as
 *   kb_assets_get_symbol_path() does (not a path that only starts there, such as `symbols/../x`)
 */
gboolean
kb_assets_is_symbol_path (const char *path)
{
  g_autofree char *dir = NULL;
  g_autofree char *symbols = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  dir = g_path_get_dirname (path);
  symbols = g_build_filename (kb_assets_get_dir (), "symbols", NULL);
  return g_str_equal (dir, symbols);
}
