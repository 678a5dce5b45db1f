/* Issue 11, the board game on two screens, in a real compositor: F5 puts the room's board
 * fullscreen on the other screen than the game leader's; the clicker's keys play on from either
 * window (Page Down, Space, B, period); Esc from either window ends presenting; F5 again
 * presents again. */
#include "config.h"

#include "kb-board-page.h"
#include "kb-present-board.h"

static KbWindow *window;

static GtkWindow *
room (void)
{
  return kb_window_get_board_audience (window);
}

static KbBoardPage *
page (void)
{
  return kb_window_get_board_page (window);
}

/* Returns: (nullable): the board the room's window shows */
static GtkWidget *
room_board (void)
{
  return room () != NULL ? kb_present_find (gtk_window_get_child (room ()), KB_TYPE_BOARD_PAGE)
                         : NULL;
}

static gboolean
room_placed (gpointer data)
{
  return kb_present_room_placed (room (), GTK_WINDOW (window));
}

static gboolean
ended (gpointer data)
{
  return kb_present_ended (room (), GTK_WINDOW (window));
}

/* The calm screen for the room, and the game leader's page says so too (the game leader must
 * see what the room sees). */
static gboolean
calm_is (gpointer expected)
{
  GtkWidget *room_page = room_board ();
  gboolean calm = FALSE, room_calm = FALSE;

  g_object_get (page (), "calm", &calm, NULL);
  if (room_page != NULL)
    g_object_get (room_page, "calm", &room_calm, NULL);
  else
    room_calm = calm;
  return calm == GPOINTER_TO_INT (expected) && room_calm == calm;
}

static void
play_key (const char *mode,
          const char *keys)
{
  kb_present_play_key (window, mode, keys);
}

/* After a lost key: both views calm (or not), so the next key is tried from a known state. */
static void
make_calm (gboolean calm)
{
  GtkWidget *room_page = room_board ();
  gboolean leader_calm = FALSE, room_calm = FALSE;

  g_object_get (page (), "calm", &leader_calm, NULL);
  if (room_page != NULL)
    g_object_get (room_page, "calm", &room_calm, NULL);
  g_test_message ("calm: the game leader's page %s, the room's %s",
                  leader_calm ? "yes" : "no", room_page == NULL ? "(no room)" : room_calm ? "yes" : "no");
  g_object_set (page (), "calm", calm, NULL);
  if (room_page != NULL)
    g_object_set (room_page, "calm", calm, NULL);
}

static void
board_keys (const char *mode)
{
  play_key (mode, "Page_Down");
  play_key (mode, "space");
  kb_present_settle (window);
  if (!kb_present_key (mode, "b", "the calm screen for the room and the game leader", calm_is,
                       GINT_TO_POINTER (TRUE)))
    make_calm (TRUE);
  if (!kb_present_key (mode, "period", "the board again for both", calm_is,
                       GINT_TO_POINTER (FALSE)))
    make_calm (FALSE);
}

static void
end_presenting (const char *mode)
{
  if (!kb_present_key (mode, "Escape", "the end of presenting", ended, NULL))
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page ()), "board.present", NULL));
  g_assert_true (kb_present_wait (ended, NULL, 3000));
  kb_present_wait_for_keyboard (GTK_WINDOW (window));
}

static void
test_board_two_screens (void)
{
  g_autoptr(KbApplication) app = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (gdk_display_get_monitors (
                      gdk_display_get_default ())), ==, 2);
  app = kb_test_start_app ();
  kb_present_follow_app (GTK_APPLICATION (app));
  window = KB_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  kb_present_start_board (window);

  if (!kb_present_key_within ("board, windowed, two screens", "F5",
                              "the room's board fullscreen on the other screen", room_placed,
                              NULL, 6000))
    g_assert_nonnull (room ());
  g_test_message ("landing\t%s\tboard F5\tgame leader on %s\troom on %s%s", kb_test_compositor (),
                  kb_present_connector (GTK_WINDOW (window)), kb_present_connector (room ()),
                  gtk_window_is_fullscreen (room ()) ? " (fullscreen)" : "");
  board_keys ("board, presenting, two screens");

  kb_present_click_into (room ());
  board_keys ("board, presenting, in the room's window");
  end_presenting ("board, presenting, in the room's window");

  kb_present_key_within ("board, windowed, two screens", "F5",
                         "the room's board fullscreen on the other screen", room_placed, NULL,
                         6000);
  play_key ("board, presenting again, two screens", "Page_Down");
  end_presenting ("board, presenting again, two screens");
  play_key ("board, windowed after presenting", "Page_Down");

  kb_test_stop_app (g_steal_pointer (&app));
}

int
main (int   argc,
      char *argv[])
{
  kb_present_test_init (&argc, &argv);
  g_test_add_func ("/present/board-two-screens", test_board_two_screens);
  return g_test_run ();
}
