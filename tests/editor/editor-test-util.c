/* Helpers for the deck editor's UI tests (editor-test-util.h). */
#include "config.h"

#include <stdio.h>
#include <gdk/x11/gdkx.h>

#include "editor-test-util.h"
#include "kb-ui-test.h"

/* Returns: (nullable): the app's deck editor window */
KbEditorWindow *
kb_editor_test_find (KbApplication *app)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (KB_IS_EDITOR_WINDOW (l->data))
      return l->data;
  return NULL;
}

static gboolean
editor_shown (gpointer app)
{
  KbEditorWindow *editor = kb_editor_test_find (app);
  return editor != NULL && gtk_widget_get_mapped (GTK_WIDGET (editor));
}

KbEditorWindow *
kb_editor_test_wait_editor (KbApplication *app)
{
  KbEditorWindow *editor;

  g_assert_true (kb_test_wait_for (editor_shown, app));
  editor = kb_editor_test_find (app);
  kb_test_wait_for_paint (GTK_WIDGET (editor));
  return editor;
}

/* Types @text into @window's focused field through the X server, key by key. */
void
kb_editor_test_type (GtkWindow  *window,
                     const char *text)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  g_autofree char *xid = g_strdup_printf ("%lu", gdk_x11_surface_get_xid (surface));
  const char *argv[] = { "xdotool", "type", "--delay", "15", "--window", xid, text, NULL };
  g_autoptr(GError) error = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  /* GTK hands key events on when its frame clock runs: a frame makes sure it does. */
  kb_test_wait_for_paint (GTK_WIDGET (window));
}

/* Presses @key in @window and lets it draw a frame, so the key is handled. */
void
kb_editor_test_press (GtkWindow  *window,
                      const char *key)
{
  kb_test_press_key (window, key);
  kb_test_wait_for_paint (GTK_WIDGET (window));
}

/* Returns: (nullable): the title of the form row that has the focus */
const char *
kb_editor_test_focused_row (GtkWindow *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  GtkWidget *row = focus != NULL ? gtk_widget_get_ancestor (focus, ADW_TYPE_PREFERENCES_ROW)
                                 : NULL;

  return row != NULL ? adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)) : NULL;
}

typedef struct
{
  GtkWindow *window;
  const char *title;
} Wanted;

static gboolean
row_focused (gpointer data)
{
  Wanted *wanted = data;
  return g_strcmp0 (kb_editor_test_focused_row (wanted->window), wanted->title) == 0;
}

/* Waits until the row titled @row_title has the focus (the keys before it are handled). */
void
kb_editor_test_wait_row (GtkWindow  *window,
                         const char *row_title)
{
  Wanted wanted = { window, row_title };

  if (!kb_test_wait_for (row_focused, &wanted))
    g_error ("“%s” never got the focus; it is in “%s”", row_title,
             kb_editor_test_focused_row (window));
}

/* Returns: (nullable): the first widget in @root (itself included), depth first, that @is
 * says is the one */
