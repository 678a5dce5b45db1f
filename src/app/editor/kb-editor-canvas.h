/* What the editor's previews share: a widget that draws a deck with cairo, anew after each change
 * and when art it waited for is ready. Its subclasses say what to draw (a card, the board). */
#pragma once

#include <gtk/gtk.h>

#include "kb-deck.h"

G_BEGIN_DECLS

#define KB_TYPE_EDITOR_CANVAS (kb_editor_canvas_get_type ())
G_DECLARE_DERIVABLE_TYPE (KbEditorCanvas, kb_editor_canvas, KB, EDITOR_CANVAS, GtkWidget)

struct _KbEditorCanvasClass
{
  GtkWidgetClass parent_class;

  int min_width, min_height;
  int natural_width, natural_height;

  /* Draws @deck at 0,0 in @width × @height; returns whether it drew anything. */
  gboolean (*draw) (KbEditorCanvas *self,
                    cairo_t        *cr,
                    KbDeck         *deck,
                    const char     *lang,
                    int             width,
                    int             height);
};

void        kb_editor_canvas_show       (KbEditorCanvas *self,
                                         KbDeck         *deck,
                                         const char     *lang);
KbDeck     *kb_editor_canvas_get_deck   (KbEditorCanvas *self);
const char *kb_editor_canvas_get_lang   (KbEditorCanvas *self);
guint       kb_editor_canvas_get_n_drawn (KbEditorCanvas *self);
gboolean    kb_editor_canvas_is_waiting (KbEditorCanvas *self);

G_END_DECLS
