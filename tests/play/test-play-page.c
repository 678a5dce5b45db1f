/* The play screen under Xvfb, driven by real key presses (xdotool), as a lecturer with a
 * keyboard or a clicker drives it: next, previous, calm screen, language, pass, put away, and
 * a filter set in the popover; and what happened to a kept session or game that cannot be read. */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "kb-application.h"
#include "kb-card-view.h"
#include "kb-deck-library.h"
#include "kb-play-page.h"
#include "kb-svg-cache.h"
#include "kb-window.h"
#include "kb-ui-test.h"

#include "play-page-test-util.h"

static void
test_keys_drive_the_session (void)
{
  KbCardView *view;
  guint rendered;

  open_test_deck ();
  view = kb_play_page_get_card_view (page);
  g_assert_null (kb_session_get_current (kb_play_page_get_session (page)));

  press_drawn ("space", "a");
  press_drawn ("Right", "b");
  press_drawn ("Next", "c");         /* Page Down, as a clicker sends it */
  press_drawn ("Left", "b");
  press_drawn ("Prior", "a");        /* Page Up */

  /* Going back to cards drawn before costs no new drawing: counted after real frames, so a
   * cache too small to hold them shows here. */
  rendered = kb_card_view_get_n_rendered (view);
  g_assert_cmpuint (rendered, >=, 3);
  press_drawn ("Right", "b");
  press_drawn ("Left", "a");
  press_drawn ("Right", "b");
  press_drawn ("Left", "a");
  g_assert_cmpuint (kb_card_view_get_n_rendered (view), ==, rendered);

  /* B and period: the calm screen and back; "next" from the calm screen only brings it back. */
  kb_test_press_key (GTK_WINDOW (window), "b");
  g_assert_true (kb_test_wait_for (calm_is, GINT_TO_POINTER (TRUE)));
  g_assert_true (kb_card_view_get_calm (view));
  kb_test_press_key (GTK_WINDOW (window), "space");
  g_assert_true (kb_test_wait_for (calm_is, GINT_TO_POINTER (FALSE)));
  g_assert_cmpstr (current_id (), ==, "a");
  kb_test_press_key (GTK_WINDOW (window), "period");
  g_assert_true (kb_test_wait_for (calm_is, GINT_TO_POINTER (TRUE)));
  kb_test_press_key (GTK_WINDOW (window), "Escape");
  g_assert_true (kb_test_wait_for (calm_is, GINT_TO_POINTER (FALSE)));

  /* L switches the deck's language, live. */
  g_assert_cmpstr (kb_session_get_language (kb_play_page_get_session (page)), ==, "en");
  kb_test_press_key (GTK_WINDOW (window), "l");
  g_assert_true (kb_test_wait_for (language_is, "nl"));
  kb_test_press_key (GTK_WINDOW (window), "l");
  g_assert_true (kb_test_wait_for (language_is, "en"));

  /* W: the card fills the screen, for larger text; and back to a real card. */
  kb_test_press_key (GTK_WINDOW (window), "w");
  g_assert_true (kb_test_wait_for (fill_is, GINT_TO_POINTER (TRUE)));
  kb_test_press_key (GTK_WINDOW (window), "w");
  g_assert_true (kb_test_wait_for (fill_is, GINT_TO_POINTER (FALSE)));

  /* P passes, X puts the card away: one key each, and the deck gets smaller. */
  press_expect ("p", "b");
  press_expect ("x", "c");
  g_assert_true (kb_test_wait_for (n_cards_is, GUINT_TO_POINTER (5)));
}

static void
test_filter_popover (void)
{
  GtkWidget *popover;
  GtkCheckButton *blue;
  KbSession *session;

  open_test_deck ();
  session = kb_play_page_get_session (page);
  popover = find_menu_button_popover (GTK_WIDGET (page), GTK_WIDGET (page));
  g_assert_nonnull (popover);
  blue = find_check (popover, "Blue");
  g_assert_nonnull (blue);

  gtk_check_button_set_active (blue, FALSE);
  g_assert_cmpuint (kb_session_get_n_cards (session), ==, 3);
  press_expect ("space", "a");
  press_expect ("space", "c");       /* b is blue: filtered out, live */
  gtk_check_button_set_active (blue, TRUE);
  g_assert_cmpuint (kb_session_get_n_cards (session), ==, 6);
  press_expect ("space", "d");
}

