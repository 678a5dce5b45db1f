/* The one place for every setting: the speaking timer, the look of the cards, presenting and
 * reading, each stored in GSettings, so the pages that use them read them from there. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define KB_TYPE_PREFERENCES_WINDOW (kb_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (KbPreferencesWindow, kb_preferences_window, KB, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

KbPreferencesWindow *kb_preferences_window_new (GtkWindow *parent);

G_END_DECLS
