/* The shortcuts window tells the truth: every key the window, its pages and the deck editor
 * (its window, its list of cards, a square's row) bind (and every application accelerator) is
 * listed, nothing is listed that no key does, keys read as words
 * ("Page Down", not "Page_Down"), and the descriptions are in sentence case. */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "kb-application.h"
#include "kb-board-page.h"
#include "kb-editor-window.h"
#include "kb-library-page.h"
#include "kb-locale.h"
#include "kb-new-game-page.h"
#include "kb-play-page.h"
#include "kb-window.h"
#include "kb-ui-test.h"

static KbApplication *the_app;

/* One key as a user presses it: Caps Lock's capital and the keypad's digits are the same key. */
static char *
key_id (guint           keyval,
        GdkModifierType modifiers)
{
  static const guint keypad[][2] = {
    { GDK_KEY_KP_Up, GDK_KEY_Up }, { GDK_KEY_KP_Down, GDK_KEY_Down },
    { GDK_KEY_KP_Delete, GDK_KEY_Delete },
  };

  if (keyval >= GDK_KEY_KP_0 && keyval <= GDK_KEY_KP_9)
    keyval = GDK_KEY_0 + (keyval - GDK_KEY_KP_0);
  for (guint i = 0; i < G_N_ELEMENTS (keypad); i++)
    if (keyval == keypad[i][0])
      keyval = keypad[i][1];
  return g_strdup_printf ("%x/%x", gdk_keyval_to_lower (keyval),
                          modifiers & gtk_accelerator_get_default_mod_mask ());
}

static gboolean
is_key_name (const char *word)
{
  static const char *const keys[] = { "Enter", "Return", "Esc", "Space", "Tab", "Shift", "Ctrl", "Alt" };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    if (g_str_has_prefix (word, keys[i]) && !g_ascii_isalpha (word[strlen (keys[i])]))
      return TRUE;
  return FALSE;
}

static char *
key_name (const char *id)
{
  guint keyval, modifiers;

  g_assert_cmpint (sscanf (id, "%x/%x", &keyval, &modifiers), ==, 2);
  return gtk_accelerator_name (keyval, modifiers);
}

/* An accelerator string as GtkShortcutsShortcut reads it ("space Right", "0...9"). */
static void
add_accelerators (GHashTable *keys,
                  const char *accelerators)
{
  g_auto(GStrv) tokens = g_strsplit (accelerators, " ", -1);

  for (guint t = 0; tokens[t] != NULL; t++)
    {
      g_auto(GStrv) range = g_strsplit (tokens[t], "...", 2);
      guint first, last;
      GdkModifierType modifiers, ignored;

      g_assert_true (gtk_accelerator_parse (range[0], &first, &modifiers));
      last = first;
      if (range[1] != NULL)
        g_assert_true (gtk_accelerator_parse (range[1], &last, &ignored));
      for (guint keyval = first; keyval <= last; keyval++)
        g_hash_table_add (keys, key_id (keyval, modifiers));
    }
}

static gboolean
is_ours (const char *action)
{
  const char *prefixes[] = { "win.", "app.", "library.", "play.", "board.", "new-game.",
                             "editor." };

  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    if (g_str_has_prefix (action, prefixes[i]))
      return !g_str_equal (action, "win.toggle-debugging");
  return g_str_equal (action, "window.close");
}

static void
add_bound_keys (GHashTable *keys,
                GtkWidget  *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint c = 0; c < g_list_model_get_n_items (controllers); c++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, c);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint s = 0; s < g_list_model_get_n_items (G_LIST_MODEL (controller)); s++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), s);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          /* GTK's own (Tab, the inspector's keys) are GTK's to document. */
          if (!GTK_IS_NAMED_ACTION (action) ||
              !is_ours (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action))))
            continue;
          if (GTK_IS_KEYVAL_TRIGGER (trigger))
            g_hash_table_add (keys, key_id (
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)),
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger))));
        }
    }
}

