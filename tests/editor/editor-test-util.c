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

GtkWidget *
kb_editor_test_find_row (GtkWidget  *root,
                         const char *title)
{
  if (ADW_IS_PREFERENCES_ROW (root) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), title) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = kb_editor_test_find_row (child, title);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Returns: (nullable): the first widget of @type in @root, depth first (a preview, a list) */
GtkWidget *
kb_editor_test_find_widget (GtkWidget *root,
                            GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = kb_editor_test_find_widget (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
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
