/* What a facilitator notices in the first minutes with a deck, under Xvfb with real key
 * presses: S shuffles only the cards to come, keeps the one on screen and the way back, and
 * can be undone; a filter applies to the card on screen at once; the "Continue" banner names the
 * deck in the interface's language; a card's number and Enter jump to it. */
#include "config.h"

#include <stdlib.h>
#include <gdk/x11/gdkx.h>

#include "kb-deck-overview.h"
#include "kb-timer-ring.h"

#include "play-page-test-util.h"

static gboolean
peek_is (gpointer expected)
{
  KbCard *next = kb_session_peek_next (kb_play_page_get_session (page));

  return next != NULL && g_str_equal (kb_card_get_id (next), expected);
}

static void
test_shuffle_keeps_history (void)
{
  const char *told = "The cards to come are shuffled";

  open_test_deck ();
  press_expect ("space", "a");
  press_expect ("space", "b");
  press_expect ("space", "c");

  /* S: the card stays on screen, the way back stays, and a toast offers Undo. The shuffle
   * draws its seed from GLib's random numbers: this one changes the next card (d), so that an
   * undo that does nothing cannot pass by luck (one time in six with any seed). */
  g_random_set_seed (5);
  kb_test_press_key (GTK_WINDOW (window), "s");
  g_assert_true (kb_test_wait_for (label_shown, (gpointer) told));
  g_assert_false (peek_is ((gpointer) "d"));
  g_assert_cmpstr (current_id (), ==, "c");
  g_assert_cmpuint (kb_session_get_position (kb_play_page_get_session (page)), ==, 3);
  press_expect ("Prior", "b");
  press_expect ("Prior", "a");
  press_expect ("space", "b");
  press_expect ("space", "c");

  /* Ctrl+Z (the toast's Undo): the order before comes back, and the toast goes. */
  kb_test_press_key (GTK_WINDOW (window), "ctrl+z");
  g_assert_true (kb_test_wait_for (peek_is, (gpointer) "d"));
  g_assert_true (kb_test_wait_for (label_gone, (gpointer) told));
  press_expect ("space", "d");
  press_expect ("space", "e");
  press_expect ("space", "f");
}

/* S pressed again and again, as an impatient facilitator does: each shuffle replaces the last
 * toast, and the window stays (libadwaita 1.2 freed a toast replaced while it was still
 * coming in; kb-toast-queue.c keeps them apart). Ctrl+Z takes back the last shuffle only. */
static void
test_shuffle_again_at_once (void)
{
  const char *told = "The cards to come are shuffled";

  open_test_deck ();
  press_expect ("space", "a");
  for (guint i = 0; i < 4; i++)
    kb_test_press_key (GTK_WINDOW (window), "s");
  /* The toasts in between come and go; the last one stays for its seconds. */
  kb_test_wait_ms (1500);
  g_assert_nonnull (kb_test_find_label (GTK_WIDGET (window), told));
  kb_test_press_key (GTK_WINDOW (window), "ctrl+z");
  g_assert_true (kb_test_wait_for (label_gone, (gpointer) told));
  for (guint i = 0; i < 3; i++)
    {
      kb_test_press_key (GTK_WINDOW (window), "s");
      kb_test_wait_ms (100 * i);
    }
  kb_test_wait_ms (1500);
  g_assert_nonnull (kb_test_find_label (GTK_WIDGET (window), told));
  g_assert_cmpstr (current_id (), ==, "a");
  g_assert_cmpuint (kb_session_get_position (kb_play_page_get_session (page)), ==, 1);
}

static const char *
header_subtitle (void)
{
  GtkWidget *title = find_widget_of_type (GTK_WIDGET (page), ADW_TYPE_WINDOW_TITLE);

  return adw_window_title_get_subtitle (ADW_WINDOW_TITLE (title));
}

/* Unticking a kind takes the card on screen away when it is of that kind, and the header counts
 * only the cards that pass. */
