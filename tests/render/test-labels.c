/* The words a card shows itself follow the card's language, with English as the fallback. */
#include "kb-render-test.h"

#include "kb-labels.h"

static void
test_languages (void)
{
  g_assert_cmpstr (kb_label_get ("answer/agree", "nl"), ==, "Eens");
  g_assert_cmpstr (kb_label_get ("answer/agree", "en"), ==, "Agree");
  /* A region or an encoding falls back to the base language. */
  g_assert_cmpstr (kb_label_get ("answer/disagree", "nl_BE"), ==, "Oneens");
  g_assert_cmpstr (kb_label_get ("answer/disagree", "en-GB"), ==, "Disagree");
  g_assert_cmpstr (kb_label_for_kind (KB_CARD_KIND_STATEMENT, "nl"), ==, "Stelling");
  g_assert_cmpstr (kb_label_for_special (KB_SPECIAL_SWAP, "nl"), ==, "Wissel");
  g_assert_cmpstr (kb_label_for_special (KB_SPECIAL_REST, "en"), ==, "Rest");
  g_assert_cmpstr (kb_label_for_intensity (KB_INTENSITY_DEEP, "nl"), ==, "Diep");
  /* No words of its own: English (the UI's translation, which is English in the tests). */
  g_assert_cmpstr (kb_label_for_special (KB_SPECIAL_CHOOSE, "fr"), ==, "Choose");
  g_assert_cmpstr (kb_label_for_kind (KB_CARD_KIND_CASE, NULL), ==, "Case");
  g_assert_cmpstr (kb_label_for_special (KB_SPECIAL_NONE, "nl"), ==, "");
  g_assert_cmpstr (kb_label_for_intensity (KB_INTENSITY_UNSET, "nl"), ==, "");
}

/* Every kind, special square and intensity has a word in both languages the decks use. */
static void
test_complete (void)
{
  const char * const langs[] = { "nl", "en" };

  for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
    {
      for (KbCardKind k = KB_CARD_KIND_QUESTION; k <= KB_CARD_KIND_REFLECTION; k++)
        g_assert_cmpstr (kb_label_for_kind (k, langs[l]), !=, "");
      for (KbSpecial s = KB_SPECIAL_START; s <= KB_SPECIAL_REST; s++)
        g_assert_cmpstr (kb_label_for_special (s, langs[l]), !=, "");
      for (KbIntensity i = KB_INTENSITY_LIGHT; i <= KB_INTENSITY_DEEP; i++)
        g_assert_cmpstr (kb_label_for_intensity (i, langs[l]), !=, "");
      for (KbAsks a = KB_ASKS_GROUP; a <= KB_ASKS_PROFESSIONAL; a++)
        g_assert_cmpstr (kb_label_for_asks (a, langs[l]), !=, "");
    }
  /* Dutch is not English by accident: most words differ. */
  g_assert_cmpstr (kb_label_for_kind (KB_CARD_KIND_EXERCISE, "nl"), ==, "Opdracht");
  g_assert_cmpstr (kb_label_for_special (KB_SPECIAL_CHOOSE, "nl"), ==, "Kies");
  g_assert_cmpstr (kb_label_for_asks (KB_ASKS_CLIENT, "nl"), ==, "Aan de cliënt");
  g_assert_cmpstr (kb_label_for_asks (KB_ASKS_NONE, "nl"), ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  kb_render_test_init (&argc, &argv);
  g_test_add_func ("/render/labels/languages", test_languages);
  g_test_add_func ("/render/labels/complete", test_complete);
  return g_test_run ();
}
