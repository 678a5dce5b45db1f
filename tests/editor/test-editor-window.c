/* The deck editor under Xvfb, by real key presses as a trainer uses it: a bilingual deck of
 * three cards made from nothing, saved, read back by the loader and shown in the library;
 * undo and redo of moves, duplicates and deletes; closing with changes asks; a built-in deck
 * is copied, never written. */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "editor-test-util.h"
#include "kb-deck-checker.h"
#include "kb-deck-library.h"
#include "kb-deck-tile.h"
#include "kb-editor-draft.h"
#include "kb-ui-test.h"
#include "kb-window.h"

static KbApplication *the_app;
static KbWindow *window;

typedef struct
{
  KbEditorWindow *editor;
  const char *value;
  guint index;
  const char *lang;
} Expect;

static gboolean
title_is (gpointer data)
{
  Expect *e = data;
  return g_strcmp0 (kb_editor_test_text_in (kb_deck_get_title_text (kb_editor_window_get_deck (e->editor)),
                             e->lang), e->value) == 0;
}

static gboolean
card_text_is (gpointer data)
{
  Expect *e = data;
  KbDeck *deck = kb_editor_window_get_deck (e->editor);

  return e->index < kb_deck_get_n_cards (deck) &&
         g_strcmp0 (kb_editor_test_text_in (kb_card_get_text (kb_deck_get_card (deck, e->index)), e->lang),
                    e->value) == 0;
}

static gboolean
notes_are (gpointer data)
{
  Expect *e = data;
  KbDeck *deck = kb_editor_window_get_deck (e->editor);

  return g_strcmp0 (kb_editor_test_text_in (kb_card_get_notes (kb_deck_get_card (deck, e->index)), "nl"),
                    e->value) == 0;
}

static gboolean
languages_are (gpointer data)
{
  Expect *e = data;
  g_autofree char *joined = g_strjoinv (",", (char **) kb_deck_get_languages (
                                          kb_editor_window_get_deck (e->editor)));
  return g_str_equal (joined, e->value);
}

static gboolean
order_is (gpointer data)
{
  Expect *e = data;
  g_autofree char *ids = kb_editor_test_card_ids (kb_editor_window_get_deck (e->editor));
  return g_str_equal (ids, e->value);
}

static gboolean
n_cards_is (gpointer data)
{
  Expect *e = data;
  return kb_deck_get_n_cards (kb_editor_window_get_deck (e->editor)) == e->index;
}

static gboolean
page_is (gpointer data)
{
  Expect *e = data;
  return g_strcmp0 (kb_editor_window_get_page (e->editor), e->value) == 0;
}

static void
expect (KbTestCondition condition,
        Expect         *e,
        const char     *what)
{
  if (!kb_test_wait_for (condition, e))
    g_error ("%s: expected “%s” (card %u, %s)", what, e->value, e->index, e->lang);
}

static gboolean
label_shown (gpointer data)
{
  Expect *e = data;
  return kb_test_find_label (GTK_WIDGET (e->editor), e->value) != NULL;
}

/* Writes the text of card @index in both languages, the focus being in its Text (en). (No "?" in
 * the texts: xdotool types it by changing the X keymap for a moment, and under Xvfb the keys after
 * a few of those reached GTK no more.) */
static void
write_card (KbEditorWindow *editor,
            guint           index,
            const char     *en,
            const char     *nl)
{
  Expect e = { editor, en, index, "en" };

  kb_editor_test_wait_row (GTK_WINDOW (editor), "Text (en)");
  kb_editor_test_type (GTK_WINDOW (editor), en);
  expect (card_text_is, &e, "the English text");
  kb_editor_test_tab_to (GTK_WINDOW (editor), "Text (nl)");
  kb_editor_test_type (GTK_WINDOW (editor), nl);
  e.value = nl;
  e.lang = "nl";
  expect (card_text_is, &e, "the Dutch text");
}

static gboolean
editor_gone (gpointer data)
{
  return kb_editor_test_find (the_app) == NULL;
}