/* The keys of @widget and of everything in it (the editor binds some on its rows). */
static void
add_tree_keys (GHashTable *keys,
               GtkWidget  *widget)
{
  add_bound_keys (keys, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    add_tree_keys (keys, child);
}

/* The editor of a deck with cards and a board, so that its lists have rows. */
static GtkWidget *
open_editor (void)
{
  g_autofree char *cards = g_build_filename (g_getenv ("KLETSBORDEN_CARDS_DIR"),
                                             "kletsborden.json", NULL);
  g_autofree char *dir = g_dir_make_tmp ("kb-shortcuts-deck-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "kletsborden.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  gsize length;
  KbEditorWindow *editor;

  /* A copy: the editor never works on the built-in file. */
  g_assert_true (g_file_get_contents (cards, &contents, &length, &error));
  g_assert_true (g_file_set_contents (path, contents, length, &error));
  editor = kb_editor_window_open (GTK_APPLICATION (the_app), file, &error);
  g_assert_no_error (error);
  g_assert_nonnull (kb_deck_get_board (kb_editor_window_get_deck (editor)));
  return GTK_WIDGET (editor);
}

static void
add_page_keys (GHashTable *keys,
               GType       type)
{
  GtkWidget *page = g_object_ref_sink (g_object_new (type, NULL));

  add_bound_keys (keys, page);
  g_object_unref (page);
}

static void
collect_shown (GtkWidget  *widget,
               GHashTable *keys,
               GPtrArray  *titles,
               GPtrArray  *keycaps)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
    {
      g_autofree char *accelerator = NULL;
      g_autofree char *title = NULL;

      g_object_get (widget, "accelerator", &accelerator, "title", &title, NULL);
      if (accelerator != NULL)
        add_accelerators (keys, accelerator);
      g_ptr_array_add (titles, g_steal_pointer (&title));
    }
  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "keycap"))
    g_ptr_array_add (keycaps, g_strdup (gtk_label_get_label (GTK_LABEL (widget))));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_shown (child, keys, titles, keycaps);
}

static GtkApplicationWindow *
app_window (void)
{
  GtkWindow *window;

  g_application_activate (G_APPLICATION (the_app));
  window = gtk_application_get_active_window (GTK_APPLICATION (the_app));
  g_assert_true (KB_IS_WINDOW (window));
  return GTK_APPLICATION_WINDOW (window);
}

/* The shortcuts window as Ctrl+? shows it. */
static GtkWidget *
help_overlay (void)
{
  GtkApplicationWindow *window = app_window ();
  GtkShortcutsWindow *overlay;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay",
                                             NULL));
  overlay = gtk_application_window_get_help_overlay (window);
  g_assert_nonnull (overlay);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  return GTK_WIDGET (overlay);
}

/* The shortcuts window is built when first asked for, not at every start (issue 15), and
 * asked for again it is the same window, shown again after it was closed. */
static void
test_built_when_asked (void)
{
  GtkApplicationWindow *window = app_window ();
  GtkWidget *overlay;

  g_assert_null (gtk_application_window_get_help_overlay (window));
  overlay = help_overlay ();
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (overlay)) == GTK_WINDOW (window));
  gtk_window_close (GTK_WINDOW (overlay));
  g_assert_false (gtk_widget_get_visible (overlay));
  g_assert_true (help_overlay () == overlay);
}

