/* Issue 11: keys die in fullscreen. With one screen, in a real compositor: every clicker key
 * works windowed, fullscreen (F, F11), presenting (F5), after leaving each of them, and after
 * going back to the library (Alt+Left) and on. Each key is a real key press; what it did is read
 * where the user would see it: the kept session (the card the next start shows), the window's
 * fullscreen state, the calm screen. */
#include "config.h"

#include "kb-card-view.h"
#include "kb-present-test.h"
#include "kb-window.h"

static KbWindow *window;

static gboolean
calm_is (gpointer expected)
{
  KbCardView *view = kb_play_page_get_card_view (kb_window_get_play_page (window));

  return kb_card_view_get_calm (view) == GPOINTER_TO_INT (expected);
}

static gboolean
on_screen (gpointer name)
{
  return g_strcmp0 (kb_window_get_visible_screen (window), name) == 0;
}

static gboolean
on_cards_windowed (gpointer data)
{
  return on_screen ("play") && kb_present_is_windowed (window);
}

/* After a key that should have changed the mode and did not, the test puts the window in that
 * mode itself, so the keys after it are still tried where they are meant to be. */
static void
make_fullscreen (gboolean fullscreen)
{
  if (fullscreen)
    gtk_window_fullscreen (GTK_WINDOW (window));
  else
    gtk_window_unfullscreen (GTK_WINDOW (window));
  if (!kb_present_wait (fullscreen ? kb_present_is_fullscreen : kb_present_is_windowed, window,
                        5000))
    g_test_message ("the compositor did not %s the window either",
                    fullscreen ? "fullscreen" : "unfullscreen");
}

static void
mode_key (const char *mode,
          const char *keys,
          gboolean    fullscreen)
{
  if (!kb_present_key (mode, keys, fullscreen ? "a fullscreen window" : "a window again",
                       fullscreen ? kb_present_is_fullscreen : kb_present_is_windowed, window))
    make_fullscreen (fullscreen);
}

/* The keys of a clicker and a keyboard on the cards: next, next, back, next, calm, calm off. */
static void
card_keys (const char *mode)
{
  kb_present_key_moves (mode, "space", 1);
  kb_present_key_moves (mode, "Page_Down", 1);
  /* After a lost key there may be no card to go back to: make one. */
  while (kb_test_kept_position () < 2)
    gtk_widget_activate_action (GTK_WIDGET (kb_window_get_play_page (window)), "play.next", NULL);
  kb_present_key_moves (mode, "Page_Up", -1);
  kb_present_key_moves (mode, "Page_Down", 1);
  if (!kb_present_key (mode, "b", "the calm screen", calm_is, GINT_TO_POINTER (TRUE)))
    g_object_set (kb_window_get_play_page (window), "calm", TRUE, NULL);
  if (!kb_present_key (mode, "period", "the card again", calm_is, GINT_TO_POINTER (FALSE)))
    g_object_set (kb_window_get_play_page (window), "calm", FALSE, NULL);
}

/* Back from the library to the cards, as the "Continue" button does. */
static void
continue_session (void)
{
  KbSessionKeeper *keeper = kb_play_page_get_keeper (kb_window_get_play_page (window));
  int kept;

  /* Moves are written off the main thread: what is kept, once it is down. */
  g_assert_true (kb_session_keeper_flush (keeper, NULL));
  kept = kb_test_kept_position ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (kb_window_get_library_page (window)),
                                             "library.resume", NULL));
  g_assert_true (kb_present_wait (on_cards_windowed, NULL, 5000));
  /* Going on keeps the session anew, written off the main thread: read it once it is down (a
   * read in the middle of the replace sees the new journal beside the old snapshot). */
  g_assert_true (kb_session_keeper_flush (keeper, NULL));
  g_assert_cmpint (kb_test_kept_position (), ==, kept);
}

static void
back_to_library (const char *mode)
{
  if (!kb_present_key (mode, "alt+Left", "the library", on_screen, "decks"))
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-library", NULL));
  g_assert_true (kb_present_wait (kb_present_is_windowed, window, 5000));
  continue_session ();
}

static void
test_keys_in_modes (void)
{
  g_autoptr(KbApplication) app = NULL;
  g_autofree char *path = g_build_filename (g_getenv ("KLETSBORDEN_CARDS_DIR"),
                                            "kletsborden.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  guint n_monitors = g_list_model_get_n_items (gdk_display_get_monitors (
                                                 gdk_display_get_default ()));

  g_assert_cmpuint (n_monitors, ==, 1);
  app = kb_test_start_app ();
  window = KB_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  kb_present_follow (GTK_WINDOW (window));
  g_assert_true (kb_window_open_file (window, file, KB_WINDOW_PLAY_CARDS));
  kb_test_wait_for_paint (GTK_WIDGET (window));
  if (!kb_present_wait (kb_present_is_active, window, 10000))
    g_test_message ("the window never got the keyboard: %s", kb_present_describe_focus ());
  g_assert_true (kb_session_keeper_flush (kb_play_page_get_keeper (
                                            kb_window_get_play_page (window)), NULL));
  g_assert_cmpint (kb_test_kept_position (), ==, 0);

  card_keys ("windowed");
  mode_key ("windowed", "f", TRUE);
  card_keys ("fullscreen (F)");
  mode_key ("fullscreen (F)", "Escape", FALSE);

  kb_present_key_moves ("windowed after Esc", "Page_Down", 1);
  mode_key ("windowed after Esc", "F11", TRUE);
  kb_present_key_moves ("fullscreen (F11)", "Page_Down", 1);
  mode_key ("fullscreen (F11)", "F11", FALSE);

  /* One screen: presenting is fullscreen here, and F5 and Esc both end it. */
  mode_key ("windowed after F11", "F5", TRUE);
  card_keys ("presenting, one screen");
  mode_key ("presenting, one screen", "Escape", FALSE);
  mode_key ("windowed after presenting", "F5", TRUE);
  mode_key ("presenting, one screen", "F5", FALSE);

  /* The same trap after going back to the library: from a window, and from fullscreen. */
  back_to_library ("windowed after presenting");
  card_keys ("windowed, back from the library");
  mode_key ("windowed, back from the library", "f", TRUE);
  kb_present_key_moves ("fullscreen, back from the library", "Page_Down", 1);
  back_to_library ("fullscreen, back from the library");
  kb_present_key_moves ("windowed, back from the library (2)", "Page_Down", 1);
  mode_key ("windowed, back from the library (2)", "F5", TRUE);
  kb_present_key_moves ("presenting, back from the library", "Page_Down", 1);
  mode_key ("presenting, back from the library", "Escape", FALSE);
  kb_present_key_moves ("windowed at the end", "Page_Down", 1);

  kb_test_stop_app (g_steal_pointer (&app));
}

int
main (int   argc,
      char *argv[])
{
  kb_present_test_init (&argc, &argv);
  g_test_add_func ("/present/keys-in-modes", test_keys_in_modes);
  return g_test_run ();
}
