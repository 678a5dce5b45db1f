/* The card session as a state machine: order, next and previous, pass and put away, filters,
 * language, and a save that resumes where it was. */
#include "config.h"

#include "kb-card.h"
#include "kb-locale.h"
#include "kb-session.h"

static KbDeck *
load_deck (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "play", "data", "six-cards.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  KbDeck *deck = kb_deck_new_from_file (file, &error);

  g_assert_no_error (error);
  g_assert_nonnull (deck);
  return deck;
}

static const char *
current_id (KbSession *session)
{
  KbCard *card = kb_session_get_current (session);
  return card != NULL ? kb_card_get_id (card) : NULL;
}

typedef struct
{
  GString *events;
} Recorder;

static void
on_card_event (KbSession *session,
               int        event,
               KbCard    *card,
               Recorder  *recorder)
{
  const char *names[] = { "shown", "passed", "away" };
  g_string_append_printf (recorder->events, "%s:%s ", names[event], kb_card_get_id (card));
}

static void
test_next_previous (void)
{
  g_autoptr(KbDeck) deck = load_deck ();
  g_autoptr(KbSession) session = kb_session_new (deck);

  g_assert_null (kb_session_get_current (session));
  g_assert_cmpuint (kb_session_get_position (session), ==, 0);
  g_assert_cmpuint (kb_session_get_n_cards (session), ==, 6);
  g_assert_false (kb_session_previous (session));

  g_assert_true (kb_session_next (session));
  g_assert_cmpstr (current_id (session), ==, "a");
  g_assert_cmpuint (kb_session_get_position (session), ==, 1);
  g_assert_cmpstr (kb_card_get_id (kb_session_peek_next (session)), ==, "b");
  g_assert_true (kb_session_next (session));
  g_assert_true (kb_session_next (session));
  g_assert_cmpstr (current_id (session), ==, "c");
  g_assert_true (kb_session_previous (session));
  g_assert_cmpstr (current_id (session), ==, "b");
  g_assert_false (kb_session_previous (session) && kb_session_previous (session));
  g_assert_cmpstr (current_id (session), ==, "a");

  for (int i = 0; i < 5; i++)
    g_assert_true (kb_session_next (session));
  g_assert_cmpstr (current_id (session), ==, "f");
  g_assert_false (kb_session_next (session));
  g_assert_cmpstr (current_id (session), ==, "f");
  g_assert_null (kb_session_peek_next (session));
  g_assert_cmpuint (kb_session_get_history (session)->len, ==, 6);
}

static void
test_pass_and_put_away (void)
{
  g_autoptr(KbDeck) deck = load_deck ();
  g_autoptr(KbSession) session = kb_session_new (deck);
  Recorder recorder = { g_string_new (NULL) };

  g_signal_connect (session, "card-event", G_CALLBACK (on_card_event), &recorder);
  kb_session_next (session);
  kb_session_pass (session);
  g_assert_cmpstr (current_id (session), ==, "b");
  kb_session_put_away (session);
  g_assert_cmpstr (current_id (session), ==, "c");
  g_assert_cmpuint (kb_session_get_n_cards (session), ==, 5);
  g_assert_cmpuint (kb_session_get_n_put_away (session), ==, 1);
  g_assert_cmpuint (kb_session_get_position (session), ==, 2);

  /* A put-away card does not come back when going back. */
  kb_session_previous (session);
  g_assert_cmpstr (current_id (session), ==, "a");

  g_assert_cmpstr (recorder.events->str, ==, "shown:a passed:a shown:b away:b shown:c ");
  g_string_free (recorder.events, TRUE);
}

