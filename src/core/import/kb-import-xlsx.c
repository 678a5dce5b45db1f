/* The first sheet of an Office Open XML workbook (.xlsx, Excel's own and LibreOffice's "Excel
 * 2007-365"): xl/workbook.xml names the sheets in order, its relationships say which file holds
 * the first; texts mostly live in xl/sharedStrings.xml and cells point into that list. Elements
 * are matched by local name, so the "strict" variant of the format reads too. */
#define G_LOG_DOMAIN "kletsborden-import"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "kb-import-private.h"
#include "kb-import-xml.h"

#define NS_REL_TRANSITIONAL "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define NS_REL_STRICT       "http://purl.oclc.org/ooxml/officeDocument/relationships"

/* Excel escapes characters XML cannot hold as _xHHHH_ ("_x000D_" for a carriage return). */
static char *
unescape (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; )
    {
      if (p[0] == '_' && p[1] == 'x' && strlen (p) >= 7 && p[6] == '_' &&
          g_ascii_isxdigit (p[2]) && g_ascii_isxdigit (p[3]) && g_ascii_isxdigit (p[4]) &&
          g_ascii_isxdigit (p[5]))
        {
          gunichar c = (g_ascii_xdigit_value (p[2]) << 12) | (g_ascii_xdigit_value (p[3]) << 8) |
                       (g_ascii_xdigit_value (p[4]) << 4) | g_ascii_xdigit_value (p[5]);
          if (c != '\r' && c != 0 && g_unichar_validate (c))
            g_string_append_unichar (out, c);
          p += 7;
          continue;
        }
      g_string_append_c (out, *p++);
    }
  return g_string_free (out, FALSE);
}

/* The text of a string item: <t>, or runs <r><t>…</t></r>; the phonetic guide <rPh> is not. */
static void
append_runs (GString *out,
             xmlNode *node)
{
  for (xmlNode *n = node->children; n != NULL; n = n->next)
    if (_kb_import_xml_is (n, NULL, "t"))
      {
        xmlChar *t = xmlNodeGetContent (n);
        g_string_append (out, (const char *) t);
        xmlFree (t);
      }
    else if (_kb_import_xml_is (n, NULL, "r"))
      append_runs (out, n);
}

static char *
string_item (xmlNode *si)
{
  g_autoptr(GString) out = g_string_new (NULL);

  append_runs (out, si);
  return unescape (out->str);
}

static GPtrArray *
read_shared_strings (GBytes  *zip,
                     GError **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = _kb_import_zip_member (zip, "xl/sharedStrings.xml", &local_error);
  g_autoptr(xmlDoc) doc = NULL;
  GPtrArray *strings = g_ptr_array_new_with_free_func (g_free);

  if (bytes == NULL)
    {
      /* A workbook of numbers only, or with inline strings, has no list. */
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        return strings;
      g_propagate_error (error, g_steal_pointer (&local_error));
      g_ptr_array_unref (strings);
      return NULL;
    }
  doc = _kb_import_xml_parse (bytes, error);
  if (doc == NULL)
    {
      g_ptr_array_unref (strings);
      return NULL;
    }
  for (xmlNode *n = xmlDocGetRootElement (doc)->children; n != NULL; n = n->next)
    if (_kb_import_xml_is (n, NULL, "si"))
      g_ptr_array_add (strings, string_item (n));
  return strings;
}

/* The path of the first sheet: workbook.xml's first <sheet>, through its relationship. */
static char *
first_sheet_path (GBytes *zip)
{
  g_autoptr(GBytes) workbook = _kb_import_zip_member (zip, "xl/workbook.xml", NULL);
  g_autoptr(GBytes) rels = _kb_import_zip_member (zip, "xl/_rels/workbook.xml.rels", NULL);
  g_autoptr(xmlDoc) wb_doc = workbook != NULL ? _kb_import_xml_parse (workbook, NULL) : NULL;
  g_autoptr(xmlDoc) rels_doc = rels != NULL ? _kb_import_xml_parse (rels, NULL) : NULL;
  g_autofree char *id = NULL;
  xmlNode *sheet;

  sheet = wb_doc != NULL ? _kb_import_xml_child (xmlDocGetRootElement (wb_doc), NULL, "sheets")
                         : NULL;
  sheet = _kb_import_xml_child (sheet, NULL, "sheet");
  if (sheet != NULL)
    {
      id = _kb_import_xml_attr (sheet, NS_REL_TRANSITIONAL, "id");
      if (id == NULL)
        id = _kb_import_xml_attr (sheet, NS_REL_STRICT, "id");
    }
  if (id != NULL && rels_doc != NULL)
    for (xmlNode *n = xmlDocGetRootElement (rels_doc)->children; n != NULL; n = n->next)
      {
        g_autofree char *rel_id = NULL;
        g_autofree char *target = NULL;

        if (!_kb_import_xml_is (n, NULL, "Relationship"))
          continue;
        rel_id = _kb_import_xml_attr (n, NULL, "Id");
        target = _kb_import_xml_attr (n, NULL, "Target");
        if (g_strcmp0 (rel_id, id) != 0 || target == NULL)
          continue;
        if (target[0] == '/')
          return g_strdup (target + 1);
        return g_strconcat ("xl/", target, NULL);
      }
  return g_strdup ("xl/worksheets/sheet1.xml");
}