GtkWidget *
kb_editor_test_find_where (GtkWidget       *root,
                           KbEditorTestIs   is,
                           gconstpointer    data)
{
  if (is (root, data))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = kb_editor_test_find_where (child, is, data);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_row (GtkWidget     *widget,
        gconstpointer  title)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

/* Returns: (nullable): the form row titled @title in @root */
GtkWidget *
kb_editor_test_find_row (GtkWidget  *root,
                         const char *title)
{
  return kb_editor_test_find_where (root, is_row, title);
}

static gboolean
is_of_type (GtkWidget     *widget,
            gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

/* Returns: (nullable): the first widget of @type in @root, depth first (a preview, a list) */
GtkWidget *
kb_editor_test_find_widget (GtkWidget *root,
                            GType      type)
{
  return kb_editor_test_find_where (root, is_of_type, GSIZE_TO_POINTER (type));
}

static gboolean
row_exists (gpointer data)
{
  Wanted *wanted = data;
  return kb_editor_test_find_row (GTK_WIDGET (wanted->window), wanted->title) != NULL;
}

/* Waits until a row titled @row_title is in @window (a form was built anew). */
void
kb_editor_test_wait_row_shown (GtkWindow  *window,
                               const char *row_title)
{
  Wanted wanted = { window, row_title };

  if (!kb_test_wait_for (row_exists, &wanted))
    g_error ("no row “%s” appeared", row_title);
}

/* Presses Tab until the row titled @row_title has the focus: the field is reachable by keyboard. */
void
kb_editor_test_tab_to (GtkWindow  *window,
                       const char *row_title)
{
  Wanted wanted = { window, row_title };

  for (guint i = 0; i < 40 && !row_focused (&wanted); i++)
    {
      const char *before = kb_editor_test_focused_row (window);
      GtkWidget *focus_before = gtk_root_get_focus (GTK_ROOT (window));

      kb_editor_test_press (window, "Tab");
      /* The focus moves as the key is handled; wait for it rather than for a time. */
      for (guint spin = 0; spin < 200 && gtk_root_get_focus (GTK_ROOT (window)) == focus_before &&
           g_strcmp0 (before, kb_editor_test_focused_row (window)) == 0; spin++)
        {
          g_main_context_iteration (NULL, FALSE);
          g_usleep (1000);
        }
    }
  if (!row_focused (&wanted))
    g_error ("Tab never reached “%s”; the focus is in “%s”", row_title,
             kb_editor_test_focused_row (window));
}

/* A data dir of its own: the decks, drafts and copies of a test never touch the person's. */
void
kb_editor_test_fresh_data (void)
{
  g_autofree char *data = g_dir_make_tmp ("kb-editor-test-XXXXXX", NULL);

  g_setenv ("XDG_DATA_HOME", data, TRUE);
}

static GtkWindow *
mapped_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (toplevels, i);
      if (G_TYPE_CHECK_INSTANCE_TYPE (item, type) && gtk_widget_get_mapped (GTK_WIDGET (item)))
        return GTK_WINDOW (item);
    }
  return NULL;
}

static gboolean
toplevel_shown (gpointer type)
{
  return mapped_toplevel (GPOINTER_TO_SIZE (type)) != NULL;
}

/* Waits for a window of @type (a dialog) to be shown and drawn; returns it. */
GtkWindow *
kb_editor_test_wait_toplevel (GType type)
{
  GtkWindow *window;

  g_assert_true (kb_test_wait_for (toplevel_shown, GSIZE_TO_POINTER (type)));
  window = mapped_toplevel (type);
  kb_test_wait_for_paint (GTK_WIDGET (window));
  return window;
}

static gboolean
is_active (gpointer window)
{
  return gtk_window_is_active (window);
}

/* After a dialog closed, the X focus is nowhere (no window manager gives it back): @window
 * takes it, so that the next keys reach it. */
void
kb_editor_test_focus_window (GtkWindow *window)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  g_autofree char *xid = g_strdup_printf ("%lu", gdk_x11_surface_get_xid (surface));
  const char *argv[] = { "xdotool", "windowfocus", "--sync", xid, NULL };
  g_autoptr(GError) error = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                &status, &error);
  g_assert_no_error (error);
  g_assert_true (kb_test_wait_for (is_active, window));
}

/* With KB_EDITOR_SHOTS=DIR, @widget as a PNG in DIR (to look at, not compared): the screens at
 * the size KB_EDITOR_SHOT_SIZE (like "800x600") gives. Without it, nothing. */
void
kb_editor_test_shot (GtkWidget  *widget,
                     const char *name)
{
  const char *dir = g_getenv ("KB_EDITOR_SHOTS");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file = NULL;
  int width, height;

  if (dir == NULL)
    return;
  kb_test_wait_for_paint (widget);
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    return;
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  file = g_strdup_printf ("%s/%s.png", dir, name);
  gdk_texture_save_to_png (texture, file);
}

/* The editor at KB_EDITOR_SHOT_SIZE, when shots are taken. */
void
kb_editor_test_shot_size (GtkWindow *window)
{
  const char *size = g_getenv ("KB_EDITOR_SHOT_SIZE");
  int width, height;

  if (g_getenv ("KB_EDITOR_SHOTS") == NULL || size == NULL ||
      sscanf (size, "%dx%d", &width, &height) != 2)
    return;
  gtk_window_set_default_size (window, width, height);
  kb_test_wait_for_paint (GTK_WIDGET (window));
}

/* The start of every editor test program: a data folder of its own, then as
 * kb_editor_test_start(). Returns: (transfer none): the app's window */
KbWindow *
kb_editor_test_begin (int             *argc,
                      char          ***argv,
                      KbApplication  **app)
{
  kb_editor_test_fresh_data ();
  return kb_editor_test_start (argc, argv, app);
}