static void
test_facilitator_next_card (void)
{
  g_autoptr(KbDeck) deck = load_deck ();
  g_autoptr(KbSession) session = kb_session_new (deck);

  kb_session_next (session);
  g_assert_true (kb_session_swap_next (session));
  g_assert_cmpstr (kb_card_get_id (kb_session_peek_next (session)), ==, "c");
  g_assert_true (kb_session_put_away_next (session));
  g_assert_cmpstr (kb_card_get_id (kb_session_peek_next (session)), ==, "d");
  kb_session_next (session);
  kb_session_next (session);
  kb_session_next (session);
  kb_session_next (session);
  g_assert_cmpstr (current_id (session), ==, "b");   /* the swapped card came last */
  g_assert_cmpuint (kb_session_get_n_cards (session), ==, 5);
}

static void
test_filters (void)
{
  g_autoptr(KbDeck) deck = load_deck ();
  g_autoptr(KbSession) session = kb_session_new (deck);
  g_autoptr(GString) seen = g_string_new (NULL);

  kb_session_set_category_shown (session, "blauw", FALSE);
  g_assert_false (kb_session_get_category_shown (session, "blauw"));
  g_assert_cmpuint (kb_session_get_n_cards (session), ==, 3);
  kb_session_set_intensity_shown (session, KB_INTENSITY_DEEP, FALSE);
  g_assert_cmpuint (kb_session_get_n_cards (session), ==, 2);
  while (kb_session_next (session))
    g_string_append (seen, current_id (session));
  g_assert_cmpstr (seen->str, ==, "ae");

  kb_session_set_category_shown (session, "blauw", TRUE);
  kb_session_set_kind_shown (session, KB_CARD_KIND_QUESTION, FALSE);
  g_assert_false (kb_session_get_kind_shown (session, KB_CARD_KIND_QUESTION));
  g_assert_cmpuint (kb_session_get_n_cards (session), ==, 3);   /* b, e, f */
}

static void
test_language (void)
{
  g_autoptr(KbDeck) deck = load_deck ();
  g_autoptr(KbSession) session = kb_session_new (deck);

  kb_session_set_language (session, "nl");
  g_assert_cmpstr (kb_session_get_language (session), ==, "nl");
  g_assert_cmpstr (kb_session_cycle_language (session), ==, "en");
  g_assert_cmpstr (kb_session_cycle_language (session), ==, "nl");
  kb_session_set_language (session, "fr");   /* the deck has no French: nothing changes */
  g_assert_cmpstr (kb_session_get_language (session), ==, "nl");
}

static void
test_shuffle (void)
{
  g_autoptr(KbDeck) deck = load_deck ();
  g_autoptr(KbSession) one = kb_session_new (deck);
  g_autoptr(KbSession) two = kb_session_new (deck);
  g_autoptr(GString) order_one = g_string_new (NULL);
  g_autoptr(GString) order_two = g_string_new (NULL);

  kb_session_shuffle (one, 42);
  kb_session_shuffle (two, 42);
  while (kb_session_next (one))
    g_string_append (order_one, current_id (one));
  while (kb_session_next (two))
    g_string_append (order_two, current_id (two));
  g_assert_cmpstr (order_one->str, ==, order_two->str);
  g_assert_cmpuint (order_one->len, ==, 6);
  g_assert_cmpstr (order_one->str, !=, "abcdef");
}

/* Shuffling in the middle keeps what the room has seen: the card on screen, and the ones before
 * it for Page Up; only the cards to come get a new order. Undo brings the old order back. */
static void
test_shuffle_keeps_history (void)
{
  g_autoptr(KbDeck) deck = load_deck ();
  g_autoptr(KbSession) session = kb_session_new (deck);
  g_autoptr(GString) rest = g_string_new (NULL);

  kb_session_next (session);
  kb_session_next (session);
  g_assert_false (kb_session_can_undo_shuffle (session));
  kb_session_shuffle (session, 42);
  g_assert_true (kb_session_can_undo_shuffle (session));
  g_assert_cmpstr (current_id (session), ==, "b");
  g_assert_cmpuint (kb_session_get_position (session), ==, 2);
  g_assert_true (kb_session_previous (session));
  g_assert_cmpstr (current_id (session), ==, "a");
  g_assert_true (kb_session_next (session));
  while (kb_session_next (session))
    g_string_append (rest, current_id (session));
  g_assert_cmpuint (rest->len, ==, 4);
  g_assert_cmpstr (rest->str, !=, "cdef");
  g_assert_cmpuint (kb_session_get_history (session)->len, ==, 6);

  g_assert_true (kb_session_undo_shuffle (session));
  g_assert_false (kb_session_undo_shuffle (session));
  kb_session_restart (session);
  g_string_truncate (rest, 0);
  while (kb_session_next (session))
    g_string_append (rest, current_id (session));
  g_assert_cmpstr (rest->str, ==, "abcdef");

  /* A swap after the shuffle makes another order: undoing the shuffle no longer applies. */
  kb_session_shuffle (session, 7);
  kb_session_restart (session);
  g_assert_true (kb_session_swap_next (session));
  g_assert_false (kb_session_can_undo_shuffle (session));
}

