/* The speaking timer, driven by a fake clock: no test waits in real time. */
#include "config.h"

#include "kb-timer.h"

#define SEC ((gint64) G_USEC_PER_SEC)

typedef struct
{
  gint64 now;
  KbTimer *timer;
  guint n_finished;
  guint n_resets;
  guint n_running_notifies;
  guint n_duration_notifies;
} Fixture;

static gint64
fake_clock (gpointer user_data)
{
  return ((Fixture *) user_data)->now;
}

static void
on_finished (KbTimer *timer,
             Fixture *fixture)
{
  fixture->n_finished++;
  /* The signal comes after the state is final, so a handler sees a stopped, empty timer. */
  g_assert_false (kb_timer_is_running (timer));
  g_assert_cmpint (kb_timer_get_remaining (timer), ==, 0);
}

static void
on_notify (KbTimer    *timer,
           GParamSpec *pspec,
           Fixture    *fixture)
{
  if (g_str_equal (pspec->name, "running"))
    fixture->n_running_notifies++;
  else if (g_str_equal (pspec->name, "duration"))
    fixture->n_duration_notifies++;
}

static void
on_reset (KbTimer *timer,
          Fixture *fixture)
{
  fixture->n_resets++;
  g_assert_cmpint (kb_timer_get_remaining (timer), ==, kb_timer_get_duration (timer));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  /* A start far from zero, so that a mix-up of absolute and relative times shows. */
  fixture->now = 1000 * SEC;
  fixture->timer = kb_timer_new ();
  kb_timer_set_clock (fixture->timer, fake_clock, fixture);
  kb_timer_set_duration (fixture->timer, 60 * SEC);
  g_signal_connect (fixture->timer, "finished", G_CALLBACK (on_finished), fixture);
  g_signal_connect (fixture->timer, "reset", G_CALLBACK (on_reset), fixture);
  g_signal_connect (fixture->timer, "notify", G_CALLBACK (on_notify), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->timer);
}

static void
advance (Fixture *fixture,
         gint64   us)
{
  fixture->now += us;
  kb_timer_update (fixture->timer);
}

static void
test_defaults (void)
{
  g_autoptr(KbTimer) timer = kb_timer_new ();
  gint64 duration;
  gboolean running;

  g_object_get (timer, "duration", &duration, "running", &running, NULL);
  g_assert_cmpint (duration, ==, 120 * SEC);
  g_assert_false (running);
  g_assert_cmpint (kb_timer_get_remaining (timer), ==, 120 * SEC);
  g_assert_cmpfloat (kb_timer_get_fraction (timer), ==, 1.0);
  g_assert_false (kb_timer_is_finished (timer));

  /* The real clock: a timer started just now has not lost more than a minute. */
  kb_timer_start (timer);
  g_assert_true (kb_timer_is_running (timer));
  g_assert_cmpint (kb_timer_get_remaining (timer), >, 60 * SEC);
  g_assert_cmpint (kb_timer_get_remaining (timer), <=, 120 * SEC);
}

static void
test_counts_down (Fixture       *fixture,
                  gconstpointer  data)
{
  KbTimer *timer = fixture->timer;

  g_assert_cmpint (kb_timer_get_remaining (timer), ==, 60 * SEC);
  advance (fixture, 5 * SEC);
  g_assert_cmpint (kb_timer_get_remaining (timer), ==, 60 * SEC);   /* not started */

  kb_timer_start (timer);
  g_assert_true (kb_timer_is_running (timer));
  g_assert_cmpuint (fixture->n_running_notifies, ==, 1);
  advance (fixture, 15 * SEC);
  g_assert_cmpint (kb_timer_get_remaining (timer), ==, 45 * SEC);
  g_assert_cmpfloat_with_epsilon (kb_timer_get_fraction (timer), 0.75, 1e-9);
  advance (fixture, 45 * SEC - 1);
  g_assert_cmpint (kb_timer_get_remaining (timer), ==, 1);
  g_assert_false (kb_timer_is_finished (timer));
  g_assert_cmpuint (fixture->n_finished, ==, 0);

  /* Starting a running timer changes nothing. */
  kb_timer_start (timer);
  g_assert_cmpint (kb_timer_get_remaining (timer), ==, 1);
  g_assert_cmpuint (fixture->n_running_notifies, ==, 1);
}

