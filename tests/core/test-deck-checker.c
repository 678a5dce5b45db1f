/* The checker on a deck that came from no file, as the editor has it: each problem names the
 * part, the item and the field, so the editor can show it there. */
#include "kb-deck.h"
#include "kb-deck-checker.h"
#include "kb-enum-util.h"

static void
collect (const KbDeckSpot *spot,
         KbProblemLevel    level,
         const char       *message,
         gpointer          data)
{
  g_ptr_array_add (data, g_strdup_printf ("%s %s %u %s %d %s: %s",
                                          level == KB_PROBLEM_ERROR ? "error" : "warning",
                                          kb_enum_to_nick (KB_TYPE_DECK_PART, spot->part),
                                          spot->index, spot->field != NULL ? spot->field : "-",
                                          spot->role, spot->lang != NULL ? spot->lang : "-",
                                          message));
}

static void
test_edited_deck (void)
{
  g_autoptr(KbDeck) deck = kb_deck_new ("proef", (const char *[]) { "nl", "en", NULL });
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  KbCategory *category;
  KbCard *card;
  const char *expected[] = {
    "warning deck 0 title -1 -: \"title\" has no \"en\" text; the \"nl\" text is shown instead",
    "error category 0 color -1 -: \"rood\" is not a colour; write it as #RRGGBB, like #C8553D",
    "warning category 0 symbol -1 -: unknown symbol \"sterr\"; did you mean \"star\"?",
    "warning card 0 text -1 fr: \"fr\" is not one of the deck's \"languages\", so this text is "
      "never shown",
    "warning card 0 text -1 -: \"text\" has no \"en\" text; the \"nl\" text is shown instead",
    "warning card 0 name 0 -: \"name\" has no \"en\" text; the \"nl\" text is shown instead",
    "warning card 0 roles -1 -: roles are only shown on cards of the kind \"case\"",
    "error card 0 image -1 -: the path \"/etc/passwd\" is absolute; give it relative to the "
      "deck's folder",
    NULL
  };

  kb_deck_set_title (deck, "nl", "Proef");
  kb_deck_set_title (deck, "en", NULL);
  category = kb_deck_add_category (deck, 0, "a", &error);
  g_assert_no_error (error);
  kb_deck_set_category_color (deck, category, "rood");
  kb_deck_set_category_symbol (deck, category, "sterr");
  card = kb_deck_add_card (deck, 0, "a-1", "a", &error);
  kb_deck_set_card_text (deck, card, "nl", "Hoe gaat het?");
  kb_deck_set_card_text (deck, card, "fr", "Ça va ?");
  kb_deck_add_card_role (deck, card, 0);
  kb_deck_set_card_role_name (deck, card, 0, "nl", "Buur");
  kb_deck_set_card_image (deck, card, "/etc/passwd");

  g_assert_cmpuint (kb_deck_check (deck, KB_DECK_CHECK_DEFAULT, collect, seen), ==, 2);
  for (guint i = 0; i < seen->len || expected[i] != NULL; i++)
    g_assert_cmpstr (i < seen->len ? g_ptr_array_index (seen, i) : NULL, ==, expected[i]);

  /* Fixed in the editor, the checker is content. */
  g_ptr_array_set_size (seen, 0);
  kb_deck_set_title (deck, NULL, "Proef");
  kb_deck_set_category_color (deck, category, "#C8553D");
  kb_deck_set_category_symbol (deck, category, "star");
  kb_deck_set_card_text (deck, card, "fr", NULL);
  kb_deck_set_card_text (deck, card, "en", "How are you?");
  kb_deck_set_card_kind (deck, card, KB_CARD_KIND_CASE);
  kb_deck_set_card_role_name (deck, card, 0, NULL, "Buur");
  kb_deck_set_card_image (deck, card, NULL);
  g_assert_cmpuint (kb_deck_check (deck, KB_DECK_CHECK_DEFAULT, collect, seen), ==, 0);
  g_assert_cmpuint (seen->len, ==, 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/deck/checker/edited-deck", test_edited_deck);
  return g_test_run ();
}
