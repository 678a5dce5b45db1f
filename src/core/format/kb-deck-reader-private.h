/* Shared by the parts of the deck reader: one walk over json-glib's tree, with the positions
 * from the locator beside it. */
#pragma once

#include <json-glib/json-glib.h>

#include "kb-deck-private.h"
#include "kb-enum-util.h"
#include "kb-json-locator.h"

G_BEGIN_DECLS

typedef struct
{
  KbDeck *deck;
  KbProblems *problems;
  KbJsonLocator *loc;
  gboolean languages_ok;    /* "languages" was read: texts can be checked against it */
  GArray *spots;            /* where each spot the checker may name is in the file */
  GHashTable *spot_index;   /* built by _kb_reader_find_spot () when first asked */
} KbReader;

/* A value in the file: json-glib's node and where it starts. */
typedef struct
{
  JsonNode *node;
  guint loc;
} KbValue;

void        _kb_reader_problem   (KbReader       *reader,
                                  KbProblemLevel  level,
                                  guint           loc,
                                  gboolean        at_key,
                                  const char     *format,
                                  ...) G_GNUC_PRINTF (5, 6);
gboolean    _kb_reader_member    (KbReader       *reader,
                                  KbValue        *object,
                                  const char     *name,
                                  KbValue        *member);
gboolean    _kb_reader_require   (KbReader       *reader,
                                  KbValue        *object,
                                  const char     *name,
                                  KbValue        *member);
gboolean    _kb_reader_is_object (KbReader       *reader,
                                  KbValue        *value,
                                  const char     *name);
gboolean    _kb_reader_is_array  (KbReader       *reader,
                                  KbValue        *value,
                                  const char     *name);
const char *_kb_reader_string    (KbReader       *reader,
                                  KbValue        *value,
                                  const char     *name);
gboolean    _kb_reader_integer   (KbReader       *reader,
                                  KbValue        *value,
                                  const char     *name,
                                  gint64         *out);
JsonObject *_kb_reader_check_keys (KbReader          *reader,
                                   KbValue           *object,
                                   const char * const *known);
char       *_kb_reader_id        (KbReader       *reader,
                                  KbValue        *value,
                                  const char     *name);
void        _kb_reader_init_spots  (KbReader     *reader);
void        _kb_reader_clear_spots (KbReader     *reader);
guint       _kb_reader_find_spot (KbReader       *reader,
                                  gconstpointer   item,
                                  const char     *field,
                                  int             role,
                                  const char     *lang,
                                  gboolean       *at_key);
void        _kb_reader_mark      (KbReader       *reader,
                                  gconstpointer   item,
                                  const char     *field,
                                  int             role,
                                  guint           loc,
                                  gboolean        at_key);
char       *_kb_reader_marked_string (KbReader   *reader,
                                  KbValue        *value,
                                  const char     *name,
                                  gconstpointer   item,
                                  const char     *field);
KbText     *_kb_reader_text      (KbReader       *reader,
                                  KbValue        *value,
                                  const char     *name,
                                  gconstpointer   item,
                                  int             role);
GStrv       _kb_reader_strings   (KbReader       *reader,
                                  KbValue        *value,
                                  const char     *name,
                                  guint           max);
gboolean    _kb_reader_enum      (KbReader       *reader,
                                  KbValue        *value,
                                  const char     *name,
                                  GType           type,
                                  int            *out);
const char *_kb_suggest          (const char     *word,
                                  const char * const *candidates);
const char *_kb_reader_suggest   (KbReader       *reader,
                                  const char     *word,
                                  const char * const *candidates);

/* The array's elements with their positions, walked together. */
#define KB_READER_FOREACH_ELEMENT(reader, array, i, element)                                  \
  for (guint i = 0, _l = kb_json_locator_first ((reader)->loc, (array)->loc),                  \
       _n = json_array_get_length (json_node_get_array ((array)->node));                       \
       i < _n && ((element)->node = json_array_get_element (                                   \
                    json_node_get_array ((array)->node), i), (element)->loc = _l, TRUE);       \
       i++, _l = kb_json_locator_next ((reader)->loc, _l))

void        _kb_reader_read_categories (KbReader *reader,
                                        KbValue  *categories);
void        _kb_reader_read_cards      (KbReader *reader,
                                        KbValue  *cards);
void        _kb_reader_read_board      (KbReader *reader,
                                        KbValue  *board);

G_END_DECLS
