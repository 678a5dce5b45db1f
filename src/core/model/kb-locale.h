/* One place that sets up gettext, shared by the program and the tests. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void kb_locale_init (void);

G_END_DECLS
