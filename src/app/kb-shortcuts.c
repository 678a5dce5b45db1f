/* The keyboard's one table: every key the pages bind, with the action it triggers and the label
 * the shortcuts window (Ctrl+?) shows for it, so the window cannot drift from the keys. */
#define G_LOG_DOMAIN "kletsborden-shortcuts"

#include "config.h"

#include "kb-shortcuts.h"

#include <string.h>

#include <glib/gi18n.h>

typedef enum
{
  KB_SHORTCUT_BOUND = 0,        /* a binding on the page's (or window's) class */
  KB_SHORTCUT_APP_ACCEL = 1,    /* an application accelerator (app., window.) */
  KB_SHORTCUT_DIGIT = 2,        /* the action gets the key's digit as its "u" parameter */
} KbShortcutFlags;

typedef struct
{
  /* Accelerators as GtkShortcutsShortcut reads them, space separated; "0...9" is a range.
   * A capital letter is its own binding (Caps Lock), shown once. The order is the binding's
   * precedence: for one key, the first action that is enabled runs. */
  const char      *keys;          /* %NULL: @title heads a group of its own in the window */
  const char      *action;
  const char      *title;
  KbShortcutFlags  flags;
} KbShortcut;

typedef struct
{
  const char       *title;        /* %NULL: listed under the page before it */
  const KbShortcut *shortcuts;
  guint             n_shortcuts;
  /* For kb_shortcuts_add_controller(): the keys are taken before the focused widget sees them
   * (a text field's own Ctrl+Z), and kept from it also while their action cannot run. */
  gboolean          before_focus;
} KbShortcutGroup;

/* Presentation clickers send Page Down / Page Up, B or period, F5 and Esc. */
static const KbShortcut general[] = {
  { "<Control>o", "win.open", N_("Open a deck"), KB_SHORTCUT_BOUND },
  { "<Alt>Left", "win.show-library", N_("Back to the decks"), KB_SHORTCUT_BOUND },
  { "F11", "win.fullscreen", N_("Fullscreen"), KB_SHORTCUT_BOUND },
  { "<Control>comma", "app.preferences", N_("Preferences"), KB_SHORTCUT_APP_ACCEL },
  { "<Control>question", "win.show-help-overlay", N_("Keyboard shortcuts"),
    KB_SHORTCUT_APP_ACCEL },
  { "<Control>w", "window.close", N_("Close the window"), KB_SHORTCUT_APP_ACCEL },
  { "<Control>q", "app.quit", N_("Quit"), KB_SHORTCUT_APP_ACCEL },
};

static const KbShortcut library[] = {
  { "<Control>n", "library.new-deck", N_("Make a new deck") },
  { "<Control>e", "library.edit-focused",
    N_("Edit the chosen deck (a copy of a built-in one)") },
};

static const KbShortcut play[] = {
  /* While a number is typed, Enter goes to that card; else it is "next". */
  { "0...9 KP_0...KP_9", "play.digit", N_("Type a card’s number, then Enter: go to that card"),
    KB_SHORTCUT_DIGIT },
  { "Return KP_Enter", "play.go-to", N_("Go to the card whose number was typed") },
  { "space Right Page_Down Down Return KP_Enter", "play.next", N_("Next card") },
  { "Left Page_Up Up BackSpace", "play.previous", N_("Previous card") },
  { "p", "play.pass", N_("Pass: go on without answering") },
  { "x Delete", "play.put-away", N_("Put the card away for this session") },
  { "n", "play.swap-next", N_("Another card next (presenting)") },
  { "r R", "play.read-aloud", N_("Read the card aloud") },
  { "l", "play.language", N_("Switch the cards’ language") },
  { "s", "play.shuffle", N_("Shuffle the cards to come") },
  { "o O", "play.overview", N_("All cards at a glance: search, pick one to show") },
  { "<Control>p", "play.print", N_("Print the cards (print sheets saved to a file)") },
  { "<Control>z", "play.undo-shuffle", N_("Undo the shuffle") },
  /* Groups of the window that fit a 768 px screen (GTK splits no group over two columns). */
  { NULL, NULL, N_("Playing a Deck: Timer and Screen") },
  /* Shift+T before T: a plain T would take it too. */
  { "<Shift>t", "play.timer-reset", N_("Reset the speaking timer") },
  { "t", "play.timer", N_("Start or pause the speaking timer") },
  { "b B period", "play.calm", N_("Calm screen and back") },
  { "w", "play.fill-screen", N_("Card fills the screen (larger text)") },
  { "h", "play.high-contrast", N_("High contrast") },
  { "f F F11", "win.fullscreen", N_("Fullscreen") },
  { "F5", "win.present", N_("Present: the card on the second screen, your view here") },
  { "m", "win.swap-screens", N_("Move the room’s view to the next screen") },
  { "Escape", "play.leave", N_("Leave the calm screen, presenting or fullscreen") },
};

