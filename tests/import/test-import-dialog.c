/* Import… in the app, as a trainer does it: the library's menu action opens the file chooser,
 * the chosen spreadsheet shows as the deck it makes (title, categories, cards, columns, every
 * problem by row and column), Enter imports it into the decks folder and the library lists it;
 * Escape leaves without saving; a file with errors cannot be imported; cells copied from a
 * spreadsheet are pasted with Ctrl+V, shown as they change, and imported under the title typed.
 * Real key presses. */
#include "config.h"

#include <string.h>

#include "kb-deck-library.h"
#include "kb-import-dialog.h"
#include "kb-library-page.h"
#include "kb-ui-test.h"
#include "kb-window.h"

static KbApplication *the_app;
static char *data_home;

static GtkWindow *
main_window (void)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (the_app));

  g_assert_true (KB_IS_WINDOW (window));
  return window;
}

static char *
fixture (const char *folder,
         const char *name)
{
  return g_build_filename (g_getenv ("G_TEST_SRCDIR"), "import", folder, name, NULL);
}

/* Every row's title and subtitle under @widget, as the user reads them, one per line. */
static void
collect_rows (GtkWidget *widget,
              GString   *out)
{
  if (ADW_IS_ACTION_ROW (widget) && gtk_widget_get_visible (widget))
    {
      const char *subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (widget));

      g_string_append_printf (out, "%s | %s\n",
                              adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)),
                              subtitle != NULL ? subtitle : "");
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_get_visible (child))
      collect_rows (child, out);
}

static GtkWidget *
find_label (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "title-4"))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child);
      if (found != NULL)
        return found;
    }
  return NULL;
}

typedef struct
{
  GType      type;
  GtkWindow *found;
} Lookup;

/* The mapped window of @lookup's type, if there is one. */
static gboolean
look_up (gpointer data)
{
  Lookup *lookup = data;
  GListModel *toplevels = gtk_window_get_toplevels ();

  lookup->found = NULL;
  for (guint i = 0; i < g_list_model_get_n_items (toplevels) && lookup->found == NULL; i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      /* GTK's file chooser may take seconds to map (it asks for the recent files); it takes
       * a file before that. */
      if (G_TYPE_CHECK_INSTANCE_TYPE (window, lookup->type) &&
          (lookup->type == GTK_TYPE_FILE_CHOOSER_DIALOG ||
           gtk_widget_get_mapped (GTK_WIDGET (window))))
        lookup->found = GTK_WINDOW (window);
    }
  return lookup->found != NULL;
}

static GtkWindow *
find_window (GType type)
{
  Lookup lookup = { type, NULL };

  if (!kb_test_wait_for (look_up, &lookup))
    g_error ("no %s was shown", g_type_name (type));
  return lookup.found;
}

static gboolean
no_dialog (gpointer data)
{
  Lookup lookup = { KB_TYPE_IMPORT_DIALOG, NULL };
  return !look_up (&lookup);
}

static gboolean
library_lists (gpointer path)
{
  KbLibraryPage *page = kb_window_get_library_page (KB_WINDOW (main_window ()));
  GListModel *decks = kb_library_page_get_decks (page);

  for (guint i = 0; i < g_list_model_get_n_items (decks); i++)
    {
      g_autoptr(KbDeckEntry) entry = g_list_model_get_item (decks, i);
      g_autofree char *entry_path = g_file_get_path (kb_deck_entry_get_file (entry));
      if (g_str_equal (entry_path, path))
        return TRUE;
    }
  return FALSE;
}

/* With KB_TEST_PNG_DIR set, what the dialog shows is kept as @name there, to look at. */
static void
save_picture (GtkWindow  *dialog,
              const char *name)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  int w = gtk_widget_get_width (GTK_WIDGET (dialog));
  int h = gtk_widget_get_height (GTK_WIDGET (dialog));

  if (g_getenv ("KB_TEST_PNG_DIR") == NULL)
    return;
  paintable = gtk_widget_paintable_new (GTK_WIDGET (dialog));
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, w, h);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (dialog)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, w, h));
  path = g_build_filename (g_getenv ("KB_TEST_PNG_DIR"), name, NULL);
  gdk_texture_save_to_png (texture, path);
}

static gboolean
chooser_has_file (gpointer chooser)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (chooser);
  return file != NULL;
}

