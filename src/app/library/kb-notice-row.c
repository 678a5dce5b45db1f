/* Notice rows (kb-notice-row.h): a warning icon, the sentence, and a close button. No timeout:
 * a facilitator at the projector may look up minutes later, and the row must still be there. */
#define G_LOG_DOMAIN "kletsborden-library"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-notice-row.h"

static void
close_clicked (GtkButton *button,
               GtkWidget *row)
{
  GtkWidget *box = gtk_widget_get_parent (row);

  gtk_box_remove (GTK_BOX (box), row);
  gtk_widget_set_visible (box, gtk_widget_get_first_child (box) != NULL);
}

/* Adds a row that says @text to @box and shows @box. */
void
kb_notice_row_add (GtkBox     *box,
                   const char *text)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkWidget *label = gtk_label_new (text);
  GtkWidget *close = gtk_button_new_from_icon_name ("window-close-symbolic");

  g_return_if_fail (GTK_IS_BOX (box));
  g_return_if_fail (text != NULL);

  gtk_widget_add_css_class (row, "card");
  gtk_widget_add_css_class (row, "resume-box");
  gtk_widget_add_css_class (row, "kept-notice");
  gtk_widget_set_valign (icon, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);   /* long paths */
  gtk_widget_set_valign (close, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (close, _("Close This Message"));
  gtk_widget_add_css_class (close, "flat");
  gtk_widget_add_css_class (close, "circular");
  g_signal_connect (close, "clicked", G_CALLBACK (close_clicked), row);
  gtk_box_append (GTK_BOX (row), icon);
  gtk_box_append (GTK_BOX (row), label);
  gtk_box_append (GTK_BOX (row), close);
  gtk_box_append (box, row);
  gtk_widget_set_visible (GTK_WIDGET (box), TRUE);
}
