/* Where the deck editor saves: never into the built-in decks, and a new deck in a folder of its
 * own in the user's decks folder. */
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

/* A deck saved for the first time gets a folder of its own in the user's decks folder, named
 * after its id, beside any other. */
GFile *
_kb_editor_new_target (KbEditorWindow *self)
{
  g_autoptr(GFile) decks = kb_deck_library_get_user_dir ();
  const char *id = kb_deck_get_id (self->deck);
  g_autofree char *name = g_strdup (id);
  g_autofree char *file_name = g_strconcat (id, ".json", NULL);

  for (guint n = 2; ; n++)
    {
      g_autoptr(GFile) folder = g_file_get_child (decks, name);
      if (!g_file_query_exists (folder, NULL))
        return g_file_get_child (folder, file_name);
      g_free (name);
      name = g_strdup_printf ("%s-%u", id, n);
    }
}