/* The file chooser, chosen in: GTK_DEBUG no-portals gives GTK's own dialog in the tests. */
static void
choose_file (const char *path)
{
  GtkWindow *chooser = find_window (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_true (gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), file, NULL));
  /* The chooser selects the file once it has read the folder. */
  g_assert_true (kb_test_wait_for (chooser_has_file, chooser));
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
}

static void
test_import_from_menu (void)
{
  GtkWindow *window = main_window ();
  KbLibraryPage *page = kb_window_get_library_page (KB_WINDOW (window));
  g_autofree char *path = fixture ("data", "libreoffice-calc.ods");
  g_autofree char *saved = g_build_filename (data_home, "kletsborden", "decks",
                                             "libreoffice-calc", "libreoffice-calc.json", NULL);
  g_autoptr(GString) rows = g_string_new (NULL);
  GtkWindow *dialog;

  kb_test_wait_for_library (window);
  kb_test_wait_for_paint (GTK_WIDGET (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "library.import", NULL));
  choose_file (path);

  dialog = find_window (KB_TYPE_IMPORT_DIALOG);
  kb_test_wait_for_paint (GTK_WIDGET (dialog));
  save_picture (dialog, "import-file.png");

  collect_rows (GTK_WIDGET (dialog), rows);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (find_label (GTK_WIDGET (dialog)))), ==,
                   "6 cards in 3 categories from “libreoffice-calc.ods”");
  g_assert_nonnull (strstr (rows->str, "Read As | OpenDocument (.ods)\n"));
  g_assert_nonnull (strstr (rows->str, "Languages | nl, en\n"));
  g_assert_nonnull (strstr (rows->str, "Over mij | 2 cards, symbol: hand\n"));
  g_assert_nonnull (strstr (rows->str, "Wat als… | 2 cards, symbol: eye\n"));
  g_assert_nonnull (strstr (rows->str, "Column E: “tekst:nl” | Text (nl)\n"));
  g_assert_nonnull (strstr (rows->str, "Column G: “notities” | Notes (nl)\n"));
  g_assert_nonnull (strstr (rows->str, "\"title\" has no \"en\" text; the \"nl\" text is shown "
                                       "instead | Row 5, column D\n"));
  g_assert_true (kb_import_dialog_can_import (KB_IMPORT_DIALOG (dialog)));

  /* Enter imports: the deck is in the decks folder, and in the library. */
  kb_test_press_key (dialog, "Return");
  g_assert_true (kb_test_wait_for (no_dialog, NULL));
  g_assert_true (g_file_test (saved, G_FILE_TEST_IS_REGULAR));
  g_assert_true (kb_test_wait_for (library_lists, saved));
}

static gboolean
summary_is (gpointer data)
{
  GtkWindow *dialog = find_window (KB_TYPE_IMPORT_DIALOG);

  return dialog != NULL &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (find_label (GTK_WIDGET (dialog)))),
                    data) == 0;
}

static void
test_paste_cells (void)
{
  GtkWindow *window = main_window ();
  KbLibraryPage *page = kb_window_get_library_page (KB_WINDOW (window));
  g_autofree char *saved = g_build_filename (data_home, "kletsborden", "decks", "mijn",
                                             "mijn.json", NULL);
  GtkWindow *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "library.paste-cards", NULL));
  dialog = find_window (KB_TYPE_IMPORT_DIALOG);
  g_assert_nonnull (dialog);
  kb_test_wait_for_paint (GTK_WIDGET (dialog));
  g_assert_false (kb_import_dialog_can_import (KB_IMPORT_DIALOG (dialog)));

  /* As Calc and Excel put copied cells on the clipboard: tab-separated rows. */
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (dialog)),
                          "categorie\ttekst\tsoort\n"
                          "Over mij\tWat doe je graag op zondag?\tvraag\n"
                          "Over mij\tWie bel je als het tegenzit?\tvraag\n"
                          "Samen\tIedereen voelt zich weleens alleen.\tstelling\n");
  kb_test_press_key (dialog, "ctrl+v");
  g_assert_true (kb_test_wait_for (summary_is,
                                   (gpointer) "3 cards in 2 categories from “Pasted cards”"));
  g_assert_true (kb_import_dialog_can_import (KB_IMPORT_DIALOG (dialog)));
  kb_test_wait_for_paint (GTK_WIDGET (dialog));
  save_picture (dialog, "import-paste.png");

  /* Tab to the title, a title of one's own, Enter: in the decks folder and the library. */
  kb_test_press_key (dialog, "Tab");
  kb_test_press_key (dialog, "ctrl+a");
  for (const char *c = "mijn"; *c != '\0'; c++)
    {
      char key[2] = { *c, '\0' };

      kb_test_press_key (dialog, key);
    }
  kb_test_press_key (dialog, "Return");
  g_assert_true (kb_test_wait_for (no_dialog, NULL));
  g_assert_true (g_file_test (saved, G_FILE_TEST_IS_REGULAR));
  g_assert_true (kb_test_wait_for (library_lists, saved));
}

