/* libxml2 for the zipped sheets (kb-import-xml.h): no network, no external entities, and
 * libxml2's own guard against entity expansion (XML_PARSE_HUGE stays off). */
#define G_LOG_DOMAIN "kletsborden-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libxml/parser.h>

#include "kb-import-private.h"
#include "kb-import-xml.h"

xmlDoc *
_kb_import_xml_parse (GBytes  *bytes,
                      GError **error)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  xmlDoc *doc;

  if (size > G_MAXINT)
    size = G_MAXINT;
  doc = xmlReadMemory (data, (int) size, NULL, NULL,
                       XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (doc == NULL || xmlDocGetRootElement (doc) == NULL)
    {
      const xmlError *e = xmlGetLastError ();

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("its sheet is not well-formed XML (line %d: %s); the file is damaged"),
                   e != NULL ? e->line : 0, e != NULL && e->message != NULL
                                            ? g_strchomp (e->message) : "?");
      if (doc != NULL)
        xmlFreeDoc (doc);
      return NULL;
    }
  /* Spreadsheets never declare entities; a document that does may expand a few bytes into
   * gigabytes when its text is read ("billion laughs"). */
  if (doc->intSubset != NULL || doc->extSubset != NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("its sheet declares a document type, which spreadsheets never do; "
                             "save it again from the spreadsheet"));
      xmlFreeDoc (doc);
      return NULL;
    }
  return doc;
}

gboolean
_kb_import_xml_is (xmlNode    *node,
                   const char *ns,
                   const char *name)
{
  return node != NULL && node->type == XML_ELEMENT_NODE &&
         g_strcmp0 ((const char *) node->name, name) == 0 &&
         (ns == NULL || (node->ns != NULL && g_strcmp0 ((const char *) node->ns->href, ns) == 0));
}

xmlNode *
_kb_import_xml_child (xmlNode    *parent,
                      const char *ns,
                      const char *name)
{
  for (xmlNode *n = parent != NULL ? parent->children : NULL; n != NULL; n = n->next)
    if (_kb_import_xml_is (n, ns, name))
      return n;
  return NULL;
}

/* Returns: (transfer full) (nullable): the attribute, in g_malloc'd memory. */
char *
_kb_import_xml_attr (xmlNode    *node,
                     const char *ns,
                     const char *name)
{
  xmlChar *value = ns != NULL ? xmlGetNsProp (node, (const xmlChar *) name, (const xmlChar *) ns)
                              : xmlGetNoNsProp (node, (const xmlChar *) name);
  char *copy = g_strdup ((const char *) value);

  xmlFree (value);
  return copy;
}

guint
_kb_import_xml_attr_uint (xmlNode    *node,
                          const char *ns,
                          const char *name,
                          guint       fallback)
{
  g_autofree char *value = _kb_import_xml_attr (node, ns, name);
  guint64 n;

  if (value == NULL || !g_ascii_string_to_unsigned (value, 10, 1, G_MAXUINT, &n, NULL))
    return fallback;
  return (guint) n;
}
