/* Rows become a deck: one card per row with a text, categories from the distinct names (each
 * with a colour and a symbol of its own, kb-import-palette.c), kinds and intensities from their
 * English or Dutch words. Every value that cannot be used is reported at its cell; the deck
 * checker's findings are put back at the cells they come from. */
#define G_LOG_DOMAIN "kletsborden-import"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "kb-deck-checker.h"
#include "kb-import-private.h"
#include "kb-limits.h"
#include "kb-text-safety.h"

typedef struct
{
  KbImportTable *table;
  GPtrArray     *columns;     /* KbImportColumn *, the ones read */
  KbProblems    *problems;
  KbDeck        *deck;
  const char * const *languages;
  GHashTable    *categories;  /* the name that identifies it → KbCategory * */
  GHashTable    *rows;        /* KbCard * or KbCategory * → the KbImportRow it comes from */
  GHashTable    *per_category; /* KbCategory * → number of its cards so far */
  KbCategory    *current;     /* the category of the row above */
  gboolean       too_many;
} Builder;

/* "Over mij & jou!" → "over-mij-jou": an id as format v1 wants it, [a-z0-9-]+. */
static char *
make_id (const char *name,
         const char *fallback)
{
  g_autofree char *ascii = g_str_to_ascii (name, "C");
  GString *id = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0' && id->len < KB_DECK_MAX_ID_LENGTH - 8; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (id, g_ascii_tolower (*p));
    else if (id->len > 0 && id->str[id->len - 1] != '-')
      g_string_append_c (id, '-');
  while (id->len > 0 && id->str[id->len - 1] == '-')
    g_string_truncate (id, id->len - 1);
  if (id->len == 0)
    g_string_append (id, fallback);
  return g_string_free (id, FALSE);
}

static KbImportColumn *
find_column (Builder       *b,
             KbImportField  field,
             const char    *lang)
{
  for (guint i = 0; i < b->columns->len; i++)
    {
      KbImportColumn *column = g_ptr_array_index (b->columns, i);
      if (column->field == field && (lang == NULL || g_strcmp0 (column->lang, lang) == 0))
        return column;
    }
  return NULL;
}

/* The languages: those of the text columns first (the first is the fallback), then the rest. */
static GStrv
collect_languages (GPtrArray  *columns,
                   const char *default_lang)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();

  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < columns->len; i++)
      {
        KbImportColumn *column = g_ptr_array_index (columns, i);

        if (column->lang == NULL || (pass == 0) != (column->field == KB_IMPORT_FIELD_TEXT) ||
            g_ptr_array_find_with_equal_func (seen, column->lang, g_str_equal, NULL) ||
            seen->len >= KB_DECK_MAX_LANGUAGES)
          continue;
        g_ptr_array_add (seen, column->lang);
        g_strv_builder_add (builder, column->lang);
      }
  if (seen->len == 0)
    g_strv_builder_add (builder, default_lang);
  return g_strv_builder_end (builder);
}

/* Returns: (transfer full) (nullable): the cell without the spaces around it; %NULL when it is
 *   empty, or reported because the deck could not hold it. */
static char *
take_cell (Builder           *b,
           const KbImportRow *row,
           KbImportColumn    *column)
{
  g_autofree char *value = NULL;
  g_autofree char *unsafe = NULL;
  glong length;

  if (column == NULL)
    return NULL;
  value = g_strstrip (g_strdup (kb_import_row_get_cell (row, column->column)));
  if (value[0] == '\0')
    return NULL;
  length = g_utf8_strlen (value, -1);
  if (length > KB_DECK_MAX_TEXT_LENGTH)
    {
      kb_problems_add (b->problems, KB_PROBLEM_ERROR, row->number, column->column,
                       _("the cell holds %ld characters; a card's text has at most %u (put the "
                         "rest in the notes)"), length, (guint) KB_DECK_MAX_TEXT_LENGTH);
      return NULL;
    }
  if (!kb_text_check_safe (value, &unsafe))
    {
      kb_problems_add (b->problems, KB_PROBLEM_ERROR, row->number, column->column,
                       _("the cell cannot be shown as it is: %s"), unsafe);
      return NULL;
    }
  return g_steal_pointer (&value);
}

