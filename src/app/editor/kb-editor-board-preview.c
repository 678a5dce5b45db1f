/* The preview of the board being edited (kb-editor-board-preview.h): KbBoardRenderer draws it
 * anew after each change, as the card preview does; a board without pawns takes a few
 * milliseconds, and the editor changes it only as fast as a person types. */
#define G_LOG_DOMAIN "kletsborden-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-board-renderer.h"
#include "kb-editor-board-preview.h"

#define MARGIN 12.0

struct _KbEditorBoardPreview
{
  KbEditorCanvas parent_instance;

  /* owned */
  KbBoardRenderer *renderer;
};

G_DEFINE_FINAL_TYPE (KbEditorBoardPreview, kb_editor_board_preview, KB_TYPE_EDITOR_CANVAS)

static gboolean
kb_editor_board_preview_draw (KbEditorCanvas *canvas,
                              cairo_t        *cr,
                              KbDeck         *deck,
                              const char     *lang,
                              int             width,
                              int             height)
{
  KbEditorBoardPreview *self = KB_EDITOR_BOARD_PREVIEW (canvas);
  KbBoard *board = kb_deck_get_board (deck);

  if (board == NULL || kb_board_get_n_squares (board) == 0 ||
      width <= 2 * MARGIN || height <= 2 * MARGIN)
    return FALSE;
  cairo_translate (cr, MARGIN, MARGIN);
  kb_board_renderer_draw (self->renderer, cr, deck, lang, width - 2 * MARGIN,
                          height - 2 * MARGIN, NULL, 0);
  return TRUE;
}

static void
kb_editor_board_preview_dispose (GObject *object)
{
  KbEditorBoardPreview *self = KB_EDITOR_BOARD_PREVIEW (object);

  g_clear_object (&self->renderer);

  G_OBJECT_CLASS (kb_editor_board_preview_parent_class)->dispose (object);
}

static void
kb_editor_board_preview_class_init (KbEditorBoardPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  KbEditorCanvasClass *canvas_class = KB_EDITOR_CANVAS_CLASS (klass);

  object_class->dispose = kb_editor_board_preview_dispose;
  canvas_class->draw = kb_editor_board_preview_draw;
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "editorboardpreview");
}

static void
kb_editor_board_preview_init (KbEditorBoardPreview *self)
{
  self->renderer = kb_board_renderer_new (kb_theme_get (KB_THEME_VARIANT_NORMAL),
                                          kb_svg_cache_get_default ());
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Preview of the board"), -1);
}

/* Shows @deck's board in @lang, as it is now; call again after each change. */
void
kb_editor_board_preview_show (KbEditorBoardPreview *self,
                              KbDeck               *deck,
                              const char           *lang)
{
  KbBoard *board;

  g_return_if_fail (KB_IS_EDITOR_BOARD_PREVIEW (self));

  board = deck != NULL ? kb_deck_get_board (deck) : NULL;
  if (board != NULL)
    {
      /* Translators: what a screen reader says of the board's preview */
      g_autofree char *description = g_strdup_printf (
        ngettext ("A board of %u square", "A board of %u squares", kb_board_get_n_squares (board)),
        kb_board_get_n_squares (board));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      description, -1);
    }
  kb_editor_canvas_show (KB_EDITOR_CANVAS (self), deck, lang);
}