/* The next start finds the session where it was left, and "Continue" goes back into it. */
static void
test_resume_offer (void)
{
  KbWindow *second;
  KbSession *resumable;

  open_test_deck ();
  press_expect ("space", "a");
  press_expect ("space", "b");
  press_expect ("space", "c");
  /* The calm screen is part of what the room sees: it comes back with the session. */
  kb_test_press_key (GTK_WINDOW (window), "b");
  g_assert_true (kb_test_wait_for (calm_is, GINT_TO_POINTER (TRUE)));
  g_assert_true (kb_session_keeper_flush (kb_play_page_get_keeper (page), NULL));

  /* The log has what happened, and nothing anyone said. */
  {
    g_autofree char *csv = kb_session_log_to_csv (kb_play_page_get_log (kb_window_get_play_page (window)));
    g_autofree char *markdown = kb_session_log_to_markdown (kb_play_page_get_log (kb_window_get_play_page (window)));
    g_assert_nonnull (strstr (csv, ",shown,a,"));
    g_assert_nonnull (strstr (csv, ",shown,c,"));
    g_assert_nonnull (strstr (markdown, "Card C"));
  }

  second = kb_window_new (the_app);
  kb_test_wait_for_library (second);
  resumable = kb_library_page_get_resumable (kb_window_get_library_page (second));
  g_assert_nonnull (resumable);
  g_assert_cmpstr (kb_card_get_id (kb_session_get_current (resumable)), ==, "c");
  g_assert_cmpuint (kb_session_get_position (resumable), ==, 3);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (kb_window_get_library_page (second)),
                                             "library.resume", NULL));
  g_assert_cmpstr (kb_window_get_visible_screen (second), ==, "play");
  g_assert_cmpstr (kb_card_get_id (kb_session_get_current (
                     kb_play_page_get_session (kb_window_get_play_page (second)))), ==, "c");
  {
    gboolean calm;

    g_object_get (kb_window_get_play_page (second), "calm", &calm, NULL);
    g_assert_true (calm);
  }
  /* The resumed session goes on with its log. */
  g_assert_cmpuint (kb_session_log_get_n_entries (kb_play_page_get_log (kb_window_get_play_page (second))), >=, 3);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (kb_window_get_library_page (second)),
                                             "library.forget-session", NULL));
  g_assert_null (kb_library_page_get_resumable (kb_window_get_library_page (second)));
  gtk_window_destroy (GTK_WINDOW (second));
}

/* Roles of a case are handed out by name, the room sees who plays what, and the names are
 * never kept: not in the log, not in the saved session. */
static void
test_roles (void)
{
  g_autofree char *markup = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *kept = NULL;
  g_autoptr(GFile) store = NULL;

  open_test_deck ();
  press_expect ("space", "a");
  g_assert_null (kb_play_page_dup_roles_markup (page));
  press_expect ("space", "b");
  press_expect ("space", "c");
  press_expect ("space", "d");
  press_expect ("space", "e");     /* a case with a client and a professional */

  kb_play_page_set_role_name (page, 0, "Anna");
  markup = kb_play_page_dup_roles_markup (page);
  g_assert_cmpstr (markup, ==, "Client: <b>Anna</b>");
  g_clear_pointer (&markup, g_free);
  kb_play_page_set_role_name (page, 1, "Bram & Co");
  markup = kb_play_page_dup_roles_markup (page);
  g_assert_cmpstr (markup, ==, "Client: <b>Anna</b>     Professional: <b>Bram &amp; Co</b>");

  csv = kb_session_log_to_csv (kb_play_page_get_log (kb_window_get_play_page (window)));
  g_assert_null (strstr (csv, "Anna"));
  store = g_file_new_build_filename (g_get_user_state_dir (), "kletsborden", "session.json", NULL);
  g_assert_true (g_file_load_contents (store, NULL, &kept, NULL, NULL, NULL));
  g_assert_null (strstr (kept, "Anna"));

  /* The next card starts without names. */
  press_expect ("space", "f");
  g_assert_null (kb_play_page_dup_roles_markup (page));
}

static gboolean
timer_running_is (gpointer expected)
{
  return kb_timer_is_running (kb_play_page_get_timer (page)) == GPOINTER_TO_INT (expected);
}

static gboolean
timer_is_full (gpointer timer)
{
  return kb_timer_get_remaining (timer) == kb_timer_get_duration (timer);
}

/* T starts and pauses the speaking timer, Shift+T sets it back to the full turn. */
static void
test_timer_keys (void)
{
  KbTimer *timer;

  open_test_deck ();
  timer = kb_play_page_get_timer (page);
  kb_timer_reset (timer);
  kb_test_press_key (GTK_WINDOW (window), "t");
  g_assert_true (kb_test_wait_for (timer_running_is, GINT_TO_POINTER (TRUE)));
  kb_test_press_key (GTK_WINDOW (window), "t");
  g_assert_true (kb_test_wait_for (timer_running_is, GINT_TO_POINTER (FALSE)));
  g_assert_cmpint (kb_timer_get_remaining (timer), <=, kb_timer_get_duration (timer));
  kb_test_press_key (GTK_WINDOW (window), "shift+t");
  g_assert_true (kb_test_wait_for (timer_is_full, timer));
  g_assert_false (kb_timer_is_running (timer));
}

