/* Editing a deck, for the deck editor: every mutation changes one thing and emits
 * KbDeck::changed once, with a KbDeckChange that says what (the signal's detail is the part:
 * "deck", "category", "card", "board", "square"), so an editor and a preview can follow.
 *
 * Texts: @lang %NULL sets a plain text (the same in every language); @value %NULL removes that
 * language, or the whole text. Checks of the content (unknown category, missing translation …)
 * are the deck checker's job (kb-deck-checker.h); the mutations keep the model consistent:
 * unique ids, categories that exist, indices in range. */
#pragma once

#include <gio/gio.h>

#include "kb-enums.h"
#include "kb-types.h"

G_BEGIN_DECLS

typedef struct
{
  KbDeckPart        part;
  KbDeckChangeKind  kind;
  guint             index;  /* the category, card, role's card or square; where it was for REMOVE */
  guint             from;   /* MOVE: where it was */
  const char       *field;  /* SET: the member as format v1 names it: "title", "text", "die" … */
} KbDeckChange;

KbDeck     *kb_deck_new                  (const char          *id,
                                          const char * const  *languages);

/* The deck's own fields. */
void        kb_deck_set_title            (KbDeck      *self,
                                          const char  *lang,
                                          const char  *value);
void        kb_deck_set_description      (KbDeck      *self,
                                          const char  *lang,
                                          const char  *value);
void        kb_deck_set_authors          (KbDeck      *self,
                                          const char * const *authors);
void        kb_deck_set_license          (KbDeck      *self,
                                          const char  *license);
gboolean    kb_deck_set_languages        (KbDeck      *self,
                                          const char * const *languages,
                                          GError     **error);
void        kb_deck_set_reading          (KbDeck      *self,
                                          KbReading    reading);
void        kb_deck_set_back_color       (KbDeck      *self,
                                          const char  *color);
void        kb_deck_set_back_image       (KbDeck      *self,
                                          const char  *path);

/* Categories. */
KbCategory *kb_deck_add_category         (KbDeck      *self,
                                          guint        index,
                                          const char  *id,
                                          GError     **error);
gboolean    kb_deck_remove_category      (KbDeck      *self,
                                          guint        index,
                                          GError     **error);
void        kb_deck_move_category        (KbDeck      *self,
                                          guint        from,
                                          guint        to);
KbCategory *kb_deck_duplicate_category   (KbDeck      *self,
                                          guint        index);
gboolean    kb_deck_set_category_id      (KbDeck      *self,
                                          KbCategory  *category,
                                          const char  *id,
                                          GError     **error);
void        kb_deck_set_category_name    (KbDeck      *self,
                                          KbCategory  *category,
                                          const char  *lang,
                                          const char  *value);
void        kb_deck_set_category_color   (KbDeck      *self,
                                          KbCategory  *category,
                                          const char  *color);
void        kb_deck_set_category_symbol  (KbDeck      *self,
                                          KbCategory  *category,
                                          const char  *symbol);
void        kb_deck_set_category_icon    (KbDeck      *self,
                                          KbCategory  *category,
                                          const char  *path);

/* Cards. */
KbCard     *kb_deck_add_card             (KbDeck      *self,
                                          guint        index,
                                          const char  *id,
                                          const char  *category_id,
                                          GError     **error);
void        kb_deck_remove_card          (KbDeck      *self,
                                          guint        index);
void        kb_deck_move_card            (KbDeck      *self,
                                          guint        from,
                                          guint        to);
KbCard     *kb_deck_duplicate_card       (KbDeck      *self,
                                          guint        index);
gboolean    kb_deck_set_card_id          (KbDeck      *self,
                                          KbCard      *card,
                                          const char  *id,
                                          GError     **error);
gboolean    kb_deck_set_card_category    (KbDeck      *self,
                                          KbCard      *card,
                                          const char  *category_id,
                                          GError     **error);
void        kb_deck_set_card_kind        (KbDeck      *self,
                                          KbCard      *card,
                                          KbCardKind   kind);
void        kb_deck_set_card_intensity   (KbDeck      *self,
                                          KbCard      *card,
                                          KbIntensity  intensity);
void        kb_deck_set_card_asks        (KbDeck      *self,
                                          KbCard      *card,
                                          KbAsks       asks);
void        kb_deck_set_card_title       (KbDeck      *self,
                                          KbCard      *card,
                                          const char  *lang,
                                          const char  *value);
void        kb_deck_set_card_text        (KbDeck      *self,
                                          KbCard      *card,
                                          const char  *lang,
                                          const char  *value);
void        kb_deck_set_card_notes       (KbDeck      *self,
                                          KbCard      *card,
                                          const char  *lang,
                                          const char  *value);
void        kb_deck_set_card_image       (KbDeck      *self,
                                          KbCard      *card,
                                          const char  *path);
void        kb_deck_set_card_tags        (KbDeck      *self,
                                          KbCard      *card,
                                          const char * const *tags);
void        kb_deck_add_card_role        (KbDeck      *self,
                                          KbCard      *card,
                                          guint        index);
void        kb_deck_remove_card_role     (KbDeck      *self,
                                          KbCard      *card,
                                          guint        index);
void        kb_deck_set_card_role_name   (KbDeck      *self,
                                          KbCard      *card,
                                          guint        role,
                                          const char  *lang,
                                          const char  *value);
void        kb_deck_set_card_role_brief  (KbDeck      *self,
                                          KbCard      *card,
                                          guint        role,
                                          const char  *lang,
                                          const char  *value);

/* The board. */
void        kb_deck_set_has_board        (KbDeck      *self,
                                          gboolean     has_board);
void        kb_deck_set_board_shape      (KbDeck      *self,
                                          KbBoardShape shape);
void        kb_deck_set_board_die        (KbDeck      *self,
                                          guint        die);
gboolean    kb_deck_add_square           (KbDeck      *self,
                                          guint        index,
                                          const char  *category_id,
                                          KbSpecial    special,
                                          GError     **error);
void        kb_deck_remove_square        (KbDeck      *self,
                                          guint        index);
void        kb_deck_move_square          (KbDeck      *self,
                                          guint        from,
                                          guint        to);
gboolean    kb_deck_set_square           (KbDeck      *self,
                                          guint        index,
                                          const char  *category_id,
                                          KbSpecial    special,
                                          GError     **error);

G_END_DECLS
