/* Every file in tests/import/data/ (made by LibreOffice Calc, or written byte for byte as Excel
 * writes CSV) imports to exactly the deck in its .expected-deck.json with exactly the problems
 * in its .expected; every file in tests/import/bad/ gives the problems in its .expected, at
 * file:row:column. KB_TEST_BLESS=1 writes the expected files anew (read them before committing).
 * And a few cards checked by hand, so that a blessed mistake cannot hide. */
#include <string.h>

#include "kb-deck.h"
#include "kb-import.h"
#include "kb-locale.h"

static char *
expected_path (const char *path,
               const char *suffix)
{
  const char *dot = strrchr (path, '.');
  g_autofree char *stem = g_strndup (path, dot - path);

  return g_strconcat (stem, suffix, NULL);
}

static char *
problems_text (KbProblems *problems)
{
  g_auto(GStrv) lines = kb_problems_to_strv (problems);
  g_autofree char *joined = g_strjoinv ("\n", lines);

  return g_strconcat (joined, lines[0] != NULL ? "\n" : "", NULL);
}

static KbImportResult *
import (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *name = g_path_get_basename (path);
  g_autoptr(GError) error = NULL;
  KbImportResult *result = kb_import_file (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (result);
  kb_problems_set_display_name (result->problems, name);
  return result;
}

static void
compare_or_bless (const char *path,
                  const char *actual)
{
  g_autofree char *expected = NULL;

  if (g_getenv ("KB_TEST_BLESS") != NULL)
    g_assert_true (g_file_set_contents (path, actual, -1, NULL));
  g_assert_true (g_file_get_contents (path, &expected, NULL, NULL));
  g_assert_cmpstr (actual, ==, expected);
}

/* The deck the import wrote loads again without a single error. */
static void
assert_loads (KbDeck *deck)
{
  g_autoptr(GBytes) bytes = kb_deck_to_bytes (deck);
  g_autoptr(KbProblems) problems = kb_problems_new ("reloaded");
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDeck) again = kb_deck_load (NULL, bytes, problems, &error);

  g_assert_no_error (error);
  g_assert_nonnull (again);
  g_assert_cmpuint (kb_problems_get_n_errors (problems), ==, 0);
  g_assert_cmpuint (kb_deck_get_n_cards (again), ==, kb_deck_get_n_cards (deck));
}

static void
test_good_file (gconstpointer data)
{
  const char *path = data;
  g_autoptr(KbImportResult) result = import (path);
  g_autofree char *problems = problems_text (result->problems);
  g_autofree char *deck_path = expected_path (path, ".expected-deck.json");
  g_autofree char *problems_path = expected_path (path, ".expected");
  g_autoptr(GBytes) bytes = NULL;

  g_assert_nonnull (result->deck);
  g_assert_cmpuint (kb_problems_get_n_errors (result->problems), ==, 0);
  bytes = kb_deck_to_bytes (result->deck);
  compare_or_bless (deck_path, g_bytes_get_data (bytes, NULL));
  compare_or_bless (problems_path, problems);
  assert_loads (result->deck);
}

static void
test_bad_file (gconstpointer data)
{
  const char *path = data;
  g_autoptr(KbImportResult) result = import (path);
  g_autofree char *problems = problems_text (result->problems);
  g_autofree char *problems_path = expected_path (path, ".expected");

  compare_or_bless (problems_path, problems);
  /* Each bad file is there for a problem: an empty list would pass on a reader that sees none. */
  g_assert_cmpuint (kb_problems_get_n_items (result->problems), >, 0);
  g_assert_true ((result->deck == NULL) == (kb_problems_get_n_errors (result->problems) > 0));
}

static const char *
card_text (KbDeck     *deck,
           guint       index,
           const char *lang)
{
  return kb_text_get (kb_card_get_text (kb_deck_get_card (deck, index)), lang, NULL);
}

static KbImportResult *
import_data (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "import", "data", name, NULL);

  return import (path);
}

/* Windows-1252 bytes (€ „ ” … –), the "sep=;" line, a quoted line break and Dutch words. */
static void
test_windows_1252 (void)
{
  g_autoptr(KbImportResult) r = import_data ("excel-windows-1252.csv");
  KbDeck *deck = r->deck;
  KbCard *card;

  g_assert_nonnull (deck);
  g_assert_cmpstr (r->source, ==, "CSV, Windows-1252, separator ;");
  g_assert_cmpuint (kb_deck_get_n_cards (deck), ==, 3);
  g_assert_cmpuint (kb_deck_get_n_categories (deck), ==, 2);
  g_assert_cmpstr (kb_deck_get_languages (deck)[0], ==, "nl");
  g_assert_null (kb_deck_get_languages (deck)[1]);
  g_assert_cmpstr (kb_text_get (kb_category_get_name (kb_deck_get_category (deck, 0)), "nl",
                                NULL), ==, "Café-gesprekken");
  g_assert_cmpstr (card_text (deck, 1, "nl"), ==, "Een „goed” gesprek begint met een vraag.");
  g_assert_cmpstr (card_text (deck, 2, "nl"), ==, "Wat kost een avondje uit € 25,– of meer?");
  card = kb_deck_get_card (deck, 1);
  g_assert_cmpint (kb_card_get_kind (card), ==, KB_CARD_KIND_STATEMENT);
  g_assert_cmpint (kb_card_get_intensity (card), ==, KB_INTENSITY_MEDIUM);
  g_assert_cmpstr (kb_text_get (kb_card_get_notes (card), "nl", NULL), ==,
                   "Laat de groep eerst stemmen.\nDaarna: waarom?");
  g_assert_cmpint (kb_card_get_intensity (kb_deck_get_card (deck, 2)), ==, KB_INTENSITY_DEEP);
  g_assert_cmpstr (kb_card_get_id (kb_deck_get_card (deck, 2)), ==, "geld-01");
}

