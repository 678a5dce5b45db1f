/* The speaking timer as a ring that empties, with the time left in it. */
#pragma once

#include <gtk/gtk.h>

#include "kb-timer.h"

G_BEGIN_DECLS

#define KB_TYPE_TIMER_RING (kb_timer_ring_get_type ())
G_DECLARE_FINAL_TYPE (KbTimerRing, kb_timer_ring, KB, TIMER_RING, GtkWidget)

KbTimerRing *kb_timer_ring_new        (KbTimer     *timer);
void         kb_timer_ring_set_timer  (KbTimerRing *self,
                                       KbTimer     *timer);
KbTimer     *kb_timer_ring_get_timer  (KbTimerRing *self);

void         kb_timer_ring_place_over_card (KbTimerRing *self,
                                            GtkOverlay  *overlay,
                                            int          margin);
gboolean     kb_timer_ring_is_ticking (KbTimerRing *self);

G_END_DECLS
