/* One way between an enum value and the word a file uses for it: the GEnum nicks glib-mkenums
 * generates from kb-enums.h. */
#pragma once

#include <glib-object.h>

#include "kb-enums.h"
#include "kb-enum-types.h"

G_BEGIN_DECLS

const char *kb_enum_to_nick      (GType        type,
                                  int          value);
gboolean    kb_enum_from_nick    (GType        type,
                                  const char  *nick,
                                  int         *value);
GStrv       kb_enum_dup_nicks    (GType        type);

G_END_DECLS