/* "BC12" → column 55; 0 when @ref has no letters. */
static guint
column_of (const char *ref)
{
  guint column = 0;

  for (const char *p = ref; p != NULL && g_ascii_isalpha (*p) && column <= KB_IMPORT_MAX_COLUMNS;
       p++)
    column = column * 26 + (g_ascii_toupper (*p) - 'A' + 1);
  return column;
}

static char *
cell_value (xmlNode   *cell,
            GPtrArray *strings)
{
  g_autofree char *type = _kb_import_xml_attr (cell, NULL, "t");
  xmlNode *v = _kb_import_xml_child (cell, NULL, "v");
  g_autofree char *value = NULL;
  guint64 index;

  if (g_strcmp0 (type, "inlineStr") == 0)
    {
      xmlNode *is = _kb_import_xml_child (cell, NULL, "is");
      return is != NULL ? string_item (is) : NULL;
    }
  if (v == NULL)
    return NULL;
  value = (char *) xmlNodeGetContent (v);
  if (g_strcmp0 (type, "s") == 0)
    {
      if (!g_ascii_string_to_unsigned (value, 10, 0, G_MAXUINT, &index, NULL) ||
          index >= strings->len)
        return NULL;
      return g_strdup (g_ptr_array_index (strings, index));
    }
  if (g_strcmp0 (type, "b") == 0)
    return g_strdup (g_str_equal (value, "1") ? "TRUE" : "FALSE");
  return unescape (value);
}

KbImportTable *
_kb_import_xlsx_read (GBytes  *bytes,
                      GError **error)
{
  g_autofree char *path = first_sheet_path (bytes);
  g_autoptr(GPtrArray) strings = NULL;
  g_autoptr(GBytes) sheet_bytes = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(KbImportTable) table = NULL;
  xmlNode *data;
  guint next_row = 1;

  sheet_bytes = _kb_import_zip_member (bytes, path, error);
  if (sheet_bytes == NULL)
    return NULL;
  strings = read_shared_strings (bytes, error);
  if (strings == NULL)
    return NULL;
  doc = _kb_import_xml_parse (sheet_bytes, error);
  if (doc == NULL)
    return NULL;
  data = _kb_import_xml_child (xmlDocGetRootElement (doc), NULL, "sheetData");
  if (data == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("its first sheet holds no cells (it may be a chart sheet)"));
      return NULL;
    }

  table = kb_import_table_new ();
  for (xmlNode *r = data->children; r != NULL; r = r->next)
    {
      guint number, next_column = 1;
      KbImportRow *row;

      if (!_kb_import_xml_is (r, NULL, "row"))
        continue;
      number = _kb_import_xml_attr_uint (r, NULL, "r", next_row);
      if (number > KB_IMPORT_MAX_ROWS)
        break;
      next_row = number + 1;
      row = kb_import_table_add_row (table, number);
      for (xmlNode *c = r->children; c != NULL; c = c->next)
        {
          g_autofree char *ref = NULL;
          guint column;

          if (!_kb_import_xml_is (c, NULL, "c"))
            continue;
          ref = _kb_import_xml_attr (c, NULL, "r");
          column = column_of (ref);
          if (column == 0)
            column = next_column;
          next_column = column + 1;
          if (column <= KB_IMPORT_MAX_COLUMNS)
            kb_import_row_set_cell (row, column,
                                    _kb_import_unescape_formula (cell_value (c, strings)));
        }
    }
  return g_steal_pointer (&table);
}
