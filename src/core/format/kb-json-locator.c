/* A strict JSON scanner that runs before json-glib. json-glib builds the tree, but it drops
 * what the validator needs: where each member starts (its signals fire after a value, at the
 * token that follows), duplicate keys (the last one silently wins), a second top-level value
 * (silently dropped), and positions for invalid UTF-8 (none) or syntax errors (the token
 * before). This pass records the start of every key and value and reports those problems at
 * the exact spot, so json-glib only ever sees well-formed input. */
#define G_LOG_DOMAIN "kletsborden-json"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "kb-json-locator-private.h"
#include "kb-limits.h"
#include "kb-problems.h"

/* Columns count characters, not bytes, so "é" is one column as in any text editor. */
static guint
column_of (KbJsonLocator *self,
           const char    *at)
{
  const char *q = self->line_start;
  guint column = 1;

  if (self->column_at >= self->line_start && self->column_at <= at)
    {
      q = self->column_at;
      column = self->column_value;
    }
  for (; q < at; q++)
    if (((guchar) *q & 0xC0) != 0x80)
      column++;
  self->column_at = at;
  self->column_value = column;
  return column;
}

static void
fail_at (KbJsonLocator *self,
         const char    *at,
         const char    *message)
{
  if (self->failed)
    return;
  self->failed = TRUE;
  kb_problems_add_literal (self->problems, KB_PROBLEM_ERROR, self->line, column_of (self, at),
                           message);
}

static void
skip_space (KbJsonLocator *self)
{
  while (self->p < self->end)
    {
      char c = *self->p;
      if (c == '\n')
        {
          self->line++;
          self->line_start = ++self->p;
        }
      else if (c == ' ' || c == '\t' || c == '\r')
        self->p++;
      else
        break;
    }
}

static char *
describe_token (KbJsonLocator *self)
{
  const char *q = self->p;
  gsize n = 0;

  if (q >= self->end)
    return g_strdup (_("the end of the file"));
  if (strchr ("{}[]:,\"", *q) != NULL)
    return g_strdup_printf ("'%c'", *q);
  /* One word or character, whole UTF-8 sequences only. */
  while (q + n < self->end && n < 20 && (g_ascii_isalnum (q[n]) || q[n] == '_' || q[n] == '-' ||
                                         q[n] == '.' || q[n] == '+'))
    n++;
  if (n == 0)
    n = g_utf8_next_char (q) - q;
  return g_strdup_printf ("\"%.*s\"", (int) MIN (n, (gsize) (self->end - q)), q);
}

static void
fail_unexpected (KbJsonLocator *self,
                 const char    *expected)
{
  g_autofree char *found = describe_token (self);
  g_autofree char *message = NULL;

  if (self->p < self->end && *self->p == '/' )
    message = g_strdup (_("JSON has no comments; remove this one"));
  else if (self->p < self->end && *self->p == '\'')
    message = g_strdup (_("strings in JSON need double quotes (\"), not single ones"));
  else
    message = g_strdup_printf (_("expected %s but found %s"), expected, found);
  fail_at (self, self->p, message);
}

static guint32
add_node (KbJsonLocator *self,
          guint32        parent,
          const char    *key,
          guint          key_line,
          guint          key_column)
{
  KbLocNode node = { 0, };
  guint32 index = self->nodes->len;

  node.line = self->line;
  node.column = column_of (self, self->p);
  node.key = key;
  node.key_line = key_line;
  node.key_column = key_column;
  node.first_child = node.last_child = node.next_sibling = KB_LOC_NONE;
  g_array_append_val (self->nodes, node);

  if (parent != KB_LOC_NONE)
    {
      KbLocNode *p = &g_array_index (self->nodes, KbLocNode, parent);
      if (p->last_child == KB_LOC_NONE)
        p->first_child = index;
      else
        g_array_index (self->nodes, KbLocNode, p->last_child).next_sibling = index;
      p->last_child = index;
    }
  return index;
}

