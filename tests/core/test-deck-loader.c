/* The good paths of the deck reader: every field of format v1, texts as strings and per
 * language, fallback, the board, art inside the deck's folder. */
#include "kb-art.h"
#include "kb-deck.h"
#include "kb-locale.h"

static KbDeck *
load_good (const char  *name,
           KbProblems **problems_out)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "core", "good",
                                                                   name, NULL));
  g_autoptr(KbProblems) problems = kb_problems_new (name);
  g_autoptr(GError) error = NULL;
  KbDeck *deck = kb_deck_load (file, NULL, problems, &error);

  g_assert_no_error (error);
  g_assert_nonnull (deck);
  g_assert_cmpuint (kb_problems_get_n_errors (problems), ==, 0);
  if (problems_out != NULL)
    *problems_out = g_steal_pointer (&problems);
  return deck;
}

static void
test_full_deck (void)
{
  g_autoptr(KbProblems) problems = NULL;
  g_autoptr(KbDeck) deck = load_good ("full.json", &problems);
  const char * const *languages = kb_deck_get_languages (deck);
  KbCategory *schroom, *contact;

  g_assert_cmpuint (kb_problems_get_n_items (problems), ==, 0);
  g_assert_cmpstr (kb_deck_get_id (deck), ==, "alles-erin");
  g_assert_cmpuint (g_strv_length ((char **) languages), ==, 2);
  g_assert_cmpstr (kb_deck_get_fallback_language (deck), ==, "nl");
  g_assert_cmpstr (kb_deck_get_title (deck, "en"), ==, "Everything in it");
  g_assert_cmpstr (kb_deck_get_title (deck, "fr"), ==, "Alles erin");
  g_assert_cmpstr (kb_deck_get_description (deck, "nl"), ==, "Een testdeck met elke soort kaart.");
  g_assert_cmpstr (kb_deck_get_authors (deck)[0], ==, "Team Kletsborden");
  g_assert_null (kb_deck_get_authors (deck)[1]);
  g_assert_cmpstr (kb_deck_get_license (deck), ==, "CC-BY-4.0");
  g_assert_cmpstr (kb_deck_get_back_color (deck), ==, "#2E4057");
  g_assert_cmpstr (kb_deck_get_back_image (deck), ==, "art/back.svg");

  {
    const char *preferred[] = { "en_GB", "en", "C", NULL };
    const char *other[] = { "fr", NULL };
    g_assert_cmpstr (kb_deck_pick_language (deck, preferred), ==, "en");
    g_assert_cmpstr (kb_deck_pick_language (deck, other), ==, "nl");
  }

  g_assert_cmpuint (kb_deck_get_n_categories (deck), ==, 2);
  schroom = kb_deck_get_category (deck, 0);
  contact = kb_deck_find_category (deck, "contact");
  g_assert_true (kb_deck_find_category (deck, "schroom") == schroom);
  g_assert_null (kb_deck_find_category (deck, "nope"));
  g_assert_cmpstr (kb_category_get_color (schroom), ==, "#C4533C");
  g_assert_cmpstr (kb_category_get_symbol (schroom), ==, "hand");
  g_assert_cmpstr (kb_category_get_icon (schroom), ==, "art/hand.svg");
  g_assert_cmpstr (kb_text_get (kb_category_get_name (schroom), "en", "nl"), ==, "Hesitation");
  g_assert_true (kb_text_is_plain (kb_category_get_name (contact)));
  g_assert_cmpstr (kb_text_get (kb_category_get_name (contact), "en", "nl"), ==, "Contact");
  g_assert_null (kb_category_get_icon (contact));

  g_assert_cmpuint (kb_deck_get_n_cards (deck), ==, 5);
  {
    KbCard *card = kb_deck_get_card (deck, 0);
    const char * const *tags = kb_card_get_tags (card);

    g_assert_true (kb_deck_find_card (deck, "schroom-01") == card);
    g_assert_cmpstr (kb_card_get_id (card), ==, "schroom-01");
    g_assert_true (kb_card_get_category (card) == schroom);
    g_assert_cmpint (kb_card_get_kind (card), ==, KB_CARD_KIND_QUESTION);
    g_assert_cmpint (kb_card_get_intensity (card), ==, KB_INTENSITY_LIGHT);
    g_assert_cmpstr (kb_text_get (kb_card_get_title (card), "nl", "nl"), ==, "Even stilstaan");
    g_assert_cmpstr (kb_text_get (kb_card_get_text (card), "nl", "nl"), ==,
                     "Wanneer voelde jij je voor het laatst écht gehoord?");
    g_assert_cmpstr (kb_text_get (kb_card_get_notes (card), "en", "nl"), ==,
                     "For the trainer only.");
    g_assert_cmpstr (tags[0], ==, "opener");
    g_assert_cmpstr (tags[1], ==, "kort");
    g_assert_null (tags[2]);
    g_assert_cmpuint (kb_card_get_n_roles (card), ==, 0);
    g_assert_null (kb_card_get_image (card));
  }
  {
    KbCard *card = kb_deck_find_card (deck, "schroom-02");
    g_assert_cmpint (kb_card_get_kind (card), ==, KB_CARD_KIND_STATEMENT);
    g_assert_cmpint (kb_card_get_intensity (card), ==, KB_INTENSITY_MEDIUM);
    g_assert_null (kb_card_get_title (card));
    g_assert_null (kb_card_get_notes (card));
    g_assert_null (kb_card_get_tags (card)[0]);
  }
  {
    KbCard *card = kb_deck_find_card (deck, "contact-01");
    g_assert_cmpint (kb_card_get_kind (card), ==, KB_CARD_KIND_EXERCISE);
    g_assert_cmpint (kb_card_get_intensity (card), ==, KB_INTENSITY_DEEP);
    g_assert_true (kb_text_is_plain (kb_card_get_text (card)));
    g_assert_cmpstr (kb_card_get_image (card), ==, "art/hand.svg");
  }
  {
    KbCard *card = kb_deck_find_card (deck, "contact-02");
    g_assert_cmpint (kb_card_get_kind (card), ==, KB_CARD_KIND_CASE);
    g_assert_cmpint (kb_card_get_intensity (card), ==, KB_INTENSITY_UNSET);
    g_assert_cmpuint (kb_card_get_n_roles (card), ==, 2);
    g_assert_cmpstr (kb_text_get (kb_card_get_role_name (card, 0), "en", "nl"), ==, "Neighbour");
    g_assert_cmpstr (kb_text_get (kb_card_get_role_brief (card, 0), "nl", "nl"), ==,
                     "Je wilt eigenlijk langskomen.");
    g_assert_cmpstr (kb_text_get (kb_card_get_role_name (card, 1), "en", "nl"), ==, "Jij");
    g_assert_null (kb_card_get_role_brief (card, 1));
  }
  {
    KbCard *card = kb_deck_find_card (deck, "contact-03");
    g_assert_cmpint (kb_card_get_kind (card), ==, KB_CARD_KIND_REFLECTION);
    g_assert_cmpstr (kb_text_get (kb_card_get_text (card), "en", "nl"), ==,
                     "What do you take away from today?\nWrite it down.");
  }
  g_assert_null (kb_deck_find_card (deck, "nope"));
}

