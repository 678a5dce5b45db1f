/* Issue 12's "done when", as a trainer who has never seen JSON goes through it under Xvfb, by
 * real key presses and clicks on a fresh data folder: New Deck in the library, a title in two
 * languages (nl, en), a category, ten cards in both, a board of squares; saved (the file passes
 * `kletsborden --validate`), played from the library (its first card on the page and in the
 * screen reader's words), and printed as a PDF, all without leaving the app. */
#include "config.h"

#include <string.h>

#include "editor-test-util.h"
#include "kb-card-text.h"
#include "kb-deck-tile.h"
#include "kb-play-page.h"
#include "kb-ui-test.h"
#include "kb-window.h"

#define N_CARDS 10

static KbApplication *the_app;
static KbWindow *window;
static const char *kletsborden;

/* The cards' texts: no "?" (xdotool types it by changing the X keymap for a moment, and the
 * keys after a few of those reached GTK no more). */
static const char * const texts_nl[N_CARDS] = {
  "Waar voel je je thuis", "Wie bel je vanavond", "Wat eet je graag", "Welk lied neem je mee",
  "Waar ben je trots op", "Wat maakt je rustig", "Wie heeft je geholpen", "Waar lach je om",
  "Wat mis je", "Wat wil je nog leren",
};
static const char * const texts_en[N_CARDS] = {
  "Where do you feel at home", "Who do you call tonight", "What do you like to eat",
  "Which song do you take along", "What are you proud of", "What makes you calm",
  "Who helped you", "What makes you laugh", "What do you miss", "What do you still want to learn",
};

typedef struct
{
  KbEditorWindow *editor;
  const char *lang;
  const char *value;
  int card;   /* -1: the deck's title; -2: the first category's name */
} Wanted;

static gboolean
text_is (gpointer data)
{
  Wanted *w = data;
  KbDeck *deck = kb_editor_window_get_deck (w->editor);
  const KbText *text;

  if (w->card == -1)
    text = kb_deck_get_title_text (deck);
  else if (w->card == -2)
    text = kb_category_get_name (kb_deck_get_category (deck, 0));
  else if ((guint) w->card < kb_deck_get_n_cards (deck))
    text = kb_card_get_text (kb_deck_get_card (deck, w->card));
  else
    return FALSE;
  return g_strcmp0 (kb_editor_test_text_in (text, w->lang), w->value) == 0;
}

/* Types @value into the field titled "@field (@lang)", reached by Tab, replacing what it held. */
static void
write_field (KbEditorWindow *editor,
             const char     *field,
             const char     *lang,
             int             card,
             const char     *value)
{
  g_autofree char *row = g_strdup_printf ("%s (%s)", field, lang);
  Wanted w = { editor, lang, value, card };

  kb_editor_test_tab_to (GTK_WINDOW (editor), row);
  kb_editor_test_press (GTK_WINDOW (editor), "ctrl+a");
  kb_editor_test_type (GTK_WINDOW (editor), value);
  if (!kb_test_wait_for (text_is, &w))
    g_error ("“%s” never took “%s”", row, value);
}

static gboolean
languages_are_nl_en (gpointer editor)
{
  g_autofree char *joined = g_strjoinv (",", (char **) kb_deck_get_languages (
                                          kb_editor_window_get_deck (editor)));
  return g_str_equal (joined, "nl,en");
}

static gboolean
n_cards_is (gpointer data)
{
  Wanted *w = data;
  return kb_deck_get_n_cards (kb_editor_window_get_deck (w->editor)) == (guint) w->card;
}

static gboolean
n_squares_is (gpointer data)
{
  Wanted *w = data;
  KbBoard *board = kb_deck_get_board (kb_editor_window_get_deck (w->editor));
  return board != NULL && kb_board_get_n_squares (board) == (guint) w->card;
}

/* A shown button that runs @action. */
static gboolean
is_button_for (GtkWidget     *widget,
               gconstpointer  action)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0;
}

/* The library's shown tile of the deck in @file. */
static gboolean
is_tile_for (GtkWidget     *widget,
             gconstpointer  file)
{
  return KB_IS_DECK_TILE (widget) && gtk_widget_get_mapped (widget) &&
         g_file_equal (kb_deck_entry_get_file (kb_deck_tile_get_entry (KB_DECK_TILE (widget))),
                       (GFile *) file);
}