/* Reads a string at self->p (a '"'); with @out, its unescaped value. */
static gboolean
scan_string (KbJsonLocator *self,
             GString       *out)
{
  const char *start = self->p;

  self->p++;
  while (self->p < self->end)
    {
      guchar c = (guchar) *self->p;

      if (c == '"')
        {
          self->p++;
          return TRUE;
        }
      if (c == '\n')
        break;
      if (c < 0x20)
        {
          fail_at (self, self->p, _("a string may not contain a tab or other control "
                                    "character; write \\t or \\n"));
          return FALSE;
        }
      if (c == '\\')
        {
          const char *escape = self->p;
          char e = self->p + 1 < self->end ? self->p[1] : '\0';

          if (e == 'u')
            {
              gunichar u = 0;

              for (int i = 2; i < 6; i++)
                if (self->p + i >= self->end || !g_ascii_isxdigit (self->p[i]))
                  {
                    fail_at (self, escape, _("\\u must be followed by four hexadecimal digits"));
                    return FALSE;
                  }
                else
                  u = u * 16 + g_ascii_xdigit_value (self->p[i]);
              self->p += 6;
              if (u >= 0xD800 && u <= 0xDBFF && self->end - self->p >= 6 &&
                  self->p[0] == '\\' && self->p[1] == 'u')
                {
                  gunichar low = 0;
                  for (int i = 2; i < 6 && g_ascii_isxdigit (self->p[i]); i++)
                    low = low * 16 + g_ascii_xdigit_value (self->p[i]);
                  if (low >= 0xDC00 && low <= 0xDFFF)
                    {
                      u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
                      self->p += 6;
                    }
                }
              if (u == 0 || (u >= 0xD800 && u <= 0xDFFF))
                {
                  fail_at (self, escape, _("this \\u escape is not a valid character"));
                  return FALSE;
                }
              if (out != NULL)
                g_string_append_unichar (out, u);
              continue;
            }
          if (e == '\0' || strchr ("\"\\/bfnrt", e) == NULL)
            {
              fail_at (self, escape, _("unknown escape in a string; write \\\\ for a "
                                       "backslash"));
              return FALSE;
            }
          if (out != NULL)
            g_string_append_c (out, e == 'b' ? '\b' : e == 'f' ? '\f' : e == 'n' ? '\n'
                                    : e == 'r' ? '\r' : e == 't' ? '\t' : e);
          self->p += 2;
          continue;
        }
      if (out != NULL)
        g_string_append_c (out, (char) c);
      self->p++;
    }
  fail_at (self, start, _("this string is not closed: a '\"' is missing at its end"));
  return FALSE;
}

static gboolean
scan_number (KbJsonLocator *self)
{
  const char *q = self->p;
  const char *start = q;

  if (q < self->end && *q == '-')
    q++;
  if (q < self->end && *q == '0')
    q++;
  else if (q < self->end && *q >= '1' && *q <= '9')
    while (q < self->end && g_ascii_isdigit (*q))
      q++;
  else
    goto bad;
  if (q < self->end && *q == '.')
    {
      q++;
      if (q >= self->end || !g_ascii_isdigit (*q))
        goto bad;
      while (q < self->end && g_ascii_isdigit (*q))
        q++;
    }
  if (q < self->end && (*q == 'e' || *q == 'E'))
    {
      q++;
      if (q < self->end && (*q == '+' || *q == '-'))
        q++;
      if (q >= self->end || !g_ascii_isdigit (*q))
        goto bad;
      while (q < self->end && g_ascii_isdigit (*q))
        q++;
    }
  if (q < self->end && (g_ascii_isalnum (*q) || *q == '.'))
    goto bad;
  /* json-glib wraps a whole number out of range without a word: -9223372036854775809 became
   * "newer version 9223372036854775807", a die of 2^64+1 became -1. Say it as it is written. */
  if (memchr (start, '.', (gsize) (q - start)) == NULL &&
      memchr (start, 'e', (gsize) (q - start)) == NULL &&
      memchr (start, 'E', (gsize) (q - start)) == NULL)
    {
      g_autofree char *text = g_strndup (start, (gsize) (q - start));
      if (!g_ascii_string_to_signed (text, 10, G_MININT64, G_MAXINT64, NULL, NULL))
        {
          g_autofree char *message = NULL;
          if (q - start > 40)
            strcpy (text + 37, "…");
          message = g_strdup_printf (_("the number %s is out of range; a whole number is from "
                                        "-9223372036854775808 to 9223372036854775807"), text);
          fail_at (self, start, message);
          return FALSE;
        }
    }
  self->p = q;
  return TRUE;

bad:
  self->p = start;
  fail_unexpected (self, _("a value"));
  return FALSE;
}

static gboolean scan_value (KbJsonLocator *self, guint32 node, guint depth);

