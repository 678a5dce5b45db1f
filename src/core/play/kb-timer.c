/* The speaking timer. It keeps no thread or timeout of its own: the UI asks for the remaining
 * time from its frame tick and calls kb_timer_update(), so tests drive it with a fake clock. */
#define G_LOG_DOMAIN "kletsborden-timer"

#include "config.h"

#include "kb-timer.h"

/* Two minutes: a common turn in the trainings this app is made for. */
#define DEFAULT_DURATION ((gint64) 120 * G_USEC_PER_SEC)

struct _KbTimer
{
  GObject parent_instance;

  KbClockFunc clock;
  gpointer clock_data;

  gint64 duration;
  /* What was left at started_at while running, or what is left now while stopped. */
  gint64 remaining;
  gint64 started_at;
  gboolean running;
  /* Set when "finished" has been emitted for this run, so it is emitted once. */
  gboolean finished_emitted;
};

G_DEFINE_FINAL_TYPE (KbTimer, kb_timer, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_DURATION,
  PROP_RUNNING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  FINISHED,
  RESET,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gint64
default_clock (gpointer user_data)
{
  return g_get_monotonic_time ();
}

static gint64
now (KbTimer *self)
{
  return self->clock (self->clock_data);
}

static gint64
remaining_at (KbTimer *self,
              gint64   time)
{
  gint64 elapsed;

  if (!self->running)
    return self->remaining;
  /* A clock that goes backwards (a fake one, or a bad one) never gives more than was left. */
  elapsed = MAX (time - self->started_at, 0);
  return elapsed >= self->remaining ? 0 : self->remaining - elapsed;
}

static void
set_running (KbTimer  *self,
             gboolean  running)
{
  if (self->running == running)
    return;
  self->running = running;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
}

static void
kb_timer_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  KbTimer *self = KB_TIMER (object);

  switch (prop_id)
    {
    case PROP_DURATION:
      g_value_set_int64 (value, self->duration);
      break;
    case PROP_RUNNING:
      g_value_set_boolean (value, self->running);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kb_timer_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  KbTimer *self = KB_TIMER (object);

  switch (prop_id)
    {
    case PROP_DURATION:
      kb_timer_set_duration (self, g_value_get_int64 (value));
      break;
    case PROP_RUNNING:
      if (g_value_get_boolean (value))
        kb_timer_start (self);
      else
        kb_timer_pause (self);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kb_timer_class_init (KbTimerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = kb_timer_get_property;
  object_class->set_property = kb_timer_set_property;

  properties[PROP_DURATION] =
    g_param_spec_int64 ("duration", NULL, NULL, 1, G_MAXINT64, DEFAULT_DURATION,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_RUNNING] =
    g_param_spec_boolean ("running", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * KbTimer::finished:
   *
   * The time has run out. Emitted once per run, from kb_timer_update().
   */
  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * KbTimer::reset:
   *
   * The turn is back at its full time, stopped: also after a pause, where "running" does not
   * change, so whoever shows the time left hears of it.
   */
  signals[RESET] = g_signal_new ("reset", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
kb_timer_init (KbTimer *self)
{
  self->clock = default_clock;
  self->duration = DEFAULT_DURATION;
  self->remaining = DEFAULT_DURATION;
}

KbTimer *
kb_timer_new (void)
{
  return g_object_new (KB_TYPE_TIMER, NULL);
}

/**
 * kb_timer_set_clock:
 * @clock: (nullable): returns monotonic microseconds; %NULL for g_get_monotonic_time()
 *
 * Lets tests drive the timer with a fake clock. A running timer keeps its remaining time.
 */
void
kb_timer_set_clock (KbTimer     *self,
                    KbClockFunc  clock,
                    gpointer     user_data)
{
  g_return_if_fail (KB_IS_TIMER (self));

  if (self->running)
    self->remaining = remaining_at (self, now (self));
  self->clock = clock != NULL ? clock : default_clock;
  self->clock_data = clock != NULL ? user_data : NULL;
  if (self->running)
    self->started_at = now (self);
}

/**
 * kb_timer_set_duration:
 * @duration_us: the length of a turn, more than 0
 *
 * The time already spoken is kept: a trainer who gives a speaker more time mid-turn adds to
 * what is left. When the new duration is already used up, the next kb_timer_update() finishes
 * the turn. A finished timer stays finished; its next start uses the new duration.
 */
void
kb_timer_set_duration (KbTimer *self,
                       gint64   duration_us)
{
  gint64 time, elapsed;

  g_return_if_fail (KB_IS_TIMER (self));
  g_return_if_fail (duration_us > 0);

  if (self->duration == duration_us)
    return;

  if (!kb_timer_is_finished (self))
    {
      time = now (self);
      elapsed = self->duration - remaining_at (self, time);
      self->remaining = elapsed >= duration_us ? 0 : duration_us - elapsed;
      self->started_at = time;
    }
  self->duration = duration_us;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DURATION]);
}

gint64
kb_timer_get_duration (KbTimer *self)
{
  g_return_val_if_fail (KB_IS_TIMER (self), 0);

  return self->duration;
}

/**
 * kb_timer_start:
 *
 * Starts or resumes the count-down; after the time has run out it starts a new turn from the
 * full duration.
 */
void
kb_timer_start (KbTimer *self)
{
  g_return_if_fail (KB_IS_TIMER (self));

  if (self->running)
    return;
  if (self->remaining == 0)
    {
      self->remaining = self->duration;
      self->finished_emitted = FALSE;
    }
  self->started_at = now (self);
  set_running (self, TRUE);
}

/* Keeps the remaining time. When the time ran out before this pause, it finishes instead, so a
 * late pause never swallows the "finished" signal. */
void
kb_timer_pause (KbTimer *self)
{
  g_return_if_fail (KB_IS_TIMER (self));

  if (!self->running)
    return;
  self->remaining = remaining_at (self, now (self));
  if (self->remaining == 0)
    {
      kb_timer_update (self);
      return;
    }
  set_running (self, FALSE);
}

void
kb_timer_toggle (KbTimer *self)
{
  g_return_if_fail (KB_IS_TIMER (self));

  if (self->running)
    kb_timer_pause (self);
  else
    kb_timer_start (self);
}

/* Back to the full duration, stopped, as before the first start. */
void
kb_timer_reset (KbTimer *self)
{
  g_return_if_fail (KB_IS_TIMER (self));

  self->remaining = self->duration;
  self->finished_emitted = FALSE;
  set_running (self, FALSE);
  g_signal_emit (self, signals[RESET], 0);
}

gboolean
kb_timer_is_running (KbTimer *self)
{
  g_return_val_if_fail (KB_IS_TIMER (self), FALSE);

  return self->running;
}

gint64
kb_timer_get_remaining (KbTimer *self)
{
  g_return_val_if_fail (KB_IS_TIMER (self), 0);

  return remaining_at (self, now (self));
}

double
kb_timer_get_fraction (KbTimer *self)
{
  g_return_val_if_fail (KB_IS_TIMER (self), 0.0);

  return CLAMP ((double) kb_timer_get_remaining (self) / (double) self->duration, 0.0, 1.0);
}

/* TRUE as soon as the time is used up, even before kb_timer_update() has seen it. */
gboolean
kb_timer_is_finished (KbTimer *self)
{
  g_return_val_if_fail (KB_IS_TIMER (self), FALSE);

  return kb_timer_get_remaining (self) == 0;
}

void
kb_timer_update (KbTimer *self)
{
  g_return_if_fail (KB_IS_TIMER (self));

  if (self->finished_emitted || kb_timer_get_remaining (self) > 0)
    return;

  self->remaining = 0;
  self->finished_emitted = TRUE;
  /* Hold a reference: a handler may drop the last one the UI had. */
  g_object_ref (self);
  set_running (self, FALSE);
  g_signal_emit (self, signals[FINISHED], 0);
  g_object_unref (self);
}

/**
 * kb_timer_format_time:
 * @us: a time in microseconds; below 0 counts as 0
 *
 * Rounds up, so the screen shows 0:01 for the last second and 0:00 only when the turn is over;
 * the same digits in every language, so not translated.
 */
char *
kb_timer_format_time (gint64 us)
{
  gint64 seconds = us <= 0 ? 0 : (us - 1) / G_USEC_PER_SEC + 1;

  if (seconds >= 3600)
    return g_strdup_printf ("%" G_GINT64_FORMAT ":%02d:%02d", seconds / 3600,
                            (int) (seconds / 60 % 60), (int) (seconds % 60));
  return g_strdup_printf ("%d:%02d", (int) (seconds / 60), (int) (seconds % 60));
}
