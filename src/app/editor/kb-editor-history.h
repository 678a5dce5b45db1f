/* Undo and redo for the deck editor: the deck as bytes after each change, so that every edit the
 * model can make (a text, a removed card with all it held, a new language) is undone alike.
 * Typing in one field is one step: changes with the same key are merged. No GTK here. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _KbEditorHistory KbEditorHistory;

KbEditorHistory *kb_editor_history_new      (GBytes          *initial);
void             kb_editor_history_free     (KbEditorHistory *self);
void             kb_editor_history_record   (KbEditorHistory *self,
                                             GBytes          *now,
                                             const char      *merge_key);
void             kb_editor_history_break    (KbEditorHistory *self);
GBytes          *kb_editor_history_undo     (KbEditorHistory *self);
GBytes          *kb_editor_history_redo     (KbEditorHistory *self);
gboolean         kb_editor_history_can_undo (KbEditorHistory *self);
gboolean         kb_editor_history_can_redo (KbEditorHistory *self);
GBytes          *kb_editor_history_get_current (KbEditorHistory *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KbEditorHistory, kb_editor_history_free)

G_END_DECLS
