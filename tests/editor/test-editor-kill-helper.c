/* The two halves of tests/editor/test-editor-draft-kill.sh: "type" makes a new deck and types
 * its title, then waits to be killed; "offered" starts again and takes the draft it is offered. */
#include "config.h"

#include <string.h>

#include "editor-test-util.h"
#include "kb-ui-test.h"
#include "kb-window.h"

#define TITLE "Kept through a crash"

static AdwMessageDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (toplevels, i);
      if (ADW_IS_MESSAGE_DIALOG (item) && gtk_widget_get_mapped (GTK_WIDGET (item)))
        return ADW_MESSAGE_DIALOG (item);
    }
  return NULL;
}

static gboolean
dialog_shown (gpointer data)
{
  return find_dialog () != NULL;
}

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

  gtk_test_init (&argc, &argv, NULL);
  g_assert_cmpint (argc, ==, 2);
  app = kb_test_start_app ();
  window = KB_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  kb_test_wait_for_paint (GTK_WIDGET (window));
  kb_test_wait_for_library (window);

  if (g_str_equal (argv[1], "type"))
    {
      g_assert_null (find_dialog ());
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
  g_assert_true (kb_test_wait_for (dialog_shown, NULL));
  kb_test_wait_for_paint (GTK_WIDGET (find_dialog ()));
  adw_message_dialog_response (find_dialog (), "edit");
  editor = kb_editor_test_wait_editor (app);
  g_assert_true (title_typed (editor));
  g_assert_true (kb_editor_window_is_dirty (editor));
  g_print ("offered and restored\n");
  _exit (0);   /* the restored editor would ask before closing: nothing to tidy here */
}
