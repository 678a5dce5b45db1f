/* The preferences window, as a user reaches it: Ctrl+, opens it (once, however often it is
 * pressed), Tab and Space turn a setting on, and the setting is in GSettings, where the pages
 * that use it read it; a setting changed elsewhere shows in the window. And the About window
 * carries the website, the issue tracker, the copyright and this version's release notes. */
#include "config.h"

#include <adwaita.h>

#include "kb-application.h"
#include "kb-card-view.h"
#include "kb-play-page.h"
#include "kb-preferences-window.h"
#include "kb-release-notes.h"
#include "kb-ui-test.h"

static KbApplication *the_app;

static GtkWindow *
find_window_of_type (GType type,
                     guint *n_found)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* owned by GTK */
  GtkWindow *found = NULL;

  *n_found = 0;
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);
      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        {
          found = window;
          (*n_found)++;
        }
    }
  return found;
}

static gboolean
preferences_mapped (gpointer data)
{
  guint n;
  GtkWindow *window = find_window_of_type (KB_TYPE_PREFERENCES_WINDOW, &n);

  return window != NULL && gtk_widget_get_mapped (GTK_WIDGET (window));
}

static gboolean
preferences_gone (gpointer data)
{
  guint n;

  return find_window_of_type (KB_TYPE_PREFERENCES_WINDOW, &n) == NULL;
}

typedef struct
{
  GtkRoot *root;
  GtkWidget *before;
} FocusWait;

static gboolean
focus_moved (gpointer data)
{
  FocusWait *wait = data;

  return gtk_root_get_focus (wait->root) != wait->before;
}

static gboolean
switch_on (gpointer data)
{
  return gtk_switch_get_active (GTK_SWITCH (data));
}

/* The focus is on the row of @widget or on @widget itself. */
static gboolean
focus_on (GtkRoot   *root,
          GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (root);

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (widget, focus));
}

static void
test_preferences_by_keyboard (void)
{
  GtkWindow *main_window = gtk_application_get_active_window (GTK_APPLICATION (the_app));
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);
  GtkWindow *preferences;
  GtkWidget *high_contrast;
  GtkSpinButton *minutes;
  guint n;

  g_settings_set_boolean (settings, "high-contrast", FALSE);
  kb_test_wait_for_paint (GTK_WIDGET (main_window));

  kb_test_press_key (main_window, "ctrl+comma");
  g_assert_true (kb_test_wait_for (preferences_mapped, NULL));
  preferences = find_window_of_type (KB_TYPE_PREFERENCES_WINDOW, &n);
  g_assert_true (gtk_window_get_transient_for (preferences) == main_window);
  kb_test_wait_for_paint (GTK_WIDGET (preferences));

  /* Ctrl+, again, now in the preferences window: still the one window. */
  kb_test_press_key (preferences, "ctrl+comma");
  for (int i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
  find_window_of_type (KB_TYPE_PREFERENCES_WINDOW, &n);
  g_assert_cmpuint (n, ==, 1);

  /* Tab to the high-contrast row, Space turns it on. */
  high_contrast = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (preferences),
                                                             KB_TYPE_PREFERENCES_WINDOW,
                                                             "high_contrast"));
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (high_contrast)));
  for (int tabs = 0; !focus_on (GTK_ROOT (preferences), high_contrast); tabs++)
    {
      FocusWait wait = { GTK_ROOT (preferences), gtk_root_get_focus (GTK_ROOT (preferences)) };

      g_assert_cmpint (tabs, <, 30);
      kb_test_press_key (preferences, "Tab");
      g_assert_true (kb_test_wait_for (focus_moved, &wait));
    }
  kb_test_press_key (preferences, "space");
  g_assert_true (kb_test_wait_for (switch_on, high_contrast));
  g_assert_true (g_settings_get_boolean (settings, "high-contrast"));

  /* Both ways: the timer popover on the play page writes the key, the window follows. */
  minutes = GTK_SPIN_BUTTON (gtk_widget_get_template_child (GTK_WIDGET (preferences),
                                                            KB_TYPE_PREFERENCES_WINDOW,
                                                            "timer_minutes"));
  g_settings_set_uint (settings, "timer-seconds", 300);
  g_assert_cmpfloat (gtk_spin_button_get_value (minutes), ==, 5.0);
  gtk_spin_button_set_value (minutes, 1.5);
  g_assert_cmpuint (g_settings_get_uint (settings, "timer-seconds"), ==, 90);

  kb_test_press_key (preferences, "Escape");
  g_assert_true (kb_test_wait_for (preferences_gone, NULL));
  g_settings_reset (settings, "high-contrast");
  g_settings_reset (settings, "timer-seconds");
}

