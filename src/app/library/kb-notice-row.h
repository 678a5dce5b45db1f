/* A row in a page's status area that tells the facilitator what happened to a kept file (set
 * aside as damaged, say) and what was kept; it stays until it is closed. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void kb_notice_row_add (GtkBox     *box,
                        const char *text);

G_END_DECLS