static void
test_filter_applies_at_once (void)
{
  GtkWidget *popover;
  GtkCheckButton *questions;

  open_test_deck ();
  press_expect ("space", "a");
  g_assert_cmpstr (header_subtitle (), ==, "Card 1 of 6");
  popover = find_menu_button_popover (GTK_WIDGET (page), GTK_WIDGET (page));
  questions = find_check (popover, "Questions");
  g_assert_nonnull (questions);
  gtk_check_button_set_active (questions, FALSE);
  g_assert_true (kb_test_wait_for (current_is, (gpointer) "b"));
  g_assert_cmpstr (kb_card_get_id (kb_card_view_get_shown_card (
                     kb_play_page_get_card_view (page))), ==, "b");
  g_assert_cmpstr (header_subtitle (), ==, "Card 1 of 4");
  press_expect ("space", "c");
  g_assert_cmpstr (header_subtitle (), ==, "Card 2 of 4");
  gtk_check_button_set_active (questions, TRUE);
  g_assert_cmpstr (header_subtitle (), ==, "Card 3 of 6");
}

/* The "Continue" banner is part of the interface: it names the deck in the interface's language
 * (English here), whatever language the cards were shown in. */
static void
test_continue_in_interface_language (void)
{
  const char *offer = "Continue where you left off:";
  GtkLabel *label;

  open_test_deck ();
  press_expect ("space", "a");
  kb_test_press_key (GTK_WINDOW (window), "l");
  g_assert_true (kb_test_wait_for (language_is, "nl"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-library", NULL));
  kb_test_wait_for_library (window);
  g_assert_true (kb_test_wait_for (label_shown, (gpointer) offer));
  label = kb_test_find_label (GTK_WIDGET (window), offer);
  g_assert_cmpstr (gtk_label_get_label (label), ==,
                   "Continue where you left off: “Six cards”, card 1 of 6");
}

static gboolean
subtitle_is (gpointer expected)
{
  return g_strcmp0 (header_subtitle (), expected) == 0;
}

/* A card's number and Enter go to that card; Enter alone still goes on; a number with no card
 * changes nothing. The number typed shows in the header only. */
static void
test_jump_by_number (void)
{
  open_test_deck ();
  press_expect ("space", "a");
  kb_test_press_key (GTK_WINDOW (window), "5");
  g_assert_true (kb_test_wait_for (subtitle_is, (gpointer) "Go to card 5 of 6: press Enter"));
  g_assert_cmpstr (current_id (), ==, "a");
  press_expect ("Return", "e");
  g_assert_cmpstr (header_subtitle (), ==, "Card 5 of 6");
  press_expect ("Return", "f");
  kb_test_press_key (GTK_WINDOW (window), "9");
  g_assert_true (kb_test_wait_for (subtitle_is, (gpointer) "Go to card 9 of 6: press Enter"));
  kb_test_press_key (GTK_WINDOW (window), "Return");
  g_assert_true (kb_test_wait_for (subtitle_is, (gpointer) "Card 6 of 6"));
  g_assert_cmpstr (current_id (), ==, "f");
  kb_test_press_key (GTK_WINDOW (window), "KP_2");
  press_expect ("KP_Enter", "b");
}

/* The largest timer ring the window shows, in pixels across; 0 when none is shown. */
static int
shown_ring_size (GtkWidget *root)
{
  int size = 0;

  if (KB_IS_TIMER_RING (root) && gtk_widget_get_mapped (root))
    size = MIN (gtk_widget_get_width (root), gtk_widget_get_height (root));
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_size = shown_ring_size (child);

      size = MAX (size, child_size);
    }
  return size;
}

static gboolean
ring_at_least (gpointer size)
{
  return shown_ring_size (GTK_WIDGET (window)) >= GPOINTER_TO_INT (size);
}

static gboolean
ring_below (gpointer size)
{
  return shown_ring_size (GTK_WIDGET (window)) < GPOINTER_TO_INT (size);
}

static gboolean
timer_running_is (gpointer expected)
{
  return kb_timer_is_running (kb_play_page_get_timer (page)) == GPOINTER_TO_INT (expected);
}

/* In a window (which the projector may mirror) T brings a timer the back row can read: a ring of
 * at least 120 px over the card, not only the button's small one; Shift+T puts it away again. */
static void
test_timer_readable (void)
{
  open_test_deck ();
  press_expect ("space", "a");
  kb_timer_reset (kb_play_page_get_timer (page));
  g_assert_true (kb_test_wait_for (ring_below, GINT_TO_POINTER (120)));
  kb_test_press_key (GTK_WINDOW (window), "t");
  g_assert_true (kb_test_wait_for (timer_running_is, GINT_TO_POINTER (TRUE)));
  g_assert_true (kb_test_wait_for (ring_at_least, GINT_TO_POINTER (120)));
  kb_test_press_key (GTK_WINDOW (window), "t");
  g_assert_true (kb_test_wait_for (timer_running_is, GINT_TO_POINTER (FALSE)));
  g_assert_true (ring_at_least (GINT_TO_POINTER (120)));
  kb_test_press_key (GTK_WINDOW (window), "shift+t");
  g_assert_true (kb_test_wait_for (ring_below, GINT_TO_POINTER (120)));
}

/* The ring @overlay of @width x @height puts over its card, in pixels across. */
static int
ring_over_card_size (int width,
                     int height)
{
  GtkWidget *overlay = g_object_ref_sink (gtk_overlay_new ());
  GtkWidget *ring = GTK_WIDGET (kb_timer_ring_new (NULL));
  int min, nat, size;

  gtk_overlay_set_child (GTK_OVERLAY (overlay), gtk_label_new ("card"));
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), ring);
  kb_timer_ring_place_over_card (KB_TIMER_RING (ring), GTK_OVERLAY (overlay), 24);
  gtk_widget_measure (overlay, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
  gtk_widget_measure (overlay, GTK_ORIENTATION_VERTICAL, width, &min, &nat, NULL, NULL);
  gtk_widget_size_allocate (overlay, &(GtkAllocation) { 0, 0, width, height }, -1);
  size = MIN (gtk_widget_get_width (ring), gtk_widget_get_height (ring));
  g_object_unref (overlay);
  return size;
}