typedef struct
{
  GtkWidget *root;
  GFile *file;
} Lookup;

static gboolean
tile_shown (gpointer data)
{
  Lookup *lookup = data;
  return kb_editor_test_find_where (lookup->root, is_tile_for, lookup->file) != NULL;
}

static void
click (GtkWidget *widget)
{
  const char *args[] = { "click", "1", NULL };

  kb_editor_test_pointer_to (widget, FALSE);
  kb_editor_test_xdotool (args);
}

/* Whether the middle of @widget is inside the window's height (not scrolled out of it). */
static gboolean
in_view (GtkWidget *widget)
{
  GtkWidget *native = GTK_WIDGET (gtk_widget_get_native (widget));
  graphene_point_t middle;

  return gtk_widget_compute_point (widget, native, &GRAPHENE_POINT_INIT (
                                     0, gtk_widget_get_height (widget) / 2.0), &middle) &&
         middle.y > 0 && middle.y < gtk_widget_get_height (native) - 20;
}

/* The mouse wheel turned over the list until @widget is in view, as a person scrolls to it. */
static void
scroll_to (GtkWidget *widget)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  const char *wheel_down[] = { "click", "5", NULL };

  g_assert_nonnull (scroller);
  kb_editor_test_pointer_to (scroller, FALSE);
  for (guint i = 0; i < 30 && !in_view (widget); i++)
    {
      kb_editor_test_xdotool (wheel_down);
      kb_test_wait_for_paint (widget);
    }
  g_assert_true (in_view (widget));
  /* Kinetic scrolling may still move it a little. */
  kb_test_wait_ms (300);
}

static gboolean
editor_gone (gpointer data)
{
  return kb_editor_test_find (the_app) == NULL;
}

static gboolean
playing (gpointer data)
{
  return g_strcmp0 (kb_window_get_visible_screen (window), "play") == 0;
}

static gboolean
card_shown (gpointer view)
{
  return kb_card_view_get_shown_card (view) != NULL;
}

static gboolean
file_written (gpointer file)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);
  return info != NULL && g_file_info_get_size (info) > 0;
}

static gboolean
toast_says (gpointer part)
{
  return kb_test_find_label (GTK_WIDGET (window), part) != NULL;
}

/* Runs `kletsborden ARGS…`; returns its exit status, with what it wrote (both streams) in
 * @out. */
static int
run_kletsborden (const char * const *args,
                 char              **out)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *stdout_text = NULL;
  g_autofree char *err = NULL;
  int status;

  g_ptr_array_add (argv, (gpointer) kletsborden);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, &stdout_text,
                &err, &status, &error);
  g_assert_no_error (error);
  *out = g_strconcat (stdout_text, err, NULL);
  g_test_message ("%s", *out);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

/* The PDF on disk: a PDF, of two pages (ten cards at nine a page), by poppler's pdfinfo when it
 * is there. */
static void
check_pdf (GFile *pdf)
{
  g_autofree char *contents = NULL;
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  gsize length;

  g_assert_true (g_file_load_contents (pdf, NULL, &contents, &length, NULL, NULL));
  g_assert_cmpuint (length, >, 10000);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_nonnull (g_strstr_len (contents + length - MIN (length, 64), -1, "%%EOF"));
  if (pdfinfo != NULL)
    {
      const char *argv[] = { pdfinfo, g_file_peek_path (pdf), NULL };
      g_autofree char *out = NULL;
      g_autoptr(GError) error = NULL;
      int status;

      g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out,
                    NULL, &status, &error);
      g_assert_no_error (error);
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      if (!g_regex_match_simple ("^Pages: +2$", out, G_REGEX_MULTILINE, 0) ||
          !g_regex_match_simple ("^Title: +Feeling at home$", out, G_REGEX_MULTILINE, 0))
        g_error ("pdfinfo says:\n%s", out);
    }
}

