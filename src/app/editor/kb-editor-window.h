/* The deck editor: a window of its own for one deck, with its draft, undo and problems. */
#pragma once

#include <adwaita.h>

#include "kb-deck.h"
#include "kb-editor-draft.h"

G_BEGIN_DECLS

#define KB_TYPE_EDITOR_WINDOW (kb_editor_window_get_type ())
G_DECLARE_FINAL_TYPE (KbEditorWindow, kb_editor_window, KB, EDITOR_WINDOW, AdwWindow)

KbEditorWindow *kb_editor_window_new_deck     (GtkApplication *application);
KbEditorWindow *kb_editor_window_open         (GtkApplication *application,
                                               GFile          *file,
                                               GError        **error);
KbEditorWindow *kb_editor_window_restore      (GtkApplication *application,
                                               KbEditorDraft  *draft,
                                               GError        **error);
KbEditorWindow *kb_editor_window_find         (GtkApplication *application,
                                               GFile          *file);

KbDeck         *kb_editor_window_get_deck     (KbEditorWindow *self);
GFile          *kb_editor_window_get_target   (KbEditorWindow *self);
gboolean        kb_editor_window_is_dirty     (KbEditorWindow *self);
const char     *kb_editor_window_get_draft_key (KbEditorWindow *self);
guint           kb_editor_window_get_current_card (KbEditorWindow *self);
guint           kb_editor_window_get_n_problems (KbEditorWindow *self);
const char     *kb_editor_window_get_page     (KbEditorWindow *self);
gboolean        kb_editor_window_save         (KbEditorWindow *self,
                                               GError        **error);

G_END_DECLS
