/* deck → CSV → deck keeps what the columns hold, for every built-in deck and both separators:
 * texts, titles and notes in every language (as the deck shows them, fallback included),
 * category names, kinds and intensities. Also: the colours an import gives categories are
 * readable as they are, and an imported deck lands in a folder of its own in the library. */
#include <string.h>
#include <glib/gstdio.h>

#include "kb-deck.h"
#include "kb-deck-library.h"
#include "kb-import.h"
#include "kb-import-private.h"
#include "kb-locale.h"
#include "kb-theme.h"

static void
assert_text_equal (const KbText       *a,
                   const KbText       *b,
                   const char * const *languages,
                   const char         *what,
                   const char         *id)
{
  for (guint l = 0; languages[l] != NULL; l++)
    {
      const char *x = a != NULL ? kb_text_get (a, languages[l], languages[0]) : NULL;
      const char *y = b != NULL ? kb_text_get (b, languages[l], languages[0]) : NULL;

      if (g_strcmp0 (x, y) != 0)
        g_error ("%s of %s in %s: \"%s\" became \"%s\"", what, id, languages[l], x, y);
    }
}

static KbDeck *
through_csv (KbDeck *deck,
             char    separator)
{
  g_autoptr(GBytes) csv = kb_deck_to_csv (deck, separator, NULL);
  g_autofree char *dir = g_dir_make_tmp ("kb-roundtrip-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "deck.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(KbImportResult) result = NULL;
  KbImportOptions options = { KB_IMPORT_FORMAT_AUTO, kb_deck_get_title (deck, NULL), NULL };

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (csv, NULL),
                                      g_bytes_get_size (csv), NULL));
  result = kb_import_file (file, &options, NULL);
  g_assert_nonnull (result);
  g_unlink (path);
  g_rmdir (dir);
  if (result->deck == NULL)
    {
      g_auto(GStrv) lines = kb_problems_to_strv (result->problems);
      g_autofree char *all = g_strjoinv ("\n", lines);
      g_error ("the CSV of %s does not import: %s", kb_deck_get_id (deck), all);
    }
  return g_steal_pointer (&result->deck);
}

static void
assert_same_columns (KbDeck *a,
                     KbDeck *b)
{
  const char * const *languages = kb_deck_get_languages (a);

  g_assert_cmpstrv (kb_deck_get_languages (b), languages);
  g_assert_cmpuint (kb_deck_get_n_cards (b), ==, kb_deck_get_n_cards (a));
  g_assert_cmpuint (kb_deck_get_n_categories (b), ==, kb_deck_get_n_categories (a));
  for (guint i = 0; i < kb_deck_get_n_categories (a); i++)
    assert_text_equal (kb_category_get_name (kb_deck_get_category (a, i)),
                       kb_category_get_name (kb_deck_get_category (b, i)), languages,
                       "the name", kb_category_get_id (kb_deck_get_category (a, i)));
  for (guint i = 0; i < kb_deck_get_n_cards (a); i++)
    {
      KbCard *x = kb_deck_get_card (a, i), *y = kb_deck_get_card (b, i);
      const char *id = kb_card_get_id (x);

      assert_text_equal (kb_category_get_name (kb_card_get_category (x)),
                         kb_category_get_name (kb_card_get_category (y)), languages,
                         "the category", id);
      assert_text_equal (kb_card_get_text (x), kb_card_get_text (y), languages, "the text", id);
      assert_text_equal (kb_card_get_title (x), kb_card_get_title (y), languages, "the title",
                         id);
      assert_text_equal (kb_card_get_notes (x), kb_card_get_notes (y), languages, "the notes",
                         id);
      g_assert_cmpint (kb_card_get_kind (y), ==, kb_card_get_kind (x));
      g_assert_cmpint (kb_card_get_intensity (y), ==, kb_card_get_intensity (x));
    }
}

static void
test_builtin_deck (gconstpointer data)
{
  g_autoptr(GFile) file = g_file_new_for_path (data);
  g_autoptr(GError) error = NULL;
  g_autoptr(KbDeck) deck = kb_deck_new_from_file (file, &error);
  static const char separators[] = { ';', ',', '\t' };

  g_assert_no_error (error);
  for (guint s = 0; s < G_N_ELEMENTS (separators); s++)
    {
      g_autoptr(KbDeck) back = through_csv (deck, separators[s]);
      g_autoptr(KbDeck) twice = through_csv (back, separators[s]);
      g_autoptr(GBytes) a = kb_deck_to_bytes (back);
      g_autoptr(GBytes) b = kb_deck_to_bytes (twice);

      assert_same_columns (deck, back);
      /* From then on the trip changes nothing at all. */
      g_assert_cmpstr (g_bytes_get_data (a, NULL), ==, g_bytes_get_data (b, NULL));
    }
}

