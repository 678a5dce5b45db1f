/* A card of a deck: plain data owned by its deck, alive as long as the deck is. */
#pragma once

#include <glib.h>

#include "kb-types.h"
#include "kb-text.h"

G_BEGIN_DECLS

typedef enum
{
  KB_CARD_KIND_QUESTION,
  KB_CARD_KIND_STATEMENT,
  KB_CARD_KIND_EXERCISE,
  KB_CARD_KIND_CASE,
  KB_CARD_KIND_REFLECTION,
} KbCardKind;

typedef enum
{
  KB_INTENSITY_UNSET,
  KB_INTENSITY_LIGHT,
  KB_INTENSITY_MEDIUM,
  KB_INTENSITY_DEEP,
} KbIntensity;

const char         *kb_card_get_id             (KbCard     *self);
KbCategory         *kb_card_get_category       (KbCard     *self);
KbCardKind          kb_card_get_kind           (KbCard     *self);
KbIntensity         kb_card_get_intensity      (KbCard     *self);
const KbText       *kb_card_get_title          (KbCard     *self);
const KbText       *kb_card_get_text           (KbCard     *self);
const KbText       *kb_card_get_notes          (KbCard     *self);
guint               kb_card_get_n_roles        (KbCard     *self);
const KbText       *kb_card_get_role_name      (KbCard     *self,
                                                guint       i);
const KbText       *kb_card_get_role_brief     (KbCard     *self,
                                                guint       i);
const char         *kb_card_get_image          (KbCard     *self);
const char * const *kb_card_get_tags           (KbCard     *self);

const char         *kb_card_kind_to_string     (KbCardKind  kind);
gboolean            kb_card_kind_from_string   (const char *name,
                                                KbCardKind *kind);
const char         *kb_intensity_to_string     (KbIntensity intensity);
gboolean            kb_intensity_from_string   (const char  *name,
                                                KbIntensity *intensity);

G_END_DECLS