static KbCategory *
new_category (Builder           *b,
              const KbImportRow *row,
              KbImportColumn    *column,
              const char        *name)
{
  g_autofree char *base = make_id (name, "category");
  g_autofree char *id = g_strdup (base);
  guint n = kb_deck_get_n_categories (b->deck);
  KbCategory *category;

  if (n >= KB_DECK_MAX_CATEGORIES)
    {
      if (!b->too_many)
        kb_problems_add (b->problems, KB_PROBLEM_ERROR, row->number,
                         column != NULL ? column->column : 1,
                         _("a deck has at most %u categories; \"%s\" would be one more"),
                         (guint) KB_DECK_MAX_CATEGORIES, name);
      b->too_many = TRUE;
      return NULL;
    }
  for (guint i = 2; kb_deck_find_category (b->deck, id) != NULL; i++)
    {
      g_free (id);
      id = g_strdup_printf ("%s-%u", base, i);
    }
  category = kb_deck_add_category (b->deck, n, id, NULL);
  g_assert (category != NULL);
  kb_deck_set_category_color (b->deck, category, _kb_import_palette_color (n));
  kb_deck_set_category_symbol (b->deck, category, _kb_import_palette_symbol (n));
  g_hash_table_insert (b->categories, g_strdup (name), category);
  g_hash_table_insert (b->rows, category, (gpointer) row);
  return category;
}

/* The category a row names in its first category column that holds one; its names in other
 * languages are taken from the first row that gives them. */
static KbCategory *
row_category (Builder           *b,
              const KbImportRow *row)
{
  KbCategory *category = NULL;
  KbImportColumn *key_column = NULL;
  g_autofree char *key = NULL;

  for (guint i = 0; b->languages[i] != NULL && key == NULL; i++)
    {
      key_column = find_column (b, KB_IMPORT_FIELD_CATEGORY, b->languages[i]);
      key = take_cell (b, row, key_column);
    }
  if (key == NULL)
    {
      /* A category written once above a group of rows holds for the rows under it. */
      if (b->current != NULL)
        return b->current;
      key_column = find_column (b, KB_IMPORT_FIELD_CATEGORY, NULL);
      key = g_strdup (_kb_import_default_category (b->languages[0]));
    }
  category = g_hash_table_lookup (b->categories, key);
  if (category == NULL)
    {
      category = new_category (b, row, key_column, key);
      if (category == NULL)
        return NULL;
      /* A new category is named after its id, the same in every language: not what we want. */
      kb_deck_set_category_name (b->deck, category, NULL, NULL);
      kb_deck_set_category_name (b->deck, category,
                                 key_column != NULL ? key_column->lang : b->languages[0], key);
    }

  for (guint i = 0; i < b->columns->len; i++)
    {
      KbImportColumn *column = g_ptr_array_index (b->columns, i);
      g_autofree char *name = NULL;
      const KbText *names = kb_category_get_name (category);

      if (column->field != KB_IMPORT_FIELD_CATEGORY ||
          (name = take_cell (b, row, column)) == NULL)
        continue;
      if (g_hash_table_lookup (b->rows, category) == row || !kb_text_has (names, column->lang))
        kb_deck_set_category_name (b->deck, category, column->lang, name);
      else if (g_strcmp0 (kb_text_get (names, column->lang, NULL), name) != 0)
        {
          const KbImportRow *first = g_hash_table_lookup (b->rows, category);
          kb_problems_add (b->problems, KB_PROBLEM_WARNING, row->number, column->column,
                           _("the category \"%s\" is called \"%s\" in \"%s\" in row %u; "
                             "\"%s\" is left out"), key,
                           kb_text_get (names, column->lang, NULL), column->lang,
                           first->number, name);
        }
    }
  b->current = category;
  return category;
}

