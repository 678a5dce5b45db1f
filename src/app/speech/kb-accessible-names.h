/* Names for screen readers where GTK 4.8 gives none: icon-only buttons, menu buttons, drop-downs
 * and tiles would otherwise read as their type ("GtkImage", "GtkMenuButton"), and a label with a
 * mnemonic reads twice ("_Open… Open…"). */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void  kb_accessible_names_install (void);
void  kb_accessible_names_apply   (GtkWidget  *widget);
char *kb_accessible_name_for      (GtkWidget  *widget);

G_END_DECLS
