/* The deck editor's Board tab under Xvfb, by real key presses, checked on disk: a board made on
 * a new deck, squares added, changed, moved by Alt+Up and deleted by Delete, the die and the
 * shape; the preview drawn again after each change by the board renderer; a card and a square
 * moved by a real pointer drag. */
#include "config.h"

#include "editor-test-util.h"
#include "kb-editor-board-preview.h"
#include "kb-ui-test.h"
#include "kb-window.h"

static KbApplication *the_app;
static KbWindow *window;
static KbEditorWindow *editor;

static gboolean
squares_are (gpointer value)
{
  g_autofree char *squares = kb_editor_test_squares_of (kb_editor_window_get_deck (editor));
  return g_str_equal (squares, value);
}

static void
expect_squares (const char *value)
{
  if (!kb_test_wait_for (squares_are, (gpointer) value))
    {
      g_autofree char *squares = kb_editor_test_squares_of (kb_editor_window_get_deck (editor));
      g_error ("the squares are %s, not %s", squares, value);
    }
}

static guint drawn_before;

static gboolean
drawn_again (gpointer preview)
{
  return kb_editor_canvas_get_n_drawn (KB_EDITOR_CANVAS (preview)) > drawn_before;
}

/* The preview shows the board as it is now. */
static void
expect_drawn (KbEditorBoardPreview *preview)
{
  g_assert_true (kb_test_wait_for (drawn_again, preview));
  drawn_before = kb_editor_canvas_get_n_drawn (KB_EDITOR_CANVAS (preview));
}

static gboolean
die_is (gpointer die)
{
  KbBoard *board = kb_deck_get_board (kb_editor_window_get_deck (editor));
  return board != NULL && kb_board_get_die (board) == GPOINTER_TO_UINT (die);
}

static gboolean
shape_is (gpointer shape)
{
  KbBoard *board = kb_deck_get_board (kb_editor_window_get_deck (editor));
  return board != NULL && kb_board_get_shape (board) == (KbBoardShape) GPOINTER_TO_INT (shape);
}

static void
test_board (void)
{
  g_autoptr(KbDeck) kept = NULL;
  g_autofree char *squares = NULL;
  KbEditorBoardPreview *preview;

  if (!kb_test_can_press_keys ())
    {
      g_test_skip ("needs an X display and xdotool");
      return;
    }
  kb_editor_test_press (GTK_WINDOW (window), "ctrl+n");
  editor = kb_editor_test_wait_editor (the_app);
  kb_editor_test_shot_size (GTK_WINDOW (editor));
  preview = KB_EDITOR_BOARD_PREVIEW (kb_editor_test_find_widget (GTK_WIDGET (editor),
                                                                  KB_TYPE_EDITOR_BOARD_PREVIEW));
  g_assert_nonnull (preview);

  /* The Board tab by its mnemonic; the switch makes a board that starts at Start. */
  kb_editor_test_press (GTK_WINDOW (editor), "alt+b");
  g_assert_cmpstr (kb_editor_window_get_page (editor), ==, "board");
  kb_editor_test_tab_to (GTK_WINDOW (editor), "Play as a board game");
  kb_editor_test_press (GTK_WINDOW (editor), "space");
  expect_squares ("start");
  expect_drawn (preview);

  /* Alt+Q adds a square after the focused one (a category: the deck's only one). */
  kb_editor_test_wait_row_shown (GTK_WINDOW (editor), "Square 1");
  kb_editor_test_press (GTK_WINDOW (editor), "alt+q");
  expect_squares ("start,general");
  kb_editor_test_wait_row (GTK_WINDOW (editor), "Square 2");
  kb_editor_test_press (GTK_WINDOW (editor), "alt+q");
  expect_squares ("start,general,general");
  kb_editor_test_wait_row (GTK_WINDOW (editor), "Square 3");
  expect_drawn (preview);

  /* Square 3 becomes "choose" from its list (the specials come first: Start, Choose …). */
  kb_editor_test_press (GTK_WINDOW (editor), "Return");
  kb_editor_test_press (GTK_WINDOW (editor), "Home");
  kb_editor_test_press (GTK_WINDOW (editor), "Down");
  kb_editor_test_press (GTK_WINDOW (editor), "Return");
  expect_squares ("start,general,choose");
  kb_editor_test_focus_window (GTK_WINDOW (editor));
  kb_editor_test_wait_row (GTK_WINDOW (editor), "Square 3");

  /* Alt+Up moves it, and the focus goes with it; Ctrl+Z takes the move back. */
  kb_editor_test_press (GTK_WINDOW (editor), "alt+Up");
  expect_squares ("start,choose,general");
  kb_editor_test_wait_row (GTK_WINDOW (editor), "Square 2");
  expect_drawn (preview);
  kb_editor_test_press (GTK_WINDOW (editor), "ctrl+z");
  expect_squares ("start,general,choose");
  kb_editor_test_press (GTK_WINDOW (editor), "ctrl+shift+z");
  expect_squares ("start,choose,general");

  /* Delete on the last square. */
  kb_editor_test_tab_to (GTK_WINDOW (editor), "Square 3");
  kb_editor_test_press (GTK_WINDOW (editor), "Delete");
  expect_squares ("start,choose");
  kb_editor_test_shot (GTK_WIDGET (editor), "board");

  /* The die: eight faces, typed. The shape: a snake, from its list. */
  kb_editor_test_tab_to (GTK_WINDOW (editor), "Faces of the die");
  for (guint i = 0; i < 3 && gtk_widget_get_ancestor (gtk_root_get_focus (GTK_ROOT (editor)),
                                                     GTK_TYPE_SPIN_BUTTON) == NULL; i++)
    kb_editor_test_press (GTK_WINDOW (editor), "Tab");
  kb_editor_test_press (GTK_WINDOW (editor), "ctrl+a");
  kb_editor_test_type (GTK_WINDOW (editor), "8");
  kb_editor_test_press (GTK_WINDOW (editor), "Return");
  g_assert_true (kb_test_wait_for (die_is, GUINT_TO_POINTER (8)));
  kb_editor_test_tab_to (GTK_WINDOW (editor), "Shape");
  kb_editor_test_press (GTK_WINDOW (editor), "Return");
  kb_editor_test_press (GTK_WINDOW (editor), "Home");
  kb_editor_test_press (GTK_WINDOW (editor), "Down");
  kb_editor_test_press (GTK_WINDOW (editor), "Return");
  g_assert_true (kb_test_wait_for (shape_is, GINT_TO_POINTER (KB_BOARD_SHAPE_SNAKE)));
  kb_editor_test_focus_window (GTK_WINDOW (editor));
  expect_drawn (preview);

  /* On disk as format v1 says a board. */
  kept = kb_editor_test_save_and_read (editor);
  squares = kb_editor_test_squares_of (kept);
  g_assert_cmpstr (squares, ==, "start,choose");
  g_assert_cmpuint (kb_board_get_die (kb_deck_get_board (kept)), ==, 8);
  g_assert_cmpint (kb_board_get_shape (kb_deck_get_board (kept)), ==, KB_BOARD_SHAPE_SNAKE);
}

