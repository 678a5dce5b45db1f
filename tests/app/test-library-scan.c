/* The library looks for its decks in a worker thread: the window shows at once with a spinner,
 * tiles come in while the scan goes on, a window closed halfway does not crash, and a deck the
 * library read is the deck a file opened from outside plays (read once). The scan is held up
 * deterministically through the page's scan hook, never by timing. */
#include "config.h"

#include <glib/gstdio.h>

#include "kb-application.h"
#include "kb-deck-library.h"
#include "kb-locale.h"
#include "kb-ui-test.h"
#include "kb-window.h"

#define N_OWN_DECKS 12

static KbApplication *the_app;
static char *data_home;

/* The scan's worker waits here after each deck until the test lets it pass. */
static struct
{
  GMutex lock;
  GCond changed;
  guint read;       /* decks the worker has read */
  guint allowed;    /* decks it may hand over */
  guint finished;   /* scans that handed over all they found */
} gate;

static void
gate_hook (GFile    *file,
           gpointer  user_data)
{
  g_mutex_lock (&gate.lock);
  if (file == NULL)
    gate.finished++;
  else
    {
      gate.read++;
      while (gate.read > gate.allowed)
        g_cond_wait (&gate.changed, &gate.lock);
    }
  g_cond_broadcast (&gate.changed);
  g_mutex_unlock (&gate.lock);
}

static void
gate_reset (guint allowed)
{
  g_mutex_lock (&gate.lock);
  gate.read = 0;
  gate.allowed = allowed;
  gate.finished = 0;
  g_mutex_unlock (&gate.lock);
}

static void
gate_allow (guint allowed)
{
  g_mutex_lock (&gate.lock);
  gate.allowed = allowed;
  g_cond_broadcast (&gate.changed);
  g_mutex_unlock (&gate.lock);
}

static guint
gate_get (guint *field)
{
  guint value;

  g_mutex_lock (&gate.lock);
  value = *field;
  g_mutex_unlock (&gate.lock);
  return value;
}

static gboolean
worker_waits (gpointer data)
{
  return gate_get (&gate.read) > gate_get (&gate.allowed);
}

static gboolean
scan_finished (gpointer data)
{
  return gate_get (&gate.finished) > 0;
}

static gboolean
is_gone (gpointer pointer_to_pointer)
{
  return *(gpointer *) pointer_to_pointer == NULL;
}

static gboolean
has_decks (gpointer library)
{
  return g_list_model_get_n_items (kb_library_page_get_decks (library)) >= 1;
}

/* N_OWN_DECKS decks of one's own, each in a folder of its own as the editor saves them. */
static void
make_own_decks (void)
{
  g_autofree char *contents = NULL;
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "play", "data", "six-cards.json",
                                                   NULL);

  g_assert_true (g_file_get_contents (source, &contents, NULL, NULL));
  for (guint i = 0; i < N_OWN_DECKS; i++)
    {
      g_autofree char *name = g_strdup_printf ("deck-%02u", i);
      g_autofree char *folder = g_build_filename (data_home, "kletsborden", "decks", name, NULL);
      g_autofree char *json = g_strconcat (name, ".json", NULL);
      g_autofree char *path = g_build_filename (folder, json, NULL);

      g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
      g_assert_true (g_file_set_contents (path, contents, -1, NULL));
    }
}

static guint
count_decks_to_find (void)
{
  g_autoptr(GListModel) decks = kb_deck_library_scan (NULL);

  return g_list_model_get_n_items (decks);
}

/* A new window whose scan may hand over @allowed decks, then waits. */
static KbWindow *
open_window (guint allowed)
{
  GtkWindow *window;

  gate_reset (allowed);
  g_application_activate (G_APPLICATION (the_app));
  window = gtk_application_get_active_window (GTK_APPLICATION (the_app));
  g_assert_true (KB_IS_WINDOW (window));
  return KB_WINDOW (window);
}

/* The scan is held up after @n_shown decks, and the library shows what it has: the window is
 * up and answers while the decks are still being looked for. */
static void
assert_scanning (KbLibraryPage *library,
                 guint          n_shown,
                 const char    *page)
{
  g_assert_true (kb_test_wait_for (worker_waits, NULL));
  g_assert_true (kb_library_page_is_loading (library));
  g_assert_cmpstr (kb_library_page_get_visible_page (library), ==, page);
  g_assert_cmpuint (g_list_model_get_n_items (kb_library_page_get_decks (library)), ==, n_shown);
}

