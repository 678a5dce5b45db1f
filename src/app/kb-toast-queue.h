/* The one way toasts are shown and taken away in this app (see kb-toast-queue.c for why). */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void kb_toast_overlay_show (AdwToastOverlay *overlay,
                            AdwToast        *toast);

void kb_toast_dismiss      (AdwToast        *toast);

G_END_DECLS
