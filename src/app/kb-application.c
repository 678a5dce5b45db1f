/* Application-wide actions (preferences, about, quit) and the single main window. */
#define G_LOG_DOMAIN "kletsborden-application"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-application.h"
#include "kb-deck-checker.h"
#include "kb-frame-log.h"
#include "kb-svg-cache.h"
#include "kb-hyphenate.h"
#include "kb-theme.h"
#include "kb-preferences-window.h"
#include "kb-release-notes.h"
#include "kb-renderer-choice.h"
#include "kb-shortcuts.h"
#include "kb-resources.h"
#include "kb-window.h"
#include "kb-accessible-names.h"

struct _KbApplication
{
  AdwApplication parent_instance;

  /* At most one preferences window: Ctrl+, in it raises it rather than stacking another. */
  GtkWindow *preferences;
};

G_DEFINE_FINAL_TYPE (KbApplication, kb_application, ADW_TYPE_APPLICATION)

/* GTK parses its own Default theme as it starts (some 10 ms of CSS on a 2-core laptop), and
 * libadwaita throws it away at once for its empty base theme and its own stylesheet. With
 * GTK_THEME naming libadwaita's empty theme while GTK starts, that parse is skipped; the
 * variable must be gone again before libadwaita looks, because it loads its stylesheet only
 * when GTK_THEME is not set. */
static gboolean theme_preset;

/**
 * kb_application_preset_theme:
 *
 * Called from main() before any thread is started (setenv is not thread-safe); does nothing
 * when the user has set GTK_THEME.
 */
void
kb_application_preset_theme (void)
{
  if (g_getenv ("GTK_THEME") != NULL)
    return;
  g_setenv ("GTK_THEME", "Adwaita-empty", TRUE);
  theme_preset = TRUE;
}

static void
start_gtk_on_empty_theme (void)
{
  if (!theme_preset)
    return;
  theme_preset = FALSE;
  gtk_init ();
  (void) gtk_settings_get_default ();   /* GTK reads its theme now: the empty one */
  /* Only GLib's own threads run yet (the bus's worker), which do not read the environment. */
  g_unsetenv ("GTK_THEME");
}

static void
read_icon_theme (GTask        *task,
                 gpointer      icon_theme,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  /* Thread-safe in GTK 4: it reads the theme under the theme's own lock. */
  (void) gtk_icon_theme_has_icon (icon_theme, APP_ID);
  g_task_return_boolean (task, TRUE);
}

/* GTK starts reading the icon theme in a worker as it starts, but each resource path added
 * after that (GtkApplication's, libadwaita's) throws the reading away, so the first icon shown
 * read the whole theme again on the main thread: 10 ms of every start, before the first frame.
 * Read now, with every path in place, in a worker, while the window is being built. */
static void
read_icon_theme_soon (void)
{
  GtkIconTheme *icon_theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());
  g_autoptr(GTask) task = g_task_new (icon_theme, NULL, NULL, NULL);

  g_task_run_in_thread (task, read_icon_theme);
}

static KbWindow *
get_window (KbApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (kb_window_new (self));
  return KB_WINDOW (window);
}

static void
kb_application_activate (GApplication *app)
{
  /* A second launch lands here in the first instance: raise the window it already has. */
  gtk_window_present (GTK_WINDOW (get_window (KB_APPLICATION (app))));
}

/* A file manager's double click: the first deck opens straight into play. */
static void
kb_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  KbWindow *window = get_window (KB_APPLICATION (app));

  /* The deck first: a new window then shows its page first (and builds no library). */
  if (n_files > 0)
    kb_window_open_file (window, files[0], KB_WINDOW_PLAY_CARDS);
  gtk_window_present (GTK_WINDOW (window));
}

/* Runs in the first instance, also for a second launch, so that "kletsborden --present
 * deck.json" reaches the window that is already on the projector. */
static int
kb_application_command_line (GApplication            *app,
                             GApplicationCommandLine *command_line)
{
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  g_autofree GStrv paths = NULL;
  gboolean present = FALSE;
  const char *board = NULL;
  KbWindow *window;
  gboolean opened = FALSE;

  kb_frame_log_mark ("command-line");
  window = get_window (KB_APPLICATION (app));
  kb_frame_log_mark ("window-built");

  g_variant_dict_lookup (options, "present", "b", &present);
  g_variant_dict_lookup (options, "board", "^&ay", &board);
  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &paths);

  /* The deck's page is chosen before a new window is shown, so that it is the first thing
   * drawn: no library first, no crossfade (a stack does not animate while it is not mapped). */
  if (board != NULL)
    {
      g_autoptr(GFile) file = g_application_command_line_create_file_for_arg (command_line, board);
      gboolean ok = kb_window_open_file (window, file, KB_WINDOW_PLAY_BOARD);

      gtk_window_present (GTK_WINDOW (window));
      return ok ? 0 : 1;
    }
  if (paths != NULL && paths[0] != NULL)
    {
      g_autoptr(GFile) file = g_application_command_line_create_file_for_arg (command_line,
                                                                              paths[0]);
      opened = kb_window_open_file (window, file, KB_WINDOW_PLAY_CARDS);
      kb_frame_log_mark ("deck-opened");
    }
  gtk_window_present (GTK_WINDOW (window));
  kb_frame_log_mark ("window-presented");
  if (present && opened)
    kb_window_present_deck_soon (window);
  kb_frame_log_mark ("command-line-done");
  return opened || paths == NULL ? 0 : 1;
}

