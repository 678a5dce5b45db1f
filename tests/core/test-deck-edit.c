/* The editable model: every mutation changes one thing and emits KbDeck::changed once, with the
 * part as its detail; an edited deck is written and read back the same. */
#include "kb-deck.h"
#include "kb-enum-util.h"

typedef struct
{
  GPtrArray *seen;   /* "part kind index from field" per emission */
  guint n_cards;     /* emissions of changed::card only */
} Recorder;

static void
on_changed (KbDeck             *deck,
            const KbDeckChange *change,
            Recorder           *rec)
{
  g_ptr_array_add (rec->seen, g_strdup_printf ("%s %s %u %u %s",
                                               kb_enum_to_nick (KB_TYPE_DECK_PART, change->part),
                                               kb_enum_to_nick (KB_TYPE_DECK_CHANGE_KIND,
                                                                change->kind),
                                               change->index, change->from,
                                               change->field != NULL ? change->field : "-"));
}

static void
on_card_changed (KbDeck             *deck,
                 const KbDeckChange *change,
                 Recorder           *rec)
{
  g_assert_cmpint (change->part, ==, KB_DECK_PART_CARD);
  rec->n_cards++;
}

/* Exactly one emission since the last call, and it says @expected. */
static void
assert_one (Recorder   *rec,
            const char *expected)
{
  g_assert_cmpuint (rec->seen->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (rec->seen, 0), ==, expected);
  g_ptr_array_set_size (rec->seen, 0);
}

static void
assert_none (Recorder *rec)
{
  g_assert_cmpuint (rec->seen->len, ==, 0);
}

static KbDeck *
load_full (Recorder *rec)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "core", "good",
                                                                   "full.json", NULL));
  g_autoptr(GError) error = NULL;
  KbDeck *deck = kb_deck_load (file, NULL, NULL, &error);

  g_assert_no_error (error);
  rec->seen = g_ptr_array_new_with_free_func (g_free);
  g_signal_connect (deck, "changed", G_CALLBACK (on_changed), rec);
  g_signal_connect (deck, "changed::card", G_CALLBACK (on_card_changed), rec);
  return deck;
}

static void
test_deck_fields (void)
{
  Recorder rec = { 0 };
  g_autoptr(KbDeck) deck = load_full (&rec);
  const char *authors[] = { "A", "B", NULL };
  const char *languages[] = { "en", "nl", NULL };
  const char *none[] = { NULL };
  g_autoptr(GError) error = NULL;

  kb_deck_set_title (deck, "en", "All in");
  assert_one (&rec, "deck set 0 0 title");
  g_assert_cmpstr (kb_deck_get_title (deck, "en"), ==, "All in");
  g_assert_cmpstr (kb_deck_get_title (deck, "nl"), ==, "Alles erin");
  kb_deck_set_description (deck, "nl", NULL);
  assert_one (&rec, "deck set 0 0 description");
  g_assert_cmpstr (kb_deck_get_description (deck, "nl"), ==, "A test deck with every kind of card.");
  kb_deck_set_authors (deck, authors);
  assert_one (&rec, "deck set 0 0 authors");
  g_assert_cmpstr (kb_deck_get_authors (deck)[1], ==, "B");
  kb_deck_set_license (deck, "CC0-1.0");
  assert_one (&rec, "deck set 0 0 license");
  g_assert_cmpstr (kb_deck_get_license (deck), ==, "CC0-1.0");
  kb_deck_set_reading (deck, KB_READING_EASY);
  assert_one (&rec, "deck set 0 0 reading");
  g_assert_cmpint (kb_deck_get_reading (deck), ==, KB_READING_EASY);
  kb_deck_set_back_color (deck, "#000000");
  assert_one (&rec, "deck set 0 0 back");
  g_assert_cmpstr (kb_deck_get_back_color (deck), ==, "#000000");
  kb_deck_set_back_image (deck, NULL);
  assert_one (&rec, "deck set 0 0 back");
  g_assert_null (kb_deck_get_back_image (deck));
  g_assert_true (kb_deck_set_languages (deck, languages, &error));
  assert_one (&rec, "deck set 0 0 languages");
  g_assert_cmpstr (kb_deck_get_fallback_language (deck), ==, "en");
  g_assert_false (kb_deck_set_languages (deck, none, &error));
  g_assert_error (error, KB_DECK_ERROR, KB_DECK_ERROR_EDIT);
  assert_none (&rec);
  g_assert_cmpuint (rec.n_cards, ==, 0);
  g_ptr_array_unref (rec.seen);
}

