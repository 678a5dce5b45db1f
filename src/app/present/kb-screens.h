/* The screens by number, model and connector, for the screen picker and "Identify". */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

char      *kb_screens_dup_label    (GdkMonitor *monitor,
                                    guint       number);
void       kb_screens_show_on      (GtkWindow  *window,
                                    GdkMonitor *monitor);
GPtrArray *kb_screens_show_numbers (GListModel     *monitors,
                                    GtkApplication *application);

G_END_DECLS
