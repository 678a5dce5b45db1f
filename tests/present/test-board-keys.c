/* Issue 11 on the board page, one screen, in a real compositor: the clicker's keys work
 * there as on the cards, windowed, fullscreen (F) and presenting (F5), and after leaving each:
 * Page Down and Space play on (a move in the kept game, which the next start replays), B and
 * period the calm screen, F5 and Esc in and out. */
#include "config.h"

#include "kb-board-page.h"
#include "kb-present-board.h"

static KbWindow *window;
static KbBoardPage *page;

static gboolean
calm_is (gpointer expected)
{
  gboolean calm;

  g_object_get (page, "calm", &calm, NULL);
  return calm == GPOINTER_TO_INT (expected);
}

static void
play_key (const char *mode,
          const char *keys)
{
  kb_present_play_key (window, mode, keys);
}

static void
board_keys (const char *mode)
{
  play_key (mode, "Page_Down");
  play_key (mode, "space");
  kb_present_settle (window);
  if (!kb_present_key (mode, "b", "the calm screen", calm_is, GINT_TO_POINTER (TRUE)))
    g_object_set (page, "calm", TRUE, NULL);
  if (!kb_present_key (mode, "period", "the board again", calm_is, GINT_TO_POINTER (FALSE)))
    g_object_set (page, "calm", FALSE, NULL);
}

static void
mode_key (const char *mode,
          const char *keys,
          gboolean    fullscreen)
{
  if (kb_present_key (mode, keys, fullscreen ? "a fullscreen window" : "a window again",
                      fullscreen ? kb_present_is_fullscreen : kb_present_is_windowed, window))
    return;
  if (fullscreen)
    gtk_window_fullscreen (GTK_WINDOW (window));
  else
    gtk_window_unfullscreen (GTK_WINDOW (window));
  kb_present_wait (fullscreen ? kb_present_is_fullscreen : kb_present_is_windowed, window, 5000);
}

static void
test_board_keys (void)
{
  g_autoptr(KbApplication) app = kb_test_start_app ();

  kb_present_follow_app (GTK_APPLICATION (app));
  window = KB_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  kb_present_start_board (window);
  page = kb_window_get_board_page (window);

  board_keys ("board, windowed");
  mode_key ("board, windowed", "f", TRUE);
  board_keys ("board, fullscreen (F)");
  mode_key ("board, fullscreen (F)", "Escape", FALSE);
  play_key ("board, windowed after Esc", "Page_Down");

  /* One screen: presenting is fullscreen here. */
  mode_key ("board, windowed after Esc", "F5", TRUE);
  board_keys ("board, presenting, one screen");
  mode_key ("board, presenting, one screen", "Escape", FALSE);
  mode_key ("board, windowed after presenting", "F5", TRUE);
  mode_key ("board, presenting, one screen", "F5", FALSE);
  play_key ("board, windowed at the end", "Page_Down");

  kb_test_stop_app (g_steal_pointer (&app));
}

int
main (int   argc,
      char *argv[])
{
  kb_present_test_init (&argc, &argv);
  g_test_add_func ("/present/board-keys", test_board_keys);
  return g_test_run ();
}