static void
test_board (void)
{
  g_autoptr(KbDeck) deck = load_good ("full.json", NULL);
  KbBoard *board = kb_deck_get_board (deck);
  const KbSpecial specials[] = {
    KB_SPECIAL_START, KB_SPECIAL_NONE, KB_SPECIAL_NONE, KB_SPECIAL_CHOOSE, KB_SPECIAL_COMPLIMENT,
    KB_SPECIAL_NONE, KB_SPECIAL_SWAP, KB_SPECIAL_NONE, KB_SPECIAL_REST,
  };

  g_assert_nonnull (board);
  g_assert_cmpint (kb_board_get_shape (board), ==, KB_BOARD_SHAPE_LOOP);
  g_assert_cmpuint (kb_board_get_die (board), ==, 6);
  g_assert_cmpuint (kb_board_get_n_squares (board), ==, G_N_ELEMENTS (specials));
  for (guint i = 0; i < G_N_ELEMENTS (specials); i++)
    {
      KbSquare *square = kb_board_get_square (board, i);
      g_assert_cmpint (kb_square_get_special (square), ==, specials[i]);
      g_assert_true ((kb_square_get_category (square) == NULL) == (specials[i] != KB_SPECIAL_NONE));
    }
  g_assert_true (kb_square_get_category (kb_board_get_square (board, 2)) ==
                 kb_deck_find_category (deck, "contact"));
}

