/* Issue 11 with two screens, in a real compositor: "kletsborden --present DECK" started with
 * the pointer on the second screen (KB_TEST_POINTER_SCREEN=1 for the first) puts the room's
 * window fullscreen on the other screen than the facilitator's; M swaps the two views (both
 * screens stay in use, never one on top of the other); keys work from either window; Esc from
 * either window ends presenting; F5 presents again. A line "# landing …" tells where each
 * window landed (figures.sh counts them). */
#include "config.h"

#include "kb-present-test.h"
#include "kb-window.h"

static KbWindow *window;

static GtkWindow *
room (void)
{
  return kb_window_get_audience_window (window);
}

/* The room's window is up, fullscreen, on another screen than the facilitator's. */
static gboolean
room_placed (gpointer data)
{
  return kb_present_room_placed (room (), GTK_WINDOW (window));
}

static gboolean
room_shown (gpointer data)
{
  return room () != NULL && gtk_widget_get_mapped (GTK_WIDGET (room ())) &&
         kb_present_monitor (room ()) != NULL && kb_present_monitor (GTK_WINDOW (window)) != NULL;
}

static gboolean
not_presenting (gpointer data)
{
  return kb_present_ended (room (), GTK_WINDOW (window));
}

typedef struct { GdkMonitor *room_was; GdkMonitor *facilitator_was; } Swap;

/* M: the room's view is where the facilitator's was, and the other way round. */
static gboolean
swapped (gpointer data)
{
  Swap *swap = data;

  return room_placed (NULL) && kb_present_monitor (room ()) != swap->room_was &&
         kb_present_monitor (room ()) == swap->facilitator_was;
}

static void
report_landing (const char *when,
                const char *pointer)
{
  g_test_message ("landing\t%s\t%s\tpointer on %s\tfacilitator on %s%s\troom on %s%s",
                  kb_test_compositor (), when, pointer,
                  kb_present_connector (GTK_WINDOW (window)),
                  gtk_window_is_fullscreen (GTK_WINDOW (window)) ? " (fullscreen)" : "",
                  room () != NULL ? kb_present_connector (room ()) : "(no window)",
                  room () != NULL && gtk_window_is_fullscreen (room ()) ? " (fullscreen)" : "");
}

/* A click into @target must not be a move: the kept session stays where it was. */
static void
click_into (GtkWindow *target)
{
  int kept = kb_test_kept_position ();

  kb_present_click_into (target);
  g_assert_cmpint (kb_test_kept_position (), ==, kept);
}

static int main_maps;

static void
count_map (void)
{
  main_maps++;
}

static gboolean
never (gpointer data)
{
  return FALSE;
}

