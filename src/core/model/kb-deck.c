/* The deck: loading entry points, getters and the art a deck may use (see DESIGN.md, format v1).
 * Reading is in kb-deck-reader*.c, writing in kb-deck-writer.c. */
#define G_LOG_DOMAIN "kletsborden-deck"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-art.h"
#include "kb-deck-private.h"
#include "kb-enum-util.h"
#include "kb-guarded-read.h"
#include "kb-limits.h"

G_DEFINE_FINAL_TYPE (KbDeck, kb_deck, G_TYPE_OBJECT)

G_DEFINE_QUARK (kb-deck-error-quark, kb_deck_error)

static const char * const no_strings[] = { NULL };

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
kb_deck_finalize (GObject *object)
{
  KbDeck *self = (KbDeck *) object;

  g_clear_object (&self->file);
  g_free (self->id);
  g_strfreev (self->languages);
  g_clear_pointer (&self->title, kb_text_unref);
  g_clear_pointer (&self->description, kb_text_unref);
  g_strfreev (self->authors);
  g_free (self->license);
  g_free (self->back_color);
  g_free (self->back_image);
  g_clear_pointer (&self->back_extra, json_object_unref);
  g_clear_pointer (&self->card_ids, g_hash_table_unref);
  g_clear_pointer (&self->category_ids, g_hash_table_unref);
  g_clear_pointer (&self->cards, g_ptr_array_unref);
  g_clear_pointer (&self->categories, g_ptr_array_unref);
  g_clear_pointer (&self->board, _kb_board_free);
  g_clear_pointer (&self->extra, json_object_unref);

  G_OBJECT_CLASS (kb_deck_parent_class)->finalize (object);
}

static void
kb_deck_class_init (KbDeckClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = kb_deck_finalize;

  /**
   * KbDeck::changed:
   * @change: (type gpointer): a KbDeckChange, valid during the emission
   *
   * One edit (kb-deck-edit.h) changed the deck. The detail is the part changed: "deck",
   * "category", "card", "board" or "square".
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 1, G_TYPE_POINTER);
}

void
_kb_deck_changed (KbDeck           *deck,
                  KbDeckPart        part,
                  KbDeckChangeKind  kind,
                  guint             index,
                  guint             from,
                  const char       *field)
{
  KbDeckChange change = { part, kind, index, from, field };

  g_signal_emit (deck, signals[CHANGED],
                 g_quark_from_static_string (kb_enum_to_nick (KB_TYPE_DECK_PART, part)),
                 &change);
}

static void
kb_deck_init (KbDeck *self)
{
  self->version = 1;
  self->languages = g_new0 (char *, 1);
  self->categories = g_ptr_array_new_with_free_func ((GDestroyNotify) _kb_category_free);
  self->cards = g_ptr_array_new_with_free_func ((GDestroyNotify) _kb_card_free);
  self->category_ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->card_ids = g_hash_table_new (g_str_hash, g_str_equal);
}

/* The file guard (regular files only, the size cap before reading) is the one all readers share. */
static GBytes *
load_file_bytes (GFile      *file,
                 KbProblems *problems)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = kb_guarded_read_file (file, KB_DECK_MAX_FILE_SIZE, &error);

  if (bytes == NULL)
    kb_problems_add_literal (problems, KB_PROBLEM_ERROR, 1, 1, error->message);
  return bytes;
}

static void
set_error_from_problems (GError     **error,
                         KbProblems  *problems)
{
  g_auto(GStrv) lines = kb_problems_to_strv (problems);
  g_autoptr(GString) message = g_string_new (NULL);
  guint shown = 0, n_errors = kb_problems_get_n_errors (problems);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      /* Warnings are no reason to refuse; the error tells only what has to be fixed. */
      if (i < kb_problems_get_n_items (problems) &&
          kb_problems_get_level (problems, i) != KB_PROBLEM_ERROR)
        continue;
      /* A dialog of 1000 lines cannot be drawn, nor read: the first ones, and where the rest is. */
      if (shown == KB_DECK_MAX_ERRORS_SHOWN)
        {
          g_string_append_c (message, '\n');
          g_string_append_printf (message, ngettext ("… and %u more error; kletsborden "
                                                     "--validate FILE lists them all",
                                                     "… and %u more errors; kletsborden "
                                                     "--validate FILE lists them all",
                                                     n_errors - shown), n_errors - shown);
          break;
        }
      if (message->len > 0)
        g_string_append_c (message, '\n');
      g_string_append (message, lines[i]);
      shown++;
    }
  g_set_error_literal (error, KB_DECK_ERROR, KB_DECK_ERROR_INVALID, message->str);
}

/**
 * kb_deck_load:
 * @file: (nullable): the deck file; its folder is where the art is looked for
 * @bytes: (nullable): the file's contents, when already read; else @file is read
 * @problems: (nullable): receives every error and warning, sorted by position
 *
 * Reads and validates a deck. Warnings do not stop a deck from loading; any error does, and
 * then @error holds every error, one `file:line:column: error: message` per line.
 *
 * Returns: (transfer full) (nullable): the deck, or %NULL when the file has errors
 */
