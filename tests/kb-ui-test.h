/* What the UI tests share: waiting for the UI without hanging, and real key presses. */
#pragma once

#include <gtk/gtk.h>

#include "kb-application.h"
#include "kb-window.h"

G_BEGIN_DECLS

typedef gboolean (*KbTestCondition) (gpointer data);

gboolean kb_test_wait_for        (KbTestCondition  condition,
                                  gpointer         data);
gboolean kb_test_is_mapped       (gpointer         widget);
gboolean kb_test_is_set          (gpointer         pointer_to_pointer);
void     kb_test_wait_for_paint  (GtkWidget       *widget);
void     kb_test_wait_ms         (guint            ms);
GtkLabel *kb_test_find_label     (GtkWidget       *root,
                                  const char      *part);
GtkWidget *kb_test_find_by_class (GtkWidget       *root,
                                  const char      *css_class);
void     kb_test_press_key       (GtkWindow       *window,
                                  const char      *key);
gboolean kb_test_can_press_keys  (void);
void     kb_test_track_monitor   (GtkWindow       *window,
                                  GdkMonitor     **where);
void     kb_test_wait_for_library (gpointer        window);
KbApplication *kb_test_start_app (void);
const char *kb_test_compositor   (void);
void     kb_test_send_key        (const char      *keys);
void     kb_test_move_pointer    (int              x,
                                  int              y);
void     kb_test_click           (void);
int      kb_test_kept_position   (void);
int      kb_test_kept_moves      (void);
void     kb_test_stop_app        (KbApplication   *app);
KbWindow *kb_test_begin          (int             *argc,
                                  char          ***argv,
                                  const char      *area,
                                  KbApplication  **app);
int      kb_test_end             (KbApplication  **app);

G_END_DECLS
