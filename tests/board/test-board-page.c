/* The board game under Xvfb, played with real key presses (xdotool) and a die that throws what
 * the test says: three turns with the box, the flag, a real die's number and undo; a "choose"
 * square answered with a digit; the game kept on disk and offered again by a new window; the
 * closing screen. */
#include "config.h"

#include <string.h>
#include <gdk/x11/gdkx.h>

#include <adwaita.h>

#include "kb-application.h"
#include "kb-board-layout.h"
#include "kb-board-renderer.h"
#include "kb-pawn-renderer.h"
#include "kb-board-page.h"
#include "kb-board-view.h"
#include "kb-deck-library.h"
#include "kb-new-game-page.h"
#include "kb-ui-test.h"
#include "kb-svg-cache.h"
#include "kb-window.h"

#include "board-page-test-util.h"

static gboolean
art_settled (gpointer data)
{
  /* Every "ready" told too: one still queued draws the board again (seen under ASan). */
  return kb_svg_cache_is_settled (kb_svg_cache_get_default ());
}

static void
test_three_turns (void)
{
  guint squares[3] = { 0, 0, 0 };
  guint rendered;
  KbCard *first;

  die_numbers[0] = 1;
  die_numbers[1] = 2;
  start_game (3);
  assert_board_shows (squares, 3);
  g_assert_null (kb_board_view_get_shown_card (view));
  /* The art is tried off the main thread: the board is drawn again once when it settled. A
   * paint may start the trials itself (the board not drawn yet when the test first looks). */
  do
    {
      g_assert_true (kb_test_wait_for (art_settled, NULL));
      kb_test_wait_for_paint (GTK_WIDGET (view));
    }
  while (!art_settled (NULL));
  rendered = kb_board_view_get_n_board_rendered (view);
  g_assert_cmpuint (rendered, >=, 1);

  /* The players are remembered for the next game. */
  {
    g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);
    g_autoptr(GVariant) players = g_settings_get_value (settings, "board-players");
    const char *name, *color, *shape;

    g_assert_cmpuint (g_variant_n_children (players), ==, 3);
    g_variant_get_child (players, 1, "(&s&s&s)", &name, &color, &shape);
    g_assert_cmpstr (name, ==, "Bram");
    g_assert_cmpstr (color, ==, kb_game_get_player_color (game (), 1));
    g_assert_cmpint (g_settings_get_int (settings, "board-starter"), ==, 0);
  }

  /* Anna rolls 1 with Space: the pawn walks to square 1, a card of its colour comes up. */
  press ("space", 1);
  squares[0] = 1;
  assert_board_shows (squares, 3);
  assert_card_matches_square ();
  first = kb_board_view_get_shown_card (view);

  /* K: the card goes into her box, another of the same colour comes up. */
  press ("k", 2);
  g_assert_cmpuint (kb_game_get_player_box_size (game (), 0), ==, 1);
  assert_board_shows (squares, 3);
  assert_card_matches_square ();
  g_assert_true (kb_board_view_get_shown_card (view) != first);

  /* Return: Bram's turn. R rolls 2. */
  press ("Return", 3);
  g_assert_cmpuint (kb_game_get_current_player (game ()), ==, 1);
  g_assert_null (kb_board_view_get_shown_card (view));
  press ("r", 4);
  squares[1] = 2;
  assert_board_shows (squares, 3);
  assert_card_matches_square ();

  /* V: Bram raises the flag, the turn passes to Cem without a card. */
  press ("v", 5);
  g_assert_cmpuint (kb_game_get_current_player (game ()), ==, 2);
  assert_board_shows (squares, 3);
  g_assert_null (kb_board_view_get_shown_card (view));

  /* Cem throws a real die: 4 lands on square 4. */
  press ("4", 6);
  squares[2] = 4;
  assert_board_shows (squares, 3);
  assert_card_matches_square ();
  g_assert_cmpuint (kb_game_get_last_roll (game ()), ==, 4);

  /* Ctrl+Z takes the throw back: Cem is at the start again, it is still his turn to roll. */
  press ("ctrl+z", 5);
  squares[2] = 0;
  assert_board_shows (squares, 3);
  g_assert_cmpuint (kb_game_get_phase (game ()), ==, KB_GAME_PHASE_ROLL);
  g_assert_cmpuint (kb_game_get_current_player (game ()), ==, 2);
  g_assert_null (kb_board_view_get_shown_card (view));

  /* B: the calm screen, Esc: back to the board. */
  kb_test_press_key (GTK_WINDOW (window), "b");
  g_assert_true (kb_test_wait_for (calm_is, GINT_TO_POINTER (TRUE)));
  kb_test_press_key (GTK_WINDOW (window), "Escape");
  g_assert_true (kb_test_wait_for (calm_is, GINT_TO_POINTER (FALSE)));
  g_assert_cmpuint (kb_game_get_n_moves (game ()), ==, 5);

  /* All of that on a board drawn once for this size. */
  g_assert_cmpuint (kb_board_view_get_n_board_rendered (view), ==, rendered);
}