/* The calm screen row stores the enum's nick, the room's screen row a connector or "". */
static void
test_preferences_choices (void)
{
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);
  g_autofree char *monitor = NULL;
  GtkWindow *preferences;
  AdwComboRow *calm, *room;
  GListModel *screens;
  guint n;

  g_settings_set_string (settings, "presentation-monitor", "HDMI-9");
  g_action_group_activate_action (G_ACTION_GROUP (the_app), "preferences", NULL);
  g_assert_true (kb_test_wait_for (preferences_mapped, NULL));
  preferences = find_window_of_type (KB_TYPE_PREFERENCES_WINDOW, &n);

  calm = ADW_COMBO_ROW (gtk_widget_get_template_child (GTK_WIDGET (preferences),
                                                       KB_TYPE_PREFERENCES_WINDOW, "calm_screen"));
  g_assert_cmpuint (adw_combo_row_get_selected (calm), ==, 0);
  adw_combo_row_set_selected (calm, 1);
  g_assert_cmpint (g_settings_get_enum (settings, "calm-screen"), ==, 1);
  g_settings_set_string (settings, "calm-screen", "deck-back");
  g_assert_cmpuint (adw_combo_row_get_selected (calm), ==, 0);

  /* A projector remembered from last time is offered while it is not connected. */
  room = ADW_COMBO_ROW (gtk_widget_get_template_child (GTK_WIDGET (preferences),
                                                       KB_TYPE_PREFERENCES_WINDOW, "room_screen"));
  screens = adw_combo_row_get_model (room);
  g_assert_cmpuint (adw_combo_row_get_selected (room), ==, g_list_model_get_n_items (screens) - 1);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (screens),
                                               adw_combo_row_get_selected (room)),
                   ==, "HDMI-9 (not connected)");
  /* A screen plugged in or out makes the list anew, and the remembered one stays. */
  g_list_model_items_changed (gdk_display_get_monitors (gdk_display_get_default ()), 0, 0, 0);
  g_assert_true (adw_combo_row_get_model (room) != screens);
  g_clear_pointer (&monitor, g_free);
  monitor = g_settings_get_string (settings, "presentation-monitor");
  g_assert_cmpstr (monitor, ==, "HDMI-9");
  screens = adw_combo_row_get_model (room);
  g_assert_cmpuint (adw_combo_row_get_selected (room), ==, g_list_model_get_n_items (screens) - 1);
  adw_combo_row_set_selected (room, 0);
  g_clear_pointer (&monitor, g_free);
  monitor = g_settings_get_string (settings, "presentation-monitor");
  g_assert_cmpstr (monitor, ==, "");

  gtk_window_destroy (preferences);
  g_settings_reset (settings, "calm-screen");
}