/* Closed while the worker holds a deck it has read: the page goes, and what the worker still
 * hands over afterwards (that deck, the scan's end) finds no page and is dropped. */
static void
test_closed_while_scanning (void)
{
  KbWindow *window;
  KbLibraryPage *library;
  guint total = count_decks_to_find ();

  window = open_window (0);
  library = kb_window_get_library_page (window);
  g_object_add_weak_pointer (G_OBJECT (library), (gpointer *) &library);

  kb_test_wait_for_paint (GTK_WIDGET (window));
  assert_scanning (library, 0, "loading");   /* the spinner, no tiles yet */

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_true (kb_test_wait_for (is_gone, &library));

  gate_allow (G_MAXUINT);
  g_assert_true (kb_test_wait_for (scan_finished, NULL));
  /* The cancelled scan stopped early instead of reading every deck for nobody. */
  g_assert_cmpuint (gate_get (&gate.read), <, total);
  /* Its hand-overs and its end arrive in the main loop now, with the page long gone. */
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

/* The first deck is shown while the others are still being looked for. */
static void
test_tiles_as_they_come (void)
{
  KbWindow *window;
  KbLibraryPage *library;
  guint total = count_decks_to_find ();

  window = open_window (1);
  library = kb_window_get_library_page (window);

  g_assert_true (kb_test_wait_for (has_decks, library));
  assert_scanning (library, 1, "library");

  gate_allow (G_MAXUINT);
  kb_test_wait_for_library (window);
  g_assert_cmpstr (kb_library_page_get_visible_page (library), ==, "library");
  g_assert_cmpuint (g_list_model_get_n_items (kb_library_page_get_decks (library)), ==, total);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A deck file opened from outside that the library has read already is not read again: the
 * play page plays the tile's own deck. */
static void
test_open_file_reads_once (void)
{
  KbWindow *window;
  KbLibraryPage *library;
  g_autoptr(KbDeckEntry) entry = NULL;
  KbSession *session;

  window = open_window (G_MAXUINT);
  library = kb_window_get_library_page (window);
  kb_test_wait_for_library (window);
  entry = g_list_model_get_item (kb_library_page_get_decks (library), 0);
  g_assert_nonnull (kb_deck_entry_get_deck (entry));

  g_assert_true (kb_window_open_file (window, kb_deck_entry_get_file (entry),
                                      KB_WINDOW_PLAY_CARDS));
  session = kb_play_page_get_session (kb_window_get_play_page (window));
  g_assert_nonnull (session);
  g_assert_true (kb_session_get_deck (session) == kb_deck_entry_get_deck (entry));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
scan_ended (gpointer library)
{
  return !kb_library_page_is_loading (library);
}

static gboolean
draw_again (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* A machine too slow for its spinner draws without a pause: the frame clock's work is always
 * ready at GDK's redraw priority. The decks and the scan's end still arrive (as under
 * AddressSanitizer, where the waiting spinner once kept the end out for good). */
static void
test_arrives_while_drawing (void)
{
  KbWindow *window;
  guint busy = g_idle_add_full (GDK_PRIORITY_REDRAW, draw_again, NULL, NULL);
  guint total = count_decks_to_find ();

  window = open_window (G_MAXUINT);
  g_assert_true (kb_test_wait_for (scan_ended, kb_window_get_library_page (window)));
  g_source_remove (busy);
  g_assert_cmpuint (g_list_model_get_n_items (kb_library_page_get_decks (
                      kb_window_get_library_page (window))), ==, total);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *state_dir = g_dir_make_tmp ("kb-scan-state-XXXXXX", NULL);
  int status;

  data_home = g_dir_make_tmp ("kb-scan-data-XXXXXX", NULL);
  g_setenv ("XDG_STATE_HOME", state_dir, TRUE);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  kb_locale_init ();
  gtk_test_init (&argc, &argv, NULL);
  make_own_decks ();
  _kb_library_page_set_scan_hook (gate_hook, NULL);

  the_app = kb_application_new (G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (the_app), NULL, &error);
  g_assert_no_error (error);
  g_application_hold (G_APPLICATION (the_app));

  g_test_add_func ("/library/scan/closed-while-scanning", test_closed_while_scanning);
  g_test_add_func ("/library/scan/tiles-as-they-come", test_tiles_as_they_come);
  g_test_add_func ("/library/scan/open-file-reads-once", test_open_file_reads_once);
  g_test_add_func ("/library/scan/arrives-while-drawing", test_arrives_while_drawing);

  status = g_test_run ();
  g_application_release (G_APPLICATION (the_app));
  g_clear_object (&the_app);
  return status;
}