static gboolean
key_seen (KbJsonLocator *self,
          guint32        object,
          const char    *key,
          GHashTable   **seen,
          guint         *n_members)
{
  KbLocNode *o = &g_array_index (self->nodes, KbLocNode, object);

  /* Keys come from a string chunk that interns them, so pointers compare. Past a few members
   * a hash table keeps a hostile file with 100 000 keys from taking quadratic time. */
  if (*n_members == 16)
    {
      *seen = g_hash_table_new (NULL, NULL);
      for (guint32 c = o->first_child; c != KB_LOC_NONE;
           c = g_array_index (self->nodes, KbLocNode, c).next_sibling)
        g_hash_table_add (*seen, (gpointer) g_array_index (self->nodes, KbLocNode, c).key);
    }
  (*n_members)++;
  if (*seen != NULL)
    return !g_hash_table_add (*seen, (gpointer) key);
  for (guint32 c = o->first_child; c != KB_LOC_NONE;
       c = g_array_index (self->nodes, KbLocNode, c).next_sibling)
    if (g_array_index (self->nodes, KbLocNode, c).key == key)
      return TRUE;
  return FALSE;
}

static gboolean
scan_object (KbJsonLocator *self,
             guint32        object,
             guint          depth)
{
  g_autoptr(GString) key = g_string_new (NULL);
  g_autoptr(GHashTable) seen = NULL;
  guint open_line = self->line;
  guint open_column = column_of (self, self->p);
  guint n_members = 0;

  self->p++;
  skip_space (self);
  if (self->p < self->end && *self->p == '}')
    {
      self->p++;
      return TRUE;
    }

  while (TRUE)
    {
      guint key_line, key_column;
      const char *interned;
      guint32 child;

      skip_space (self);
      if (self->p >= self->end)
        goto eof;
      if (*self->p == '}' && n_members > 0)
        {
          fail_at (self, self->p, _("a ',' before '}' is not allowed in JSON; remove it"));
          return FALSE;
        }
      if (*self->p != '"')
        {
          fail_unexpected (self, _("a member name in double quotes"));
          return FALSE;
        }
      key_line = self->line;
      key_column = column_of (self, self->p);
      g_string_truncate (key, 0);
      if (!scan_string (self, key))
        return FALSE;
      interned = g_string_chunk_insert_const (self->keys, key->str);
      if (key_seen (self, object, interned, &seen, &n_members))
        {
          g_autofree char *message = g_strdup_printf (_("\"%s\" appears twice in this object; "
                                                        "JSON keeps only the last one"),
                                                      interned);
          kb_problems_add_literal (self->problems, KB_PROBLEM_ERROR, key_line, key_column,
                                   message);
        }

      skip_space (self);
      if (self->p >= self->end)
        goto eof;
      if (*self->p != ':')
        {
          fail_unexpected (self, _("':' after the member name"));
          return FALSE;
        }
      self->p++;
      skip_space (self);
      if (self->p >= self->end)
        goto eof;
      child = add_node (self, object, interned, key_line, key_column);
      if (!scan_value (self, child, depth + 1))
        return FALSE;

      skip_space (self);
      if (self->p >= self->end)
        goto eof;
      if (*self->p == '}')
        {
          self->p++;
          return TRUE;
        }
      if (*self->p != ',')
        {
          fail_unexpected (self, *self->p == '"' ? _("',' between members")
                                                 : _("',' or '}'"));
          return FALSE;
        }
      self->p++;
    }

eof:
  {
    g_autofree char *message = g_strdup_printf (_("the file ends before the '{' of line %u, "
                                                  "column %u is closed"),
                                                open_line, open_column);
    fail_at (self, self->p, message);
    return FALSE;
  }
}

static gboolean
scan_array (KbJsonLocator *self,
            guint32        array,
            guint          depth)
{
  guint open_line = self->line;
  guint open_column = column_of (self, self->p);
  const char *key = g_array_index (self->nodes, KbLocNode, array).key;
  /* A deck's cards are counted while they are read, so a file of a million cards is refused
   * at the first card too many, before it is all read into memory (twice: here and by
   * json-glib). */
  guint n_left = depth == 2 && g_strcmp0 (key, "cards") == 0 ? KB_DECK_MAX_CARDS : G_MAXUINT;
  gboolean first = TRUE;

  self->p++;
  while (TRUE)
    {
      guint32 child;

      skip_space (self);
      if (self->p >= self->end)
        goto eof;
      if (*self->p == ']')
        {
          if (!first)
            {
              fail_at (self, self->p, _("a ',' before ']' is not allowed in JSON; remove it"));
              return FALSE;
            }
          self->p++;
          return TRUE;
        }
      if (n_left-- == 0)
        {
          g_autofree char *message = g_strdup_printf (_("too many cards (more than %u); a deck "
                                                        "has at most %u"),
                                                      KB_DECK_MAX_CARDS, KB_DECK_MAX_CARDS);
          self->failed = TRUE;
          kb_problems_add_literal (self->problems, KB_PROBLEM_ERROR, open_line, open_column,
                                   message);
          return FALSE;
        }
      child = add_node (self, array, NULL, 0, 0);
      if (!scan_value (self, child, depth + 1))
        return FALSE;
      first = FALSE;

      skip_space (self);
      if (self->p >= self->end)
        goto eof;
      if (*self->p == ']')
        {
          self->p++;
          return TRUE;
        }
      if (*self->p != ',')
        {
          fail_unexpected (self, _("',' or ']'"));
          return FALSE;
        }
      self->p++;
    }

eof:
  {
    g_autofree char *message = g_strdup_printf (_("the file ends before the '[' of line %u, "
                                                  "column %u is closed"),
                                                open_line, open_column);
    fail_at (self, self->p, message);
    return FALSE;
  }
}

