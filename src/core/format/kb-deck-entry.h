/* A deck file read once: its deck, shared by all who ask, or its problems. */
#pragma once

#include <gio/gio.h>

#include "kb-deck.h"

G_BEGIN_DECLS

#define KB_TYPE_DECK_ENTRY (kb_deck_entry_get_type ())
G_DECLARE_FINAL_TYPE (KbDeckEntry, kb_deck_entry, KB, DECK_ENTRY, GObject)

KbDeckEntry        *kb_deck_entry_load         (GFile        *file);
KbDeck             *kb_deck_entry_open         (GFile        *file,
                                                GError      **error);
GFile              *kb_deck_entry_get_file     (KbDeckEntry  *self);
KbDeck             *kb_deck_entry_get_deck     (KbDeckEntry  *self);
const char * const *kb_deck_entry_get_problems (KbDeckEntry  *self);
gboolean            kb_deck_entry_is_builtin   (KbDeckEntry  *self);

G_END_DECLS