static gboolean
order_is (gpointer value)
{
  g_autofree char *ids = kb_editor_test_card_ids (kb_editor_window_get_deck (editor));
  return g_str_equal (ids, value);
}

static GtkListBox *
find_list (GtkWidget *root)
{
  if (GTK_IS_LIST_BOX (root) && gtk_widget_get_mapped (root) &&
      GTK_IS_LIST_BOX_ROW (gtk_widget_get_first_child (root)) &&
      GTK_IS_LABEL (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (gtk_widget_get_first_child (
        root)))))
    return GTK_LIST_BOX (root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkListBox *found = find_list (child);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A card dragged with the mouse onto another's row takes its place. */
static void
test_drag_card (void)
{
  GtkListBox *list;

  if (editor == NULL)
    {
      g_test_skip ("needs the editor of the first test");
      return;
    }
  kb_editor_test_press (GTK_WINDOW (editor), "alt+a");
  kb_editor_test_press (GTK_WINDOW (editor), "ctrl+n");
  kb_editor_test_press (GTK_WINDOW (editor), "ctrl+n");
  g_assert_true (kb_test_wait_for (order_is, (gpointer) "card-1,card-2,card-3"));
  list = find_list (GTK_WIDGET (editor));
  g_assert_nonnull (list);
  kb_test_wait_for_paint (GTK_WIDGET (editor));
  kb_editor_test_drag (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0)),
                       GTK_WIDGET (gtk_list_box_get_row_at_index (list, 2)));
  if (!kb_test_wait_for (order_is, (gpointer) "card-2,card-3,card-1"))
    g_error ("the drag did not move the card");
  kb_editor_test_press (GTK_WINDOW (editor), "ctrl+z");
  g_assert_true (kb_test_wait_for (order_is, (gpointer) "card-1,card-2,card-3"));
}

/* A square dragged with the mouse onto another's row takes its place; on disk after Save. */
static void
test_drag_square (void)
{
  g_autoptr(KbDeck) kept = NULL;
  g_autofree char *squares = NULL;

  if (editor == NULL)
    {
      g_test_skip ("needs the editor of the first test");
      return;
    }
  kb_editor_test_press (GTK_WINDOW (editor), "alt+b");
  g_assert_cmpstr (kb_editor_window_get_page (editor), ==, "board");
  expect_squares ("start,choose");
  kb_editor_test_tab_to (GTK_WINDOW (editor), "Square 2");
  kb_editor_test_press (GTK_WINDOW (editor), "alt+q");
  expect_squares ("start,choose,general");
  kb_editor_test_wait_row (GTK_WINDOW (editor), "Square 3");
  kb_test_wait_for_paint (GTK_WIDGET (editor));

  kb_editor_test_drag (kb_editor_test_find_row (GTK_WIDGET (editor), "Square 3"),
                       kb_editor_test_find_row (GTK_WIDGET (editor), "Square 1"));
  expect_squares ("general,start,choose");
  /* Back to the focus of a person after the drag: the window may have lost it to the drop. */
  kb_editor_test_focus_window (GTK_WINDOW (editor));
  kept = kb_editor_test_save_and_read (editor);
  squares = kb_editor_test_squares_of (kept);
  g_assert_cmpstr (squares, ==, "general,start,choose");
}

int
main (int argc, char **argv)
{
  window = kb_editor_test_begin (&argc, &argv, &the_app);

  g_test_add_func ("/editor/board/squares", test_board);
  g_test_add_func ("/editor/board/drag-card", test_drag_card);
  g_test_add_func ("/editor/board/drag-square", test_drag_square);
  return kb_test_end (&the_app);
}
