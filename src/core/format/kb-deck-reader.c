/* Reads format v1 (DESIGN.md): the locator checks the syntax and records positions, json-glib
 * builds the tree, and one walk over both fills the deck and collects every problem. */
#define G_LOG_DOMAIN "kletsborden-reader"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "kb-deck-checker.h"
#include "kb-deck-reader-private.h"
#include "kb-limits.h"

static const char * const deck_keys[] = {
  "format", "version", "id", "languages", "reading", "title", "description", "authors",
  "license", "back", "categories", "cards", "board", NULL
};
static const char * const back_keys[] = { "color", "image", NULL };
static const char * const category_keys[] = { "id", "name", "color", "symbol", "icon", NULL };

static void
read_languages (KbReader *reader,
                KbValue  *value)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();
  KbValue element;
  guint n = 0;
  gboolean all_valid = TRUE;

  if (!_kb_reader_is_array (reader, value, "languages"))
    return;
  KB_READER_FOREACH_ELEMENT (reader, value, i, &element)
    {
      const char *code = _kb_reader_string (reader, &element, "languages");

      all_valid &= code != NULL && kb_text_is_language_code (code);
      if (code == NULL)
        continue;
      if (!kb_text_is_language_code (code))
        {
          _kb_reader_problem (reader, KB_PROBLEM_ERROR, element.loc, FALSE,
                              _("\"%s\" is not a language code; write one like \"nl\", "
                                "\"en\" or \"pt-BR\""), code);
          continue;
        }
      if (g_ptr_array_find_with_equal_func (seen, code, g_str_equal, NULL))
        {
          _kb_reader_problem (reader, KB_PROBLEM_ERROR, element.loc, FALSE,
                              _("the language \"%s\" is listed twice"), code);
          continue;
        }
      if (++n > KB_DECK_MAX_LANGUAGES)
        {
          _kb_reader_problem (reader, KB_PROBLEM_ERROR, element.loc, FALSE,
                              _("too many languages; a deck has at most %u"),
                              (guint) KB_DECK_MAX_LANGUAGES);
          break;
        }
      g_ptr_array_add (seen, (gpointer) code);
      g_strv_builder_add (builder, code);
    }
  if (seen->len == 0)
    {
      _kb_reader_problem (reader, KB_PROBLEM_ERROR, value->loc, FALSE,
                          _("\"languages\" needs at least one language code; the first is the "
                            "one shown when a text lacks a language"));
      return;
    }
  g_strfreev (reader->deck->languages);
  reader->deck->languages = g_strv_builder_end (builder);
  /* With a wrong code in the list, every text would warn about it: only noise. */
  reader->languages_ok = all_valid;
}

static void
read_back (KbReader *reader,
           KbValue  *back)
{
  KbDeck *deck = reader->deck;
  KbValue member;

  if (!_kb_reader_is_object (reader, back, "back"))
    return;
  deck->has_back = TRUE;
  deck->back_extra = _kb_reader_check_keys (reader, back, back_keys);
  if (_kb_reader_member (reader, back, "color", &member))
    deck->back_color = _kb_reader_marked_string (reader, &member, "color", deck, "back/color");
  if (_kb_reader_member (reader, back, "image", &member))
    deck->back_image = _kb_reader_marked_string (reader, &member, "image", deck, "back/image");
}

static void
read_category (KbReader *reader,
               KbValue  *value)
{
  KbDeck *deck = reader->deck;
  KbCategory *category;
  KbValue member;

  if (!_kb_reader_is_object (reader, value, "categories"))
    return;

  category = _kb_category_new ();
  g_ptr_array_add (deck->categories, category);
  category->extra = _kb_reader_check_keys (reader, value, category_keys);
  _kb_reader_mark (reader, category, NULL, -1, value->loc, FALSE);

  /* A second category with the same id is the checker's to report: the first keeps it. */
  if (_kb_reader_require (reader, value, "id", &member))
    {
      category->id = _kb_reader_id (reader, &member, "id");
      _kb_reader_mark (reader, category, "id", -1, member.loc, FALSE);
      if (category->id != NULL && !g_hash_table_contains (deck->category_ids, category->id))
        g_hash_table_insert (deck->category_ids, category->id, category);
    }
  if (_kb_reader_require (reader, value, "name", &member))
    category->name = _kb_reader_text (reader, &member, "name", category, -1);
  if (_kb_reader_require (reader, value, "color", &member))
    category->color = _kb_reader_marked_string (reader, &member, "color", category, "color");
  if (_kb_reader_member (reader, value, "symbol", &member))
    category->symbol = _kb_reader_marked_string (reader, &member, "symbol", category, "symbol");
  if (_kb_reader_member (reader, value, "icon", &member))
    category->icon = _kb_reader_marked_string (reader, &member, "icon", category, "icon");
}

