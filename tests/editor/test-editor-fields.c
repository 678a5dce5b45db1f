/* The deck editor's fields beyond the texts, under Xvfb by real key presses, checked on disk:
 * the first save claims a folder as an import does; Ctrl+N from the Deck tab; a wrong language
 * code, found and jumped to; roles and tags of a case; a card's image, typed and chosen (copied
 * into the deck's folder, never kept outside it); the back's colour and image; a category's own
 * icon (an SVG that cannot be drawn is a problem; a chosen one is copied, and the card preview
 * draws it once it is read). One deck is made in the first test and edited on in the next ones. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gstdio.h>

#include "editor-test-util.h"
#include "kb-deck-library.h"
#include "kb-editor-preview.h"
#include "kb-svg-cache.h"
#include "kb-ui-test.h"
#include "kb-window.h"

static KbApplication *the_app;
static KbWindow *window;
static KbEditorWindow *editor;

typedef gboolean (*Check) (KbDeck *deck, gconstpointer data);

typedef struct
{
  Check check;
  gconstpointer data;
} Wait;

static gboolean
deck_is (gpointer data)
{
  Wait *wait = data;
  return wait->check (kb_editor_window_get_deck (editor), wait->data);
}

/* Waits until @check holds on the deck in the editor. */
static void
expect (Check          check,
        gconstpointer  data,
        const char    *what)
{
  Wait wait = { check, data };

  if (!kb_test_wait_for (deck_is, &wait))
    g_error ("never: %s", what);
}

static gboolean
title_is (KbDeck        *deck,
          gconstpointer  value)
{
  return g_strcmp0 (kb_editor_test_text_in (kb_deck_get_title_text (deck), "en"), value) == 0;
}

static KbCard *
card (KbDeck *deck)
{
  return kb_deck_get_card (deck, kb_editor_window_get_current_card (editor));
}

static gboolean
text_is (KbDeck        *deck,
         gconstpointer  value)
{
  return g_strcmp0 (kb_editor_test_text_in (kb_card_get_text (card (deck)), "en"), value) == 0;
}

static gboolean
languages_are (KbDeck        *deck,
               gconstpointer  value)
{
  g_autofree char *joined = g_strjoinv (",", (char **) kb_deck_get_languages (deck));
  return g_str_equal (joined, value);
}

