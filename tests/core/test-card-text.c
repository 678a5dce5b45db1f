/* A card as plain text: category, kind, intensity, title, text and a case's roles, in the
 * language asked (falling back to the deck's first); never the notes, briefs only when asked. */
#include "kb-deck.h"

static KbDeck *
load_full (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "core", "good",
                                                                   "full.json", NULL));
  g_autoptr(GError) error = NULL;
  KbDeck *deck = kb_deck_load (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return deck;
}

static void
test_question (void)
{
  g_autoptr(KbDeck) deck = load_full ();
  KbCard *card = kb_deck_find_card (deck, "schroom-01");
  g_autofree char *nl = kb_card_to_plain_text (card, deck, "nl", KB_CARD_TEXT_DEFAULT);
  g_autofree char *en = kb_card_to_plain_text (card, deck, "en", KB_CARD_TEXT_DEFAULT);
  g_autofree char *fr = kb_card_to_plain_text (card, deck, "fr", KB_CARD_TEXT_WITH_BRIEFS);
  g_autofree char *none = kb_card_to_plain_text (card, deck, NULL, KB_CARD_TEXT_DEFAULT);

  g_assert_cmpstr (nl, ==, "Schroom, Vraag, Licht\nEven stilstaan\n"
                   "Wanneer voelde jij je voor het laatst écht gehoord?");
  g_assert_cmpstr (en, ==, "Hesitation, Question, Light\nA moment\n"
                   "When did you last feel truly heard?");
  /* A language the deck lacks: its texts in the first language; the notes never. */
  g_assert_true (g_str_has_suffix (fr, "\nWanneer voelde jij je voor het laatst écht gehoord?"));
  g_assert_null (strstr (fr, "trainer"));
  g_assert_cmpstr (none, ==, nl);
}

static void
test_case_roles (void)
{
  g_autoptr(KbDeck) deck = load_full ();
  KbCard *card = kb_deck_find_card (deck, "contact-02");
  g_autofree char *room = kb_card_to_plain_text (card, deck, "en", KB_CARD_TEXT_DEFAULT);
  g_autofree char *player = kb_card_to_plain_text (card, deck, "nl", KB_CARD_TEXT_WITH_BRIEFS);

  g_assert_cmpstr (room, ==, "Contact, Case\nA neighbour calls for the third time this week.\n"
                   "Roles: Neighbour, Jij");
  g_assert_cmpstr (player, ==, "Contact, Casus\nEen buurvrouw belt voor de derde keer deze week.\n"
                   "Rollen: Buurvrouw, Jij\nBuurvrouw: Je wilt eigenlijk langskomen.");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/card/plain-text/question", test_question);
  g_test_add_func ("/card/plain-text/case-roles", test_case_roles);
  return g_test_run ();
}