static void
test_escape_saves_nothing (void)
{
  g_autofree char *path = fixture ("data", "excel-windows-1252.csv");
  g_autofree char *folder = g_build_filename (data_home, "kletsborden", "decks",
                                              "excel-windows-1252", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  KbImportDialog *dialog = kb_import_dialog_new (main_window (), file);

  gtk_window_present (GTK_WINDOW (dialog));
  kb_test_wait_for_paint (GTK_WIDGET (dialog));
  kb_test_press_key (GTK_WINDOW (dialog), "Escape");
  g_assert_true (kb_test_wait_for (no_dialog, NULL));
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
}

static void
test_errors_block_import (void)
{
  g_autofree char *path = fixture ("bad", "unclosed-quote.csv");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  KbImportDialog *dialog = kb_import_dialog_new (main_window (), file);
  g_autoptr(GString) rows = g_string_new (NULL);
  g_autofree char *folder = g_build_filename (data_home, "kletsborden", "decks",
                                              "unclosed-quote", NULL);

  gtk_window_present (GTK_WINDOW (dialog));
  kb_test_wait_for_paint (GTK_WIDGET (dialog));
  collect_rows (GTK_WIDGET (dialog), rows);
  g_assert_false (kb_import_dialog_can_import (dialog));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (find_label (GTK_WIDGET (dialog)))),
                            "Fix the errors below"));
  g_assert_nonnull (strstr (rows->str, "the quote (\") that opens this cell is never closed"));
  g_assert_nonnull (strstr (rows->str, "| Row 3, column A\n"));
  kb_test_press_key (GTK_WINDOW (dialog), "Return");
  kb_test_press_key (GTK_WINDOW (dialog), "Escape");
  g_assert_true (kb_test_wait_for (no_dialog, NULL));
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
}

/* GTK 4.8 asks xdg-desktop-portal for a file chooser whenever one runs on the session bus
 * (GDK_DEBUG=no-portals came in 4.10), and the portal's own window is out of the test's reach.
 * Holding the portal's name makes every question to it fail at once, so GTK shows its own
 * chooser, which the test can choose in. */
static void
block_portal (void)
{
  g_autofree char *address = g_dbus_address_get_for_bus_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  g_autoptr(GDBusConnection) bus = NULL;
  g_autoptr(GVariant) reply = NULL;

  /* A connection of its own: GTK's questions must not come back to the connection that asks. */
  if (address != NULL)
    bus = g_dbus_connection_new_for_address_sync (address,
                                                  G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                                  G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                                  NULL, NULL, NULL);
  if (bus == NULL)
    return;
  reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "RequestName",
                                       g_variant_new ("(su)", "org.freedesktop.portal.Desktop",
                                                      4 /* DO_NOT_QUEUE */),
                                       G_VARIANT_TYPE ("(u)"), G_DBUS_CALL_FLAGS_NONE, -1,
                                       NULL, NULL);
  /* The connection stays open for the whole run, and the name with it. */
  g_object_ref (bus);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  data_home = g_dir_make_tmp ("kb-import-ui-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("XDG_STATE_HOME", data_home, TRUE);
  block_portal ();
  gtk_test_init (&argc, &argv, NULL);
  if (!kb_test_can_press_keys ())
    {
      g_test_skip ("needs an X display (Xvfb) and xdotool");
      return 77;
    }
  the_app = kb_test_start_app ();

  g_test_add_func ("/import/dialog/from-menu", test_import_from_menu);
  g_test_add_func ("/import/dialog/escape", test_escape_saves_nothing);
  g_test_add_func ("/import/dialog/paste-cells", test_paste_cells);
  g_test_add_func ("/import/dialog/errors", test_errors_block_import);

  status = g_test_run ();
  kb_test_stop_app (the_app);
  return status;
}
