/* The preview of the card being edited (kb-editor-preview.h). It draws with KbCardRenderer on
 * each change: one card at this size takes about a millisecond, and a cache keyed by card and
 * size would only go stale with every key typed. */
#define G_LOG_DOMAIN "kletsborden-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-card-renderer.h"
#include "kb-editor-preview.h"

#define MARGIN 12.0

struct _KbEditorPreview
{
  KbEditorCanvas parent_instance;

  /* owned */
  KbCardRenderer *renderer;

  /* borrowed from the deck */
  KbCard *card;
};

G_DEFINE_FINAL_TYPE (KbEditorPreview, kb_editor_preview, KB_TYPE_EDITOR_CANVAS)

static gboolean
kb_editor_preview_draw (KbEditorCanvas *canvas,
                        cairo_t        *cr,
                        KbDeck         *deck,
                        const char     *lang,
                        int             width,
                        int             height)
{
  KbEditorPreview *self = KB_EDITOR_PREVIEW (canvas);
  KbRect rect;

  if (self->card == NULL)
    return FALSE;
  kb_card_fit_rect (width, height, MARGIN, &rect);
  cairo_translate (cr, rect.x, rect.y);
  kb_card_renderer_draw_front (self->renderer, cr, deck, self->card, lang, rect.width,
                               rect.height);
  return TRUE;
}

static void
kb_editor_preview_dispose (GObject *object)
{
  KbEditorPreview *self = KB_EDITOR_PREVIEW (object);

  g_clear_object (&self->renderer);
  self->card = NULL;

  G_OBJECT_CLASS (kb_editor_preview_parent_class)->dispose (object);
}

static void
kb_editor_preview_class_init (KbEditorPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  KbEditorCanvasClass *canvas_class = KB_EDITOR_CANVAS_CLASS (klass);

  object_class->dispose = kb_editor_preview_dispose;
  canvas_class->draw = kb_editor_preview_draw;
  canvas_class->min_width = 160;
  canvas_class->min_height = 220;
  canvas_class->natural_width = 320;
  canvas_class->natural_height = 440;
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "editorpreview");
}

static void
kb_editor_preview_init (KbEditorPreview *self)
{
  self->renderer = kb_card_renderer_new (kb_theme_get (KB_THEME_VARIANT_NORMAL),
                                         kb_svg_cache_get_default ());
}

/**
 * kb_editor_preview_show:
 * @card: (nullable): the card to show, one of @deck's; %NULL shows nothing
 *
 * Shows @card in @lang, as it is now; call again after each change.
 */
void
kb_editor_preview_show (KbEditorPreview *self,
                        KbDeck          *deck,
                        KbCard          *card,
                        const char      *lang)
{
  const char *text;

  g_return_if_fail (KB_IS_EDITOR_PREVIEW (self));

  self->card = card;
  /* Screen readers get the card as text: the picture of it says nothing to them. */
  text = card != NULL ? kb_text_get (kb_card_get_text (card), lang,
                                     kb_deck_get_fallback_language (deck)) : NULL;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Preview of the card"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text != NULL ? text : "",
                                  -1);
  kb_editor_canvas_show (KB_EDITOR_CANVAS (self), deck, lang);
}

KbCard *
kb_editor_preview_get_card (KbEditorPreview *self)
{
  g_return_val_if_fail (KB_IS_EDITOR_PREVIEW (self), NULL);
  return self->card;
}