/* A "choose" square: a digit picks the colour; the card is of that colour. */
static void
test_choose_by_digit (void)
{
  KbDeck *deck;

  die_numbers[0] = 5;
  start_game (2);
  deck = kb_game_get_deck (game ());
  press ("space", 1);
  g_assert_cmpuint (kb_game_get_phase (game ()), ==, KB_GAME_PHASE_CHOOSE_CATEGORY);
  g_assert_cmpstr (kb_board_page_get_prompt (page), ==, "Choose a colour");
  g_assert_null (kb_board_view_get_shown_card (view));
  press ("3", 2);
  g_assert_nonnull (kb_board_view_get_shown_card (view));
  g_assert_true (kb_card_get_category (kb_board_view_get_shown_card (view)) ==
                 kb_deck_get_category (deck, 2));
  g_assert_null (kb_board_page_get_prompt (page));
}

static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (kb_test_wait_for (settled, NULL));
  focus_window (GTK_WINDOW (window));
}

/* The game leader's menu: a pawn put on a square by hand, a player who joins and one who
 * leaves, a skipped turn; undo takes a step back. */
static void
test_facilitator (void)
{
  AdwMessageDialog *dialog;
  guint squares[3] = { 0, 7, 0 };

  start_game (3);

  move_by_hand (1, 8);
  g_assert_true (kb_test_wait_for (settled, NULL));
  focus_window (GTK_WINDOW (window));
  assert_board_shows (squares, 3);

  dialog = open_dialog ("board.add-player");
  gtk_editable_set_text (GTK_EDITABLE (find_widget (GTK_WIDGET (dialog), GTK_TYPE_ENTRY)), "Eva");
  respond (dialog, "add");
  g_assert_cmpuint (kb_game_get_n_players (game ()), ==, 4);
  g_assert_cmpstr (kb_game_get_player_name (game (), 3), ==, "Eva");
  for (guint i = 0; i < 3; i++)
    {
      g_assert_cmpstr (kb_game_get_player_color (game (), i), !=,
                       kb_game_get_player_color (game (), 3));
      g_assert_cmpint (kb_game_get_player_pawn (game (), i), !=,
                       kb_game_get_player_pawn (game (), 3));
    }
  g_assert_cmpuint (kb_board_view_get_shown_square (view, 3), ==, 0);

  dialog = open_dialog ("board.remove-player");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (find_widget (GTK_WIDGET (dialog),
                                                          GTK_TYPE_DROP_DOWN)), 2);
  respond (dialog, "remove");
  g_assert_cmpuint (kb_game_get_n_players (game ()), ==, 3);
  g_assert_cmpstr (kb_game_get_player_name (game (), 2), ==, "Eva");
  squares[2] = 0;
  assert_board_shows (squares, 3);

  g_assert_cmpuint (kb_game_get_current_player (game ()), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "board.skip", NULL));
  g_assert_cmpuint (kb_game_get_current_player (game ()), ==, 1);
  press ("ctrl+z", kb_game_get_n_moves (game ()) - 1);
  g_assert_cmpuint (kb_game_get_current_player (game ()), ==, 0);
}

/* Clicks the middle of @widget with the mouse, through the X server, and waits for @n_moves. */
static void
click (GtkWidget *widget,
       guint      n_moves)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  graphene_point_t point;
  g_autofree char *xid = g_strdup_printf ("%lu", gdk_x11_surface_get_xid (surface));
  g_autofree char *x = NULL;
  g_autofree char *y = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_nonnull (widget);
  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (window),
                                           &GRAPHENE_POINT_INIT (gtk_widget_get_width (widget) / 2.0,
                                                                 gtk_widget_get_height (widget) / 2.0),
                                           &point));
  x = g_strdup_printf ("%d", (int) point.x);
  y = g_strdup_printf ("%d", (int) point.y);
  {
    const char *argv[] = { "xdotool", "mousemove", "--window", xid, x, y, "click", "1", NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                  &status, &error);
  }
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  if (!kb_test_wait_for (n_moves_is, GUINT_TO_POINTER (n_moves)))
    g_error ("the click made no move");
  g_assert_true (kb_test_wait_for (settled, NULL));
}

