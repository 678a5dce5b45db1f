/* A deck of conversation cards, as read from one format-v1 JSON file. */
#pragma once

#include <gio/gio.h>

#include "kb-types.h"
#include "kb-board.h"
#include "kb-card.h"
#include "kb-card-text.h"
#include "kb-category.h"
#include "kb-deck-edit.h"
#include "kb-problems.h"
#include "kb-symbols.h"
#include "kb-text.h"

G_BEGIN_DECLS

#define KB_DECK_ERROR (kb_deck_error_quark ())

typedef enum
{
  KB_DECK_ERROR_SYNTAX,
  KB_DECK_ERROR_INVALID,
  KB_DECK_ERROR_TOO_LARGE,
  KB_DECK_ERROR_ART,
  KB_DECK_ERROR_EDIT,
} KbDeckError;

#define KB_TYPE_DECK (kb_deck_get_type ())
G_DECLARE_FINAL_TYPE (KbDeck, kb_deck, KB, DECK, GObject)

GQuark              kb_deck_error_quark        (void);

KbDeck             *kb_deck_new_from_file      (GFile       *file,
                                                GError     **error);
KbDeck             *kb_deck_load               (GFile       *file,
                                                GBytes      *bytes,
                                                KbProblems  *problems,
                                                GError     **error);

KbDeck             *kb_deck_load_draft         (GFile       *file,
                                                GBytes      *bytes,
                                                GError     **error);
GBytes             *kb_deck_to_bytes           (KbDeck      *self);
gboolean            kb_deck_save               (KbDeck      *self,
                                                GFile       *file,
                                                GError     **error);

GFile              *kb_deck_get_file           (KbDeck      *self);
void                kb_deck_set_file           (KbDeck      *self,
                                                GFile       *file);
const char         *kb_deck_get_id             (KbDeck      *self);
const char * const *kb_deck_get_languages      (KbDeck      *self);
const char         *kb_deck_get_fallback_language (KbDeck   *self);
const char         *kb_deck_get_title          (KbDeck      *self,
                                                const char  *lang);
const char         *kb_deck_get_description    (KbDeck      *self,
                                                const char  *lang);
const KbText       *kb_deck_get_title_text     (KbDeck      *self);
const KbText       *kb_deck_get_description_text (KbDeck    *self);
const char         *kb_deck_pick_language      (KbDeck      *self,
                                                const char * const *preferred);
const char * const *kb_deck_get_authors        (KbDeck      *self);
const char         *kb_deck_get_license        (KbDeck      *self);
KbReading           kb_deck_get_reading        (KbDeck      *self);
const char         *kb_deck_get_back_color     (KbDeck      *self);
const char         *kb_deck_get_back_image     (KbDeck      *self);

guint               kb_deck_get_n_categories   (KbDeck      *self);
KbCategory         *kb_deck_get_category       (KbDeck      *self,
                                                guint        index);
KbCategory         *kb_deck_find_category      (KbDeck      *self,
                                                const char  *id);
guint               kb_deck_get_n_cards        (KbDeck      *self);
KbCard             *kb_deck_get_card           (KbDeck      *self,
                                                guint        index);
KbCard             *kb_deck_find_card          (KbDeck      *self,
                                                const char  *id);
KbBoard            *kb_deck_get_board          (KbDeck      *self);

GFile              *kb_deck_resolve_art        (KbDeck      *self,
                                                const char  *relative_path,
                                                GError     **error);

G_END_DECLS
