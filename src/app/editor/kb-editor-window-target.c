/* Where the deck editor may save: never into the built-in decks. (A new deck's folder is the
 * library's to claim: kb_deck_library_add.) */
#define G_LOG_DOMAIN "kletsborden-editor"

#include "config.h"

#include "kb-deck-library.h"
#include "kb-editor-window-private.h"

gboolean
_kb_editor_is_builtin (GFile *file)
{
  g_autoptr(GFile) builtin = kb_deck_library_get_builtin_dir ();
  g_autoptr(GFile) source = g_file_new_for_path (SOURCE_CARDS_DIR);

  return g_file_has_prefix (file, builtin) || g_file_has_prefix (file, source);
}