static const KbShortcut board[] = {
  { "space Return KP_Enter Page_Down", "board.go", N_("Roll the die, then next player") },
  /* R rolls while the die is to be rolled, and reads the card once one has come up. */
  { "r R", "board.roll", N_("Roll the die") },
  { "r R", "board.read-aloud", N_("Read the card aloud (after the roll)") },
  { "0...9 KP_0...KP_9", "board.number",
    N_("Type the throw of a real die (two digits from 10), or pick a choice"),
    KB_SHORTCUT_DIGIT },
  { "k K", "board.box", N_("In my box: put the card away and take another") },
  { "v V", "board.flag", N_("Flag: pass the turn") },
  { "<Control>z Page_Up", "board.undo", N_("Undo the last move") },
  { "l L", "board.language", N_("Switch the cards’ language") },
  { NULL, NULL, N_("Board Game: Timer and Screen") },
  { "<Shift>t", "board.timer-reset", N_("Reset the turn timer") },
  { "t", "board.timer", N_("Start or pause the turn timer") },
  { "b B period", "board.calm", N_("Calm screen and back") },
  { "h", "board.high-contrast", N_("High contrast") },
  { "f F F11", "win.fullscreen", N_("Fullscreen") },
  { "F5", "board.present", N_("Present: the board on the second screen, the buttons here") },
  { "m", "win.swap-screens", N_("Move the room’s view to the next screen") },
  { "Escape", "board.leave", N_("Leave the calm screen, presenting or fullscreen") },
};

static const KbShortcut new_game[] = {
  { "Return KP_Enter", "new-game.start", N_("Start the game") },
  { "<Control>n", "new-game.add-player", N_("Add a player") },
};

/* The deck editor's window: these are the editor's in every field. */
static const KbShortcut editor[] = {
  { "<Control>s", "editor.save", N_("Save the deck") },
  { "<Control>z", "editor.undo", N_("Undo the last change") },
  { "<Control><Shift>z <Control>y", "editor.redo", N_("Redo the change undone") },
  { "<Control>n", "editor.add-card", N_("Add a card") },
  { "<Control>d", "editor.duplicate-card", N_("Duplicate the card") },
  { "<Alt>Up <Alt>KP_Up", "editor.move-up", N_("Move the card up (on the board tab: the square)") },
  { "<Alt>Down <Alt>KP_Down", "editor.move-down",
    N_("Move the card down (on the board tab: the square)") },
  { "<Control>w", "window.close", N_("Close the editor (it asks before changes are lost)"),
    KB_SHORTCUT_APP_ACCEL },
};

static const KbShortcut editor_card_list[] = {
  { "Delete KP_Delete", "editor.delete-card", N_("Delete the card chosen in the list") },
};

static const KbShortcut editor_square[] = {
  { "Delete KP_Delete", "editor.remove-square", N_("Delete the square (on its row)") },
};

static const KbShortcutGroup groups[KB_SHORTCUTS_N_PAGES] = {
  [KB_SHORTCUTS_GENERAL] = { N_("General"), general, G_N_ELEMENTS (general) },
  [KB_SHORTCUTS_LIBRARY] = { N_("Decks"), library, G_N_ELEMENTS (library) },
  [KB_SHORTCUTS_PLAY] = { N_("Playing a Deck"), play, G_N_ELEMENTS (play) },
  [KB_SHORTCUTS_BOARD] = { N_("Board Game"), board, G_N_ELEMENTS (board) },
  [KB_SHORTCUTS_NEW_GAME] = { N_("New Board Game"), new_game, G_N_ELEMENTS (new_game) },
  [KB_SHORTCUTS_EDITOR] = { N_("Deck Editor"), editor, G_N_ELEMENTS (editor), TRUE },
  [KB_SHORTCUTS_EDITOR_CARD_LIST] = { NULL, editor_card_list, G_N_ELEMENTS (editor_card_list) },
  [KB_SHORTCUTS_EDITOR_SQUARE] = { NULL, editor_square, G_N_ELEMENTS (editor_square) },
};