static void
read_kind (Builder           *b,
           const KbImportRow *row,
           KbCard            *card)
{
  KbImportColumn *kind_column = find_column (b, KB_IMPORT_FIELD_KIND, NULL);
  KbImportColumn *intensity_column = find_column (b, KB_IMPORT_FIELD_INTENSITY, NULL);
  g_autofree char *kind_word = take_cell (b, row, kind_column);
  g_autofree char *intensity_word = take_cell (b, row, intensity_column);
  KbCardKind kind;
  KbIntensity intensity;

  if (kind_word != NULL && _kb_import_kind_from_word (kind_word, &kind))
    kb_deck_set_card_kind (b->deck, card, kind);
  else if (kind_word != NULL)
    kb_problems_add (b->problems, KB_PROBLEM_WARNING, row->number, kind_column->column,
                     _("unknown kind \"%s\"; a kind is vraag, stelling, opdracht, casus or "
                       "reflectie (question, statement, exercise, case or reflection); "
                       "the card is a question"), kind_word);
  if (intensity_word != NULL && _kb_import_intensity_from_word (intensity_word, &intensity))
    kb_deck_set_card_intensity (b->deck, card, intensity);
  else if (intensity_word != NULL)
    kb_problems_add (b->problems, KB_PROBLEM_WARNING, row->number, intensity_column->column,
                     _("unknown intensity \"%s\"; an intensity is licht, gemiddeld (or midden) "
                       "or diep (light, medium or deep); the card has none"), intensity_word);
}

static void
set_texts (Builder           *b,
           const KbImportRow *row,
           KbCard            *card,
           GPtrArray         *texts)
{
  for (guint i = 0; i < b->columns->len; i++)
    {
      KbImportColumn *column = g_ptr_array_index (b->columns, i);
      const char *value = g_ptr_array_index (texts, i);

      if (value == NULL)
        continue;
      if (column->field == KB_IMPORT_FIELD_TEXT)
        kb_deck_set_card_text (b->deck, card, column->lang, value);
      else if (column->field == KB_IMPORT_FIELD_TITLE)
        kb_deck_set_card_title (b->deck, card, column->lang, value);
      else if (column->field == KB_IMPORT_FIELD_NOTES)
        kb_deck_set_card_notes (b->deck, card, column->lang, value);
    }
}

static void
read_row (Builder           *b,
          const KbImportRow *row)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  gboolean has_text = FALSE;
  KbCategory *category;
  g_autofree char *id = NULL;
  KbCard *card;
  guint n;

  for (guint i = 0; i < b->columns->len; i++)
    {
      KbImportColumn *column = g_ptr_array_index (b->columns, i);
      char *value = NULL;

      if (column->field == KB_IMPORT_FIELD_TEXT || column->field == KB_IMPORT_FIELD_TITLE ||
          column->field == KB_IMPORT_FIELD_NOTES)
        value = take_cell (b, row, column);
      has_text |= value != NULL && column->field == KB_IMPORT_FIELD_TEXT;
      g_ptr_array_add (texts, value);
    }
  category = row_category (b, row);
  if (!has_text)
    {
      KbImportColumn *text = find_column (b, KB_IMPORT_FIELD_TEXT, NULL);
      kb_problems_add (b->problems, KB_PROBLEM_WARNING, row->number, text->column,
                       _("the row has no text, so it makes no card"));
      return;
    }
  if (category == NULL)
    return;
  if (kb_deck_get_n_cards (b->deck) >= KB_DECK_MAX_CARDS)
    {
      kb_problems_add (b->problems, KB_PROBLEM_ERROR, row->number, 1,
                       _("a deck has at most %u cards; this row and the rows after it are "
                         "left out"), (guint) KB_DECK_MAX_CARDS);
      b->too_many = TRUE;
      return;
    }

  n = GPOINTER_TO_UINT (g_hash_table_lookup (b->per_category, category));
  do
    {
      g_free (id);
      id = g_strdup_printf ("%s-%02u", kb_category_get_id (category), ++n);
    }
  while (kb_deck_find_card (b->deck, id) != NULL);
  g_hash_table_insert (b->per_category, category, GUINT_TO_POINTER (n));
  card = kb_deck_add_card (b->deck, G_MAXUINT, id, kb_category_get_id (category), NULL);
  g_assert (card != NULL);
  g_hash_table_insert (b->rows, card, (gpointer) row);
  read_kind (b, row, card);
  set_texts (b, row, card, texts);
}