static const GOptionEntry app_options[] = {
  { "present", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Start presenting the deck at once, fullscreen"), NULL },
  { "board", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Set up a board game on the deck’s board"), N_("DECK.json") },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[DECK.json]") },
  { NULL }
};

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  KbApplication *self = KB_APPLICATION (user_data);

  if (self->preferences == NULL)
    {
      GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

      self->preferences = GTK_WINDOW (kb_preferences_window_new (parent));
      g_object_add_weak_pointer (G_OBJECT (self->preferences), (gpointer *) &self->preferences);
    }
  gtk_window_present (self->preferences);
}

/* The notes of this version, written once in the metainfo (assets/release-notes.py), in the
 * AppStream markup AdwAboutWindow shows; each text goes through gettext as the metainfo's did. */
static char *
release_notes_markup (void)
{
  GString *markup = g_string_new (NULL);
  gboolean in_list = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (kb_release_notes); i++)
    {
      gboolean item = g_str_equal (kb_release_notes[i][0], "li");
      g_autofree char *text = g_markup_escape_text (_(kb_release_notes[i][1]), -1);

      if (item != in_list)
        g_string_append (markup, item ? "<ul>" : "</ul>");
      in_list = item;
      g_string_append_printf (markup, item ? "<li>%s</li>" : "<p>%s</p>", text);
    }
  if (in_list)
    g_string_append (markup, "</ul>");
  return g_string_free (markup, FALSE);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  const char *developers[] = { _("The Kletsborden team"), NULL };
  g_autofree char *release_notes = release_notes_markup ();
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (app),
                        "modal", TRUE,
                        "application-name", _("Kletsborden"),
                        "application-icon", APP_ID,
                        "developer-name", _("The Kletsborden team"),
                        "version", PACKAGE_VERSION,
                        "release-notes-version", KB_RELEASE_NOTES_VERSION,
                        "release-notes", release_notes,
                        "comments", _("Conversation cards and a board game about loneliness, "
                                      "for the shared screen in class, workshop or group."),
                        "website", "https://github.com/kletsborden/kletsborden",
                        "issue-url", "https://github.com/kletsborden/kletsborden/issues",
                        "copyright", _("© 2026 The Kletsborden team"),
                        "developers", developers,
                        "license-type", GTK_LICENSE_GPL_3_0,
                        /* Translators: put your names here, one per line. */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  GList *windows = gtk_application_get_windows (app);

  /* Closing rather than g_application_quit lets each window save its state. */
  for (GList *l = windows; l != NULL;)
    {
      GtkWindow *window = l->data;
      l = l->next;
      gtk_window_close (window);
    }
}

static const GActionEntry app_actions[] = {
  { .name = "preferences", .activate = preferences_action },
  { .name = "about", .activate = about_action },
  { .name = "quit", .activate = quit_action },
};

static void
kb_application_startup (GApplication *app)
{
  kb_frame_log_mark ("startup");
  start_gtk_on_empty_theme ();
  kb_frame_log_mark ("gtk-initialised");
  /* libadwaita before GtkApplication's startup, not after: whoever asks for the icon theme
   * first starts GTK's reading of it in a worker, and the next resource path added waits for
   * that reading to end (9 ms of the main thread at every start when libadwaita came second).
   * Now libadwaita parses its stylesheet meanwhile. */
  adw_init ();
  G_APPLICATION_CLASS (kb_application_parent_class)->startup (app);
  kb_frame_log_mark ("gtk-started");
  read_icon_theme_soon ();
  kb_accessible_names_install ();   /* before any window shows */
  kb_renderer_choose ();            /* before any window is realized */
  kb_frame_log_mark ("renderer-chosen");
  kb_frame_log_install ();
  /* Art is tried in a worker: a placeholder at once, the art when it is ready (the views draw
   * again on "ready"), so a heavy SVG never freezes the window. Exports keep waiting. */
  kb_svg_cache_set_async (kb_svg_cache_get_default (), TRUE);
  /* The library's problems name long words in easy-reading decks, as --validate does. */
  kb_deck_checker_set_syllable_func (kb_hyphen_count_syllables);
  kb_deck_checker_set_band_color_func (kb_theme_band_shown);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions),
                                   app);
  kb_shortcuts_set_app_accels (GTK_APPLICATION (app));
}

static void
kb_application_class_init (KbApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  /* The resource lives in a static library: naming it keeps the linker from dropping it. */
  (void) kb_get_resource ();

  app_class->activate = kb_application_activate;
  app_class->startup = kb_application_startup;
  app_class->open = kb_application_open;
  app_class->command_line = kb_application_command_line;
}

static void
kb_application_init (KbApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), app_options);
}

KbApplication *
kb_application_new (GApplicationFlags flags)
{
  return g_object_new (KB_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", flags,
                       "resource-base-path", RESOURCE_PATH,
                       NULL);
}