static void
test_pause_resume (Fixture       *fixture,
                   gconstpointer  data)
{
  KbTimer *timer = fixture->timer;

  kb_timer_start (timer);
  advance (fixture, 20 * SEC);
  kb_timer_pause (timer);
  g_assert_false (kb_timer_is_running (timer));
  g_assert_cmpuint (fixture->n_running_notifies, ==, 2);

  /* A long pause, longer than the whole turn, keeps the remaining time. */
  advance (fixture, 600 * SEC);
  g_assert_cmpint (kb_timer_get_remaining (timer), ==, 40 * SEC);
  g_assert_false (kb_timer_is_finished (timer));
  g_assert_cmpuint (fixture->n_finished, ==, 0);

  /* Pausing a paused timer is no change and no notify. */
  kb_timer_pause (timer);
  g_assert_cmpuint (fixture->n_running_notifies, ==, 2);

  kb_timer_toggle (timer);
  g_assert_true (kb_timer_is_running (timer));
  advance (fixture, 10 * SEC);
  g_assert_cmpint (kb_timer_get_remaining (timer), ==, 30 * SEC);
  kb_timer_toggle (timer);
  g_assert_false (kb_timer_is_running (timer));
  advance (fixture, 10 * SEC);
  g_assert_cmpint (kb_timer_get_remaining (timer), ==, 30 * SEC);

  /* The "running" property drives it as well. */
  g_object_set (timer, "running", TRUE, NULL);
  advance (fixture, 30 * SEC);
  g_assert_cmpuint (fixture->n_finished, ==, 1);
  g_assert_cmpuint (fixture->n_running_notifies, ==, 6);
}

static void
test_reset (Fixture       *fixture,
            gconstpointer  data)
{
  KbTimer *timer = fixture->timer;

  kb_timer_start (timer);
  advance (fixture, 25 * SEC);
  kb_timer_pause (timer);
  /* From a pause "running" does not change: the reset says so itself. */
  kb_timer_reset (timer);
  g_assert_cmpuint (fixture->n_resets, ==, 1);
  g_assert_false (kb_timer_is_running (timer));
  g_assert_cmpint (kb_timer_get_remaining (timer), ==, 60 * SEC);
  g_assert_cmpfloat (kb_timer_get_fraction (timer), ==, 1.0);
  advance (fixture, 100 * SEC);
  g_assert_cmpint (kb_timer_get_remaining (timer), ==, 60 * SEC);
  g_assert_cmpuint (fixture->n_finished, ==, 0);

  /* Reset after the end: the next run may finish again. */
  kb_timer_start (timer);
  advance (fixture, 60 * SEC);
  g_assert_cmpuint (fixture->n_finished, ==, 1);
  kb_timer_reset (timer);
  g_assert_false (kb_timer_is_finished (timer));
  g_assert_cmpint (kb_timer_get_remaining (timer), ==, 60 * SEC);
  kb_timer_start (timer);
  advance (fixture, 61 * SEC);
  g_assert_cmpuint (fixture->n_finished, ==, 2);
}

static void
test_finished_once (Fixture       *fixture,
                    gconstpointer  data)
{
  KbTimer *timer = fixture->timer;

  kb_timer_start (timer);
  fixture->now += 90 * SEC;   /* a frame came late: well past the end */
  g_assert_cmpint (kb_timer_get_remaining (timer), ==, 0);
  g_assert_true (kb_timer_is_finished (timer));
  g_assert_cmpuint (fixture->n_finished, ==, 0);   /* only kb_timer_update() emits */

  kb_timer_update (timer);
  kb_timer_update (timer);
  advance (fixture, 10 * SEC);
  g_assert_cmpuint (fixture->n_finished, ==, 1);
  g_assert_false (kb_timer_is_running (timer));
  g_assert_true (kb_timer_is_finished (timer));
  g_assert_cmpint (kb_timer_get_remaining (timer), ==, 0);
  g_assert_cmpfloat (kb_timer_get_fraction (timer), ==, 0.0);
  /* start → stop when finished: two notifies, no more. */
  g_assert_cmpuint (fixture->n_running_notifies, ==, 2);

  /* Start after the end begins a new turn from the full duration. */
  kb_timer_start (timer);
  g_assert_true (kb_timer_is_running (timer));
  g_assert_false (kb_timer_is_finished (timer));
  g_assert_cmpint (kb_timer_get_remaining (timer), ==, 60 * SEC);
  advance (fixture, 30 * SEC);
  g_assert_cmpint (kb_timer_get_remaining (timer), ==, 30 * SEC);
  advance (fixture, 30 * SEC);
  g_assert_cmpuint (fixture->n_finished, ==, 2);
}

/* A pause that comes after the time ran out but before the next tick must still finish. */
static void
test_late_pause_finishes (Fixture       *fixture,
                          gconstpointer  data)
{
  KbTimer *timer = fixture->timer;

  kb_timer_start (timer);
  fixture->now += 61 * SEC;
  kb_timer_pause (timer);
  g_assert_cmpuint (fixture->n_finished, ==, 1);
  g_assert_true (kb_timer_is_finished (timer));
  kb_timer_update (timer);
  g_assert_cmpuint (fixture->n_finished, ==, 1);
}