/* The swap square asks with whom (a digit answers), the compliment square asks for one. */
static void
test_special_squares (void)
{
  guint squares[2] = { 9, 0 };

  reach_swap_square ();
  g_assert_cmpstr (kb_board_page_get_prompt (page), ==, "Swap places");
  /* Chosen with the mouse this time: the keys go on working after the button is gone. */
  click (find_widget (GTK_WIDGET (page), GTK_TYPE_FLOW_BOX_CHILD), 6);
  g_assert_cmpstr (kb_board_page_get_prompt (page), ==, "Swapped!");
  squares[0] = 6;
  squares[1] = 15;
  assert_board_shows (squares, 2);

  press ("Return", 7);
  press ("1", 8);
  press ("Return", 9);
  press ("4", 10);
  g_assert_cmpuint (kb_game_get_phase (game ()), ==, KB_GAME_PHASE_COMPLIMENT);
  g_assert_cmpstr (kb_board_page_get_prompt (page), ==, "Give a compliment");
  g_assert_null (kb_board_view_get_shown_card (view));
  press ("space", 11);
  g_assert_null (kb_board_page_get_prompt (page));
}

static gboolean
has_warning (gpointer data)
{
  return kb_board_page_get_warning (page) != NULL;
}

/* A game that cannot be saved goes on, and the game leader is told; the next good save clears
 * the warning. */
static void
test_save_warning (void)
{
  g_autoptr(GFile) kept = NULL;
  g_autoptr(GFile) nowhere = g_file_new_for_path ("/dev/null/kletsborden/game.json");

  die_numbers[0] = 1;
  die_numbers[1] = 1;
  start_game (2);
  kept = g_object_ref (kb_game_get_autosave_file (game ()));
  g_assert_null (kb_board_page_get_warning (page));
  kb_game_set_autosave_file (game (), nowhere);
  press ("space", 1);
  /* The save is written off the main thread: its failure comes a moment after the move. */
  g_assert_true (kb_test_wait_for (has_warning, NULL));
  g_assert_nonnull (strstr (kb_board_page_get_warning (page), "/dev/null"));
  kb_game_set_autosave_file (game (), kept);
  press ("Return", 2);
  g_assert_null (kb_board_page_get_warning (page));
}

/* Two players, the first begins: started on the new-game page of a deck opened as a file. */
static void
start_two_players (void)
{
  KbNewGamePage *new_game = kb_window_get_new_game_page (window);

  while (kb_new_game_page_get_n_players (new_game) > 2)
    kb_new_game_page_remove_player (new_game, 2);
  kb_new_game_page_set_starter (new_game, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (new_game), "new-game.start", NULL));
  g_assert_cmpstr (kb_window_get_visible_screen (window), ==, "board");
  page = kb_window_get_board_page (window);
  view = kb_board_page_get_board_view (page);
  kb_test_wait_for_paint (GTK_WIDGET (view));
}

/* A board with a twelve-sided die, opened as "kletsborden --board" opens it: "1", "2" typed
 * quickly is a throw of twelve; "1" alone is one. */
static void
test_two_digit_throw (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "board", "data", "twelve.json",
                                                 NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  KbNewGamePage *new_game = kb_window_get_new_game_page (window);
  guint squares[2] = { 12, 0 };

  g_assert_true (kb_window_open_file (window, file, KB_WINDOW_PLAY_BOARD));
  g_assert_cmpstr (kb_window_get_visible_screen (window), ==, "new-game");
  g_assert_cmpstr (kb_deck_get_id (kb_new_game_page_get_deck (new_game)), ==, "twaalf");
  start_two_players ();

  kb_test_press_key (GTK_WINDOW (window), "1");
  press ("2", 1);
  g_assert_cmpuint (kb_game_get_last_roll (game ()), ==, 12);
  assert_board_shows (squares, 2);
  press ("Return", 2);
  press ("1", 3);
  g_assert_cmpuint (kb_game_get_last_roll (game ()), ==, 1);
  squares[1] = 1;
  assert_board_shows (squares, 2);
}

static KbGame *
resumable_game (KbWindow *w)
{
  GListModel *kept = kb_library_page_get_kept_games (kb_window_get_library_page (w));
  g_autoptr(KbKeptGame) first = g_list_model_get_item (kept, 0);

  return first != NULL ? kb_kept_game_get_game (first) : NULL;
}

