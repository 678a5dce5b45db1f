/* The library with a trainer's own decks (issue 17): a deck with an error keeps the grid in
 * columns of ordinary tiles, two files with the same id are told apart by their file names, the
 * problem is marked on the tile, and a click on the broken deck opens its problems. */
#include "config.h"

#include <string.h>
#include <adwaita.h>

#include "kb-application.h"
#include "kb-deck-tile.h"
#include "kb-library-page.h"
#include "kb-window.h"
#include "kb-ui-test.h"

#define BROKEN "a-deck-with-a-rather-long-file-name-that-has-an-error-in-it.json"

static KbApplication *the_app;

static void
write_decks (const char *data_home)
{
  g_autofree char *dir = g_build_filename (data_home, "kletsborden", "decks", NULL);
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "play", "data", "six-cards.json",
                                                   NULL);
  g_autofree char *contents = NULL;
  g_autofree char *first = g_build_filename (dir, "six-cards.json", NULL);
  g_autofree char *second = g_build_filename (dir, "six-cards-copy.json", NULL);
  g_autofree char *broken = g_build_filename (dir, BROKEN, NULL);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_get_contents (source, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (first, contents, -1, NULL));
  g_assert_true (g_file_set_contents (second, contents, -1, NULL));
  g_assert_true (g_file_set_contents (broken, "{\n  \"format\": \"kletsborden-deck\",\n"
                                      "  \"version\": 1,\n  \"id\": \"Not An Id With Spaces\"\n}\n",
                                      -1, NULL));
}

static void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && gtk_widget_get_mapped (widget))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, type, found);
}

static gboolean
shows_label (GtkWidget  *widget,
             const char *part)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect (widget, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (strstr (gtk_label_get_label (labels->pdata[i]), part) != NULL)
      return TRUE;
  return FALSE;
}

static GtkWindow *
problems_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);
      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_mapped (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

static gboolean
dialog_shown (gpointer data)
{
  return problems_dialog () != NULL;
}

static void
test_own_decks (void)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (the_app));
  g_autoptr(GPtrArray) tiles = g_ptr_array_new ();
  g_autoptr(GHashTable) columns = g_hash_table_new (g_direct_hash, g_direct_equal);
  GtkWidget *broken = NULL;
  int tallest = 0, lowest = G_MAXINT;

  kb_test_wait_for_library (window);
  kb_test_wait_for_paint (GTK_WIDGET (window));
  collect (GTK_WIDGET (window), KB_TYPE_DECK_TILE, tiles);
  g_assert_cmpuint (tiles->len, >=, 4);

  for (guint i = 0; i < tiles->len; i++)
    {
      GtkWidget *tile = tiles->pdata[i];
      graphene_rect_t box;

      g_assert_true (gtk_widget_compute_bounds (tile, GTK_WIDGET (window), &box));
      g_hash_table_add (columns, GINT_TO_POINTER ((int) box.origin.x));
      tallest = MAX (tallest, (int) box.size.height);
      lowest = MIN (lowest, (int) box.size.height);
      if (kb_deck_entry_get_deck (kb_deck_tile_get_entry (KB_DECK_TILE (tile))) == NULL)
        broken = tile;
    }
  /* In columns, and the broken deck's tile no taller than one and a half others. */
  g_test_message ("%u columns; tiles %d to %d px high", g_hash_table_size (columns), lowest,
                  tallest);
  g_assert_cmpuint (g_hash_table_size (columns), >=, 3);
  g_assert_cmpint (tallest, <=, lowest * 3 / 2);

  /* The two copies of one deck show their file names; the broken one says it has problems. */
  g_assert_true (shows_label (GTK_WIDGET (window), "six-cards.json"));
  g_assert_true (shows_label (GTK_WIDGET (window), "six-cards-copy.json"));
  g_assert_nonnull (broken);
  g_assert_true (shows_label (broken, "problem"));

  /* A click on it opens the problems, each with its place in the file. */
  g_assert_true (gtk_widget_activate (gtk_widget_get_parent (broken)) ||
                 (g_signal_emit_by_name (gtk_widget_get_parent (gtk_widget_get_parent (broken)),
                                         "child-activated", gtk_widget_get_parent (broken)),
                  TRUE));
  g_assert_true (kb_test_wait_for (dialog_shown, NULL));
  g_assert_true (shows_label (GTK_WIDGET (problems_dialog ()), BROKEN ":"));
  gtk_window_destroy (problems_dialog ());
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *state_dir = g_dir_make_tmp ("kb-tiles-XXXXXX", NULL);
  g_autofree char *data_dir = g_dir_make_tmp ("kb-tiles-data-XXXXXX", NULL);
  int status;

  g_setenv ("XDG_STATE_HOME", state_dir, TRUE);
  g_setenv ("XDG_DATA_HOME", data_dir, TRUE);
  g_setenv ("LANGUAGE", "en", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  write_decks (data_dir);
  the_app = kb_test_start_app ();
  gtk_window_set_default_size (gtk_application_get_active_window (GTK_APPLICATION (the_app)),
                               1280, 800);

  g_test_add_func ("/app/library/own-decks", test_own_decks);

  status = g_test_run ();
  kb_test_stop_app (the_app);
  return status;
}
