/* The application under a real display: it starts, its window draws, the library shows the
 * built-in decks (or the empty state), the About and shortcuts windows open and close, and the
 * window size is kept. */
#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "kb-application.h"
#include "kb-deck-tile.h"
#include "kb-locale.h"
#include "kb-window.h"
#include "kb-ui-test.h"

static GtkWindow *
find_window_of_type (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* owned by GTK */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);
      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

typedef struct
{
  GType type;
} WindowWait;

static gboolean
window_shown (gpointer data)
{
  GtkWindow *window = find_window_of_type (((WindowWait *) data)->type);
  return window != NULL && gtk_widget_get_mapped (GTK_WIDGET (window));
}

static gboolean
window_gone (gpointer data)
{
  return find_window_of_type (((WindowWait *) data)->type) == NULL;
}

/* One application for the whole program, as a real session has: a GApplication exports
 * itself on the bus and cannot be registered twice in one process. */
static KbApplication *the_app;

static KbApplication *
start_app (void)
{
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (the_app)));
  g_application_activate (G_APPLICATION (the_app));
  return the_app;
}

static KbWindow *
main_window (KbApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  g_assert_true (KB_IS_WINDOW (window));
  return KB_WINDOW (window);
}

static guint
count_builtin_deck_files (void)
{
  g_autoptr(GFile) dir = kb_deck_library_get_builtin_dir ();
  g_autoptr(GFileEnumerator) enumerator = NULL;
  GFileInfo *info;
  guint n = 0;

  enumerator = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                          G_FILE_QUERY_INFO_NONE, NULL, NULL);
  while (enumerator != NULL &&
         g_file_enumerator_iterate (enumerator, &info, NULL, NULL, NULL) && info != NULL)
    {
      const char *name = g_file_info_get_name (info);
      if (g_str_has_suffix (name, ".json") && !g_str_has_suffix (name, ".schema.json"))
        n++;
    }
  return n;
}