/* An open play page follows the preferences window at once, not only when it is made. */
static void
test_preferences_apply_live (void)
{
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);
  KbPlayPage *page = g_object_ref_sink (kb_play_page_new ());
  gboolean fill = TRUE, shown = FALSE;

  g_settings_set_uint (settings, "timer-seconds", 120);
  g_settings_set_boolean (settings, "card-fills-screen", FALSE);
  g_settings_set_boolean (settings, "timer-public", TRUE);

  g_settings_set_uint (settings, "timer-seconds", 240);
  g_assert_cmpint (kb_timer_get_duration (kb_play_page_get_timer (page)), ==,
                   240 * G_USEC_PER_SEC);
  g_settings_set_boolean (settings, "card-fills-screen", TRUE);
  g_object_get (kb_play_page_get_card_view (page), "fill", &fill, NULL);
  g_assert_true (fill);
  g_settings_set_boolean (settings, "timer-public", FALSE);
  g_object_get (page, "timer-public", &shown, NULL);
  g_assert_false (shown);
  /* The reader's font and spacing reach the card at once. */
  g_settings_set_boolean (settings, "dyslexia-font", TRUE);
  g_assert_cmpint (kb_card_view_get_reading (kb_play_page_get_card_view (page)), ==,
                   KB_CARD_READING_DYSLEXIA_FONT);
  g_settings_set_boolean (settings, "wide-letter-spacing", TRUE);
  g_settings_set_boolean (settings, "dyslexia-font", FALSE);
  g_assert_cmpint (kb_card_view_get_reading (kb_play_page_get_card_view (page)), ==,
                   KB_CARD_READING_WIDE_SPACING);
  g_settings_reset (settings, "wide-letter-spacing");
  /* And the page's own switches (W, the timer popover) write the keys. */
  g_object_set (page, "fill-screen", FALSE, NULL);
  g_assert_false (g_settings_get_boolean (settings, "card-fills-screen"));

  g_object_unref (page);
  /* A change after the page is gone reaches nothing (and warns of nothing). */
  g_settings_set_uint (settings, "timer-seconds", 60);
  g_settings_reset (settings, "timer-seconds");
  g_settings_reset (settings, "card-fills-screen");
  g_settings_reset (settings, "timer-public");
}

static gboolean
about_mapped (gpointer data)
{
  guint n;
  GtkWindow *window = find_window_of_type (ADW_TYPE_ABOUT_WINDOW, &n);

  return window != NULL && gtk_widget_get_mapped (GTK_WIDGET (window));
}

static void
test_about_release (void)
{
  g_autofree char *notes = NULL, *website = NULL, *issues = NULL, *copyright = NULL;
  g_autofree char *notes_version = NULL;
  g_autofree char *first_item = NULL;
  GtkWindow *about;
  guint n;

  g_action_group_activate_action (G_ACTION_GROUP (the_app), "about", NULL);
  g_assert_true (kb_test_wait_for (about_mapped, NULL));
  about = find_window_of_type (ADW_TYPE_ABOUT_WINDOW, &n);
  g_object_get (about, "release-notes", &notes, "release-notes-version", &notes_version,
                "website", &website, "issue-url", &issues, "copyright", &copyright, NULL);

  g_assert_cmpstr (notes_version, ==, PACKAGE_VERSION);
  g_assert_true (g_str_has_prefix (notes, "<p>"));
  first_item = g_strdup_printf ("<ul><li>%s</li>", kb_release_notes[1][1]);
  g_assert_nonnull (strstr (notes, first_item));
  g_assert_true (g_str_has_suffix (notes, "</li></ul>"));
  g_assert_cmpstr (website, ==, "https://github.com/kletsborden/kletsborden");
  g_assert_cmpstr (issues, ==, "https://github.com/kletsborden/kletsborden/issues");
  g_assert_nonnull (strstr (copyright, "Kletsborden"));
  gtk_window_destroy (about);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *state_dir = g_dir_make_tmp ("kb-prefs-XXXXXX", NULL);
  int status;

  g_setenv ("XDG_STATE_HOME", state_dir, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  if (!kb_test_can_press_keys ())
    {
      g_test_skip ("needs an X display (Xvfb) and xdotool");
      return 77;
    }
  the_app = kb_test_start_app ();

  g_test_add_func ("/app/preferences/keyboard", test_preferences_by_keyboard);
  g_test_add_func ("/app/preferences/choices", test_preferences_choices);
  g_test_add_func ("/app/preferences/live", test_preferences_apply_live);
  g_test_add_func ("/app/about/release", test_about_release);

  status = g_test_run ();
  kb_test_stop_app (the_app);
  return status;
}
