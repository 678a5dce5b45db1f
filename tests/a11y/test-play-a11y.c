/* The play page for every player, through real key presses: read-aloud with the recording
 * speaker (R reads the card in the session's language, the next card stops it, the `read-aloud`
 * setting reads each new card, briefs are never read, without a speech service the window says
 * so once); the system's animations off (the card jumps, the timer's glow stands still); the
 * system's high contrast and H, remembered. */
#include "config.h"

#include <adwaita.h>

#include <string.h>

#include "kb-read-aloud.h"
#include "kb-locale.h"
#include "kb-play-page.h"
#include "kb-speaker-fake.h"
#include "kb-timer-ring.h"
#include "kb-window.h"
#include "kb-ui-test.h"

static KbApplication *the_app;
static KbWindow *window;
static KbPlayPage *page;
static KbSpeakerFake *fake;

static KbSession *
session (void)
{
  return kb_play_page_get_session (page);
}

static gboolean
current_is (gpointer expected)
{
  KbCard *card = kb_session_get_current (session ());
  return card != NULL && g_str_equal (kb_card_get_id (card), expected);
}

static gboolean
n_spoken_is (gpointer expected)
{
  return kb_speaker_fake_get_n_spoken (fake) == GPOINTER_TO_UINT (expected);
}

static gboolean
n_stopped_above (gpointer before)
{
  return kb_speaker_fake_get_n_stopped (fake) > GPOINTER_TO_UINT (before);
}

static void
press_expect (const char *key,
              const char *card)
{
  kb_test_press_key (GTK_WINDOW (window), key);
  g_assert_true (kb_test_wait_for (current_is, (gpointer) card));
}

/* What the voice should say for the card on screen. */
static char *
expected_words (void)
{
  return kb_read_aloud_words (kb_session_get_current (session ()),
                              kb_session_get_deck (session ()),
                              kb_session_get_language (session ()));
}

/* The visible label that tells there is no speech service, if one shows. */
static GtkWidget *
find_message (GtkWidget *widget)
{
  if (!gtk_widget_get_visible (widget))
    return NULL;
  if (GTK_IS_LABEL (widget) &&
      strstr (gtk_label_get_label (GTK_LABEL (widget)), "speech-dispatcher") != NULL)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_message (child);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
message_shows (gpointer unused)
{
  return find_message (GTK_WIDGET (window)) != NULL;
}

static void
open_test_deck (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "play", "data", "six-cards.json",
                                                 NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_true (kb_window_open_file (window, file, KB_WINDOW_PLAY_CARDS));
  page = kb_window_get_play_page (window);
  kb_test_wait_for_paint (GTK_WIDGET (page));
}

static void
test_r_reads_the_card (void)
{
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);
  g_autofree char *words = NULL;
  guint stopped;

  g_settings_set_boolean (settings, "read-aloud", FALSE);
  open_test_deck ();
  kb_speaker_fake_reset (fake);

  press_expect ("space", "a");
  g_assert_cmpuint (kb_speaker_fake_get_n_spoken (fake), ==, 0);   /* the setting is off */
  kb_test_press_key (GTK_WINDOW (window), "r");
  g_assert_true (kb_test_wait_for (n_spoken_is, GUINT_TO_POINTER (1)));
  words = expected_words ();
  g_assert_cmpstr (kb_speaker_fake_get_text (fake), ==, words);
  g_assert_nonnull (strstr (words, "Card A"));   /* the tests run the app in English */
  g_assert_cmpstr (kb_speaker_fake_get_language (fake), ==, "en");
  g_assert_true (kb_speaker_fake_is_speaking (fake));

  /* The next card cuts the voice off; with the setting off nothing new is read. */
  stopped = kb_speaker_fake_get_n_stopped (fake);
  press_expect ("space", "b");
  g_assert_true (kb_test_wait_for (n_stopped_above, GUINT_TO_POINTER (stopped)));
  g_assert_false (kb_speaker_fake_is_speaking (fake));
  g_assert_cmpuint (kb_speaker_fake_get_n_spoken (fake), ==, 1);

  /* L switches the language: R reads the Dutch text, in Dutch. */
  kb_test_press_key (GTK_WINDOW (window), "l");
  kb_test_press_key (GTK_WINDOW (window), "r");
  g_assert_true (kb_test_wait_for (n_spoken_is, GUINT_TO_POINTER (2)));
  g_assert_cmpstr (kb_speaker_fake_get_language (fake), ==, "nl");
  g_assert_nonnull (strstr (kb_speaker_fake_get_text (fake), "Kaart B."));
}