/* GTK labels some keys by their keysym names; these read as words. */
static const struct { const char *name; const char *label; } key_labels[] = {
  { "Page_Down", NC_("key", "Page Down") },
  { "Page_Up", NC_("key", "Page Up") },
  { "KP_Enter", NC_("key", "Enter (keypad)") },
  { "BackSpace", NC_("key", "Backspace") },
};

static gboolean
parse_key (const char      *token,
           guint           *keyval,
           GdkModifierType *modifiers)
{
  /* gtk_accelerator_parse lowers letters; a bare capital stays a capital (Caps Lock). */
  if (token[0] != '<')
    {
      *keyval = gdk_keyval_from_name (token);
      *modifiers = 0;
    }
  else if (!gtk_accelerator_parse (token, keyval, modifiers))
    *keyval = GDK_KEY_VoidSymbol;
  return *keyval != GDK_KEY_VoidSymbol && *keyval != 0;
}

static guint
digit_of (guint keyval)
{
  guint digit = keyval >= GDK_KEY_KP_0 && keyval <= GDK_KEY_KP_9 ? keyval - GDK_KEY_KP_0
                                                                  : keyval - GDK_KEY_0;
  g_assert (digit <= 9);
  return digit;
}

typedef void (*KbShortcutKeyFunc) (const KbShortcut *shortcut,
                                   guint             keyval,
                                   GdkModifierType   modifiers,
                                   gpointer          data);

/* Each key of @page's entries (application accelerators excepted), in the table's order. */
static void
for_each_key (KbShortcutsPage   page,
              KbShortcutKeyFunc func,
              gpointer          data)
{
  for (guint i = 0; i < groups[page].n_shortcuts; i++)
    {
      const KbShortcut *shortcut = &groups[page].shortcuts[i];
      g_auto(GStrv) tokens = NULL;

      if (shortcut->keys == NULL || (shortcut->flags & KB_SHORTCUT_APP_ACCEL))
        continue;
      tokens = g_strsplit (shortcut->keys, " ", -1);
      for (guint t = 0; tokens[t] != NULL; t++)
        {
          g_auto(GStrv) range = g_strsplit (tokens[t], "...", 2);
          guint first, last;
          GdkModifierType modifiers, last_modifiers;

          if (!parse_key (range[0], &first, &modifiers))
            {
              g_critical ("Shortcut table: unknown key “%s”", range[0]);
              continue;
            }
          last = first;
          if (range[1] != NULL && !parse_key (range[1], &last, &last_modifiers))
            {
              g_critical ("Shortcut table: unknown key “%s”", range[1]);
              continue;
            }
          for (guint keyval = first; keyval <= last; keyval++)
            func (shortcut, keyval, modifiers, data);
        }
    }
}

static void
bind_one (const KbShortcut *shortcut,
          guint             keyval,
          GdkModifierType   modifiers,
          gpointer          widget_class)
{
  if (shortcut->flags & KB_SHORTCUT_DIGIT)
    gtk_widget_class_add_binding_action (widget_class, keyval, modifiers, shortcut->action,
                                         "u", digit_of (keyval));
  else
    gtk_widget_class_add_binding_action (widget_class, keyval, modifiers, shortcut->action,
                                         NULL);
}

/**
 * kb_shortcuts_bind:
 *
 * Binds the keys of @page's table on @widget_class (application accelerators excepted: see
 * kb_shortcuts_set_app_accels()).
 */
void
kb_shortcuts_bind (GtkWidgetClass  *widget_class,
                   KbShortcutsPage  page)
{
  g_return_if_fail (page < KB_SHORTCUTS_N_PAGES);

  for_each_key (page, bind_one, widget_class);
}

typedef struct
{
  GtkShortcutController *controller;
  GVariant              *target;
  GtkShortcutAction     *action;   /* %NULL: each entry's own */
} KbControllerFill;