/* Excel's "Unicode text": UTF-16LE with a mark, tabs, "Text (en)", doubled quotes. */
static void
test_unicode_text (void)
{
  g_autoptr(KbImportResult) r = import_data ("excel-unicode-text.txt");
  KbDeck *deck = r->deck;

  g_assert_nonnull (deck);
  g_assert_cmpstr (r->source, ==, "CSV, UTF-16LE, separator tab");
  g_assert_cmpstr (kb_deck_get_languages (deck)[0], ==, "en");
  g_assert_cmpstr (kb_deck_get_languages (deck)[1], ==, "nl");
  g_assert_cmpstr (card_text (deck, 0, "en"), ==, "What does \"alone\" mean to you?");
  g_assert_cmpstr (card_text (deck, 0, "nl"), ==, "Wat betekent \"alleen\" voor jou?");
  g_assert_cmpstr (card_text (deck, 1, "nl"), ==, "Noem één ding\ndat helpt.");
  g_assert_cmpint (kb_card_get_kind (kb_deck_get_card (deck, 1)), ==, KB_CARD_KIND_EXERCISE);
  g_assert_cmpstr (card_text (deck, 2, "en"), ==, "Naïve café, 日本語 and emoji 🙂");
  g_assert_cmpint (kb_card_get_kind (kb_deck_get_card (deck, 2)), ==, KB_CARD_KIND_REFLECTION);
}

static void
test_utf16be (void)
{
  g_autoptr(KbImportResult) r = import_data ("utf16be-bom.csv");

  g_assert_nonnull (r->deck);
  g_assert_cmpstr (r->source, ==, "CSV, UTF-16BE, separator ;");
  g_assert_cmpuint (kb_deck_get_n_cards (r->deck), ==, 2);
  g_assert_cmpstr (card_text (r->deck, 1, "nl"), ==, "Wie wil je vaker zien?");
}

static void
test_utf8_bom_comma (void)
{
  g_autoptr(KbImportResult) r = import_data ("excel-utf8-bom.csv");
  KbCard *card;

  g_assert_nonnull (r->deck);
  g_assert_cmpstr (r->source, ==, "CSV, UTF-8 (BOM), separator ,");
  card = kb_deck_get_card (r->deck, 1);
  g_assert_cmpstr (kb_text_get (kb_card_get_title (card), "en", NULL), ==, "The lunch");
  g_assert_cmpstr (card_text (r->deck, 1, "en"), ==, "Where do you eat lunch, and with whom?");
  g_assert_cmpstr (kb_text_get (kb_card_get_notes (card), "en", NULL), ==,
                   "Ask about the last week, not the last year.");
}

static void
test_plain_list (void)
{
  g_autoptr(KbImportResult) r = import_data ("list.txt");
  KbDeck *deck = r->deck;

  g_assert_nonnull (deck);
  g_assert_cmpuint (kb_deck_get_n_categories (deck), ==, 2);
  g_assert_cmpuint (kb_deck_get_n_cards (deck), ==, 5);
  g_assert_cmpstr (card_text (deck, 0, NULL), ==, "Wat maakt jou blij?");
  g_assert_cmpstr (card_text (deck, 2, NULL), ==, "Wie heeft jou onlangs geholpen?");
  g_assert_cmpstr (card_text (deck, 4, NULL), ==, "Zomaar een vraag zonder bolletje");
  g_assert_cmpstr (kb_category_get_id (kb_card_get_category (kb_deck_get_card (deck, 4))), ==,
                   "over-een-ander");
}

