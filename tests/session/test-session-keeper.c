/* The session keeper: every move on disk with its log, card events become log entries, the kept
 * session comes back at its place, and a save that fails is told once, until one works again. */
#include "config.h"

#include <glib/gstdio.h>

#include "kb-locale.h"
#include "kb-session-keeper.h"
#include "kb-session-store.h"

static KbDeck *
load_deck (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "play", "data", "six-cards.json",
                                                 NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  KbDeck *deck = kb_deck_new_from_file (file, &error);

  g_assert_no_error (error);
  return deck;
}

static void
test_keep_and_resume (void)
{
  g_autoptr(KbDeck) deck = load_deck ();
  g_autoptr(KbSession) session = kb_session_new (deck);
  g_autoptr(KbSessionKeeper) keeper = kb_session_keeper_new ();
  g_autoptr(KbSessionLog) log = NULL;
  g_autoptr(KbSession) kept = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = kb_session_store_get_file ();

  kept = kb_session_keeper_load_kept (&log, &error);
  g_assert_no_error (error);
  g_assert_null (kept);
  g_assert_null (log);

  kb_session_keeper_keep (keeper, session, NULL);
  g_assert_true (g_file_query_exists (file, NULL));
  g_assert_true (kb_session_keeper_get_session (keeper) == session);
  kb_session_next (session);
  kb_session_next (session);
  kb_session_pass (session);
  kb_session_next (session);
  kb_session_put_away (session);

  /* Shown, shown, passed and the next shown, shown, put away and the next shown. */
  g_assert_cmpuint (kb_session_log_get_n_entries (kb_session_keeper_get_log (keeper)), ==, 7);
  g_assert_cmpint (kb_session_log_get_event (kb_session_keeper_get_log (keeper), 2), ==,
                   KB_LOG_PASSED);
  g_assert_cmpint (kb_session_log_get_event (kb_session_keeper_get_log (keeper), 5), ==,
                   KB_LOG_PUT_AWAY);

  kept = kb_session_keeper_load_kept (&log, &error);
  g_assert_no_error (error);
  g_assert_nonnull (kept);
  g_assert_nonnull (log);
  g_assert_cmpuint (kb_session_get_position (kept), ==, kb_session_get_position (session));
  g_assert_cmpstr (kb_card_get_id (kb_session_get_current (kept)), ==,
                   kb_card_get_id (kb_session_get_current (session)));
  g_assert_cmpuint (kb_session_log_get_n_entries (log), ==, 7);

  /* Going on with the kept session goes on with its log. */
  kb_session_keeper_keep (keeper, kept, log);
  kb_session_next (kept);
  g_assert_cmpuint (kb_session_log_get_n_entries (log), ==, 8);
  kb_session_keeper_keep (keeper, NULL, NULL);
  kb_session_next (kept);
  g_assert_cmpuint (kb_session_log_get_n_entries (log), ==, 8);

  g_assert_true (kb_session_keeper_forget_kept (&error));
  g_assert_no_error (error);
  g_assert_false (g_file_query_exists (file, NULL));
}

static void
count_failure (KbSessionKeeper *keeper,
               const GError    *error,
               guint           *n)
{
  g_assert_nonnull (error);
  g_assert_nonnull (error->message);
  (*n)++;
}

static void
test_save_failed (void)
{
  g_autoptr(KbDeck) deck = load_deck ();
  g_autoptr(KbSession) session = kb_session_new (deck);
  g_autoptr(KbSessionKeeper) keeper = kb_session_keeper_new ();
  g_autoptr(GFile) file = kb_session_store_get_file ();
  g_autoptr(GFile) dir = g_file_get_parent (file);
  g_autofree char *dir_path = g_file_get_path (dir);
  guint n_failed = 0;

  /* A file where the folder should be: every save fails. */
  g_assert_cmpint (g_mkdir_with_parents (g_get_user_state_dir (), 0700), ==, 0);
  g_assert_true (g_file_set_contents (dir_path, "in the way", -1, NULL));
  g_signal_connect (keeper, "save-failed", G_CALLBACK (count_failure), &n_failed);
  kb_session_keeper_keep (keeper, session, NULL);
  g_assert_cmpuint (n_failed, ==, 1);
  g_assert_true (kb_session_keeper_get_failing (keeper));
  kb_session_next (session);
  kb_session_next (session);
  /* Told once, not at every move; the session goes on in memory. */
  g_assert_cmpuint (n_failed, ==, 1);
  g_assert_cmpuint (kb_session_get_position (session), ==, 2);

  g_assert_cmpint (g_unlink (dir_path), ==, 0);
  kb_session_next (session);
  g_assert_false (kb_session_keeper_get_failing (keeper));
  g_assert_true (g_file_query_exists (file, NULL));

  g_assert_true (g_file_delete (file, NULL, NULL));
  g_assert_cmpint (g_rmdir (dir_path), ==, 0);
  g_assert_true (g_file_set_contents (dir_path, "in the way", -1, NULL));
  kb_session_next (session);
  g_assert_cmpuint (n_failed, ==, 2);
  g_assert_cmpint (g_unlink (dir_path), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  kb_locale_init ();
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/session/keeper/keep-and-resume", test_keep_and_resume);
  g_test_add_func ("/session/keeper/save-failed", test_save_failed);
  return g_test_run ();
}
