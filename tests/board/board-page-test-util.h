/* What the board page's UI tests share: the running app, a die that throws what the test says,
 * key presses, what the board shows, and finding widgets. The board test programs include it. */
#pragma once

/* Not every test program uses every helper. */
#pragma GCC diagnostic ignored "-Wunused-function"

#include <gdk/x11/gdkx.h>
#include <adwaita.h>

#include "kb-application.h"
#include "kb-board-page.h"
#include "kb-board-view.h"
#include "kb-ui-test.h"
#include "kb-window.h"

static KbApplication *the_app;
static KbWindow *window;
static KbBoardPage *page;
static KbBoardView *view;

/* The die: the numbers the test wants, one per roll. */
static guint die_numbers[16];
static guint die_next;

/* Who begins the games start_game() sets up. */
static guint starter;

static guint
fixed_die (guint    faces,
           gpointer user_data)
{
  g_assert_cmpuint (die_next, <, G_N_ELEMENTS (die_numbers));
  g_assert_cmpuint (die_numbers[die_next], >=, 1);
  return die_numbers[die_next++];
}

static KbGame *
game (void)
{
  return kb_board_page_get_game (page);
}

static gboolean
settled (gpointer data)
{
  return !kb_board_view_is_animating (view);
}

static gboolean
screen_is (gpointer name)
{
  return g_strcmp0 (kb_window_get_visible_screen (window), name) == 0;
}

static gboolean
calm_is (gpointer expected)
{
  gboolean calm;

  g_object_get (page, "calm", &calm, NULL);
  return calm == GPOINTER_TO_INT (expected);
}

static gboolean
n_moves_is (gpointer n)
{
  return game () != NULL && kb_game_get_n_moves (game ()) == GPOINTER_TO_UINT (n);
}

/* Presses @key and waits until the game has @n_moves moves and the board has stopped moving. */
static void
press (const char *key,
       guint       n_moves)
{
  kb_test_press_key (GTK_WINDOW (window), key);
  if (!kb_test_wait_for (n_moves_is, GUINT_TO_POINTER (n_moves)))
    g_error ("after “%s” the game has %u moves, not %u", key, kb_game_get_n_moves (game ()),
             n_moves);
  g_assert_true (kb_test_wait_for (settled, NULL));
}

/* The board shows every pawn where the game has it, and the game's card in the middle. */
static void
assert_board_shows (const guint *squares,
                    guint        n)
{
  g_assert_cmpuint (kb_game_get_n_players (game ()), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpuint (kb_game_get_player_square (game (), i), ==, squares[i]);
      g_assert_cmpuint (kb_board_view_get_shown_square (view, i), ==, squares[i]);
      g_assert_cmpuint (kb_board_page_get_shown_box_count (page, i), ==,
                        kb_game_get_player_box_size (game (), i));
    }
  g_assert_true (kb_board_view_get_shown_card (view) == kb_game_get_card (game ()));
}

/* The card on the board is of the colour of the square the current player stands on. */
static void
assert_card_matches_square (void)
{
  KbCard *card = kb_board_view_get_shown_card (view);
  KbBoard *board = kb_game_get_board (game ());
  guint square = kb_game_get_player_square (game (), kb_game_get_current_player (game ()));

  g_assert_nonnull (card);
  g_assert_true (kb_card_get_category (card) ==
                 kb_square_get_category (kb_board_get_square (board, square)));
}

static KbDeck *
builtin_deck (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("KLETSBORDEN_CARDS_DIR"),
                                            "kletsborden.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  KbDeck *deck = kb_deck_new_from_file (file, &error);

  g_assert_no_error (error);
  return deck;
}

