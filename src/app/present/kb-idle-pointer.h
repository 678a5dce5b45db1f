/* The pointer hides over a widget after a moment of stillness, and comes back when it moves. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void kb_idle_pointer_set_enabled (GtkWidget *widget,
                                  gboolean   enabled);

G_END_DECLS