static void
collect_tiles (GtkWidget *widget,
               GPtrArray *tiles)
{
  if (KB_IS_DECK_TILE (widget))
    {
      g_ptr_array_add (tiles, widget);
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_tiles (child, tiles);
}

static void
test_window_shows_library (void)
{
  KbApplication *app = start_app ();
  KbWindow *window = main_window (app);
  g_autoptr(GPtrArray) tiles = g_ptr_array_new ();
  guint n_files = count_builtin_deck_files ();
  GListModel *decks;

  kb_test_wait_for_paint (GTK_WIDGET (window));
  kb_test_wait_for_library (window);

  decks = kb_library_page_get_decks (kb_window_get_library_page (window));
  collect_tiles (GTK_WIDGET (window), tiles);
  g_test_message ("%u deck files in the built-in folder, %u tiles shown", n_files, tiles->len);

  if (n_files == 0)
    {
      g_assert_cmpstr (kb_library_page_get_visible_page (kb_window_get_library_page (window)), ==, "empty");
    }
  else
    {
      g_assert_cmpstr (kb_library_page_get_visible_page (kb_window_get_library_page (window)), ==, "library");
      g_assert_cmpuint (g_list_model_get_n_items (decks), >=, n_files);
      g_assert_cmpuint (tiles->len, ==, g_list_model_get_n_items (decks));
      for (guint i = 0; i < tiles->len; i++)
        {
          KbDeckTile *tile = g_ptr_array_index (tiles, i);
          KbDeck *deck = kb_deck_entry_get_deck (kb_deck_tile_get_entry (tile));

          g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (tile)) ||
                         !gtk_widget_get_child_visible (GTK_WIDGET (tile)));
          if (deck != NULL)
            g_assert_cmpstr (kb_deck_tile_get_title (tile), ==,
                             kb_deck_get_title (deck, kb_deck_pick_language (
                                                  deck, g_get_language_names ())));
        }
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_second_activation_raises_first_window (void)
{
  KbApplication *app = start_app ();
  KbWindow *window = main_window (app);
  g_autoptr(GList) windows = NULL;

  g_application_activate (G_APPLICATION (app));
  windows = gtk_application_get_windows (GTK_APPLICATION (app));
  g_assert_cmpuint (g_list_length (windows), ==, 1);
  g_assert_true (GTK_WINDOW (window) == windows->data);
  windows = NULL;   /* not ours to free */

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_about_opens_and_closes (void)
{
  KbApplication *app = start_app ();
  KbWindow *window = main_window (app);
  WindowWait about = { ADW_TYPE_ABOUT_WINDOW };
  GtkWindow *shown;

  kb_test_wait_for_paint (GTK_WIDGET (window));
  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  g_assert_true (kb_test_wait_for (window_shown, &about));
  shown = find_window_of_type (ADW_TYPE_ABOUT_WINDOW);
  g_assert_cmpstr (adw_about_window_get_application_name (ADW_ABOUT_WINDOW (shown)), ==,
                   "Kletsborden");
  g_assert_cmpstr (adw_about_window_get_version (ADW_ABOUT_WINDOW (shown)), ==,
                   PACKAGE_VERSION);
  gtk_window_close (shown);
  g_assert_true (kb_test_wait_for (window_gone, &about));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_shortcuts_open_and_close (void)
{
  KbApplication *app = start_app ();
  KbWindow *window = main_window (app);
  WindowWait shortcuts = { GTK_TYPE_SHORTCUTS_WINDOW };
  g_auto(GStrv) accels = NULL;

  kb_test_wait_for_paint (GTK_WIDGET (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay",
                                             NULL));
  g_assert_true (kb_test_wait_for (window_shown, &shortcuts));
  gtk_window_close (find_window_of_type (GTK_TYPE_SHORTCUTS_WINDOW));
  g_assert_true (kb_test_wait_for (window_gone, &shortcuts));

  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.quit");
  g_assert_true (g_strv_contains ((const char * const *) accels, "<Control>q"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
no_windows (gpointer data)
{
  return gtk_application_get_windows (GTK_APPLICATION (data)) == NULL;
}

static void
test_quit_keeps_window_size (void)
{
  KbApplication *app = start_app ();
  KbWindow *window = main_window (app);
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);
  int width, height;

  kb_test_wait_for_paint (GTK_WIDGET (window));
  gtk_window_set_default_size (GTK_WINDOW (window), 913, 611);
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  g_assert_true (kb_test_wait_for (no_windows, app));

  g_settings_get (settings, "window-size", "(ii)", &width, &height);
  g_assert_cmpint (width, ==, 913);
  g_assert_cmpint (height, ==, 611);

  /* The next window starts at the size the last one had. */
  window = kb_window_new (app);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 913);
  g_assert_cmpint (height, ==, 611);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_dutch_interface (void)
{
  /* The test environment runs in English; the Dutch catalogue must be complete and found. */
  g_setenv ("LANGUAGE", "nl", TRUE);
  setlocale (LC_ALL, "");
  g_assert_cmpstr (_("Choose a deck"), ==, "Kies een kaartset");
  g_assert_cmpstr (ngettext ("%u card", "%u cards", 2), ==, "%u kaarten");
  g_setenv ("LANGUAGE", "en", TRUE);
  setlocale (LC_ALL, "");
  g_assert_cmpstr (_("Choose a deck"), ==, "Choose a deck");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *state_dir = g_dir_make_tmp ("kb-app-XXXXXX", NULL);
  int status;

  g_setenv ("XDG_STATE_HOME", state_dir, TRUE);
  kb_locale_init ();
  gtk_test_init (&argc, &argv, NULL);

  the_app = kb_application_new (G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (the_app), NULL, &error);
  g_assert_no_error (error);
  /* Windows close without the app quitting, so that every test starts a fresh one. */
  g_application_hold (G_APPLICATION (the_app));

  g_test_add_func ("/app/window/library", test_window_shows_library);
  g_test_add_func ("/app/window/single-window", test_second_activation_raises_first_window);
  g_test_add_func ("/app/window/about", test_about_opens_and_closes);
  g_test_add_func ("/app/window/shortcuts", test_shortcuts_open_and_close);
  g_test_add_func ("/app/window/keeps-size", test_quit_keeps_window_size);
  g_test_add_func ("/app/locale/dutch", test_dutch_interface);

  status = g_test_run ();
  g_application_release (G_APPLICATION (the_app));
  g_clear_object (&the_app);
  return status;
}
