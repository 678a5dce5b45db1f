/* Checks a deck's content on the model (kb-deck-checker.h). Every message here was the reader's
 * before; the spot says where, so the reader can still give file:line:column. */
#define G_LOG_DOMAIN "kletsborden-checker"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-art.h"
#include "kb-deck-checker.h"
#include "kb-deck-private.h"
#include "kb-deck-reader-private.h"
#include "kb-limits.h"

/* Easy reading: a sentence of more words is too long, and so is a word of more syllables. */
#define KB_EASY_MAX_WORDS 12
#define KB_EASY_MAX_SYLLABLES 4

/* Set once at start, before any deck is read (a worker may read decks later). */
static KbSyllableFunc syllable_func;

typedef struct
{
  KbDeck *deck;
  KbDeckCheckFlags flags;
  KbDeckProblemFunc func;
  gpointer data;
  guint n_reported;
  guint n_errors;
  GFile *dir;               /* the deck's folder; NULL for a deck from no file */
  GHashTable *art_seen;     /* path → itself: each art file is looked at once */
} Checker;

static void report (Checker          *c,
                    const KbDeckSpot *spot,
                    KbProblemLevel    level,
                    const char       *format,
                    ...) G_GNUC_PRINTF (4, 5);

static void
report (Checker          *c,
        const KbDeckSpot *spot,
        KbProblemLevel    level,
        const char       *format,
        ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  c->n_reported++;
  c->n_errors += level == KB_PROBLEM_ERROR;
  c->func (spot, level, message, c->data);
}

/* Once the list of problems is full nobody reads the rest, so spare the search. */
static const char *
suggest (Checker            *c,
         const char         *word,
         const char * const *candidates)
{
  return c->n_reported >= KB_PROBLEMS_MAX ? NULL : _kb_suggest (word, candidates);
}

static KbDeckSpot
spot_at (const KbDeckSpot *item,
         const char       *field,
         int               role,
         const char       *lang)
{
  KbDeckSpot spot = *item;

  spot.field = field;
  spot.role = role;
  spot.lang = lang;
  return spot;
}

static guint
count_words (const char *start,
             const char *end)
{
  guint n = 0;
  gboolean in_word = FALSE;

  for (const char *p = start; p < end; p = g_utf8_next_char (p))
    {
      gunichar ch = g_utf8_get_char (p);
      gboolean word_char = !g_unichar_isspace (ch);

      if (word_char && !in_word && g_unichar_isalnum (ch))
        n++;
      in_word = word_char && (in_word || g_unichar_isalnum (ch));
    }
  return n;
}

/* The longest sentence's words: sentences end at . ! ? or a new line. */
static guint
longest_sentence (const char *text)
{
  const char *start = text;
  guint longest = 0;

  for (const char *p = text; ; p++)
    if (*p == '\0' || *p == '.' || *p == '!' || *p == '?' || *p == '\n')
      {
        longest = MAX (longest, count_words (start, p));
        if (*p == '\0')
          break;
        start = p + 1;
      }
  return longest;
}

/* Each word of more than four syllables, once per text. */
static void
check_easy_words (Checker          *c,
                  const KbDeckSpot *spot,
                  const char       *lang,
                  const char       *value)
{
  KbSyllableFunc count = g_atomic_pointer_get (&syllable_func);
  g_autoptr(GHashTable) seen = NULL;
  const char *start = NULL;

  if (count == NULL)
    return;
  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (const char *p = value; ; p = g_utf8_next_char (p))
    {
      gboolean letter = *p != '\0' && g_unichar_isalpha (g_utf8_get_char (p));

      if (letter && start == NULL)
        start = p;
      else if (!letter && start != NULL)
        {
          g_autofree char *word = g_strndup (start, p - start);
          guint syllables = count (word, lang);

          start = NULL;
          if (syllables > KB_EASY_MAX_SYLLABLES && g_hash_table_add (seen, g_strdup (word)))
            report (c, spot, KB_PROBLEM_WARNING,
                    _("\"%s\" has %u syllables; in easy reading (\"reading\": \"easy\") a word "
                      "has at most %u"), word, syllables, (guint) KB_EASY_MAX_SYLLABLES);
        }
      if (*p == '\0')
        break;
    }
}

static void
check_easy (Checker          *c,
            const KbDeckSpot *spot,
            const char       *lang,
            const char       *value)
{
  guint words;

  if (lang == NULL || !(g_str_has_prefix (lang, "nl") || g_str_has_prefix (lang, "en")))
    return;
  words = longest_sentence (value);
  if (words > KB_EASY_MAX_WORDS)
    report (c, spot, KB_PROBLEM_WARNING,
            _("a sentence of %u words; in easy reading (\"reading\": \"easy\") a sentence has "
              "at most %u"), words, (guint) KB_EASY_MAX_WORDS);
  check_easy_words (c, spot, lang, value);
}