static void
test_categories (void)
{
  Recorder rec = { 0 };
  g_autoptr(KbDeck) deck = load_full (&rec);
  g_autoptr(GError) error = NULL;
  KbCategory *added, *copy, *contact = kb_deck_find_category (deck, "contact");

  added = kb_deck_add_category (deck, 1, "nieuw", &error);
  g_assert_no_error (error);
  assert_one (&rec, "category add 1 1 -");
  g_assert_true (kb_deck_get_category (deck, 1) == added);
  g_assert_true (kb_deck_find_category (deck, "nieuw") == added);
  g_assert_null (kb_deck_add_category (deck, 0, "nieuw", &error));
  g_assert_error (error, KB_DECK_ERROR, KB_DECK_ERROR_EDIT);
  g_clear_error (&error);
  assert_none (&rec);

  kb_deck_set_category_name (deck, added, NULL, "Nieuw");
  assert_one (&rec, "category set 1 1 name");
  g_assert_true (kb_text_is_plain (kb_category_get_name (added)));
  kb_deck_set_category_color (deck, added, "#123456");
  assert_one (&rec, "category set 1 1 color");
  g_assert_cmpstr (kb_category_get_color (added), ==, "#123456");
  kb_deck_set_category_symbol (deck, added, "star");
  assert_one (&rec, "category set 1 1 symbol");
  g_assert_cmpstr (kb_category_get_symbol (added), ==, "star");
  kb_deck_set_category_icon (deck, added, "art/hand.svg");
  assert_one (&rec, "category set 1 1 icon");
  g_assert_cmpstr (kb_category_get_icon (added), ==, "art/hand.svg");

  kb_deck_move_category (deck, 1, 0);
  assert_one (&rec, "category move 0 1 -");
  g_assert_true (kb_deck_get_category (deck, 0) == added);
  copy = kb_deck_duplicate_category (deck, 0);
  assert_one (&rec, "category add 1 1 -");
  g_assert_cmpstr (kb_category_get_id (copy), ==, "nieuw-2");
  g_assert_cmpstr (kb_category_get_color (copy), ==, "#123456");

  /* A category in use is not removed; its cards and squares follow a new id. */
  g_assert_false (kb_deck_remove_category (deck, 3, &error));
  g_assert_error (error, KB_DECK_ERROR, KB_DECK_ERROR_EDIT);
  g_clear_error (&error);
  assert_none (&rec);
  g_assert_true (kb_deck_set_category_id (deck, contact, "samen", &error));
  assert_one (&rec, "category set 3 3 id");
  g_assert_true (kb_card_get_category (kb_deck_find_card (deck, "contact-01")) == contact);
  g_assert_null (kb_deck_find_category (deck, "contact"));
  g_assert_true (kb_deck_find_category (deck, "samen") == contact);
  g_assert_true (kb_deck_remove_category (deck, 1, &error));
  assert_one (&rec, "category remove 1 1 -");
  g_assert_null (kb_deck_find_category (deck, "nieuw-2"));
  g_assert_cmpuint (kb_deck_get_n_categories (deck), ==, 3);
  g_assert_cmpuint (rec.n_cards, ==, 0);
  g_ptr_array_unref (rec.seen);
}

