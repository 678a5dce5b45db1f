/* Where decks come from: the built-in ones and the user's own folder. */
#pragma once

#include <gio/gio.h>

#include "kb-deck.h"

G_BEGIN_DECLS

#define KB_TYPE_DECK_ENTRY (kb_deck_entry_get_type ())
G_DECLARE_FINAL_TYPE (KbDeckEntry, kb_deck_entry, KB, DECK_ENTRY, GObject)

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

KbDeckEntry        *kb_deck_entry_load              (GFile        *file,
                                                     gboolean      builtin);
GFile              *kb_deck_entry_get_file          (KbDeckEntry  *self);
KbDeck             *kb_deck_entry_get_deck          (KbDeckEntry  *self);
const char * const *kb_deck_entry_get_problems      (KbDeckEntry  *self);
gboolean            kb_deck_entry_is_builtin        (KbDeckEntry  *self);

G_END_DECLS
