/* The editor's preview of one card, drawn by the renderer that draws play and print. */
#pragma once

#include "kb-editor-canvas.h"

G_BEGIN_DECLS

#define KB_TYPE_EDITOR_PREVIEW (kb_editor_preview_get_type ())
G_DECLARE_FINAL_TYPE (KbEditorPreview, kb_editor_preview, KB, EDITOR_PREVIEW, KbEditorCanvas)

void        kb_editor_preview_show     (KbEditorPreview *self,
                                        KbDeck          *deck,
                                        KbCard          *card,
                                        const char      *lang);
KbCard     *kb_editor_preview_get_card (KbEditorPreview *self);

G_END_DECLS