/* The checker's finding, at the cell it is about: the row of the card or category, the
 * column of the field (in the spot's language, or the first). */
static void
checker_problem (const KbDeckSpot *spot,
                 KbProblemLevel    level,
                 const char       *message,
                 gpointer          user_data)
{
  Builder *b = user_data;
  const KbImportRow *row = g_hash_table_lookup (b->rows, spot->item);
  KbImportField field = KB_IMPORT_FIELD_UNKNOWN;
  KbImportColumn *column = NULL;

  if (spot->part == KB_DECK_PART_CATEGORY)
    field = KB_IMPORT_FIELD_CATEGORY;
  else if (g_strcmp0 (spot->field, "text") == 0)
    field = KB_IMPORT_FIELD_TEXT;
  else if (g_strcmp0 (spot->field, "title") == 0)
    field = KB_IMPORT_FIELD_TITLE;
  else if (g_strcmp0 (spot->field, "notes") == 0)
    field = KB_IMPORT_FIELD_NOTES;
  else if (g_strcmp0 (spot->field, "kind") == 0)
    field = KB_IMPORT_FIELD_KIND;
  if (field != KB_IMPORT_FIELD_UNKNOWN)
    column = find_column (b, field, spot->lang);
  if (column == NULL && field != KB_IMPORT_FIELD_UNKNOWN)
    column = find_column (b, field, NULL);
  kb_problems_add_literal (b->problems, level, row != NULL ? row->number : 1,
                           column != NULL ? column->column : 1, message);
}

/**
 * _kb_import_build_deck:
 * @first_row: the index in @table of the first row of cards (after the header row)
 *
 * Returns: (transfer full) (nullable): the deck; %NULL when no row made a card
 */
KbDeck *
_kb_import_build_deck (KbImportTable *table,
                       GPtrArray     *all_columns,
                       guint          first_row,
                       const char    *default_lang,
                       const char    *title,
                       KbProblems    *problems)
{
  g_autoptr(GPtrArray) columns = g_ptr_array_new ();
  g_autoptr(GHashTable) categories = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                            NULL);
  g_autoptr(GHashTable) rows = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) per_category = g_hash_table_new (NULL, NULL);
  g_auto(GStrv) languages = NULL;
  g_autofree char *id = make_id (title, "import");
  g_autoptr(KbDeck) deck = NULL;
  Builder b;

  for (guint i = 0; i < all_columns->len; i++)
    if (!((KbImportColumn *) g_ptr_array_index (all_columns, i))->ignored)
      g_ptr_array_add (columns, g_ptr_array_index (all_columns, i));
  if (find_column (&(Builder) { .columns = columns }, KB_IMPORT_FIELD_TEXT, NULL) == NULL)
    {
      KbImportRow *header = table->rows->len > 0 ? g_ptr_array_index (table->rows, 0) : NULL;
      kb_problems_add (problems, KB_PROBLEM_ERROR, header != NULL ? header->number : 1, 1,
                       _("no column holds the cards' text; name one \"text\" or \"tekst\" in "
                         "the first row"));
      return NULL;
    }

  languages = collect_languages (columns, default_lang);
  deck = kb_deck_new (id, (const char * const *) languages);
  kb_deck_set_title (deck, NULL, title);
  b = (Builder) { table, columns, problems, deck, (const char * const *) languages,
                  categories, rows, per_category, NULL, FALSE };
  for (guint i = first_row; i < table->rows->len && !b.too_many; i++)
    read_row (&b, g_ptr_array_index (table->rows, i));

  if (kb_deck_get_n_cards (deck) == 0)
    {
      kb_problems_add (problems, KB_PROBLEM_ERROR, 1, 1,
                       _("no row holds a card's text, so there are no cards to make a deck of"));
      return NULL;
    }
  kb_deck_check (deck, KB_DECK_CHECK_DEFAULT, checker_problem, &b);
  return g_steal_pointer (&deck);
}