static void
check_text (Checker          *c,
            const KbDeckSpot *item,
            const char       *field,
            int               role,
            const KbText     *text)
{
  const char * const *languages = kb_deck_get_languages (c->deck);
  gboolean easy = kb_deck_get_reading (c->deck) == KB_READING_EASY &&
                  !g_str_equal (field, "notes");
  KbDeckSpot spot;

  if (text == NULL)
    return;
  if (easy && kb_text_is_plain (text))
    {
      spot = spot_at (item, field, role, NULL);
      check_easy (c, &spot, languages[0], kb_text_get (text, NULL, NULL));
    }
  for (guint i = 0; i < kb_text_get_n_languages (text); i++)
    {
      const char *lang = kb_text_get_language (text, i);

      spot = spot_at (item, field, role, lang);
      if (easy)
        check_easy (c, &spot, lang, kb_text_get_value (text, i));
      if ((c->flags & KB_DECK_CHECK_NO_LANGUAGES) || g_strv_contains (languages, lang))
        continue;
      if (suggest (c, lang, languages) != NULL)
        report (c, &spot, KB_PROBLEM_WARNING,
                _("\"%s\" is not one of the deck's \"languages\"; did you mean \"%s\"?"), lang,
                suggest (c, lang, languages));
      else
        report (c, &spot, KB_PROBLEM_WARNING,
                _("\"%s\" is not one of the deck's \"languages\", so this text is never shown"),
                lang);
    }
  if (c->flags & KB_DECK_CHECK_NO_LANGUAGES)
    return;
  spot = spot_at (item, field, role, NULL);
  for (guint i = 0; languages[i] != NULL; i++)
    if (!kb_text_has (text, languages[i]))
      report (c, &spot, KB_PROBLEM_WARNING,
              _("\"%s\" has no \"%s\" text; the \"%s\" text is shown instead"),
              field, languages[i], kb_text_get_fallback_language (text, languages[0]));
}

/* The reader's messages for the members a file must have, on the model. */
static void
check_required (Checker *c)
{
  KbDeck *deck = c->deck;
  KbDeckSpot item = { KB_DECK_PART_DECK, 0, deck, NULL, -1, NULL };
  KbDeckSpot spot;

  spot = spot_at (&item, "title", -1, NULL);
  if (deck->title == NULL)
    report (c, &spot, KB_PROBLEM_ERROR, _("the required member \"%s\" is missing"), "title");
  spot = spot_at (&item, "categories", -1, NULL);
  if (deck->categories->len == 0)
    report (c, &spot, KB_PROBLEM_ERROR,
            _("\"categories\" is empty; a deck needs at least one category"));
  spot = spot_at (&item, "cards", -1, NULL);
  if (deck->cards->len == 0)
    report (c, &spot, KB_PROBLEM_ERROR, _("\"cards\" is empty; a deck needs at least one card"));
  for (guint i = 0; i < deck->categories->len; i++)
    {
      KbCategory *category = g_ptr_array_index (deck->categories, i);
      KbDeckSpot at = { KB_DECK_PART_CATEGORY, i, category, NULL, -1, NULL };

      spot = spot_at (&at, "name", -1, NULL);
      if (category->name == NULL)
        report (c, &spot, KB_PROBLEM_ERROR, _("the required member \"%s\" is missing"), "name");
      spot = spot_at (&at, "color", -1, NULL);
      if (category->color == NULL)
        report (c, &spot, KB_PROBLEM_ERROR, _("the required member \"%s\" is missing"), "color");
    }
  for (guint i = 0; i < deck->cards->len; i++)
    {
      KbCard *card = g_ptr_array_index (deck->cards, i);
      KbDeckSpot at = { KB_DECK_PART_CARD, i, card, NULL, -1, NULL };

      spot = spot_at (&at, "text", -1, NULL);
      if (card->text == NULL)
        report (c, &spot, KB_PROBLEM_ERROR, _("the required member \"%s\" is missing"), "text");
    }
}

static void
check_color (Checker          *c,
             const KbDeckSpot *item,
             const char       *field,
             const char       *color)
{
  KbDeckSpot spot = spot_at (item, field, -1, NULL);

  if (color != NULL && !kb_color_is_valid (color))
    report (c, &spot, KB_PROBLEM_ERROR,
            _("\"%s\" is not a colour; write it as #RRGGBB, like #C8553D"), color);
}

