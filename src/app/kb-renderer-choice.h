#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean kb_renderer_is_software (const char *gl_renderer);
void     kb_renderer_choose      (void);

G_END_DECLS
