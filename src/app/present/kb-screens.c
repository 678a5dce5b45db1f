/* The screens as the facilitator sees them in the screen picker: a number, the maker and model,
 * the connector and the size; "Identify" shows the same number big on each screen. */
#define G_LOG_DOMAIN "kletsborden-screens"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-screens.h"

/**
 * kb_screens_dup_label:
 * @number: the number "Identify" shows on that screen, counted from 1
 *
 * Returns: "2  BenQ W1070 (HDMI-1), 1920 × 1080", for the screen picker
 */
char *
kb_screens_dup_label (GdkMonitor *monitor,
                      guint       number)
{
  GdkRectangle geometry;
  const char *model = gdk_monitor_get_model (monitor);
  const char *maker = gdk_monitor_get_manufacturer (monitor);
  const char *connector = gdk_monitor_get_connector (monitor);
  g_autofree char *name = NULL;

  g_return_val_if_fail (GDK_IS_MONITOR (monitor), NULL);

  gdk_monitor_get_geometry (monitor, &geometry);
  if (model != NULL && maker != NULL && !g_str_has_prefix (model, maker))
    name = g_strdup_printf ("%s %s", maker, model);
  else
    name = g_strdup (model != NULL ? model : maker != NULL ? maker : _("Screen"));
  /* Translators: the number on the screen, its maker and model, its connector, its size */
  return g_strdup_printf (_("%u  %s (%s), %d × %d"), number, name,
                          connector != NULL ? connector : "?", geometry.width, geometry.height);
}

/**
 * kb_screens_show_on:
 *
 * Shows @window fullscreen on @monitor: the one place a window is put on a screen, for the
 * room's view, the facilitator's after a swap, and the "Identify" numbers.
 */
void
kb_screens_show_on (GtkWindow  *window,
                    GdkMonitor *monitor)
{
  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (GDK_IS_MONITOR (monitor));

  gtk_window_fullscreen_on_monitor (window, monitor);
  gtk_window_present (window);
}

/**
 * kb_screens_show_numbers:
 * @monitors: the display's monitors
 * @application: (nullable): the application the windows belong to
 *
 * Returns: (transfer full): the windows that show each screen's number, fullscreen on it;
 *   freeing the array closes them
 */
GPtrArray *
kb_screens_show_numbers (GListModel     *monitors,
                         GtkApplication *application)
{
  GPtrArray *windows = g_ptr_array_new_with_free_func ((GDestroyNotify) gtk_window_destroy);
  guint n = g_list_model_get_n_items (monitors);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      GtkWindow *window = GTK_WINDOW (gtk_window_new ());
      GtkWidget *label = gtk_label_new (number);

      gtk_widget_add_css_class (label, "identify-number");
      gtk_widget_add_css_class (GTK_WIDGET (window), "identify");
      gtk_widget_set_can_target (label, FALSE);
      gtk_window_set_child (window, label);
      gtk_window_set_decorated (window, FALSE);
      gtk_window_set_title (window, number);
      gtk_window_set_application (window, application);
      kb_screens_show_on (window, monitor);
      g_ptr_array_add (windows, window);
    }
  return windows;
}
