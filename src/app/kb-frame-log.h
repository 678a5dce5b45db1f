#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void kb_frame_log_install (void);
void kb_frame_log_mark    (const char *what);

G_END_DECLS