static gboolean
library_has (gpointer file)
{
  GListModel *decks = kb_library_page_get_decks (kb_window_get_library_page (window));

  for (guint i = 0; i < g_list_model_get_n_items (decks); i++)
    {
      g_autoptr(KbDeckEntry) entry = g_list_model_get_item (decks, i);
      if (g_file_equal (kb_deck_entry_get_file (entry), file) &&
          kb_deck_entry_get_deck (entry) != NULL)
        return TRUE;
    }
  return FALSE;
}

static gboolean
file_exists (gpointer file)
{
  return g_file_query_exists (file, NULL);
}

static void
no_problem (const KbDeckSpot *spot,
            KbProblemLevel    level,
            const char       *message,
            gpointer          data)
{
  g_test_message ("%s", message);
}

static void
test_new_deck (void)
{
  KbEditorWindow *editor;
  Expect e = { NULL, "Feeling at home", 0, "en" };
  g_autoptr(GFile) target = NULL;
  g_autoptr(KbDeck) saved = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *library;

  if (!kb_test_can_press_keys ())
    {
      g_test_skip ("needs an X display and xdotool");
      return;
    }
  kb_editor_test_press (GTK_WINDOW (window), "ctrl+n");
  editor = e.editor = kb_editor_test_wait_editor (the_app);
  g_assert_null (kb_editor_window_get_target (editor));

  /* A new deck starts with its title, in the language of the interface. */
  kb_editor_test_wait_row (GTK_WINDOW (editor), "Title (en)");
  kb_editor_test_type (GTK_WINDOW (editor), e.value);
  expect (title_is, &e, "the title");
  g_assert_true (kb_editor_window_is_dirty (editor));

  /* A second language: the forms grow a field for it. */
  kb_editor_test_press (GTK_WINDOW (editor), "shift+Tab");
  kb_editor_test_wait_row (GTK_WINDOW (editor), "Languages");
  kb_editor_test_press (GTK_WINDOW (editor), "ctrl+a");
  kb_editor_test_type (GTK_WINDOW (editor), "en, nl");
  kb_editor_test_press (GTK_WINDOW (editor), "Return");
  e.value = "en,nl";
  expect (languages_are, &e, "the languages");
  kb_editor_test_wait_row_shown (GTK_WINDOW (editor), "Title (nl)");
  kb_editor_test_tab_to (GTK_WINDOW (editor), "Title (nl)");
  kb_editor_test_type (GTK_WINDOW (editor), "Thuis voelen");
  e.value = "Thuis voelen";
  e.lang = "nl";
  expect (title_is, &e, "the Dutch title");

  /* The cards, by the tab's mnemonic; the first card is there to be written. */
  kb_editor_test_press (GTK_WINDOW (editor), "alt+a");
  e.value = "cards";
  expect (page_is, &e, "the page");
  kb_editor_test_tab_to (GTK_WINDOW (editor), "Text (en)");
  write_card (editor, 0, "What makes a place home", "Waardoor voelt een plek als thuis");
  kb_editor_test_press (GTK_WINDOW (editor), "ctrl+n");
  e.value = "card-1,card-2";
  expect (order_is, &e, "a card added");
  write_card (editor, 1, "Who would you call tonight", "Wie zou je vanavond bellen");
  kb_editor_test_press (GTK_WINDOW (editor), "ctrl+n");
  e.value = "card-1,card-2,card-3";
  expect (order_is, &e, "a card added");
  write_card (editor, 2, "When did you last laugh", "Wanneer heb je het laatst gelachen");

  /* Moved by keyboard, undone and redone. */
  kb_editor_test_press (GTK_WINDOW (editor), "alt+Up");
  e.value = "card-1,card-3,card-2";
  expect (order_is, &e, "Alt+Up");
  kb_editor_test_wait_row (GTK_WINDOW (editor), "Text (nl)");
  kb_editor_test_press (GTK_WINDOW (editor), "ctrl+z");
  e.value = "card-1,card-2,card-3";
  expect (order_is, &e, "Ctrl+Z after the move");
  kb_editor_test_press (GTK_WINDOW (editor), "ctrl+shift+z");
  e.value = "card-1,card-3,card-2";
  expect (order_is, &e, "Ctrl+Shift+Z");
  kb_editor_test_press (GTK_WINDOW (editor), "ctrl+z");
  e.value = "card-1,card-2,card-3";
  expect (order_is, &e, "Ctrl+Z again");

  /* Typing in one field is one step: one Ctrl+Z takes the whole text back. */
  kb_editor_test_tab_to (GTK_WINDOW (editor), "Notes for the trainer (nl)");
  kb_editor_test_type (GTK_WINDOW (editor), "Rustig aan");
  e.value = "Rustig aan";
  e.index = kb_editor_window_get_current_card (editor);
  expect (notes_are, &e, "the notes typed");
  kb_editor_test_press (GTK_WINDOW (editor), "ctrl+z");
  e.value = NULL;
  expect (notes_are, &e, "the notes undone in one step");

  /* Duplicate, delete from the list with its toast, and undo both. */
  kb_editor_test_press (GTK_WINDOW (editor), "ctrl+d");
  e.index = 4;
  expect (n_cards_is, &e, "Ctrl+D");
  kb_editor_test_press (GTK_WINDOW (editor), "shift+Tab");
  for (guint i = 0; i < 30 && !GTK_IS_LIST_BOX_ROW (gtk_root_get_focus (GTK_ROOT (editor))); i++)
    {
      kb_editor_test_press (GTK_WINDOW (editor), "shift+Tab");
      g_main_context_iteration (NULL, FALSE);
    }
  g_assert_true (GTK_IS_LIST_BOX_ROW (gtk_root_get_focus (GTK_ROOT (editor))));
  kb_editor_test_press (GTK_WINDOW (editor), "Delete");
  e.index = 3;
  expect (n_cards_is, &e, "Delete in the list");
  e.value = "Card deleted";
  expect (label_shown, &e, "the toast");
  kb_editor_test_press (GTK_WINDOW (editor), "ctrl+z");
  e.index = 4;
  expect (n_cards_is, &e, "Undo of the delete");
  kb_editor_test_press (GTK_WINDOW (editor), "ctrl+z");
  e.value = "card-1,card-2,card-3";
  expect (order_is, &e, "Undo of the duplicate");
  g_assert_cmpuint (kb_editor_window_get_n_problems (editor), ==, 0);

  /* Saved: a file the loader reads without a problem, shown in the library. */
  kb_editor_test_press (GTK_WINDOW (editor), "ctrl+s");
  g_assert_true (kb_test_wait_for (kb_editor_test_saved, editor));
  target = g_object_ref (kb_editor_window_get_target (editor));
  g_assert_true (kb_test_wait_for (file_exists, target));
  g_assert_false (kb_editor_window_is_dirty (editor));
  saved = kb_deck_new_from_file (target, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kb_deck_get_n_cards (saved), ==, 3);
  g_assert_cmpuint (kb_deck_check (saved, KB_DECK_CHECK_REQUIRED, no_problem, NULL), ==, 0);
  g_assert_cmpstr (kb_deck_get_title (saved, "nl"), ==, "Thuis voelen");
  g_assert_cmpstr (kb_text_get (kb_card_get_text (kb_deck_get_card (saved, 2)), "nl", NULL), ==,
                   "Wanneer heb je het laatst gelachen");
  {
    g_autoptr(GFile) decks = kb_deck_library_get_user_dir ();
    g_assert_true (g_file_has_prefix (target, decks));
  }
  g_assert_true (kb_test_wait_for (library_has, target));
  library = GTK_WIDGET (kb_window_get_library_page (window));
  g_assert_nonnull (kb_test_find_label (library, "Feeling at home"));

  /* Nothing to save: Ctrl+W closes without asking, and no draft is left. */
  kb_test_press_key (GTK_WINDOW (editor), "ctrl+w");
  g_assert_true (kb_test_wait_for (editor_gone, NULL));
  {
    g_autoptr(GPtrArray) drafts = kb_editor_draft_list ();
    g_assert_cmpuint (drafts->len, ==, 0);
  }
}

