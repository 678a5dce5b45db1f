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
  GtkWidget parent_instance;

  /* owned */
  KbCardRenderer *renderer;
  KbDeck *deck;
  char *lang;

  /* borrowed from the deck */
  KbCard *card;

  guint n_drawn;
};

G_DEFINE_FINAL_TYPE (KbEditorPreview, kb_editor_preview, GTK_TYPE_WIDGET)

static void
kb_editor_preview_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  KbEditorPreview *self = KB_EDITOR_PREVIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  KbRect rect;
  cairo_t *cr;

  if (self->deck == NULL || self->card == NULL || width <= 0 || height <= 0)
    return;
  kb_card_fit_rect (width, height, MARGIN, &rect);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_translate (cr, rect.x, rect.y);
  kb_card_renderer_draw_front (self->renderer, cr, self->deck, self->card, self->lang,
                               rect.width, rect.height);
  cairo_destroy (cr);
  self->n_drawn++;
}

static void
kb_editor_preview_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 160 : 220;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 320 : 440;
}

static void
kb_editor_preview_dispose (GObject *object)
{
  KbEditorPreview *self = KB_EDITOR_PREVIEW (object);

  g_clear_object (&self->renderer);
  g_clear_object (&self->deck);
  g_clear_pointer (&self->lang, g_free);
  self->card = NULL;

  G_OBJECT_CLASS (kb_editor_preview_parent_class)->dispose (object);
}

static void
kb_editor_preview_class_init (KbEditorPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kb_editor_preview_dispose;
  widget_class->snapshot = kb_editor_preview_snapshot;
  widget_class->measure = kb_editor_preview_measure;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_css_name (widget_class, "editorpreview");
}

static void
kb_editor_preview_init (KbEditorPreview *self)
{
  self->renderer = kb_card_renderer_new (kb_theme_get (KB_THEME_VARIANT_NORMAL),
                                         kb_svg_cache_get_default ());
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
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

  g_set_object (&self->deck, deck);
  self->card = card;
  g_free (self->lang);
  self->lang = g_strdup (lang);
  /* Screen readers get the card as text: the picture of it says nothing to them. */
  text = card != NULL ? kb_text_get (kb_card_get_text (card), lang,
                                     kb_deck_get_fallback_language (deck)) : NULL;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Preview of the card"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text != NULL ? text : "",
                                  -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

KbCard *
kb_editor_preview_get_card (KbEditorPreview *self)
{
  g_return_val_if_fail (KB_IS_EDITOR_PREVIEW (self), NULL);
  return self->card;
}

const char *
kb_editor_preview_get_lang (KbEditorPreview *self)
{
  g_return_val_if_fail (KB_IS_EDITOR_PREVIEW (self), NULL);
  return self->lang;
}

/* How many times it drew a card: the tests see that it follows the edits. */
guint
kb_editor_preview_get_n_drawn (KbEditorPreview *self)
{
  g_return_val_if_fail (KB_IS_EDITOR_PREVIEW (self), 0);
  return self->n_drawn;
}
