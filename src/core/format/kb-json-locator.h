/* Where each value of a JSON text starts, and the syntax problems json-glib reports poorly. */
#pragma once

#include <glib.h>

#include "kb-types.h"

G_BEGIN_DECLS

#define KB_LOC_NONE G_MAXUINT32

typedef struct _KbJsonLocator KbJsonLocator;

KbJsonLocator *kb_json_locator_new        (const char    *data,
                                           gsize          length,
                                           KbProblems    *problems);
void           kb_json_locator_free       (KbJsonLocator *self);

gsize          kb_json_locator_get_offset (KbJsonLocator *self);
guint          kb_json_locator_root       (KbJsonLocator *self);
guint          kb_json_locator_first      (KbJsonLocator *self,
                                           guint          node);
guint          kb_json_locator_next       (KbJsonLocator *self,
                                           guint          node);
guint          kb_json_locator_member     (KbJsonLocator *self,
                                           guint          object,
                                           const char    *name);
const char    *kb_json_locator_key        (KbJsonLocator *self,
                                           guint          node);
void           kb_json_locator_position   (KbJsonLocator *self,
                                           guint          node,
                                           guint         *line,
                                           guint         *column);
void           kb_json_locator_key_position (KbJsonLocator *self,
                                           guint          node,
                                           guint         *line,
                                           guint         *column);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KbJsonLocator, kb_json_locator_free)

G_END_DECLS
