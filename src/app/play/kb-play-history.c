/* The history strip under the card: one small chip in the category's colour per card shown,
 * so the group sees how far it got and which themes came up. */
#define G_LOG_DOMAIN "kletsborden-play-history"

#include "config.h"

#include "kb-category.h"
#include "kb-color.h"
#include "kb-play-page-private.h"

#define CHIP_WIDTH 22
#define CHIP_HEIGHT 30

static void
draw_chip (GtkDrawingArea *area,
           cairo_t        *cr,
           int             width,
           int             height,
           gpointer        user_data)
{
  KbColor color;
  gboolean current = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (area), "current"));
  double inset = current ? 1.5 : 3.0;
  double r = 4.0;
  double x = inset, y = inset, w = width - 2 * inset, h = height - 2 * inset;

  kb_color_parse (user_data, &color);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
  kb_cairo_set_color (cr, &color);
  if (current)
    {
      cairo_fill_preserve (cr);
      cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
      cairo_set_line_width (cr, 2.0);
      cairo_stroke (cr);
    }
  else
    {
      cairo_push_group (cr);
      cairo_fill (cr);
      cairo_pop_group_to_source (cr);
      cairo_paint_with_alpha (cr, 0.75);
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
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (chip), draw_chip,
                                      (gpointer) kb_category_get_color (kb_card_get_category (card)),
                                      NULL);
      gtk_widget_set_tooltip_text (chip, kb_text_get (kb_card_get_text (card), lang,
                                                      kb_deck_get_fallback_language (deck)));
      gtk_box_append (self->history_box, chip);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->history_scroller),
                          history->len > 0 && !self->presenting);
}
