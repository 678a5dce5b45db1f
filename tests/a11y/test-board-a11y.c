/* The board for every player, through real key presses: read-aloud with the recording speaker
 * (with the `read-aloud` setting the die and the card that came up are read, then whose turn it
 * is; R rolls while the die is to be rolled and reads the card once one is up); the system's
 * animations off (die and pawn jump to the end) and its high contrast. */
#include "config.h"

#include <string.h>

#include "kb-board-page.h"
#include "kb-board-view.h"
#include "kb-read-aloud.h"
#include "kb-game-keeper.h"
#include "kb-locale.h"
#include "kb-new-game-page.h"
#include "kb-speaker-fake.h"
#include "kb-ui-test.h"
#include "kb-window.h"

static KbApplication *the_app;
static KbWindow *window;
static KbBoardPage *page;
static KbSpeakerFake *fake;
static guint throw_value;

static guint
fixed_die (guint    faces,
           gpointer user_data)
{
  return throw_value;
}

static KbGame *
game (void)
{
  return kb_board_page_get_game (page);
}

static gboolean
settled_at (gpointer n_moves)
{
  return kb_game_get_n_moves (game ()) == GPOINTER_TO_UINT (n_moves) &&
         !kb_board_view_is_animating (kb_board_page_get_board_view (page));
}

static gboolean
n_spoken_is (gpointer expected)
{
  return kb_speaker_fake_get_n_spoken (fake) == GPOINTER_TO_UINT (expected);
}

static gboolean
n_moves_is (gpointer n_moves)
{
  return kb_game_get_n_moves (game ()) == GPOINTER_TO_UINT (n_moves);
}

static gboolean
screen_is (gpointer name)
{
  return g_strcmp0 (kb_window_get_visible_screen (window), name) == 0;
}

static void
press (const char *key,
       guint       n_moves)
{
  kb_test_press_key (GTK_WINDOW (window), key);
  g_assert_true (kb_test_wait_for (settled_at, GUINT_TO_POINTER (n_moves)));
}

/* Two players on the built-in board game; the die lands the first on a square with cards. */
static void
start_game (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("KLETSBORDEN_CARDS_DIR"),
                                            "kletsborden.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDeck) deck = kb_deck_new_from_file (file, &error);
  KbNewGamePage *new_game = kb_window_get_new_game_page (window);
  g_autoptr(KbGameKeeper) keeper = kb_game_keeper_new (NULL);
  KbBoard *board;

  g_assert_no_error (error);
  /* Each test starts afresh: a kept game would be offered first. */
  g_assert_true (kb_game_keeper_forget_for (keeper, kb_deck_get_file (deck), NULL));
  kb_window_new_board_game (window, deck);
  while (kb_new_game_page_get_n_players (new_game) > 2)
    kb_new_game_page_remove_player (new_game, kb_new_game_page_get_n_players (new_game) - 1);
  kb_new_game_page_set_player_name (new_game, 0, "Anna");
  kb_new_game_page_set_player_name (new_game, 1, "Bram");
  kb_new_game_page_set_starter (new_game, 0);
  kb_new_game_page_focus (new_game);
  kb_test_wait_for_paint (GTK_WIDGET (new_game));
  kb_test_press_key (GTK_WINDOW (window), "Return");
  g_assert_true (kb_test_wait_for (screen_is, "board"));
  page = kb_window_get_board_page (window);
  kb_game_set_die_func (game (), fixed_die, NULL, NULL);
  board = kb_game_get_board (game ());
  for (throw_value = 1; kb_square_get_category (kb_board_get_square (board, throw_value)) == NULL;
       throw_value++)
    ;
  kb_test_wait_for_paint (GTK_WIDGET (page));
}

