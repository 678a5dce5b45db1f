/* Every control of the deck editor has a name for screen readers: Tab through each tab of a
 * deck with a case (its roles) and a board (its squares), by real key presses, and ask each
 * control that takes the focus for its accessible name. */
#include "config.h"

#include <string.h>

#include "editor-test-util.h"
#include "kb-ui-test.h"
#include "kb-window.h"

static KbApplication *the_app;
static KbWindow *window;

/* The control the focus is in: the focused widget or the first ancestor that is one. */
static GtkWidget *
control_of (GtkWidget *focus)
{
  static GType types[8];

  if (types[0] == 0)
    {
      types[0] = GTK_TYPE_BUTTON;
      types[1] = GTK_TYPE_SWITCH;
      types[2] = GTK_TYPE_SPIN_BUTTON;
      types[3] = ADW_TYPE_PREFERENCES_ROW;
      types[4] = GTK_TYPE_LIST_BOX_ROW;
      types[5] = GTK_TYPE_DROP_DOWN;
      types[6] = GTK_TYPE_COLOR_BUTTON;
      types[7] = GTK_TYPE_STACK_SWITCHER;
    }
  for (GtkWidget *w = focus; w != NULL; w = gtk_widget_get_parent (w))
    for (guint i = 0; i < G_N_ELEMENTS (types); i++)
      if (G_TYPE_CHECK_INSTANCE_TYPE (w, types[i]))
        return w;
  return focus;
}

static gboolean
has_label_child (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if ((GTK_IS_LABEL (child) && *gtk_label_get_text (GTK_LABEL (child)) != '\0') ||
        has_label_child (child))
      return TRUE;
  return FALSE;
}

/* What a screen reader names a control by: its label property or relation, its row's title,
 * or the text it shows (a button's or a list row's label). An icon alone is no name. */
static gboolean
is_named (GtkWidget *control)
{
  GtkAccessible *accessible = GTK_ACCESSIBLE (control);

  if (gtk_test_accessible_has_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL) ||
      gtk_test_accessible_has_relation (accessible, GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    return TRUE;
  if (ADW_IS_PREFERENCES_ROW (control))
    {
      const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (control));
      return title != NULL && *title != '\0';
    }
  if (GTK_IS_BUTTON (control) || GTK_IS_LIST_BOX_ROW (control) ||
      GTK_IS_STACK_SWITCHER (control))
    return has_label_child (control);
  return FALSE;
}

/* Tab through the window until the focus comes round; each control on the way is named. */
static guint
tab_round (GtkWindow  *editor,
           const char *page)
{
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();
  GtkWidget *first = NULL;

  for (guint i = 0; i < 150; i++)
    {
      GtkWidget *focus, *control;

      kb_editor_test_press (editor, "Tab");
      for (guint spin = 0; spin < 50; spin++)
        g_main_context_iteration (NULL, FALSE);
      focus = gtk_root_get_focus (GTK_ROOT (editor));
      if (focus == NULL)
        continue;
      if (focus == first)
        break;
      if (first == NULL)
        first = focus;
      control = control_of (focus);
      if (!is_named (control))
        g_error ("on the %s tab, a %s (in a %s) has no name for screen readers", page,
                 G_OBJECT_TYPE_NAME (control), G_OBJECT_TYPE_NAME (gtk_widget_get_parent (control)));
      if (!g_ptr_array_find (seen, control, NULL))
        g_ptr_array_add (seen, control);
    }
  g_test_message ("%s: %u controls, each named", page, seen->len);
  return seen->len;
}

static gboolean
is_case (gpointer editor)
{
  KbDeck *deck = kb_editor_window_get_deck (editor);
  return kb_card_get_kind (kb_deck_get_card (deck, 0)) == KB_CARD_KIND_CASE;
}

static gboolean
has_role (gpointer editor)
{
  return kb_card_get_n_roles (kb_deck_get_card (kb_editor_window_get_deck (editor), 0)) == 1;
}

static gboolean
has_board (gpointer editor)
{
  return kb_deck_get_board (kb_editor_window_get_deck (editor)) != NULL;
}

static gboolean
add_square_focused (GtkWindow *editor)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (editor));

  return GTK_IS_BUTTON (focus) &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (focus)), "Add a S_quare") == 0;
}

static void
test_named (void)
{
  KbEditorWindow *editor;
  GtkWindow *w;

  if (!kb_test_can_press_keys ())
    {
      g_test_skip ("needs an X display and xdotool");
      return;
    }
  kb_editor_test_press (GTK_WINDOW (window), "ctrl+n");
  editor = kb_editor_test_wait_editor (the_app);
  w = GTK_WINDOW (editor);

  /* A case with a role, and a board: every kind of control is there. */
  kb_editor_test_press (w, "alt+a");
  kb_editor_test_tab_to (w, "Kind");
  kb_editor_test_press (w, "Return");
  kb_editor_test_press (w, "Home");
  for (guint i = 0; i < 3; i++)
    kb_editor_test_press (w, "Down");
  kb_editor_test_press (w, "Return");
  g_assert_true (kb_test_wait_for (is_case, editor));
  kb_editor_test_focus_window (w);
  kb_editor_test_wait_row_shown (w, "Tags (separated by commas)");
  kb_editor_test_press (w, "alt+r");
  g_assert_true (kb_test_wait_for (has_role, editor));
  g_assert_cmpuint (tab_round (w, "Cards"), >, 10);

  kb_editor_test_press (w, "alt+d");
  g_assert_cmpuint (tab_round (w, "Deck"), >, 5);
  kb_editor_test_press (w, "alt+t");
  g_assert_cmpuint (tab_round (w, "Categories"), >, 3);

  kb_editor_test_press (w, "alt+b");
  kb_editor_test_tab_to (w, "Play as a board game");
  kb_editor_test_press (w, "space");
  g_assert_true (kb_test_wait_for (has_board, editor));
  kb_editor_test_wait_row_shown (w, "Square 1");
  for (guint i = 0; i < 20 && !add_square_focused (w); i++)
    kb_editor_test_press (w, "Tab");
  kb_editor_test_press (w, "space");
  kb_editor_test_wait_row (w, "Square 2");
  g_assert_cmpuint (tab_round (w, "Board"), >, 5);

  kb_editor_test_press (w, "alt+p");
  g_assert_cmpuint (tab_round (w, "Problems"), >, 2);
}

int
main (int argc, char **argv)
{
  window = kb_editor_test_begin (&argc, &argv, &the_app);

  g_test_add_func ("/editor/a11y/every-control-named", test_named);
  return kb_test_end (&the_app);
}
