/* libFuzzer target for the deck reader: any bytes must give a deck or problems, never a crash,
 * a leak or a hang; and a deck that loads must save, load again, and save the same bytes. */
#include <kb-deck.h>

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(KbProblems) problems = kb_problems_new ("fuzz.json");
  g_autoptr(KbDeck) deck = kb_deck_load (NULL, bytes, problems, NULL);
  g_auto(GStrv) lines = kb_problems_to_strv (problems);

  g_assert_true (deck != NULL || lines[0] != NULL);

  if (deck != NULL)
    {
      g_autoptr(GBytes) saved = kb_deck_to_bytes (deck);
      g_autoptr(KbDeck) again = kb_deck_load (NULL, saved, NULL, NULL);
      g_autoptr(GBytes) saved_again = NULL;

      g_assert_nonnull (again);
      saved_again = kb_deck_to_bytes (again);
      g_assert_true (g_bytes_equal (saved, saved_again));
    }
  return 0;
}
