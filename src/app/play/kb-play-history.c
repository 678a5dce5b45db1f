/* The history strip under the card: one small chip with the category's colour and symbol per
 * card shown, so the group sees how far it got and which themes came up. */
#define G_LOG_DOMAIN "kletsborden-play-history"

#include "config.h"

#include "kb-category.h"
#include "kb-category-mark.h"
#include "kb-color.h"
#include "kb-render-util.h"
#include "kb-play-page-private.h"

#define CHIP_WIDTH 26
#define CHIP_HEIGHT 32

static void
draw_chip (GtkDrawingArea *area,
           cairo_t        *cr,
           int             width,
           int             height,
           gpointer        user_data)
{
  KbCard *card = user_data;
  KbDeck *deck = g_object_get_data (G_OBJECT (area), "kb-deck");
  gboolean current = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (area), "current"));
  double inset = current ? 2.0 : 3.5;

  /* The category's colour and symbol: the strip reads without telling colours apart. */
  if (!current)
    cairo_push_group (cr);
  kb_category_mark_draw (cr, kb_theme_get (KB_THEME_VARIANT_NORMAL), NULL, deck,
                         kb_card_get_category (card), inset, inset, width - 2 * inset,
                         height - 2 * inset);
  if (current)
    {
      kb_render_rounded_rect (cr, 1, 1, width - 2, height - 2, 5);
      cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
      cairo_set_line_width (cr, 2.0);
      cairo_stroke (cr);
    }
  else
    {
      cairo_pop_group_to_source (cr);
      cairo_paint_with_alpha (cr, 0.8);
    }
}

void
_kb_play_history_update (KbPlayPage *self)
{
  GPtrArray *history = kb_session_get_history (self->session);
  KbCard *current = kb_session_get_current (self->session);
  KbDeck *deck = kb_session_get_deck (self->session);
  const char *lang = kb_session_get_language (self->session);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->history_box))) != NULL)
    gtk_box_remove (self->history_box, child);

  for (guint i = 0; i < history->len; i++)
    {
      KbCard *card = g_ptr_array_index (history, i);
      GtkWidget *chip = gtk_drawing_area_new ();

      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (chip), CHIP_WIDTH);
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (chip), CHIP_HEIGHT);
      g_object_set_data (G_OBJECT (chip), "current", GINT_TO_POINTER (card == current));
      /* The deck owns its cards: the chip keeps the deck. */
      g_object_set_data_full (G_OBJECT (chip), "kb-deck", g_object_ref (deck), g_object_unref);
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (chip), draw_chip, card, NULL);
      /* The symbol's art may come from the worker thread after the first draw. */
      g_signal_connect_object (kb_svg_cache_get_default (), "ready",
                               G_CALLBACK (gtk_widget_queue_draw), chip, G_CONNECT_SWAPPED);
      gtk_widget_set_tooltip_text (chip, kb_text_get (kb_card_get_text (card), lang,
                                                      kb_deck_get_fallback_language (deck)));
      gtk_box_append (self->history_box, chip);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->history_scroller),
                          history->len > 0 && !self->presenting);
}
