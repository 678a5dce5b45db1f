/* What the .ods and .xlsx readers share of libxml2: a document parsed safely, and elements
 * found by their namespace and local name. */
#pragma once

#include <glib.h>
#include <libxml/tree.h>

G_BEGIN_DECLS

xmlDoc     *_kb_import_xml_parse     (GBytes      *bytes,
                                      GError     **error);
gboolean    _kb_import_xml_is        (xmlNode     *node,
                                      const char  *ns,
                                      const char  *name);
xmlNode    *_kb_import_xml_child     (xmlNode     *parent,
                                      const char  *ns,
                                      const char  *name);
char       *_kb_import_xml_attr      (xmlNode     *node,
                                      const char  *ns,
                                      const char  *name);
guint       _kb_import_xml_attr_uint (xmlNode     *node,
                                      const char  *ns,
                                      const char  *name,
                                      guint        fallback);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)

G_END_DECLS
