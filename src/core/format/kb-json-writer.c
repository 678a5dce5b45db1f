/* A pretty printer with one fixed layout: Python's json.dumps(indent=2, ensure_ascii=False)
 * plus a final newline. Decks made with a script or by hand in that common layout are saved
 * back byte for byte. */
#define G_LOG_DOMAIN "kletsborden-json"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "kb-json-writer.h"

struct _KbJsonWriter
{
  GString *out;
  guint depth;
  GArray *has_items;        /* gboolean per open container */
  gboolean compact;
};

KbJsonWriter *
kb_json_writer_new (void)
{
  KbJsonWriter *self = g_new0 (KbJsonWriter, 1);

  self->out = g_string_sized_new (4096);
  self->has_items = g_array_new (FALSE, TRUE, sizeof (gboolean));
  return self;
}

/* One line with no spaces, for journals: a handful of blocks however much it holds, where a
 * JsonBuilder and JsonGenerator make and free a few for every value. */
KbJsonWriter *
kb_json_writer_new_compact (void)
{
  KbJsonWriter *self = kb_json_writer_new ();

  self->compact = TRUE;
  return self;
}

void
kb_json_writer_free (KbJsonWriter *self)
{
  g_string_free (self->out, TRUE);
  g_array_unref (self->has_items);
  g_free (self);
}

/* Returns: (transfer full): the text as written, with no final newline. */
char *
kb_json_writer_free_to_string (KbJsonWriter *self)
{
  char *text;

  g_assert (self->has_items->len == 0);
  text = g_string_free (self->out, FALSE);
  g_array_unref (self->has_items);
  g_free (self);
  return text;
}

/* Returns: (transfer full): the text as a file has it, ending in a newline. */
GBytes *
kb_json_writer_free_to_bytes (KbJsonWriter *self)
{
  gsize length;

  g_string_append_c (self->out, '\n');
  length = self->out->len;
  return g_bytes_new_take (kb_json_writer_free_to_string (self), length);
}

static void
newline (KbJsonWriter *self)
{
  if (self->compact)
    return;
  g_string_append_c (self->out, '\n');
  for (guint i = 0; i < self->has_items->len; i++)
    g_string_append (self->out, "  ");
}

static void
write_string (GString    *out,
              const char *s)
{
  g_string_append_c (out, '"');
  for (const guchar *p = (const guchar *) s; *p != '\0'; p++)
    switch (*p)
      {
      case '"': g_string_append (out, "\\\""); break;
      case '\\': g_string_append (out, "\\\\"); break;
      case '\n': g_string_append (out, "\\n"); break;
      case '\r': g_string_append (out, "\\r"); break;
      case '\t': g_string_append (out, "\\t"); break;
      case '\b': g_string_append (out, "\\b"); break;
      case '\f': g_string_append (out, "\\f"); break;
      default:
        if (*p < 0x20)
          g_string_append_printf (out, "\\u%04x", *p);
        else
          g_string_append_c (out, (char) *p);
      }
  g_string_append_c (out, '"');
}

/* Starts an item: the comma after the one before, a new line, and the key in an object. */
static void
begin_item (KbJsonWriter *self,
            const char   *key)
{
  if (self->has_items->len > 0)
    {
      gboolean *has = &g_array_index (self->has_items, gboolean, self->has_items->len - 1);
      if (*has)
        g_string_append_c (self->out, ',');
      *has = TRUE;
      newline (self);
    }
  if (key != NULL)
    {
      write_string (self->out, key);
      g_string_append (self->out, self->compact ? ":" : ": ");
    }
}

static void
begin_container (KbJsonWriter *self,
                 const char   *key,
                 char          open)
{
  gboolean none = FALSE;

  begin_item (self, key);
  g_string_append_c (self->out, open);
  g_array_append_val (self->has_items, none);
}

static void
end_container (KbJsonWriter *self,
               char          close)
{
  gboolean had_items;

  g_return_if_fail (self->has_items->len > 0);
  had_items = g_array_index (self->has_items, gboolean, self->has_items->len - 1);
  g_array_set_size (self->has_items, self->has_items->len - 1);
  if (had_items)
    newline (self);
  g_string_append_c (self->out, close);
}

void
kb_json_writer_begin_object (KbJsonWriter *self,
                             const char   *key)
{
  begin_container (self, key, '{');
}