static void
test_first_save (void)
{
  g_autoptr(GFile) decks = kb_deck_library_get_user_dir ();
  g_autoptr(GFile) taken = g_file_get_child (decks, "my-deck");
  g_autoptr(GFile) theirs = g_file_get_child (taken, "notes.txt");
  g_autoptr(GFile) expected = g_file_resolve_relative_path (decks, "my-deck-2/my-deck-2.json");
  g_autoptr(KbDeck) deck = NULL;
  g_autofree char *contents = NULL;

  if (!kb_test_can_press_keys ())
    {
      g_test_skip ("needs an X display and xdotool");
      return;
    }
  kb_editor_test_press (GTK_WINDOW (window), "ctrl+n");
  editor = kb_editor_test_wait_editor (the_app);
  kb_editor_test_shot_size (GTK_WINDOW (editor));
  g_assert_cmpstr (kb_deck_get_id (kb_editor_window_get_deck (editor)), ==, "my-deck");
  kb_editor_test_wait_row (GTK_WINDOW (editor), "Title (en)");
  kb_editor_test_type (GTK_WINDOW (editor), "Evenings");
  expect (title_is, "Evenings", "the title typed");

  /* Meanwhile an import took the folder the deck's id names. */
  g_assert_true (g_file_make_directory_with_parents (taken, NULL, NULL));
  g_assert_true (g_file_set_contents (g_file_peek_path (theirs), "theirs", -1, NULL));

  /* The first save claims a folder of its own, named as an import names it. */
  deck = kb_editor_test_save_and_read (editor);
  g_assert_true (g_file_equal (kb_editor_window_get_target (editor), expected));
  g_assert_cmpstr (kb_deck_get_title (deck, "en"), ==, "Evenings");
  g_assert_true (g_file_get_contents (g_file_peek_path (theirs), &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "theirs");
}

static gboolean
n_cards_is (KbDeck        *deck,
            gconstpointer  n)
{
  return kb_deck_get_n_cards (deck) == GPOINTER_TO_UINT (n);
}

/* Ctrl+N from the Deck tab: the new card's text has the focus, ready to be typed. */
static void
test_new_card_from_deck_tab (void)
{
  if (editor == NULL)
    {
      g_test_skip ("needs the deck of the first test");
      return;
    }
  g_assert_cmpstr (kb_editor_window_get_page (editor), ==, "deck");
  kb_editor_test_press (GTK_WINDOW (editor), "ctrl+n");
  expect (n_cards_is, GUINT_TO_POINTER (2), "a card added");
  kb_editor_test_wait_row (GTK_WINDOW (editor), "Text (en)");
  kb_editor_test_type (GTK_WINDOW (editor), "Who lights the lamp");
  expect (text_is, "Who lights the lamp", "the text typed at once");
  g_assert_cmpuint (kb_editor_window_get_current_card (editor), ==, 1);
}

static gboolean
focused_in (gpointer data)
{
  return g_strcmp0 (kb_editor_test_focused_row (GTK_WINDOW (editor)), data) == 0;
}

static gboolean
row_with (GtkWidget  *root,
          const char *part)
{
  if (ADW_IS_PREFERENCES_ROW (root) &&
      strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), part) != NULL)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (row_with (child, part))
      return TRUE;
  return FALSE;
}

/* A row of the Problems tab says @part. */
static gboolean
problem_shown (gpointer part)
{
  return kb_editor_window_get_n_problems (editor) > 0 && row_with (GTK_WIDGET (editor), part);
}

static gboolean
problem_gone (gpointer part)
{
  return !row_with (GTK_WIDGET (editor), part);
}

/* Tab until the focused row's title has @part in it. */
static void
tab_to_containing (const char *part)
{
  for (guint i = 0; i < 40; i++)
    {
      const char *title = kb_editor_test_focused_row (GTK_WINDOW (editor));

      if (title != NULL && strstr (title, part) != NULL)
        return;
      kb_editor_test_press (GTK_WINDOW (editor), "Tab");
      for (guint spin = 0; spin < 50; spin++)
        g_main_context_iteration (NULL, FALSE);
    }
  g_error ("Tab never reached a row with “%s”", part);
}

/* A language code that is none: the checker says so, and its problem jumps to the field. */
static void
test_language_code (void)
{
  g_autoptr(KbDeck) deck = NULL;

  if (editor == NULL)
    {
      g_test_skip ("needs the deck of the first test");
      return;
    }
  kb_editor_test_press (GTK_WINDOW (editor), "alt+d");
  kb_editor_test_tab_to (GTK_WINDOW (editor), "Languages");
  kb_editor_test_press (GTK_WINDOW (editor), "ctrl+a");
  kb_editor_test_type (GTK_WINDOW (editor), "en, Dutch");
  kb_editor_test_press (GTK_WINDOW (editor), "Return");
  expect (languages_are, "en,Dutch", "the languages applied");
  g_assert_true (kb_test_wait_for (problem_shown, (gpointer) "is not a language code"));
  kb_editor_test_shot (GTK_WIDGET (editor), "language-problem");

  /* The Problems tab, its first row, Enter: back in the Languages field. */
  kb_editor_test_press (GTK_WINDOW (editor), "alt+p");
  tab_to_containing ("Dutch");
  kb_editor_test_shot (GTK_WIDGET (editor), "problems");
  kb_editor_test_press (GTK_WINDOW (editor), "Return");
  g_assert_true (kb_test_wait_for (focused_in, (gpointer) "Languages"));
  g_assert_cmpstr (kb_editor_window_get_page (editor), ==, "deck");
  kb_editor_test_press (GTK_WINDOW (editor), "ctrl+a");
  kb_editor_test_type (GTK_WINDOW (editor), "en, nl");
  kb_editor_test_press (GTK_WINDOW (editor), "Return");
  expect (languages_are, "en,nl", "the languages mended");
  g_assert_true (kb_test_wait_for (problem_gone, (gpointer) "is not a language code"));
  deck = kb_editor_test_save_and_read (editor);
  g_assert_true (languages_are (deck, "en,nl"));
}