/* GTK's test set-up, and the app with its library shown, on the data folder there is.
 * Returns: (transfer none): the app's window */
KbWindow *
kb_editor_test_start (int             *argc,
                      char          ***argv,
                      KbApplication  **app)
{
  KbWindow *window;

  gtk_test_init (argc, argv, NULL);
  *app = kb_test_start_app ();
  window = KB_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (*app)));
  kb_test_wait_for_paint (GTK_WIDGET (window));
  kb_test_wait_for_library (window);
  return window;
}

/* Returns: (nullable): the window of @type (a dialog) that is shown */
GtkWindow *
kb_editor_test_find_toplevel (GType type)
{
  return mapped_toplevel (type);
}

/* Returns: (nullable): @text in @lang, only if it has that language */
const char *
kb_editor_test_text_in (const KbText *text,
                        const char   *lang)
{
  return text != NULL && kb_text_has (text, lang) ? kb_text_get (text, lang, NULL) : NULL;
}

/* The cards' ids in order, as "card-1,card-3,card-2". */
char *
kb_editor_test_card_ids (KbDeck *deck)
{
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < kb_deck_get_n_cards (deck); i++)
    g_string_append_printf (ids, "%s%s", i > 0 ? "," : "",
                            kb_card_get_id (kb_deck_get_card (deck, i)));
  return g_string_free (ids, FALSE);
}

/* The squares as "start,general,choose": what the file will say. */
char *
kb_editor_test_squares_of (KbDeck *deck)
{
  KbBoard *board = kb_deck_get_board (deck);
  GString *squares;

  if (board == NULL)
    return g_strdup ("(no board)");
  squares = g_string_new (NULL);
  for (guint i = 0; i < kb_board_get_n_squares (board); i++)
    {
      KbSquare *square = kb_board_get_square (board, i);
      g_string_append_printf (squares, "%s%s", i > 0 ? "," : "",
                              kb_square_get_category (square) != NULL
                              ? kb_category_get_id (kb_square_get_category (square))
                              : kb_special_to_string (kb_square_get_special (square)));
    }
  return g_string_free (squares, FALSE);
}

/* Saved to its file, with nothing left to save. */
gboolean
kb_editor_test_saved (gpointer editor)
{
  GFile *target = kb_editor_window_get_target (editor);

  return target != NULL && !kb_editor_window_is_dirty (editor) &&
         g_file_query_exists (target, NULL);
}

/* Ctrl+S, and the deck as the reader reads it from the file (as a draft: a card may still be
 * without a text here). Returns: (transfer full) */
KbDeck *
kb_editor_test_save_and_read (KbEditorWindow *editor)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GFile *file;
  KbDeck *deck;

  kb_editor_test_press (GTK_WINDOW (editor), "ctrl+s");
  if (!kb_test_wait_for (kb_editor_test_saved, editor))
    {
      GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (editor));
      g_error ("not saved: focus %s in %s, active %d", focus ? G_OBJECT_TYPE_NAME (focus) : "-",
               kb_editor_test_focused_row (GTK_WINDOW (editor)),
               gtk_window_is_active (GTK_WINDOW (editor)));
    }
  file = kb_editor_window_get_target (editor);
  bytes = g_file_load_bytes (file, NULL, NULL, &error);
  g_assert_no_error (error);
  deck = kb_deck_load_draft (file, bytes, &error);
  g_assert_no_error (error);
  return deck;
}

/* Runs xdotool with @args (NULL-terminated), as a hand on the mouse. */
void
kb_editor_test_xdotool (const char * const *args)
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

/* The pointer to the middle of @widget; @slowly: in steps from where it was (a drag needs
 * motion to start). */
void
kb_editor_test_pointer_to (GtkWidget *widget,
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

      kb_editor_test_xdotool (args);
      kb_test_wait_for_paint (GTK_WIDGET (native));
    }
  x0 = point.x + dx;
  y0 = point.y + dy;
}

/* A drag with the left button held, from the middle of @from to the middle of @to. */
void
kb_editor_test_drag (GtkWidget *from,
                     GtkWidget *to)
{
  const char *down[] = { "mousedown", "1", NULL };
  const char *up[] = { "mouseup", "1", NULL };

  kb_editor_test_pointer_to (from, FALSE);
  kb_editor_test_xdotool (down);
  kb_editor_test_pointer_to (to, TRUE);
  kb_editor_test_xdotool (up);
}