static void
test_duration_while_paused (Fixture       *fixture,
                            gconstpointer  data)
{
  KbTimer *timer = fixture->timer;

  kb_timer_start (timer);
  advance (fixture, 20 * SEC);
  kb_timer_pause (timer);

  /* More time: the 20 s already spoken stay spoken. */
  kb_timer_set_duration (timer, 90 * SEC);
  g_assert_cmpuint (fixture->n_duration_notifies, ==, 1);
  g_assert_cmpint (kb_timer_get_duration (timer), ==, 90 * SEC);
  g_assert_cmpint (kb_timer_get_remaining (timer), ==, 70 * SEC);
  g_assert_false (kb_timer_is_running (timer));
  advance (fixture, 50 * SEC);
  g_assert_cmpint (kb_timer_get_remaining (timer), ==, 70 * SEC);

  /* The same duration again is no change. */
  kb_timer_set_duration (timer, 90 * SEC);
  g_assert_cmpuint (fixture->n_duration_notifies, ==, 1);

  /* Less time than already spoken: the turn is over at the next tick, paused or not. */
  kb_timer_set_duration (timer, 10 * SEC);
  g_assert_cmpint (kb_timer_get_remaining (timer), ==, 0);
  g_assert_true (kb_timer_is_finished (timer));
  advance (fixture, 1);
  g_assert_cmpuint (fixture->n_finished, ==, 1);

  /* A finished timer stays finished; the next start uses the new duration. */
  kb_timer_set_duration (timer, 30 * SEC);
  g_assert_true (kb_timer_is_finished (timer));
  kb_timer_start (timer);
  g_assert_cmpint (kb_timer_get_remaining (timer), ==, 30 * SEC);
}

static void
test_duration_while_running (Fixture       *fixture,
                             gconstpointer  data)
{
  KbTimer *timer = fixture->timer;

  kb_timer_start (timer);
  advance (fixture, 40 * SEC);
  g_object_set (timer, "duration", (gint64) (120 * SEC), NULL);
  g_assert_true (kb_timer_is_running (timer));
  g_assert_cmpint (kb_timer_get_remaining (timer), ==, 80 * SEC);
  advance (fixture, 30 * SEC);
  g_assert_cmpint (kb_timer_get_remaining (timer), ==, 50 * SEC);
  g_assert_cmpfloat_with_epsilon (kb_timer_get_fraction (timer), 50.0 / 120.0, 1e-9);
  advance (fixture, 50 * SEC);
  g_assert_cmpuint (fixture->n_finished, ==, 1);
}

static void
test_clock_backwards (Fixture       *fixture,
                      gconstpointer  data)
{
  KbTimer *timer = fixture->timer;

  kb_timer_start (timer);
  advance (fixture, 10 * SEC);
  fixture->now -= 500 * SEC;
  g_assert_cmpint (kb_timer_get_remaining (timer), <=, 60 * SEC);
  g_assert_cmpfloat (kb_timer_get_fraction (timer), <=, 1.0);

  /* Back to the real clock: the remaining time carries over. */
  fixture->now += 500 * SEC;
  kb_timer_set_clock (timer, NULL, NULL);
  g_assert_cmpint (kb_timer_get_remaining (timer), <=, 50 * SEC);
  g_assert_cmpint (kb_timer_get_remaining (timer), >, 40 * SEC);
}

static void
test_bad_duration (void)
{
  g_autoptr(KbTimer) timer = kb_timer_new ();

  g_test_expect_message ("kletsborden-timer", G_LOG_LEVEL_CRITICAL, "*duration_us > 0*");
  kb_timer_set_duration (timer, 0);
  g_test_assert_expected_messages ();
  g_assert_cmpint (kb_timer_get_duration (timer), ==, 120 * SEC);
}

static void
test_format_time (void)
{
  const struct { gint64 us; const char *text; } cases[] = {
    { 0, "0:00" },
    { -5 * SEC, "0:00" },
    { 1, "0:01" },
    { SEC, "0:01" },
    { SEC + 1, "0:02" },
    { 59 * SEC + 500000, "1:00" },
    { 65 * SEC, "1:05" },
    { 10 * 60 * SEC, "10:00" },
    { 3600 * SEC - 1, "1:00:00" },
    { (2 * 3600 + 3 * 60 + 4) * SEC, "2:03:04" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = kb_timer_format_time (cases[i].us);
      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/session/timer/defaults", test_defaults);
  g_test_add_func ("/session/timer/bad-duration", test_bad_duration);
  g_test_add_func ("/session/timer/format-time", test_format_time);
#define ADD(path, func) \
  g_test_add ("/session/timer/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("counts-down", test_counts_down);
  ADD ("pause-resume", test_pause_resume);
  ADD ("reset", test_reset);
  ADD ("finished-once", test_finished_once);
  ADD ("late-pause-finishes", test_late_pause_finishes);
  ADD ("duration-while-paused", test_duration_while_paused);
  ADD ("duration-while-running", test_duration_while_running);
  ADD ("clock-backwards", test_clock_backwards);
#undef ADD

  return g_test_run ();
}
