/* The window the room sees on the projector: the card and nothing else. */
#pragma once

#include <gtk/gtk.h>

#include "kb-play-page.h"

G_BEGIN_DECLS

#define KB_TYPE_AUDIENCE_WINDOW (kb_audience_window_get_type ())
G_DECLARE_FINAL_TYPE (KbAudienceWindow, kb_audience_window, KB, AUDIENCE_WINDOW, GtkWindow)

KbAudienceWindow *kb_audience_window_new          (KbPlayPage       *controls);
KbCardView       *kb_audience_window_get_card_view (KbAudienceWindow *self);

G_END_DECLS