static void
test_board_reads_aloud (void)
{
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);
  g_autofree char *words = NULL;
  g_autofree char *die = NULL;
  const char *lang;

  g_settings_set_boolean (settings, "read-aloud", TRUE);
  start_game ();
  kb_speaker_fake_reset (fake);

  /* R rolls while the die is to be rolled; once settled: the die, then the card. */
  press ("r", 1);
  g_assert_cmpuint (kb_game_get_phase (game ()), ==, KB_GAME_PHASE_CARD);
  g_assert_true (kb_test_wait_for (n_spoken_is, GUINT_TO_POINTER (1)));
  lang = kb_speaker_fake_get_language (fake);
  words = kb_read_aloud_words (kb_game_get_card (game ()), kb_game_get_deck (game ()), lang);
  die = g_strdup_printf ("You threw %u. %s", throw_value, words);
  g_assert_cmpstr (kb_speaker_fake_get_text (fake), ==, die);

  /* R with a card up reads the card again, and does not roll. */
  kb_test_press_key (GTK_WINDOW (window), "r");
  g_assert_true (kb_test_wait_for (n_spoken_is, GUINT_TO_POINTER (2)));
  g_assert_cmpstr (kb_speaker_fake_get_text (fake), ==, words);
  g_assert_cmpuint (kb_game_get_n_moves (game ()), ==, 1);

  /* The next player: the voice stops and says whose turn it is. */
  press ("Return", 2);
  g_assert_true (kb_test_wait_for (n_spoken_is, GUINT_TO_POINTER (3)));
  g_assert_true (g_str_has_prefix (kb_speaker_fake_get_text (fake), "Bram’s turn."));

  /* With the setting off, R reads all the same, and only when asked. */
  g_settings_set_boolean (settings, "read-aloud", FALSE);
  press ("space", 3);
  g_assert_cmpuint (kb_speaker_fake_get_n_spoken (fake), ==, 3);
  g_assert_false (kb_speaker_fake_is_speaking (fake));
  kb_test_press_key (GTK_WINDOW (window), "r");
  g_assert_true (kb_test_wait_for (n_spoken_is, GUINT_TO_POINTER (4)));
}

static gboolean
drawn_high_contrast_is (gpointer expected)
{
  return kb_board_view_get_drawn_high_contrast (kb_board_page_get_board_view (page)) ==
         GPOINTER_TO_INT (expected);
}

static void
test_system_settings (void)
{
  g_autoptr(GSettings) system = g_settings_new ("org.gnome.desktop.a11y.interface");
  KbBoardView *view;

  start_game ();
  view = kb_board_page_get_board_view (page);

  /* Animations off: the die and the pawn are at the end at once. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  kb_test_press_key (GTK_WINDOW (window), "space");
  g_assert_true (kb_test_wait_for (n_moves_is, GUINT_TO_POINTER (1)));
  g_assert_false (kb_board_view_is_animating (view));
  press ("Return", 2);

  /* On again: the next roll walks. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", TRUE, NULL);
  kb_test_press_key (GTK_WINDOW (window), "space");
  g_assert_true (kb_test_wait_for (n_moves_is, GUINT_TO_POINTER (3)));
  g_assert_true (kb_board_view_is_animating (view));
  g_assert_true (kb_test_wait_for (settled_at, GUINT_TO_POINTER (3)));

  /* The system's high contrast draws the board in the high-contrast theme. */
  g_assert_false (kb_board_view_get_drawn_high_contrast (view));
  g_settings_set_boolean (system, "high-contrast", TRUE);
  g_assert_true (kb_test_wait_for (drawn_high_contrast_is, GINT_TO_POINTER (TRUE)));
  g_settings_set_boolean (system, "high-contrast", FALSE);
  g_assert_true (kb_test_wait_for (drawn_high_contrast_is, GINT_TO_POINTER (FALSE)));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *state_dir = g_dir_make_tmp ("kb-board-read-XXXXXX", NULL);
  int status;

  g_setenv ("XDG_STATE_HOME", state_dir, TRUE);
  g_setenv ("KB_SPEAKER", "fake", TRUE);
  /* No session bus, so no settings portal: AdwStyleManager then reads GNOME's high-contrast
   * key from GSettings (the memory backend), which the test can set. */
  g_unsetenv ("DBUS_SESSION_BUS_ADDRESS");
  kb_locale_init ();
  gtk_test_init (&argc, &argv, NULL);

  if (!kb_test_can_press_keys ())
    {
      g_test_skip ("needs an X display (Xvfb) and xdotool");
      return 77;
    }

  fake = KB_SPEAKER_FAKE (kb_speaker_get_default ());
  the_app = kb_test_start_app ();
  window = KB_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (the_app)));
  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 700);

  g_test_add_func ("/a11y/read-aloud/board", test_board_reads_aloud);
  g_test_add_func ("/a11y/system/board", test_system_settings);

  status = g_test_run ();
  kb_test_stop_app (g_steal_pointer (&the_app));
  return status;
}
