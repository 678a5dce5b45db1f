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
  GtkWidget parent_instance;

  /* owned */
  KbBoardRenderer *renderer;
  KbDeck *deck;
  char *lang;

  guint n_drawn;
};

G_DEFINE_FINAL_TYPE (KbEditorBoardPreview, kb_editor_board_preview, GTK_TYPE_WIDGET)

static void
kb_editor_board_preview_snapshot (GtkWidget   *widget,
                                  GtkSnapshot *snapshot)
{
  KbEditorBoardPreview *self = KB_EDITOR_BOARD_PREVIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  KbBoard *board = self->deck != NULL ? kb_deck_get_board (self->deck) : NULL;
  cairo_t *cr;

  if (board == NULL || kb_board_get_n_squares (board) == 0 ||
      width <= 2 * MARGIN || height <= 2 * MARGIN)
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_translate (cr, MARGIN, MARGIN);
  kb_board_renderer_draw (self->renderer, cr, self->deck, self->lang, width - 2 * MARGIN,
                          height - 2 * MARGIN, NULL, 0);
  cairo_destroy (cr);
  self->n_drawn++;
}

static void
kb_editor_board_preview_measure (GtkWidget      *widget,
                                 GtkOrientation  orientation,
                                 int             for_size,
                                 int            *minimum,
                                 int            *natural,
                                 int            *minimum_baseline,
                                 int            *natural_baseline)
{
  *minimum = 200;
  *natural = 480;
}

static void
kb_editor_board_preview_dispose (GObject *object)
{
  KbEditorBoardPreview *self = KB_EDITOR_BOARD_PREVIEW (object);

  g_clear_object (&self->renderer);
  g_clear_object (&self->deck);
  g_clear_pointer (&self->lang, g_free);

  G_OBJECT_CLASS (kb_editor_board_preview_parent_class)->dispose (object);
}

static void
kb_editor_board_preview_class_init (KbEditorBoardPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kb_editor_board_preview_dispose;
  widget_class->snapshot = kb_editor_board_preview_snapshot;
  widget_class->measure = kb_editor_board_preview_measure;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_css_name (widget_class, "editorboardpreview");
}

static void
kb_editor_board_preview_init (KbEditorBoardPreview *self)
{
  self->renderer = kb_board_renderer_new (kb_theme_get (KB_THEME_VARIANT_NORMAL),
                                          kb_svg_cache_get_default ());
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
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

  g_set_object (&self->deck, deck);
  g_free (self->lang);
  self->lang = g_strdup (lang);
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
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* How many times it drew the board: the tests see that it follows the edits. */
guint
kb_editor_board_preview_get_n_drawn (KbEditorBoardPreview *self)
{
  g_return_val_if_fail (KB_IS_EDITOR_BOARD_PREVIEW (self), 0);
  return self->n_drawn;
}
