/* Multilingual text: plain or per language, with the deck's fallback. */
#include "kb-locale.h"
#include "kb-text.h"

static void
test_plain (void)
{
  g_autoptr(KbText) text = kb_text_new_plain ("Hoi");

  g_assert_true (kb_text_is_plain (text));
  g_assert_cmpstr (kb_text_get (text, "en", "nl"), ==, "Hoi");
  g_assert_cmpstr (kb_text_get (text, NULL, NULL), ==, "Hoi");
  g_assert_true (kb_text_has (text, "fr"));
  g_assert_cmpuint (kb_text_get_n_languages (text), ==, 0);
  g_assert_null (kb_text_get_fallback_language (text, "nl"));
}

static void
test_languages (void)
{
  g_autoptr(KbText) text = kb_text_new ();
  g_auto(GStrv) languages = NULL;

  kb_text_set (text, "en", "Hi");
  kb_text_set (text, "nl", "Hoi");
  kb_text_set (text, "en", "Hello");
  g_assert_false (kb_text_is_plain (text));
  g_assert_cmpuint (kb_text_get_n_languages (text), ==, 2);
  /* File order is kept, so the writer saves what it read. */
  g_assert_cmpstr (kb_text_get_language (text, 0), ==, "en");
  g_assert_cmpstr (kb_text_get_value (text, 0), ==, "Hello");
  g_assert_cmpstr (kb_text_get_language (text, 1), ==, "nl");
  languages = kb_text_dup_languages (text);
  g_assert_cmpstr (languages[1], ==, "nl");
  g_assert_null (languages[2]);

  g_assert_cmpstr (kb_text_get (text, "nl", "nl"), ==, "Hoi");
  g_assert_cmpstr (kb_text_get (text, "fr", "nl"), ==, "Hoi");
  g_assert_cmpstr (kb_text_get (text, "fr", "de"), ==, "Hello");
  g_assert_cmpstr (kb_text_get_fallback_language (text, "nl"), ==, "nl");
  g_assert_cmpstr (kb_text_get_fallback_language (text, "de"), ==, "en");
  g_assert_true (kb_text_has (text, "nl"));
  g_assert_false (kb_text_has (text, "fr"));
}

static void
test_empty (void)
{
  g_autoptr(KbText) text = kb_text_new ();

  g_assert_null (kb_text_get (text, "nl", "nl"));
  g_assert_null (kb_text_get_fallback_language (text, "nl"));
}

int
main (int   argc,
      char *argv[])
{
  kb_locale_init ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text/plain", test_plain);
  g_test_add_func ("/text/languages", test_languages);
  g_test_add_func ("/text/empty", test_empty);
  return g_test_run ();
}
