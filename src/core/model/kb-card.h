/* A card of a deck: plain data owned by its deck, alive as long as the deck is. */
#pragma once

#include <glib.h>

#include "kb-enums.h"
#include "kb-types.h"
#include "kb-text.h"

G_BEGIN_DECLS

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
KbAsks              kb_card_get_asks           (KbCard     *self);

const char         *kb_card_kind_to_string     (KbCardKind  kind);
gboolean            kb_card_kind_from_string   (const char *name,
                                                KbCardKind *kind);
const char         *kb_intensity_to_string     (KbIntensity intensity);
gboolean            kb_intensity_from_string   (const char  *name,
                                                KbIntensity *intensity);
const char         *kb_asks_to_string          (KbAsks      asks);
gboolean            kb_asks_from_string        (const char *name,
                                                KbAsks     *asks);

G_END_DECLS
