/* What the deck editor's UI tests share: finding the editor, typing, and Tab to a field. */
#pragma once

#include <adwaita.h>

#include "kb-application.h"
#include "kb-editor-window.h"

G_BEGIN_DECLS

KbEditorWindow *kb_editor_test_find        (KbApplication  *app);
KbEditorWindow *kb_editor_test_wait_editor (KbApplication  *app);
void            kb_editor_test_type        (GtkWindow      *window,
                                            const char     *text);
void            kb_editor_test_press       (GtkWindow      *window,
                                            const char     *key);
const char     *kb_editor_test_focused_row (GtkWindow      *window);
void            kb_editor_test_wait_row    (GtkWindow      *window,
                                            const char     *row_title);
void            kb_editor_test_wait_row_shown (GtkWindow   *window,
                                               const char  *row_title);
void            kb_editor_test_tab_to      (GtkWindow      *window,
                                            const char     *row_title);
void            kb_editor_test_fresh_data  (void);
GtkWidget      *kb_editor_test_find_row    (GtkWidget      *root,
                                            const char     *row_title);
GtkWidget      *kb_editor_test_find_widget (GtkWidget      *root,
                                            GType           type);
GtkWindow      *kb_editor_test_wait_toplevel (GType         type);
void            kb_editor_test_focus_window (GtkWindow     *window);
void            kb_editor_test_shot        (GtkWidget      *widget,
                                            const char     *name);
void            kb_editor_test_shot_size   (GtkWindow      *window);

G_END_DECLS
