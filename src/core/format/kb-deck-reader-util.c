/* The small readers every part of a deck uses: typed members, ids, colours, texts, art paths,
 * unknown keys. Each reports at the value's own line and column and goes on, so that one
 * run shows every problem. */
#define G_LOG_DOMAIN "kletsborden-reader"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "kb-deck-reader-private.h"
#include "kb-limits.h"
#include "kb-text-safety.h"

void
_kb_reader_problem (KbReader       *reader,
                    KbProblemLevel  level,
                    guint           loc,
                    gboolean        at_key,
                    const char     *format,
                    ...)
{
  g_autofree char *message = NULL;
  guint line, column;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (at_key)
    kb_json_locator_key_position (reader->loc, loc, &line, &column);
  else
    kb_json_locator_position (reader->loc, loc, &line, &column);
  kb_problems_add_literal (reader->problems, level, line, column, message);
}

/* Fills @member when @object has @name; no problem when it has not. */
gboolean
_kb_reader_member (KbReader   *reader,
                   KbValue    *object,
                   const char *name,
                   KbValue    *member)
{
  JsonObject *o = json_node_get_object (object->node);

  member->node = json_object_get_member (o, name);
  if (member->node == NULL)
    return FALSE;
  member->loc = kb_json_locator_member (reader->loc, object->loc, name);
  return TRUE;
}

gboolean
_kb_reader_require (KbReader   *reader,
                    KbValue    *object,
                    const char *name,
                    KbValue    *member)
{
  if (_kb_reader_member (reader, object, name, member))
    return TRUE;
  _kb_reader_problem (reader, KB_PROBLEM_ERROR, object->loc, FALSE,
                      _("the required member \"%s\" is missing"), name);
  return FALSE;
}

gboolean
_kb_reader_is_object (KbReader   *reader,
                      KbValue    *value,
                      const char *name)
{
  if (JSON_NODE_HOLDS_OBJECT (value->node))
    return TRUE;
  if (kb_json_locator_key (reader->loc, value->loc) == NULL)
    _kb_reader_problem (reader, KB_PROBLEM_ERROR, value->loc, FALSE,
                        _("each element of \"%s\" must be an object ({ … })"), name);
  else
    _kb_reader_problem (reader, KB_PROBLEM_ERROR, value->loc, FALSE,
                        _("\"%s\" must be an object ({ … })"), name);
  return FALSE;
}

gboolean
_kb_reader_is_array (KbReader   *reader,
                     KbValue    *value,
                     const char *name)
{
  if (JSON_NODE_HOLDS_ARRAY (value->node))
    return TRUE;
  _kb_reader_problem (reader, KB_PROBLEM_ERROR, value->loc, FALSE,
                      _("\"%s\" must be an array ([ … ])"), name);
  return FALSE;
}

const char *
_kb_reader_string (KbReader   *reader,
                   KbValue    *value,
                   const char *name)
{
  if (JSON_NODE_HOLDS_VALUE (value->node) &&
      json_node_get_value_type (value->node) == G_TYPE_STRING)
    return json_node_get_string (value->node);
  if (kb_json_locator_key (reader->loc, value->loc) == NULL)
    _kb_reader_problem (reader, KB_PROBLEM_ERROR, value->loc, FALSE,
                        _("each element of \"%s\" must be a string"), name);
  else
    _kb_reader_problem (reader, KB_PROBLEM_ERROR, value->loc, FALSE,
                        _("\"%s\" must be a string"), name);
  return NULL;
}

gboolean
_kb_reader_integer (KbReader   *reader,
                    KbValue    *value,
                    const char *name,
                    gint64     *out)
{
  if (JSON_NODE_HOLDS_VALUE (value->node) &&
      json_node_get_value_type (value->node) == G_TYPE_INT64)
    {
      *out = json_node_get_int (value->node);
      return TRUE;
    }
  _kb_reader_problem (reader, KB_PROBLEM_ERROR, value->loc, FALSE,
                      _("\"%s\" must be a whole number"), name);
  return FALSE;
}

