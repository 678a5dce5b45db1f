/* Where decks come from: the built-in ones and the user's own folder. */
#pragma once

#include <gio/gio.h>

#include "kb-deck.h"
#include "kb-deck-entry.h"

G_BEGIN_DECLS

typedef void (*KbDeckEntryFunc) (KbDeckEntry *entry,
                                 gpointer     user_data);

GFile              *kb_deck_library_get_builtin_dir (void);
GFile              *kb_deck_library_get_user_dir    (void);
GListModel         *kb_deck_library_scan            (GCancellable *cancellable);
GFile              *kb_deck_library_add             (KbDeck       *deck,
                                                     GError      **error);
void                kb_deck_library_scan_each       (GCancellable *cancellable,
                                                     KbDeckEntryFunc func,
                                                     gpointer      user_data);

G_END_DECLS
