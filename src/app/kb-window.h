/* The main window: the deck library first. */
#pragma once

#include <adwaita.h>

#include "kb-application.h"

G_BEGIN_DECLS

#define KB_TYPE_WINDOW (kb_window_get_type ())
G_DECLARE_FINAL_TYPE (KbWindow, kb_window, KB, WINDOW, AdwApplicationWindow)

KbWindow   *kb_window_new             (KbApplication *application);
GListModel *kb_window_get_decks       (KbWindow      *self);
const char *kb_window_get_visible_page (KbWindow     *self);

G_END_DECLS
