/* What a facilitator notices in the first minutes with a deck, under Xvfb with real key
 * presses: S shuffles only the cards to come, keeps the one on screen and the way back, and
 * can be undone; a filter applies to the card on screen at once; the "Continue" banner names the
 * deck in the interface's language; a card's number and Enter jump to it. */
#include "config.h"


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

  /* S: the card stays on screen, the way back stays, and a toast offers Undo. */
  kb_test_press_key (GTK_WINDOW (window), "s");
  g_assert_true (kb_test_wait_for (label_shown, (gpointer) told));
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
  g_assert_nonnull (find_label (GTK_WIDGET (window), told));
  kb_test_press_key (GTK_WINDOW (window), "ctrl+z");
  g_assert_true (kb_test_wait_for (label_gone, (gpointer) told));
  for (guint i = 0; i < 3; i++)
    {
      kb_test_press_key (GTK_WINDOW (window), "s");
      kb_test_wait_ms (100 * i);
    }
  kb_test_wait_ms (1500);
  g_assert_nonnull (find_label (GTK_WIDGET (window), told));
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
  label = find_label (GTK_WIDGET (window), offer);
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

int
main (int   argc,
      char *argv[])
{
  if ((window = kb_test_begin (&argc, &argv, "play", &the_app)) == NULL)
    return 77;

  g_test_add_func ("/play/notices/shuffle-keeps-history", test_shuffle_keeps_history);
  g_test_add_func ("/play/notices/filter-applies-at-once", test_filter_applies_at_once);
  g_test_add_func ("/play/notices/jump-by-number", test_jump_by_number);
  g_test_add_func ("/play/notices/continue-in-interface-language",
                   test_continue_in_interface_language);
  /* Last: it leaves the cards shuffled. */
  g_test_add_func ("/play/notices/shuffle-again-at-once", test_shuffle_again_at_once);

  return kb_test_end (&the_app);
}