static void
test_trainer_makes_plays_prints (void)
{
  g_autofree char *pdf_dir = g_dir_make_tmp ("kb-editor-print-XXXXXX", NULL);
  g_autoptr(GFile) pdf_folder = g_file_new_for_path (pdf_dir);
  g_autoptr(GFile) pdf = g_file_get_child (pdf_folder, "my cards.pdf");
  g_autoptr(GFile) target = NULL;
  g_autoptr(KbDeck) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *squares = NULL;
  g_autofree char *words = NULL;
  g_autofree char *wrong = NULL;
  KbEditorWindow *editor;
  KbPlayPage *play;
  KbCardView *view;
  GtkWindow *chooser;
  Wanted w;
  Lookup lookup;

  if (!kb_test_can_press_keys ())
    {
      g_test_skip ("needs an X display and xdotool");
      return;
    }

  /* The library's New Deck button, clicked. */
  click (kb_editor_test_find_where (GTK_WIDGET (kb_window_get_library_page (window)),
                                    is_button_for, "library.new-deck"));
  editor = kb_editor_test_wait_editor (the_app);
  kb_editor_test_wait_row (GTK_WINDOW (editor), "Title (en)");

  /* Dutch first (the language a card falls back to), English second; then the title in both. */
  kb_editor_test_press (GTK_WINDOW (editor), "shift+Tab");
  kb_editor_test_wait_row (GTK_WINDOW (editor), "Languages");
  kb_editor_test_press (GTK_WINDOW (editor), "ctrl+a");
  kb_editor_test_type (GTK_WINDOW (editor), "nl, en");
  kb_editor_test_press (GTK_WINDOW (editor), "Return");
  g_assert_true (kb_test_wait_for (languages_are_nl_en, editor));
  kb_editor_test_wait_row_shown (GTK_WINDOW (editor), "Title (nl)");
  write_field (editor, "Title", "nl", -1, "Thuis voelen");
  write_field (editor, "Title", "en", -1, "Feeling at home");

  /* The category the deck starts with gets a name in both languages. */
  kb_editor_test_press (GTK_WINDOW (editor), "alt+t");
  g_assert_cmpstr (kb_editor_window_get_page (editor), ==, "categories");
  write_field (editor, "Name", "nl", -2, "Thuis");
  write_field (editor, "Name", "en", -2, "Home");

  /* Ten cards, each in both languages: Ctrl+N adds the next one. */
  kb_editor_test_press (GTK_WINDOW (editor), "alt+a");
  g_assert_cmpstr (kb_editor_window_get_page (editor), ==, "cards");
  for (int i = 0; i < N_CARDS; i++)
    {
      if (i > 0)
        {
          w = (Wanted) { editor, NULL, NULL, i + 1 };
          kb_editor_test_press (GTK_WINDOW (editor), "ctrl+n");
          g_assert_true (kb_test_wait_for (n_cards_is, &w));
        }
      write_field (editor, "Text", "nl", i, texts_nl[i]);
      write_field (editor, "Text", "en", i, texts_en[i]);
    }

  /* The board: switched on (it starts at Start), three squares more by Alt+Q. */
  kb_editor_test_press (GTK_WINDOW (editor), "alt+b");
  g_assert_cmpstr (kb_editor_window_get_page (editor), ==, "board");
  kb_editor_test_tab_to (GTK_WINDOW (editor), "Play as a board game");
  kb_editor_test_press (GTK_WINDOW (editor), "space");
  kb_editor_test_wait_row_shown (GTK_WINDOW (editor), "Square 1");
  for (int i = 2; i <= 4; i++)
    {
      g_autofree char *row = g_strdup_printf ("Square %d", i);

      w = (Wanted) { editor, NULL, NULL, i };
      kb_editor_test_press (GTK_WINDOW (editor), "alt+q");
      /* The first right after the switch: it once went to the switch's row, gone by then. */
      if (!kb_test_wait_for (n_squares_is, &w))
        g_error ("Alt+Q for square %d did nothing", i);
      kb_editor_test_wait_row (GTK_WINDOW (editor), row);
    }
  g_assert_cmpuint (kb_editor_window_get_n_problems (editor), ==, 0);

  /* Saved: on disk as the loader reads it, and clean to `kletsborden --validate`. */
  kb_editor_test_press (GTK_WINDOW (editor), "ctrl+s");
  g_assert_true (kb_test_wait_for (kb_editor_test_saved, editor));
  target = g_object_ref (kb_editor_window_get_target (editor));
  saved = kb_deck_new_from_file (target, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kb_deck_get_n_cards (saved), ==, N_CARDS);
  g_assert_cmpstr (kb_deck_get_fallback_language (saved), ==, "nl");
  g_assert_cmpstr (kb_deck_get_title (saved, "en"), ==, "Feeling at home");
  g_assert_cmpstr (kb_text_get (kb_category_get_name (kb_deck_get_category (saved, 0)), "nl",
                                NULL), ==, "Thuis");
  for (guint i = 0; i < N_CARDS; i++)
    {
      const KbText *text = kb_card_get_text (kb_deck_get_card (saved, i));

      g_assert_cmpstr (kb_editor_test_text_in (text, "nl"), ==, texts_nl[i]);
      g_assert_cmpstr (kb_editor_test_text_in (text, "en"), ==, texts_en[i]);
    }
  squares = kb_editor_test_squares_of (saved);
  g_assert_cmpstr (squares, ==, "start,general,general,general");
  {
    const char *args[] = { "--validate", g_file_peek_path (target), NULL };
    g_assert_cmpint (run_kletsborden (args, &out), ==, 0);
    g_assert_nonnull (strstr (out, "1 file checked: 0 errors, 0 warnings"));
  }

  /* Back to the library (nothing to save: no question), where its tile plays it on a click. */
  kb_test_press_key (GTK_WINDOW (editor), "ctrl+w");   /* no frame after it: the window goes */
  g_assert_true (kb_test_wait_for (editor_gone, NULL));
  kb_editor_test_focus_window (GTK_WINDOW (window));
  lookup = (Lookup) { GTK_WIDGET (kb_window_get_library_page (window)), target };
  g_assert_true (kb_test_wait_for (tile_shown, &lookup));
  kb_test_wait_for_paint (GTK_WIDGET (window));
  scroll_to (kb_editor_test_find_where (lookup.root, is_tile_for, target));
  click (kb_editor_test_find_where (lookup.root, is_tile_for, target));
  g_assert_true (kb_test_wait_for (playing, NULL));

  /* The play page: the deck's title in its header; Space shows the first card, and a screen
   * reader hears its text. */
  play = kb_window_get_play_page (window);
  view = kb_play_page_get_card_view (play);
  g_assert_nonnull (kb_test_find_label (GTK_WIDGET (play), "Feeling at home"));
  kb_test_wait_for_paint (GTK_WIDGET (window));
  kb_editor_test_press (GTK_WINDOW (window), "space");
  g_assert_true (kb_test_wait_for (card_shown, view));
  /* The room sees the language of the interface (English here), not the deck's first. */
  g_assert_cmpstr (kb_session_get_language (kb_play_page_get_session (play)), ==, "en");
  words = kb_card_to_plain_text (kb_card_view_get_shown_card (view),
                                 kb_session_get_deck (kb_play_page_get_session (play)), "en",
                                 KB_CARD_TEXT_DEFAULT);
  wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (view),
                                              GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, words);
  if (wrong != NULL)
    g_error ("the card's words: %s", wrong);
  {
    gboolean typed = FALSE;

    for (guint i = 0; i < N_CARDS; i++)
      typed = typed || strstr (words, texts_en[i]) != NULL;
    if (!typed)
      g_error ("the card on the page says “%s”, none of the texts typed", words);
  }

  /* Printed from the page: Ctrl+P asks where the PDF goes. */
  kb_editor_test_press (GTK_WINDOW (window), "ctrl+p");
  chooser = kb_editor_test_wait_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), pdf_folder,
                                                      NULL));
  kb_editor_test_press (chooser, "ctrl+a");
  kb_editor_test_type (chooser, "my cards.pdf");
  kb_editor_test_press (chooser, "Return");
  g_assert_true (kb_test_wait_for (file_written, pdf));
  g_assert_true (kb_test_wait_for (toast_says, (gpointer) "my cards.pdf"));
  check_pdf (pdf);
}

int
main (int argc, char **argv)
{
  window = kb_editor_test_begin (&argc, &argv, &the_app);
  g_assert_cmpint (argc, ==, 2);
  kletsborden = argv[1];
  g_test_add_func ("/editor/done/trainer-makes-plays-prints", test_trainer_makes_plays_prints);
  return kb_test_end (&the_app);
}
