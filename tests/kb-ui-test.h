/* What the UI tests share: waiting for the UI without hanging, and real key presses. */
#pragma once

#include <gtk/gtk.h>

#include "kb-application.h"

G_BEGIN_DECLS

typedef gboolean (*KbTestCondition) (gpointer data);

gboolean kb_test_wait_for        (KbTestCondition  condition,
                                  gpointer         data);
gboolean kb_test_is_mapped       (gpointer         widget);
gboolean kb_test_is_set          (gpointer         pointer_to_pointer);
void     kb_test_wait_for_paint  (GtkWidget       *widget);
void     kb_test_press_key       (GtkWindow       *window,
                                  const char      *key);
gboolean kb_test_can_press_keys  (void);
void     kb_test_track_monitor   (GtkWindow       *window,
                                  GdkMonitor     **where);
void     kb_test_wait_for_library (gpointer        window);
KbApplication *kb_test_start_app (void);
void     kb_test_stop_app        (KbApplication   *app);

G_END_DECLS