static void
test_setting_reads_each_card (void)
{
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);
  g_autofree char *words = NULL;
  guint spoken, stopped;

  open_test_deck ();
  g_settings_set_boolean (settings, "read-aloud", TRUE);
  kb_speaker_fake_reset (fake);

  press_expect ("space", "a");
  g_assert_true (kb_test_wait_for (n_spoken_is, GUINT_TO_POINTER (1)));
  words = expected_words ();
  g_assert_cmpstr (kb_speaker_fake_get_text (fake), ==, words);

  /* Space: the voice stops, then the next card is read. */
  stopped = kb_speaker_fake_get_n_stopped (fake);
  press_expect ("space", "b");
  g_assert_true (kb_test_wait_for (n_spoken_is, GUINT_TO_POINTER (2)));
  g_assert_cmpuint (kb_speaker_fake_get_n_stopped (fake), >, stopped);
  g_assert_true (kb_speaker_fake_is_speaking (fake));
  g_clear_pointer (&words, g_free);
  words = expected_words ();
  g_assert_cmpstr (kb_speaker_fake_get_text (fake), ==, words);
  g_assert_true (g_str_has_suffix (words, " B."));   /* "… Card B." or "… Kaart B." */

  /* A case: title, situation and the role names; never a brief, that is for one player. */
  press_expect ("space", "c");
  press_expect ("space", "d");
  spoken = kb_speaker_fake_get_n_spoken (fake);
  press_expect ("space", "e");
  g_assert_true (kb_test_wait_for (n_spoken_is, GUINT_TO_POINTER (spoken + 1)));
  g_clear_pointer (&words, g_free);
  words = expected_words ();
  g_assert_cmpstr (kb_speaker_fake_get_text (fake), ==, words);
  g_assert_true (strstr (words, "Client, Professional.") != NULL ||
                 strstr (words, "Cliënt, Professional.") != NULL);
  g_assert_null (strstr (words, "You"));   /* the client's brief */
  g_assert_null (strstr (words, "Jij"));
  g_settings_set_boolean (settings, "read-aloud", FALSE);
}

static void
test_no_speech_service (void)
{
  GtkWidget *message;
  guint spoken;

  open_test_deck ();
  kb_speaker_fake_reset (fake);
  kb_speaker_fake_set_available (fake, FALSE);
  press_expect ("space", "a");

  kb_test_press_key (GTK_WINDOW (window), "r");
  g_assert_true (kb_test_wait_for (message_shows, NULL));
  message = find_message (GTK_WIDGET (window));
  g_assert_true (gtk_widget_is_ancestor (message, GTK_WIDGET (page)));
  spoken = kb_speaker_fake_get_n_spoken (fake);
  g_assert_cmpuint (spoken, ==, 0);

  /* Once: after it went, R says nothing more, and the page plays on. */
  gtk_widget_set_visible (message, FALSE);
  kb_test_press_key (GTK_WINDOW (window), "r");
  press_expect ("space", "b");
  g_assert_false (message_shows (NULL));
  g_assert_cmpuint (kb_speaker_fake_get_n_spoken (fake), ==, 0);
  kb_speaker_fake_set_available (fake, TRUE);
}

static void
set_animations (gboolean on)
{
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", on, NULL);
}