static AdwMessageDialog *
find_dialog (void)
{
  return (AdwMessageDialog *) kb_editor_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
}

static gboolean
dialog_gone (gpointer data)
{
  return find_dialog () == NULL;
}

static void
test_close_asks (void)
{
  KbEditorWindow *editor;
  Expect e = { NULL, "Not saved yet", 0, "en" };
  g_autoptr(GPtrArray) drafts = NULL;

  if (!kb_test_can_press_keys ())
    {
      g_test_skip ("needs an X display and xdotool");
      return;
    }
  /* The New Deck button, as a click (Ctrl+N in the library is the first test's). */
  gtk_widget_activate_action (GTK_WIDGET (kb_window_get_library_page (window)),
                              "library.new-deck", NULL);
  editor = e.editor = kb_editor_test_wait_editor (the_app);
  kb_editor_test_type (GTK_WINDOW (editor), e.value);
  expect (title_is, &e, "the title");
  /* The draft follows the edit. */
  for (guint i = 0; i < 2000 && (drafts == NULL || drafts->len == 0); i++)
    {
      g_clear_pointer (&drafts, g_ptr_array_unref);
      g_main_context_iteration (NULL, FALSE);
      drafts = kb_editor_draft_list ();
    }
  g_assert_cmpuint (drafts->len, ==, 1);
  g_assert_nonnull (strstr (g_bytes_get_data (((KbEditorDraft *) drafts->pdata[0])->deck, NULL),
                            "Not saved yet"));

  kb_editor_test_press (GTK_WINDOW (editor), "ctrl+w");
  kb_test_press_key (kb_editor_test_wait_toplevel (ADW_TYPE_MESSAGE_DIALOG), "Escape");
  g_assert_true (kb_test_wait_for (dialog_gone, NULL));
  g_assert_true (kb_editor_test_find (the_app) == editor);
  g_assert_true (kb_editor_window_is_dirty (editor));

  /* Discarding the changes lets the window go, and its draft. */
  gtk_window_close (GTK_WINDOW (editor));   /* its close button */
  kb_editor_test_wait_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  adw_message_dialog_response (find_dialog (), "discard");
  g_assert_true (kb_test_wait_for (editor_gone, NULL));
  g_clear_pointer (&drafts, g_ptr_array_unref);
  drafts = kb_editor_draft_list ();
  g_assert_cmpuint (drafts->len, ==, 0);
}

