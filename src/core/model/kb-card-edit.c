/* Edits of the cards (kb-deck-edit.h): add, remove, move, duplicate, and each field. Each edit
 * changes the model, then emits KbDeck::changed once. */
#define G_LOG_DOMAIN "kletsborden-deck"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-deck-private.h"

static guint
card_index (KbDeck *self,
            KbCard *card)
{
  guint index = G_MAXUINT;

  g_ptr_array_find (self->cards, card, &index);
  return index;
}

static void
card_changed (KbDeck     *self,
              KbCard     *card,
              const char *field)
{
  guint index = card_index (self, card);

  _kb_deck_changed (self, KB_DECK_PART_CARD, KB_DECK_CHANGE_SET, index, index, field);
}

#define CHECK_CARD(self, card)                                         \
  G_STMT_START {                                                       \
    g_return_if_fail (KB_IS_DECK (self));                              \
    g_return_if_fail (card != NULL && card_index (self, card) != G_MAXUINT); \
  } G_STMT_END

static gboolean
find_category (KbDeck      *self,
               const char  *category_id,
               KbCategory **category,
               GError     **error)
{
  *category = category_id != NULL ? g_hash_table_lookup (self->category_ids, category_id) : NULL;
  if (*category != NULL)
    return TRUE;
  g_set_error (error, KB_DECK_ERROR, KB_DECK_ERROR_EDIT,
               _("there is no category \"%s\" in \"categories\""),
               category_id != NULL ? category_id : "");
  return FALSE;
}

/**
 * kb_deck_add_card:
 * @index: where it goes; the number of cards or more puts it at the end
 * @category_id: a category the deck has
 *
 * Returns: (transfer none) (nullable): the new card, a question with no text yet; %NULL when
 *   @id is empty or taken, or the category does not exist
 */
KbCard *
kb_deck_add_card (KbDeck      *self,
                  guint        index,
                  const char  *id,
                  const char  *category_id,
                  GError     **error)
{
  KbCategory *category;
  KbCard *card;

  g_return_val_if_fail (KB_IS_DECK (self), NULL);

  if (!_kb_deck_check_new_id (self->card_ids, id, KB_DECK_PART_CARD, error) ||
      !find_category (self, category_id, &category, error))
    return NULL;
  card = _kb_card_new ();
  card->id = g_strdup (id);
  card->category = category;
  card->category_id = g_strdup (category_id);
  index = MIN (index, self->cards->len);
  g_ptr_array_insert (self->cards, (int) index, card);
  g_hash_table_insert (self->card_ids, card->id, card);
  _kb_deck_changed (self, KB_DECK_PART_CARD, KB_DECK_CHANGE_ADD, index, index, NULL);
  return card;
}

void
kb_deck_remove_card (KbDeck *self,
                     guint   index)
{
  KbCard *card;

  g_return_if_fail (KB_IS_DECK (self));
  g_return_if_fail (index < self->cards->len);

  card = g_ptr_array_index (self->cards, index);
  if (card->id != NULL && g_hash_table_lookup (self->card_ids, card->id) == card)
    g_hash_table_remove (self->card_ids, card->id);
  g_ptr_array_remove_index (self->cards, index);
  _kb_deck_changed (self, KB_DECK_PART_CARD, KB_DECK_CHANGE_REMOVE, index, index, NULL);
}

void
kb_deck_move_card (KbDeck *self,
                   guint   from,
                   guint   to)
{
  g_return_if_fail (KB_IS_DECK (self));
  g_return_if_fail (from < self->cards->len && to < self->cards->len);

  _kb_deck_move_in (self->cards, from, to);
  _kb_deck_changed (self, KB_DECK_PART_CARD, KB_DECK_CHANGE_MOVE, to, from, NULL);
}

/**
 * kb_deck_duplicate_card:
 *
 * Returns: (transfer none): the copy, right after the original, with a new id ("ID-2" …)
 */
KbCard *
kb_deck_duplicate_card (KbDeck *self,
                        guint   index)
{
  KbCard *copy;

  g_return_val_if_fail (KB_IS_DECK (self), NULL);
  g_return_val_if_fail (index < self->cards->len, NULL);

  copy = _kb_card_copy (g_ptr_array_index (self->cards, index));
  {
    g_autofree char *base = g_steal_pointer (&copy->id);
    copy->id = _kb_deck_unique_id (self->card_ids, base != NULL ? base : "card");
  }
  g_ptr_array_insert (self->cards, (int) index + 1, copy);
  g_hash_table_insert (self->card_ids, copy->id, copy);
  _kb_deck_changed (self, KB_DECK_PART_CARD, KB_DECK_CHANGE_ADD, index + 1, index + 1, NULL);
  return copy;
}

