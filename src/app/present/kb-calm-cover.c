/* The calm screen (B or .) covers all of the room's view, not only the card: a pause, or a
 * personal moment, with nothing on the wall: the deck's back, or black, as the "calm-screen"
 * setting (Preferences) says. The cover takes no input: the keys still reach the page. */
#define G_LOG_DOMAIN "kletsborden-calm-cover"

#include "config.h"

#include "kb-calm-cover.h"
#include "kb-card-renderer.h"

struct _KbCalmCover
{
  GtkWidget parent_instance;

  KbDeck *deck;                /* owned */
  KbCardRenderer *renderer;    /* owned */
  GSettings *settings;         /* owned */
};

G_DEFINE_FINAL_TYPE (KbCalmCover, kb_calm_cover, GTK_TYPE_WIDGET)

static void
kb_calm_cover_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  KbCalmCover *self = KB_CALM_COVER (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autofree char *style = g_settings_get_string (self->settings, "calm-screen");
  graphene_rect_t rect = GRAPHENE_RECT_INIT (0, 0, width, height);

  gtk_snapshot_append_color (snapshot, &(GdkRGBA) { 0, 0, 0, 1 }, &rect);
  if (self->deck != NULL && g_strcmp0 (style, "deck-back") == 0 && width > 0 && height > 0)
    {
      cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &rect);

      kb_card_renderer_draw_back (self->renderer, cr, self->deck, NULL, width, height);
      cairo_destroy (cr);
    }
}

static void
kb_calm_cover_dispose (GObject *object)
{
  KbCalmCover *self = KB_CALM_COVER (object);

  g_clear_object (&self->deck);
  g_clear_object (&self->renderer);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (kb_calm_cover_parent_class)->dispose (object);
}

static void
kb_calm_cover_class_init (KbCalmCoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kb_calm_cover_dispose;
  widget_class->snapshot = kb_calm_cover_snapshot;
  gtk_widget_class_set_css_name (widget_class, "calmcover");
}

static void
kb_calm_cover_init (KbCalmCover *self)
{
  self->renderer = kb_card_renderer_new (kb_theme_get (KB_THEME_VARIANT_NORMAL),
                                         kb_svg_cache_get_default ());
  /* The deck's back art, when it was tried in a worker and settled. */
  g_signal_connect_object (kb_svg_cache_get_default (), "ready", G_CALLBACK (gtk_widget_queue_draw),
                           self, G_CONNECT_SWAPPED);
  self->settings = g_settings_new (SCHEMA_ID);
  g_signal_connect_object (self->settings, "changed::calm-screen",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
  gtk_widget_set_can_target (GTK_WIDGET (self), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

KbCalmCover *
kb_calm_cover_new (void)
{
  return g_object_new (KB_TYPE_CALM_COVER, NULL);
}

/* The deck whose back the cover shows when the setting asks for it. */
void
kb_calm_cover_set_deck (KbCalmCover *self,
                        KbDeck      *deck)
{
  g_return_if_fail (KB_IS_CALM_COVER (self));

  if (g_set_object (&self->deck, deck))
    gtk_widget_queue_draw (GTK_WIDGET (self));
}