static gboolean
scan_literal (KbJsonLocator *self,
              const char    *word)
{
  gsize n = strlen (word);

  if ((gsize) (self->end - self->p) >= n && memcmp (self->p, word, n) == 0 &&
      (self->p + n == self->end || !g_ascii_isalnum (self->p[n])))
    {
      self->p += n;
      return TRUE;
    }
  fail_unexpected (self, _("a value"));
  return FALSE;
}

static gboolean
scan_value (KbJsonLocator *self,
            guint32        node,
            guint          depth)
{
  if (depth > KB_DECK_MAX_NESTING)
    {
      g_autofree char *message = g_strdup_printf (_("the file is nested too deeply (more than "
                                                    "%u levels)"),
                                                  (guint) KB_DECK_MAX_NESTING);
      fail_at (self, self->p, message);
      return FALSE;
    }

  switch (*self->p)
    {
    case '{':
      return scan_object (self, node, depth);
    case '[':
      return scan_array (self, node, depth);
    case '"':
      return scan_string (self, NULL);
    case 't':
      return scan_literal (self, "true");
    case 'f':
      return scan_literal (self, "false");
    case 'n':
      return scan_literal (self, "null");
    default:
      if (*self->p == '-' || g_ascii_isdigit (*self->p))
        return scan_number (self);
      fail_unexpected (self, _("a value"));
      return FALSE;
    }
}

static void
report_bad_utf8 (KbJsonLocator *self,
                 const char    *bad)
{
  for (const char *q = self->data; q < bad; q++)
    if (*q == '\n')
      {
        self->line++;
        self->line_start = q + 1;
      }
  fail_at (self, bad, *bad == '\0' ? _("the file contains a NUL byte; is it a text file?")
                                   : _("the file is not valid UTF-8 here; save it as UTF-8"));
}

/**
 * kb_json_locator_new:
 *
 * Scans @data; problems go to @problems. Duplicate keys are reported but do not stop the scan.
 *
 * Returns: (transfer full) (nullable): the positions, or %NULL after a syntax error
 */
KbJsonLocator *
kb_json_locator_new (const char *data,
                     gsize       length,
                     KbProblems *problems)
{
  g_autoptr(KbJsonLocator) self = g_new0 (KbJsonLocator, 1);
  const char *invalid = NULL;

  self->data = data;
  self->end = data + length;
  self->p = data;
  self->line = 1;
  self->line_start = data;
  self->problems = problems;
  self->nodes = g_array_sized_new (FALSE, FALSE, sizeof (KbLocNode), 256);
  self->keys = g_string_chunk_new (1024);

  if (!g_utf8_validate (data, (gssize) length, &invalid))
    {
      report_bad_utf8 (self, invalid);
      return NULL;
    }

  /* Editors on Windows start UTF-8 files with a byte order mark; it is harmless. */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      self->line_start = self->p = data + 3;
      self->offset = 3;
    }

  skip_space (self);
  if (self->p >= self->end)
    {
      self->line = 1;
      self->line_start = self->p = data;
      fail_at (self, self->p, _("the file is empty; a deck is a JSON object"));
      return NULL;
    }

  add_node (self, KB_LOC_NONE, NULL, 0, 0);
  if (!scan_value (self, 0, 1))
    return NULL;
  skip_space (self);
  if (self->p < self->end)
    {
      fail_at (self, self->p, _("more text after the end of the deck; a file holds one "
                                "JSON object"));
      return NULL;
    }
  if (self->failed)
    return NULL;
  return g_steal_pointer (&self);
}

void
kb_json_locator_free (KbJsonLocator *self)
{
  g_array_unref (self->nodes);
  g_string_chunk_free (self->keys);
  g_free (self);
}

/* Where json-glib should start reading: after a byte order mark, which it does not skip. */
gsize
kb_json_locator_get_offset (KbJsonLocator *self)
{
  return self->offset;
}
