/* Edits of the deck itself, its categories and its board (kb-deck-edit.h); cards are in
 * kb-card-edit.c. Each edit changes the model, then emits KbDeck::changed once. */
#define G_LOG_DOMAIN "kletsborden-deck"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "kb-deck-private.h"
#include "kb-limits.h"

#define CHANGED(self, part, kind, index, field) \
  _kb_deck_changed ((self), (part), (kind), (index), (index), (field))

/**
 * kb_deck_new:
 * @languages: at least one language code; the first is the fallback
 *
 * An empty deck for the editor, with no file yet. It has no categories and no cards, so the
 * checker reports it until it has.
 *
 * Returns: (transfer full): the deck
 */
KbDeck *
kb_deck_new (const char         *id,
             const char * const *languages)
{
  KbDeck *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (languages != NULL && languages[0] != NULL, NULL);

  self = g_object_new (KB_TYPE_DECK, NULL);
  self->id = g_strdup (id);
  g_strfreev (self->languages);
  self->languages = g_strdupv ((char **) languages);
  self->title = kb_text_new_plain (id);
  return self;
}

char *
_kb_deck_unique_id (GHashTable *ids,
                    const char *base)
{
  char *id = NULL;

  for (guint n = 2; id == NULL || g_hash_table_contains (ids, id); n++)
    {
      g_free (id);
      id = g_strdup_printf ("%s-%u", base, n);
    }
  return id;
}

/* A text of the deck changes: a new KbText replaces the old one (see kb_text_edit()). */
void
_kb_deck_edit_text (KbDeck     *self,
           KbText    **slot,
           const char *lang,
           const char *value)
{
  KbText *edited = kb_text_edit (*slot, lang, value, (const char * const *) self->languages);

  g_clear_pointer (slot, kb_text_unref);
  *slot = edited;
}

void
_kb_deck_set_string (char       **slot,
            const char  *value)
{
  char *copy = g_strdup (value != NULL && *value != '\0' ? value : NULL);

  g_free (*slot);
  *slot = copy;
}

void
kb_deck_set_title (KbDeck     *self,
                   const char *lang,
                   const char *value)
{
  g_return_if_fail (KB_IS_DECK (self));
  _kb_deck_edit_text (self, &self->title, lang, value);
  CHANGED (self, KB_DECK_PART_DECK, KB_DECK_CHANGE_SET, 0, "title");
}

void
kb_deck_set_description (KbDeck     *self,
                         const char *lang,
                         const char *value)
{
  g_return_if_fail (KB_IS_DECK (self));
  _kb_deck_edit_text (self, &self->description, lang, value);
  CHANGED (self, KB_DECK_PART_DECK, KB_DECK_CHANGE_SET, 0, "description");
}

/**
 * kb_deck_set_authors:
 * @authors: (nullable) (array zero-terminated=1): %NULL leaves "authors" out of the file
 */
void
kb_deck_set_authors (KbDeck             *self,
                     const char * const *authors)
{
  g_return_if_fail (KB_IS_DECK (self));
  g_strfreev (self->authors);
  self->authors = g_strdupv ((char **) authors);
  CHANGED (self, KB_DECK_PART_DECK, KB_DECK_CHANGE_SET, 0, "authors");
}

void
kb_deck_set_license (KbDeck     *self,
                     const char *license)
{
  g_return_if_fail (KB_IS_DECK (self));
  _kb_deck_set_string (&self->license, license);
  CHANGED (self, KB_DECK_PART_DECK, KB_DECK_CHANGE_SET, 0, "license");
}

/**
 * kb_deck_set_languages:
 *
 * Sets the deck's languages; the first is the fallback. Texts keep what they have: a text in a
 * language no longer listed is the checker's to report.
 */
