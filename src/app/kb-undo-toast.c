/* A toast with Undo that delays the loss (kb-undo-toast.h): Forget This Session deletes the kept
 * session only when its toast has gone. */
#define G_LOG_DOMAIN "kletsborden-undo"

#include "config.h"

#include <glib/gi18n.h>

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

#define TOAST_SECONDS 5

typedef struct
{
  AdwToast *toast;             /* borrowed: this is its data */
  AdwToastOverlay *overlay;    /* borrowed: it holds the toast */
  guint timeout_id;
  guint seconds;
} ToastTimer;

static void
toast_timer_free (gpointer data)
{
  ToastTimer *timer = data;

  g_clear_handle_id (&timer->timeout_id, g_source_remove);
  g_free (timer);
}

/* A toast goes after its seconds on screen, never while its page is hidden. */
static gboolean
toast_tick (gpointer data)
{
  ToastTimer *timer = data;

  if (gtk_widget_get_mapped (GTK_WIDGET (timer->overlay)) && ++timer->seconds >= TOAST_SECONDS)
    {
      timer->timeout_id = 0;
      adw_toast_dismiss (timer->toast);
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

static void
toast_timer_stop (AdwToast   *toast,
                  ToastTimer *timer)
{
  g_clear_handle_id (&timer->timeout_id, g_source_remove);
}

/**
 * kb_toast_overlay_show:
 * @toast: (transfer full): the toast
 *
 * adw_toast_overlay_add_toast(), but the toast leaves only while the overlay is on screen, and
 * is held until the overlay itself goes. libadwaita 1.2 crashes the window on closing when a
 * toast timed out while its page was hidden (its hiding animation outlives the toast).
 */
void
kb_toast_overlay_show (AdwToastOverlay *overlay,
                       AdwToast        *toast)
{
  GPtrArray *held = g_object_get_data (G_OBJECT (overlay), "kb-toasts");
  ToastTimer *timer = g_new0 (ToastTimer, 1);

  g_return_if_fail (ADW_IS_TOAST_OVERLAY (overlay));
  g_return_if_fail (ADW_IS_TOAST (toast));

  if (held == NULL)
    {
      held = g_ptr_array_new_with_free_func (g_object_unref);
      g_object_set_data_full (G_OBJECT (overlay), "kb-toasts", held,
                              (GDestroyNotify) g_ptr_array_unref);
    }
  g_ptr_array_add (held, g_object_ref (toast));
  timer->toast = toast;
  timer->overlay = overlay;
  timer->timeout_id = g_timeout_add_seconds (1, toast_tick, timer);
  g_object_set_data_full (G_OBJECT (toast), "kb-toast-timer", timer, toast_timer_free);
  g_signal_connect (toast, "dismissed", G_CALLBACK (toast_timer_stop), timer);
  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (overlay, toast);
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
