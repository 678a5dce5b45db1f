/* Undo instead of loss: a toast that says what was done, with Undo; the loss itself happens only
 * when the toast goes without Undo. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* @owner is the object that asked, or %NULL when it is gone by then. */
typedef void (*KbUndoFunc) (gpointer owner,
                            gpointer data);

void kb_undo_toast_show (AdwToastOverlay *overlay,
                         const char      *title,
                         gpointer         owner,
                         KbUndoFunc       commit,
                         KbUndoFunc       undo,
                         gpointer         data,
                         GDestroyNotify   destroy);

G_END_DECLS
