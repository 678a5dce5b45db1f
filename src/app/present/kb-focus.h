/* Where the keyboard goes: only ever to a widget the user can see. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

gboolean kb_focus_is_shown (GtkWidget *widget);
gboolean kb_focus_grab     (GtkWidget *widget);

G_END_DECLS