/* Optimal string alignment distance: a swap of two letters ("kidn") counts as one typo. */
static guint
edit_distance (const char *a,
               const char *b)
{
  gsize la = strlen (a), lb = strlen (b);
  guint d[65][65];

  if (la > 64 || lb > 64)
    return G_MAXUINT;
  for (gsize i = 0; i <= la; i++)
    d[i][0] = (guint) i;
  for (gsize j = 0; j <= lb; j++)
    d[0][j] = (guint) j;
  for (gsize i = 1; i <= la; i++)
    for (gsize j = 1; j <= lb; j++)
      {
        guint cost = g_ascii_tolower (a[i - 1]) == g_ascii_tolower (b[j - 1]) ? 0 : 1;

        d[i][j] = MIN (MIN (d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
          d[i][j] = MIN (d[i][j], d[i - 2][j - 2] + 1);
      }
  return d[la][lb];
}

/**
 * _kb_suggest:
 *
 * Returns: (nullable): the candidate closest to @word when it is close enough to be a typo
 */
const char *
_kb_suggest (const char         *word,
             const char * const *candidates)
{
  const char *best = NULL;
  guint best_distance = G_MAXUINT;
  guint allowed = strlen (word) <= 4 ? 1 : strlen (word) <= 8 ? 2 : 3;

  for (guint i = 0; candidates != NULL && candidates[i] != NULL; i++)
    {
      guint d = edit_distance (word, candidates[i]);
      if (d < best_distance)
        {
          best_distance = d;
          best = candidates[i];
        }
    }
  return best_distance <= allowed ? best : NULL;
}

/* Once the list of problems is full nobody reads the rest, so spare the search: a file with
 * 50 000 misspelt references would otherwise take minutes. */
const char *
_kb_reader_suggest (KbReader           *reader,
                    const char         *word,
                    const char * const *candidates)
{
  if (kb_problems_get_n_items (reader->problems) >= KB_PROBLEMS_MAX)
    return NULL;
  return _kb_suggest (word, candidates);
}

/**
 * _kb_reader_check_keys:
 *
 * Warns about members not in @known, and keeps them so that saving loses nothing.
 *
 * Returns: (transfer full) (nullable): the unknown members, in file order
 */
JsonObject *
_kb_reader_check_keys (KbReader           *reader,
                       KbValue            *object,
                       const char * const *known)
{
  JsonObject *extra = NULL;
  JsonObject *o = json_node_get_object (object->node);

  for (guint c = kb_json_locator_first (reader->loc, object->loc); c != KB_LOC_NONE;
       c = kb_json_locator_next (reader->loc, c))
    {
      const char *key = kb_json_locator_key (reader->loc, c);
      const char *suggestion;
      JsonNode *node;

      if (g_strv_contains (known, key) || (extra != NULL && json_object_has_member (extra, key)))
        continue;
      suggestion = _kb_reader_suggest (reader, key, known);
      if (suggestion != NULL)
        _kb_reader_problem (reader, KB_PROBLEM_WARNING, c, TRUE,
                            _("unknown member \"%s\" is ignored; did you mean \"%s\"?"),
                            key, suggestion);
      else
        _kb_reader_problem (reader, KB_PROBLEM_WARNING, c, TRUE,
                            _("unknown member \"%s\" is ignored"), key);

      node = json_object_get_member (o, key);
      if (node == NULL)
        continue;
      if (extra == NULL)
        extra = json_object_new ();
      json_object_set_member (extra, key, json_node_ref (node));
    }
  return extra;
}

char *
_kb_reader_id (KbReader   *reader,
               KbValue    *value,
               const char *name)
{
  const char *id = _kb_reader_string (reader, value, name);

  if (id == NULL)
    return NULL;
  if (*id == '\0')
    _kb_reader_problem (reader, KB_PROBLEM_ERROR, value->loc, FALSE,
                        _("\"%s\" is empty"), name);
  else if (strlen (id) > KB_DECK_MAX_ID_LENGTH)
    _kb_reader_problem (reader, KB_PROBLEM_ERROR, value->loc, FALSE,
                        _("\"%s\" is too long; an id has at most %u characters"),
                        name, (guint) KB_DECK_MAX_ID_LENGTH);
  else if (strspn (id, "abcdefghijklmnopqrstuvwxyz0123456789-") != strlen (id))
    _kb_reader_problem (reader, KB_PROBLEM_ERROR, value->loc, FALSE,
                        _("\"%s\" is not a valid id; use only a-z, 0-9 and '-'"), id);
  return g_strdup (id);
}

/* The checker names a spot in the model; the reader keeps where each spot is in the file: a
 * list it only appends to while it reads (a 10 000-card deck has some 100 000 spots, and a
 * printed key and a hash table entry for each cost a tenth of the load), and the index to find
 * one built only when the checker has a problem to place. The names and languages are the
 * reader's literals and the locator's keys, which outlive the read. */
typedef struct
{
  gconstpointer item;
  const char *field;        /* "" for the item itself */
  const char *lang;         /* "" for none */
  int role;
  gsize mark;               /* the locator's index and whether the key is meant */
} KbSpot;

static guint
spot_hash (gconstpointer data)
{
  const KbSpot *spot = data;

  return (g_direct_hash (spot->item) * 31 + g_str_hash (spot->field)) * 31 +
         g_str_hash (spot->lang) * 7 + (guint) spot->role;
}

static gboolean
spot_equal (gconstpointer a,
            gconstpointer b)
{
  const KbSpot *x = a, *y = b;

  return x->item == y->item && x->role == y->role && strcmp (x->field, y->field) == 0 &&
         strcmp (x->lang, y->lang) == 0;
}

void
_kb_reader_init_spots (KbReader *reader)
{
  reader->spots = g_array_new (FALSE, FALSE, sizeof (KbSpot));
}

void
_kb_reader_clear_spots (KbReader *reader)
{
  g_clear_pointer (&reader->spot_index, g_hash_table_unref);
  g_clear_pointer (&reader->spots, g_array_unref);
}

/**
 * _kb_reader_find_spot:
 * @at_key: (out): whether the spot is the key of the member rather than its value
 *
 * Returns: the locator's index of the spot marked last with these names, or %KB_LOC_NONE
 */
guint
_kb_reader_find_spot (KbReader      *reader,
                      gconstpointer  item,
                      const char    *field,
                      int            role,
                      const char    *lang,
                      gboolean      *at_key)
{
  KbSpot wanted = { item, field != NULL ? field : "", lang != NULL ? lang : "", role, 0 };
  const KbSpot *found;

  if (reader->spot_index == NULL)
    {
      /* The array no longer grows: its elements can be the keys. Later marks win. */
      reader->spot_index = g_hash_table_new (spot_hash, spot_equal);
      for (guint i = 0; i < reader->spots->len; i++)
        g_hash_table_replace (reader->spot_index, &g_array_index (reader->spots, KbSpot, i),
                              &g_array_index (reader->spots, KbSpot, i));
    }
  found = g_hash_table_lookup (reader->spot_index, &wanted);
  if (found == NULL)
    return KB_LOC_NONE;
  *at_key = found->mark & 1;
  return (guint) (found->mark >> 1);
}

static void
mark_spot (KbReader      *reader,
           gconstpointer  item,
           const char    *field,
           int            role,
           const char    *lang,
           guint          loc,
           gboolean       at_key)
{
  KbSpot spot = { item, field != NULL ? field : "", lang != NULL ? lang : "", role,
                  (gsize) loc << 1 | (at_key ? 1 : 0) };

  g_assert (reader->spot_index == NULL);
  g_array_append_val (reader->spots, spot);
}

void
_kb_reader_mark (KbReader      *reader,
                 gconstpointer  item,
                 const char    *field,
                 int            role,
                 guint          loc,
                 gboolean       at_key)
{
  mark_spot (reader, item, field, role, NULL, loc, at_key);
}

/* A string kept as written, for the checker to judge (a colour, a symbol, an art path). */
char *
_kb_reader_marked_string (KbReader      *reader,
                          KbValue       *value,
                          const char    *name,
                          gconstpointer  item,
                          const char    *field)
{
  const char *s = _kb_reader_string (reader, value, name);

  if (s == NULL)
    return NULL;
  _kb_reader_mark (reader, item, field, -1, value->loc, FALSE);
  return g_strdup (s);
}

static gboolean
check_text_value (KbReader   *reader,
                  KbValue    *value,
                  const char *name)
{
  g_autofree char *unsafe = NULL;
  const char *s;
  glong length;

  if (!JSON_NODE_HOLDS_VALUE (value->node) ||
      json_node_get_value_type (value->node) != G_TYPE_STRING)
    {
      _kb_reader_problem (reader, KB_PROBLEM_ERROR, value->loc, FALSE,
                          _("\"%s\" must be a text: a string, or an object from language code "
                            "to string"), name);
      return FALSE;
    }
  s = json_node_get_string (value->node);
  /* No more bytes than the limit means no more characters either: skip the count. */
  length = strlen (s) > KB_DECK_MAX_TEXT_LENGTH ? g_utf8_strlen (s, -1) : 0;
  if (s[strspn (s, " \t\n\r")] == '\0')
    {
      _kb_reader_problem (reader, KB_PROBLEM_ERROR, value->loc, FALSE,
                          _("\"%s\" is empty"), name);
      return FALSE;
    }
  if (length > KB_DECK_MAX_TEXT_LENGTH)
    {
      _kb_reader_problem (reader, KB_PROBLEM_ERROR, value->loc, FALSE,
                          _("\"%s\" is too long (%ld characters); a text has at most %u"),
                          name, length, (guint) KB_DECK_MAX_TEXT_LENGTH);
      return FALSE;
    }
  if (!kb_text_check_safe (s, &unsafe))
    {
      _kb_reader_problem (reader, KB_PROBLEM_ERROR, value->loc, FALSE,
                          _("\"%s\" cannot be shown as it is: %s"), name, unsafe);
      return FALSE;
    }
  return TRUE;
}

/**
 * _kb_reader_text:
 *
 * Reads a text: a plain string, or an object from language code to string. Its languages are
 * the checker's to judge; the positions of the text and of each language are kept for it.
 *
 * Returns: (transfer full) (nullable): the text; %NULL when it has errors
 */
KbText *
_kb_reader_text (KbReader      *reader,
                 KbValue       *value,
                 const char    *name,
                 gconstpointer  item,
                 int            role)
{
  g_autoptr(KbText) text = NULL;
  gboolean ok = TRUE;

  _kb_reader_mark (reader, item, name, role, value->loc, FALSE);
  if (!JSON_NODE_HOLDS_OBJECT (value->node))
    return check_text_value (reader, value, name)
      ? kb_text_new_plain (json_node_get_string (value->node)) : NULL;

  /* Looking up a language is linear; a text with thousands of them is a wrong file anyway. */
  if (json_object_get_size (json_node_get_object (value->node)) > KB_DECK_MAX_LANGUAGES)
    {
      _kb_reader_problem (reader, KB_PROBLEM_ERROR, value->loc, FALSE,
                          _("\"%s\" has too many languages; a deck has at most %u"), name,
                          (guint) KB_DECK_MAX_LANGUAGES);
      return NULL;
    }

  text = kb_text_new ();
  for (guint c = kb_json_locator_first (reader->loc, value->loc); c != KB_LOC_NONE;
       c = kb_json_locator_next (reader->loc, c))
    {
      const char *lang = kb_json_locator_key (reader->loc, c);
      KbValue member = { json_object_get_member (json_node_get_object (value->node), lang), c };

      mark_spot (reader, item, name, role, lang, c, TRUE);
      if (member.node != NULL && check_text_value (reader, &member, name))
        kb_text_set (text, lang, json_node_get_string (member.node));
      else
        ok = FALSE;
    }

  if (kb_json_locator_first (reader->loc, value->loc) == KB_LOC_NONE)
    {
      _kb_reader_problem (reader, KB_PROBLEM_ERROR, value->loc, FALSE,
                          _("\"%s\" has no text in any language"), name);
      return NULL;
    }
  if (!ok)
    return NULL;
  return g_steal_pointer (&text);
}

GStrv
_kb_reader_strings (KbReader   *reader,
                    KbValue    *value,
                    const char *name,
                    guint       max)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  KbValue element;

  if (!_kb_reader_is_array (reader, value, name))
    return NULL;
  if (json_array_get_length (json_node_get_array (value->node)) > max)
    _kb_reader_problem (reader, KB_PROBLEM_ERROR, value->loc, FALSE,
                        _("\"%s\" has too many elements; at most %u are allowed"), name, max);
  KB_READER_FOREACH_ELEMENT (reader, value, i, &element)
    {
      const char *s = _kb_reader_string (reader, &element, name);
      if (s == NULL)
        continue;
      if (*s == '\0')
        _kb_reader_problem (reader, KB_PROBLEM_ERROR, element.loc, FALSE,
                            _("\"%s\" has an empty string"), name);
      g_strv_builder_add (builder, s);
    }
  return g_strv_builder_end (builder);
}

/* Reads an enum member by its word; an unknown word is an error that lists the known ones. */
gboolean
_kb_reader_enum (KbReader   *reader,
                 KbValue    *value,
                 const char *name,
                 GType       type,
                 int        *out)
{
  const char *s = _kb_reader_string (reader, value, name);
  g_auto(GStrv) known = NULL;
  g_autofree char *list = NULL;
  const char *suggestion;

  if (s == NULL)
    return FALSE;
  if (kb_enum_from_nick (type, s, out))
    return TRUE;
  known = kb_enum_dup_nicks (type);
  list = g_strjoinv ("\", \"", known);
  suggestion = _kb_reader_suggest (reader, s, (const char * const *) known);

  if (suggestion != NULL)
    _kb_reader_problem (reader, KB_PROBLEM_ERROR, value->loc, FALSE,
                        _("\"%s\" is not a known \"%s\"; did you mean \"%s\"?"), s, name,
                        suggestion);
  else
    _kb_reader_problem (reader, KB_PROBLEM_ERROR, value->loc, FALSE,
                        _("\"%s\" is not a known \"%s\"; it must be one of \"%s\""), s,
                        name, list);
  return FALSE;
}