/* The ring over the card keeps a size the back row can read (120 px) in a small window, where a
 * share of the card would be smaller, grows with a projector's picture, and stops at 280 px. */
static void
test_timer_ring_sizes (void)
{
  g_assert_cmpint (ring_over_card_size (480, 320), >=, 120);
  g_assert_cmpint (ring_over_card_size (1920, 1080), >, 200);
  g_assert_cmpint (ring_over_card_size (3840, 2160), <=, 280);
}

static gboolean
overview_is (gpointer shown)
{
  return (kb_play_page_get_overview (page) != NULL) == GPOINTER_TO_INT (shown);
}

static gboolean
overview_n_shown_is (gpointer n)
{
  GtkWidget *overview = kb_play_page_get_overview (page);

  return overview != NULL &&
         kb_deck_overview_get_n_shown (KB_DECK_OVERVIEW (overview)) == GPOINTER_TO_UINT (n);
}

static gboolean
cell_shown (gpointer position)
{
  GtkWidget *overview = kb_play_page_get_overview (page);

  return overview != NULL &&
         kb_deck_overview_get_cell (KB_DECK_OVERVIEW (overview),
                                    GPOINTER_TO_UINT (position)) != NULL;
}

/* Where the window's top left corner is on the X screen, as xdotool sees it. */
static void
window_origin (GtkWidget *widget,
               int       *x,
               int       *y)
{
  GdkSurface *surface = gtk_native_get_surface (gtk_widget_get_native (widget));
  g_autofree char *xid = g_strdup_printf ("%lu", gdk_x11_surface_get_xid (surface));
  const char *argv[] = { "xdotool", "getwindowgeometry", "--shell", xid, NULL };
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL, NULL,
                &error);
  g_assert_no_error (error);
  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], "X="))
      *x = atoi (lines[i] + 2);
    else if (g_str_has_prefix (lines[i], "Y="))
      *y = atoi (lines[i] + 2);
}