gboolean
kb_deck_set_languages (KbDeck              *self,
                       const char * const  *languages,
                       GError             **error)
{
  g_return_val_if_fail (KB_IS_DECK (self), FALSE);

  if (languages == NULL || languages[0] == NULL)
    {
      g_set_error_literal (error, KB_DECK_ERROR, KB_DECK_ERROR_EDIT,
                           _("\"languages\" needs at least one language code; the first is the "
                             "one shown when a text lacks a language"));
      return FALSE;
    }
  g_strfreev (self->languages);
  self->languages = g_strdupv ((char **) languages);
  CHANGED (self, KB_DECK_PART_DECK, KB_DECK_CHANGE_SET, 0, "languages");
  return TRUE;
}

void
kb_deck_set_reading (KbDeck    *self,
                     KbReading  reading)
{
  g_return_if_fail (KB_IS_DECK (self));
  self->reading = reading;
  CHANGED (self, KB_DECK_PART_DECK, KB_DECK_CHANGE_SET, 0, "reading");
}

static void
update_has_back (KbDeck *self)
{
  self->has_back = self->back_color != NULL || self->back_image != NULL ||
                   self->back_extra != NULL;
}

void
kb_deck_set_back_color (KbDeck     *self,
                        const char *color)
{
  g_return_if_fail (KB_IS_DECK (self));
  _kb_deck_set_string (&self->back_color, color);
  update_has_back (self);
  CHANGED (self, KB_DECK_PART_DECK, KB_DECK_CHANGE_SET, 0, "back");
}

void
kb_deck_set_back_image (KbDeck     *self,
                        const char *path)
{
  g_return_if_fail (KB_IS_DECK (self));
  _kb_deck_set_string (&self->back_image, path);
  update_has_back (self);
  CHANGED (self, KB_DECK_PART_DECK, KB_DECK_CHANGE_SET, 0, "back");
}

static guint
category_index (KbDeck     *self,
                KbCategory *category)
{
  guint index = G_MAXUINT;

  g_ptr_array_find (self->categories, category, &index);
  return index;
}

/* Cards and squares point to their category: after an edit of the ids, point again. */
void
_kb_deck_relink_categories (KbDeck *self)
{
  for (guint i = 0; i < self->cards->len; i++)
    {
      KbCard *card = g_ptr_array_index (self->cards, i);
      card->category = card->category_id != NULL
        ? g_hash_table_lookup (self->category_ids, card->category_id) : NULL;
    }
  for (guint i = 0; self->board != NULL && i < self->board->squares->len; i++)
    {
      KbSquare *square = g_ptr_array_index (self->board->squares, i);
      square->category = square->category_id != NULL
        ? g_hash_table_lookup (self->category_ids, square->category_id) : NULL;
    }
}

gboolean
_kb_deck_check_new_id (GHashTable  *ids,
              const char  *id,
              KbDeckPart   part,
              GError     **error)
{
  if (id == NULL || *id == '\0')
    {
      g_set_error (error, KB_DECK_ERROR, KB_DECK_ERROR_EDIT, _("\"%s\" is empty"), "id");
      return FALSE;
    }
  if (g_hash_table_contains (ids, id) && part == KB_DECK_PART_CARD)
    {
      g_set_error (error, KB_DECK_ERROR, KB_DECK_ERROR_EDIT,
                   _("there is already a card with the id \"%s\""), id);
      return FALSE;
    }
  if (g_hash_table_contains (ids, id))
    {
      g_set_error (error, KB_DECK_ERROR, KB_DECK_ERROR_EDIT,
                   _("there is already a category with the id \"%s\""), id);
      return FALSE;
    }
  return TRUE;
}

/**
 * kb_deck_add_category:
 * @index: where it goes; the number of categories or more puts it at the end
 *
 * Returns: (transfer none) (nullable): the new category, grey and named after @id; %NULL when
 *   @id is empty or taken
 */
