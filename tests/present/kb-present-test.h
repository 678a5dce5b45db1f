/* What the tests in tests/present share: real key presses in a real compositor, each checked
 * by what the user sees afterwards, and which screen each window is on. */
#pragma once

#include <gtk/gtk.h>

#include "kb-ui-test.h"

G_BEGIN_DECLS

void        kb_present_test_init     (int              *argc,
                                      char           ***argv);
gboolean    kb_present_wait          (KbTestCondition   condition,
                                      gpointer          data,
                                      guint             ms);
gboolean    kb_present_key           (const char       *mode,
                                      const char       *keys,
                                      const char       *expected,
                                      KbTestCondition   reached,
                                      gpointer          data);
gboolean    kb_present_key_within    (const char       *mode,
                                      const char       *keys,
                                      const char       *expected,
                                      KbTestCondition   reached,
                                      gpointer          data,
                                      guint             ms);
gboolean    kb_present_key_moves     (const char       *mode,
                                      const char       *keys,
                                      int               delta);
void        kb_present_follow        (GtkWindow        *window);
void        kb_present_follow_app    (GtkApplication   *app);
gboolean    kb_present_on_other_screens (GtkWindow     *one,
                                      GtkWindow        *other);
GdkMonitor *kb_present_monitor       (GtkWindow        *window);
const char *kb_present_connector     (GtkWindow        *window);
gboolean    kb_present_is_fullscreen (gpointer          window);
gboolean    kb_present_is_windowed   (gpointer          window);
gboolean    kb_present_is_active     (gpointer          window);
const char *kb_present_describe_focus (void);
void        kb_present_click         (GtkWindow        *window);
void        kb_present_click_into    (GtkWindow        *target);
void        kb_present_wait_for_keyboard (GtkWindow    *target);
gboolean    kb_present_room_placed   (GtkWindow        *room,
                                      GtkWindow        *facilitator);
gboolean    kb_present_ended         (GtkWindow        *room,
                                      GtkWindow        *facilitator);
GtkWidget  *kb_present_find          (GtkWidget        *root,
                                      GType             type);
GBytes     *kb_present_snapshot      (GtkWidget        *widget);
GBytes     *kb_present_settled_snapshot (GtkWidget     *widget);

G_END_DECLS
