/* The deck editor's drag and drop: a card in the list, or a square of the board, dropped on
 * another row goes to that place (the keyboard does the same with Alt+Up and Alt+Down). What
 * is dragged is a string, "kb-card:3", so a text dropped from elsewhere is only refused. */
#define G_LOG_DOMAIN "kletsborden-editor"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "kb-editor-window-private.h"

static GdkContentProvider *
drag_prepare (GtkDragSource *source,
              double         x,
              double         y,
              const char    *kind)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "kb-drag-index"));
  g_autofree char *what = g_strdup_printf ("%s:%u", kind, index);

  return gdk_content_provider_new_typed (G_TYPE_STRING, what);
}

static void
drag_begin (GtkDragSource *source,
            GdkDrag       *drag,
            gpointer       data)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (row);

  gtk_drag_source_set_icon (source, paintable, 0, 0);
}

typedef struct
{
  KbEditorWindow *self;
  gboolean card;
  guint from;
  guint to;
} Move;

/* After the drop: the move builds the rows anew, the one dropped on among them. */
static gboolean
move_idle (gpointer data)
{
  Move *move = data;

  if (move->card)
    _kb_editor_move_card (move->self, move->from, (int) move->to);
  else
    _kb_editor_move_square (move->self, move->from, move->to);
  g_object_unref (move->self);
  g_free (move);
  return G_SOURCE_REMOVE;
}

static gboolean
dropped (GtkDropTarget  *target,
         const GValue   *value,
         double          x,
         double          y,
         KbEditorWindow *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  const char *kind = g_object_get_data (G_OBJECT (row), "kb-drag-kind");
  guint to = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "kb-drag-index"));
  const char *what = g_value_get_string (value);
  g_autofree char *prefix = g_strconcat (kind, ":", NULL);
  Move *move;
  guint from;

  if (what == NULL || !g_str_has_prefix (what, prefix) ||
      sscanf (what + strlen (prefix), "%u", &from) != 1)
    return FALSE;
  move = g_new0 (Move, 1);
  move->self = g_object_ref (self);
  move->card = g_str_equal (kind, "kb-card");
  move->from = from;
  move->to = to;
  g_idle_add (move_idle, move);
  return TRUE;
}

static void
drag_init (KbEditorWindow *self,
           GtkWidget      *row,
           guint           index,
           const char     *kind)
{
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_MOVE);

  g_object_set_data (G_OBJECT (row), "kb-drag-index", GUINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (row), "kb-drag-kind", (gpointer) kind);
  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare), (gpointer) kind);
  g_signal_connect (source, "drag-begin", G_CALLBACK (drag_begin), NULL);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (source));
  g_signal_connect (target, "drop", G_CALLBACK (dropped), self);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (target));
}

void
_kb_editor_card_drag_init (KbEditorWindow *self,
                           GtkWidget      *row,
                           guint           index)
{
  drag_init (self, row, index, "kb-card");
}

void
_kb_editor_square_drag_init (KbEditorWindow *self,
                             GtkWidget      *row,
                             guint           index)
{
  drag_init (self, row, index, "kb-square");
}