KbDeck *
kb_deck_load (GFile       *file,
              GBytes      *bytes,
              KbProblems  *problems,
              GError     **error)
{
  g_autoptr(KbProblems) own_problems = NULL;
  g_autoptr(GBytes) own_bytes = NULL;
  g_autoptr(KbDeck) self = NULL;

  g_return_val_if_fail (file == NULL || G_IS_FILE (file), NULL);
  g_return_val_if_fail (file != NULL || bytes != NULL, NULL);

  if (problems == NULL)
    problems = own_problems = kb_problems_new (NULL);
  if (*kb_problems_get_display_name (problems) == '\0')
    {
      g_autofree char *name = file != NULL ? g_file_get_parse_name (file) : NULL;
      kb_problems_set_display_name (problems, name != NULL ? name : _("(deck)"));
    }

  if (bytes == NULL)
    bytes = own_bytes = load_file_bytes (file, problems);

  self = g_object_new (KB_TYPE_DECK, NULL);
  self->file = file != NULL ? g_object_ref (file) : NULL;
  if (bytes != NULL)
    _kb_deck_read (self, bytes, file, problems);
  kb_problems_sort (problems);

  if (kb_problems_get_n_errors (problems) > 0)
    {
      set_error_from_problems (error, problems);
      return NULL;
    }
  return g_steal_pointer (&self);
}

/**
 * kb_deck_load_draft:
 * @file: (nullable): the deck's own file, whose folder holds its art; %NULL for a new deck
 * @bytes: what the editor kept of the deck (a draft, an undo step), as kb_deck_to_bytes() wrote it
 *
 * Reads a deck as kb_deck_load() does, but keeps it when the checker finds errors: a deck being
 * made has them (no cards yet, a text not written yet), and the editor must get it back as it was.
 *
 * Returns: (transfer full) (nullable): the deck, or %NULL when @bytes hold no deck at all
 */
KbDeck *
kb_deck_load_draft (GFile   *file,
                    GBytes  *bytes,
                    GError **error)
{
  g_autoptr(KbProblems) problems = kb_problems_new (_("(draft)"));
  g_autoptr(KbDeck) self = NULL;

  g_return_val_if_fail (file == NULL || G_IS_FILE (file), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);

  self = g_object_new (KB_TYPE_DECK, NULL);
  self->file = file != NULL ? g_object_ref (file) : NULL;
  _kb_deck_read (self, bytes, file, problems);
  kb_problems_sort (problems);
  /* What every edit relies on: an id and a language to fall back to. (No title yet is fine: a
   * deck being made may have none, as it may have no cards.) */
  if (self->id == NULL || self->languages[0] == NULL)
    {
      set_error_from_problems (error, problems);
      return NULL;
    }
  return g_steal_pointer (&self);
}

KbDeck *
kb_deck_new_from_file (GFile   *file,
                       GError **error)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  return kb_deck_load (file, NULL, NULL, error);
}

/**
 * kb_deck_get_file:
 *
 * Returns: (nullable): the file the deck was read from; %NULL for a deck read from bytes
 */
GFile *
kb_deck_get_file (KbDeck *self)
{
  g_return_val_if_fail (KB_IS_DECK (self), NULL);
  return self->file;
}

/**
 * kb_deck_set_file:
 *
 * Where the deck is kept from now on (after its first save): its art is found beside @file.
 */
void
kb_deck_set_file (KbDeck *self,
                  GFile  *file)
{
  g_return_if_fail (KB_IS_DECK (self));
  g_set_object (&self->file, file);
}

const char *
kb_deck_get_id (KbDeck *self)
{
  g_return_val_if_fail (KB_IS_DECK (self), NULL);
  return self->id;
}

const char * const *
kb_deck_get_languages (KbDeck *self)
{
  g_return_val_if_fail (KB_IS_DECK (self), NULL);
  return (const char * const *) self->languages;
}

const char *
kb_deck_get_fallback_language (KbDeck *self)
{
  g_return_val_if_fail (KB_IS_DECK (self), NULL);
  return self->languages[0];
}

const char *
kb_deck_get_title (KbDeck     *self,
                   const char *lang)
{
  g_return_val_if_fail (KB_IS_DECK (self), NULL);
  /* A deck being made in the editor has no title yet; everything that draws one draws "". */
  if (self->title == NULL)
    return "";
  return kb_text_get (self->title, lang, self->languages[0]);
}

/**
 * kb_deck_get_description:
 *
 * Returns: (nullable): the description in @lang or the fallback language
 */
const char *
kb_deck_get_description (KbDeck     *self,
                         const char *lang)
{
  g_return_val_if_fail (KB_IS_DECK (self), NULL);
  if (self->description == NULL)
    return NULL;
  return kb_text_get (self->description, lang, self->languages[0]);
}

const KbText *
kb_deck_get_title_text (KbDeck *self)
{
  g_return_val_if_fail (KB_IS_DECK (self), NULL);
  return self->title;
}

const KbText *
kb_deck_get_description_text (KbDeck *self)
{
  g_return_val_if_fail (KB_IS_DECK (self), NULL);
  return self->description;
}

