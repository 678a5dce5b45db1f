/* The deck editor's keys, taken before the focused field sees them: Ctrl+S, Ctrl+Z and the
 * others are the editor's in every field; Alt+Up and Alt+Down move a card, or on the Board tab
 * a square. */
#define G_LOG_DOMAIN "kletsborden-editor"

#include "config.h"

#include "kb-editor-window-private.h"

/* Before the focused entry sees them: Ctrl+Z and the others are the editor's in every field.
 * (A shortcut controller took Ctrl+Z for Ctrl+Shift+Z: the keys are told apart here.) */
static gboolean
key_pressed (GtkEventControllerKey *controller,
             guint                  keyval,
             guint                  keycode,
             GdkModifierType        state,
             KbEditorWindow        *self)
{
  GdkModifierType mods = state & (GDK_CONTROL_MASK | GDK_SHIFT_MASK | GDK_ALT_MASK);
  guint key = gdk_keyval_to_lower (keyval);
  gboolean on_board = g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "board") == 0;
  const char *action = NULL;

  if (mods == GDK_CONTROL_MASK && key == GDK_KEY_s)
    action = "editor.save";
  else if (mods == GDK_CONTROL_MASK && key == GDK_KEY_z)
    action = "editor.undo";
  else if ((mods == (GDK_CONTROL_MASK | GDK_SHIFT_MASK) && key == GDK_KEY_z) ||
           (mods == GDK_CONTROL_MASK && key == GDK_KEY_y))
    action = "editor.redo";
  else if (mods == GDK_CONTROL_MASK && key == GDK_KEY_n)
    action = "editor.add-card";
  else if (mods == GDK_CONTROL_MASK && key == GDK_KEY_d)
    action = "editor.duplicate-card";
  else if (mods == GDK_ALT_MASK && (keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up))
    action = on_board ? "editor.move-square-up" : "editor.move-card-up";
  else if (mods == GDK_ALT_MASK && (keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down))
    action = on_board ? "editor.move-square-down" : "editor.move-card-down";
  if (action == NULL)
    return FALSE;
  gtk_widget_activate_action (GTK_WIDGET (self), action, NULL);
  return TRUE;
}

void
_kb_editor_keys_init (KbEditorWindow *self)
{
  GtkEventController *controller = gtk_event_controller_key_new ();

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "key-pressed", G_CALLBACK (key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}