/* What a spreadsheet makes hard: quotes, separators, line breaks, a "sep=", a cell that looks
 * like a header, cells that look like formulas, languages where one text is missing and one is
 * plain. (A CRLF inside
 * a cell comes back as LF, as spreadsheets write line breaks in cells.) */
static void
test_tricky_deck (void)
{
  g_autoptr(KbDeck) deck = kb_deck_new ("tricky", (const char * const []) { "en", "nl", NULL });
  static const char * const texts[] = {
    "Say \"yes\"; or \"no\", then \"\"why\"\"",
    "One line\nand another\n\nand a third after an empty one",
    "sep=,",
    "text:nl",
    "\"",
    "Tab\tin between",
    /* Cells a spreadsheet runs as formulas: written with an apostrophe, read without it. */
    "=SUM(A1:A9)",
    "- a dash first",
    "+31 6 12345678",
    "@home",
    "'=an apostrophe of its own",
    "'not formula-like: kept as it is",
  };
  KbCategory *category;

  kb_deck_set_title (deck, NULL, "Tricky");
  category = kb_deck_add_category (deck, 0, "a", NULL);
  kb_deck_set_category_name (deck, category, "en", "Semi; colon, comma");
  kb_deck_set_category_name (deck, category, "nl", "\"Quoted\"");
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *id = g_strdup_printf ("a-%02u", i + 1);
      KbCard *card = kb_deck_add_card (deck, i, id, "a", NULL);

      kb_deck_set_card_text (deck, card, "en", texts[i]);
      if (i % 2 == 0)
        kb_deck_set_card_text (deck, card, "nl", texts[G_N_ELEMENTS (texts) - 1 - i]);
      if (i == 3)
        kb_deck_set_card_notes (deck, card, NULL, "plain; the same in both");
      kb_deck_set_card_kind (deck, card, (KbCardKind) (i % 5));
      kb_deck_set_card_intensity (deck, card, (KbIntensity) (i % 4));
    }
  for (guint s = 0; s < 3; s++)
    {
      g_autoptr(KbDeck) back = through_csv (deck, ";,\t"[s]);
      assert_same_columns (deck, back);
    }
}

/* What no column holds is named, card by card, not lost in silence. */
static void
test_left_out (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("KLETSBORDEN_CARDS_DIR"),
                                            "rollenspellen.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(KbDeck) deck = kb_deck_new_from_file (file, NULL);
  g_autoptr(KbProblems) left_out = kb_problems_new ("out.csv");
  g_autoptr(GBytes) csv = kb_deck_to_csv (deck, ';', left_out);
  g_autofree char *first = kb_problems_format (left_out, 0);

  g_assert_nonnull (csv);   /* what the columns hold is still written */
  g_assert_cmpuint (kb_problems_get_n_items (left_out), >=, kb_deck_get_n_cards (deck));
  g_assert_nonnull (strstr (first, "has roles, which no column holds"));
  g_assert_true (g_str_has_prefix (first, "out.csv:"));
}

static void
test_csv_format (void)
{
  g_autoptr(KbDeck) deck = kb_deck_new ("t", (const char * const []) { "nl", "en", NULL });
  g_autoptr(GBytes) csv = NULL;
  KbCard *card;

  kb_deck_add_category (deck, 0, "a", NULL);
  kb_deck_set_category_name (deck, kb_deck_get_category (deck, 0), NULL, "A; B");
  card = kb_deck_add_card (deck, 0, "a-1", "a", NULL);
  kb_deck_set_card_text (deck, card, "nl", "Zeg \"ja\"\nof nee");
  kb_deck_set_card_text (deck, card, "en", " spaced ");
  kb_deck_set_card_kind (deck, card, KB_CARD_KIND_STATEMENT);
  /* No formula runs when the file is opened: an apostrophe makes each such cell text. */
  card = kb_deck_add_card (deck, 1, "a-2", "a", NULL);
  kb_deck_set_card_text (deck, card, "nl", "=HYPERLINK(\"x\")");
  kb_deck_set_card_text (deck, card, "en", "-1");
  csv = kb_deck_to_csv (deck, ';', NULL);
  g_assert_cmpstr (g_bytes_get_data (csv, NULL), ==,
                   "\xEF\xBB\xBF" "categorie:nl;categorie:en;soort;tekst:nl;tekst:en\r\n"
                   "\"A; B\";\"A; B\";stelling;\"Zeg \"\"ja\"\"\nof nee\";\" spaced \"\r\n"
                   "\"A; B\";\"A; B\";vraag;\"'=HYPERLINK(\"\"x\"\")\";'-1\r\n");
}

