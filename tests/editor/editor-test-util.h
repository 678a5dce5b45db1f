/* What the deck editor's UI tests share: the app on a data folder of its own, finding the
 * editor, typing, Tab to a field, the pointer and its drags, and the deck as saved on disk. */
#pragma once

#include <adwaita.h>

#include "kb-application.h"
#include "kb-editor-window.h"
#include "kb-window.h"

G_BEGIN_DECLS

typedef gboolean (*KbEditorTestIs) (GtkWidget *widget, gconstpointer data);

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
GtkWidget      *kb_editor_test_find_where  (GtkWidget      *root,
                                            KbEditorTestIs  is,
                                            gconstpointer   data);
GtkWindow      *kb_editor_test_wait_toplevel (GType         type);
void            kb_editor_test_focus_window (GtkWindow     *window);
void            kb_editor_test_shot        (GtkWidget      *widget,
                                            const char     *name);
void            kb_editor_test_shot_size   (GtkWindow      *window);
KbWindow       *kb_editor_test_begin       (int            *argc,
                                            char         ***argv,
                                            KbApplication **app);
KbWindow       *kb_editor_test_start       (int            *argc,
                                            char         ***argv,
                                            KbApplication **app);
GtkWindow      *kb_editor_test_find_toplevel (GType         type);
const char     *kb_editor_test_text_in     (const KbText   *text,
                                            const char     *lang);
char           *kb_editor_test_card_ids    (KbDeck         *deck);
char           *kb_editor_test_squares_of  (KbDeck         *deck);
gboolean        kb_editor_test_saved       (gpointer        editor);
KbDeck         *kb_editor_test_save_and_read (KbEditorWindow *editor);
void            kb_editor_test_xdotool     (const char * const *args);
void            kb_editor_test_pointer_to  (GtkWidget      *widget,
                                            gboolean        slowly);
void            kb_editor_test_drag        (GtkWidget      *from,
                                            GtkWidget      *to);

G_END_DECLS