/* Every file under @dir with its contents, to see that nothing in it changed. */
static void
snapshot_dir (GFile      *dir,
              GHashTable *files)
{
  g_autoptr(GFileEnumerator) enumerator = g_file_enumerate_children (
    dir, G_FILE_ATTRIBUTE_STANDARD_NAME "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
    G_FILE_QUERY_INFO_NONE, NULL, NULL);
  GFileInfo *info;
  GFile *child;

  while (enumerator != NULL &&
         g_file_enumerator_iterate (enumerator, &info, &child, NULL, NULL) && info != NULL)
    if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
      snapshot_dir (child, files);
    else
      {
        g_autofree char *contents = NULL;
        g_assert_true (g_file_load_contents (child, NULL, &contents, NULL, NULL, NULL));
        g_hash_table_insert (files, g_file_get_path (child), g_steal_pointer (&contents));
      }
}

static gboolean
same_files (GHashTable *a,
            GHashTable *b)
{
  GHashTableIter iter;
  gpointer key, value;

  if (g_hash_table_size (a) != g_hash_table_size (b))
    return FALSE;
  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (g_strcmp0 (value, g_hash_table_lookup (b, key)) != 0)
      return FALSE;
  return TRUE;
}

static GtkFlowBoxChild *
builtin_tile (GtkWidget *root)
{
  if (GTK_IS_FLOW_BOX_CHILD (root) &&
      KB_IS_DECK_TILE (gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (root))) &&
      kb_deck_entry_is_builtin (kb_deck_tile_get_entry (
        KB_DECK_TILE (gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (root))))))
    return GTK_FLOW_BOX_CHILD (root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkFlowBoxChild *found = builtin_tile (child);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_builtin_never_written (void)
{
  g_autoptr(GFile) builtin_dir = kb_deck_library_get_builtin_dir ();
  g_autoptr(GHashTable) before = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) after = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GFile) decks = kb_deck_library_get_user_dir ();
  g_autoptr(GFile) original = NULL;
  g_autoptr(KbDeck) copy = NULL;
  g_autoptr(GError) error = NULL;
  Expect e = { NULL, "Ours now", 0, NULL };
  KbEditorWindow *editor;
  GtkFlowBoxChild *tile;

  if (!kb_test_can_press_keys ())
    {
      g_test_skip ("needs an X display and xdotool");
      return;
    }
  snapshot_dir (builtin_dir, before);
  g_assert_cmpuint (g_hash_table_size (before), >, 0);

  /* The editor refuses a built-in deck itself. */
  tile = builtin_tile (GTK_WIDGET (window));
  g_assert_nonnull (tile);
  original = g_object_ref (kb_deck_entry_get_file (kb_deck_tile_get_entry (
                             KB_DECK_TILE (gtk_flow_box_child_get_child (tile)))));
  g_assert_null (kb_editor_window_open (GTK_APPLICATION (the_app), original, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  g_clear_error (&error);

  /* Ctrl+E's action on a built-in deck (the focus on its tile, as a click puts it) edits a
   * copy. (After the first test the library's keys are not pressed again: its window, found
   * anew, had no focus for Ctrl+N under Xvfb.) */
  gtk_widget_grab_focus (GTK_WIDGET (tile));
  gtk_widget_activate_action (GTK_WIDGET (kb_window_get_library_page (window)),
                              "library.edit-focused", NULL);
  editor = e.editor = kb_editor_test_wait_editor (the_app);
  g_assert_true (g_file_has_prefix (kb_editor_window_get_target (editor), decks));
  e.lang = kb_deck_get_fallback_language (kb_editor_window_get_deck (editor));
  {
    g_autofree char *row = g_strdup_printf ("Text (%s)", e.lang);
    kb_editor_test_wait_row (GTK_WINDOW (editor), row);
  }
  kb_editor_test_press (GTK_WINDOW (editor), "ctrl+a");
  kb_editor_test_type (GTK_WINDOW (editor), e.value);
  expect (card_text_is, &e, "the copy's first card");
  kb_editor_test_press (GTK_WINDOW (editor), "ctrl+s");
  g_assert_true (kb_test_wait_for (kb_editor_test_saved, editor));
  copy = kb_deck_new_from_file (kb_editor_window_get_target (editor), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (kb_text_get (kb_card_get_text (kb_deck_get_card (copy, 0)), e.lang, NULL), ==,
                   "Ours now");
  g_assert_true (g_str_has_suffix (kb_deck_get_id (copy), "-copy"));

  /* Even a draft that names a built-in deck is saved nowhere. */
  {
    KbEditorDraft draft = { "builtin-test", original, NULL, NULL };
    g_autoptr(GBytes) bytes = g_file_load_bytes (original, NULL, NULL, NULL);
    KbEditorWindow *restored;

    draft.deck = bytes;
    restored = kb_editor_window_restore (GTK_APPLICATION (the_app), &draft, &error);
    g_assert_no_error (error);
    g_assert_false (kb_editor_window_save (restored, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
    g_clear_error (&error);
    kb_editor_draft_forget ("builtin-test", NULL);
    gtk_window_destroy (GTK_WINDOW (restored));
  }

  snapshot_dir (builtin_dir, after);
  g_assert_true (same_files (before, after));
  gtk_window_close (GTK_WINDOW (editor));
  g_assert_true (kb_test_wait_for (editor_gone, NULL));
}

int
main (int argc, char **argv)
{
  window = kb_editor_test_begin (&argc, &argv, &the_app);

  g_test_add_func ("/editor/window/new-deck", test_new_deck);
  g_test_add_func ("/editor/window/close-asks", test_close_asks);
  g_test_add_func ("/editor/window/builtin-never-written", test_builtin_never_written);
  return kb_test_end (&the_app);
}
