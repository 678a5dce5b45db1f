/* Cards: plain data the deck owns; kinds, intensities and "asks" by their words in format v1. */
#define G_LOG_DOMAIN "kletsborden-deck"

#include "kb-deck-private.h"
#include "kb-enum-util.h"

static const char * const no_tags[] = { NULL };

KbRole *
_kb_role_new (void)
{
  return g_new0 (KbRole, 1);
}

void
_kb_role_free (KbRole *role)
{
  g_clear_pointer (&role->name, kb_text_unref);
  g_clear_pointer (&role->brief, kb_text_unref);
  g_clear_pointer (&role->extra, json_object_unref);
  g_free (role);
}

/* Texts are never changed in place (kb_text_edit() makes new ones), so copies share them. */
KbRole *
_kb_role_copy (const KbRole *role)
{
  KbRole *copy = _kb_role_new ();

  copy->name = role->name != NULL ? kb_text_ref (role->name) : NULL;
  copy->brief = role->brief != NULL ? kb_text_ref (role->brief) : NULL;
  copy->extra = role->extra != NULL ? json_object_ref (role->extra) : NULL;
  return copy;
}

KbCard *
_kb_card_copy (const KbCard *card)
{
  KbCard *copy = _kb_card_new ();

  copy->id = g_strdup (card->id);
  copy->category = card->category;
  copy->category_id = g_strdup (card->category_id);
  copy->kind = card->kind;
  copy->has_kind = card->has_kind;
  copy->intensity = card->intensity;
  copy->asks = card->asks;
  copy->title = card->title != NULL ? kb_text_ref (card->title) : NULL;
  copy->text = card->text != NULL ? kb_text_ref (card->text) : NULL;
  copy->notes = card->notes != NULL ? kb_text_ref (card->notes) : NULL;
  if (card->roles != NULL)
    {
      copy->roles = g_ptr_array_new_with_free_func ((GDestroyNotify) _kb_role_free);
      for (guint i = 0; i < card->roles->len; i++)
        g_ptr_array_add (copy->roles, _kb_role_copy (g_ptr_array_index (card->roles, i)));
    }
  copy->image = g_strdup (card->image);
  copy->tags = g_strdupv (card->tags);
  copy->extra = card->extra != NULL ? json_object_ref (card->extra) : NULL;
  return copy;
}

KbCard *
_kb_card_new (void)
{
  return g_new0 (KbCard, 1);
}

void
_kb_card_free (KbCard *card)
{
  g_free (card->id);
  g_free (card->category_id);
  g_clear_pointer (&card->title, kb_text_unref);
  g_clear_pointer (&card->text, kb_text_unref);
  g_clear_pointer (&card->notes, kb_text_unref);
  g_clear_pointer (&card->roles, g_ptr_array_unref);
  g_free (card->image);
  g_strfreev (card->tags);
  g_clear_pointer (&card->extra, json_object_unref);
  g_free (card);
}

const char *
kb_card_get_id (KbCard *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->id;
}

KbCategory *
kb_card_get_category (KbCard *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->category;
}

KbCardKind
kb_card_get_kind (KbCard *self)
{
  g_return_val_if_fail (self != NULL, KB_CARD_KIND_QUESTION);
  return self->kind;
}

KbIntensity
kb_card_get_intensity (KbCard *self)
{
  g_return_val_if_fail (self != NULL, KB_INTENSITY_UNSET);
  return self->intensity;
}

/**
 * kb_card_get_title:
 *
 * Returns: (nullable): the card's own title, shown above its text
 */
const KbText *
kb_card_get_title (KbCard *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->title;
}

const KbText *
kb_card_get_text (KbCard *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->text;
}

/**
 * kb_card_get_notes:
 *
 * Returns: (nullable): notes for the trainer only; never show them on the audience screen.
 */
const KbText *
kb_card_get_notes (KbCard *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->notes;
}

guint
kb_card_get_n_roles (KbCard *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->roles != NULL ? self->roles->len : 0;
}

const KbText *
kb_card_get_role_name (KbCard *self,
                       guint   i)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (i < kb_card_get_n_roles (self), NULL);
  return ((KbRole *) g_ptr_array_index (self->roles, i))->name;
}

/**
 * kb_card_get_role_brief:
 *
 * Returns: (nullable): what the player of role @i is told
 */
const KbText *
kb_card_get_role_brief (KbCard *self,
                        guint   i)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (i < kb_card_get_n_roles (self), NULL);
  return ((KbRole *) g_ptr_array_index (self->roles, i))->brief;
}

/**
 * kb_card_get_image:
 *
 * Returns: (nullable): an SVG relative to the deck's folder; open it with kb_deck_resolve_art().
 */
const char *
kb_card_get_image (KbCard *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->image;
}

/**
 * kb_card_get_tags:
 *
 * Returns: (array zero-terminated=1): the card's tags, never %NULL
 */
const char * const *
kb_card_get_tags (KbCard *self)
{
  g_return_val_if_fail (self != NULL, no_tags);
  return self->tags != NULL ? (const char * const *) self->tags : no_tags;
}

/**
 * kb_card_get_asks:
 *
 * Returns: whom the card addresses; %KB_ASKS_NONE when the deck does not say
 */
KbAsks
kb_card_get_asks (KbCard *self)
{
  g_return_val_if_fail (self != NULL, KB_ASKS_NONE);
  return self->asks;
}

const char *
kb_card_kind_to_string (KbCardKind kind)
{
  return kb_enum_to_nick (KB_TYPE_CARD_KIND, kind);
}

gboolean
kb_card_kind_from_string (const char *name,
                          KbCardKind *kind)
{
  int value;

  if (!kb_enum_from_nick (KB_TYPE_CARD_KIND, name, &value))
    return FALSE;
  *kind = (KbCardKind) value;
  return TRUE;
}

/**
 * kb_intensity_to_string:
 *
 * Returns: (nullable): "light", "medium", "deep"; %NULL for %KB_INTENSITY_UNSET
 */
const char *
kb_intensity_to_string (KbIntensity intensity)
{
  return kb_enum_to_nick (KB_TYPE_INTENSITY, intensity);
}

gboolean
kb_intensity_from_string (const char  *name,
                          KbIntensity *intensity)
{
  int value;

  if (!kb_enum_from_nick (KB_TYPE_INTENSITY, name, &value))
    return FALSE;
  *intensity = (KbIntensity) value;
  return TRUE;
}

/**
 * kb_asks_to_string:
 *
 * Returns: (nullable): "group", "client", "professional"; %NULL for %KB_ASKS_NONE
 */
const char *
kb_asks_to_string (KbAsks asks)
{
  return kb_enum_to_nick (KB_TYPE_ASKS, asks);
}

gboolean
kb_asks_from_string (const char *name,
                     KbAsks     *asks)
{
  int value;

  if (!kb_enum_from_nick (KB_TYPE_ASKS, name, &value))
    return FALSE;
  *asks = (KbAsks) value;
  return TRUE;
}
