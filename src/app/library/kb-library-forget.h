/* Forget This Session with Undo: the library's kept session leaves the disk only when the
 * toast goes without Undo. */
#pragma once

#include <adwaita.h>

#include "kb-library-page.h"

G_BEGIN_DECLS

void _kb_library_forget_session (KbLibraryPage   *page,
                                 AdwToastOverlay *overlay,
                                 KbSession       *session,
                                 KbSessionLog    *log);

G_END_DECLS