static void
test_cards (void)
{
  Recorder rec = { 0 };
  g_autoptr(KbDeck) deck = load_full (&rec);
  g_autoptr(GError) error = NULL;
  const char *tags[] = { "nieuw", NULL };
  KbCard *card, *copy;
  guint n = kb_deck_get_n_cards (deck);

  g_assert_null (kb_deck_add_card (deck, 0, "c", "nope", &error));
  g_assert_error (error, KB_DECK_ERROR, KB_DECK_ERROR_EDIT);
  g_clear_error (&error);
  g_assert_null (kb_deck_add_card (deck, 0, "schroom-01", "schroom", &error));
  g_clear_error (&error);
  assert_none (&rec);
  card = kb_deck_add_card (deck, G_MAXUINT, "nieuw-01", "schroom", &error);
  g_assert_no_error (error);
  assert_one (&rec, "card add 5 5 -");
  g_assert_true (kb_deck_get_card (deck, n) == card);
  g_assert_true (kb_deck_find_card (deck, "nieuw-01") == card);

  kb_deck_set_card_text (deck, card, "nl", "Wat geeft je energie?");
  assert_one (&rec, "card set 5 5 text");
  kb_deck_set_card_text (deck, card, "en", "What gives you energy?");
  assert_one (&rec, "card set 5 5 text");
  g_assert_cmpstr (kb_text_get (kb_card_get_text (card), "en", "nl"), ==, "What gives you energy?");
  kb_deck_set_card_title (deck, card, NULL, "Energie");
  assert_one (&rec, "card set 5 5 title");
  kb_deck_set_card_notes (deck, card, "nl", "Rustig aan.");
  assert_one (&rec, "card set 5 5 notes");
  kb_deck_set_card_kind (deck, card, KB_CARD_KIND_CASE);
  assert_one (&rec, "card set 5 5 kind");
  kb_deck_set_card_intensity (deck, card, KB_INTENSITY_DEEP);
  assert_one (&rec, "card set 5 5 intensity");
  kb_deck_set_card_asks (deck, card, KB_ASKS_CLIENT);
  assert_one (&rec, "card set 5 5 asks");
  kb_deck_set_card_image (deck, card, "art/hand.svg");
  assert_one (&rec, "card set 5 5 image");
  kb_deck_set_card_tags (deck, card, tags);
  assert_one (&rec, "card set 5 5 tags");
  kb_deck_add_card_role (deck, card, 0);
  assert_one (&rec, "card set 5 5 roles");
  kb_deck_set_card_role_name (deck, card, 0, "nl", "Buur");
  assert_one (&rec, "card set 5 5 roles");
  kb_deck_set_card_role_brief (deck, card, 0, NULL, "Je belt aan.");
  assert_one (&rec, "card set 5 5 roles");
  kb_deck_add_card_role (deck, card, 1);
  kb_deck_remove_card_role (deck, card, 1);
  g_ptr_array_set_size (rec.seen, 0);
  g_assert_cmpuint (kb_card_get_n_roles (card), ==, 1);
  g_assert_true (kb_deck_set_card_category (deck, card, "contact", &error));
  assert_one (&rec, "card set 5 5 category");
  g_assert_true (kb_card_get_category (card) == kb_deck_find_category (deck, "contact"));
  g_assert_false (kb_deck_set_card_category (deck, card, "nope", &error));
  g_clear_error (&error);
  g_assert_false (kb_deck_set_card_id (deck, card, "schroom-02", &error));
  g_clear_error (&error);
  assert_none (&rec);
  g_assert_true (kb_deck_set_card_id (deck, card, "contact-04", &error));
  assert_one (&rec, "card set 5 5 id");
  g_assert_null (kb_deck_find_card (deck, "nieuw-01"));
  g_assert_true (kb_deck_find_card (deck, "contact-04") == card);

  copy = kb_deck_duplicate_card (deck, 5);
  assert_one (&rec, "card add 6 6 -");
  g_assert_cmpstr (kb_card_get_id (copy), ==, "contact-04-2");
  g_assert_cmpint (kb_card_get_asks (copy), ==, KB_ASKS_CLIENT);
  g_assert_cmpstr (kb_text_get (kb_card_get_role_brief (copy, 0), "nl", "nl"), ==, "Je belt aan.");
  /* The copy is its own: editing it leaves the original. */
  kb_deck_set_card_text (deck, copy, "nl", "Anders");
  g_ptr_array_set_size (rec.seen, 0);
  g_assert_cmpstr (kb_text_get (kb_card_get_text (card), "nl", "nl"), ==, "Wat geeft je energie?");

  kb_deck_move_card (deck, 6, 0);
  assert_one (&rec, "card move 0 6 -");
  g_assert_true (kb_deck_get_card (deck, 0) == copy);
  kb_deck_remove_card (deck, 0);
  assert_one (&rec, "card remove 0 0 -");
  g_assert_null (kb_deck_find_card (deck, "contact-04-2"));
  g_assert_cmpuint (kb_deck_get_n_cards (deck), ==, n + 1);
  g_assert_cmpuint (rec.n_cards, ==, 21);
  g_ptr_array_unref (rec.seen);
}

