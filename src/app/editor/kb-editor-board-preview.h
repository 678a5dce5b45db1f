/* The editor's preview of the deck's board, drawn by the renderer that draws the game. */
#pragma once

#include "kb-editor-canvas.h"

G_BEGIN_DECLS

#define KB_TYPE_EDITOR_BOARD_PREVIEW (kb_editor_board_preview_get_type ())
G_DECLARE_FINAL_TYPE (KbEditorBoardPreview, kb_editor_board_preview, KB, EDITOR_BOARD_PREVIEW,
                      KbEditorCanvas)

void   kb_editor_board_preview_show       (KbEditorBoardPreview *self,
                                           KbDeck               *deck,
                                           const char           *lang);

G_END_DECLS