/* A filter applies to the card on screen at once: an excluded card goes, the next that passes
 * comes up, and the count is of cards that pass. */
static void
test_filter_applies_at_once (void)
{
  g_autoptr(KbDeck) deck = load_deck ();
  g_autoptr(KbSession) session = kb_session_new (deck);

  kb_session_next (session);
  g_assert_cmpstr (current_id (session), ==, "a");
  kb_session_set_kind_shown (session, KB_CARD_KIND_QUESTION, FALSE);
  g_assert_cmpstr (current_id (session), ==, "b");
  g_assert_cmpuint (kb_session_get_position (session), ==, 1);
  g_assert_cmpuint (kb_session_get_n_cards (session), ==, 4);
  g_assert_false (kb_session_previous (session));

  /* At the end of the deck the card before comes up; with none left, the deck's back. */
  while (kb_session_next (session))
    ;
  g_assert_cmpstr (current_id (session), ==, "f");
  kb_session_set_category_shown (session, "blauw", FALSE);
  g_assert_cmpstr (current_id (session), ==, "e");
  kb_session_set_intensity_shown (session, KB_INTENSITY_MEDIUM, FALSE);
  g_assert_cmpstr (current_id (session), ==, "c");
  kb_session_set_intensity_shown (session, KB_INTENSITY_DEEP, FALSE);
  g_assert_null (kb_session_get_current (session));
  g_assert_cmpuint (kb_session_get_position (session), ==, 0);
}

/* A card's number jumps to it, counted among the cards that pass the filters. */
static void
test_go_to (void)
{
  g_autoptr(KbDeck) deck = load_deck ();
  g_autoptr(KbSession) session = kb_session_new (deck);

  g_assert_true (kb_session_go_to (session, 4));
  g_assert_cmpstr (current_id (session), ==, "d");
  g_assert_cmpuint (kb_session_get_position (session), ==, 4);
  g_assert_true (kb_session_previous (session));
  g_assert_cmpstr (current_id (session), ==, "c");
  g_assert_false (kb_session_go_to (session, 0));
  g_assert_false (kb_session_go_to (session, 7));
  g_assert_cmpstr (current_id (session), ==, "c");
  kb_session_set_category_shown (session, "rood", FALSE);
  g_assert_true (kb_session_go_to (session, 3));
  g_assert_cmpstr (current_id (session), ==, "f");
  g_assert_cmpuint (kb_session_get_history (session)->len, ==, 2);   /* d, f: jumped to, shown */
}

/* The overview's cards: those that pass the filters, in the session's order, the card at index i
 * being the one kb_session_go_to (i + 1) shows. */
static void
test_dup_cards (void)
{
  g_autoptr(KbDeck) deck = load_deck ();
  g_autoptr(KbSession) session = kb_session_new (deck);
  g_autoptr(GPtrArray) all = kb_session_dup_cards (session);
  g_autoptr(GPtrArray) some = NULL;

  g_assert_cmpuint (all->len, ==, kb_session_get_n_cards (session));
  g_assert_cmpstr (kb_card_get_id (g_ptr_array_index (all, 3)), ==, "d");
  kb_session_set_category_shown (session, "rood", FALSE);
  some = kb_session_dup_cards (session);
  g_assert_cmpuint (some->len, ==, kb_session_get_n_cards (session));
  g_assert_cmpuint (some->len, <, all->len);
  for (guint i = 0; i < some->len; i++)
    {
      g_assert_true (kb_session_go_to (session, i + 1));
      g_assert_true (kb_session_get_current (session) == g_ptr_array_index (some, i));
    }
}

