/* The application: one instance, its actions, and the main window. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define KB_TYPE_APPLICATION (kb_application_get_type ())
G_DECLARE_FINAL_TYPE (KbApplication, kb_application, KB, APPLICATION, AdwApplication)

KbApplication *kb_application_new (GApplicationFlags flags);
void           kb_application_preset_theme (void);

G_END_DECLS