static void
check_art (Checker          *c,
           const KbDeckSpot *item,
           const char       *field,
           const char       *path)
{
  KbDeckSpot spot = spot_at (item, field, -1, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;

  if (path == NULL)
    return;
  if (!kb_art_check_path (path, &error))
    {
      report (c, &spot, KB_PROBLEM_ERROR, "%s", error->message);
      return;
    }
  if (c->dir == NULL || !g_hash_table_add (c->art_seen, g_strdup (path)))
    return;
  file = kb_art_resolve (c->dir, path, &error);
  if (file == NULL && g_error_matches (error, KB_DECK_ERROR, KB_DECK_ERROR_ART))
    report (c, &spot, KB_PROBLEM_ERROR, "%s", error->message);
  /* A missing picture is a pity, not a reason to refuse the deck: the card shows without it. */
  else if (file == NULL || !kb_art_is_svg (file, path, &error))
    report (c, &spot, KB_PROBLEM_WARNING, "%s", error->message);
}

static void
check_id (Checker          *c,
          const KbDeckSpot *item,
          GHashTable       *seen,
          const char       *id,
          gboolean          is_card)
{
  KbDeckSpot spot = spot_at (item, "id", -1, NULL);

  if (id == NULL || g_hash_table_add (seen, (gpointer) id))
    return;
  if (is_card)
    report (c, &spot, KB_PROBLEM_ERROR, _("there is already a card with the id \"%s\""), id);
  else
    report (c, &spot, KB_PROBLEM_ERROR, _("there is already a category with the id \"%s\""), id);
}

static void
check_symbol (Checker          *c,
              const KbDeckSpot *item,
              KbCategory       *category)
{
  KbDeckSpot spot = spot_at (item, "symbol", -1, NULL);
  const char *symbol = category->symbol;
  const char *suggestion;

  if (symbol != NULL && !kb_symbols_is_known (symbol))
    {
      suggestion = suggest (c, symbol, kb_symbols_get_names ());
      if (suggestion != NULL)
        report (c, &spot, KB_PROBLEM_WARNING, _("unknown symbol \"%s\"; did you mean \"%s\"?"),
                symbol, suggestion);
      else
        {
          g_autofree char *list = g_strjoinv (", ", (char **) kb_symbols_get_names ());
          report (c, &spot, KB_PROBLEM_WARNING, _("unknown symbol \"%s\"; the symbols are: %s"),
                  symbol, list);
        }
    }
  if (category->symbol == NULL && category->icon == NULL)
    report (c, item, KB_PROBLEM_WARNING,
            _("this category has neither \"symbol\" nor \"icon\"; it is told apart by its colour "
              "alone, which not everyone can see"));
}

static void
check_categories (Checker *c)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *categories = c->deck->categories;

  for (guint i = 0; i < categories->len; i++)
    {
      KbCategory *category = g_ptr_array_index (categories, i);
      KbDeckSpot item = { KB_DECK_PART_CATEGORY, i, category, NULL, -1, NULL };

      check_id (c, &item, seen, category->id, FALSE);
      check_text (c, &item, "name", -1, category->name);
      check_color (c, &item, "color", category->color);
      check_symbol (c, &item, category);
      check_art (c, &item, "icon", category->icon);
    }
}

/* A reference to a category the deck lacks, with the id it most likely meant. */
static void
check_category_ref (Checker          *c,
                    const KbDeckSpot *item,
                    const char       *id,
                    KbCategory       *category)
{
  GPtrArray *categories = c->deck->categories;
  KbDeckSpot spot = spot_at (item, "category", -1, NULL);
  g_autofree const char **ids = NULL;
  const char *suggestion;
  guint n = 0;

  if (id == NULL || category != NULL || categories->len == 0)
    return;
  ids = g_new0 (const char *, categories->len + 1);
  for (guint i = 0; i < categories->len; i++)
    if (((KbCategory *) g_ptr_array_index (categories, i))->id != NULL)
      ids[n++] = ((KbCategory *) g_ptr_array_index (categories, i))->id;
  suggestion = suggest (c, id, ids);
  if (suggestion != NULL)
    report (c, &spot, KB_PROBLEM_ERROR, _("there is no category \"%s\"; did you mean \"%s\"?"),
            id, suggestion);
  else
    report (c, &spot, KB_PROBLEM_ERROR, _("there is no category \"%s\" in \"categories\""), id);
}