/* Clicks the middle of @widget, through the X server as a user's pointer would. */
static void
click_widget (GtkWidget *widget)
{
  GtkWidget *native = GTK_WIDGET (gtk_widget_get_native (widget));
  graphene_point_t point;
  double nx, ny;
  int x = 0, y = 0;

  g_assert_true (gtk_widget_compute_point (widget, native,
                                           &GRAPHENE_POINT_INIT (gtk_widget_get_width (widget) / 2,
                                                                 gtk_widget_get_height (widget) / 2),
                                           &point));
  gtk_native_get_surface_transform (GTK_NATIVE (native), &nx, &ny);
  window_origin (widget, &x, &y);
  kb_test_move_pointer (x + (int) (point.x + nx), y + (int) (point.y + ny));
  kb_test_click ();
}

/* O: the deck at a glance, all six cards; typing searches their text and Enter shows the first
 * found; Esc goes back with the card unchanged; a click on a card shows that one. */
static void
test_overview (void)
{
  GtkWidget *cell;

  open_test_deck ();
  press_expect ("space", "a");
  kb_test_press_key (GTK_WINDOW (window), "o");
  g_assert_true (kb_test_wait_for (overview_n_shown_is, GUINT_TO_POINTER (6)));
  kb_test_press_key (GTK_WINDOW (window), "e");
  g_assert_true (kb_test_wait_for (overview_n_shown_is, GUINT_TO_POINTER (1)));
  g_assert_cmpstr (current_id (), ==, "a");
  press_expect ("Return", "e");
  g_assert_true (kb_test_wait_for (overview_is, GINT_TO_POINTER (FALSE)));

  kb_test_press_key (GTK_WINDOW (window), "o");
  g_assert_true (kb_test_wait_for (overview_n_shown_is, GUINT_TO_POINTER (6)));
  /* Space is the page's "next"; in the overview it is part of the search. */
  kb_test_press_key (GTK_WINDOW (window), "space");
  kb_test_press_key (GTK_WINDOW (window), "Down");
  kb_test_press_key (GTK_WINDOW (window), "x");
  kb_test_press_key (GTK_WINDOW (window), "Escape");
  g_assert_true (kb_test_wait_for (overview_is, GINT_TO_POINTER (FALSE)));
  g_assert_cmpstr (current_id (), ==, "e");
  g_assert_cmpuint (kb_session_get_n_put_away (kb_play_page_get_session (page)), ==, 0);

  kb_test_press_key (GTK_WINDOW (window), "o");
  g_assert_true (kb_test_wait_for (cell_shown, GUINT_TO_POINTER (2)));
  kb_test_wait_for_paint (GTK_WIDGET (window));
  cell = kb_deck_overview_get_cell (KB_DECK_OVERVIEW (kb_play_page_get_overview (page)), 2);
  click_widget (cell);
  g_assert_true (kb_test_wait_for (current_is, (gpointer) "b"));
  g_assert_true (kb_test_wait_for (overview_is, GINT_TO_POINTER (FALSE)));
}
static gboolean
speaker_line_is (gpointer expected)
{
  return g_strcmp0 (kb_play_page_get_speaker_line (page), expected) == 0;
}

