/* A deck of conversation cards, as read from one format-v1 JSON file. */
#pragma once

#include <gio/gio.h>

#include "kb-types.h"
#include "kb-text.h"

G_BEGIN_DECLS

#define KB_DECK_ERROR (kb_deck_error_quark ())

typedef enum
{
  KB_DECK_ERROR_SYNTAX,
  KB_DECK_ERROR_INVALID,
  KB_DECK_ERROR_TOO_LARGE,
} KbDeckError;

#define KB_TYPE_DECK (kb_deck_get_type ())
G_DECLARE_FINAL_TYPE (KbDeck, kb_deck, KB, DECK, GObject)

GQuark              kb_deck_error_quark        (void);

KbDeck             *kb_deck_new_from_file      (GFile       *file,
                                                GError     **error);
KbDeck             *kb_deck_new_from_bytes     (GBytes      *bytes,
                                                const char  *display_name,
                                                GError     **error);

GFile              *kb_deck_get_file           (KbDeck      *self);
const char         *kb_deck_get_id             (KbDeck      *self);
const char * const *kb_deck_get_languages      (KbDeck      *self);
const char         *kb_deck_get_fallback_language (KbDeck   *self);
const char         *kb_deck_get_title          (KbDeck      *self,
                                                const char  *lang);
const char         *kb_deck_get_description    (KbDeck      *self,
                                                const char  *lang);
const char         *kb_deck_pick_language      (KbDeck      *self,
                                                const char * const *preferred);
guint               kb_deck_get_n_categories   (KbDeck      *self);
KbCategory         *kb_deck_get_category       (KbDeck      *self,
                                                guint        index);
guint               kb_deck_get_n_cards        (KbDeck      *self);

/* A category: plain data owned by its deck. */
const char         *kb_category_get_id         (KbCategory  *self);
const KbText       *kb_category_get_name       (KbCategory  *self);
const char         *kb_category_get_color      (KbCategory  *self);
const char         *kb_category_get_symbol     (KbCategory  *self);

G_END_DECLS
