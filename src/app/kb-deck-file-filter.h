/* The filters of every file chooser that opens decks, so they all offer the same files. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KB_DECK_MIME_TYPE "application/x-kletsborden-deck"

GtkFileFilter *kb_deck_file_filter_new           (void);
GtkFileFilter *kb_deck_json_filter_new           (void);
void           kb_deck_file_chooser_add_filters (GtkFileChooser *chooser);

G_END_DECLS
