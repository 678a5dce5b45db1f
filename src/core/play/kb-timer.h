/* The speaking timer: a duration per turn that counts down, pauses and resets. Pure state with
 * an injectable clock, so tests never wait in real time. */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Returns the time now in microseconds on a monotonic clock (g_get_monotonic_time by default). */
typedef gint64 (*KbClockFunc) (gpointer user_data);

#define KB_TYPE_TIMER (kb_timer_get_type ())
G_DECLARE_FINAL_TYPE (KbTimer, kb_timer, KB, TIMER, GObject)

KbTimer  *kb_timer_new              (void);
void      kb_timer_set_clock        (KbTimer     *self,
                                     KbClockFunc  clock,
                                     gpointer     user_data);
void      kb_timer_set_duration     (KbTimer     *self,
                                     gint64       duration_us);
gint64    kb_timer_get_duration     (KbTimer     *self);
void      kb_timer_start            (KbTimer     *self);
void      kb_timer_pause            (KbTimer     *self);
void      kb_timer_toggle           (KbTimer     *self);
void      kb_timer_reset            (KbTimer     *self);
gboolean  kb_timer_is_running       (KbTimer     *self);
gint64    kb_timer_get_remaining    (KbTimer     *self);   /* never below 0 */
double    kb_timer_get_fraction     (KbTimer     *self);   /* remaining / duration, 1 → 0 */
gboolean  kb_timer_is_finished      (KbTimer     *self);
/* Call from a tick: emits "finished" once when the time has run out. */
void      kb_timer_update           (KbTimer     *self);
/* "m:ss" (or "h:mm:ss"), rounded up as a count-down clock shows it: 0:00 only when time is up. */
char     *kb_timer_format_time      (gint64       us);

G_END_DECLS