static void
test_minimal_defaults (void)
{
  g_autoptr(KbDeck) deck = load_good ("minimal.json", NULL);
  KbCard *card = kb_deck_get_card (deck, 0);

  g_assert_cmpstr (kb_deck_get_title (deck, "en"), ==, "Klein");
  g_assert_null (kb_deck_get_description (deck, "nl"));
  g_assert_null (kb_deck_get_authors (deck)[0]);
  g_assert_null (kb_deck_get_license (deck));
  g_assert_null (kb_deck_get_back_color (deck));
  g_assert_null (kb_deck_get_back_image (deck));
  g_assert_null (kb_deck_get_board (deck));
  g_assert_cmpint (kb_card_get_kind (card), ==, KB_CARD_KIND_QUESTION);
  g_assert_cmpint (kb_card_get_intensity (card), ==, KB_INTENSITY_UNSET);
  g_assert_nonnull (kb_card_get_tags (card));
  g_assert_null (kb_card_get_tags (card)[0]);
}

static void
test_newer_deck_warns (void)
{
  g_autoptr(KbProblems) problems = NULL;
  g_autoptr(KbDeck) deck = load_good ("newer.json", &problems);
  KbBoard *board = kb_deck_get_board (deck);

  g_assert_cmpuint (kb_problems_get_n_warnings (problems), ==, 4);
  g_assert_cmpint (kb_problems_get_level (problems, 0), ==, KB_PROBLEM_WARNING);
  g_assert_cmpint (kb_board_get_shape (board), ==, KB_BOARD_SHAPE_SPIRAL);
  g_assert_cmpuint (kb_board_get_die (board), ==, 12);
}

static const char fallback_deck[] =
  "{\"format\": \"kletsborden-deck\", \"version\": 1, \"id\": \"x\", "
  "\"languages\": [\"nl\", \"en\", \"fr\"], \"title\": {\"en\": \"Only English\"}, "
  "\"categories\": [{\"id\": \"a\", \"name\": \"A\", \"color\": \"#123456\", "
  "\"icon\": \"a.svg\"}], "
  "\"cards\": [{\"id\": \"c\", \"category\": \"a\", \"text\": {\"nl\": \"Hoi\", \"en\": \"Hi\"}}]}";

static void
test_fallback (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (fallback_deck, strlen (fallback_deck));
  g_autoptr(KbProblems) problems = kb_problems_new ("bytes");
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDeck) deck = kb_deck_load (NULL, bytes, problems, &error);
  g_autoptr(GFile) art = NULL;
  const KbText *text;

  g_assert_no_error (error);
  g_assert_nonnull (deck);
  g_assert_null (kb_deck_get_file (deck));
  /* Title lacks nl and fr, the card's text lacks fr: three warnings. */
  g_assert_cmpuint (kb_problems_get_n_warnings (problems), ==, 3);
  g_assert_cmpstr (kb_problems_get_message (problems, 0), ==,
                   "\"title\" has no \"nl\" text; the \"en\" text is shown instead");
  g_assert_cmpstr (kb_deck_get_title (deck, "fr"), ==, "Only English");
  text = kb_card_get_text (kb_deck_get_card (deck, 0));
  g_assert_cmpstr (kb_text_get (text, "fr", "nl"), ==, "Hoi");
  g_assert_cmpstr (kb_text_get (text, "en", "nl"), ==, "Hi");

  /* A deck read from bytes has no folder, so no art either. */
  art = kb_deck_resolve_art (deck, "a.svg", &error);
  g_assert_null (art);
  g_assert_error (error, KB_DECK_ERROR, KB_DECK_ERROR_ART);
}

