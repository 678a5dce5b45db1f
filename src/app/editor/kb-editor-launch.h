/* Where the deck editor is started from the library: a copy of a built-in deck to edit, the
 * decks folder in the file manager, and the drafts left behind offered again. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GFile   *kb_editor_copy_deck          (GFile      *file,
                                       GError    **error);
void     kb_editor_open_decks_folder  (GtkWindow  *parent);
void     kb_editor_offer_drafts       (GtkWindow  *parent,
                                       GCallback   on_saved,
                                       gpointer    data);

G_END_DECLS