static gboolean
kind_is (KbDeck        *deck,
         gconstpointer  kind)
{
  return kb_card_get_kind (card (deck)) == (KbCardKind) GPOINTER_TO_INT (kind);
}

static gboolean
role_is (KbDeck        *deck,
         gconstpointer  value)
{
  const char * const *expected = value;   /* role, name, brief */
  guint role = (guint) atoi (expected[0]);

  return kb_card_get_n_roles (card (deck)) > role &&
         g_strcmp0 (kb_editor_test_text_in (kb_card_get_role_name (card (deck), role), "en"), expected[1]) == 0 &&
         g_strcmp0 (kb_editor_test_text_in (kb_card_get_role_brief (card (deck), role), "en"), expected[2]) == 0;
}

static gboolean
n_roles_is (KbDeck        *deck,
            gconstpointer  n)
{
  return kb_card_get_n_roles (card (deck)) == GPOINTER_TO_UINT (n);
}

static gboolean
tags_are (KbDeck        *deck,
          gconstpointer  value)
{
  const char * const *tags = kb_card_get_tags (card (deck));
  g_autofree char *joined = tags != NULL ? g_strjoinv (",", (char **) tags) : NULL;

  return g_strcmp0 (joined, value) == 0;
}

/* A case with two roles and tags, by keys: the kind from its list, a role added, written, and
 * one deleted and brought back by Undo; on disk as format v1 has them. */
