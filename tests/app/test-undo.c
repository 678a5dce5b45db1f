/* Undo instead of loss (issue 17): X puts a card away and the toast's Undo brings it back; the
 * exported log says where it went, with Open; Forget This Session (×) takes the kept session
 * from the disk only when its toast goes without Undo, and Undo offers it again. */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "kb-application.h"
#include "kb-card-view.h"
#include "kb-library-page.h"
#include "kb-locale.h"
#include "kb-play-page.h"
#include "kb-session-store.h"
#include "kb-window.h"
#include "kb-ui-test.h"

static KbApplication *the_app;
static KbWindow *window;

/* A mapped button whose label (without its mnemonic) is @label. */
static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  if (GTK_IS_BUTTON (root) && gtk_widget_get_mapped (root) &&
      g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
button_shown (gpointer label)
{
  return find_button (GTK_WIDGET (window), label) != NULL;
}

static gboolean
button_gone (gpointer label)
{
  return find_button (GTK_WIDGET (window), label) == NULL;
}

static gboolean
label_shown (gpointer part)
{
  return kb_test_find_label (GTK_WIDGET (window), part) != NULL;
}

static const char *
current_id (void)
{
  KbCard *card = kb_session_get_current (kb_play_page_get_session (
                                           kb_window_get_play_page (window)));
  return card != NULL ? kb_card_get_id (card) : "";
}

static gboolean
current_is (gpointer expected)
{
  return g_str_equal (current_id (), expected);
}

static void
press_expect (const char *key,
              const char *expected)
{
  kb_test_press_key (GTK_WINDOW (window), key);
  if (!kb_test_wait_for (current_is, (gpointer) expected))
    g_error ("after %s expected card “%s”, the session shows “%s”", key, expected, current_id ());
}

static gboolean
has_toast (GtkWidget *root)
{
  if (g_str_equal (G_OBJECT_TYPE_NAME (root), "AdwToastWidget"))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_toast (child))
      return TRUE;
  return FALSE;
}

/* The toast has gone, its animation too (libadwaita 1.2 trips over a second toast dismissed
 * while the first one still leaves). */
static gboolean
toast_gone (gpointer data)
{
  return !has_toast (GTK_WIDGET (window));
}

/* A click, as GtkButton gives it on release (activate() would wait for its animation), once
 * the toast has been on screen for as long as a user needs to see it and reach for it. */
static void
click (GtkWidget *button)
{
  g_assert_nonnull (button);
  kb_test_wait_for_paint (GTK_WIDGET (window));
  kb_test_wait_ms (600);
  g_signal_emit_by_name (button, "clicked");
}

static void
test_put_away_undo_and_export (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "play", "data", "six-cards.json",
                                                 NULL);
  g_autoptr(GFile) deck = g_file_new_for_path (path);
  g_autofree char *dir = g_dir_make_tmp ("kb-undo-log-XXXXXX", NULL);
  g_autofree char *log_path = g_build_filename (dir, "log.md", NULL);
  g_autoptr(GFile) log_file = g_file_new_for_path (log_path);
  g_autoptr(GError) error = NULL;
  KbPlayPage *page;
  KbSessionLog *log;

  g_assert_true (kb_window_open_file (window, deck, KB_WINDOW_PLAY_CARDS));
  page = kb_window_get_play_page (window);
  g_assert_true (kb_test_wait_for (kb_test_is_mapped, kb_play_page_get_card_view (page)));
  kb_test_wait_for_paint (GTK_WIDGET (window));
  press_expect ("space", "a");
  press_expect ("space", "b");

  press_expect ("x", "c");
  g_assert_cmpuint (kb_session_get_n_put_away (kb_play_page_get_session (page)), ==, 1);
  g_assert_true (kb_test_wait_for (label_shown, (gpointer) "Card put away"));
  g_assert_true (kb_test_wait_for (button_shown, (gpointer) "_Undo"));
  click (find_button (GTK_WIDGET (window), "_Undo"));
  g_assert_true (kb_test_wait_for (current_is, (gpointer) "b"));
  g_assert_cmpuint (kb_session_get_n_put_away (kb_play_page_get_session (page)), ==, 0);
  g_assert_true (kb_test_wait_for (button_gone, (gpointer) "_Undo"));
  log = kb_play_page_get_log (page);
  g_assert_cmpint (kb_session_log_get_event (log, kb_session_log_get_n_entries (log) - 2), ==,
                   KB_LOG_PUT_BACK);

  /* The export says so, with Open. */
  g_assert_true (kb_play_page_export_log (page, log_file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_query_exists (log_file, NULL));
  g_assert_true (kb_test_wait_for (label_shown, (gpointer) "Session log saved as “log.md”"));
  g_assert_true (kb_test_wait_for (button_shown, (gpointer) "_Open"));
  g_assert_true (kb_test_wait_for (toast_gone, NULL));
  g_assert_true (g_file_delete (log_file, NULL, NULL));
  g_rmdir (dir);
}

static void
test_forget_session_undo (void)
{
  g_autoptr(GFile) store = kb_session_store_get_file ();
  KbLibraryPage *library;

  /* A new window offers the session kept on disk, as the next start does. */
  window = kb_window_new (the_app);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (kb_test_wait_for (kb_test_is_mapped, window));
  kb_test_wait_for_library (window);
  library = kb_window_get_library_page (window);
  g_assert_nonnull (kb_library_page_get_resumable (library));
  g_assert_true (g_file_query_exists (store, NULL));

  /* ×: the offer goes, the file stays while Undo can bring it back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (library), "library.forget-session",
                                             NULL));
  g_assert_null (kb_library_page_get_resumable (library));
  g_assert_true (kb_test_wait_for (button_shown, (gpointer) "_Undo"));
  g_assert_true (g_file_query_exists (store, NULL));
  click (find_button (GTK_WIDGET (window), "_Undo"));
  g_assert_nonnull (kb_library_page_get_resumable (library));
  g_assert_true (kb_test_wait_for (toast_gone, NULL));
  g_assert_true (g_file_query_exists (store, NULL));

  /* × again, and the toast goes by itself without Undo: now it is forgotten. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (library), "library.forget-session",
                                             NULL));
  g_assert_true (kb_test_wait_for (button_shown, (gpointer) "_Undo"));
  g_assert_true (g_file_query_exists (store, NULL));
  g_assert_true (kb_test_wait_for (toast_gone, NULL));
  g_assert_false (g_file_query_exists (store, NULL));
  g_assert_null (kb_library_page_get_resumable (library));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *state_dir = g_dir_make_tmp ("kb-undo-XXXXXX", NULL);
  int status;

  g_setenv ("XDG_STATE_HOME", state_dir, TRUE);
  g_setenv ("LANGUAGE", "en", TRUE);
  kb_locale_init ();
  gtk_test_init (&argc, &argv, NULL);
  if (!kb_test_can_press_keys ())
    {
      g_test_skip ("needs an X display (Xvfb) and xdotool");
      return 77;
    }
  the_app = kb_test_start_app ();
  window = KB_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (the_app)));
  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 700);

  g_test_add_func ("/app/undo/put-away-and-export", test_put_away_undo_and_export);
  g_test_add_func ("/app/undo/forget-session", test_forget_session_undo);

  status = g_test_run ();
  kb_test_stop_app (g_steal_pointer (&the_app));
  return status;
}