static gboolean
resumable_is_set (gpointer data)
{
  return resumable_game (data) != NULL;
}

/* Every move is on disk: a new window (as after a crash) offers the game where it was. */
static void
test_kept_and_offered (void)
{
  g_autoptr(KbGameKeeper) keeper = kb_game_keeper_new (NULL);
  g_autoptr(GFile) file = NULL;
  KbWindow *second;
  KbGame *kept;

  die_numbers[0] = 2;
  start_game (2);
  press ("space", 1);
  file = kb_game_keeper_file_for (keeper, kb_game_get_deck (game ()));
  g_assert_true (g_file_query_exists (file, NULL));

  second = kb_window_new (the_app);
  gtk_window_present (GTK_WINDOW (second));
  g_assert_true (kb_test_wait_for (resumable_is_set, second));
  kept = resumable_game (second);
  g_assert_cmpuint (kb_game_get_n_moves (kept), ==, 1);
  g_assert_cmpuint (kb_game_get_player_square (kept, 0), ==, 2);
  /* The kept game has a deck of its own, read from the file the save names. */
  g_assert_cmpstr (kb_card_get_id (kb_game_get_card (kept)), ==,
                   kb_card_get_id (kb_game_get_card (game ())));
  /* Forgetting it removes it from disk and from the library. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (kb_window_get_library_page (second)),
                                             "library.forget-game", "u", 0));
  {
    GListModel *games = kb_library_page_get_kept_games (kb_window_get_library_page (second));

    for (guint i = 0; i < g_list_model_get_n_items (games); i++)
      {
        g_autoptr(KbKeptGame) other = g_list_model_get_item (games, i);
        g_assert_false (g_file_equal (kb_kept_game_get_file (other), file));
      }
  }
  g_assert_false (g_file_query_exists (file, NULL));
  gtk_window_destroy (GTK_WINDOW (second));
  /* The keys of the next test go to the first window again: without a window manager, the
   * X focus stays where the closed window left it. */
  focus_window (GTK_WINDOW (window));
}

/* The rest square: the message over the board says so, read as it is shown. */
static void
test_rest_square (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "board", "data", "rest.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_true (kb_window_open_file (window, file, KB_WINDOW_PLAY_BOARD));
  start_two_players ();

  press ("3", 1);
  g_assert_cmpuint (kb_game_get_player_square (game (), 0), ==, 3);
  g_assert_cmpuint (kb_game_get_phase (game ()), ==, KB_GAME_PHASE_TURN_OVER);
  g_assert_cmpstr (kb_board_page_get_prompt (page), ==, "Rest");
  press ("Return", 2);
  g_assert_null (kb_board_page_get_prompt (page));
}

static AdwMessageDialog *
shown_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) shown = g_list_model_get_item (toplevels, i);
      if (ADW_IS_MESSAGE_DIALOG (shown) && gtk_widget_get_mapped (GTK_WIDGET (shown)))
        return ADW_MESSAGE_DIALOG (shown);
    }
  return NULL;
}

static gboolean
dialog_shown (gpointer data)
{
  return shown_dialog () != NULL;
}

/* Return on the new-game page of a deck whose game is kept: the page asks first. */
static AdwMessageDialog *
ask_for_new_game (KbDeck *deck)
{
  KbNewGamePage *new_game = kb_window_get_new_game_page (window);
  AdwMessageDialog *dialog;

  kb_window_new_board_game (window, deck);
  kb_new_game_page_focus (new_game);
  kb_test_wait_for_paint (GTK_WIDGET (new_game));
  /* Without a window manager the X focus stays with a closed dialog. */
  focus_window (GTK_WINDOW (window));
  kb_test_press_key (GTK_WINDOW (window), "Return");
  if (!kb_test_wait_for (dialog_shown, NULL))
    g_error ("no question after Return; the screen is %s, the game has %u moves, focus %s",
             kb_window_get_visible_screen (window), kb_game_get_n_moves (game ()),
             gtk_window_get_focus (GTK_WINDOW (window))
             ? G_OBJECT_TYPE_NAME (gtk_window_get_focus (GTK_WINDOW (window))) : "nothing");
  dialog = shown_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Continue the Kept Game?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Anna and Bram"));
  g_assert_cmpstr (kb_window_get_visible_screen (window), ==, "new-game");
  kb_test_wait_for_paint (GTK_WIDGET (dialog));
  return dialog;
}

