/* Toasts, one at a time per overlay, shown long enough, and gone only while seen.
 *
 * libadwaita 1.2 frees a toast's bookkeeping when its hiding animation ends, while the showing
 * animation may still run and then touches it (fixed upstream in 1.3, commit 1674ebc9). That
 * happens when a toast is dismissed before its showing has ended: a toast replaced by the next
 * at once (a save failing on every card, S pressed twice), or one that replaces another (its
 * showing then takes 500 ms instead of 300). So here a toast enters its overlay only when the
 * one before has fully hidden, and is dismissed by the app no sooner than its showing ended. */
#define G_LOG_DOMAIN "kletsborden-toast"

#include "config.h"

#include "kb-toast-queue.h"

/* libadwaita 1.2's SHOW_DURATION and HIDE_DURATION are 300 ms; a margin of frames on top. */
#define SETTLE_MS 450
#define DEFAULT_SECONDS 5

typedef struct
{
  AdwToastOverlay *overlay;    /* borrowed: this is its data */
  GQueue waiting;              /* AdwToast, owned */
  AdwToast *current;           /* owned; in the overlay */
  gint64 free_at;              /* monotonic µs: the next toast may enter */
  guint pump_id;
} ToastQueue;

typedef struct
{
  ToastQueue *queue;           /* borrowed: a toast leaves it before it goes */
  gint64 shown_at;             /* monotonic µs; 0 while waiting */
  guint seconds;               /* 0: stays until dismissed */
  guint seconds_seen;
  guint tick_id;
  guint dismiss_id;
} ToastState;

static void pump (ToastQueue *queue);

static ToastState *
toast_state (AdwToast *toast)
{
  return g_object_get_data (G_OBJECT (toast), "kb-toast-state");
}

static void
toast_state_free (gpointer data)
{
  ToastState *state = data;

  g_clear_handle_id (&state->tick_id, g_source_remove);
  g_clear_handle_id (&state->dismiss_id, g_source_remove);
  g_free (state);
}

static void
toast_queue_free (gpointer data)
{
  ToastQueue *queue = data;
  AdwToast *toast;

  g_clear_handle_id (&queue->pump_id, g_source_remove);
  while ((toast = g_queue_pop_head (&queue->waiting)) != NULL)
    {
      toast_state (toast)->queue = NULL;
      g_object_unref (toast);
    }
  if (queue->current != NULL)
    {
      g_signal_handlers_disconnect_by_data (queue->current, queue);
      toast_state (queue->current)->queue = NULL;
      g_clear_object (&queue->current);
    }
  g_free (queue);
}

static gboolean
pump_later (gpointer data)
{
  ToastQueue *queue = data;

  queue->pump_id = 0;
  pump (queue);
  return G_SOURCE_REMOVE;
}

static void
current_dismissed (AdwToast   *toast,
                   ToastQueue *queue)
{
  ToastState *state = toast_state (toast);

  g_clear_handle_id (&state->tick_id, g_source_remove);
  state->queue = NULL;
  g_signal_handlers_disconnect_by_data (toast, queue);
  g_clear_object (&queue->current);
  queue->free_at = g_get_monotonic_time () + SETTLE_MS * G_TIME_SPAN_MILLISECOND;
  pump (queue);
}

/* A toast goes after its seconds on screen, never while its page is hidden. */
static gboolean
toast_tick (gpointer data)
{
  AdwToast *toast = data;
  ToastState *state = toast_state (toast);

  if (state->queue != NULL && gtk_widget_get_mapped (GTK_WIDGET (state->queue->overlay)) &&
      ++state->seconds_seen >= state->seconds)
    {
      state->tick_id = 0;
      kb_toast_dismiss (toast);
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

static void
pump (ToastQueue *queue)
{
  gint64 now = g_get_monotonic_time ();
  AdwToast *toast;
  ToastState *state;

  if (queue->current != NULL || g_queue_is_empty (&queue->waiting))
    return;
  if (now < queue->free_at)
    {
      if (queue->pump_id == 0)
        queue->pump_id = g_timeout_add ((queue->free_at - now) / G_TIME_SPAN_MILLISECOND + 1,
                                        pump_later, queue);
      return;
    }
  toast = g_queue_pop_head (&queue->waiting);
  queue->current = toast;
  state = toast_state (toast);
  state->shown_at = now;
  if (state->seconds > 0)
    state->tick_id = g_timeout_add_seconds (1, toast_tick, toast);
  g_signal_connect (toast, "dismissed", G_CALLBACK (current_dismissed), queue);
  adw_toast_overlay_add_toast (queue->overlay, g_object_ref (toast));
}

/**
 * kb_toast_overlay_show:
 * @toast: (transfer full): the toast; its timeout counts only while the overlay is on screen
 */
void
kb_toast_overlay_show (AdwToastOverlay *overlay,
                       AdwToast        *toast)
{
  ToastQueue *queue;
  ToastState *state;

  g_return_if_fail (ADW_IS_TOAST_OVERLAY (overlay));
  g_return_if_fail (ADW_IS_TOAST (toast));
  g_return_if_fail (toast_state (toast) == NULL);

  queue = g_object_get_data (G_OBJECT (overlay), "kb-toast-queue");
  if (queue == NULL)
    {
      queue = g_new0 (ToastQueue, 1);
      queue->overlay = overlay;
      g_object_set_data_full (G_OBJECT (overlay), "kb-toast-queue", queue, toast_queue_free);
    }
  state = g_new0 (ToastState, 1);
  state->queue = queue;
  state->seconds = adw_toast_get_timeout (toast);
  g_object_set_data_full (G_OBJECT (toast), "kb-toast-state", state, toast_state_free);
  adw_toast_set_timeout (toast, 0);
  g_queue_push_tail (&queue->waiting, toast);
  pump (queue);
}

static gboolean
dismiss_later (gpointer data)
{
  AdwToast *toast = data;

  toast_state (toast)->dismiss_id = 0;
  kb_toast_dismiss (toast);
  return G_SOURCE_REMOVE;
}

/**
 * kb_toast_dismiss:
 *
 * Takes @toast away, as adw_toast_dismiss() does ("dismissed" is emitted), but only once its
 * showing has ended; a toast still waiting for its turn leaves the queue at once.
 */
void
kb_toast_dismiss (AdwToast *toast)
{
  ToastState *state;
  ToastQueue *queue;
  gint64 settled_at;
  gint64 now = g_get_monotonic_time ();

  g_return_if_fail (ADW_IS_TOAST (toast));

  state = toast_state (toast);
  if (state == NULL || state->queue == NULL)
    return;   /* not ours, or gone already */
  queue = state->queue;
  if (state->shown_at == 0)
    {
      g_queue_remove (&queue->waiting, toast);
      state->queue = NULL;
      g_signal_emit_by_name (toast, "dismissed");
      g_object_unref (toast);
      return;
    }
  settled_at = state->shown_at + SETTLE_MS * G_TIME_SPAN_MILLISECOND;
  if (now < settled_at)
    {
      if (state->dismiss_id == 0)
        state->dismiss_id = g_timeout_add_full (G_PRIORITY_DEFAULT,
                                                (settled_at - now) / G_TIME_SPAN_MILLISECOND + 1,
                                                dismiss_later, g_object_ref (toast),
                                                g_object_unref);
      return;
    }
  adw_toast_dismiss (toast);
}