/* A deck that was played comes first in the library, also when it lives elsewhere. */
static void
test_recent_first (void)
{
  g_autoptr(KbDeckEntry) first = NULL;
  g_autofree char *name = NULL;

  open_test_deck ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-library", NULL));
  g_assert_cmpstr (kb_window_get_visible_screen (window), ==, "decks");
  kb_test_wait_for_library (window);
  first = g_list_model_get_item (kb_library_page_get_decks (kb_window_get_library_page (window)),
                                 0);
  name = g_file_get_basename (kb_deck_entry_get_file (first));
  g_assert_cmpstr (name, ==, "six-cards.json");
}

/* A session that cannot be saved goes on, and the facilitator reads why in the window; the next
 * good save takes the message away. */
static void
test_save_problem_shown (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_state_dir (), "kletsborden", NULL);
  g_autofree char *store = g_build_filename (dir, "session.json", NULL);
  const char *shown = "The session could not be saved:";

  /* A file where the folder should be: no save can work. */
  g_unlink (store);
  {
    g_autofree char *journal = g_strconcat (store, ".journal", NULL);
    g_unlink (journal);
  }
  g_rmdir (dir);
  g_assert_true (g_file_set_contents (dir, "in the way", -1, NULL));
  open_test_deck ();
  g_assert_true (kb_test_wait_for (label_shown, (gpointer) shown));
  g_assert_nonnull (strstr (kb_play_page_get_save_problem (page), "kletsborden"));
  press_expect ("space", "a");
  g_assert_nonnull (kb_test_find_label (GTK_WIDGET (window), shown));

  g_assert_cmpint (g_unlink (dir), ==, 0);
  press_expect ("space", "b");
  g_assert_true (kb_test_wait_for (label_gone, (gpointer) shown));
  g_assert_null (kb_play_page_get_save_problem (page));
  g_assert_true (g_file_test (store, G_FILE_TEST_EXISTS));
}


/* A kept session and a kept board game that cannot be read are told in the window, with where
 * they were kept, and set aside (tests/session and tests/game check the files themselves). */
static void
test_damaged_kept_told (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_state_dir (), "kletsborden", NULL);
  g_autofree char *store = g_build_filename (dir, "session.json", NULL);
  g_autofree char *games = g_build_filename (dir, "games", NULL);
  g_autofree char *game = g_build_filename (games, "cut-off.json", NULL);
  g_autofree char *session_told = g_strdup_printf ("It has been kept as %s.damaged-", store);
  g_autofree char *game_told = g_strdup_printf ("%s could not be read", game);
  KbWindow *first = window;
  KbWindow *second;

  g_assert_cmpint (g_mkdir_with_parents (games, 0700), ==, 0);
  g_assert_true (g_file_set_contents (store, "{\"format\": \"kletsborden-resume\", \"ver", -1,
                                      NULL));
  g_assert_true (g_file_set_contents (game, "{\"format\": \"kletsborden-game\", \"ver", -1,
                                      NULL));
  second = kb_window_new (the_app);
  gtk_window_present (GTK_WINDOW (second));
  kb_test_wait_for_library (second);
  window = second;   /* label_shown looks in this window */
  g_assert_true (kb_test_wait_for (label_shown, session_told));
  g_assert_true (kb_test_wait_for (label_shown, game_told));
  g_assert_false (g_file_test (store, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (game, G_FILE_TEST_EXISTS));
  window = first;
  gtk_window_destroy (GTK_WINDOW (second));
}


static guint n_ready;

static void
count_ready (void)
{
  n_ready++;
}

static gboolean
some_ready (gpointer data)
{
  return n_ready > 0;
}

static gboolean
rendered_more_than (gpointer data)
{
  return kb_card_view_get_n_rendered (kb_play_page_get_card_view (page)) >
         GPOINTER_TO_UINT (data);
}

/* Heavy art (an feTurbulence filter, a <use> fan-out, a size far beyond any screen) never holds
 * the window: the card comes at once with placeholders, and is drawn again with whatever art
 * settled ("ready"). Waiting for each file in the main loop took up to 1.5 s per file. */