static void
test_resume (void)
{
  g_autoptr(KbDeck) deck = load_deck ();
  g_autoptr(KbSession) session = kb_session_new (deck);
  g_autoptr(KbSession) resumed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *again = NULL;

  kb_session_shuffle (session, 7);
  kb_session_set_language (session, "en");
  kb_session_set_kind_shown (session, KB_CARD_KIND_CASE, FALSE);
  kb_session_next (session);
  kb_session_next (session);
  kb_session_put_away (session);

  json = kb_session_to_json (session);
  resumed = kb_session_new_from_json (deck, json, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (current_id (resumed), ==, current_id (session));
  g_assert_cmpstr (kb_session_get_language (resumed), ==, "en");
  g_assert_cmpuint (kb_session_get_n_cards (resumed), ==, kb_session_get_n_cards (session));
  g_assert_cmpuint (kb_session_get_history (resumed)->len, ==, 3);
  again = kb_session_to_json (resumed);
  g_assert_cmpstr (again, ==, json);
}

static void
test_resume_rejects (void)
{
  g_autoptr(KbDeck) deck = load_deck ();
  const char *bad[] = {
    "", "{", "[]", "{\"format\": \"kletsborden-session\", \"version\": 2, \"deck\": \"six-cards\"}",
    "{\"format\": \"kletsborden-game\", \"version\": 1}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(KbSession) session = kb_session_new_from_json (deck, bad[i], &error);
      g_assert_null (session);
      g_assert_nonnull (error);
    }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(KbSession) session = kb_session_new_from_json (
      deck, "{\"format\": \"kletsborden-session\", \"version\": 1, \"deck\": \"other\"}", &error);
    g_assert_error (error, KB_SESSION_ERROR, KB_SESSION_ERROR_OTHER_DECK);
    g_assert_null (session);
  }

  {
    /* Unknown and repeated card ids are skipped; the deck's other cards are appended. */
    g_autoptr(GError) error = NULL;
    g_autoptr(KbSession) session = kb_session_new_from_json (
      deck, "{\"format\": \"kletsborden-session\", \"version\": 1, \"deck\": \"six-cards\","
      "\"order\": [\"f\", \"zz\", \"f\", 3], \"current\": \"f\", \"put-away\": [\"q\"]}", &error);
    g_assert_no_error (error);
    g_assert_cmpstr (current_id (session), ==, "f");
    g_assert_cmpuint (kb_session_get_n_cards (session), ==, 6);
    g_assert_true (kb_session_next (session));
    g_assert_cmpstr (current_id (session), ==, "a");
  }
}

int
main (int   argc,
      char *argv[])
{
  kb_locale_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/play/session/next-previous", test_next_previous);
  g_test_add_func ("/play/session/pass-put-away", test_pass_and_put_away);
  g_test_add_func ("/play/session/facilitator-next", test_facilitator_next_card);
  g_test_add_func ("/play/session/filters", test_filters);
  g_test_add_func ("/play/session/language", test_language);
  g_test_add_func ("/play/session/shuffle", test_shuffle);
  g_test_add_func ("/play/session/shuffle-keeps-history", test_shuffle_keeps_history);
  g_test_add_func ("/play/session/filter-applies-at-once", test_filter_applies_at_once);
  g_test_add_func ("/play/session/go-to", test_go_to);
  g_test_add_func ("/play/session/dup-cards", test_dup_cards);
  g_test_add_func ("/play/session/resume", test_resume);
  g_test_add_func ("/play/session/resume-rejects", test_resume_rejects);

  return g_test_run ();
}