/* The new-game page, @n_players players, the one `starter` says begins; Return starts. */
static void
start_game (guint n_players)
{
  g_autoptr(KbDeck) deck = builtin_deck ();
  KbNewGamePage *new_game = kb_window_get_new_game_page (window);
  const char *names[] = { "Anna", "Bram", "Cem", "Dewi" };
  g_autoptr(KbGameKeeper) keeper = kb_game_keeper_new (NULL);

  /* Each test starts afresh: a kept game would be offered first (tested on its own). */
  g_assert_true (kb_game_keeper_forget_for (keeper, kb_deck_get_file (deck), NULL));
  kb_window_new_board_game (window, deck);
  g_assert_cmpstr (kb_window_get_visible_screen (window), ==, "new-game");
  g_assert_true (kb_new_game_page_get_deck (new_game) == deck);
  while (kb_new_game_page_get_n_players (new_game) < n_players)
    kb_new_game_page_add_player (new_game);
  while (kb_new_game_page_get_n_players (new_game) > n_players)
    kb_new_game_page_remove_player (new_game, kb_new_game_page_get_n_players (new_game) - 1);
  for (guint i = 0; i < n_players; i++)
    kb_new_game_page_set_player_name (new_game, i, names[i]);
  kb_new_game_page_set_starter (new_game, starter);
  kb_new_game_page_focus (new_game);
  kb_test_wait_for_paint (GTK_WIDGET (new_game));

  kb_test_press_key (GTK_WINDOW (window), "Return");
  if (!kb_test_wait_for (screen_is, "board"))
    g_error ("Return did not start the game; the focus is on %s",
             gtk_window_get_focus (GTK_WINDOW (window))
             ? G_OBJECT_TYPE_NAME (gtk_window_get_focus (GTK_WINDOW (window))) : "nothing");
  page = kb_window_get_board_page (window);
  view = kb_board_page_get_board_view (page);
  g_assert_cmpuint (kb_game_get_n_players (game ()), ==, n_players);
  g_assert_cmpstr (kb_game_get_player_name (game (), 1), ==, "Bram");
  g_assert_cmpuint (kb_game_get_phase (game ()), ==, KB_GAME_PHASE_ROLL);
  kb_game_set_die_func (game (), fixed_die, NULL, NULL);
  die_next = 0;
  kb_test_wait_for_paint (GTK_WIDGET (view));
}

static void
focus_window (GtkWindow *focused)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (focused));
  g_autofree char *xid = g_strdup_printf ("%lu", gdk_x11_surface_get_xid (surface));
  const char *argv[] = { "xdotool", "windowfocus", "--sync", xid, NULL };
  g_autoptr(GError) error = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

/* The first widget of @type in @root; with @label, the first button with that label. */
static GtkWidget *
find_widget_labelled (GtkWidget  *root,
                      GType       type,
                      const char *label)
{
  if (g_type_is_a (G_OBJECT_TYPE (root), type) &&
      (label == NULL || g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget_labelled (child, type, label);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_widget (GtkWidget *root,
             GType      type)
{
  return find_widget_labelled (root, type, NULL);
}

/* The dialog a facilitator action opened. */
static AdwMessageDialog *
open_dialog (const char *action)
{
  g_autoptr(GListModel) toplevels = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), action, NULL));
  toplevels = gtk_window_get_toplevels ();
  g_object_ref (toplevels);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);
      if (ADW_IS_MESSAGE_DIALOG (toplevel))
        return ADW_MESSAGE_DIALOG (toplevel);
    }
  g_error ("%s opened no dialog", action);
}

/* Two players on the built-in board: Anna throws 9, Bram 6, Anna 6, onto the swap square 16
 * (15 counted from 0) while Bram stands on 7. */
static void
reach_swap_square (void)
{
  start_game (2);
  press ("9", 1);
  press ("Return", 2);
  press ("6", 3);
  press ("Return", 4);
  press ("6", 5);
  g_assert_cmpuint (kb_game_get_phase (game ()), ==, KB_GAME_PHASE_CHOOSE_PLAYER);
}

/* The game leader's Move a Pawn: @player's pawn to the square numbered @number (from 1); the
 * move is made, the pawn may still be on its way. */
static void
move_by_hand (guint player,
              guint number)
{
  AdwMessageDialog *dialog = open_dialog ("board.move-pawn");

  gtk_drop_down_set_selected (GTK_DROP_DOWN (find_widget (GTK_WIDGET (dialog),
                                                          GTK_TYPE_DROP_DOWN)), player);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (find_widget (GTK_WIDGET (dialog),
                                                           GTK_TYPE_SPIN_BUTTON)), number);
  adw_message_dialog_response (dialog, "move");
  gtk_window_destroy (GTK_WINDOW (dialog));
}
