/* The deck at a glance for the facilitator: a grid of small cards, searchable by their text;
 * picking one (Enter, or a click) says which. */
#pragma once

#include <gtk/gtk.h>

#include "kb-session.h"

G_BEGIN_DECLS

#define KB_TYPE_DECK_OVERVIEW (kb_deck_overview_get_type ())
G_DECLARE_FINAL_TYPE (KbDeckOverview, kb_deck_overview, KB, DECK_OVERVIEW, GtkWidget)

KbDeckOverview *kb_deck_overview_new          (void);
void            kb_deck_overview_show_session (KbDeckOverview *self,
                                               KbSession      *session);
guint           kb_deck_overview_get_n_shown  (KbDeckOverview *self);
GtkWidget      *kb_deck_overview_get_cell     (KbDeckOverview *self,
                                               guint           position);

G_END_DECLS
