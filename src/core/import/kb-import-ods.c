/* The first sheet of an OpenDocument spreadsheet (.ods, LibreOffice Calc's own): content.xml's
 * first table:table. LibreOffice writes equal neighbours once with a repeat count (two cells
 * "vraag" side by side, two equal rows, a million empty rows at the end), so repeats are
 * counted, and spelt out where they hold something. */
#define G_LOG_DOMAIN "kletsborden-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kb-import-private.h"
#include "kb-import-xml.h"

#define NS_OFFICE "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
#define NS_TABLE  "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
#define NS_TEXT   "urn:oasis:names:tc:opendocument:xmlns:text:1.0"

typedef struct
{
  KbImportTable *table;
  guint          row;     /* the number of the next row */
} OdsReader;

/* The text of a paragraph: spans and links as their text, text:s as spaces, text:tab and
 * text:line-break as they look; a comment on the cell (office:annotation) is not its text. */
static void
append_text (GString *out,
             xmlNode *node)
{
  for (xmlNode *n = node->children; n != NULL; n = n->next)
    {
      if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE)
        g_string_append (out, (const char *) n->content);
      else if (_kb_import_xml_is (n, NS_TEXT, "s"))
        {
          guint count = MIN (_kb_import_xml_attr_uint (n, NS_TEXT, "c", 1), 1000);
          for (guint i = 0; i < count; i++)
            g_string_append_c (out, ' ');
        }
      else if (_kb_import_xml_is (n, NS_TEXT, "tab"))
        g_string_append_c (out, '\t');
      else if (_kb_import_xml_is (n, NS_TEXT, "line-break"))
        g_string_append_c (out, '\n');
      else if (_kb_import_xml_is (n, NS_OFFICE, "annotation") ||
               _kb_import_xml_is (n, NS_TEXT, "note"))
        continue;
      else if (n->type == XML_ELEMENT_NODE)
        append_text (out, n);
    }
}

/* Returns: (transfer full) (nullable): the cell's paragraphs, one per line; %NULL when empty. */
static char *
cell_text (xmlNode *cell)
{
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean first = TRUE;

  for (xmlNode *n = cell->children; n != NULL; n = n->next)
    if (_kb_import_xml_is (n, NS_TEXT, "p") || _kb_import_xml_is (n, NS_TEXT, "h"))
      {
        if (!first)
          g_string_append_c (out, '\n');
        append_text (out, n);
        first = FALSE;
      }
  return out->len > 0 ? g_strdup (out->str) : NULL;
}

static void
read_row (OdsReader *reader,
          xmlNode   *row_node)
{
  guint repeat = _kb_import_xml_attr_uint (row_node, NS_TABLE, "number-rows-repeated", 1);
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  gboolean empty = TRUE;

  for (xmlNode *n = row_node->children; n != NULL && cells->len < KB_IMPORT_MAX_COLUMNS;
       n = n->next)
    {
      guint columns;
      char *text;

      if (!_kb_import_xml_is (n, NS_TABLE, "table-cell") &&
          !_kb_import_xml_is (n, NS_TABLE, "covered-table-cell"))
        continue;
      columns = _kb_import_xml_attr_uint (n, NS_TABLE, "number-columns-repeated", 1);
      text = cell_text (n);
      if (text == NULL)
        {
          /* Empty cells count only when something follows them. */
          for (guint i = 0; i < columns && cells->len < KB_IMPORT_MAX_COLUMNS; i++)
            g_ptr_array_add (cells, NULL);
          continue;
        }
      empty = FALSE;
      for (guint i = 0; i < columns && cells->len < KB_IMPORT_MAX_COLUMNS; i++)
        g_ptr_array_add (cells, g_strdup (text));
      g_free (text);
    }

  if (!empty)
    for (guint r = 0; r < repeat && reader->row <= KB_IMPORT_MAX_ROWS; r++)
      {
        KbImportRow *row = kb_import_table_add_row (reader->table, reader->row + r);

        for (guint i = 0; i < cells->len; i++)
          if (g_ptr_array_index (cells, i) != NULL)
            kb_import_row_set_cell (row, i + 1, _kb_import_unescape_formula (
                                      g_strdup (g_ptr_array_index (cells, i))));
      }
  reader->row += MIN (repeat, KB_IMPORT_MAX_ROWS);
}

/* Rows, also inside header rows and row groups. */
static void
read_rows (OdsReader *reader,
           xmlNode   *parent)
{
  for (xmlNode *n = parent->children; n != NULL && reader->row <= KB_IMPORT_MAX_ROWS;
       n = n->next)
    if (_kb_import_xml_is (n, NS_TABLE, "table-row"))
      read_row (reader, n);
    else if (_kb_import_xml_is (n, NS_TABLE, "table-header-rows") ||
             _kb_import_xml_is (n, NS_TABLE, "table-rows") ||
             _kb_import_xml_is (n, NS_TABLE, "table-row-group"))
      read_rows (reader, n);
}

KbImportTable *
_kb_import_ods_read (GBytes  *bytes,
                     GError **error)
{
  g_autoptr(GBytes) content = _kb_import_zip_member (bytes, "content.xml", error);
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(KbImportTable) table = NULL;
  xmlNode *sheet;
  OdsReader reader;

  if (content == NULL)
    return NULL;
  doc = _kb_import_xml_parse (content, error);
  if (doc == NULL)
    return NULL;
  sheet = _kb_import_xml_child (xmlDocGetRootElement (doc), NS_OFFICE, "body");
  sheet = _kb_import_xml_child (sheet, NS_OFFICE, "spreadsheet");
  sheet = _kb_import_xml_child (sheet, NS_TABLE, "table");
  if (sheet == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("it holds no sheet of a spreadsheet (is it a text document?)"));
      return NULL;
    }
  table = kb_import_table_new ();
  reader = (OdsReader) { table, 1 };
  read_rows (&reader, sheet);
  return g_steal_pointer (&table);
}
