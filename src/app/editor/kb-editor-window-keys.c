/* The deck editor's keys, from the one table (kb-shortcuts.c), taken before the focused field
 * sees them: Ctrl+S, Ctrl+Z and the others are the editor's in every field; Alt+Up and Alt+Down
 * move a card, or on the Board tab a square. */
#define G_LOG_DOMAIN "kletsborden-editor"

#include "config.h"

#include "kb-editor-window-private.h"
#include "kb-shortcuts.h"

static void
move (GtkWidget  *widget,
      const char *direction)
{
  KbEditorWindow *self = KB_EDITOR_WINDOW (widget);
  gboolean on_board = g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "board") == 0;
  g_autofree char *action = g_strdup_printf ("editor.move-%s-%s", on_board ? "square" : "card",
                                             direction);

  gtk_widget_activate_action (widget, action, NULL);
}

static void
move_up_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  move (widget, "up");
}

static void
move_down_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  move (widget, "down");
}

void
_kb_editor_keys_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "editor.move-up", NULL, move_up_action);
  gtk_widget_class_install_action (widget_class, "editor.move-down", NULL, move_down_action);
}

void
_kb_editor_keys_init (KbEditorWindow *self)
{
  kb_shortcuts_add_controller (GTK_WIDGET (self), KB_SHORTCUTS_EDITOR, NULL);
}
