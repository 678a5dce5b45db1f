/* The window the room sees on the projector: what the page gives it, and nothing else. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KB_TYPE_AUDIENCE_WINDOW (kb_audience_window_get_type ())
G_DECLARE_FINAL_TYPE (KbAudienceWindow, kb_audience_window, KB, AUDIENCE_WINDOW, GtkWindow)

KbAudienceWindow *kb_audience_window_new (GtkWidget *content,
                                          GtkWidget *keys);

G_END_DECLS