gboolean
kb_deck_set_card_id (KbDeck      *self,
                     KbCard      *card,
                     const char  *id,
                     GError     **error)
{
  g_return_val_if_fail (KB_IS_DECK (self), FALSE);
  g_return_val_if_fail (card != NULL && card_index (self, card) != G_MAXUINT, FALSE);

  if (g_strcmp0 (card->id, id) == 0)
    return TRUE;
  if (!_kb_deck_check_new_id (self->card_ids, id, KB_DECK_PART_CARD, error))
    return FALSE;
  if (card->id != NULL && g_hash_table_lookup (self->card_ids, card->id) == card)
    g_hash_table_remove (self->card_ids, card->id);
  _kb_deck_set_string (&card->id, id);
  g_hash_table_insert (self->card_ids, card->id, card);
  card_changed (self, card, "id");
  return TRUE;
}

gboolean
kb_deck_set_card_category (KbDeck      *self,
                           KbCard      *card,
                           const char  *category_id,
                           GError     **error)
{
  KbCategory *category;

  g_return_val_if_fail (KB_IS_DECK (self), FALSE);
  g_return_val_if_fail (card != NULL && card_index (self, card) != G_MAXUINT, FALSE);

  if (!find_category (self, category_id, &category, error))
    return FALSE;
  card->category = category;
  _kb_deck_set_string (&card->category_id, category_id);
  card_changed (self, card, "category");
  return TRUE;
}

void
kb_deck_set_card_kind (KbDeck     *self,
                       KbCard     *card,
                       KbCardKind  kind)
{
  CHECK_CARD (self, card);
  card->kind = kind;
  card->has_kind = TRUE;
  card_changed (self, card, "kind");
}

void
kb_deck_set_card_intensity (KbDeck      *self,
                            KbCard      *card,
                            KbIntensity  intensity)
{
  CHECK_CARD (self, card);
  card->intensity = intensity;
  card_changed (self, card, "intensity");
}

void
kb_deck_set_card_asks (KbDeck *self,
                       KbCard *card,
                       KbAsks  asks)
{
  CHECK_CARD (self, card);
  card->asks = asks;
  card_changed (self, card, "asks");
}

void
kb_deck_set_card_title (KbDeck     *self,
                        KbCard     *card,
                        const char *lang,
                        const char *value)
{
  CHECK_CARD (self, card);
  _kb_deck_edit_text (self, &card->title, lang, value);
  card_changed (self, card, "title");
}

void
kb_deck_set_card_text (KbDeck     *self,
                       KbCard     *card,
                       const char *lang,
                       const char *value)
{
  CHECK_CARD (self, card);
  _kb_deck_edit_text (self, &card->text, lang, value);
  card_changed (self, card, "text");
}

void
kb_deck_set_card_notes (KbDeck     *self,
                        KbCard     *card,
                        const char *lang,
                        const char *value)
{
  CHECK_CARD (self, card);
  _kb_deck_edit_text (self, &card->notes, lang, value);
  card_changed (self, card, "notes");
}

void
kb_deck_set_card_image (KbDeck     *self,
                        KbCard     *card,
                        const char *path)
{
  CHECK_CARD (self, card);
  _kb_deck_set_string (&card->image, path);
  card_changed (self, card, "image");
}

/**
 * kb_deck_set_card_tags:
 * @tags: (nullable) (array zero-terminated=1): %NULL leaves "tags" out of the file
 */
void
kb_deck_set_card_tags (KbDeck             *self,
                       KbCard             *card,
                       const char * const *tags)
{
  CHECK_CARD (self, card);
  g_strfreev (card->tags);
  card->tags = g_strdupv ((char **) tags);
  card_changed (self, card, "tags");
}

/**
 * kb_deck_add_card_role:
 * @index: where the role goes; past the end puts it last
 *
 * Adds a role without a name yet: set it with kb_deck_set_card_role_name().
 */
void
kb_deck_add_card_role (KbDeck *self,
                       KbCard *card,
                       guint   index)
{
  CHECK_CARD (self, card);
  if (card->roles == NULL)
    card->roles = g_ptr_array_new_with_free_func ((GDestroyNotify) _kb_role_free);
  index = MIN (index, card->roles->len);
  g_ptr_array_insert (card->roles, (int) index, _kb_role_new ());
  card_changed (self, card, "roles");
}

void
kb_deck_remove_card_role (KbDeck *self,
                          KbCard *card,
                          guint   index)
{
  CHECK_CARD (self, card);
  g_return_if_fail (index < kb_card_get_n_roles (card));

  g_ptr_array_remove_index (card->roles, index);
  card_changed (self, card, "roles");
}

void
kb_deck_set_card_role_name (KbDeck     *self,
                            KbCard     *card,
                            guint       role,
                            const char *lang,
                            const char *value)
{
  CHECK_CARD (self, card);
  g_return_if_fail (role < kb_card_get_n_roles (card));

  _kb_deck_edit_text (self, &((KbRole *) g_ptr_array_index (card->roles, role))->name, lang,
                      value);
  card_changed (self, card, "roles");
}

void
kb_deck_set_card_role_brief (KbDeck     *self,
                             KbCard     *card,
                             guint       role,
                             const char *lang,
                             const char *value)
{
  CHECK_CARD (self, card);
  g_return_if_fail (role < kb_card_get_n_roles (card));

  _kb_deck_edit_text (self, &((KbRole *) g_ptr_array_index (card->roles, role))->brief, lang,
                      value);
  card_changed (self, card, "roles");
}
