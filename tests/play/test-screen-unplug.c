/* Unplugging the projector while presenting (run by test-screen-unplug.sh in an X server with
 * two screens that it can take away): the audience window goes, the facilitator's window turns
 * back into the one play screen, and the session stays at the same card. */
#include "config.h"

#include "kb-application.h"
#include "kb-locale.h"
#include "kb-play-page.h"
#include "kb-window.h"
#include "kb-ui-test.h"

static KbWindow *window;

static gboolean
n_monitors_is (gpointer expected)
{
  return g_list_model_get_n_items (gdk_display_get_monitors (gdk_display_get_default ())) ==
         GPOINTER_TO_UINT (expected);
}

static gboolean
audience_gone (gpointer data)
{
  return kb_window_get_audience_window (window) == NULL;
}

static gboolean
audience_there (gpointer data)
{
  return kb_window_get_audience_window (window) != NULL;
}

static void
test_unplug (void)
{
  g_autoptr(KbApplication) app = kb_application_new (G_APPLICATION_NON_UNIQUE);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "play", "data", "six-cards.json",
                                                 NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  const char *unplug = g_getenv ("KB_TEST_UNPLUG_COMMAND");
  KbPlayPage *page;
  int status;

  g_assert_nonnull (unplug);
  g_assert_true (n_monitors_is (GUINT_TO_POINTER (2)));

  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_application_hold (G_APPLICATION (app));
  g_application_activate (G_APPLICATION (app));
  window = KB_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_true (kb_window_open_file (window, file, KB_WINDOW_PLAY_CARDS));
  g_assert_true (kb_test_wait_for (kb_test_is_mapped, window));
  page = kb_window_get_play_page (window);
  kb_session_next (kb_play_page_get_session (page));
  kb_session_next (kb_play_page_get_session (page));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  /* The room's window comes once the compositor has said where the main window is (or after
   * a moment, when it does not say). */
  g_assert_true (kb_test_wait_for (audience_there, NULL));
  g_assert_true (kb_test_wait_for (kb_test_is_mapped, kb_window_get_audience_window (window)));
  g_assert_true (kb_play_page_get_presenter (page));

  /* The projector goes away. */
  g_assert_true (g_spawn_command_line_sync (unplug, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (kb_test_wait_for (n_monitors_is, GUINT_TO_POINTER (1)));
  g_assert_true (kb_test_wait_for (audience_gone, NULL));
  g_assert_false (kb_play_page_get_presenter (page));
  g_assert_cmpstr (kb_window_get_visible_screen (window), ==, "play");
  g_assert_cmpstr (kb_card_get_id (kb_session_get_current (kb_play_page_get_session (page))), ==,
                   "b");

  gtk_window_destroy (GTK_WINDOW (window));
  g_application_release (G_APPLICATION (app));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *state_dir = g_dir_make_tmp ("kb-unplug-XXXXXX", NULL);

  g_setenv ("XDG_STATE_HOME", state_dir, TRUE);
  kb_locale_init ();
  gtk_test_init (&argc, &argv, NULL);
  g_test_add_func ("/play/present/unplug", test_unplug);
  return g_test_run ();
}