static void
test_heavy_art_never_freezes (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "render", "data",
                                                 "hostile-art.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  KbCardView *view;
  gint64 start;
  guint first;
  gulong handler = g_signal_connect_swapped (kb_svg_cache_get_default (), "ready",
                                             G_CALLBACK (count_ready), NULL);

  n_ready = 0;
  start = g_get_monotonic_time ();
  g_assert_true (kb_window_open_file (window, file, KB_WINDOW_PLAY_CARDS));
  page = kb_window_get_play_page (window);
  view = kb_play_page_get_card_view (page);
  press_expect ("space", "noise");
  g_assert_true (kb_test_wait_for (is_drawn, view));
  g_test_message ("the first card drawn after %.0f ms (waiting for its art: 2100 ms)",
                  (g_get_monotonic_time () - start) / 1000.0);
  /* Drawn before its art settled: the art arrives afterwards, and the card is drawn again. */
  first = kb_card_view_get_n_rendered (view);
  g_assert_cmpuint (n_ready, ==, 0);
  g_assert_true (kb_test_wait_for (some_ready, NULL));
  g_assert_true (kb_test_wait_for (rendered_more_than, GUINT_TO_POINTER (first)));
  g_signal_handler_disconnect (kb_svg_cache_get_default (), handler);
}

/* Counts the nodes of each type in @node and all it holds (the node types a card view makes). */
static void
count_nodes (GskRenderNode *node,
             guint         *counts)
{
  counts[gsk_render_node_get_node_type (node)]++;
  switch (gsk_render_node_get_node_type (node))
    {
    case GSK_CONTAINER_NODE:
      for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
        count_nodes (gsk_container_node_get_child (node, i), counts);
      break;
    case GSK_TRANSFORM_NODE:
      count_nodes (gsk_transform_node_get_child (node), counts);
      break;
    case GSK_OPACITY_NODE:
      count_nodes (gsk_opacity_node_get_child (node), counts);
      break;
    case GSK_CLIP_NODE:
      count_nodes (gsk_clip_node_get_child (node), counts);
      break;
    case GSK_DEBUG_NODE:
      count_nodes (gsk_debug_node_get_child (node), counts);
      break;
    default:
      break;
    }
}

/* A slide draws both cards opaque (no layer blended at every frame) and, under the cairo
 * renderer, as cairo nodes painting each card's surface (a texture node would have its pixels
 * converted at every frame). */
static void
test_slide_frames_are_cheap (void)
{
  KbCardView *view;
  guint counts[GSK_GL_SHADER_NODE + 1] = { 0 };
  const char *keys[] = { "Right", "Left" }, *cards[] = { "b", "a" };
  gboolean caught = FALSE;

  open_test_deck ();
  view = kb_play_page_get_card_view (page);
  press_drawn ("space", "a");
  /* A loaded machine may run a whole slide before the test looks: then another key. */
  for (guint i = 0; i < 6 && !caught; i++)
    {
      GtkSnapshot *snapshot;
      g_autoptr(GskRenderNode) node = NULL;

      press_expect (keys[i % 2], cards[i % 2]);
      if (!kb_card_view_is_animating (view))
        continue;
      caught = TRUE;
      /* The frame the view draws now, as GTK asks for it. */
      snapshot = gtk_snapshot_new ();
      GTK_WIDGET_GET_CLASS (view)->snapshot (GTK_WIDGET (view), snapshot);
      node = gtk_snapshot_free_to_node (snapshot);
      g_assert_nonnull (node);
      count_nodes (node, counts);
    }
  if (!caught)
    {
      g_test_skip ("every slide ended before the test could look");
      return;
    }
  g_assert_cmpuint (counts[GSK_OPACITY_NODE], ==, 0);
  g_assert_cmpuint (counts[GSK_TEXTURE_NODE], ==, 0);
  /* Each card, and the parts of the shadow around each. */
  g_assert_cmpuint (counts[GSK_CAIRO_NODE], >=, 2);
}

int
main (int   argc,
      char *argv[])
{
  if ((window = kb_test_begin (&argc, &argv, "play", &the_app)) == NULL)
    return 77;

  g_test_add_func ("/play/page/keys", test_keys_drive_the_session);
  g_test_add_func ("/play/page/slide-frames-are-cheap", test_slide_frames_are_cheap);
  g_test_add_func ("/play/page/filter", test_filter_popover);
  g_test_add_func ("/play/page/resume", test_resume_offer);
  g_test_add_func ("/play/page/recent-first", test_recent_first);
  g_test_add_func ("/play/page/roles", test_roles);
  g_test_add_func ("/play/page/timer-keys", test_timer_keys);
  g_test_add_func ("/play/page/save-problem-shown", test_save_problem_shown);
  g_test_add_func ("/play/page/heavy-art-never-freezes", test_heavy_art_never_freezes);
  g_test_add_func ("/play/page/damaged-kept-told", test_damaged_kept_told);

  return kb_test_end (&the_app);
}
