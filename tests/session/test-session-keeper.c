/* The session keeper: every move on disk with its log, card events become log entries, the kept
 * session comes back at its place, a draw adds a journal line and never writes session.json
 * again, a save that fails is told once, until one works again, and a
 * kept session that cannot be read (tests/session/data/kept-bad/NAME.json, with the message it
 * must give in NAME.expected) is set aside as session.json.damaged-DATE and told. */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "kb-damaged-file.h"
#include "kb-deck-entry.h"
#include "kb-journal-test.h"
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
  /* Written off the main thread, as every move is. */
  g_assert_true (kb_session_keeper_flush (keeper, &error));
  g_assert_no_error (error);
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

/* The kept session's deck is the one the library read already, not a second parse of its file. */
static void
test_deck_read_once (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "play", "data", "six-cards.json",
                                                 NULL);
  g_autoptr(GFile) deck_file = g_file_new_for_path (path);
  g_autoptr(KbDeckEntry) entry = kb_deck_entry_load (deck_file);
  g_autoptr(KbSession) session = kb_session_new (kb_deck_entry_get_deck (entry));
  g_autoptr(KbSessionKeeper) keeper = kb_session_keeper_new ();
  g_autoptr(KbSession) kept = NULL;
  g_autoptr(GError) error = NULL;

  kb_session_keeper_keep (keeper, session, NULL);
  kb_session_next (session);
  g_assert_true (kb_session_keeper_flush (keeper, NULL));
  kept = kb_session_keeper_load_kept (NULL, &error);
  g_assert_no_error (error);
  g_assert_true (kb_session_get_deck (kept) == kb_deck_entry_get_deck (entry));
  kb_session_keeper_keep (keeper, NULL, NULL);
  g_assert_true (kb_session_keeper_forget_kept (&error));
}

/* Shuffles and language switches are in the log too; a case is logged by its title; a card
 * put back (Undo) is logged and on screen again. */
static void
test_log_events (void)
{
  g_autoptr(KbDeck) deck = load_deck ();
  g_autoptr(KbSession) session = kb_session_new (deck);
  g_autoptr(KbSessionKeeper) keeper = kb_session_keeper_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *markdown = NULL;
  KbSessionLog *log;
  KbCard *put_away;
  const char *other;
  guint n;

  kb_session_keeper_keep (keeper, session, NULL);
  log = kb_session_keeper_get_log (keeper);
  kb_session_shuffle (session, 7);
  g_assert_cmpint (kb_session_log_get_event (log, 0), ==, KB_LOG_SHUFFLED);
  g_assert_cmpstr (kb_session_log_get_card_id (log, 0), ==, "");
  /* The session starts in the user's language: switch to the other. */
  other = g_str_equal (kb_session_get_language (session), "en") ? "nl" : "en";
  kb_session_set_language (session, other);
  g_assert_cmpint (kb_session_log_get_event (log, 1), ==, KB_LOG_LANGUAGE);
  g_assert_cmpstr (kb_session_log_get_card_text (log, 1), ==, other);

  /* Through the deck to the case: its row carries the title, not the situation. */
  while (kb_session_next (session) &&
         !g_str_equal (kb_card_get_id (kb_session_get_current (session)), "e"))
    ;
  n = kb_session_log_get_n_entries (log);
  g_assert_cmpstr (kb_session_log_get_card_id (log, n - 1), ==, "e");
  g_assert_cmpstr (kb_session_log_get_card_text (log, n - 1), ==,
                   kb_text_get (kb_card_get_title (kb_session_get_current (session)), other,
                                "nl"));

  put_away = kb_session_get_current (session);
  kb_session_put_away (session);
  g_assert_true (kb_session_get_current (session) != put_away);
  g_assert_true (kb_session_put_back (session, put_away));
  g_assert_true (kb_session_get_current (session) == put_away);
  g_assert_false (kb_session_put_back (session, put_away));
  n = kb_session_log_get_n_entries (log);
  g_assert_cmpint (kb_session_log_get_event (log, n - 2), ==, KB_LOG_PUT_BACK);
  g_assert_cmpint (kb_session_log_get_event (log, n - 1), ==, KB_LOG_SHOWN);
  g_assert_cmpuint (kb_session_get_n_put_away (session), ==, 0);

  markdown = kb_session_log_to_markdown (log);
  g_assert_nonnull (strstr (markdown, " | shuffled |  |\n"));
  g_assert_nonnull (strstr (markdown, " | language | "));
  g_assert_nonnull (strstr (markdown, " | back in the deck | "));
  kb_session_keeper_keep (keeper, NULL, NULL);
  g_assert_true (kb_session_keeper_forget_kept (&error));
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
  /* The keeping is written off the main thread: told at the next flush, or from the main loop. */
  g_assert_false (kb_session_keeper_flush (keeper, NULL));
  g_assert_cmpuint (n_failed, ==, 1);
  g_assert_true (kb_session_keeper_get_failing (keeper));
  kb_session_next (session);
  kb_session_next (session);
  /* Told once, not at every move; the session goes on in memory. */
  g_assert_cmpuint (n_failed, ==, 1);
  g_assert_cmpuint (kb_session_get_position (session), ==, 2);

  g_assert_cmpint (g_unlink (dir_path), ==, 0);
  kb_session_next (session);
  /* Moves are written off the main thread: wait for the disk, as the window's end does. */
  g_assert_true (kb_session_keeper_flush (keeper, NULL));
  g_assert_false (kb_session_keeper_get_failing (keeper));
  g_assert_true (g_file_query_exists (file, NULL));

  g_assert_true (kb_session_store_clear (NULL));   /* the session and its journal */
  g_assert_cmpint (g_rmdir (dir_path), ==, 0);
  g_assert_true (g_file_set_contents (dir_path, "in the way", -1, NULL));
  kb_session_next (session);
  g_assert_false (kb_session_keeper_flush (keeper, NULL));
  g_assert_cmpuint (n_failed, ==, 2);
  g_assert_cmpint (g_unlink (dir_path), ==, 0);
}