static void
test_resolve_art (void)
{
  g_autoptr(KbDeck) deck = load_good ("full.json", NULL);
  g_autoptr(GFile) bad_dir = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "core", "bad",
                                                                      NULL));
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) icon = kb_deck_resolve_art (deck, "art/hand.svg", &error);
  g_autoptr(GFile) parent = NULL;
  g_autoptr(GFile) absolute = NULL;
  g_autoptr(GFile) missing = NULL;
  g_autoptr(GFile) escape = NULL;

  g_assert_no_error (error);
  g_assert_true (g_file_query_exists (icon, NULL));
  g_assert_true (kb_art_is_svg (icon, "art/hand.svg", &error));
  g_assert_no_error (error);

  parent = kb_deck_resolve_art (deck, "art/../../bad/art/not-svg.svg", &error);
  g_assert_null (parent);
  g_assert_error (error, KB_DECK_ERROR, KB_DECK_ERROR_ART);
  g_clear_error (&error);

  absolute = kb_deck_resolve_art (deck, "/etc/hostname", &error);
  g_assert_null (absolute);
  g_assert_error (error, KB_DECK_ERROR, KB_DECK_ERROR_ART);
  g_clear_error (&error);

  missing = kb_deck_resolve_art (deck, "art/none.svg", &error);
  g_assert_null (missing);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* bad/art/escape.svg is a symbolic link to good/art/hand.svg: outside bad/. */
  escape = kb_art_resolve (bad_dir, "art/escape.svg", &error);
  g_assert_null (escape);
  g_assert_error (error, KB_DECK_ERROR, KB_DECK_ERROR_ART);
}

static void
test_error_lists_every_error (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "core", "bad",
                                                                   "many-problems.json", NULL));
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDeck) deck = kb_deck_new_from_file (file, &error);
  g_auto(GStrv) lines = NULL;

  g_assert_null (deck);
  g_assert_error (error, KB_DECK_ERROR, KB_DECK_ERROR_INVALID);
  lines = g_strsplit (error->message, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 7);
  for (guint i = 0; lines[i] != NULL; i++)
    g_assert_true (g_regex_match_simple ("^.*many-problems\\.json:[0-9]+:[0-9]+: error: ",
                                         lines[i], 0, 0));
}

/* The optional "reading" and "asks": absent is none, present is read and kept. */
static void
test_reading_and_asks (void)
{
  g_autoptr(KbDeck) minimal = load_good ("minimal.json", NULL);
  g_autoptr(KbDeck) deck = load_good ("easy-asks.json", NULL);

  g_assert_cmpint (kb_deck_get_reading (minimal), ==, KB_READING_NONE);
  g_assert_cmpint (kb_card_get_asks (kb_deck_get_card (minimal, 0)), ==, KB_ASKS_NONE);
  g_assert_cmpint (kb_deck_get_reading (deck), ==, KB_READING_EASY);
  g_assert_cmpint (kb_card_get_asks (kb_deck_get_card (deck, 0)), ==, KB_ASKS_GROUP);
  g_assert_cmpint (kb_card_get_asks (kb_deck_get_card (deck, 1)), ==, KB_ASKS_CLIENT);
  g_assert_cmpint (kb_card_get_asks (kb_deck_get_card (deck, 2)), ==, KB_ASKS_PROFESSIONAL);
  g_assert_cmpint (kb_card_get_asks (kb_deck_get_card (deck, 3)), ==, KB_ASKS_NONE);
}

static void
test_names (void)
{
  const char * const *symbols = kb_symbols_get_names ();

  g_assert_cmpuint (g_strv_length ((char **) symbols), ==, 16);
  g_assert_true (kb_symbols_is_known ("lightbulb"));
  g_assert_false (kb_symbols_is_known ("bulb"));
}

int
main (int   argc,
      char *argv[])
{
  kb_locale_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/deck/loader/reading-and-asks", test_reading_and_asks);
  g_test_add_func ("/deck/loader/full", test_full_deck);
  g_test_add_func ("/deck/loader/board", test_board);
  g_test_add_func ("/deck/loader/minimal-defaults", test_minimal_defaults);
  g_test_add_func ("/deck/loader/newer-deck-warns", test_newer_deck_warns);
  g_test_add_func ("/deck/loader/fallback", test_fallback);
  g_test_add_func ("/deck/loader/resolve-art", test_resolve_art);
  g_test_add_func ("/deck/loader/error-lists-every-error", test_error_lists_every_error);
  g_test_add_func ("/deck/names", test_names);
  return g_test_run ();
}
