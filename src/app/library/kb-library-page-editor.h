/* The library page's ways into the deck editor (an aspect of KbLibraryPage). */
#pragma once

#include "kb-library-page.h"

G_BEGIN_DECLS

void _kb_library_page_editor_class_init (GtkWidgetClass *widget_class);
void _kb_library_page_editor_init       (KbLibraryPage  *self);

G_END_DECLS
