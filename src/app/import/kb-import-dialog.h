/* Import…: a spreadsheet or a list of cards chosen in a file chooser, shown as the deck it
 * makes (title, categories, cards, the column mapping and every problem by row and column)
 * before anything is saved; Import saves it into the user's decks folder. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define KB_TYPE_IMPORT_DIALOG (kb_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KbImportDialog, kb_import_dialog, KB, IMPORT_DIALOG, AdwWindow)

/* Called with the saved deck's file. */
typedef void (*KbImportedFunc) (GFile    *deck_file,
                                gpointer  owner);

KbImportDialog *kb_import_dialog_new        (GtkWindow      *parent,
                                             GFile          *file);
void            kb_import_dialog_choose     (GtkWindow      *parent,
                                             KbImportedFunc  func,
                                             GObject        *owner);
KbImportDialog *kb_import_dialog_new_for_paste (GtkWindow    *parent);
void            kb_import_dialog_paste      (GtkWindow      *parent,
                                             KbImportedFunc  func,
                                             GObject        *owner);
gboolean        kb_import_dialog_can_import (KbImportDialog *self);
GFile          *kb_import_dialog_get_saved  (KbImportDialog *self);

G_END_DECLS