static void
add_shortcut (const KbShortcut *shortcut,
              guint             keyval,
              GdkModifierType   modifiers,
              gpointer          data)
{
  KbControllerFill *fill = data;
  GtkShortcut *added = gtk_shortcut_new (
    gtk_keyval_trigger_new (keyval, modifiers),
    fill->action != NULL ? g_object_ref (fill->action) : gtk_named_action_new (shortcut->action));

  if (fill->action == NULL && (shortcut->flags & KB_SHORTCUT_DIGIT))
    gtk_shortcut_set_arguments (added, g_variant_new_uint32 (digit_of (keyval)));
  else if (fill->action == NULL && fill->target != NULL)
    gtk_shortcut_set_arguments (added, fill->target);
  gtk_shortcut_controller_add_shortcut (fill->controller, added);
}

/* The key is taken, with nothing to do now (nothing to undo). */
static gboolean
keep_key (GtkWidget *widget,
          GVariant  *args,
          gpointer   user_data)
{
  return TRUE;
}

/**
 * kb_shortcuts_add_controller:
 * @target: (nullable): the parameter of the page's actions (the square a row is of)
 *
 * Binds the keys of @page's table on @widget itself, for a widget that is no page of its own
 * class (a row) or whose keys come before the focused field's.
 */
void
kb_shortcuts_add_controller (GtkWidget       *widget,
                             KbShortcutsPage  page,
                             GVariant        *target)
{
  g_autoptr(GVariant) sunk = target != NULL ? g_variant_ref_sink (target) : NULL;
  KbControllerFill fill = { GTK_SHORTCUT_CONTROLLER (gtk_shortcut_controller_new ()), sunk };

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (page < KB_SHORTCUTS_N_PAGES);

  for_each_key (page, add_shortcut, &fill);
  if (groups[page].before_focus)
    {
      /* Last: a key whose action is disabled now goes no further (a field would undo). */
      fill.action = gtk_callback_action_new (keep_key, NULL, NULL);
      for_each_key (page, add_shortcut, &fill);
      g_clear_object (&fill.action);
      gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (fill.controller),
                                                  GTK_PHASE_CAPTURE);
    }
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (fill.controller));
}

void
kb_shortcuts_set_app_accels (GtkApplication *app)
{
  g_return_if_fail (GTK_IS_APPLICATION (app));

  for (guint g = 0; g < KB_SHORTCUTS_N_PAGES; g++)
    for (guint i = 0; i < groups[g].n_shortcuts; i++)
      if (groups[g].shortcuts[i].flags & KB_SHORTCUT_APP_ACCEL)
        {
          g_auto(GStrv) accels = g_strsplit (groups[g].shortcuts[i].keys, " ", -1);
          gtk_application_set_accels_for_action (app, groups[g].shortcuts[i].action,
                                                 (const char * const *) accels);
        }
}

/* A keypad key whose twin on the main keys is in @tokens ("<Alt>KP_Up" beside "<Alt>Up",
 * "KP_0...KP_9" beside "0...9"): shown once, as the twin. */
static gboolean
is_keypad_twin (const char        *token,
                const char *const *tokens)
{
  g_auto(GStrv) parts = NULL;
  g_autofree char *twin = NULL;

  if (strstr (token, "KP_") == NULL)
    return FALSE;
  parts = g_strsplit (token, "KP_", -1);
  twin = g_strjoinv ("", parts);
  return g_strv_contains (tokens, twin);
}

/* What the window shows for one table entry: each key once, whatever its case, and the
 * keypad's keys as their twins on the main keys. */
static char *
shown_keys (const KbShortcut *shortcut)
{
  g_auto(GStrv) tokens = g_strsplit (shortcut->keys, " ", -1);
  g_autoptr(GString) shown = g_string_new (NULL);
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);

  for (guint t = 0; tokens[t] != NULL; t++)
    {
      g_autofree char *lower = NULL;

      if (is_keypad_twin (tokens[t], (const char * const *) tokens))
        continue;
      lower = g_ascii_strdown (tokens[t], -1);
      if (g_ptr_array_find_with_equal_func (seen, lower, g_str_equal, NULL))
        continue;
      /* F5, F11 and the keysym names keep their case; single letters are shown in lower case
       * (GTK draws them as capitals). */
      g_string_append_printf (shown, "%s%s", shown->len > 0 ? " " : "",
                              strlen (tokens[t]) == 1 ? lower : tokens[t]);
      g_ptr_array_add (seen, g_steal_pointer (&lower));
    }
  return g_string_free (g_steal_pointer (&shown), FALSE);
}