static GtkWidget *
find_type (GtkWidget *widget,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && gtk_widget_get_mapped (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
timer_finished (gpointer timer)
{
  kb_timer_update (timer);
  return kb_timer_is_finished (timer);
}

static void
test_animations_off (void)
{
  KbCardView *view;
  KbTimer *timer;
  KbTimerRing *ring;

  open_test_deck ();
  view = kb_play_page_get_card_view (page);

  /* On: the card comes in moving. */
  set_animations (TRUE);
  press_expect ("space", "a");
  g_assert_true (kb_card_view_is_animating (view));

  /* Off: every card is at its place at once, the draw and the flip alike. */
  set_animations (FALSE);
  press_expect ("space", "b");
  g_assert_false (kb_card_view_is_animating (view));
  press_expect ("Left", "a");
  g_assert_false (kb_card_view_is_animating (view));

  /* The timer's glow at the end stands still: no frames asked for. */
  timer = kb_play_page_get_timer (page);
  ring = KB_TIMER_RING (find_type (GTK_WIDGET (page), KB_TYPE_TIMER_RING));
  g_assert_nonnull (ring);
  kb_timer_set_duration (timer, G_USEC_PER_SEC / 10);
  kb_timer_start (timer);
  g_assert_true (kb_test_wait_for (timer_finished, timer));
  kb_test_wait_for_paint (GTK_WIDGET (ring));
  g_assert_false (kb_timer_ring_is_ticking (ring));
  set_animations (TRUE);
  kb_timer_reset (timer);
  kb_timer_start (timer);
  g_assert_true (kb_test_wait_for (timer_finished, timer));
  kb_test_wait_for_paint (GTK_WIDGET (ring));
  g_assert_true (kb_timer_ring_is_ticking (ring));   /* it glows */
  kb_timer_reset (timer);
  kb_timer_set_duration (timer, 120 * G_USEC_PER_SEC);
}

static gboolean
drawn_high_contrast_is (gpointer expected)
{
  return kb_card_view_get_drawn_high_contrast (kb_play_page_get_card_view (page)) ==
         GPOINTER_TO_INT (expected);
}

static void
test_high_contrast (void)
{
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);
  g_autoptr(GSettings) system = g_settings_new ("org.gnome.desktop.a11y.interface");
  AdwStyleManager *style = adw_style_manager_get_default ();

  g_settings_set_boolean (settings, "high-contrast", FALSE);
  open_test_deck ();
  press_expect ("space", "a");
  g_assert_false (kb_card_view_get_drawn_high_contrast (kb_play_page_get_card_view (page)));

  /* H: high contrast, and remembered. */
  kb_test_press_key (GTK_WINDOW (window), "h");
  g_assert_true (kb_test_wait_for (drawn_high_contrast_is, GINT_TO_POINTER (TRUE)));
  g_assert_true (g_settings_get_boolean (settings, "high-contrast"));
  kb_test_press_key (GTK_WINDOW (window), "h");
  g_assert_true (kb_test_wait_for (drawn_high_contrast_is, GINT_TO_POINTER (FALSE)));
  g_assert_false (g_settings_get_boolean (settings, "high-contrast"));

  /* The system's high contrast (GNOME's accessibility setting, as AdwStyleManager reads it). */
  g_settings_set_boolean (system, "high-contrast", TRUE);
  if (!adw_style_manager_get_high_contrast (style))
    {
      g_settings_set_boolean (system, "high-contrast", FALSE);
      g_test_skip ("AdwStyleManager does not read the GSettings key here (a settings portal?)");
      return;
    }
  g_assert_true (kb_test_wait_for (drawn_high_contrast_is, GINT_TO_POINTER (TRUE)));
  g_settings_set_boolean (system, "high-contrast", FALSE);
  g_assert_true (kb_test_wait_for (drawn_high_contrast_is, GINT_TO_POINTER (FALSE)));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *state_dir = g_dir_make_tmp ("kb-read-aloud-XXXXXX", NULL);
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

  g_test_add_func ("/a11y/read-aloud/r-key", test_r_reads_the_card);
  g_test_add_func ("/a11y/read-aloud/setting", test_setting_reads_each_card);
  g_test_add_func ("/a11y/read-aloud/no-service", test_no_speech_service);
  g_test_add_func ("/a11y/system/animations-off", test_animations_off);
  g_test_add_func ("/a11y/system/high-contrast", test_high_contrast);

  status = g_test_run ();
  kb_test_stop_app (g_steal_pointer (&the_app));
  return status;
}