static void
test_palette_readable (void)
{
  const KbTheme *theme = kb_theme_get (KB_THEME_VARIANT_NORMAL);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpuint (_kb_import_palette_size (), >=, 8);
  for (guint i = 0; i < _kb_import_palette_size (); i++)
    {
      const char *spec = _kb_import_palette_color (i);
      KbColor fill, band, ink;

      g_assert_true (kb_color_parse (spec, &fill));
      kb_theme_band (theme, &fill, &band, &ink);
      /* Unchanged: the card shows the colour the deck says. */
      if (band.red != fill.red || band.green != fill.green || band.blue != fill.blue)
        g_error ("%s needs darkening to take text at 4.5:1", spec);
      g_assert_cmpfloat (kb_color_contrast (&band, &ink), >=, KB_CONTRAST_TEXT);
      g_assert_true (g_hash_table_add (seen, (gpointer) spec));
    }
  /* Categories that share a colour have different symbols. */
  g_assert_cmpstr (_kb_import_palette_symbol (0), !=,
                   _kb_import_palette_symbol (_kb_import_palette_size ()));
}

static void
found_entry (KbDeckEntry *entry,
             gpointer     data)
{
  g_ptr_array_add (data, g_file_get_path (kb_deck_entry_get_file (entry)));
}

static void
test_library_add (void)
{
  g_autofree char *home = g_dir_make_tmp ("kb-import-data-XXXXXX", NULL);
  g_autoptr(KbImportResult) r = NULL;
  g_autoptr(GFile) first = NULL;
  g_autoptr(GFile) second = NULL;
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *first_path = NULL;
  g_autofree char *second_path = NULL;

  g_setenv ("XDG_DATA_HOME", home, TRUE);
  r = kb_import_text ("Vragen:\nHoe gaat het?\n", "pasted",
                      &(KbImportOptions) { KB_IMPORT_FORMAT_TEXT, "Mijn set", "nl" });
  first = kb_deck_library_add (r->deck, &error);
  g_assert_no_error (error);
  second = kb_deck_library_add (r->deck, &error);
  g_assert_no_error (error);
  first_path = g_file_get_path (first);
  second_path = g_file_get_path (second);
  g_assert_true (g_str_has_suffix (first_path, "/kletsborden/decks/mijn-set/mijn-set.json"));
  g_assert_true (g_str_has_suffix (second_path,
                                   "/kletsborden/decks/mijn-set-2/mijn-set-2.json"));

  kb_deck_library_scan_each (NULL, found_entry, found);
  g_assert_true (g_ptr_array_find_with_equal_func (found, first_path, g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (found, second_path, g_str_equal, NULL));
}

int
main (int   argc,
      char *argv[])
{
  const char *cards = g_getenv ("KLETSBORDEN_CARDS_DIR");
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint n = 0;

  kb_locale_init ();
  g_test_init (&argc, &argv, NULL);

  dir = g_dir_open (cards, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json") && !g_str_has_suffix (name, ".schema.json"))
      {
        g_autofree char *test_path = g_strconcat ("/import/roundtrip/", name, NULL);
        g_test_add_data_func_full (test_path, g_build_filename (cards, name, NULL),
                                   test_builtin_deck, g_free);
        n++;
      }
  g_assert_cmpuint (n, >=, 7);
  g_test_add_func ("/import/roundtrip/tricky", test_tricky_deck);
  g_test_add_func ("/import/export/left-out", test_left_out);
  g_test_add_func ("/import/export/csv-format", test_csv_format);
  g_test_add_func ("/import/palette/readable", test_palette_readable);
  g_test_add_func ("/import/library/add", test_library_add);
  return g_test_run ();
}
