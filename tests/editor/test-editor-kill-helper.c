/* The two halves of tests/editor/test-editor-draft-kill.sh: "type" makes a new deck and types
 * its title, then waits to be killed; "offered" starts again and takes the draft it is offered. */
#include "config.h"

#include "editor-test-util.h"
#include "kb-ui-test.h"
#include "kb-window.h"

#define TITLE "Kept through a crash"

static gboolean
title_typed (gpointer editor)
{
  const KbText *title = kb_deck_get_title_text (kb_editor_window_get_deck (editor));
  return title != NULL && g_strcmp0 (kb_text_get (title, "en", NULL), TITLE) == 0;
}

int
main (int argc, char **argv)
{
  KbApplication *app;
  KbWindow *window;
  KbEditorWindow *editor;
  GtkWindow *dialog;

  /* Both halves on the data folder the script gives them. */
  window = kb_editor_test_start (&argc, &argv, &app);
  g_assert_cmpint (argc, ==, 2);

  if (g_str_equal (argv[1], "type"))
    {
      g_assert_null (kb_editor_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
      kb_editor_test_press (GTK_WINDOW (window), "ctrl+n");
      editor = kb_editor_test_wait_editor (app);
      kb_editor_test_type (GTK_WINDOW (editor), TITLE);
      g_assert_true (kb_test_wait_for (title_typed, editor));
      g_print ("typed\n");
      /* Until the kill -9: the draft is the only thing that can keep the title. */
      for (;;)
        g_main_context_iteration (NULL, TRUE);
    }

  /* "offered": the next start asks; Go On Editing (as a click: under Xvfb the dialog's
   * Return was not always handed on by its frame clock before it closed). */
  dialog = kb_editor_test_wait_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "edit");
  editor = kb_editor_test_wait_editor (app);
  g_assert_true (title_typed (editor));
  g_assert_true (kb_editor_window_is_dirty (editor));
  g_print ("# offered and restored\n");   /* a TAP comment: this runs inside the TAP stream */
  _exit (0);   /* the restored editor would ask before closing: nothing to tidy here */
}
