/* Narrow windows (issue 17): the metainfo's <display_length> is what is true. Every screen (the
 * library, a deck, the new-game page, the board) fits a window of that width: GTK's own
 * measure of the window's minimum width is not larger. And with text 1.5 times larger (GNOME's
 * Large Text, issue 13) every screen still fits a 1280×720 window, so nothing is cut off (GTK
 * clips what does not fit); KB_TEST_PNG_DIR keeps a picture of each screen to look at. */
#include "config.h"

#include <string.h>

#include "kb-application.h"
#include "kb-board-page.h"
#include "kb-game-keeper.h"
#include "kb-new-game-page.h"
#include "kb-play-page.h"
#include "kb-window.h"
#include "kb-ui-test.h"

static KbApplication *the_app;
static KbWindow *window;
static int claimed;

static int
claimed_width (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "assets",
                                                 "nl.kletsborden.Kletsborden.metainfo.xml.in",
                                                 NULL);
  g_autofree char *contents = NULL;
  const char *at;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  at = strstr (contents, "<display_length compare=\"ge\">");
  g_assert_nonnull (at);
  return atoi (at + strlen ("<display_length compare=\"ge\">"));
}

static int max_width, max_height;
static const char *scale_name = "";

static void
save_picture (const char *screen)
{
  const char *dir = g_getenv ("KB_TEST_PNG_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  GtkSnapshot *snapshot;
  int width = gtk_widget_get_width (GTK_WIDGET (window));
  int height = gtk_widget_get_height (GTK_WIDGET (window));

  if (dir == NULL)
    return;
  /* Only for the picture (nothing is asserted on it): past the stack's crossfade. */
  {
    gint64 until = g_get_monotonic_time () + 600 * 1000;
    while (g_get_monotonic_time () < until)
      g_main_context_iteration (NULL, FALSE);
  }
  paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  name = g_strdup_printf ("%s%s.png", screen, scale_name);
  path = g_build_filename (dir, name, NULL);
  gdk_texture_save_to_png (texture, path);
}

static void
check_screen (const char *screen)
{
  int minimum, natural, min_height;

  g_assert_cmpstr (kb_window_get_visible_screen (window), ==, screen);
  kb_test_wait_for_paint (GTK_WIDGET (window));
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural,
                      NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_VERTICAL, max_width, &min_height,
                      &natural, NULL, NULL);
  g_test_message ("%s%s: at least %d × %d px (may be %d × %d)", screen, scale_name, minimum,
                  min_height, max_width, max_height);
  g_assert_cmpint (minimum, <=, max_width);
  g_assert_cmpint (min_height, <=, max_height);
  save_picture (screen);
}

/* The line that says how to begin stands below the card, never over it, whatever the text size
 * (at 1.5x it once covered the card's bottom edge). */
static void
check_hint_beside_card (void)
{
  KbPlayPage *page = kb_window_get_play_page (window);
  GtkWidget *hint = kb_test_find_by_class (GTK_WIDGET (page), "play-hint");
  graphene_rect_t hint_box, card_box;

  g_assert_nonnull (hint);
  g_assert_true (gtk_widget_get_mapped (hint));
  g_assert_true (gtk_widget_compute_bounds (hint, GTK_WIDGET (window), &hint_box));
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (kb_play_page_get_card_view (page)),
                                            GTK_WIDGET (window), &card_box));
  g_assert_false (graphene_rect_intersection (&hint_box, &card_box, NULL));
}

static void
visit_every_screen (void)
{
  g_autofree char *deck = g_test_build_filename (G_TEST_DIST, "play", "data", "six-cards.json",
                                                 NULL);
  g_autofree char *board = g_test_build_filename (G_TEST_DIST, "board", "data", "twelve.json",
                                                  NULL);
  g_autoptr(GFile) deck_file = g_file_new_for_path (deck);
  g_autoptr(GFile) board_file = g_file_new_for_path (board);
  g_autoptr(KbGameKeeper) keeper = kb_game_keeper_new (NULL);

  /* A game kept from the visit before would be offered first, in a dialog over the page. */
  g_assert_true (kb_game_keeper_forget_for (keeper, board_file, NULL));
  kb_test_wait_for_library (window);
  check_screen ("decks");
  g_assert_true (kb_window_open_file (window, deck_file, KB_WINDOW_PLAY_CARDS));
  check_screen ("play");
  check_hint_beside_card ();
  g_assert_true (kb_window_open_file (window, board_file, KB_WINDOW_PLAY_BOARD));
  check_screen ("new-game");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (kb_window_get_new_game_page (window)),
                                             "new-game.start", NULL));
  check_screen ("board");
}

static void
test_every_screen_fits (void)
{
  max_width = claimed;
  max_height = G_MAXINT / 2;
  visit_every_screen ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-library", NULL));
}

/* Large Text: GNOME sets Xft/DPI to 1.5 × 96, GTK's gtk-xft-dpi (in 1/1024 dots per inch). */
static void
test_large_text (void)
{
  g_object_set (gtk_settings_get_default (), "gtk-xft-dpi", (int) (1.5 * 96 * 1024), NULL);
  max_width = 1280;
  max_height = 720;
  scale_name = "-text-1.5";
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 720);
  visit_every_screen ();
  g_object_set (gtk_settings_get_default (), "gtk-xft-dpi", 96 * 1024, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *state_dir = g_dir_make_tmp ("kb-width-XXXXXX", NULL);
  int status;

  g_setenv ("XDG_STATE_HOME", state_dir, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  claimed = claimed_width ();
  the_app = kb_test_start_app ();
  window = KB_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (the_app)));

  g_test_add_func ("/app/window/min-width", test_every_screen_fits);
  g_test_add_func ("/app/window/large-text", test_large_text);

  status = g_test_run ();
  kb_test_stop_app (the_app);
  return status;
}