static void
check_cards (Checker *c)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *cards = c->deck->cards;

  for (guint i = 0; i < cards->len; i++)
    {
      KbCard *card = g_ptr_array_index (cards, i);
      KbDeckSpot item = { KB_DECK_PART_CARD, i, card, NULL, -1, NULL };
      guint n_roles = kb_card_get_n_roles (card);

      check_id (c, &item, seen, card->id, TRUE);
      check_category_ref (c, &item, card->category_id, card->category);
      check_text (c, &item, "title", -1, card->title);
      check_text (c, &item, "text", -1, card->text);
      check_text (c, &item, "notes", -1, card->notes);
      for (guint r = 0; r < n_roles; r++)
        {
          KbRole *role = g_ptr_array_index (card->roles, r);

          check_text (c, &item, "name", (int) r, role->name);
          check_text (c, &item, "brief", (int) r, role->brief);
        }
      if (card->kind != KB_CARD_KIND_CASE && n_roles > 0)
        {
          KbDeckSpot spot = spot_at (&item, "roles", -1, NULL);
          report (c, &spot, KB_PROBLEM_WARNING,
                  _("roles are only shown on cards of the kind \"case\""));
        }
      check_art (c, &item, "image", card->image);
    }
}

static void
check_board (Checker *c)
{
  g_autoptr(GHashTable) used = g_hash_table_new (NULL, NULL);
  KbBoard *board = c->deck->board;

  if (board == NULL)
    return;
  for (guint i = 0; i < c->deck->cards->len; i++)
    g_hash_table_add (used, ((KbCard *) g_ptr_array_index (c->deck->cards, i))->category);
  for (guint i = 0; i < board->squares->len; i++)
    {
      KbSquare *square = g_ptr_array_index (board->squares, i);
      KbDeckSpot item = { KB_DECK_PART_SQUARE, i, square, NULL, -1, NULL };
      KbDeckSpot spot = spot_at (&item, "category", -1, NULL);

      check_category_ref (c, &item, square->category_id, square->category);
      if (square->category != NULL && !g_hash_table_contains (used, square->category))
        report (c, &spot, KB_PROBLEM_WARNING,
                _("the category \"%s\" has no cards, so a player who lands here draws none"),
                square->category_id);
    }
}

/* The reader drops a wrong code with its position; a deck made in the editor has it still. */
static void
check_languages (Checker *c)
{
  const char * const *languages = (const char * const *) c->deck->languages;
  KbDeckSpot item = { KB_DECK_PART_DECK, 0, c->deck, NULL, -1, NULL };
  KbDeckSpot spot = spot_at (&item, "languages", -1, NULL);
  gboolean all_valid = TRUE;

  for (guint i = 0; languages != NULL && languages[i] != NULL; i++)
    {
      if (!kb_text_is_language_code (languages[i]))
        {
          report (c, &spot, KB_PROBLEM_ERROR,
                  _("\"%s\" is not a language code; write one like \"nl\", \"en\" or "
                    "\"pt-BR\""), languages[i]);
          all_valid = FALSE;
        }
      for (guint j = 0; j < i; j++)
        if (g_str_equal (languages[i], languages[j]))
          {
            report (c, &spot, KB_PROBLEM_ERROR, _("the language \"%s\" is listed twice"),
                    languages[i]);
            break;
          }
    }
  if (!all_valid)
    c->flags |= KB_DECK_CHECK_NO_LANGUAGES;
}

/**
 * kb_deck_checker_set_syllable_func:
 * @func: (nullable): counts a word's syllables; %NULL checks no syllables
 *
 * Lets the checker warn about long words in easy-reading decks. Call it once at start.
 */
void
kb_deck_checker_set_syllable_func (KbSyllableFunc func)
{
  g_atomic_pointer_set (&syllable_func, func);
}

/**
 * kb_deck_check:
 * @func: (scope call): called for every problem, in the order of the deck
 *
 * Checks what a deck says, wherever it came from. Art is looked for in the folder of the
 * deck's file; a deck without a file gets only the checks of its paths.
 *
 * Returns: the number of errors (not warnings) found
 */
guint
kb_deck_check (KbDeck            *deck,
               KbDeckCheckFlags   flags,
               KbDeckProblemFunc  func,
               gpointer           user_data)
{
  g_autoptr(GFile) dir = NULL;
  g_autoptr(GHashTable) art_seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Checker c = { deck, flags, func, user_data, 0, 0, NULL, art_seen };
  KbDeckSpot item = { KB_DECK_PART_DECK, 0, deck, NULL, -1, NULL };

  g_return_val_if_fail (KB_IS_DECK (deck), 0);
  g_return_val_if_fail (func != NULL, 0);

  if (deck->file != NULL)
    c.dir = dir = g_file_get_parent (deck->file);

  check_languages (&c);
  if (flags & KB_DECK_CHECK_REQUIRED)
    check_required (&c);
  check_text (&c, &item, "title", -1, deck->title);
  check_text (&c, &item, "description", -1, deck->description);
  check_color (&c, &item, "back/color", deck->back_color);
  check_art (&c, &item, "back/image", deck->back_image);
  check_categories (&c);
  check_cards (&c);
  check_board (&c);
  return c.n_errors;
}