static gboolean
no_dialog (gpointer data)
{
  return shown_dialog () == NULL;
}

/* A new game never silently replaces a kept unfinished one: Return continues it (the default),
 * "Start a New One" replaces it. */
static void
test_kept_game_asks (void)
{
  g_autoptr(KbDeck) deck = builtin_deck ();
  g_autoptr(KbGameKeeper) keeper = kb_game_keeper_new (NULL);
  g_autoptr(KbKeptGame) kept = NULL;
  g_autoptr(KbGame) first = NULL;
  AdwMessageDialog *dialog;

  die_numbers[0] = 2;
  start_game (2);
  press ("space", 1);
  first = g_object_ref (game ());

  kb_test_press_key (GTK_WINDOW (ask_for_new_game (deck)), "Return");
  g_assert_true (kb_test_wait_for (no_dialog, NULL));
  g_assert_true (kb_test_wait_for (screen_is, "board"));
  g_assert_true (game () == first);
  g_assert_cmpuint (kb_game_get_n_moves (game ()), ==, 1);

  /* The button for it: keys between a dialog's buttons are the toolkit's own business. */
  dialog = ask_for_new_game (deck);
  gtk_widget_activate (find_widget_labelled (GTK_WIDGET (dialog), GTK_TYPE_BUTTON,
                                             "_Start a New One"));
  g_assert_true (kb_test_wait_for (no_dialog, NULL));
  g_assert_true (kb_test_wait_for (screen_is, "board"));
  g_assert_true (game () != first);
  g_assert_cmpuint (kb_game_get_n_moves (game ()), ==, 0);
  /* The kept game is the new one; the old one no longer writes. */
  kept = kb_game_keeper_find_kept_for (keeper, kb_deck_get_file (deck));
  g_assert_nonnull (kept);
  g_assert_cmpuint (kb_game_get_n_moves (kb_kept_game_get_game (kept)), ==, 0);
  g_assert_null (kb_game_get_autosave_file (first));
  focus_window (GTK_WINDOW (window));
}

/* What the board view draws, as pixels (cairo's ARGB32: B, G, R, A on this machine). */
static guchar *
draw_view (GtkWidget *widget,
           int       *width,
           int       *height)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  guchar *pixels;

  *width = gtk_widget_get_width (widget);
  *height = gtk_widget_get_height (widget);
  gdk_paintable_snapshot (paintable, snapshot, *width, *height);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, *width, *height));
  pixels = g_malloc ((gsize) *width * *height * 4);
  gdk_texture_download (texture, pixels, (gsize) *width * 4);
  return pixels;
}

/* The pawns stand where src/render's layout puts them, also on a special square (there over
 * the symbol, so the word stays readable): the colour at the spot's centre is the pawn's. */
static void
test_pawns_where_render_puts_them (void)
{
  KbBoard *board;
  g_autoptr(KbBoardLayout) layout = NULL;
  g_autofree guchar *pixels = NULL;
  guint squares[2];
  KbPawnSpot spots[2];
  int width, height;

  start_game (2);
  board = kb_game_get_board (game ());
  g_assert_cmpint (kb_square_get_special (kb_board_get_square (board, 0)), ==, KB_SPECIAL_START);
  for (guint i = 0; i < 2; i++)
    squares[i] = kb_board_view_get_shown_square (view, i);
  g_assert_cmpuint (squares[1], ==, 0);
  pixels = draw_view (GTK_WIDGET (view), &width, &height);
  layout = kb_board_layout_new_for_board (board, width, height);
  g_assert_true (layout->worded[0]);
  kb_board_layout_place_pawns (layout, squares, 2, G_MAXUINT, spots);

  /* The second pawn: the first has the halo of the player whose turn it is. */
  {
    const guchar *at = pixels + ((gsize) (int) spots[1].y * width + (int) spots[1].x) * 4;
    guint red, green, blue;

    g_assert_cmpint (sscanf (kb_game_get_player_color (game (), 1), "#%02x%02x%02x", &red,
                             &green, &blue), ==, 3);
    g_test_message ("pawn 2 at %.0f,%.0f: drawn #%02X%02X%02X, its colour #%02X%02X%02X",
                    spots[1].x, spots[1].y, at[2], at[1], at[0], red, green, blue);
    g_assert_cmpint (ABS ((int) at[2] - (int) red), <=, 24);
    g_assert_cmpint (ABS ((int) at[1] - (int) green), <=, 24);
    g_assert_cmpint (ABS ((int) at[0] - (int) blue), <=, 24);
  }
}

