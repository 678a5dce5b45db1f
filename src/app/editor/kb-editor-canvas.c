/* The frame around the editor's previews (kb-editor-canvas.h): size, drawing into the snapshot,
 * and drawing again when the SVG cache has art ready that the last drawing had to leave out (a
 * new card image or category icon is read in a worker; until then its placeholder is drawn). */
#define G_LOG_DOMAIN "kletsborden-editor"

#include "config.h"

#include "kb-editor-canvas.h"
#include "kb-svg-cache.h"

typedef struct
{
  KbDeck *deck;
  char *lang;
  guint n_drawn;
  gboolean waiting;     /* the last drawing had a placeholder for art still being read */
} KbEditorCanvasPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (KbEditorCanvas, kb_editor_canvas, GTK_TYPE_WIDGET)

static void
kb_editor_canvas_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  KbEditorCanvas *self = KB_EDITOR_CANVAS (widget);
  KbEditorCanvasPrivate *priv = kb_editor_canvas_get_instance_private (self);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  KbSvgCache *cache = kb_svg_cache_get_default ();
  guint waiting_before = kb_svg_cache_get_n_waiting_draws (cache);
  cairo_t *cr;

  priv->waiting = FALSE;
  if (priv->deck == NULL || width <= 0 || height <= 0)
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (KB_EDITOR_CANVAS_GET_CLASS (self)->draw (self, cr, priv->deck, priv->lang, width, height))
    priv->n_drawn++;
  cairo_destroy (cr);
  priv->waiting = kb_svg_cache_get_n_waiting_draws (cache) != waiting_before;
}

static void
art_ready (KbEditorCanvas *self)
{
  KbEditorCanvasPrivate *priv = kb_editor_canvas_get_instance_private (self);

  if (priv->waiting)
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
kb_editor_canvas_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  KbEditorCanvasClass *klass = KB_EDITOR_CANVAS_GET_CLASS (widget);
  gboolean horizontal = orientation == GTK_ORIENTATION_HORIZONTAL;

  *minimum = horizontal ? klass->min_width : klass->min_height;
  *natural = horizontal ? klass->natural_width : klass->natural_height;
}

static void
kb_editor_canvas_dispose (GObject *object)
{
  KbEditorCanvasPrivate *priv = kb_editor_canvas_get_instance_private (KB_EDITOR_CANVAS (object));

  g_clear_object (&priv->deck);
  g_clear_pointer (&priv->lang, g_free);

  G_OBJECT_CLASS (kb_editor_canvas_parent_class)->dispose (object);
}

static void
kb_editor_canvas_class_init (KbEditorCanvasClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kb_editor_canvas_dispose;
  widget_class->snapshot = kb_editor_canvas_snapshot;
  widget_class->measure = kb_editor_canvas_measure;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  klass->min_width = klass->min_height = 200;
  klass->natural_width = klass->natural_height = 480;
}

static void
kb_editor_canvas_init (KbEditorCanvas *self)
{
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  /* Art a drawing waited for: drawn as soon as it can be, not at the next key typed. */
  g_signal_connect_object (kb_svg_cache_get_default (), "ready", G_CALLBACK (art_ready), self,
                           G_CONNECT_SWAPPED);
}

/* Shows @deck in @lang as it is now; call again after each change. */
void
kb_editor_canvas_show (KbEditorCanvas *self,
                       KbDeck         *deck,
                       const char     *lang)
{
  KbEditorCanvasPrivate *priv;

  g_return_if_fail (KB_IS_EDITOR_CANVAS (self));

  priv = kb_editor_canvas_get_instance_private (self);
  g_set_object (&priv->deck, deck);
  g_free (priv->lang);
  priv->lang = g_strdup (lang);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

KbDeck *
kb_editor_canvas_get_deck (KbEditorCanvas *self)
{
  g_return_val_if_fail (KB_IS_EDITOR_CANVAS (self), NULL);
  return ((KbEditorCanvasPrivate *) kb_editor_canvas_get_instance_private (self))->deck;
}

const char *
kb_editor_canvas_get_lang (KbEditorCanvas *self)
{
  g_return_val_if_fail (KB_IS_EDITOR_CANVAS (self), NULL);
  return ((KbEditorCanvasPrivate *) kb_editor_canvas_get_instance_private (self))->lang;
}

/* Whether the last drawing left out art that was still being read, and is to be drawn again. */
gboolean
kb_editor_canvas_is_waiting (KbEditorCanvas *self)
{
  g_return_val_if_fail (KB_IS_EDITOR_CANVAS (self), FALSE);
  return ((KbEditorCanvasPrivate *) kb_editor_canvas_get_instance_private (self))->waiting;
}

/* How many times it drew: the tests see that it follows the edits and the art. */
guint
kb_editor_canvas_get_n_drawn (KbEditorCanvas *self)
{
  g_return_val_if_fail (KB_IS_EDITOR_CANVAS (self), 0);
  return ((KbEditorCanvasPrivate *) kb_editor_canvas_get_instance_private (self))->n_drawn;
}