static void
test_board (void)
{
  Recorder rec = { 0 };
  g_autoptr(KbDeck) deck = load_full (&rec);
  g_autoptr(GError) error = NULL;
  KbBoard *board = kb_deck_get_board (deck);
  guint n = kb_board_get_n_squares (board);

  kb_deck_set_board_shape (deck, KB_BOARD_SHAPE_SPIRAL);
  assert_one (&rec, "board set 0 0 shape");
  g_assert_cmpint (kb_board_get_shape (board), ==, KB_BOARD_SHAPE_SPIRAL);
  kb_deck_set_board_die (deck, 8);
  assert_one (&rec, "board set 0 0 die");
  g_assert_cmpuint (kb_board_get_die (board), ==, 8);

  g_assert_false (kb_deck_add_square (deck, 0, "schroom", KB_SPECIAL_REST, &error));
  g_clear_error (&error);
  g_assert_false (kb_deck_add_square (deck, 0, "nope", KB_SPECIAL_NONE, &error));
  g_clear_error (&error);
  assert_none (&rec);
  g_assert_true (kb_deck_add_square (deck, 1, NULL, KB_SPECIAL_REST, &error));
  assert_one (&rec, "square add 1 1 -");
  g_assert_cmpint (kb_square_get_special (kb_board_get_square (board, 1)), ==, KB_SPECIAL_REST);
  g_assert_true (kb_deck_set_square (deck, 1, "contact", KB_SPECIAL_NONE, &error));
  assert_one (&rec, "square set 1 1 category");
  g_assert_cmpstr (kb_category_get_id (kb_square_get_category (kb_board_get_square (board, 1))),
                   ==, "contact");
  g_assert_cmpint (kb_square_get_special (kb_board_get_square (board, 1)), ==, KB_SPECIAL_NONE);
  g_assert_cmpuint (n, ==, 9);
  kb_deck_move_square (deck, 1, n);
  assert_one (&rec, "square move 9 1 -");
  g_assert_cmpstr (kb_category_get_id (kb_square_get_category (kb_board_get_square (board, n))),
                   ==, "contact");
  kb_deck_remove_square (deck, n);
  assert_one (&rec, "square remove 9 9 -");
  g_assert_cmpuint (kb_board_get_n_squares (board), ==, n);

  kb_deck_set_has_board (deck, FALSE);
  assert_one (&rec, "board remove 0 0 -");
  g_assert_null (kb_deck_get_board (deck));
  kb_deck_set_has_board (deck, FALSE);
  assert_none (&rec);
  kb_deck_set_has_board (deck, TRUE);
  assert_one (&rec, "board add 0 0 -");
  g_assert_cmpuint (kb_board_get_die (kb_deck_get_board (deck)), ==, 6);
  g_ptr_array_unref (rec.seen);
}

/* Edited, written, read back: the same deck, and written again the same bytes. */
static void
test_round_trip (void)
{
  g_autoptr(KbDeck) deck = kb_deck_new ("nieuw", (const char *[]) { "nl", "en", NULL });
  g_autoptr(KbDeck) again = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) bytes_again = NULL;
  g_autoptr(KbProblems) problems = kb_problems_new ("nieuw.json");
  g_autoptr(GError) error = NULL;
  KbCard *card;

  kb_deck_set_title (deck, "nl", "Nieuw");
  kb_deck_set_title (deck, "en", "New");
  kb_deck_set_reading (deck, KB_READING_EASY);
  kb_deck_add_category (deck, 0, "praten", &error);
  g_assert_no_error (error);
  kb_deck_set_category_symbol (deck, kb_deck_get_category (deck, 0), "star");
  card = kb_deck_add_card (deck, 0, "praten-01", "praten", &error);
  kb_deck_set_card_text (deck, card, NULL, "Met wie praat je graag?");
  kb_deck_set_card_asks (deck, card, KB_ASKS_GROUP);
  kb_deck_set_card_kind (deck, card, KB_CARD_KIND_CASE);
  kb_deck_add_card_role (deck, card, 0);
  kb_deck_set_card_role_name (deck, card, 0, NULL, "Buur");
  kb_deck_duplicate_card (deck, 0);
  kb_deck_set_has_board (deck, TRUE);
  kb_deck_set_board_die (deck, 4);
  kb_deck_add_square (deck, 0, NULL, KB_SPECIAL_START, &error);
  kb_deck_add_square (deck, 1, "praten", KB_SPECIAL_NONE, &error);
  g_assert_no_error (error);

  bytes = kb_deck_to_bytes (deck);
  again = kb_deck_load (NULL, bytes, problems, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kb_problems_get_n_items (problems), ==, 0);
  bytes_again = kb_deck_to_bytes (again);
  g_assert_true (g_bytes_equal (bytes, bytes_again));
  g_assert_cmpstr (kb_deck_get_title (again, "en"), ==, "New");
  g_assert_cmpint (kb_deck_get_reading (again), ==, KB_READING_EASY);
  g_assert_cmpuint (kb_deck_get_n_cards (again), ==, 2);
  g_assert_cmpstr (kb_card_get_id (kb_deck_get_card (again, 1)), ==, "praten-01-2");
  g_assert_cmpint (kb_card_get_asks (kb_deck_get_card (again, 1)), ==, KB_ASKS_GROUP);
  g_assert_cmpstr (kb_text_get (kb_card_get_role_name (kb_deck_get_card (again, 0), 0), "nl",
                                "nl"), ==, "Buur");
  g_assert_cmpuint (kb_board_get_die (kb_deck_get_board (again)), ==, 4);
  g_assert_cmpuint (kb_board_get_n_squares (kb_deck_get_board (again)), ==, 2);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/deck/edit/deck-fields", test_deck_fields);
  g_test_add_func ("/deck/edit/categories", test_categories);
  g_test_add_func ("/deck/edit/cards", test_cards);
  g_test_add_func ("/deck/edit/board", test_board);
  g_test_add_func ("/deck/edit/round-trip", test_round_trip);
  return g_test_run ();
}