/**
 * kb_deck_pick_language:
 * @preferred: (nullable): languages in order of preference, as g_get_language_names() gives them
 *
 * Returns: the first preferred language the deck has, else its fallback language.
 */
const char *
kb_deck_pick_language (KbDeck             *self,
                       const char * const *preferred)
{
  g_return_val_if_fail (KB_IS_DECK (self), NULL);

  for (guint i = 0; preferred != NULL && preferred[i] != NULL; i++)
    for (guint j = 0; self->languages[j] != NULL; j++)
      if (g_str_equal (preferred[i], self->languages[j]))
        return self->languages[j];
  return self->languages[0];
}

/**
 * kb_deck_get_authors:
 *
 * Returns: (array zero-terminated=1): never %NULL
 */
const char * const *
kb_deck_get_authors (KbDeck *self)
{
  g_return_val_if_fail (KB_IS_DECK (self), no_strings);
  return self->authors != NULL ? (const char * const *) self->authors : no_strings;
}

/**
 * kb_deck_get_license:
 *
 * Returns: (nullable): an SPDX identifier such as "CC-BY-4.0", as the deck gives it
 */
const char *
kb_deck_get_license (KbDeck *self)
{
  g_return_val_if_fail (KB_IS_DECK (self), NULL);
  return self->license;
}

/**
 * kb_deck_get_reading:
 *
 * Returns: how the deck is written; %KB_READING_EASY for plain language, else %KB_READING_NONE
 */
KbReading
kb_deck_get_reading (KbDeck *self)
{
  g_return_val_if_fail (KB_IS_DECK (self), KB_READING_NONE);
  return self->reading;
}

/**
 * kb_deck_get_back_color:
 *
 * Returns: (nullable): "#RRGGBB" for the backs of the cards
 */
const char *
kb_deck_get_back_color (KbDeck *self)
{
  g_return_val_if_fail (KB_IS_DECK (self), NULL);
  return kb_color_is_valid (self->back_color) ? self->back_color : NULL;
}

/**
 * kb_deck_get_back_image:
 *
 * Returns: (nullable): an SVG relative to the deck's folder; open it with kb_deck_resolve_art()
 */
const char *
kb_deck_get_back_image (KbDeck *self)
{
  g_return_val_if_fail (KB_IS_DECK (self), NULL);
  return self->back_image;
}

guint
kb_deck_get_n_categories (KbDeck *self)
{
  g_return_val_if_fail (KB_IS_DECK (self), 0);
  return self->categories->len;
}

KbCategory *
kb_deck_get_category (KbDeck *self,
                      guint   index)
{
  g_return_val_if_fail (KB_IS_DECK (self), NULL);
  g_return_val_if_fail (index < self->categories->len, NULL);
  return g_ptr_array_index (self->categories, index);
}

/**
 * kb_deck_find_category:
 *
 * Returns: (nullable): the category with @id
 */
KbCategory *
kb_deck_find_category (KbDeck     *self,
                       const char *id)
{
  g_return_val_if_fail (KB_IS_DECK (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return g_hash_table_lookup (self->category_ids, id);
}

guint
kb_deck_get_n_cards (KbDeck *self)
{
  g_return_val_if_fail (KB_IS_DECK (self), 0);
  return self->cards->len;
}

KbCard *
kb_deck_get_card (KbDeck *self,
                  guint   index)
{
  g_return_val_if_fail (KB_IS_DECK (self), NULL);
  g_return_val_if_fail (index < self->cards->len, NULL);
  return g_ptr_array_index (self->cards, index);
}

/**
 * kb_deck_find_card:
 *
 * Returns: (nullable): the card with @id
 */
KbCard *
kb_deck_find_card (KbDeck     *self,
                   const char *id)
{
  g_return_val_if_fail (KB_IS_DECK (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return g_hash_table_lookup (self->card_ids, id);
}

/**
 * kb_deck_get_board:
 *
 * Returns: (nullable): the board, when the deck can be played as a board game
 */
KbBoard *
kb_deck_get_board (KbDeck *self)
{
  g_return_val_if_fail (KB_IS_DECK (self), NULL);
  return self->board;
}

/**
 * kb_deck_resolve_art:
 * @relative_path: a path as the deck gives it (a card's image, a category's icon, the back)
 *
 * Finds an art file of the deck. Fails for a path that is absolute, contains "..", or leads
 * through a symbolic link to outside the deck's folder, and for a file that does not exist.
 *
 * Returns: (transfer full) (nullable): the file to read
 */
GFile *
kb_deck_resolve_art (KbDeck      *self,
                     const char  *relative_path,
                     GError     **error)
{
  g_autoptr(GFile) dir = NULL;

  g_return_val_if_fail (KB_IS_DECK (self), NULL);
  g_return_val_if_fail (relative_path != NULL, NULL);

  if (self->file == NULL || (dir = g_file_get_parent (self->file)) == NULL)
    {
      g_set_error (error, KB_DECK_ERROR, KB_DECK_ERROR_ART,
                   _("the art \"%s\" cannot be found: the deck was not read from a folder"),
                   relative_path);
      return NULL;
    }
  return kb_art_resolve (dir, relative_path, error);
}