void
_kb_reader_read_categories (KbReader *reader,
                            KbValue  *categories)
{
  KbValue element;
  guint n;

  if (!_kb_reader_is_array (reader, categories, "categories"))
    return;
  n = json_array_get_length (json_node_get_array (categories->node));
  if (n == 0)
    _kb_reader_problem (reader, KB_PROBLEM_ERROR, categories->loc, FALSE,
                        _("\"categories\" is empty; a deck needs at least one category"));
  if (n > KB_DECK_MAX_CATEGORIES)
    {
      _kb_reader_problem (reader, KB_PROBLEM_ERROR, categories->loc, FALSE,
                          _("too many categories (%u); a deck has at most %u"), n,
                          (guint) KB_DECK_MAX_CATEGORIES);
      return;
    }
  KB_READER_FOREACH_ELEMENT (reader, categories, i, &element)
    read_category (reader, &element);
}

static gboolean
read_format (KbReader *reader,
             KbValue  *root)
{
  KbValue member;
  const char *format;
  gint64 version;

  if (!_kb_reader_require (reader, root, "format", &member))
    return FALSE;
  format = _kb_reader_string (reader, &member, "format");
  if (format == NULL)
    return FALSE;
  if (!g_str_equal (format, "kletsborden-deck"))
    {
      _kb_reader_problem (reader, KB_PROBLEM_ERROR, member.loc, FALSE,
                          _("this is not a Kletsborden deck: \"format\" must be "
                            "\"kletsborden-deck\""));
      return FALSE;
    }

  if (_kb_reader_require (reader, root, "version", &member) &&
      _kb_reader_integer (reader, &member, "version", &version))
    {
      if (version < 1)
        _kb_reader_problem (reader, KB_PROBLEM_ERROR, member.loc, FALSE,
                            _("\"version\" must be 1"));
      else if (version > 1)
        {
          g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, version);
          _kb_reader_problem (reader, KB_PROBLEM_WARNING, member.loc, FALSE,
                              _("this deck is made for a newer version of Kletsborden (format "
                                "%s); what this version does not know is ignored"), number);
        }
      reader->deck->version = version;
    }
  return TRUE;
}

/* Returns: %TRUE when the file is a deck, whose content the checker can look at */
static gboolean
read_deck (KbReader *reader,
           KbValue  *root)
{
  KbDeck *deck = reader->deck;
  KbValue member;
  int v;

  if (!JSON_NODE_HOLDS_OBJECT (root->node))
    {
      _kb_reader_problem (reader, KB_PROBLEM_ERROR, root->loc, FALSE,
                          _("a deck must be a JSON object ({ … })"));
      return FALSE;
    }
  /* Without the right "format" the rest is some other file: its problems would be noise. */
  if (!read_format (reader, root))
    return FALSE;
  deck->extra = _kb_reader_check_keys (reader, root, deck_keys);

  if (_kb_reader_require (reader, root, "id", &member))
    deck->id = _kb_reader_id (reader, &member, "id");
  if (_kb_reader_require (reader, root, "languages", &member))
    read_languages (reader, &member);
  if (_kb_reader_require (reader, root, "title", &member))
    deck->title = _kb_reader_text (reader, &member, "title", deck, -1);
  if (_kb_reader_member (reader, root, "description", &member))
    deck->description = _kb_reader_text (reader, &member, "description", deck, -1);
  if (_kb_reader_member (reader, root, "authors", &member))
    deck->authors = _kb_reader_strings (reader, &member, "authors", KB_DECK_MAX_AUTHORS);
  if (_kb_reader_member (reader, root, "license", &member))
    {
      const char *license = _kb_reader_string (reader, &member, "license");
      if (license != NULL && *license == '\0')
        _kb_reader_problem (reader, KB_PROBLEM_ERROR, member.loc, FALSE,
                            _("\"%s\" is empty"), "license");
      deck->license = g_strdup (license);
    }
  if (_kb_reader_member (reader, root, "reading", &member) &&
      _kb_reader_enum (reader, &member, "reading", KB_TYPE_READING, &v))
    deck->reading = (KbReading) v;
  if (_kb_reader_member (reader, root, "back", &member))
    read_back (reader, &member);
  if (_kb_reader_require (reader, root, "categories", &member))
    _kb_reader_read_categories (reader, &member);
  if (_kb_reader_require (reader, root, "cards", &member))
    _kb_reader_read_cards (reader, &member);
  if (_kb_reader_member (reader, root, "board", &member))
    _kb_reader_read_board (reader, &member);
  return TRUE;
}

