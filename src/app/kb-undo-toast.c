/* A toast with Undo that delays the loss (kb-undo-toast.h): Forget This Session deletes the kept
 * session only when its toast has gone. */
#define G_LOG_DOMAIN "kletsborden-undo"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-toast-queue.h"
#include "kb-undo-toast.h"

typedef struct
{
  GWeakRef owner;
  KbUndoFunc commit;
  KbUndoFunc undo;
  gpointer data;
  GDestroyNotify destroy;
  gboolean undone;
} UndoToast;

static void
undo_toast_free (gpointer pointer)
{
  UndoToast *undo = pointer;

  g_weak_ref_clear (&undo->owner);
  if (undo->destroy != NULL)
    undo->destroy (undo->data);
  g_free (undo);
}

static void
button_clicked (AdwToast  *toast,
                UndoToast *undo)
{
  g_autoptr(GObject) owner = g_weak_ref_get (&undo->owner);

  undo->undone = TRUE;
  undo->undo (owner, undo->data);
}

static void
dismissed (AdwToast  *toast,
           UndoToast *undo)
{
  g_autoptr(GObject) owner = g_weak_ref_get (&undo->owner);

  if (!undo->undone)
    undo->commit (owner, undo->data);
  undo->undone = TRUE;   /* once */
}

/**
 * kb_undo_toast_show:
 * @owner: (type GObject) (nullable): the object the callbacks are for; held weakly
 * @commit: does what the toast announced, when it goes without Undo
 * @undo: puts back what the user saw before, when Undo is pressed
 *
 * A window that closes with the toast still up loses nothing: then nothing is committed.
 */
void
kb_undo_toast_show (AdwToastOverlay *overlay,
                    const char      *title,
                    gpointer         owner,
                    KbUndoFunc       commit,
                    KbUndoFunc       undo_func,
                    gpointer         data,
                    GDestroyNotify   destroy)
{
  AdwToast *toast = adw_toast_new (title);
  UndoToast *undo = g_new0 (UndoToast, 1);

  g_return_if_fail (ADW_IS_TOAST_OVERLAY (overlay));

  g_weak_ref_init (&undo->owner, owner);
  undo->commit = commit;
  undo->undo = undo_func;
  undo->data = data;
  undo->destroy = destroy;
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect (toast, "button-clicked", G_CALLBACK (button_clicked), undo);
  g_signal_connect (toast, "dismissed", G_CALLBACK (dismissed), undo);
  g_object_set_data_full (G_OBJECT (toast), "kb-undo", undo, undo_toast_free);
  kb_toast_overlay_show (overlay, toast);
}