static void
test_damaged_set_aside (gconstpointer data)
{
  const char *bad_path = data;
  g_autofree char *stem = g_strndup (bad_path, strlen (bad_path) - strlen (".json"));
  g_autofree char *expected_path = g_strconcat (stem, ".expected", NULL);
  g_autofree char *expected_text = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *moved = NULL;
  g_autoptr(GFile) file = kb_session_store_get_file ();
  g_autoptr(GFile) dir = g_file_get_parent (file);
  g_autoptr(GDir) listing = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(KbSessionLog) log = NULL;
  g_autoptr(KbSession) kept = NULL;
  g_autoptr(GString) expected = NULL;
  g_autofree char *aside = NULL;
  const char *name;
  gsize length, moved_length;

  g_assert_true (g_file_get_contents (expected_path, &expected_text, NULL, NULL));
  g_strchomp (expected_text);
  g_assert_true (g_file_get_contents (bad_path, &contents, &length, NULL));
  g_assert_cmpint (g_mkdir_with_parents (g_file_peek_path (dir), 0700), ==, 0);
  g_assert_true (g_file_set_contents (g_file_peek_path (file), contents, (gssize) length, NULL));

  kept = kb_session_keeper_load_kept (&log, &error);
  g_assert_null (kept);
  g_assert_null (log);
  g_assert_error (error, KB_DAMAGED_FILE_ERROR, KB_DAMAGED_FILE_ERROR_SET_ASIDE);
  g_assert_false (g_file_query_exists (file, NULL));
  listing = g_dir_open (g_file_peek_path (dir), 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    if (g_str_has_prefix (name, "session.json.damaged-"))
      {
        g_assert_null (aside);
        aside = g_build_filename (g_file_peek_path (dir), name, NULL);
      }
  g_assert_nonnull (aside);
  g_assert_true (g_file_get_contents (aside, &moved, &moved_length, NULL));
  g_assert_cmpmem (moved, moved_length, contents, length);
  expected = g_string_new (expected_text);
  g_string_replace (expected, "@FILE@", g_file_peek_path (file), 0);
  g_string_replace (expected, "@ASIDE@", aside, 0);
  g_assert_cmpstr (error->message, ==, expected->str);

  /* Once aside, the next start is quiet. */
  g_clear_error (&error);
  g_assert_null (kb_session_keeper_load_kept (NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_unlink (aside), ==, 0);
}

typedef struct
{
  KbSession *session;
  KbSessionKeeper *keeper;
} Drawing;

static void
draw_card (gpointer data)
{
  Drawing *d = data;

  /* At the end of the deck: back to its start, and on. */
  if (!kb_session_next (d->session))
    {
      while (kb_session_previous (d->session))
        ;
      g_assert_true (kb_session_next (d->session));
    }
}

static gboolean
flush_session (gpointer data)
{
  Drawing *d = data;

  return kb_session_keeper_flush (d->keeper, NULL);
}

/* Finding 6: a draw adds a line to the session's journal; session.json is not written again. */
static void
test_move_appends_a_line (void)
{
  g_autoptr(KbDeck) deck = load_deck ();
  g_autoptr(KbSession) session = kb_session_new (deck);
  g_autoptr(KbSessionKeeper) keeper = kb_session_keeper_new ();
  g_autoptr(GFile) file = kb_session_store_get_file ();
  Drawing drawing = { session, keeper };

  kb_session_keeper_keep (keeper, session, NULL);
  kb_test_assert_moves_append (file, 40, draw_card, flush_session, &drawing);
  kb_session_keeper_keep (keeper, NULL, NULL);
  g_assert_true (kb_session_keeper_forget_kept (NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) bad_files = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *bad_dir = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  kb_locale_init ();
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_test_add_func ("/session/keeper/keep-and-resume", test_keep_and_resume);
  g_test_add_func ("/session/keeper/save-failed", test_save_failed);
  g_test_add_func ("/session/keeper/deck-read-once", test_deck_read_once);
  g_test_add_func ("/session/keeper/move-appends-a-line", test_move_appends_a_line);
  bad_dir = g_test_build_filename (G_TEST_DIST, "session", "data", "kept-bad", NULL);
  dir = g_dir_open (bad_dir, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      {
        g_autofree char *path = g_strdup_printf ("/session/keeper/set-aside/%s", name);
        char *bad = g_build_filename (bad_dir, name, NULL);

        g_ptr_array_add (bad_files, bad);
        g_test_add_data_func (path, bad, test_damaged_set_aside);
      }
  g_test_add_func ("/session/keeper/log-events", test_log_events);
  return g_test_run ();
}