KbCategory *
kb_deck_add_category (KbDeck      *self,
                      guint        index,
                      const char  *id,
                      GError     **error)
{
  KbCategory *category;

  g_return_val_if_fail (KB_IS_DECK (self), NULL);

  if (!_kb_deck_check_new_id (self->category_ids, id,
                     KB_DECK_PART_CATEGORY, error))
    return NULL;
  category = _kb_category_new ();
  category->id = g_strdup (id);
  category->name = kb_text_new_plain (id);
  category->color = g_strdup ("#888888");
  index = MIN (index, self->categories->len);
  g_ptr_array_insert (self->categories, (int) index, category);
  g_hash_table_insert (self->category_ids, category->id, category);
  _kb_deck_relink_categories (self);
  CHANGED (self, KB_DECK_PART_CATEGORY, KB_DECK_CHANGE_ADD, index, NULL);
  return category;
}

/**
 * kb_deck_remove_category:
 *
 * Refuses while a card or a square uses the category: move those first.
 */
gboolean
kb_deck_remove_category (KbDeck  *self,
                         guint    index,
                         GError **error)
{
  KbCategory *category;
  guint users = 0;

  g_return_val_if_fail (KB_IS_DECK (self), FALSE);
  g_return_val_if_fail (index < self->categories->len, FALSE);

  category = g_ptr_array_index (self->categories, index);
  for (guint i = 0; i < self->cards->len; i++)
    users += ((KbCard *) g_ptr_array_index (self->cards, i))->category == category;
  for (guint i = 0; self->board != NULL && i < self->board->squares->len; i++)
    users += ((KbSquare *) g_ptr_array_index (self->board->squares, i))->category == category;
  if (users > 0)
    {
      g_set_error (error, KB_DECK_ERROR, KB_DECK_ERROR_EDIT,
                   g_dngettext (GETTEXT_PACKAGE,
                                "the category \"%s\" is still used %u time; give that card or "
                                "square another category first",
                                "the category \"%s\" is still used %u times; give those cards "
                                "and squares another category first", users),
                   category->id, users);
      return FALSE;
    }
  if (category->id != NULL)
    g_hash_table_remove (self->category_ids, category->id);
  g_ptr_array_remove_index (self->categories, index);
  CHANGED (self, KB_DECK_PART_CATEGORY, KB_DECK_CHANGE_REMOVE, index, NULL);
  return TRUE;
}

/* Moves an element of @array from @from to @to (both in range), keeping the others in order. */
void
_kb_deck_move_in (GPtrArray *array,
         guint      from,
         guint      to)
{
  gpointer item = array->pdata[from];

  if (from < to)
    memmove (&array->pdata[from], &array->pdata[from + 1], (to - from) * sizeof (gpointer));
  else
    memmove (&array->pdata[to + 1], &array->pdata[to], (from - to) * sizeof (gpointer));
  array->pdata[to] = item;
}

void
kb_deck_move_category (KbDeck *self,
                       guint   from,
                       guint   to)
{
  g_return_if_fail (KB_IS_DECK (self));
  g_return_if_fail (from < self->categories->len && to < self->categories->len);

  _kb_deck_move_in (self->categories, from, to);
  _kb_deck_changed (self, KB_DECK_PART_CATEGORY, KB_DECK_CHANGE_MOVE, to, from, NULL);
}

/**
 * kb_deck_duplicate_category:
 *
 * Returns: (transfer none): the copy, right after the original, with a new id ("ID-2" …)
 */
KbCategory *
kb_deck_duplicate_category (KbDeck *self,
                            guint   index)
{
  KbCategory *copy;

  g_return_val_if_fail (KB_IS_DECK (self), NULL);
  g_return_val_if_fail (index < self->categories->len, NULL);

  copy = _kb_category_copy (g_ptr_array_index (self->categories, index));
  {
    g_autofree char *base = g_steal_pointer (&copy->id);
    copy->id = _kb_deck_unique_id (self->category_ids, base != NULL ? base : "category");
  }
  g_ptr_array_insert (self->categories, (int) index + 1, copy);
  g_hash_table_insert (self->category_ids, copy->id, copy);
  CHANGED (self, KB_DECK_PART_CATEGORY, KB_DECK_CHANGE_ADD, index + 1, NULL);
  return copy;
}

/**
 * kb_deck_set_category_id:
 *
 * Renames a category; its cards and squares follow.
 */