static void
relabel_keys (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    {
      const char *text = gtk_label_get_label (GTK_LABEL (widget));

      for (guint i = 0; i < G_N_ELEMENTS (key_labels); i++)
        if (g_strcmp0 (text, key_labels[i].name) == 0)
          {
            /* Setting the label frees @text: no further comparison with it. */
            gtk_label_set_label (GTK_LABEL (widget), g_dpgettext2 (GETTEXT_PACKAGE, "key",
                                                                   key_labels[i].label));
            break;
          }
      /* A long description takes two lines rather than widen every column (GTK gives all the
       * columns the widest one's width): two columns a page fit a 1366 px screen. */
      if (gtk_widget_get_ancestor (widget, GTK_TYPE_SHORTCUTS_SHORTCUT) != NULL &&
          gtk_widget_get_ancestor (widget, GTK_TYPE_SHORTCUT_LABEL) == NULL &&
          !gtk_widget_has_css_class (widget, "dim-label"))
        {
          gtk_label_set_wrap (GTK_LABEL (widget), TRUE);
          gtk_label_set_max_width_chars (GTK_LABEL (widget), 36);
        }
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    relabel_keys (child);
}

static void
start_group (GString    *xml,
             const char *title,
             gboolean    first)
{
  g_autofree char *group = g_markup_printf_escaped (
    "<child><object class=\"GtkShortcutsGroup\"><property name=\"title\">%s</property>",
    _(title));

  if (!first)
    g_string_append (xml, "</object></child>");
  g_string_append (xml, group);
}

/* A GtkShortcutsWindow listing every table; (transfer none): GTK keeps its toplevels. */
static GtkWidget *
shortcuts_window_new (void)
{
  g_autoptr(GString) xml = g_string_new (
    "<interface><object class=\"GtkShortcutsWindow\" id=\"help_overlay\">"
    "<property name=\"modal\">True</property><child><object class=\"GtkShortcutsSection\">"
    "<property name=\"section-name\">shortcuts</property>"
    "<property name=\"max-height\">14</property>");
  g_autoptr(GtkBuilder) builder = NULL;
  GtkWidget *window;

  for (guint g = 0; g < KB_SHORTCUTS_N_PAGES; g++)
    {
      if (groups[g].title != NULL)
        start_group (xml, groups[g].title, g == 0);
      for (guint i = 0; i < groups[g].n_shortcuts; i++)
        {
          g_autofree char *keys = NULL;
          g_autofree char *entry = NULL;

          if (groups[g].shortcuts[i].keys == NULL)
            {
              start_group (xml, groups[g].shortcuts[i].title, FALSE);
              continue;
            }
          keys = shown_keys (&groups[g].shortcuts[i]);
          entry = g_markup_printf_escaped (
            "<child><object class=\"GtkShortcutsShortcut\">"
            "<property name=\"title\">%s</property>"
            "<property name=\"accelerator\">%s</property></object></child>",
            _(groups[g].shortcuts[i].title), keys);

          g_string_append (xml, entry);
        }
    }
  g_string_append (xml, "</object></child></object></child></object></interface>");

  builder = gtk_builder_new_from_string (xml->str, xml->len);
  window = GTK_WIDGET (gtk_builder_get_object (builder, "help_overlay"));
  relabel_keys (window);
  return window;
}

static void
show_shortcuts (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GtkApplicationWindow *window = user_data;

  if (gtk_application_window_get_help_overlay (window) == NULL)
    gtk_application_window_set_help_overlay (window,
                                             GTK_SHORTCUTS_WINDOW (shortcuts_window_new ()));
  gtk_window_present (GTK_WINDOW (gtk_application_window_get_help_overlay (window)));
}

/**
 * kb_shortcuts_add_window_action:
 * @window: the window whose "win.show-help-overlay" (Ctrl+?) shows the shortcuts window
 *
 * The shortcuts window is built the first time it is asked for, not with @window: building
 * its few hundred widgets took 14-37 ms of every start (issue 15). GTK's
 * gtk_application_window_set_help_overlay() keeps an action of that name that is already
 * there, so this one stays the only way in.
 */
void
kb_shortcuts_add_window_action (GtkApplicationWindow *window)
{
  static const GActionEntry entry = { .name = "show-help-overlay", .activate = show_shortcuts };

  g_action_map_add_action_entries (G_ACTION_MAP (window), &entry, 1, window);
}