/* The checker's problems, at the place in the file of the spot it names. */
static void
on_problem (const KbDeckSpot *spot,
            KbProblemLevel    level,
            const char       *message,
            gpointer          data)
{
  KbReader *reader = data;
  gboolean at_key = FALSE;
  guint loc = _kb_reader_find_spot (reader, spot->item, spot->field, spot->role, spot->lang,
                                    &at_key);
  guint line = 1, column = 1;

  if (loc == KB_LOC_NONE && spot->field != NULL)
    /* A spot the reader did not see: the item it belongs to. */
    loc = _kb_reader_find_spot (reader, spot->item, NULL, -1, NULL, &at_key);
  if (loc != KB_LOC_NONE && at_key)
    kb_json_locator_key_position (reader->loc, loc, &line, &column);
  else if (loc != KB_LOC_NONE)
    kb_json_locator_position (reader->loc, loc, &line, &column);
  kb_problems_add_literal (reader->problems, level, line, column, message);
}

/**
 * _kb_deck_read:
 * @file: (nullable): the deck's file, whose folder holds its art
 *
 * Fills @deck from @bytes; every problem goes to @problems, unsorted.
 *
 * Returns: %TRUE when no error was found
 */
gboolean
_kb_deck_read (KbDeck     *deck,
               GBytes     *bytes,
               GFile      *file,
               KbProblems *problems)
{
  g_autoptr(KbJsonLocator) loc = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) error = NULL;
  guint n_errors = kb_problems_get_n_errors (problems);
  KbReader reader = { deck, problems, NULL, FALSE, NULL, NULL };
  KbValue root;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  if (size > KB_DECK_MAX_FILE_SIZE)
    {
      kb_problems_add (problems, KB_PROBLEM_ERROR, 1, 1,
                       _("the file is too large (%.1f MB); a deck may be at most %u MB"),
                       size / (1024.0 * 1024.0), (guint) (KB_DECK_MAX_FILE_SIZE / (1024 * 1024)));
      return FALSE;
    }
  if (data == NULL)
    data = "";

  loc = kb_json_locator_new (data, size, problems);
  if (loc == NULL)
    return FALSE;

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data + kb_json_locator_get_offset (loc),
                                   (gssize) (size - kb_json_locator_get_offset (loc)), &error))
    {
      /* The locator is stricter than json-glib, so this is not expected; say what it said. */
      kb_problems_add (problems, KB_PROBLEM_ERROR, 1, 1, "%s", error->message);
      return FALSE;
    }

  reader.loc = loc;
  root.node = json_parser_get_root (parser);
  root.loc = kb_json_locator_root (loc);
  if (root.node == NULL)
    {
      kb_problems_add (problems, KB_PROBLEM_ERROR, 1, 1,
                       _("the file is empty; a deck is a JSON object"));
      return FALSE;
    }
  _kb_reader_init_spots (&reader);
  if (read_deck (&reader, &root))
    kb_deck_check (deck, reader.languages_ok ? KB_DECK_CHECK_DEFAULT : KB_DECK_CHECK_NO_LANGUAGES,
                   on_problem, &reader);
  _kb_reader_clear_spots (&reader);
  return kb_problems_get_n_errors (problems) == n_errors;
}