gboolean
kb_deck_set_category_id (KbDeck      *self,
                         KbCategory  *category,
                         const char  *id,
                         GError     **error)
{
  g_autofree char *old = NULL;

  g_return_val_if_fail (KB_IS_DECK (self), FALSE);
  g_return_val_if_fail (category_index (self, category) != G_MAXUINT, FALSE);

  if (g_strcmp0 (category->id, id) == 0)
    return TRUE;
  if (!_kb_deck_check_new_id (self->category_ids, id,
                     KB_DECK_PART_CATEGORY, error))
    return FALSE;
  old = g_steal_pointer (&category->id);
  if (old != NULL)
    g_hash_table_remove (self->category_ids, old);
  category->id = g_strdup (id);
  g_hash_table_insert (self->category_ids, category->id, category);
  for (guint i = 0; i < self->cards->len; i++)
    {
      KbCard *card = g_ptr_array_index (self->cards, i);
      if (card->category == category)
        _kb_deck_set_string (&card->category_id, id);
    }
  for (guint i = 0; self->board != NULL && i < self->board->squares->len; i++)
    {
      KbSquare *square = g_ptr_array_index (self->board->squares, i);
      if (square->category == category)
        _kb_deck_set_string (&square->category_id, id);
    }
  CHANGED (self, KB_DECK_PART_CATEGORY, KB_DECK_CHANGE_SET, category_index (self, category),
           "id");
  return TRUE;
}

void
kb_deck_set_category_name (KbDeck     *self,
                           KbCategory *category,
                           const char *lang,
                           const char *value)
{
  g_return_if_fail (KB_IS_DECK (self));
  g_return_if_fail (category_index (self, category) != G_MAXUINT);

  _kb_deck_edit_text (self, &category->name, lang, value);
  CHANGED (self, KB_DECK_PART_CATEGORY, KB_DECK_CHANGE_SET, category_index (self, category),
           "name");
}

static void
set_category_string (KbDeck     *self,
                     KbCategory *category,
                     char      **slot,
                     const char *value,
                     const char *field)
{
  _kb_deck_set_string (slot, value);
  CHANGED (self, KB_DECK_PART_CATEGORY, KB_DECK_CHANGE_SET, category_index (self, category),
           field);
}

void
kb_deck_set_category_color (KbDeck     *self,
                            KbCategory *category,
                            const char *color)
{
  g_return_if_fail (KB_IS_DECK (self));
  g_return_if_fail (category_index (self, category) != G_MAXUINT);
  set_category_string (self, category, &category->color, color, "color");
}

void
kb_deck_set_category_symbol (KbDeck     *self,
                             KbCategory *category,
                             const char *symbol)
{
  g_return_if_fail (KB_IS_DECK (self));
  g_return_if_fail (category_index (self, category) != G_MAXUINT);
  set_category_string (self, category, &category->symbol, symbol, "symbol");
}

void
kb_deck_set_category_icon (KbDeck     *self,
                           KbCategory *category,
                           const char *path)
{
  g_return_if_fail (KB_IS_DECK (self));
  g_return_if_fail (category_index (self, category) != G_MAXUINT);
  set_category_string (self, category, &category->icon, path, "icon");
}

/**
 * kb_deck_set_has_board:
 *
 * Gives the deck an empty board (a loop with a six-sided die), or takes its board away.
 */
void
kb_deck_set_has_board (KbDeck   *self,
                       gboolean  has_board)
{
  g_return_if_fail (KB_IS_DECK (self));

  if ((self->board != NULL) == (has_board != FALSE))
    return;
  if (has_board)
    self->board = _kb_board_new ();
  else
    g_clear_pointer (&self->board, _kb_board_free);
  CHANGED (self, KB_DECK_PART_BOARD, has_board ? KB_DECK_CHANGE_ADD : KB_DECK_CHANGE_REMOVE, 0,
           NULL);
}