/* Four pawns on Start stand on a plate in its colour: none of the Start arrow's dark ink shows
 * between them (the halo and the shadows' soft edges may tint the plate a little). */
static void
test_pawns_on_plate (void)
{
  g_autoptr(KbBoardRenderer) renderer = kb_board_renderer_new (NULL, NULL);
  g_autoptr(KbBoardLayout) layout = NULL;
  g_autofree guchar *pixels = NULL;
  guint squares[4];
  KbPawnSpot spots[4];
  KbRect plate;
  KbColor fill;
  guint seen = 0, inked = 0;
  int width, height;

  start_game (4);
  for (guint i = 0; i < 4; i++)
    squares[i] = kb_board_view_get_shown_square (view, i);
  pixels = draw_view (GTK_WIDGET (view), &width, &height);
  layout = kb_board_layout_new_for_board (kb_game_get_board (game ()), width, height);
  kb_board_layout_place_pawns (layout, squares, 4, G_MAXUINT, spots);
  g_assert_true (kb_board_renderer_get_plate (renderer, kb_game_get_deck (game ()), layout, 0,
                                              &plate, &fill));
  for (int y = (int) ceil (plate.y); y < (int) (plate.y + plate.height); y++)
    for (int x = (int) ceil (plate.x); x < (int) (plate.x + plate.width); x++)
      {
        const guchar *at = pixels + ((gsize) y * width + x) * 4;
        gboolean under_pawn = FALSE;

        for (guint i = 0; i < 4; i++)
          {
            /* The pawn with its outline; the first also has the halo of whose turn it is. */
            gboolean halo = i == kb_game_get_current_player (game ());
            double reach = spots[i].size * (halo ? 0.8 : 0.6);

            under_pawn |= fabs (x - spots[i].x) < reach && fabs (y - spots[i].y) < reach;
          }
        if (under_pawn)
          continue;
        seen++;
        inked += ABS ((int) at[2] - (int) round (fill.red * 255)) > 60 ||
                 ABS ((int) at[1] - (int) round (fill.green * 255)) > 60 ||
                 ABS ((int) at[0] - (int) round (fill.blue * 255)) > 60;
      }
  g_test_message ("plate: %u pixels beside the pawns, %u of them inked", seen, inked);
  g_assert_cmpuint (seen, >, 20);
  g_assert_cmpuint (inked, ==, 0);
}

/* Ending: a thank you with the rounds played, no winner; undo brings the game back. */
static void
test_end (void)
{
  g_autoptr(GError) error = NULL;

  die_numbers[0] = 1;
  die_numbers[1] = 1;
  start_game (2);
  press ("space", 1);
  press ("Return", 2);
  press ("space", 3);
  press ("Return", 4);
  g_assert_cmpuint (kb_game_get_rounds_played (game ()), ==, 1);
  g_assert_true (kb_game_end (game (), &error));
  g_assert_no_error (error);
  g_assert_cmpstr (kb_board_page_get_prompt (page), ==, "You played 1 round together.");
  press ("ctrl+z", 4);
  g_assert_null (kb_board_page_get_prompt (page));
  g_assert_cmpuint (kb_game_get_phase (game ()), ==, KB_GAME_PHASE_ROLL);
}

int
main (int   argc,
      char *argv[])
{
  if ((window = kb_test_begin (&argc, &argv, "board", &the_app)) == NULL)
    return 77;

  g_test_add_func ("/board/page/three-turns", test_three_turns);
  g_test_add_func ("/board/page/choose-by-digit", test_choose_by_digit);
  g_test_add_func ("/board/page/special-squares", test_special_squares);
  g_test_add_func ("/board/page/two-digit-throw", test_two_digit_throw);
  g_test_add_func ("/board/page/facilitator", test_facilitator);
  g_test_add_func ("/board/page/save-warning", test_save_warning);
  g_test_add_func ("/board/page/kept-and-offered", test_kept_and_offered);
  g_test_add_func ("/board/page/rest-square", test_rest_square);
  g_test_add_func ("/board/page/kept-game-asks", test_kept_game_asks);
  g_test_add_func ("/board/page/pawns-on-plate", test_pawns_on_plate);
  g_test_add_func ("/board/page/pawns-where-render-puts-them",
                   test_pawns_where_render_puts_them);
  g_test_add_func ("/board/page/end", test_end);

  return kb_test_end (&the_app);
}
