/* The keyboard's one table: every key the pages bind, with the action it triggers and the label
 * the shortcuts window (Ctrl+?) shows for it, so the window cannot drift from the keys. */
#define G_LOG_DOMAIN "kletsborden-shortcuts"

#include "config.h"

#include "kb-shortcuts.h"

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
  const char      *keys;
  const char      *action;
  const char      *title;
  KbShortcutFlags  flags;
} KbShortcut;

typedef struct
{
  const char       *title;
  const KbShortcut *shortcuts;
  guint             n_shortcuts;
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
  { "b B period", "play.calm", N_("Calm screen and back") },
  { "l", "play.language", N_("Switch the cards’ language") },
  /* Shift+T before T: a plain T would take it too. */
  { "<Shift>t", "play.timer-reset", N_("Reset the speaking timer") },
  { "t", "play.timer", N_("Start or pause the speaking timer") },
  { "s", "play.shuffle", N_("Shuffle the cards to come") },
  { "o O", "play.overview", N_("All cards at a glance: search, pick one to show") },
  { "<Control>z", "play.undo-shuffle", N_("Undo the shuffle") },
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
  { "b B period", "board.calm", N_("Calm screen and back") },
  { "l L", "board.language", N_("Switch the cards’ language") },
  { "<Shift>t", "board.timer-reset", N_("Reset the turn timer") },
  { "t", "board.timer", N_("Start or pause the turn timer") },
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

static const KbShortcutGroup groups[KB_SHORTCUTS_N_PAGES] = {
  [KB_SHORTCUTS_GENERAL] = { N_("General"), general, G_N_ELEMENTS (general) },
  [KB_SHORTCUTS_PLAY] = { N_("Playing a Deck"), play, G_N_ELEMENTS (play) },
  [KB_SHORTCUTS_BOARD] = { N_("Board Game"), board, G_N_ELEMENTS (board) },
  [KB_SHORTCUTS_NEW_GAME] = { N_("New Board Game"), new_game, G_N_ELEMENTS (new_game) },
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

static void
bind_one (GtkWidgetClass   *widget_class,
          const KbShortcut *shortcut,
          guint             keyval,
          GdkModifierType   modifiers)
{
  if (shortcut->flags & KB_SHORTCUT_DIGIT)
    {
      guint digit = keyval >= GDK_KEY_KP_0 && keyval <= GDK_KEY_KP_9 ? keyval - GDK_KEY_KP_0
                                                                      : keyval - GDK_KEY_0;
      g_assert (digit <= 9);
      gtk_widget_class_add_binding_action (widget_class, keyval, modifiers, shortcut->action,
                                           "u", digit);
    }
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

  for (guint i = 0; i < groups[page].n_shortcuts; i++)
    {
      const KbShortcut *shortcut = &groups[page].shortcuts[i];
      g_auto(GStrv) tokens = NULL;

      if (shortcut->flags & KB_SHORTCUT_APP_ACCEL)
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
            bind_one (widget_class, shortcut, keyval, modifiers);
        }
    }
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

/* What the window shows for one table entry: each key once, whatever its case, and the
 * keypad's digits as the digits they are. */
static char *
shown_keys (const KbShortcut *shortcut)
{
  g_auto(GStrv) tokens = g_strsplit (shortcut->keys, " ", -1);
  g_autoptr(GString) shown = g_string_new (NULL);
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);

  for (guint t = 0; tokens[t] != NULL; t++)
    {
      g_autofree char *lower = NULL;

      if (g_str_has_prefix (tokens[t], "KP_") && g_ascii_isdigit (tokens[t][3]))
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
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    relabel_keys (child);
}

/**
 * kb_shortcuts_window_new:
 *
 * Returns: (transfer none): a GtkShortcutsWindow listing every table (GTK keeps its
 *   toplevels), for
 *   gtk_application_window_set_help_overlay()
 */
GtkWidget *
kb_shortcuts_window_new (void)
{
  g_autoptr(GString) xml = g_string_new (
    "<interface><object class=\"GtkShortcutsWindow\" id=\"help_overlay\">"
    "<property name=\"modal\">True</property><child><object class=\"GtkShortcutsSection\">"
    "<property name=\"section-name\">shortcuts</property>"
    "<property name=\"max-height\">28</property>");
  g_autoptr(GtkBuilder) builder = NULL;
  GtkWidget *window;

  for (guint g = 0; g < KB_SHORTCUTS_N_PAGES; g++)
    {
      g_autofree char *group = g_markup_printf_escaped (
        "<child><object class=\"GtkShortcutsGroup\"><property name=\"title\">%s</property>",
        _(groups[g].title));

      g_string_append (xml, group);
      for (guint i = 0; i < groups[g].n_shortcuts; i++)
        {
          g_autofree char *keys = shown_keys (&groups[g].shortcuts[i]);
          g_autofree char *entry = g_markup_printf_escaped (
            "<child><object class=\"GtkShortcutsShortcut\">"
            "<property name=\"title\">%s</property>"
            "<property name=\"accelerator\">%s</property></object></child>",
            _(groups[g].shortcuts[i].title), keys);

          g_string_append (xml, entry);
        }
      g_string_append (xml, "</object></child>");
    }
  g_string_append (xml, "</object></child></object></interface>");

  builder = gtk_builder_new_from_string (xml->str, xml->len);
  window = GTK_WIDGET (gtk_builder_get_object (builder, "help_overlay"));
  relabel_keys (window);
  return window;
}
