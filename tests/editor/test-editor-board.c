/* The deck editor's Board tab under Xvfb, by real key presses, checked on disk: a board made on
 * a new deck, squares added, changed, moved by Alt+Up and deleted by Delete, the die and the
 * shape; the preview drawn again after each change by the board renderer. */
#include "config.h"

#include <string.h>
#include <gdk/x11/gdkx.h>

#include "editor-test-util.h"
#include "kb-editor-board-preview.h"
#include "kb-ui-test.h"
#include "kb-window.h"

static KbApplication *the_app;
static KbWindow *window;
static KbEditorWindow *editor;

/* The squares as "start,general,choose": what the file will say. */
static char *
squares_of (KbDeck *deck)
{
  KbBoard *board = kb_deck_get_board (deck);
  g_autoptr(GString) squares = g_string_new (NULL);

  if (board == NULL)
    return g_strdup ("(no board)");
  for (guint i = 0; i < kb_board_get_n_squares (board); i++)
    {
      KbSquare *square = kb_board_get_square (board, i);
      g_string_append_printf (squares, "%s%s", i > 0 ? "," : "",
                              kb_square_get_category (square) != NULL
                              ? kb_category_get_id (kb_square_get_category (square))
                              : kb_special_to_string (kb_square_get_special (square)));
    }
  return g_string_free (g_steal_pointer (&squares), FALSE);
}

static gboolean
squares_are (gpointer value)
{
  g_autofree char *squares = squares_of (kb_editor_window_get_deck (editor));
  return g_str_equal (squares, value);
}

static void
expect_squares (const char *value)
{
  if (!kb_test_wait_for (squares_are, (gpointer) value))
    {
      g_autofree char *squares = squares_of (kb_editor_window_get_deck (editor));
      g_error ("the squares are %s, not %s", squares, value);
    }
}

static KbEditorBoardPreview *
find_preview (GtkWidget *root)
{
  if (KB_IS_EDITOR_BOARD_PREVIEW (root))
    return KB_EDITOR_BOARD_PREVIEW (root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      KbEditorBoardPreview *found = find_preview (child);
      if (found != NULL)
        return found;
    }
  return NULL;
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

static gboolean
saved (gpointer data)
{
  return kb_editor_window_get_target (editor) != NULL && !kb_editor_window_is_dirty (editor);
}

static void
test_board (void)
{
  g_autoptr(KbDeck) kept = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
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
  preview = find_preview (GTK_WIDGET (editor));
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
  kb_editor_test_press (GTK_WINDOW (editor), "ctrl+s");
  g_assert_true (kb_test_wait_for (saved, NULL));
  bytes = g_file_load_bytes (kb_editor_window_get_target (editor), NULL, NULL, &error);
  g_assert_no_error (error);
  kept = kb_deck_load_draft (kb_editor_window_get_target (editor), bytes, &error);
  g_assert_no_error (error);
  squares = squares_of (kept);
  g_assert_cmpstr (squares, ==, "start,choose");
  g_assert_cmpuint (kb_board_get_die (kb_deck_get_board (kept)), ==, 8);
  g_assert_cmpint (kb_board_get_shape (kb_deck_get_board (kept)), ==, KB_BOARD_SHAPE_SNAKE);
}

static void
xdotool (const char * const *args)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  int status;

  g_ptr_array_add (argv, (gpointer) "xdotool");
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

/* The pointer to the middle of @widget, in steps (a drag needs motion to start). */
static void
pointer_to (GtkWidget *widget,
            gboolean   slowly)
{
  GtkNative *native = gtk_widget_get_native (widget);
  g_autofree char *xid = g_strdup_printf (
    "%lu", gdk_x11_surface_get_xid (gtk_native_get_surface (native)));
  graphene_point_t point;
  double dx, dy;
  int steps = slowly ? 10 : 1;
  static double x0, y0;

  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (native), &GRAPHENE_POINT_INIT (
                   gtk_widget_get_width (widget) / 2.0, gtk_widget_get_height (widget) / 2.0),
                   &point));
  gtk_native_get_surface_transform (native, &dx, &dy);
  for (int i = 1; i <= steps; i++)
    {
      double x = slowly ? x0 + (point.x + dx - x0) * i / steps : point.x + dx;
      double y = slowly ? y0 + (point.y + dy - y0) * i / steps : point.y + dy;
      g_autofree char *sx = g_strdup_printf ("%d", (int) x);
      g_autofree char *sy = g_strdup_printf ("%d", (int) y);
      const char *args[] = { "mousemove", "--window", xid, sx, sy, NULL };

      xdotool (args);
      kb_test_wait_for_paint (GTK_WIDGET (native));
    }
  x0 = point.x + dx;
  y0 = point.y + dy;
}

static gboolean
order_is (gpointer value)
{
  KbDeck *deck = kb_editor_window_get_deck (editor);
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < kb_deck_get_n_cards (deck); i++)
    g_string_append_printf (ids, "%s%s", i > 0 ? "," : "",
                            kb_card_get_id (kb_deck_get_card (deck, i)));
  return g_str_equal (ids->str, value);
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
  const char *down[] = { "mousedown", "1", NULL };
  const char *up[] = { "mouseup", "1", NULL };
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
  pointer_to (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0)), FALSE);
  xdotool (down);
  pointer_to (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 2)), TRUE);
  xdotool (up);
  if (!kb_test_wait_for (order_is, (gpointer) "card-2,card-3,card-1"))
    g_error ("the drag did not move the card");
  kb_editor_test_press (GTK_WINDOW (editor), "ctrl+z");
  g_assert_true (kb_test_wait_for (order_is, (gpointer) "card-1,card-2,card-3"));
}

int
main (int argc, char **argv)
{
  int status;

  kb_editor_test_fresh_data ();
  gtk_test_init (&argc, &argv, NULL);
  the_app = kb_test_start_app ();
  window = KB_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (the_app)));
  kb_test_wait_for_paint (GTK_WIDGET (window));
  kb_test_wait_for_library (window);

  g_test_add_func ("/editor/board/squares", test_board);
  g_test_add_func ("/editor/board/drag-card", test_drag_card);
  status = g_test_run ();
  kb_test_stop_app (the_app);
  return status;
}
