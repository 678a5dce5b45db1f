/* Where the keyboard goes. A widget on a stack page that is not shown can still take the
 * focus, and then every key goes to a page nobody sees: the presenter's keys die. So the
 * focus is only ever given to a widget that is shown. */
#define G_LOG_DOMAIN "kletsborden-focus"

#include "config.h"

#include "kb-focus.h"

/* Returns: whether @widget and all its ancestors are visible and not hidden by their parent
 *   (a stack hides its other pages with gtk_widget_set_child_visible()). */
gboolean
kb_focus_is_shown (GtkWidget *widget)
{
  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);

  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    if (!gtk_widget_get_visible (w) || !gtk_widget_get_child_visible (w))
      return FALSE;
  return gtk_widget_get_root (widget) != NULL;
}

/* Gives @widget the focus of its window, but only when it is shown. Returns: whether it did. */
gboolean
kb_focus_grab (GtkWidget *widget)
{
  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);

  if (!kb_focus_is_shown (widget))
    return FALSE;
  return gtk_widget_grab_focus (widget);
}
