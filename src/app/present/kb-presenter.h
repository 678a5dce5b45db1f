/* One owner of the screens while presenting, for cards and the board alike: which screen the
 * room gets, the room's window, screens plugged in and out, the idle inhibitor. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KB_TYPE_PRESENTER (kb_presenter_get_type ())
G_DECLARE_FINAL_TYPE (KbPresenter, kb_presenter, KB, PRESENTER, GObject)

KbPresenter *kb_presenter_new              (GtkWindow   *window);
void         kb_presenter_start            (KbPresenter *self,
                                            GtkWidget   *room,
                                            GtkWidget   *keys);
void         kb_presenter_stop             (KbPresenter *self);
void         kb_presenter_leave            (KbPresenter *self);
gboolean     kb_presenter_get_presenting   (KbPresenter *self);
gboolean     kb_presenter_get_pending      (KbPresenter *self);
GtkWindow   *kb_presenter_get_room_window  (KbPresenter *self);
GtkWidget   *kb_presenter_get_page         (KbPresenter *self);
GdkMonitor  *kb_presenter_get_room_monitor (KbPresenter *self);
GdkMonitor  *kb_presenter_get_main_monitor (KbPresenter *self);
void         kb_presenter_swap             (KbPresenter *self);
void         kb_presenter_move_room        (KbPresenter *self,
                                            GdkMonitor  *monitor);
void         kb_presenter_identify         (KbPresenter *self);

G_END_DECLS