static void
test_case_roles_tags (void)
{
  const char * const first[] = { "0", "Neighbour", "You hear the same voice each evening", NULL };
  const char * const second[] = { "1", "Visitor", "You bring soup", NULL };
  g_autoptr(KbDeck) deck = NULL;
  KbCard *kept;

  if (editor == NULL)
    {
      g_test_skip ("needs the deck of the first test");
      return;
    }
  kb_editor_test_press (GTK_WINDOW (editor), "alt+a");
  kb_editor_test_tab_to (GTK_WINDOW (editor), "Kind");
  kb_editor_test_press (GTK_WINDOW (editor), "Return");
  kb_editor_test_press (GTK_WINDOW (editor), "Down");
  kb_editor_test_press (GTK_WINDOW (editor), "Down");
  kb_editor_test_press (GTK_WINDOW (editor), "Down");
  kb_editor_test_press (GTK_WINDOW (editor), "Return");
  expect (kind_is, GINT_TO_POINTER (KB_CARD_KIND_CASE), "the kind “Case” chosen");

  /* A case offers its roles: Alt+R adds one, its name has the focus. */
  kb_editor_test_wait_row_shown (GTK_WINDOW (editor), "Tags (separated by commas)");
  kb_editor_test_press (GTK_WINDOW (editor), "alt+r");
  kb_editor_test_wait_row (GTK_WINDOW (editor), "Name of role 1 (en)");
  kb_editor_test_type (GTK_WINDOW (editor), first[1]);
  kb_editor_test_tab_to (GTK_WINDOW (editor), "Brief of role 1 (en)");
  kb_editor_test_type (GTK_WINDOW (editor), first[2]);
  expect (role_is, first, "the first role written");
  kb_editor_test_press (GTK_WINDOW (editor), "alt+r");
  kb_editor_test_wait_row (GTK_WINDOW (editor), "Name of role 2 (en)");
  kb_editor_test_type (GTK_WINDOW (editor), second[1]);
  kb_editor_test_tab_to (GTK_WINDOW (editor), "Brief of role 2 (en)");
  kb_editor_test_type (GTK_WINDOW (editor), second[2]);
  expect (role_is, second, "the second role written");
  kb_editor_test_shot (GTK_WIDGET (editor), "case-roles");

  /* Tags, separated by commas. */
  kb_editor_test_tab_to (GTK_WINDOW (editor), "Tags (separated by commas)");
  kb_editor_test_type (GTK_WINDOW (editor), "evening, home");
  expect (tags_are, "evening,home", "the tags");

  /* The first role's delete button, by Shift+Tab back from its name, and Undo. */
  kb_editor_test_tab_to (GTK_WINDOW (editor), "Name of role 1 (en)");
  kb_editor_test_press (GTK_WINDOW (editor), "shift+Tab");
  g_assert_true (GTK_IS_BUTTON (gtk_root_get_focus (GTK_ROOT (editor))));
  kb_editor_test_press (GTK_WINDOW (editor), "space");
  expect (n_roles_is, GUINT_TO_POINTER (1), "a role deleted");
  g_assert_true (role_is (kb_editor_window_get_deck (editor), (const char * const[]) {
    "0", second[1], second[2], NULL }));
  kb_editor_test_press (GTK_WINDOW (editor), "ctrl+z");
  expect (n_roles_is, GUINT_TO_POINTER (2), "the role back");

  deck = kb_editor_test_save_and_read (editor);
  kept = kb_deck_get_card (deck, kb_editor_window_get_current_card (editor));
  g_assert_cmpint (kb_card_get_kind (kept), ==, KB_CARD_KIND_CASE);
  g_assert_cmpuint (kb_card_get_n_roles (kept), ==, 2);
  g_assert_cmpstr (kb_text_get (kb_card_get_role_name (kept, 0), "en", NULL), ==, first[1]);
  g_assert_cmpstr (kb_text_get (kb_card_get_role_brief (kept, 0), "en", NULL), ==, first[2]);
  g_assert_cmpstr (kb_text_get (kb_card_get_role_name (kept, 1), "en", NULL), ==, second[1]);
  g_assert_cmpstr (kb_text_get (kb_card_get_role_brief (kept, 1), "en", NULL), ==, second[2]);
  g_assert_cmpstr (kb_card_get_tags (kept)[0], ==, "evening");
  g_assert_cmpstr (kb_card_get_tags (kept)[1], ==, "home");
  g_assert_null (kb_card_get_tags (kept)[2]);
}

static gboolean
image_is (KbDeck        *deck,
          gconstpointer  value)
{
  return g_strcmp0 (kb_card_get_image (card (deck)), value) == 0;
}

static gboolean
back_image_is (KbDeck        *deck,
               gconstpointer  value)
{
  return g_strcmp0 (kb_deck_get_back_image (deck), value) == 0;
}

static gboolean
back_color_set (KbDeck        *deck,
                gconstpointer  value)
{
  return kb_deck_get_back_color (deck) != NULL;
}

static gboolean
toast_says (gpointer part)
{
  return kb_test_find_label (GTK_WIDGET (editor), part) != NULL;
}

static const char lamp_svg[] =
  "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">"
  "<circle cx=\"5\" cy=\"5\" r=\"4\" fill=\"#B07C2A\"/></svg>";

/* A card's image: a typed path out of the folder is refused; a file chosen outside the folder
 * is copied into its "art" folder, and the deck names the copy. */