static gboolean
has_focus (gpointer widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static gboolean
unmapped (gpointer widget)
{
  return !gtk_widget_get_mapped (widget);
}

static GtkWidget *
find_entry (GtkWidget  *root,
            const char *placeholder)
{
  if (GTK_IS_ENTRY (root) &&
      g_strcmp0 (gtk_entry_get_placeholder_text (GTK_ENTRY (root)), placeholder) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_entry (child, placeholder);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Whether a file under @dir (the app's state: the kept session and its log) has @text. */
static gboolean
kept_anywhere (const char *dir,
               const char *text)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *contents = NULL;

      if (g_file_test (path, G_FILE_TEST_IS_DIR) ? kept_anywhere (path, text)
          : g_file_get_contents (path, &contents, NULL, NULL) && strstr (contents, text) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* Rounds of speakers: names typed in the timer's popover, one per card in turn; the next card
 * is the next speaker's, Page Up goes back one. The names are never kept on disk. */
static void
test_rounds_of_speakers (void)
{
  static const char * const keys[] = { "X", "a", "n", "d", "r", "a", "comma", "space", "Y", "u",
                                       "s", "u", "f", "comma", "comma", "W", "i", "m" };
  GtkWidget *entry;
  GtkPopover *popover;
  g_autofree char *log = NULL;

  open_test_deck ();
  press_expect ("space", "a");
  g_assert_null (kb_play_page_get_speaker_line (page));
  entry = find_entry (GTK_WIDGET (page), "Names, separated by commas");
  g_assert_nonnull (entry);
  popover = GTK_POPOVER (gtk_widget_get_ancestor (entry, GTK_TYPE_POPOVER));
  gtk_popover_popup (popover);
  g_assert_true (kb_test_wait_for ((GSourceFunc) gtk_widget_get_mapped, entry));
  /* The popover's mnemonic takes the keys to the names. */
  kb_test_press_key (GTK_WINDOW (window), "alt+k");
  g_assert_true (kb_test_wait_for (has_focus, entry));
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    kb_test_press_key (GTK_WINDOW (window), keys[i]);
  g_assert_true (kb_test_wait_for (speaker_line_is, (gpointer) "Xandra speaks, then Yusuf"));
  kb_test_press_key (GTK_WINDOW (window), "Escape");
  g_assert_true (kb_test_wait_for (unmapped, popover));
  gtk_widget_grab_focus (GTK_WIDGET (kb_play_page_get_card_view (page)));

  press_expect ("space", "b");
  g_assert_cmpstr (kb_play_page_get_speaker_line (page), ==, "Yusuf speaks, then Wim");
  press_expect ("space", "c");
  g_assert_cmpstr (kb_play_page_get_speaker_line (page), ==, "Wim speaks, then Xandra");
  press_expect ("space", "d");
  g_assert_cmpstr (kb_play_page_get_speaker_line (page), ==, "Xandra speaks, then Yusuf");
  press_expect ("Page_Up", "c");
  g_assert_cmpstr (kb_play_page_get_speaker_line (page), ==, "Wim speaks, then Xandra");

  g_assert_true (kb_session_keeper_flush (kb_play_page_get_keeper (page), NULL));
  g_assert_false (kept_anywhere (g_get_user_state_dir (), "Yusuf"));
  log = kb_session_log_to_json (kb_play_page_get_log (page));
  g_assert_null (strstr (log, "Yusuf"));

  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  g_assert_null (kb_play_page_get_speaker_line (page));
}

int
main (int   argc,
      char *argv[])
{
  if ((window = kb_test_begin (&argc, &argv, "play", &the_app)) == NULL)
    return 77;

  g_test_add_func ("/play/notices/shuffle-keeps-history", test_shuffle_keeps_history);
  g_test_add_func ("/play/notices/filter-applies-at-once", test_filter_applies_at_once);
  g_test_add_func ("/play/notices/jump-by-number", test_jump_by_number);
  g_test_add_func ("/play/notices/timer-readable", test_timer_readable);
  g_test_add_func ("/play/notices/timer-ring-sizes", test_timer_ring_sizes);
  g_test_add_func ("/play/notices/rounds-of-speakers", test_rounds_of_speakers);
  g_test_add_func ("/play/notices/overview", test_overview);
  g_test_add_func ("/play/notices/continue-in-interface-language",
                   test_continue_in_interface_language);
  /* Last: it leaves the cards shuffled. */
  g_test_add_func ("/play/notices/shuffle-again-at-once", test_shuffle_again_at_once);

  return kb_test_end (&the_app);
}