static void
test_present_two_screens (void)
{
  g_autoptr(KbApplication) app = NULL;
  g_autofree char *path = g_build_filename (g_getenv ("KLETSBORDEN_CARDS_DIR"),
                                            "kletsborden.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GListModel *monitors = gdk_display_get_monitors (gdk_display_get_default ());
  const char *pointer_screen = g_getenv ("KB_TEST_POINTER_SCREEN");
  int screen = pointer_screen != NULL ? atoi (pointer_screen) : 2;
  g_autoptr(GdkMonitor) pointer_monitor = NULL;
  GdkRectangle area;
  gint64 start;
  Swap swap;

  g_assert_cmpuint (g_list_model_get_n_items (monitors), ==, 2);
  pointer_monitor = g_list_model_get_item (monitors, screen - 1);
  gdk_monitor_get_geometry (pointer_monitor, &area);
  kb_test_move_pointer (area.x + area.width / 2, area.y + area.height / 2);

  /* What "kletsborden --present DECK" does (kb-application.c). */
  app = kb_test_start_app ();
  kb_present_follow_app (GTK_APPLICATION (app));
  window = KB_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_true (kb_window_open_file (window, file, KB_WINDOW_PLAY_CARDS));
  g_signal_connect (window, "map", G_CALLBACK (count_map), NULL);
  start = g_get_monotonic_time ();
  kb_window_present_deck_soon (window);

  kb_present_wait (room_shown, NULL, 8000);
  g_test_message ("landed after %" G_GINT64_FORMAT " ms",
                  (g_get_monotonic_time () - start) / 1000);
  /* A compositor may move a window once more: give it a moment to get it right. */
  kb_present_wait (room_placed, NULL, 3000);
  report_landing ("at start", gdk_monitor_get_connector (pointer_monitor));
  if (!room_placed (NULL))
    {
      g_test_message ("--present: the room's window is not fullscreen on the other screen: %s",
                      kb_present_describe_focus ());
      g_test_fail ();
    }
  g_assert_nonnull (room ());
  /* figures.sh: only where the windows land, launch after launch. */
  if (g_getenv ("KB_TEST_LANDING_ONLY") != NULL)
    {
      kb_test_stop_app (g_steal_pointer (&app));
      return;
    }

  /* Keys where the focus is after the start: the facilitator's window. */
  kb_present_key_moves ("presenting, two screens", "space", 1);
  kb_present_key_moves ("presenting, two screens", "Page_Down", 1);
  kb_present_key_moves ("presenting, two screens", "Page_Up", -1);

  /* M swaps the two views. */
  swap = (Swap) { kb_present_monitor (room ()), kb_present_monitor (GTK_WINDOW (window)) };
  kb_present_key_within ("presenting, two screens", "m",
                         "the room's and the facilitator's views swapped", swapped, &swap, 10000);
  report_landing ("after M", gdk_monitor_get_connector (pointer_monitor));
  kb_present_key_moves ("presenting, after M", "Page_Down", 1);

  /* From the room's window: a click there, and its keys still drive the cards. */
  if (room () != NULL && kb_present_monitor (room ()) != NULL)
    {
      click_into (room ());
      kb_present_key_moves ("presenting, in the room's window", "Page_Down", 1);
      kb_present_key_moves ("presenting, in the room's window", "Page_Up", -1);
      kb_present_key ("presenting, in the room's window", "Escape", "the end of presenting",
                      not_presenting, NULL);
    }
  if (!not_presenting (NULL))
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  g_assert_true (kb_present_wait (not_presenting, NULL, 3000));
  kb_present_wait_for_keyboard (GTK_WINDOW (window));

  /* F5 presents again, from the facilitator's window; Esc there ends it. */
  kb_present_key_within ("windowed, two screens", "F5", "the room's window on the other screen",
                         room_placed, NULL, 10000);
  report_landing ("after F5", gdk_monitor_get_connector (pointer_monitor));
  /* F5 soon after Esc: what handed the keyboard back after the last presenting must not take it
   * from the room's window now (it once mapped the main window anew, seconds later). */
  main_maps = 0;
  kb_present_wait (never, NULL, 4000);
  if (main_maps != 0 || !kb_present_is_active (room ()))
    {
      g_test_message ("presenting again: the main window was mapped anew %d times; %s", main_maps,
                      kb_present_describe_focus ());
      g_test_fail ();
    }
  kb_present_key_moves ("presenting again, two screens", "Page_Down", 1);
  kb_present_key ("presenting again, two screens", "Escape", "the end of presenting",
                  not_presenting, NULL);
  if (!not_presenting (NULL))
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  g_assert_true (kb_present_wait (not_presenting, NULL, 3000));
  kb_present_wait_for_keyboard (GTK_WINDOW (window));
  kb_present_key_moves ("windowed, after presenting", "Page_Down", 1);

  kb_test_stop_app (g_steal_pointer (&app));
}

int
main (int   argc,
      char *argv[])
{
  kb_present_test_init (&argc, &argv);
  g_test_add_func ("/present/two-screens", test_present_two_screens);
  return g_test_run ();
}