static void
test_image (void)
{
  g_autofree char *elsewhere = g_dir_make_tmp ("kb-editor-art-XXXXXX", NULL);
  g_autofree char *lamp = g_build_filename (elsewhere, "lamp.svg", NULL);
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GFile) copy = NULL;
  g_autoptr(KbDeck) deck = NULL;
  g_autofree char *contents = NULL;
  GtkWindow *chooser;

  if (editor == NULL)
    {
      g_test_skip ("needs the deck of the first test");
      return;
    }
  g_assert_true (g_file_set_contents (lamp, lamp_svg, -1, NULL));
  kb_editor_test_tab_to (GTK_WINDOW (editor), "Image (an SVG file in the deck’s folder)");
  kb_editor_test_type (GTK_WINDOW (editor), "../lamp.svg");
  kb_editor_test_press (GTK_WINDOW (editor), "Return");
  g_assert_true (kb_test_wait_for (toast_says, (gpointer) "Not kept"));
  g_assert_null (kb_card_get_image (card (kb_editor_window_get_deck (editor))));

  /* Its button opens the file chooser; Ctrl+L takes a path. */
  kb_editor_test_press (GTK_WINDOW (editor), "ctrl+a");
  kb_editor_test_press (GTK_WINDOW (editor), "BackSpace");
  kb_editor_test_press (GTK_WINDOW (editor), "Return");
  kb_editor_test_press (GTK_WINDOW (editor), "Tab");
  g_assert_true (GTK_IS_BUTTON (gtk_root_get_focus (GTK_ROOT (editor))));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (gtk_root_get_focus (GTK_ROOT (editor))), ==,
                   "Choose an Image File");
  kb_editor_test_press (GTK_WINDOW (editor), "space");
  chooser = kb_editor_test_wait_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  kb_editor_test_press (chooser, "ctrl+l");
  kb_editor_test_type (chooser, lamp);
  kb_editor_test_press (chooser, "Return");
  expect (image_is, "art/lamp.svg", "the chosen image, copied");
  kb_editor_test_focus_window (GTK_WINDOW (editor));
  folder = g_file_get_parent (kb_editor_window_get_target (editor));
  copy = g_file_resolve_relative_path (folder, "art/lamp.svg");
  g_assert_true (g_file_get_contents (g_file_peek_path (copy), &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, lamp_svg);
  kb_editor_test_shot (GTK_WIDGET (editor), "card-image");

  deck = kb_editor_test_save_and_read (editor);
  g_assert_cmpstr (kb_card_get_image (kb_deck_get_card (
                     deck, kb_editor_window_get_current_card (editor))), ==, "art/lamp.svg");
}

static gboolean
select_focused (GtkWindow *dialog)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (dialog));

  return GTK_IS_BUTTON (focus) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (focus)),
                                             "_Select") == 0;
}

/* The back: an image by its path, and a colour from the colour chooser. */
static void
test_back (void)
{
  g_autoptr(KbDeck) deck = NULL;
  GtkWindow *chooser;

  if (editor == NULL)
    {
      g_test_skip ("needs the deck of the first test");
      return;
    }
  kb_editor_test_press (GTK_WINDOW (editor), "alt+d");
  kb_editor_test_tab_to (GTK_WINDOW (editor), "Back image (an SVG file in the deck’s folder)");
  kb_editor_test_type (GTK_WINDOW (editor), "art/lamp.svg");
  kb_editor_test_press (GTK_WINDOW (editor), "Return");
  expect (back_image_is, "art/lamp.svg", "the back image");

  g_assert_null (kb_deck_get_back_color (kb_editor_window_get_deck (editor)));
  kb_editor_test_press (GTK_WINDOW (editor), "shift+Tab");
  for (guint i = 0; i < 10 && !GTK_IS_COLOR_BUTTON (gtk_widget_get_ancestor (
         gtk_root_get_focus (GTK_ROOT (editor)), GTK_TYPE_COLOR_BUTTON)); i++)
    kb_editor_test_press (GTK_WINDOW (editor), "shift+Tab");
  kb_editor_test_press (GTK_WINDOW (editor), "space");
  chooser = kb_editor_test_wait_toplevel (GTK_TYPE_COLOR_CHOOSER_DIALOG);
  kb_editor_test_focus_window (chooser);
  kb_editor_test_press (chooser, "Right");
  /* Return selects the swatch; Tab goes on to the dialog's Select button. */
  kb_editor_test_press (chooser, "Return");
  for (guint i = 0; i < 100 && !select_focused (chooser); i++)
    kb_editor_test_press (chooser, "Tab");
  g_assert_true (select_focused (chooser));
  kb_test_press_key (chooser, "space");   /* the dialog goes: no frame of it to wait for */
  expect (back_color_set, NULL, "a back colour chosen");
  kb_editor_test_focus_window (GTK_WINDOW (editor));
  kb_editor_test_shot (GTK_WIDGET (editor), "deck-back");

  deck = kb_editor_test_save_and_read (editor);
  g_assert_cmpstr (kb_deck_get_back_image (deck), ==, "art/lamp.svg");
  g_assert_cmpstr (kb_deck_get_back_color (deck), ==,
                   kb_deck_get_back_color (kb_editor_window_get_deck (editor)));
  g_assert_true (g_regex_match_simple ("^#[0-9A-F]{6}$", kb_deck_get_back_color (deck), 0, 0));
}