/* LibreOffice's .ods and .xlsx of one sheet hold the very deck its CSV holds. */
static void
test_calc_files_agree (void)
{
  static const char * const names[] = { "libreoffice-calc.ods", "libreoffice-calc-as-excel.xlsx" };
  KbImportOptions options = { KB_IMPORT_FORMAT_AUTO, "Calc", NULL };
  g_autofree char *csv_path = g_test_build_filename (G_TEST_DIST, "import", "data",
                                                     "libreoffice-source.csv", NULL);
  g_autoptr(GFile) csv_file = g_file_new_for_path (csv_path);
  g_autoptr(KbImportResult) csv = kb_import_file (csv_file, &options, NULL);
  g_autoptr(GBytes) csv_bytes = kb_deck_to_bytes (csv->deck);
  KbCard *card;

  /* The cells LibreOffice writes once with a repeat count: "Casus" in title and text. */
  card = kb_deck_get_card (csv->deck, 5);
  g_assert_cmpint (kb_card_get_kind (card), ==, KB_CARD_KIND_CASE);
  g_assert_cmpstr (kb_text_get (kb_card_get_title (card), "nl", NULL), ==, "Casus");
  g_assert_cmpstr (card_text (csv->deck, 5, "nl"), ==, "Casus");
  /* A row without a category is in the category above it. */
  g_assert_cmpstr (kb_category_get_id (kb_card_get_category (kb_deck_get_card (csv->deck, 1))),
                   ==, "over-mij");
  g_assert_cmpstr (card_text (csv->deck, 2, "en"), ==, "Give someone in the group a "
                   "compliment.\nSay why.");

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "import", "data", names[i],
                                                     NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(KbImportResult) sheet = kb_import_file (file, &options, NULL);
      g_autoptr(GBytes) bytes = kb_deck_to_bytes (sheet->deck);
      g_autofree char *a = problems_text (csv->problems);
      g_autofree char *b = problems_text (sheet->problems);

      g_assert_cmpstr (g_bytes_get_data (bytes, NULL), ==, g_bytes_get_data (csv_bytes, NULL));
      /* Same rows and columns, so the same places; only the file's name differs. */
      g_assert_cmpuint (kb_problems_get_n_items (sheet->problems), ==,
                        kb_problems_get_n_items (csv->problems));
      for (guint p = 0; p < kb_problems_get_n_items (csv->problems); p++)
        {
          g_assert_cmpuint (kb_problems_get_line (sheet->problems, p), ==,
                            kb_problems_get_line (csv->problems, p));
          g_assert_cmpuint (kb_problems_get_column (sheet->problems, p), ==,
                            kb_problems_get_column (csv->problems, p));
        }
      g_assert_nonnull (a);
      g_assert_nonnull (b);
    }
}

/* Pasted text: a list, CSV when asked for, and cells copied from a spreadsheet (tabs). */
static void
test_pasted (void)
{
  KbImportOptions csv = { KB_IMPORT_FORMAT_CSV, "Plakken", "nl" };
  g_autoptr(KbImportResult) list = kb_import_text ("Vragen:\nHoe gaat het?\r\nEn met jou?\n",
                                                   "pasted", NULL);
  g_autoptr(KbImportResult) rows = kb_import_text ("tekst,soort\nHoe gaat het?,stelling\n",
                                                   "pasted", &csv);

  g_autoptr(KbImportResult) cells = kb_import_text ("categorie\ttekst\tsoort\r\n"
                                                    "Jij\tHoe gaat het?\tvraag\r\n"
                                                    "Jij\tWat doe je graag?\tvraag\r\n",
                                                    "pasted", NULL);

  g_assert_nonnull (cells->deck);
  g_assert_cmpuint (kb_deck_get_n_cards (cells->deck), ==, 2);
  g_assert_cmpuint (kb_deck_get_n_categories (cells->deck), ==, 1);
  g_assert_cmpstr (card_text (cells->deck, 1, NULL), ==, "Wat doe je graag?");
  g_assert_nonnull (list->deck);
  g_assert_cmpuint (kb_deck_get_n_cards (list->deck), ==, 2);
  g_assert_cmpstr (card_text (list->deck, 1, NULL), ==, "En met jou?");
  g_assert_nonnull (rows->deck);
  g_assert_cmpstr (kb_deck_get_id (rows->deck), ==, "plakken");
  g_assert_cmpint (kb_card_get_kind (kb_deck_get_card (rows->deck, 0)), ==,
                   KB_CARD_KIND_STATEMENT);
}

static void
add_folder (const char *folder,
            GTestDataFunc func)
{
  g_autofree char *dir_path = g_build_filename (g_getenv ("G_TEST_SRCDIR"), "import", folder,
                                                NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (strstr (name, ".expected") == NULL && !g_str_equal (name, "libreoffice-source.csv"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  g_assert_cmpuint (names->len, >, 0);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/import/%s/%s", folder,
                                                    (char *) g_ptr_array_index (names, i));
      /* The paths live as long as the program. */
      char *path = g_build_filename (dir_path, g_ptr_array_index (names, i), NULL);
      g_test_add_data_func_full (test_path, path, func, g_free);
    }
}

int
main (int   argc,
      char *argv[])
{
  kb_locale_init ();
  g_test_init (&argc, &argv, NULL);

  add_folder ("data", test_good_file);
  add_folder ("bad", test_bad_file);
  g_test_add_func ("/import/cards/windows-1252", test_windows_1252);
  g_test_add_func ("/import/cards/unicode-text", test_unicode_text);
  g_test_add_func ("/import/cards/utf16be", test_utf16be);
  g_test_add_func ("/import/cards/utf8-bom-comma", test_utf8_bom_comma);
  g_test_add_func ("/import/cards/plain-list", test_plain_list);
  g_test_add_func ("/import/cards/calc-files-agree", test_calc_files_agree);
  g_test_add_func ("/import/cards/pasted", test_pasted);
  return g_test_run ();
}
