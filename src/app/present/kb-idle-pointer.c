/* The pointer over the room's view hides after a moment of stillness (as pdfpc and Impress do),
 * so no arrow sits on the card; any movement brings it back. */
#define G_LOG_DOMAIN "kletsborden-idle-pointer"

#include "config.h"

#include "kb-idle-pointer.h"

#define IDLE_MS 2000
#define DATA_KEY "kb-idle-pointer"

typedef struct
{
  GtkWidget *widget;             /* borrowed: the widget owns this struct */
  GtkEventController *motion;
  guint timeout_id;
  double x, y;
} IdlePointer;

static gboolean
hide_pointer (gpointer data)
{
  IdlePointer *idle = data;

  idle->timeout_id = 0;
  gtk_widget_set_cursor_from_name (idle->widget, "none");
  return G_SOURCE_REMOVE;
}

static void
restart (IdlePointer *idle)
{
  g_clear_handle_id (&idle->timeout_id, g_source_remove);
  idle->timeout_id = g_timeout_add (IDLE_MS, hide_pointer, idle);
}

static void
pointer_moved (GtkEventControllerMotion *motion,
               double                    x,
               double                    y,
               IdlePointer              *idle)
{
  /* Some compositors repeat the last position when a window changes: that is no movement. */
  if (x == idle->x && y == idle->y)
    return;
  idle->x = x;
  idle->y = y;
  gtk_widget_set_cursor (idle->widget, NULL);
  restart (idle);
}

static void
idle_pointer_free (IdlePointer *idle)
{
  /* Also run when the widget is finalized: the controller goes with it. */
  g_clear_handle_id (&idle->timeout_id, g_source_remove);
  g_free (idle);
}

/* While @enabled, the pointer over @widget hides after two seconds without movement. */
void
kb_idle_pointer_set_enabled (GtkWidget *widget,
                             gboolean   enabled)
{
  IdlePointer *idle;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  idle = g_object_get_data (G_OBJECT (widget), DATA_KEY);
  if (!enabled)
    {
      if (idle != NULL)
        {
          gtk_widget_remove_controller (widget, idle->motion);
          gtk_widget_set_cursor (widget, NULL);
          g_object_set_data (G_OBJECT (widget), DATA_KEY, NULL);
        }
      return;
    }
  if (idle != NULL)
    return;
  idle = g_new0 (IdlePointer, 1);
  idle->widget = widget;
  idle->x = idle->y = -1;
  idle->motion = gtk_event_controller_motion_new ();
  g_signal_connect (idle->motion, "motion", G_CALLBACK (pointer_moved), idle);
  gtk_widget_add_controller (widget, idle->motion);
  g_object_set_data_full (G_OBJECT (widget), DATA_KEY, idle, (GDestroyNotify) idle_pointer_free);
  restart (idle);
}
