/* The model's structs, shared by the getters, the reader and the writer. Not for other layers. */
#pragma once

#include <json-glib/json-glib.h>

#include "kb-deck.h"

G_BEGIN_DECLS

/* Unknown members are kept (in file order) and written back, so that saving a deck from a newer
 * app in an older one loses nothing. */

struct _KbCategory
{
  char *id;
  KbText *name;
  char *color;
  char *symbol;
  char *icon;
  JsonObject *extra;
};

typedef struct
{
  KbText *name;
  KbText *brief;
  JsonObject *extra;
} KbRole;

struct _KbCard
{
  char *id;
  KbCategory *category;     /* borrowed from the deck */
  char *category_id;        /* as written, so an unknown one is still saved back */
  KbCardKind kind;
  gboolean has_kind;        /* written in the file, even when it is the default */
  KbIntensity intensity;
  KbText *title;
  KbText *text;
  KbText *notes;
  GPtrArray *roles;         /* KbRole, NULL when the file has no "roles" */
  char *image;
  GStrv tags;               /* NULL when the file has no "tags" */
  KbAsks asks;
  JsonObject *extra;
};

struct _KbSquare
{
  KbCategory *category;     /* borrowed from the deck */
  char *category_id;
  KbSpecial special;
  JsonObject *extra;
};

struct _KbBoard
{
  KbBoardShape shape;
  gboolean has_shape;
  guint die;
  gboolean has_die;
  GPtrArray *squares;       /* KbSquare */
  JsonObject *extra;
};

struct _KbDeck
{
  GObject parent_instance;

  GFile *file;
  char *id;
  gint64 version;
  GStrv languages;
  KbText *title;
  KbText *description;
  GStrv authors;            /* NULL when the file has none */
  char *license;
  KbReading reading;
  gboolean has_back;
  char *back_color;
  char *back_image;
  JsonObject *back_extra;
  GPtrArray *categories;    /* KbCategory */
  GPtrArray *cards;         /* KbCard */
  GHashTable *category_ids; /* id → KbCategory, borrowed */
  GHashTable *card_ids;     /* id → KbCard, borrowed */
  KbBoard *board;
  JsonObject *extra;
};

KbCategory *_kb_category_new   (void);
KbCategory *_kb_category_copy  (const KbCategory *category);
KbCard     *_kb_card_copy      (const KbCard     *card);
KbRole     *_kb_role_copy      (const KbRole     *role);
KbSquare   *_kb_square_copy    (const KbSquare   *square);

/* kb-deck.c: emits KbDeck::changed once for one edit. */
void        _kb_deck_changed   (KbDeck           *deck,
                                KbDeckPart        part,
                                KbDeckChangeKind  kind,
                                guint             index,
                                guint             from,
                                const char       *field);
/* kb-deck-edit.c: the pieces every edit uses. */
char       *_kb_deck_unique_id (GHashTable       *ids,
                                const char       *base);
gboolean    _kb_deck_check_new_id (GHashTable    *ids,
                                const char       *id,
                                KbDeckPart        part,
                                GError          **error);
void        _kb_deck_edit_text (KbDeck           *deck,
                                KbText          **slot,
                                const char       *lang,
                                const char       *value);
void        _kb_deck_set_string (char           **slot,
                                const char       *value);
void        _kb_deck_move_in   (GPtrArray        *array,
                                guint             from,
                                guint             to);
void        _kb_deck_relink_categories (KbDeck   *deck);
void        _kb_category_free  (KbCategory *category);
KbCard     *_kb_card_new       (void);
void        _kb_card_free      (KbCard     *card);
KbRole     *_kb_role_new       (void);
void        _kb_role_free      (KbRole     *role);
KbBoard    *_kb_board_new      (void);
void        _kb_board_free     (KbBoard    *board);
KbSquare   *_kb_square_new     (void);
void        _kb_square_free    (KbSquare   *square);

/* kb-deck-reader.c: fills @deck from the file's bytes, reporting to @problems. */
gboolean    _kb_deck_read      (KbDeck     *deck,
                                GBytes     *bytes,
                                GFile      *file,
                                KbProblems *problems);

G_END_DECLS