static void
test_every_bound_key_is_listed (void)
{
  g_autoptr(GHashTable) bound = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) shown = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) editor_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                              NULL);
  static const char *const editor_pressed[] = {
    "<Control>s", "<Control>z", "<Control><Shift>z", "<Control>y", "<Control>n", "<Control>d",
    "<Alt>Up", "<Alt>Down", "Delete",
  };
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) keycaps = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) actions = NULL;
  GtkWidget *overlay = help_overlay ();
  GtkWidget *editor;
  GHashTableIter iter;
  const char *id;
  guint missing = 0;

  add_bound_keys (bound, GTK_WIDGET (gtk_window_get_transient_for (GTK_WINDOW (overlay))));
  add_page_keys (bound, KB_TYPE_LIBRARY_PAGE);
  add_page_keys (bound, KB_TYPE_PLAY_PAGE);
  add_page_keys (bound, KB_TYPE_BOARD_PAGE);
  add_page_keys (bound, KB_TYPE_NEW_GAME_PAGE);
  /* The editor's keys are bound where the test sees them (not in a handler of its own): the
   * ones its own tests press are found. */
  editor = open_editor ();
  add_tree_keys (editor_keys, editor);
  gtk_window_destroy (GTK_WINDOW (editor));
  for (guint i = 0; i < G_N_ELEMENTS (editor_pressed); i++)
    {
      guint keyval;
      GdkModifierType modifiers;
      g_autofree char *key = NULL;

      g_assert_true (gtk_accelerator_parse (editor_pressed[i], &keyval, &modifiers));
      key = key_id (keyval, modifiers);
      if (!g_hash_table_contains (editor_keys, key))
        g_error ("the editor binds %s where no test sees it", editor_pressed[i]);
    }
  g_hash_table_iter_init (&iter, editor_keys);
  while (g_hash_table_iter_next (&iter, (gpointer *) &id, NULL))
    g_hash_table_add (bound, g_strdup (id));
  actions = gtk_application_list_action_descriptions (GTK_APPLICATION (the_app));
  for (guint a = 0; actions[a] != NULL; a++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (the_app),
                                                                    actions[a]);
      for (guint i = 0; accels[i] != NULL; i++)
        add_accelerators (bound, accels[i]);
    }
  g_assert_cmpuint (g_hash_table_size (bound), >, 40);

  collect_shown (overlay, shown, titles, keycaps);
  g_hash_table_iter_init (&iter, bound);
  while (g_hash_table_iter_next (&iter, (gpointer *) &id, NULL))
    if (!g_hash_table_contains (shown, id))
      {
        g_autofree char *name = key_name (id);
        g_test_message ("bound but not in the shortcuts window: %s", name);
        missing++;
      }
  g_hash_table_iter_init (&iter, shown);
  while (g_hash_table_iter_next (&iter, (gpointer *) &id, NULL))
    if (!g_hash_table_contains (bound, id))
      {
        g_autofree char *name = key_name (id);
        g_test_message ("in the shortcuts window but bound to nothing: %s", name);
        missing++;
      }
  g_assert_cmpuint (missing, ==, 0);

  /* The window fits a 1366×768 laptop's screen below GNOME's top bar (GTK pages the groups,
   * but splits none, and gives every column the widest one's width). */
  {
    int width, height;

    /* The window opens at its natural size. */
    gtk_widget_measure (overlay, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &width, NULL, NULL);
    gtk_widget_measure (overlay, GTK_ORIENTATION_VERTICAL, width, NULL, &height, NULL, NULL);
    g_test_message ("the shortcuts window needs %d×%d", width, height);
    g_assert_cmpint (width, <=, 1366);
    g_assert_cmpint (height, <=, 768 - 32);
  }

  /* Keys read as words: no keysym name such as "Page_Down" on a keycap. */
  g_assert_cmpuint (keycaps->len, >, 40);
  for (guint i = 0; i < keycaps->len; i++)
    if (strchr (keycaps->pdata[i], '_') != NULL)
      g_error ("a keycap reads “%s”", (char *) keycaps->pdata[i]);

  /* One capitalisation: sentence case for every description (a capital only at the start, and
   * on a key's name, which the HIG writes as the keycap says). */
  for (guint i = 0; i < titles->len; i++)
    {
      const char *title = titles->pdata[i];

      for (const char *p = title + 1; *p != '\0'; p++)
        if (p[-1] == ' ' && g_ascii_isupper (*p) && !is_key_name (p))
          g_error ("“%s” is not in sentence case", title);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *state_dir = g_dir_make_tmp ("kb-shortcuts-XXXXXX", NULL);
  int status;

  g_setenv ("XDG_STATE_HOME", state_dir, TRUE);
  g_setenv ("XDG_DATA_HOME", state_dir, TRUE);   /* the editor's drafts */
  g_setenv ("LANGUAGE", "en", TRUE);
  kb_locale_init ();
  gtk_test_init (&argc, &argv, NULL);

  the_app = kb_application_new (G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (the_app), NULL, &error);
  g_assert_no_error (error);
  g_application_hold (G_APPLICATION (the_app));

  /* First: it checks that nothing built the shortcuts window before. */
  g_test_add_func ("/app/shortcuts/built-when-asked", test_built_when_asked);
  g_test_add_func ("/app/shortcuts/every-key-listed", test_every_bound_key_is_listed);

  status = g_test_run ();
  g_application_release (G_APPLICATION (the_app));
  g_clear_object (&the_app);
  return status;
}