void
kb_json_writer_end_object (KbJsonWriter *self)
{
  end_container (self, '}');
}

void
kb_json_writer_begin_array (KbJsonWriter *self,
                            const char   *key)
{
  begin_container (self, key, '[');
}

void
kb_json_writer_end_array (KbJsonWriter *self)
{
  end_container (self, ']');
}

void
kb_json_writer_string (KbJsonWriter *self,
                       const char   *key,
                       const char   *value)
{
  begin_item (self, key);
  write_string (self->out, value);
}

void
kb_json_writer_int (KbJsonWriter *self,
                    const char   *key,
                    gint64        value)
{
  begin_item (self, key);
  g_string_append_printf (self->out, "%" G_GINT64_FORMAT, value);
}

void
kb_json_writer_boolean (KbJsonWriter *self,
                        const char   *key,
                        gboolean      value)
{
  begin_item (self, key);
  g_string_append (self->out, value ? "true" : "false");
}

void
kb_json_writer_null (KbJsonWriter *self,
                     const char   *key)
{
  begin_item (self, key);
  g_string_append (self->out, "null");
}

/* The shortest digits that read back the same, laid out as Python's repr() does: plain
 * notation from 1e-4 up to 1e16 ("1500.0", "0.001"), else "1.5e+16", "1e-05". */
static void
write_double (GString *out,
              double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char digits[32];
  gsize n = 0;
  int exponent;
  char *e;

  if (!isfinite (value))
    {
      g_string_append (out, "null");
      return;
    }
  for (int precision = 0; precision < 17; precision++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%de", precision);
      g_ascii_formatd (buffer, sizeof buffer, format, value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
    }
  e = strchr (buffer, 'e');
  g_assert (e != NULL);
  exponent = atoi (e + 1);
  for (const char *p = buffer; p < e; p++)
    if (g_ascii_isdigit (*p))
      digits[n++] = *p;
  while (n > 1 && digits[n - 1] == '0')
    n--;
  digits[n] = '\0';

  if (buffer[0] == '-')
    g_string_append_c (out, '-');
  if (exponent >= -4 && exponent < 16)
    {
      if (exponent < 0)
        {
          g_string_append (out, "0.");
          for (int i = -1; i > exponent; i--)
            g_string_append_c (out, '0');
          g_string_append (out, digits);
        }
      else
        {
          for (int i = 0; i <= exponent; i++)
            g_string_append_c (out, (gsize) i < n ? digits[i] : '0');
          g_string_append_c (out, '.');
          g_string_append (out, (gsize) exponent + 1 < n ? digits + exponent + 1 : "0");
        }
      return;
    }
  g_string_append_c (out, digits[0]);
  if (n > 1)
    {
      g_string_append_c (out, '.');
      g_string_append (out, digits + 1);
    }
  g_string_append_printf (out, "e%c%02d", exponent < 0 ? '-' : '+', ABS (exponent));
}

void
kb_json_writer_node (KbJsonWriter *self,
                     const char   *key,
                     JsonNode     *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObjectIter iter;
        const char *name;
        JsonNode *member;

        kb_json_writer_begin_object (self, key);
        json_object_iter_init_ordered (&iter, json_node_get_object (node));
        while (json_object_iter_next_ordered (&iter, &name, &member))
          kb_json_writer_node (self, name, member);
        kb_json_writer_end_object (self);
      }
      break;
    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);

        kb_json_writer_begin_array (self, key);
        for (guint i = 0; i < json_array_get_length (array); i++)
          kb_json_writer_node (self, NULL, json_array_get_element (array, i));
        kb_json_writer_end_array (self);
      }
      break;
    case JSON_NODE_NULL:
      kb_json_writer_null (self, key);
      break;
    case JSON_NODE_VALUE:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING:
          kb_json_writer_string (self, key, json_node_get_string (node));
          break;
        case G_TYPE_INT64:
          kb_json_writer_int (self, key, json_node_get_int (node));
          break;
        case G_TYPE_BOOLEAN:
          kb_json_writer_boolean (self, key, json_node_get_boolean (node));
          break;
        default:
          begin_item (self, key);
          write_double (self->out, json_node_get_double (node));
          break;
        }
      break;
    default:
      g_assert_not_reached ();
    }
}