static gboolean
icon_is (KbDeck        *deck,
         gconstpointer  value)
{
  return g_strcmp0 (kb_category_get_icon (kb_deck_get_category (deck, 0)), value) == 0;
}

/* The preview drew the card with all its art: nothing left to wait for. */
static gboolean
drawn_with_art (gpointer preview)
{
  return kb_editor_canvas_get_n_drawn (preview) > 0 && !kb_editor_canvas_is_waiting (preview) &&
         kb_svg_cache_get_n_pending (kb_svg_cache_get_default ()) == 0;
}

static const char flag_svg[] =
  "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">"
  "<rect width=\"10\" height=\"10\" fill=\"#000\"/></svg>";

static gboolean
chooser_has_file (gpointer chooser)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (chooser);
  return file != NULL;
}

/* A category's own icon: one that is there but cannot be drawn is a problem that jumps to the
 * field; one chosen from outside is copied into "art", and the card preview draws it. */
static void
test_category_icon (void)
{
  const char *icon_row = "Own icon (an SVG file in the deck’s folder)";
  g_autofree char *elsewhere = g_dir_make_tmp ("kb-editor-icon-XXXXXX", NULL);
  g_autofree char *flag = g_build_filename (elsewhere, "flag.svg", NULL);
  g_autoptr(GFile) flag_file = g_file_new_for_path (flag);
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GFile) broken = NULL;
  g_autoptr(GFile) copy = NULL;
  g_autoptr(KbDeck) deck = NULL;
  g_autofree char *contents = NULL;
  GtkWidget *preview;
  GtkWindow *chooser;

  if (editor == NULL)
    {
      g_test_skip ("needs the deck of the first test");
      return;
    }
  g_assert_true (g_file_set_contents (flag, flag_svg, -1, NULL));
  folder = g_file_get_parent (kb_editor_window_get_target (editor));
  broken = g_file_resolve_relative_path (folder, "art/broken.svg");
  g_assert_true (g_file_set_contents (g_file_peek_path (broken),
                                      "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect", -1, NULL));

  kb_editor_test_press (GTK_WINDOW (editor), "alt+t");
  kb_editor_test_tab_to (GTK_WINDOW (editor), icon_row);
  kb_editor_test_type (GTK_WINDOW (editor), "art/broken.svg");
  kb_editor_test_press (GTK_WINDOW (editor), "Return");
  expect (icon_is, "art/broken.svg", "the typed icon");
  g_assert_true (kb_test_wait_for (problem_shown, (gpointer) "cannot be drawn"));
  kb_editor_test_press (GTK_WINDOW (editor), "alt+p");
  tab_to_containing ("broken.svg");
  kb_editor_test_press (GTK_WINDOW (editor), "Return");
  g_assert_true (kb_test_wait_for (focused_in, (gpointer) icon_row));
  g_assert_cmpstr (kb_editor_window_get_page (editor), ==, "categories");

  /* Its button opens the file chooser; the file is copied into the deck's folder. */
  kb_editor_test_press (GTK_WINDOW (editor), "ctrl+a");
  kb_editor_test_press (GTK_WINDOW (editor), "BackSpace");
  kb_editor_test_press (GTK_WINDOW (editor), "Return");
  expect (icon_is, NULL, "the icon cleared");
  kb_editor_test_press (GTK_WINDOW (editor), "Tab");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (gtk_root_get_focus (GTK_ROOT (editor))), ==,
                   "Choose an SVG Icon");
  kb_editor_test_press (GTK_WINDOW (editor), "space");
  chooser = kb_editor_test_wait_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  /* It opens on the recent files now (lamp.svg), where a typed path is not taken: chosen as the
   * import dialog's test chooses, once the chooser has read the folder. */
  g_assert_true (gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), flag_file, NULL));
  g_assert_true (kb_test_wait_for (chooser_has_file, chooser));
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  expect (icon_is, "art/flag.svg", "the chosen icon, copied");
  kb_editor_test_focus_window (GTK_WINDOW (editor));
  copy = g_file_resolve_relative_path (folder, "art/flag.svg");
  g_assert_true (g_file_get_contents (g_file_peek_path (copy), &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, flag_svg);
  g_assert_true (kb_test_wait_for (problem_gone, (gpointer) "broken.svg"));
  kb_editor_test_wait_row_shown (GTK_WINDOW (editor), icon_row);
  kb_editor_test_shot (GTK_WIDGET (editor), "category-icon");

  /* The card of that category shows it: drawn again when the file is read. */
  g_assert_true (kb_card_get_category (card (kb_editor_window_get_deck (editor))) ==
                 kb_deck_get_category (kb_editor_window_get_deck (editor), 0));
  kb_editor_test_press (GTK_WINDOW (editor), "alt+a");
  g_assert_cmpstr (kb_editor_window_get_page (editor), ==, "cards");
  preview = kb_editor_test_find_widget (GTK_WIDGET (editor), KB_TYPE_EDITOR_PREVIEW);
  if (!kb_test_wait_for (drawn_with_art, preview))
    g_error ("the preview drew %u times, waiting %d, %u files pending, mapped %d",
             kb_editor_canvas_get_n_drawn (KB_EDITOR_CANVAS (preview)),
             kb_editor_canvas_is_waiting (KB_EDITOR_CANVAS (preview)),
             kb_svg_cache_get_n_pending (kb_svg_cache_get_default ()),
             gtk_widget_get_mapped (preview));
  g_assert_null (kb_svg_cache_get_failure (kb_svg_cache_get_default (),
                                           kb_svg_cache_resolve (kb_svg_cache_get_default (),
                                                                 kb_editor_window_get_deck (editor),
                                                                 "art/flag.svg")));
  kb_editor_test_shot (GTK_WIDGET (editor), "category-icon-card");

  deck = kb_editor_test_save_and_read (editor);
  g_assert_cmpstr (kb_category_get_icon (kb_deck_get_category (deck, 0)), ==, "art/flag.svg");
}

int
main (int argc, char **argv)
{
  window = kb_editor_test_begin (&argc, &argv, &the_app);

  g_test_add_func ("/editor/fields/first-save", test_first_save);
  g_test_add_func ("/editor/fields/new-card-from-deck-tab", test_new_card_from_deck_tab);
  g_test_add_func ("/editor/fields/language-code", test_language_code);
  g_test_add_func ("/editor/fields/case-roles-tags", test_case_roles_tags);
  g_test_add_func ("/editor/fields/image", test_image);
  g_test_add_func ("/editor/fields/back", test_back);
  g_test_add_func ("/editor/fields/category-icon", test_category_icon);
  return kb_test_end (&the_app);
}