void
kb_deck_set_board_shape (KbDeck       *self,
                         KbBoardShape  shape)
{
  g_return_if_fail (KB_IS_DECK (self));
  g_return_if_fail (self->board != NULL);

  self->board->shape = shape;
  self->board->has_shape = TRUE;
  CHANGED (self, KB_DECK_PART_BOARD, KB_DECK_CHANGE_SET, 0, "shape");
}

void
kb_deck_set_board_die (KbDeck *self,
                       guint   die)
{
  g_return_if_fail (KB_IS_DECK (self));
  g_return_if_fail (self->board != NULL);
  g_return_if_fail (die >= KB_BOARD_MIN_DIE && die <= KB_BOARD_MAX_DIE);

  self->board->die = die;
  self->board->has_die = TRUE;
  CHANGED (self, KB_DECK_PART_BOARD, KB_DECK_CHANGE_SET, 0, "die");
}

/* A square is a category that exists or a special, never both. */
static gboolean
fill_square (KbDeck      *self,
             KbSquare    *square,
             const char  *category_id,
             KbSpecial    special,
             GError     **error)
{
  KbCategory *category = NULL;

  if ((category_id != NULL) == (special != KB_SPECIAL_NONE))
    {
      g_set_error_literal (error, KB_DECK_ERROR, KB_DECK_ERROR_EDIT,
                           _("a square needs either \"category\" or \"special\", not both or "
                             "neither"));
      return FALSE;
    }
  if (category_id != NULL &&
      (category = g_hash_table_lookup (self->category_ids, category_id)) == NULL)
    {
      g_set_error (error, KB_DECK_ERROR, KB_DECK_ERROR_EDIT,
                   _("there is no category \"%s\" in \"categories\""), category_id);
      return FALSE;
    }
  _kb_deck_set_string (&square->category_id, category_id);
  square->category = category;
  square->special = special;
  return TRUE;
}

gboolean
kb_deck_add_square (KbDeck      *self,
                    guint        index,
                    const char  *category_id,
                    KbSpecial    special,
                    GError     **error)
{
  KbSquare *square;

  g_return_val_if_fail (KB_IS_DECK (self), FALSE);
  g_return_val_if_fail (self->board != NULL, FALSE);

  square = _kb_square_new ();
  if (!fill_square (self, square, category_id, special, error))
    {
      _kb_square_free (square);
      return FALSE;
    }
  index = MIN (index, self->board->squares->len);
  g_ptr_array_insert (self->board->squares, (int) index, square);
  CHANGED (self, KB_DECK_PART_SQUARE, KB_DECK_CHANGE_ADD, index, NULL);
  return TRUE;
}

void
kb_deck_remove_square (KbDeck *self,
                       guint   index)
{
  g_return_if_fail (KB_IS_DECK (self));
  g_return_if_fail (self->board != NULL && index < self->board->squares->len);

  g_ptr_array_remove_index (self->board->squares, index);
  CHANGED (self, KB_DECK_PART_SQUARE, KB_DECK_CHANGE_REMOVE, index, NULL);
}

void
kb_deck_move_square (KbDeck *self,
                     guint   from,
                     guint   to)
{
  g_return_if_fail (KB_IS_DECK (self));
  g_return_if_fail (self->board != NULL);
  g_return_if_fail (from < self->board->squares->len && to < self->board->squares->len);

  _kb_deck_move_in (self->board->squares, from, to);
  _kb_deck_changed (self, KB_DECK_PART_SQUARE, KB_DECK_CHANGE_MOVE, to, from, NULL);
}

gboolean
kb_deck_set_square (KbDeck      *self,
                    guint        index,
                    const char  *category_id,
                    KbSpecial    special,
                    GError     **error)
{
  g_return_val_if_fail (KB_IS_DECK (self), FALSE);
  g_return_val_if_fail (self->board != NULL && index < self->board->squares->len, FALSE);

  if (!fill_square (self, g_ptr_array_index (self->board->squares, index), category_id, special,
                    error))
    return FALSE;
  CHANGED (self, KB_DECK_PART_SQUARE, KB_DECK_CHANGE_SET, index,
           category_id != NULL ? "category" : "special");
  return TRUE;
}
